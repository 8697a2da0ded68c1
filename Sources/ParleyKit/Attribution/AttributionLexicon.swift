/// The word lists statement extraction reads, loaded once from `Resources/`.
///
/// - `attribution-cues.txt`: cue verbs and phrases of reported speech.
/// - `attribution-channels.txt`: phrases that name the medium of a statement.
/// - `attribution-unnamed.txt`: heads of descriptions of unnamed or collective sources.
/// - `attribution-words.txt`: function words by class (shared with `MentionLexicon`).
public struct AttributionLexicon: Sendable {
    /// A cue: its lowercased words.
    public struct Cue: Sendable {
        /// Lowercased words ("pointed", "to").
        public var words: [String]
        /// True for a weak cue, which takes content after it only when "that", a colon or a quote follows.
        public var weak: Bool
        /// True for a weak cue that also takes an infinitive after it (`pledged|that|to`: "pledged to cut taxes").
        public var takesInfinitive: Bool = false
    }
    /// Cues by first word, longest first.
    public let cues: [String: [Cue]]
    /// Channel phrases by first word, longest first.
    public let channels: [String: [[String]]]
    /// Heads of unnamed-source descriptions, lowercased.
    public let unnamedHeads: Set<String>
    /// Function words with their class (`aux`, `det`, `pron`, `bound`, `prep`, `mental`).
    public let words: [String: String]

    /// The lexicon from the bundled data files, loaded once.
    public static let shared = AttributionLexicon()

    /// Loads the bundled data files.
    public init() {
        var cues: [String: [Cue]] = [:]
        for line in ResourceFile.lines("attribution-cues.txt") {
            let parts = line.lowercased().split(separator: "|")
            let w = parts[0].split(separator: " ").map(String.init)
            guard let first = w.first else { continue }
            cues[first, default: []].append(Cue(words: w, weak: parts.count > 1, takesInfinitive: parts.dropFirst().contains("to")))
        }
        for k in cues.keys { cues[k]!.sort { $0.words.count > $1.words.count } }
        self.cues = cues
        var channels: [String: [[String]]] = [:]
        for line in ResourceFile.lines("attribution-channels.txt") {
            let w = line.lowercased().split(separator: " ").map(String.init)
            guard let first = w.first else { continue }
            channels[first, default: []].append(w)
        }
        for k in channels.keys { channels[k]!.sort { $0.count > $1.count } }
        self.channels = channels
        unnamedHeads = Set(ResourceFile.lines("attribution-unnamed.txt").map { $0.lowercased() })
        words = MentionLexicon.shared.functionWords
    }

    /// The number of tokens of the longest cue starting at `tokens[i]`, or nil.
    ///
    /// Only word tokens match; "has said" and "was quoted as saying" match as wholes.
    public func cueLength(at i: Int, in tokens: [WordToken]) -> Int? {
        guard i < tokens.count, tokens[i].kind == .word, let list = cues[tokens[i].lower] else { return nil }
        for cue in list where i + cue.words.count <= tokens.count {
            var ok = true
            for (k, w) in cue.words.enumerated() where tokens[i + k].lower != w || tokens[i + k].sentence != tokens[i].sentence {
                ok = false
                break
            }
            if ok { return cue.words.count }
        }
        return nil
    }

    /// True when the cue `words` is weak (see `Cue.weak`).
    public func isWeak(_ words: [String]) -> Bool {
        cues[words.first ?? ""]?.first(where: { $0.words == words })?.weak ?? false
    }

    /// True when the cue `words` takes an infinitive as its content (see `Cue.takesInfinitive`).
    public func takesInfinitive(_ words: [String]) -> Bool {
        cues[words.first ?? ""]?.first(where: { $0.words == words })?.takesInfinitive ?? false
    }

    /// The number of tokens of the longest channel phrase starting at `tokens[i]`, or nil.
    public func channelLength(at i: Int, in tokens: [WordToken]) -> Int? {
        guard i < tokens.count, let list = channels[tokens[i].lower] else { return nil }
        for phrase in list where i + phrase.count <= tokens.count {
            if phrase.enumerated().allSatisfy({ tokens[i + $0.offset].lower == $0.element }) { return phrase.count }
        }
        return nil
    }
}
