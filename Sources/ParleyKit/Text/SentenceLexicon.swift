/// The word lists the sentence splitter and tokenizer consult, loaded once
/// from `abbreviations-en.txt` and `stopwords-en.txt`.
struct SentenceLexicon: Sendable {
    /// How an abbreviation behaves before the next word; see `abbreviations-en.txt`.
    enum AbbreviationClass: String, Sendable {
        /// A title of address (Mr., Dr.): never ends a sentence; after another abbreviation it starts one.
        case honorific
        /// Before a name: never ends a sentence there (Sen., Mt., St.).
        case title
        /// Before a number (p., No., Jan.).
        case number
        /// May end a sentence (Co., Inc., Jr.).
        case other
    }

    /// Abbreviations, lower case, without their final period.
    let abbreviations: [String: AbbreviationClass]
    /// Function words, lower case, with a straight apostrophe.
    let functionWords: Set<String>

    /// The bundled lists.
    static let shared = SentenceLexicon()

    init() {
        var abbreviations: [String: AbbreviationClass] = [:]
        for line in ResourceFile.lines("abbreviations-en.txt") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count == 2, let kind = AbbreviationClass(rawValue: String(parts[1])) else { continue }
            abbreviations[String(parts[0]).lowercased()] = kind
        }
        self.abbreviations = abbreviations
        self.functionWords = Set(ResourceFile.lines("stopwords-en.txt").map { $0.lowercased() })
    }

    /// The class of `word` (without its final period) as an abbreviation, or nil.
    ///
    /// Listed abbreviations take their class. A single letter (an initial,
    /// "E.") and a word of one- to three-letter parts joined by periods
    /// ("U.S", "a.m", "Ph.D") count as `other`. In a hyphenated word the part
    /// after the last hyphen or slash decides ("Russia-U.S").
    func abbreviationClass(_ word: ArraySlice<Unicode.Scalar>) -> AbbreviationClass? {
        guard !word.isEmpty, word.count <= 12 else { return nil }
        if let listed = abbreviations[ScalarText.string(word).lowercased()] { return listed }
        if word.count == 1, ScalarClass.isLetter(word.first!) { return .other }
        // "Russia-U.S": the part after the last hyphen or slash decides.
        if let joint = word.lastIndex(where: { $0 == "-" || $0 == "/" }), joint + 1 < word.endIndex {
            return abbreviationClass(word[(joint + 1)...])
        }
        var parts = 1, partLength = 0, lettersOnly = true
        for s in word {
            if s == "." {
                if partLength == 0 || partLength > 3 { lettersOnly = false }
                parts += 1; partLength = 0
            } else {
                partLength += 1
                if !ScalarClass.isLetter(s) { lettersOnly = false }
            }
        }
        if parts > 1 && lettersOnly && partLength >= 1 && partLength <= 3 { return .other }
        return nil
    }

    /// True when `word` is a function word (case and apostrophe style ignored).
    func isFunctionWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        return functionWords.contains(ScalarText.string(word.lazy.map { $0 == "\u{2019}" ? "'" : $0 }).lowercased())
    }
}
