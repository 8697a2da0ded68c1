/// Common English verbs that are seldom nouns, with their inflected forms,
/// from `topic-verbs.txt` (its header gives the source). Loaded once.
///
/// Keyphrase extraction keeps them out of candidate phrases; mention finding
/// keeps them from opening a role apposition ("Mr X, became …").
public struct VerbLexicon: Sendable {
    /// Every form, lowercased: the listed word and its regular inflections.
    public let forms: Set<String>

    /// The lexicon from the bundled data file.
    public static let shared = VerbLexicon()

    /// Loads `topic-verbs.txt` and derives the regular inflections.
    public init() {
        var forms = Set<String>()
        for verb in ResourceFile.lines("topic-verbs.txt").map({ $0.lowercased() }) {
            forms.formUnion(VerbLexicon.inflections(of: verb))
        }
        self.forms = forms
    }

    /// `verb` with its regular inflections: -s/-es, -ed/-d, -ing, consonant
    /// doubling after a short vowel, -y to -ies/-ied (the rules of English
    /// spelling as given by the Cambridge Grammar of English, §"Spelling").
    public static func inflections(of verb: String) -> [String] {
        var forms = [verb]
        let vowels = Set("aeiou")
        if verb.hasSuffix("e") {
            let stem = String(verb.dropLast())
            forms += [verb + "s", verb + "d", stem + "ing"]
        } else if verb.hasSuffix("y"), let before = verb.dropLast().last, !vowels.contains(before) {
            let stem = String(verb.dropLast())
            forms += [stem + "ies", stem + "ied", verb + "ing"]
        } else {
            let sibilant = ["s", "x", "z", "ch", "sh"].contains { verb.hasSuffix($0) }
            forms += [verb + (sibilant ? "es" : "s"), verb + "ed", verb + "ing"]
            if let last = verb.last, !vowels.contains(last), last != "w", last != "x", last != "y",
               let before = verb.dropLast().last, vowels.contains(before) {
                forms += [verb + String(last) + "ed", verb + String(last) + "ing"]
            }
        }
        return forms
    }
}
