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
        let model = ArticleModel(text: text, mentions: mentions, speakers: speakers, extractor: self,
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
        return model.rankedArticleKeys.prefix(limit).map { (model.label(for: $0), model.salience[$0] ?? 0) }
    }

    // MARK: Corpus level

    /// The key under which variant labels merge: lower case, curly apostrophes
    /// straightened, hyphens as spaces, the last word singular.
    ///
    /// "Control orders", "control order" and "Control-Order" share the key
    /// "control order".
    public static func mergeKey(_ label: String) -> String {
        var words = KeyphraseExtractor.folded(label)
            .replacingOccurrences(of: "-", with: " ")
            .split(separator: " ").map(String.init)
        if let last = words.last { words[words.count - 1] = singular(last) }
        return words.joined(separator: " ")
    }

    /// For every topic label of `statements`, the label its variants merge to.
    ///
    /// Variants share a `mergeKey`. The merged label is the variant used by
    /// most statements; ties go to the one with more capital letters (a
    /// proper noun written in lower case at a sentence start loses to its
    /// usual spelling), then to the shorter, then to the first in
    /// alphabetical order.
    ///
    /// - Returns: a map from every label as written to its merged label.
    public static func canonicalLabels(_ statements: [Statement]) -> [String: String] {
        var counts: [String: [String: Int]] = [:]
        for statement in statements {
            for label in statement.topics { counts[mergeKey(label), default: [:]][label, default: 0] += 1 }
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
                weights[merged, default: 0] += 1.0 / Double(1 + rank)
            }
        }
        return weights
    }

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

/// Everything the extractor learns about one article: candidate phrase
/// occurrences, their keys, counts, surface forms and salience.
struct ArticleModel {
    /// A content word: where it stands, its form for labels (original case when proper, else lower
    /// case), its lower-case form, whether it is a proper noun, and whether it is an adjective of nationality.
    struct Word {
        var span: TextSpan; var surface: String; var folded: String; var proper: Bool; var demonym: Bool
        /// Its form as the last word of a key: `folded` without a final possessive, singular unless proper
        /// (see `ArticleModel.plainKey`). Worked out once per word, not once per phrase it ends.
        var lastKeyForm: String
        /// Its form as the last word of a label: `surface` without a final possessive.
        var lastSurfaceForm: String
        /// Suffix facts of `folded` (`Shape` bits) that the candidate rules test.
        var shape: UInt8

        /// Bits of `shape`.
        enum Shape {
            /// Ends in -ly (an adverb).
            static let ly: UInt8 = 1
            /// Ends in -ed, longer than four letters, not in -eed (a participle).
            static let participle: UInt8 = 2
            /// Shorter than three characters.
            static let short: UInt8 = 4
            /// Ends in -ing.
            static let ing: UInt8 = 8
            /// Ends in an adjective suffix: -ous, -ful, -able, -ible, -less, -ish.
            static let adjective: UInt8 = 16
        }

        /// The `shape` of a word whose folded form is `folded`.
        static func shape(of folded: String) -> UInt8 {
            var shape: UInt8 = 0
            if folded.hasSuffix("ly") { shape |= Shape.ly }
            if folded.hasSuffix("ed") && folded.count > 4 && !folded.hasSuffix("eed") { shape |= Shape.participle }
            if folded.count < 3 { shape |= Shape.short }
            if folded.hasSuffix("ing") { shape |= Shape.ing }
            if ["ous", "ful", "able", "ible", "less", "ish"].contains(where: { folded.hasSuffix($0) }) { shape |= Shape.adjective }
            return shape
        }

        init(span: TextSpan, surface: String, folded: String, proper: Bool, demonym: Bool) {
            self.init(span: span, surface: surface, folded: folded, proper: proper, demonym: demonym,
                      lastKeyForm: Word.lastKeyForm(folded: folded, proper: proper), lastSurfaceForm: Word.lastSurfaceForm(surface),
                      shape: Word.shape(of: folded))
        }

