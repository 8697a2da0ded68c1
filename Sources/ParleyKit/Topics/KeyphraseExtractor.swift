import Foundation

/// Finds the keyphrases (topics) of each statement, with the article as context.
///
/// The method follows RAKE (Rose, Engel, Cramer and Cowley 2010, "Automatic
/// Keyword Extraction from Individual Documents"): stop words, punctuation,
/// quote marks and numbers split the text into runs of content words, and
/// the candidate keyphrases are the word n-grams (one to three words) of
/// those runs. Part-of-speech tagging is replaced by light rules, so that
/// candidates are mostly adjective and noun sequences:
///
/// - A lower-case "-ing" word before a name ("naming Israel") is a verb, and
///   a phrase ends in an "-ing" word only if it recurs ("fox hunting").
/// - A lower-case word right after a modal, a negation or a subject pronoun
///   ("will tolerate", "they want"), or after "to" when it ends in -ate,
///   -ise, -ize or -ify ("to negotiate"), is a verb and ends the run, and so
///   is an "-ed"/"-en"/"-ing" word after a form of "be" or "have".
/// - A phrase neither starts nor ends with an "-ly" adverb, and does not end
///   with an "-ed" participle.
/// - News stop words (`stopwords-news.txt`) stay inside names ("New York").
/// - Common verbs that are seldom nouns (`topic-verbs.txt`, with their
///   regular inflections) end the run, and so does a lower-case word right
///   after a person's name ("Smith insisted").
/// - Person names are never topics: words inside a person mention, words of
///   a statement's source name, and capitalised words after a title ("Mr",
///   "President") end the run. Role
///   nouns ("minister", "spokesman") end it too. Places and organisations
///   (a place or organisation mention, or a capitalised word that keeps its
///   capital inside sentences, such as "Ukraine" or "UKIP") may be topics;
///   "of" between two names joins them ("House of Lords").
/// - A generic noun ("issue", "situation") is no topic alone, nor is a word
///   that seldom ends a run of content words (an adjective: "Russian",
///   "civil"), a word with an adjective suffix (-ous, -ful, -able, -ible,
///   -less, -ish), or an "-ing" word seen once.
///
/// Scoring follows the article as context, in the spirit of TF-IDF and YAKE
/// (Campos et al. 2020): a phrase's article salience is its frequency in the
/// article, times 1.8 for two words and 2.0 for three (RAKE's preference for
/// longer phrases), times 1.5 when the headline has it, times 1.2 for a
/// name (a place or organisation is a natural topic), times 0.25 for a
/// generic single word (a word "everywhere" in news). A statement's own
/// candidates (those inside its content spans) are ranked by their count in
/// the content times their article salience, phrases that recur in the
/// article or are names first, a one-off common word only when the content
/// has nothing else, a generic noun never (the article's top phrase stands
/// in when the content offers nothing); a phrase that a higher-ranked
/// phrase contains is dropped ("ban" under "hunting ban"). The article's main
/// topic, its top phrase when it occurs at least three times and clearly
/// leads (or the headline's longer phrase that contains it: "hunting" →
/// "hunting ban"), comes first in every statement, as readers label a statement by
/// what the whole article is about ("hunting ban") before its own point
/// ("policing").
///
/// Labels are lower case except proper nouns and acronyms, and singular
/// ("control order") unless the article uses the plural at least twice as
/// often as the singular ("control orders", "talks").
///
/// Word lists: `stopwords-en.txt`, `stopwords-news.txt` (phrase delimiters),
/// `topic-lexicon.txt` (roles, titles, generic nouns, words before a verb),
/// `topic-verbs.txt` (verbs).
public struct KeyphraseExtractor: Sendable {
    /// Delimiters: function words (`stopwords-en.txt`).
    let functionWords: Set<String>
    /// Delimiters: news words that are never topics (`stopwords-news.txt`), except inside a name ("New York").
    let newsStopWords: Set<String>
    /// Role nouns: delimiters.
    let roleWords: Set<String>
    /// Titles before names: delimiters; capitalised words after them are a person's name.
    let titleWords: Set<String>
    /// Generic nouns: no topic alone.
    let genericWords: Set<String>
    /// Words after which a lower-case word is a verb.
    let beforeVerbWords: Set<String>
    /// Verb forms that are seldom nouns (`topic-verbs.txt`, inflected).
    let verbForms: Set<String>
    /// For every word of the lists above, which lists hold it (`LexiconFlag` bits): one lookup per
    /// word instead of one per list.
    let lexiconFlags: [String: UInt8]

