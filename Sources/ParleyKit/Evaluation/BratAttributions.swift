import Foundation

/// Attribution relations read from a brat standoff file (`.ann`), as PolNeAR
/// and PARC-style corpora distribute them.
///
/// Text-bound lines `T<n>\t<Label> <start> <end>[;<start> <end>…]\t<text>`
/// give Source, Cue and Content spans; event lines
/// `E<n>\tAttribution:T<a> Content:T<c> Cue:T<q> Source:T<s>` tie them
/// together. Offsets count Unicode scalars of the article's text file (brat's
/// own convention), end exclusive. Other labels (`Discard`, `Discuss`) are ignored.
public struct BratAttribution: Hashable, Sendable {
    /// Content spans (one or more fragments), in text order.
    public var content: [TextSpan]
    /// Cue spans.
    public var cue: [TextSpan]
    /// The cue as written.
    public var cueText: String
    /// Source spans; empty for `Attribution-no-source`.
    public var source: [TextSpan]
    /// The source as written ("" when none).
    public var sourceText: String
}

/// Reads brat `.ann` files.
public enum BratReader {
    /// A line of an `.ann` file that is not in brat's shape.
    public struct FormatError: Error, CustomStringConvertible {
        /// The file.
        public var path: String
        /// 1-based line.
        public var line: Int
        /// What is wrong.
        public var reason: String
        /// `path:line: reason`.
        public var description: String { "\(path):\(line): \(reason)" }
    }

    /// The attribution relations of the `.ann` text `annotation`.
    ///
    /// - Parameter path: the file's path, for error messages.
    /// - Throws: `FormatError` for a text-bound line whose offsets do not parse.
    public static func attributions(in annotation: String, path: String = "") throws -> [BratAttribution] {
        struct Bound { var label: String; var spans: [TextSpan]; var text: String }
        var bounds: [String: Bound] = [:]
        var events: [[String: String]] = []
        for (number, line) in annotation.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard let id = fields.first else { continue }
            if id.hasPrefix("T"), fields.count >= 2 {
                let parts = fields[1].split(separator: " ", maxSplits: 1)
                guard parts.count == 2 else { throw FormatError(path: path, line: number + 1, reason: "a text-bound annotation needs a label and offsets") }
                var spans: [TextSpan] = []
                for fragment in parts[1].split(separator: ";") {
                    let numbers = fragment.split(separator: " ").compactMap { Int($0) }
                    guard numbers.count == 2, numbers[0] <= numbers[1] else {
                        throw FormatError(path: path, line: number + 1, reason: "offsets \"\(fragment)\" are not two ascending numbers")
                    }
                    spans.append(TextSpan(numbers[0], numbers[1]))
                }
                bounds[String(id)] = Bound(label: String(parts[0]), spans: spans, text: fields.count > 2 ? String(fields[2]) : "")
            } else if id.hasPrefix("E"), fields.count >= 2 {
                var roles: [String: String] = [:]
                for argument in fields[1].split(separator: " ") {
                    let pair = argument.split(separator: ":", maxSplits: 1)
                    if pair.count == 2 { roles[String(pair[0])] = String(pair[1]) }
                }
                events.append(roles)
            }
        }
        return events.compactMap { roles in
            guard let contentID = roles["Content"], let content = bounds[contentID] else { return nil }
            let cue = roles["Cue"].flatMap { bounds[$0] }
            let source = roles["Source"].flatMap { bounds[$0] }
            return BratAttribution(content: content.spans.sorted(), cue: cue?.spans ?? [], cueText: cue?.text ?? "",
                                   source: source?.spans ?? [], sourceText: source?.text ?? "")
        }
    }
}