        /// A word whose last-word forms are known already (they depend on `folded`, `proper` and `surface` only).
        init(span: TextSpan, surface: String, folded: String, proper: Bool, demonym: Bool, lastKeyForm: String, lastSurfaceForm: String,
             shape: UInt8) {
            self.span = span; self.surface = surface; self.folded = folded; self.proper = proper; self.demonym = demonym
            self.lastKeyForm = lastKeyForm
            self.lastSurfaceForm = lastSurfaceForm
            self.shape = shape
        }

        /// See `lastKeyForm`.
        static func lastKeyForm(folded: String, proper: Bool) -> String {
            var key = folded
            for strip in ["'s", "'"] where key.hasSuffix(strip) { key.removeLast(strip.count) }
            return proper ? key : KeyphraseExtractor.singular(key)
        }

        /// See `lastSurfaceForm`.
        static func lastSurfaceForm(_ surface: String) -> String {
            var label = surface
            for strip in ["'s", "'"] where label.lowercased().hasSuffix(strip) { label.removeLast(strip.count) }
            return label
        }
    }

    /// What the word loop needs of one word form (a token's text), worked out once per distinct text.
    struct WordForm {
        /// Lower case (`String.lowercased`).
        var lowered: String
        /// Lower case with curly apostrophes straight (`KeyphraseExtractor.folded`); "" for no word.
        var folded: String
        /// `folded` without a final period when it holds no other ("Mr." → "mr", "U.S." stays).
        var stripped: String
        /// The text with curly apostrophes straight, shortened as `stripped` is.
        var surface: String
        /// `stripped` without a final "'s" or "'".
        var bare: String
        /// `LexiconFlag`s of `folded`, `stripped` and `bare`.
        var foldedFlags: UInt8, strippedFlags: UInt8, bareFlags: UInt8
        /// True when `folded` less one final period is a role or title word.
        var roleOrTitle: Bool
        /// True when `folded` is a form of "be" or "have" (`ArticleModel.auxiliaries`).
        var isAuxiliary: Bool
        /// Letters in `stripped`; upper-case letters in the text.
        var letters: Int, uppercase: Int

        /// The facts of `text`; nil stands for a token that is no word (its folded form is "").
        init(text: String?, extractor: KeyphraseExtractor) {
            typealias Flag = KeyphraseExtractor.LexiconFlag
            let folded = text.map(KeyphraseExtractor.folded) ?? ""
            self.folded = folded
            // the lower-case form is the folded form unless the text has a curly apostrophe (U+2019, UTF-8 E2 80 99)
            lowered = text.map { $0.utf8.contains(0xE2) ? $0.lowercased() : folded } ?? ""
            // one lookup of the word lists per distinct string: the forms below often equal `folded`
            let foldedFlags = extractor.flags(folded)
            self.foldedFlags = foldedFlags
            let endsWithPeriod = folded.hasSuffix(".")
            let undottedFlags = endsWithPeriod ? extractor.flags(String(folded.dropLast())) : foldedFlags
            roleOrTitle = undottedFlags & (Flag.role | Flag.title) != 0
            isAuxiliary = foldedFlags & Flag.auxiliary != 0
            var stripped = folded
            var surface = text.map(KeyphraseExtractor.straightApostrophes) ?? ""
            var strippedFlags = foldedFlags
            if endsWithPeriod && stripped.dropLast().contains(".") == false {
                stripped.removeLast(); surface.removeLast()
                strippedFlags = undottedFlags
            }
            self.stripped = stripped
            self.surface = surface
            self.strippedFlags = strippedFlags
            var bare = stripped
            if bare.hasSuffix("'s") { bare.removeLast(2) } else if bare.hasSuffix("'") { bare.removeLast() }
            self.bare = bare
            bareFlags = bare == stripped ? strippedFlags : extractor.flags(bare)
            var letters = 0, uppercase = 0
            for scalar in stripped.unicodeScalars where ScalarClass.isLetter(scalar) { letters += 1 }
            for scalar in (text ?? "").unicodeScalars where ScalarClass.isUppercase(scalar) { uppercase += 1 }
            self.letters = letters
            self.uppercase = uppercase
        }
    }

    /// One occurrence of a candidate phrase.
    struct Occurrence {
        /// The merge key (lower case, last word singular).
        var key: String
        /// Where it stands.
        var span: TextSpan
    }