    /// Bits of `lexiconFlags`: the word lists a word belongs to.
    enum LexiconFlag {
        static let function: UInt8 = 1, news: UInt8 = 2, role: UInt8 = 4, title: UInt8 = 8, beforeVerb: UInt8 = 16, verb: UInt8 = 32
        /// A form of "be" or "have" (`ArticleModel.auxiliaries`).
        static let auxiliary: UInt8 = 64
    }

    /// Makes an extractor with the bundled stop-word list and topic lexicon.
    public init() {
        functionWords = Set(ResourceFile.lines("stopwords-en.txt").map { $0.lowercased() })
        newsStopWords = Set(ResourceFile.lines("stopwords-news.txt").map { $0.lowercased() })
        var roles = Set<String>(), titles = Set<String>(), generic = Set<String>(), beforeVerb = Set<String>()
        for line in ResourceFile.lines("topic-lexicon.txt") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard parts.count == 2 else { continue }
            switch parts[1] {
            case "role": roles.insert(parts[0])
            case "title": titles.insert(parts[0])
            case "generic": generic.insert(parts[0])
            case "before-verb": beforeVerb.insert(parts[0])
            default: break
            }
        }
        roleWords = roles
        titleWords = titles
        genericWords = generic
        beforeVerbWords = beforeVerb
        verbForms = VerbLexicon.shared.forms
        var flags: [String: UInt8] = [:]
        for (list, flag) in [(functionWords, LexiconFlag.function), (newsStopWords, LexiconFlag.news), (roleWords, LexiconFlag.role),
                             (titleWords, LexiconFlag.title), (beforeVerbWords, LexiconFlag.beforeVerb), (verbForms, LexiconFlag.verb)] {
            for word in list { flags[word, default: 0] |= flag }
        }
        for word in ArticleModel.auxiliaries { flags[word, default: 0] |= LexiconFlag.auxiliary }
        lexiconFlags = flags
    }

    /// The `LexiconFlag` bits of `word` (0 when it is in no list).
    @inline(__always) func flags(_ word: String) -> UInt8 { lexiconFlags[word] ?? 0 }

    /// `text` lowercased with curly apostrophes (U+2019) made straight, so "Britain’s" and "Britain's" fold alike.
    ///
    /// A scalar loop rather than Foundation's `replacingOccurrences`, which
    /// costs a string search per token and was a third of the pipeline's time.
    static func folded(_ text: String) -> String {
        straightApostrophes(text.lowercased())
    }

    /// `text` with curly apostrophes (U+2019) made straight.
    static func straightApostrophes(_ text: String) -> String {
        // U+2019 is E2 80 99 in UTF-8: a text without the byte E2 has none
        guard text.utf8.contains(0xE2), text.unicodeScalars.contains("\u{2019}") else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { view.append(scalar == "\u{2019}" ? "'" : scalar) }
        return String(view)
    }

    /// Sets `topics` on each statement: one to five keyphrases, most salient first.
    ///
    /// A statement whose content has no candidate phrase gets the article's
    /// main topic, or its top phrase; a statement of an article with no
    /// candidate phrase at all keeps no topic.
    ///
    /// - Parameters:
    ///   - statements: the article's statements; their content spans count Unicode scalars in `text`.
    ///   - text: the article text.
    ///   - mentions: the article's mentions (names are not topics of their own unless places or organisations).
    ///   - sentences: its sentences, when the caller already has them; nil splits them here.
    ///   - paragraphs: its paragraphs, likewise.
    public func assignTopics(to statements: inout [Statement], text: ScalarText, mentions: [Mention],
                             sentences: [Sentence]? = nil, paragraphs: [Paragraph]? = nil) {
        guard !statements.isEmpty else { return }
        let speakers = statements.compactMap { $0.source?.kind == .person ? $0.source?.name : nil }
        var model = ArticleModel(text: text, mentions: mentions, speakers: speakers, extractor: self,
                                 sentences: sentences, paragraphs: paragraphs)
        let main = model.mainTopic
        for index in statements.indices {
            var topics = model.rankedKeys(in: statements[index].contentSpans)
            if let main {
                topics.removeAll { $0 == main }
                topics.insert(main, at: 0)
            }
            if topics.isEmpty, let first = model.rankedArticleKeys.first { topics = [first] }
            statements[index].topics = Array(topics.prefix(5)).map { model.label(for: $0) }
        }
    }

    /// The article's keyphrases, most salient first, with their salience scores.
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - mentions: its mentions, to leave person names out.
    ///   - limit: how many to return at most.
    /// - Returns: labels (normalised as for statements) and scores (frequency
    ///   times length and headline factors; see the type's documentation).
    public func articleKeyphrases(text: ScalarText, mentions: [Mention], limit: Int = 10) -> [(label: String, score: Double)] {
        let model = ArticleModel(text: text, mentions: mentions, extractor: self)
        return model.rankedArticleKeys.prefix(limit).map { (model.label(for: $0), model.salience[$0]) }
    }

    // MARK: Corpus level

    /// The key under which variant labels merge: lower case, curly apostrophes
    /// straightened, hyphens as spaces, the last word singular.
    ///
    /// "Control orders", "control order" and "Control-Order" share the key
    /// "control order".
    public static func mergeKey(_ label: String) -> String {
        // hyphens as spaces, scalar by scalar (Foundation's replacingOccurrences cost 20k instructions a label)
        var spaced = String.UnicodeScalarView()
        for scalar in KeyphraseExtractor.folded(label).unicodeScalars { spaced.append(scalar == "-" ? " " : scalar) }
        var words = String(spaced).split(separator: " ").map(String.init)
        if let last = words.last { words[words.count - 1] = singular(last) }
        return words.joined(separator: " ")
    }

    /// For every topic label of `statements`, the label its variants merge to.
    ///
    /// Variants share a `mergeKey`; an acronym ("U.S.", "NATO") is also a
    /// variant of the one title-case phrase of the corpus whose initials it
    /// spells ("United States", "North Atlantic Treaty Organization"; "of",
    /// "the", "and", "for" skipped), when exactly one phrase does. The merged
    /// label is the variant used by most statements; ties go to the one with
    /// more capital letters (a proper noun written in lower case at a
    /// sentence start loses to its usual spelling), then to the shorter, then
    /// to the first in alphabetical order.
    ///
    /// - Returns: a map from every label as written to its merged label.
    public static func canonicalLabels(_ statements: [Statement]) -> [String: String] {
        // statements by label first, so that each distinct label's key is worked out once
        var labelCounts: [String: Int] = [:]
        for statement in statements {
            for label in statement.topics { labelCounts[label, default: 0] += 1 }
        }
        var counts: [String: [String: Int]] = [:]
        for (label, count) in labelCounts { counts[mergeKey(label), default: [:]][label] = count }
        // Acronyms join the group of the phrase they abbreviate.
        var byInitials: [String: [String]] = [:]
        for (key, variants) in counts {
            for label in variants.keys {
                guard let initials = titleCaseInitials(label) else { continue }
                if byInitials[initials]?.contains(key) != true { byInitials[initials, default: []].append(key) }
            }
        }
        for key in counts.keys.sorted() {
            guard let variants = counts[key], let letters = variants.keys.lazy.compactMap(acronymLetters).first,
                  let targets = byInitials[letters], targets.count == 1, let target = targets.first, target != key else { continue }
            for (label, count) in variants { counts[target, default: [:]][label, default: 0] += count }
            counts[key] = nil
        }
        var result: [String: String] = [:]
        for (_, variants) in counts {
            let best = variants.max { a, b in
                if a.value != b.value { return a.value < b.value }
                let capsA = a.key.unicodeScalars.filter { $0.properties.isUppercase }.count
                let capsB = b.key.unicodeScalars.filter { $0.properties.isUppercase }.count
                if capsA != capsB { return capsA < capsB }
                if a.key.count != b.key.count { return a.key.count > b.key.count }
                return a.key > b.key
            }!.key
            for label in variants.keys { result[label] = best }
        }
        return result
    }

    /// Small words an acronym skips ("Department of Justice" → DOJ).
    static let acronymSkippedWords: Set<String> = ["of", "the", "and", "for", "&"]

    /// The lower-case letters an acronym label spells ("U.S." → "us", "NATO" → "nato"), or nil when `label`
    /// is no acronym: two to six capital letters, each optionally followed by a period, and nothing else.
    static func acronymLetters(_ label: String) -> String? {
        var letters = ""
        for scalar in label.unicodeScalars {
            if scalar == "." { continue }
            guard scalar.value < 0x80, scalar >= "A" && scalar <= "Z" else { return nil }
            letters.unicodeScalars.append(scalar)
        }
        return (2...6).contains(letters.count) ? letters.lowercased() : nil
    }

    /// The lower-case initials of a title-case phrase of two or more words ("United States" → "us"), small
    /// words (`acronymSkippedWords`) skipped; nil when a word is not capitalised or fewer than two words count.
    static func titleCaseInitials(_ label: String) -> String? {
        var initials = ""
        var words = 0
        for word in label.split(separator: " ") {
            if acronymSkippedWords.contains(word.lowercased()) { continue }
            guard let first = word.unicodeScalars.first, first.value < 0x80, first >= "A" && first <= "Z" else { return nil }
            initials.unicodeScalars.append(first)
            words += 1
        }
        return words >= 2 ? initials.lowercased() : nil
    }

    /// Topic weights across the corpus, with variant labels merged (see `canonicalLabels`).
    ///
    /// Each statement gives each of its topics `1 / (1 + rank)`, rank 0
    /// being its first topic, so a topic that leads many statements weighs
    /// most. A statement that lists two variants of one topic counts it once,
    /// at the better rank.
    ///
    /// - Parameter statements: all statements of the corpus, topics set.
    /// - Returns: merged label → weight (a sum of reciprocal ranks, > 0).
    public static func weights(_ statements: [Statement]) -> [String: Double] {
        let canonical = canonicalLabels(statements)
        var weights: [String: Double] = [:]
        for statement in statements {
            var seen = Set<String>()
            for (rank, label) in statement.topics.enumerated() {
                let merged = canonical[label] ?? label
                guard seen.insert(merged).inserted else { continue }
                weights[merged, default: 0] += rankWeight(rank)
            }
        }
        return weights
    }

    /// What a statement's topic at `rank` (0 for its first) adds to the topic's weight: `1 / (1 + rank)`.
    public static func rankWeight(_ rank: Int) -> Double { 1.0 / Double(1 + rank) }

    /// Rewrites every statement's topics to their merged labels (see `canonicalLabels`), dropping duplicates.
    public static func mergeVariants(_ statements: inout [Statement]) {
        let canonical = canonicalLabels(statements)
        for index in statements.indices {
            var seen = Set<String>()
            statements[index].topics = statements[index].topics.compactMap { label in
                let merged = canonical[label] ?? label
                return seen.insert(merged).inserted ? merged : nil
            }
        }
    }

    // MARK: Word forms

    /// The singular of a lower-case English noun, by suffix rules only
    /// ("policies" → "policy", "taxes" → "tax", "orders" → "order"); words
    /// ending in -ss, -us, -is, -ics, -ous and "news" are left as they are.
    /// `singular(word)` for an ASCII word, worked on its bytes (the same rules, in the same order); nil
    /// for any other word.
    static func singularASCII(_ word: String) -> String? {
        let bytes = word.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let n = bytes.count
        // ASCII: one Character per byte, except "\r\n"; leave such words to the general path
        guard !bytes.contains(0x0D) else { return nil }
        guard n > 3, !bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return word }
        for keep in singularKeptEndings where word.hasSuffix(keep) { return word }
        if word.hasSuffix("ies") && n > 4 && !word.hasSuffix("series") && !word.hasSuffix("species") {
            return String(word.dropLast(3)) + "y"
        }
        for suffix in singularEsEndings where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        if word.hasSuffix("s") && !word.hasSuffix("'s") { return String(word.dropLast()) }
        return word
    }

    static let singularKeptEndings = ["ss", "us", "is", "ics", "ous", "news", "ies'"]
    static let singularEsEndings = ["sses", "ches", "shes", "xes", "zzes"]

    static func singular(_ word: String) -> String {
        if let ascii = singularASCII(word) { return ascii }
        guard word.count > 3, word == word.lowercased() else { return word }
        for keep in singularKeptEndings where word.hasSuffix(keep) { return word }
        if word.hasSuffix("ies") && word.count > 4 && !word.hasSuffix("series") && !word.hasSuffix("species") {
            return String(word.dropLast(3)) + "y"
        }
        for suffix in singularEsEndings where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        if word.hasSuffix("s") && !word.hasSuffix("'s") { return String(word.dropLast()) }
        return word
    }
}

extension KeyphraseExtractor {
    /// `label` with its last word made singular when it is in lower case.
    static func singularLabel(_ label: String) -> String {
        var words = label.split(separator: " ").map(String.init)
        guard let last = words.last else { return label }
        words[words.count - 1] = singular(last)
        return words.joined(separator: " ")
    }
}
