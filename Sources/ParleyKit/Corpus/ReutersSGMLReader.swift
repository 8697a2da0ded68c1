import Foundation

/// Reads the SGML files of the Reuters-21578 collection (`reut2-000.sgm` …):
/// each `<REUTERS>` element one news story.
///
/// The format is small and fixed (Lewis, "Reuters-21578 text categorization
/// test collection", README, 1997): `<DATE>26-FEB-1987 15:01:01.79</DATE>`,
/// then inside `<TEXT>` an optional `<TITLE>`, `<DATELINE>` and `<BODY>`. So
/// this is a reader of that layout, not an SGML parser: it finds each
/// `<REUTERS ...>` … `</REUTERS>` and the first element of each name inside.
///
/// An article is the title (headline), a blank line, then the dateline and
/// the body (`SALVADOR, Feb 26 - Showers continued…`), its hard line wraps
/// undone (`unwrap`); its DCT is `DATE`'s
/// day (provenance `metadata`); its outlet is "Reuters"; its source is
/// `path#NEWID`, the collection's own story number (the `NEWID` attribute),
/// else the story's 1-based position in the file. The wire's sign-off line
/// (`Reuter`, `REUTER`) at the end of a body is dropped.
///
/// Entity references (`&lt;`, `&amp;`, `&#3;`) are decoded; the control
/// characters that `&#2;`, `&#3;`, `&#5;` … stand for become spaces in
/// `TextNormalizer`, so none reaches the text.
///
/// Stories without a `<BODY>` — `TYPE="BRIEF"` (a headline only) and
/// `TYPE="UNPROC"` (unformatted tables) — are skipped silently; `skippedWithoutBody`
/// counts them for a caller that wants the figure.
public struct ReutersSGMLReader: Sendable {
    /// Makes a reader.
    public init() {}

    /// What one file gave.
    public struct Output: Sendable {
        /// The stories with a body, in file order.
        public var articles: [Article] = []
        /// Stories passed over because they have no `<BODY>`.
        public var skippedWithoutBody = 0
        /// Stories with a `<REUTERS>` start and no end (the file cut short): one problem each.
        public var problems: [ReadProblem] = []
    }

    /// Reads the stories of one Reuters SGML file.
    ///
    /// - Parameters:
    ///   - text: the file's text (decoded by `TextDecoder`).
    ///   - path: the file, for sources and problems.
    /// - Returns: the stories read and what was skipped.
    public func read(text: String, path: String) -> Output {
        var output = Output()
        let scalars = Array(text.unicodeScalars)
        var position = 0
        var ordinal = 0
        while let start = Self.find("<REUTERS", in: scalars, from: position) {
            ordinal += 1
            guard let tagEnd = Self.find(">", in: scalars, from: start) else { break }
            guard let end = Self.find("</REUTERS>", in: scalars, from: tagEnd) else {
                let line = scalars[..<start].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                output.problems.append(ReadProblem(path: path, line: line, reason: "a <REUTERS> story without its end tag; skipped", isFatal: false))
                break
            }
            let tag = String(String.UnicodeScalarView(scalars[start...tagEnd]))
            let story = String(String.UnicodeScalarView(scalars[(tagEnd + 1)..<end]))
            position = end + 10
            guard let body = Self.element("BODY", in: story) else {
                output.skippedWithoutBody += 1
                continue
            }
            let newID = Self.attribute("NEWID", in: tag)
            var fields = ArticleFields()
            fields.outlet = "Reuters"
            fields.headline = Self.element("TITLE", in: story).map(Self.decodeEntities)
            let dateline = Self.element("DATELINE", in: story).map(Self.decodeEntities)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let bodyText = Self.unwrap(Self.dropSignOff(Self.decodeEntities(body)))
            fields.body = dateline.isEmpty ? bodyText : dateline + " " + bodyText.drop(while: { $0 == " " })
            if let date = Self.element("DATE", in: story) {
                fields.published = MetadataDate.documentCreationTime(Self.decodeEntities(date))
            }
            if let article = fields.article(source: "\(path)#\(newID ?? String(ordinal))") {
                output.articles.append(article)
            } else {
                output.skippedWithoutBody += 1
            }
        }
        return output
    }

    /// The content of the first `<NAME>` … `</NAME>` element in `story` (attributes allowed on the start tag).
    static func element(_ name: String, in story: String) -> String? {
        guard let open = story.range(of: "<\(name)>") ?? story.range(of: "<\(name) "),
              let openEnd = story.range(of: ">", range: open.lowerBound..<story.endIndex),
              let close = story.range(of: "</\(name)>", range: openEnd.upperBound..<story.endIndex) else { return nil }
        return String(story[openEnd.upperBound..<close.lowerBound])
    }

    /// The value of `NAME="value"` in a start tag.
    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: "\(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let quote = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<quote])
    }

    /// `text` with SGML entity references decoded: `&lt; &gt; &amp; &quot; &apos;` and numeric
    /// `&#N;` / `&#xH;`. An unknown name stays as written.
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "&", let semicolon = scalars[(i + 1)..<min(scalars.count, i + 12)].firstIndex(of: ";") {
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<semicolon]))
                var decoded: Unicode.Scalar?
                switch name {
                case "lt": decoded = "<"
                case "gt": decoded = ">"
                case "amp": decoded = "&"
                case "quot": decoded = "\""
                case "apos": decoded = "'"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X") {
                        decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                    } else if name.hasPrefix("#") {
                        decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
                    }
                }
                if let decoded {
                    out.append(decoded)
                    i = semicolon + 1
                    continue
                }
            }
            out.append(s)
            i += 1
        }
        return String(out)
    }

    /// The body with the wire's hard line wraps undone: an indented line opens a paragraph (the wire indents
    /// each paragraph's first line), other lines continue the one before. Paragraphs come out separated by a
    /// blank line, as plain text articles have them.
    static func unwrap(_ body: String) -> String {
        var paragraphs: [String] = []
        var current = ""
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let opens = line.first.map { $0 == " " || $0 == "\t" } ?? false
            if trimmed.isEmpty || opens {
                if !current.isEmpty { paragraphs.append(current) }
                current = trimmed
            } else {
                current = current.isEmpty ? trimmed : current + " " + trimmed
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs.joined(separator: "\n\n")
    }

    /// The body without the wire's closing `Reuter` / `REUTER` line and trailing control characters.
    static func dropSignOff(_ body: String) -> String {
        var lines = body.components(separatedBy: "\n")
        while let last = lines.last {
            let trimmed = last.unicodeScalars.filter { !$0.properties.isWhitespace && $0.value >= 0x20 }
            if trimmed.isEmpty || String(String.UnicodeScalarView(trimmed)).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) == "reuter" {
                lines.removeLast()
            } else {
                break
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func find(_ needle: String, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, scalars.count >= pattern.count else { return nil }
        var i = start
        while i + pattern.count <= scalars.count {
            if scalars[i] == pattern[0] {
                var k = 1
                while k < pattern.count, scalars[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i }
            }
            i += 1
        }
        return nil
    }
}