    /// Occurrences in text order.
    var occurrences: [Occurrence] = []
    /// Key → number of occurrences in the article.
    var frequency: [String: Int] = [:]
    /// Key → number of words.
    var wordCounts: [String: Int] = [:]
    /// Key → surface label → count (words normalised for case already).
    var surfaces: [String: [String: Int]] = [:]
    /// Keys that occur in the headline.
    var headlineKeys = Set<String>()
    /// Keys made of proper nouns only (places, organisations, acronyms).
    var properKeys = Set<String>()
    /// Key → article salience.
    var salience: [String: Double] = [:]
    /// Keys by salience, highest first, with contained phrases dropped.
    var rankedArticleKeys: [String] = []
    /// The article's main topic, if one clearly leads.
    var mainTopic: String?
    /// Key → label.
    var labels: [String: String] = [:]
    /// Single-word keys that are generic nouns.
    var generic = Set<String>()

    /// Forms of "be" and "have" after which an "-ed"/"-en"/"-ing" word is a verb.
    static let auxiliaries: Set<String> = ["be", "been", "being", "is", "are", "was", "were", "has", "have", "had"]

    init(text: ScalarText, mentions: [Mention], speakers: [String] = [], extractor: KeyphraseExtractor,
         sentences knownSentences: [Sentence]? = nil, paragraphs knownParagraphs: [Paragraph]? = nil) {
        // Words of the speakers' names: a person's name is no topic even where no mention marks it.
        let speakerWords = Set(speakers.flatMap { $0.lowercased().split(separator: " ").map(String.init) }.filter { $0.count > 1 })
        let tokens = Tokenizer.tokenize(text, in: text.fullSpan)
        let paragraphs = knownParagraphs ?? ParagraphSplitter.split(text)
        let sentences = knownSentences ?? SentenceSplitter.split(text, paragraphs: paragraphs)

        // Offsets of sentence-initial words, and of words right after an opening quote mark.
        var sentenceStarts = Set<Int>()
        var sentenceIndex = 0, markedSentence = -1
        var previousKind: Token.Kind? = nil
        for token in tokens {
            defer { previousKind = token.kind }
            guard token.kind == .word else { continue }
            while sentenceIndex < sentences.count && sentences[sentenceIndex].span.end <= token.span.start { sentenceIndex += 1 }
            if sentenceIndex < sentences.count && markedSentence != sentenceIndex {
                sentenceStarts.insert(token.span.start)
                markedSentence = sentenceIndex
            } else if previousKind == .quote {
                sentenceStarts.insert(token.span.start)
            }
        }

        // Mentions: person spans are excluded, place and organisation spans are proper.
        // Marked scalar by scalar, so nested and overlapping mentions need no care.
        var personAt = [Bool](repeating: false, count: text.count)
        var nameAt = [Bool](repeating: false, count: text.count)
        for mention in mentions {
            let lower = max(0, mention.span.start), upper = min(text.count, mention.span.end)
            guard lower < upper else { continue }
            for offset in lower..<upper {
                if mention.kind == .person || mention.kind == .unnamed { personAt[offset] = true }
                if mention.kind == .place || mention.kind == .organisation { nameAt[offset] = true }
            }
        }
        /// True when every scalar of `span` is in a person mention.
        func inPerson(_ span: TextSpan) -> Bool { !span.isEmpty && (span.start..<span.end).allSatisfy { personAt[$0] } }
        /// True when some scalar of `span` is in a place or organisation mention.
        func inName(_ span: TextSpan) -> Bool { (span.start..<span.end).contains { nameAt[$0] } }

        // Headline: a short first paragraph without a final period.
        var headline: TextSpan? = nil
        if let first = paragraphs.first, paragraphs.count > 1 {
            let words = tokens.lazy.filter { first.span.contains($0.span) && $0.kind == .word }.count
            if words <= 20 && text.scalars[first.span.end - 1] != "." { headline = first.span }
        }

        // Facts of each distinct word form, worked out once per form rather than once per token:
        // most words of an article recur, and each fact costs a string or a hash lookup.
        // `formOf[index]` is the form of word token `index` in `forms` (-1 for other tokens).
        var forms: [WordForm] = []
        var formIndex: [String: Int] = [:]
        var formOf = [Int](repeating: -1, count: tokens.count)
        for (index, token) in tokens.enumerated() where token.kind == .word {
            if let known = formIndex[token.text] { formOf[index] = known; continue }
            let form = WordForm(text: token.text, extractor: extractor)
            formIndex[token.text] = forms.count
            formOf[index] = forms.count
            forms.append(form)
        }

        // How often each word form appears capitalised inside sentences and in lower case.
        var capitalisedInside: [String: Int] = [:], lowercase: [String: Int] = [:]
        capitalisedInside.reserveCapacity(forms.count / 4)
        lowercase.reserveCapacity(forms.count)
        for (index, token) in tokens.enumerated() where token.kind == .word {
            guard let first = token.text.unicodeScalars.first else { continue }
            let folded = forms[formOf[index]].lowered
            if ScalarClass.isUppercase(first) {
                let inHeadline = headline.map { $0.contains(token.span) } ?? false
                if !sentenceStarts.contains(token.span.start) && !inHeadline { capitalisedInside[folded, default: 0] += 1 }
            } else {
                lowercase[folded, default: 0] += 1
            }
        }
        // Counts of each form's bare and folded word, looked up once per form (the counts are final now).
        var formCounts = [(bareCapitalisedInside: Int, capitalisedInside: Int, lowercase: Int)?](repeating: nil, count: forms.count)
        func counts(_ form: Int) -> (bareCapitalisedInside: Int, capitalisedInside: Int, lowercase: Int) {
            if let known = formCounts[form] { return known }
            let f = forms[form]
            let value = (capitalisedInside[f.bare, default: 0], capitalisedInside[f.stripped, default: 0], lowercase[f.stripped, default: 0])
            formCounts[form] = value
            return value
        }

        // Each form's `Word.lastKeyForm` and `Word.lastSurfaceForm`, as a common word and as a proper one.
        var endForms = [(key: String, surface: String, shape: UInt8)?](repeating: nil, count: forms.count * 2)
        func wordEndForms(_ form: Int, proper: Bool) -> (key: String, surface: String, shape: UInt8) {
            let slot = form * 2 + (proper ? 1 : 0)
            if let known = endForms[slot] { return known }
            let f = forms[form]
            let surface = proper ? f.surface : f.stripped
            let value = (Word.lastKeyForm(folded: f.stripped, proper: proper), Word.lastSurfaceForm(surface), Word.shape(of: f.stripped))
            endForms[slot] = value
            return value
        }

        // Content words, each with its normalised form; nil marks a delimiter.
        var words: [Word?] = []
        var roleOrTitle: [Bool] = []
        words.reserveCapacity(tokens.count)
        var afterTitle = false
        var previousPerson = false
        // The previous token's folded form ("" after a token that is no word) and its facts.
        // Forms are read in place by index (a copy of a form would retain each of its strings);
        // the last one stands for tokens that are no word.
        let noWord = forms.count
        forms.append(WordForm(text: nil, extractor: extractor))
        var previous = noWord
        typealias Flag = KeyphraseExtractor.LexiconFlag
        for (index, token) in tokens.enumerated() {
            let form = formOf[index] >= 0 ? formOf[index] : noWord
            defer {
                previous = form
                roleOrTitle.append(forms[form].roleOrTitle)
            }
            guard token.kind == .word, let first = token.text.unicodeScalars.first, ScalarClass.isLetter(first) else {
                words.append(nil); afterTitle = false; previousPerson = false; continue
            }
            let folded = forms[form].stripped
            let capitalised = ScalarClass.isUppercase(first)
            let foldedFlags = forms[form].strippedFlags
            if foldedFlags & Flag.title != 0 { words.append(nil); afterTitle = true; continue }
            if afterTitle && capitalised { words.append(nil); continue }
            afterTitle = false
            let bare = forms[form].bare
            // A news stop word keeps its place inside a name: "New York", "First Lady".
            let insideName = capitalised && !sentenceStarts.contains(token.span.start) && index + 1 < tokens.count
                && tokens[index + 1].kind == .word && tokens[index + 1].text.unicodeScalars.first.map(ScalarClass.isUppercase) == true
            let bareFlags = forms[form].bareFlags
            if bareFlags & Flag.function != 0 || foldedFlags & Flag.function != 0 || bareFlags & Flag.role != 0
                || (!insideName && (bareFlags & Flag.news != 0 || foldedFlags & Flag.news != 0))
                || inPerson(token.span) || (capitalised && speakerWords.contains(bare)) {
                words.append(nil); previousPerson = inPerson(token.span); continue
            }
            let afterPerson = previousPerson
            previousPerson = false
            if (bareFlags & Flag.verb != 0 && counts(formOf[index]).bareCapitalisedInside == 0)
                || (!capitalised && (afterPerson || forms[previous].foldedFlags & Flag.beforeVerb != 0))
                || (!capitalised && forms[previous].folded == "to" && ["ate", "ise", "ize", "ify"].contains(where: { folded.hasSuffix($0) })) {
                words.append(nil); continue
            }
            if !capitalised && forms[previous].isAuxiliary && (folded.hasSuffix("ed") || folded.hasSuffix("en") || folded.hasSuffix("ing")) {
                words.append(nil); continue
            }
            let letters = forms[form].letters, uppercase = forms[form].uppercase
            guard letters >= 2 else { words.append(nil); continue }
            // In a title-case headline a capital proves nothing: there the body decides.
            let inHeadline = headline.map { $0.contains(token.span) } ?? false
            let formCount = counts(formOf[index])
            let proper = uppercase >= 2 || inName(token.span)
                || (capitalised && (formCount.capitalisedInside > formCount.lowercase
                    || (!inHeadline && !sentenceStarts.contains(token.span.start) && formCount.lowercase == 0)))
            // A capitalised adjective of nationality ("Russian", "British") is no topic alone.
            let demonym = capitalised && uppercase == 1 && ["an", "ese", "ish", "ic", "i"].contains(where: { folded.hasSuffix($0) })
            let lastForms = wordEndForms(formOf[index], proper: proper)
            words.append(Word(span: token.span, surface: proper ? forms[form].surface : folded, folded: folded, proper: proper, demonym: demonym,
                              lastKeyForm: lastForms.key, lastSurfaceForm: lastForms.surface, shape: lastForms.shape))
        }

        // Runs of content words. A run right before a role or title word describes a person
        // ("Russian foreign minister", "Russian President") and is dropped.
        // A lower-case "-ing" word before a name is a verb taking it as object ("naming Israel").
        for index in words.indices where index + 1 < words.count {
            if let word = words[index], !word.proper, word.folded.hasSuffix("ing"), words[index + 1]?.proper == true { words[index] = nil }
        }

        // "of" (or "of the") between proper words joins them into one name ("House of Lords").
        for index in words.indices where words[index] == nil && index > 0 && words[index - 1]?.proper == true {
            let folded = tokens[index].text.lowercased()
            guard folded == "of" else { continue }
            var next = index + 1
            if next < tokens.count && tokens[next].text.lowercased() == "the" && words[next] == nil { next += 1 }
            guard next < words.count, let following = words[next], following.proper,
                  !(words[index - 1]!.surface.hasSuffix("'s")) else { continue }
            for k in index..<next {
                let token = tokens[k]
                words[k] = Word(span: token.span, surface: token.text.lowercased(), folded: token.text.lowercased(), proper: true, demonym: false)
            }
        }

        var runs: [[Word]] = []
        var current: [Word] = []
        for index in 0..<words.count {
            if let word = words[index] { current.append(word); continue }
            if !current.isEmpty && !roleOrTitle[index] { runs.append(current) }
            current = []
        }
        if !current.isEmpty { runs.append(current) }

        // Noun-likeness: how often a word form ends a run (adjectives rarely do).
        var endsRun: [String: Int] = [:], inRuns: [String: Int] = [:]
        for run in runs {
            for word in run { inRuns[word.folded, default: 0] += 1 }
            endsRun[run[run.count - 1].folded, default: 0] += 1
        }
        func nounLike(_ word: Word) -> Bool {
            word.proper ? !word.demonym : endsRun[word.folded, default: 0] * 5 >= inRuns[word.folded, default: 1] * 2
        }

        // Candidates: sequences of one to three segments of a run, a segment being one
        // common word or a whole sequence of proper words ("South Dakota"), at most four words.
        var parents: [String: [String: Int]] = [:]
        typealias Shape = Word.Shape
        func add(_ gram: ArraySlice<Word>, span: TextSpan) -> String? {
            guard let first = gram.first, let last = gram.last else { return nil }
            if first.shape & Shape.ly != 0 || last.shape & Shape.ly != 0 { return nil }
            if !last.proper && last.shape & Shape.participle != 0 { return nil }
            if gram.count == 1 {
                if !nounLike(first) || (!first.proper && first.shape & Shape.short != 0) { return nil }
                if !first.proper && first.shape & Shape.ing != 0 && inRuns[first.folded, default: 0] < 2 { return nil }
                if !first.proper && first.shape & Shape.adjective != 0 { return nil }
            } else if !last.proper && endsRun[last.folded, default: 0] == 0 {
                return nil
            } else if !last.proper && last.shape & Shape.ing != 0 && inRuns[last.folded, default: 0] < 2 {
                return nil  // "records showing": a participle, unless the word recurs ("fox hunting")
            }
            var surfaceWords = gram.map(\.surface)
            surfaceWords[surfaceWords.count - 1] = last.lastSurfaceForm
            let key = ArticleModel.plainKey(gram)
            if gram.allSatisfy(\.proper) { properKeys.insert(key) }
            occurrences.append(Occurrence(key: key, span: span))
            frequency[key, default: 0] += 1
            wordCounts[key] = gram.count
            surfaces[key, default: [:]][surfaceWords.joined(separator: " "), default: 0] += 1
            if let headline, headline.contains(span) { headlineKeys.insert(key) }
            return key
        }
        for run in runs {
            // which words of the run are possessives ("Hitler's"), looked at once per run
            let possessive = run.map { $0.surface.hasSuffix("'s") }
            var segments: [Range<Int>] = []
            var s = 0
            while s < run.count {
                var e = s + 1
                if run[s].proper { while e < run.count && run[e].proper && !possessive[e - 1] { e += 1 } }
                segments.append(s..<e)
                s = e
            }
            for count in 1...min(3, segments.count) {
                for first in 0...(segments.count - count) {
                    let range = segments[first].lowerBound..<segments[first + count - 1].upperBound
                    guard range.count <= 4 else { continue }
                    // A possessive ends a phrase unless it opens it ("Hitler's birthplace").
                    if range.count > 2 && possessive[(range.lowerBound + 1)..<(range.upperBound - 1)].contains(true) { continue }
                    let gram = run[range]
                    guard let key = add(gram, span: TextSpan(gram[gram.startIndex].span.start, gram[gram.endIndex - 1].span.end)) else { continue }
                    if count > 1 {
                        for sub in [segments[first].lowerBound..<segments[first + count - 2].upperBound,
                                    segments[first + 1].lowerBound..<segments[first + count - 1].upperBound] {
                            let subKey = ArticleModel.plainKey(run[sub])
                            parents[subKey, default: [:]][key, default: 0] += 1
                        }
                    }
                }
            }
        }

        // "ban on hunting" is also "hunting ban": a noun, "on", and one or two words.
        for index in tokens.indices where index > 0 && index + 1 < tokens.count
            && (formOf[index] >= 0 ? forms[formOf[index]].lowered : tokens[index].text.lowercased()) == "on" {
            guard let head = words[index - 1], !head.proper, nounLike(head), let modifier = words[index + 1], !modifier.proper else { continue }
            var gram = [modifier]
            if index + 2 < words.count, let second = words[index + 2], !second.proper, nounLike(second),
               index + 3 >= words.count || words[index + 3] == nil {
                gram.append(second)
            }
            gram.append(head)
            if let key = add(gram[...], span: TextSpan(head.span.start, gram[gram.count - 2].span.end)) {
                parents[ArticleModel.plainKey([head]), default: [:]][key, default: 0] += 1
                parents[ArticleModel.plainKey(Array(gram.dropLast())), default: [:]][key, default: 0] += 1
            }
        }
        occurrences.sort { $0.span < $1.span }

        // Salience.
        for (key, count) in frequency {
            let n = wordCounts[key] ?? 1
            var score = Double(count) * (n == 1 ? 1.0 : n == 2 ? 1.8 : 2.0)
            if headlineKeys.contains(key) { score *= 1.5 }
            if n == 1 && (extractor.genericWords.contains(key) || extractor.genericWords.contains(key + "s")) { score *= 0.25; generic.insert(key) }
            if properKeys.contains(key) { score *= 1.2 }
            salience[key] = score
        }
        // A phrase that usually stands inside a longer one gives way to it (RAKE's degree):
        // "hunting" mostly in "hunting ban" credits half its score to "hunting ban".
        let byLength = salience.keys.map { (key: $0, words: wordCounts[$0] ?? 1) }
            .sorted { ($0.words, $0.key) < ($1.words, $1.key) }.map(\.key)
        for key in byLength {
            guard let (parent, count) = parents[key]?.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
                  frequency[parent, default: 0] >= 2, Double(count) >= 0.4 * Double(frequency[key, default: 1]),
                  let own = salience[key] else { continue }
            salience[parent, default: 0] += 0.5 * own
            salience[key] = 0.5 * own
        }
        rankedArticleKeys = ArticleModel.select(ArticleModel.ranked(salience.keys.filter { !generic.contains($0) }, by: salience), limit: 20)
        if rankedArticleKeys.count >= 1 {
            let top = rankedArticleKeys[0]
            let second = rankedArticleKeys.count > 1 ? salience[rankedArticleKeys[1]] ?? 0 : 0
            let topScore = salience[top] ?? 0
            if frequency[top, default: 0] >= 3 && (headlineKeys.contains(top) || topScore >= 1.5 * second) {
                // The headline's longer phrase for it, if it has one ("hunting" → "hunting ban").
                let topWords = top.split(separator: " ")
                let longer = headlineKeys.filter { key in
                    let words = key.split(separator: " ")
                    return words.count > topWords.count && ArticleModel.contains(words, topWords)
                }
                let longerRanked = ArticleModel.ranked(Array(longer), by: salience)
                mainTopic = longerRanked.first ?? top
            }
        }

        // Labels: the most frequent surface form; singular unless the plural dominates.
        for (key, forms) in surfaces {
            var singularCount = 0, pluralCount = 0
            var bestSingular: (String, Int)? = nil, bestPlural: (String, Int)? = nil
            for (form, count) in forms {
                let lastWord = ArticleModel.lastWord(form)
                let isPlural = KeyphraseExtractor.singular(lastWord) != lastWord
                if isPlural {
                    pluralCount += count
                    if bestPlural == nil || count > bestPlural!.1 || (count == bestPlural!.1 && form < bestPlural!.0) { bestPlural = (form, count) }
                } else {
                    singularCount += count
                    if bestSingular == nil || count > bestSingular!.1 || (count == bestSingular!.1 && form < bestSingular!.0) { bestSingular = (form, count) }
                }
            }
            if let plural = bestPlural, bestSingular == nil ? pluralCount >= 2 : pluralCount >= 2 * singularCount {
                labels[key] = plural.0
            } else if let single = bestSingular {
                labels[key] = single.0
            } else if let plural = bestPlural {
                labels[key] = KeyphraseExtractor.singularLabel(plural.0)
            }
        }
    }

    /// The key of a word sequence: lower case, a final possessive dropped, the last word singular unless proper.
    static func plainKey<C: BidirectionalCollection>(_ gram: C) -> String where C.Element == Word {
        guard let last = gram.last else { return "" }
        var key = ""
        for word in gram.dropLast() { key += word.folded; key += " " }
        key += last.lastKeyForm
        return key
    }

    /// The last space-separated word of `form`, as `form.split(separator: " ").last` gives it (`form`
    /// itself when it holds no word), without splitting the whole form.
    static func lastWord(_ form: String) -> String {
        let u = form.utf8
        if u.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a space byte is a space Character, so the same word found on the bytes
            var end = u.endIndex
            while end > u.startIndex, u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
            guard end > u.startIndex else { return form }
            var start = end
            while start > u.startIndex, u[u.index(before: start)] != 0x20 { start = u.index(before: start) }
            return String(form[start..<end])
        }
        var end = form.endIndex
        while end > form.startIndex, form[form.index(before: end)] == " " { end = form.index(before: end) }
        guard end > form.startIndex else { return form }
        let start = form[..<end].lastIndex(of: " ").map { form.index(after: $0) } ?? form.startIndex
        return String(form[start..<end])
    }

    /// The label of `key`.
    func label(for key: String) -> String { labels[key] ?? key }

    /// The statement's candidate keys inside `spans`, ranked (count in the spans × article salience).
    func rankedKeys(in spans: [TextSpan]) -> [String] {
        var local: [String: Int] = [:]
        for span in spans {
            var k = occurrences.partitionPoint { $0.span.start < span.start }
            while k < occurrences.count && occurrences[k].span.start < span.end {
                if span.contains(occurrences[k].span) { local[occurrences[k].key, default: 0] += 1 }
                k += 1
            }
        }
        var scores: [String: Double] = [:]
        for (key, count) in local { scores[key] = Double(count) * (salience[key] ?? 0) }
        // Keep phrases that recur in the article, and names; one-off common words go last.
        let ordered = ArticleModel.ranked(Array(scores.keys), by: scores)
        let weak = { (key: String) in
            (wordCounts[key] ?? 1) == 1 && !properKeys.contains(key) && (frequency[key, default: 0] < 2 || generic.contains(key))
        }
        var kept = ArticleModel.select(ordered.filter { !weak($0) }, limit: 4)
        if kept.isEmpty {
            kept = ArticleModel.select(ordered.filter { weak($0) && !generic.contains($0) }, limit: 1)
        }
        return kept
    }

    /// `keys` in the order of `before`: by score, then by more words, then alphabetically.
    ///
    /// Looks up each key's score and counts its words once, rather than at
    /// every comparison of the sort; the order is the same, since `before`
    /// is a strict total order on distinct keys.
    static func ranked(_ keys: [String], by scores: [String: Double]) -> [String] {
        keys.map { (key: $0, score: scores[$0] ?? 0, words: wordCount($0)) }
            .sorted { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.words != b.words { return a.words > b.words }
                return a.key < b.key
            }
            .map(\.key)
    }

    /// The number of space-separated words of `key`, as `key.split(separator: " ").count` counts them (runs of
    /// non-spaces), without making the substrings.
    static func wordCount(_ key: String) -> Int {
        var count = 0
        var inWord = false
        for byte in key.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// Orders keys by score, then by more words, then alphabetically (for stable output).
    static func before(_ a: String, _ b: String, _ scores: [String: Double]) -> Bool {
        let sa = scores[a] ?? 0, sb = scores[b] ?? 0
        if sa != sb { return sa > sb }
        let na = a.split(separator: " ").count, nb = b.split(separator: " ").count
        if na != nb { return na > nb }
        return a < b
    }

    /// The first `limit` keys of `ranked`, dropping any that lies inside an
    /// earlier, kept key or contains one (words compared in the singular).
    static func select(_ ranked: [String], limit: Int) -> [String] {
        var kept: [String] = []
        var keptWords: [[Substring]] = []
        for key in ranked {
            let words = key.split(separator: " ").map { Substring(KeyphraseExtractor.singular(String($0))) }
            let overlapping = keptWords.contains { other in
                contains(other, words) || contains(words, other)
            }
            if overlapping { continue }
            kept.append(key)
            keptWords.append(words)
            if kept.count == limit { break }
        }
        return kept
    }

    /// True when `inner` occurs as a contiguous word sequence in `outer`.
    static func contains(_ outer: [Substring], _ inner: [Substring]) -> Bool {
        guard inner.count <= outer.count, !inner.isEmpty else { return false }
        for start in 0...(outer.count - inner.count) where Array(outer[start..<(start + inner.count)]) == inner { return true }
        return false
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
