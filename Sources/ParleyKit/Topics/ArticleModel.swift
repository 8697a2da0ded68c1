/// The distinct strings of one article, each with a small integer id.
///
/// `ArticleModel` keys words and phrases by these ids rather than by strings:
/// a phrase key is then a few integers, hashed and compared without touching
/// text, and a word's facts sit in flat arrays indexed by id. Two strings get
/// the same id exactly when they are equal as Swift strings (canonical
/// equivalence), so every rule gives what it gave on the strings.
struct StringTable {
    /// The strings, by id.
    private(set) var strings: [String] = []
    /// String → id.
    private var ids: [String: Int32] = [:]

    /// An empty table with room for `capacity` strings before it grows.
    init(capacity: Int = 0) {
        strings.reserveCapacity(capacity)
        ids.reserveCapacity(capacity)
    }

    /// The id of `string`, given a new one when it is new.
    mutating func id(_ string: String) -> Int32 {
        if let known = ids[string] { return known }
        let id = Int32(strings.count)
        strings.append(string)
        ids[string] = id
        return id
    }

    /// The id of `string`, or nil when the table does not hold it.
    func existingID(_ string: String) -> Int32? { ids[string] }

    /// The string of `id`.
    subscript(id: Int32) -> String { strings[Int(id)] }

    /// How many strings the table holds (ids are `0..<count`).
    var count: Int { strings.count }
}

/// A sequence of one to four string ids, the words of a phrase: a hashable value without text.
///
/// Unused places hold -1. Word strings hold no space, so two phrases share a
/// `Gram` exactly when their space-joined strings are equal.
struct Gram: Hashable {
    var a: Int32 = -1, b: Int32 = -1, c: Int32 = -1, d: Int32 = -1

    /// The gram of `ids` (at most four; the rest are dropped, which callers never need).
    init<C: Collection>(_ ids: C) where C.Element == Int32 {
        var iterator = ids.makeIterator()
        a = iterator.next() ?? -1; b = iterator.next() ?? -1; c = iterator.next() ?? -1; d = iterator.next() ?? -1
    }

    /// The ids, in order.
    var ids: [Int32] { [a, b, c, d].filter { $0 >= 0 } }
}

/// Everything the extractor learns about one article: candidate phrase
/// occurrences, their keys, counts, surface forms and salience.
///
/// Phrase keys are dense integers (`0..<keyStrings.count`), numbered as they
/// are first met; `keyStrings` gives the key as text (lower case, last word
/// singular: "hunting ban"). Ties between phrases are broken by that text, as
/// the rules in `KeyphraseExtractor`'s documentation say.
struct ArticleModel {
    /// A content word: where it stands, its ids in the article's `StringTable`, and the facts the
    /// candidate rules test.
    struct Word {
        var span: TextSpan
        /// Its form for labels (original case when proper, else lower case).
        var surface: Int32
        /// Its lower-case form.
        var folded: Int32
        /// Its form as the last word of a key: `folded` without a final possessive, singular unless
        /// proper (see `ArticleModel.lastKeyForm`).
        var lastKey: Int32
        /// Its form as the last word of a label: `surface` without a final possessive.
        var lastSurface: Int32
        /// Suffix facts of `folded` (`Shape` bits).
        var shape: UInt8
        /// A proper noun; an adjective of nationality; a surface ending in "'s".
        var proper: Bool, demonym: Bool, possessive: Bool

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
        static func shape(of folded: String) -> UInt8 { shape(of: folded, ending: WordEnding(folded)) }

        /// The `shape` of `folded`, its endings known.
        static func shape(of folded: String, ending: WordEnding) -> UInt8 {
            var shape: UInt8 = 0
            let count = ending.count
            if ending.has("ly") { shape |= Shape.ly }
            if ending.has("ed") && count > 4 && !ending.has("eed") { shape |= Shape.participle }
            if count < 3 { shape |= Shape.short }
            if ending.has("ing") { shape |= Shape.ing }
            if ending.has("ous") || ending.has("ful") || ending.has("able") || ending.has("ible") || ending.has("less") || ending.has("ish") {
                shape |= Shape.adjective
            }
            return shape
        }
    }

    /// A word's form as the last word of a key: `folded` without a final possessive, singular unless proper.
    static func lastKeyForm(folded: String, proper: Bool) -> String {
        var key = folded
        for strip in ["'s", "'"] where key.hasSuffix(strip) { key.removeLast(strip.count) }
        return proper ? key : KeyphraseExtractor.singular(key)
    }

    /// A word's form as the last word of a label: `surface` without a final possessive.
    static func lastSurfaceForm(_ surface: String) -> String {
        var label = surface
        for strip in ["'s", "'"] where label.lowercased().hasSuffix(strip) { label.removeLast(strip.count) }
        return label
    }

    /// What the word loop needs of one word form (a token's text), worked out once per distinct text;
    /// strings are ids in the article's `StringTable`.
    struct WordForm {
        /// Lower case (`String.lowercased`).
        var lowered: Int32
        /// Lower case with curly apostrophes straight (`KeyphraseExtractor.folded`).
        var folded: Int32
        /// `folded` without a final period when it holds no other ("Mr." → "mr", "U.S." stays).
        var stripped: Int32
        /// The text with curly apostrophes straight, shortened as `stripped` is.
        var surface: Int32
        /// `stripped` without a final "'s" or "'".
        var bare: Int32
        /// `LexiconFlag`s of `folded`, `stripped` and `bare`.
        var foldedFlags: UInt8, strippedFlags: UInt8, bareFlags: UInt8
        /// `Word.shape(of:)` of `stripped`.
        var shape: UInt8
        /// True when `folded` less one final period is a role or title word.
        var roleOrTitle: Bool
        /// True when `folded` is a form of "be" or "have" (`ArticleModel.auxiliaries`).
        var isAuxiliary: Bool
        /// True when `folded` is "to"; when `lowered` is "on".
        var isTo: Bool, isOn: Bool
        /// `stripped` ends in -ate, -ise, -ize or -ify (a verb after "to"); in -ed, -en or -ing.
        var verbSuffix: Bool, participleSuffix: Bool
        /// `stripped` ends like an adjective of nationality: -an, -ese, -ish, -ic, -i.
        var demonymSuffix: Bool
        /// The text's first scalar is a letter; an upper-case letter.
        var startsWithLetter: Bool, capitalised: Bool
        /// `bare` is a word of a speaker's name.
        var speakerWord: Bool
        /// Letters in `stripped`; upper-case letters in the text.
        var letters: Int32, uppercase: Int32

        /// The facts of `text`; nil stands for a token that is no word (its folded form is "").
        ///
        /// - Parameters:
        ///   - flags: `KeyphraseExtractor.lexiconFlags`.
        ///   - speakerWords: lower-case words of the article's speakers' names.
        ///   - table: the article's strings; the forms are added to it.
        init(text: String?, flags: [String: UInt8], speakerWords: Set<String>, table: inout StringTable) {
            typealias Flag = KeyphraseExtractor.LexiconFlag
            let text = text ?? ""
            // U+2019 is E2 80 99 in UTF-8: a text without the byte E2 has no curly apostrophe
            let mayCurl = ArticleModel.containsByte(text, 0xE2)
            let lowered = text.lowercased()
            let folded = mayCurl ? KeyphraseExtractor.straightApostrophes(lowered) : lowered
            self.folded = table.id(folded)
            // the lower-case form is the folded form unless the text has a curly apostrophe
            self.lowered = mayCurl ? table.id(lowered) : self.folded
            // one lookup of the word lists per distinct string: the forms below often equal `folded`
            let foldedFlags = flags[folded] ?? 0
            self.foldedFlags = foldedFlags
            let endsWithPeriod = folded.utf8.last == UInt8(ascii: ".")
            let undottedFlags = endsWithPeriod ? flags[String(folded.dropLast())] ?? 0 : foldedFlags
            roleOrTitle = undottedFlags & (Flag.role | Flag.title) != 0
            isAuxiliary = foldedFlags & Flag.auxiliary != 0
            isTo = folded == "to"
            isOn = lowered == "on"
            var stripped = folded
            var surface = mayCurl ? KeyphraseExtractor.straightApostrophes(text) : text
            var strippedFlags = foldedFlags
            self.stripped = self.folded
            if endsWithPeriod && stripped.dropLast().contains(".") == false {
                stripped.removeLast(); surface.removeLast()
                strippedFlags = undottedFlags
                self.stripped = table.id(stripped)
            }
            self.surface = surface == stripped ? self.stripped : table.id(surface)
            self.strippedFlags = strippedFlags
            let ending = WordEnding(stripped)
            shape = Word.shape(of: stripped, ending: ending)
            verbSuffix = ["ate", "ise", "ize", "ify"].contains(where: { ending.has($0) })
            participleSuffix = ending.has("ed") || ending.has("en") || ending.has("ing")
            demonymSuffix = ["an", "ese", "ish", "ic", "i"].contains(where: { ending.has($0) })
            var bare = stripped
            if ending.has("'s") { bare.removeLast(2) } else if ending.has("'") { bare.removeLast() }
            let bareChanged = bare.utf8.count != stripped.utf8.count
            self.bare = bareChanged ? table.id(bare) : self.stripped
            bareFlags = bareChanged ? flags[bare] ?? 0 : strippedFlags
            let first = text.unicodeScalars.first
            startsWithLetter = first.map(ScalarClass.isLetter) ?? false
            capitalised = first.map(ScalarClass.isUppercase) ?? false
            // only a capitalised word is tested against the speakers' names
            speakerWord = capitalised && speakerWords.contains(bare)
            var letters: Int32 = 0, uppercase: Int32 = 0
            for scalar in stripped.unicodeScalars where ScalarClass.isLetter(scalar) { letters += 1 }
            for scalar in text.unicodeScalars where ScalarClass.isUppercase(scalar) { uppercase += 1 }
            self.letters = letters
            self.uppercase = uppercase
        }
    }

    /// True when the UTF-8 of `string` holds `byte`.
    static func containsByte(_ string: String, _ byte: UInt8) -> Bool {
        string.utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? string.utf8.contains(byte)
    }

    /// Suffix tests on one word, on its bytes when the word is ASCII (there one byte is one
    /// Character, so the answers are `String.hasSuffix`'s), else through `hasSuffix`.
    struct WordEnding {
        /// The word.
        let word: String
        /// The word is ASCII without a carriage return (the one ASCII pair that is a single Character).
        let ascii: Bool

        /// The endings of `word`.
        init(_ word: String) {
            self.word = word
            ascii = word.utf8.withContiguousStorageIfAvailable { !$0.contains { $0 >= 0x80 || $0 == 0x0D } } ?? false
        }

        /// `word.hasSuffix(suffix)`, for an ASCII `suffix`.
        func has(_ suffix: StaticString) -> Bool {
            guard ascii else { return word.hasSuffix(suffix.description) }
            let n = suffix.utf8CodeUnitCount
            return word.utf8.withContiguousStorageIfAvailable { bytes in
                guard bytes.count >= n else { return false }
                return UnsafeBufferPointer(start: suffix.utf8Start, count: n).elementsEqual(bytes[(bytes.count - n)...])
            } ?? word.hasSuffix(suffix.description)
        }

        /// `word.count` (Characters).
        var count: Int { ascii ? word.utf8.count : word.count }
    }

    /// One occurrence of a candidate phrase.
    struct Occurrence {
        /// The phrase key.
        var key: Int
        /// Where it stands.
        var span: TextSpan
    }

    /// The article's strings.
    var table = StringTable()
    /// Occurrences in text order.
    var occurrences: [Occurrence] = []
    /// Key → its text (lower case, last word singular).
    var keyStrings: [String] = []
    /// Key → its words (ids of the key's space-separated words).
    var keyWords: [Gram] = []
    /// Key → number of occurrences in the article (0 for a key met only inside a longer phrase).
    var frequency: [Int] = []
    /// Key → number of words of the phrase.
    var wordCounts: [Int] = []
    /// Key → (surface label, count), labels as `surfaceStrings` indices (words normalised for case already).
    var surfaces: [[(surface: Int, count: Int)]] = []
    /// Surface label index → its text.
    var surfaceStrings: [String] = []
    /// Key → it occurs in the headline.
    var inHeadline: [Bool] = []
    /// Key → it is made of proper nouns only (places, organisations, acronyms).
    var properKey: [Bool] = []
    /// Key → article salience (0 for keys that never occur alone).
    var salience: [Double] = []
    /// Key → a single-word key that is a generic noun.
    var generic: [Bool] = []
    /// Keys by salience, highest first, with contained phrases dropped.
    var rankedArticleKeys: [Int] = []
    /// The article's main topic, if one clearly leads.
    var mainTopic: Int?
    /// Key → label.
    var labels: [String] = []
    /// String id → id of its `KeyphraseExtractor.singular` (-1 until worked out).
    var singularIDs: [Int32] = []

    /// Forms of "be" and "have" after which an "-ed"/"-en"/"-ing" word is a verb.
    static let auxiliaries: Set<String> = ["be", "been", "being", "is", "are", "was", "were", "has", "have", "had"]

    init(text: ScalarText, mentions: [Mention], speakers: [String] = [], extractor: KeyphraseExtractor,
         sentences knownSentences: [Sentence]? = nil, paragraphs knownParagraphs: [Paragraph]? = nil) {
        // Words of the speakers' names: a person's name is no topic even where no mention marks it.
        let speakerWords = Set(speakers.flatMap { $0.lowercased().split(separator: " ").map(String.init) }.filter { $0.count > 1 })
        let tokens = Tokenizer.tokenize(text, in: text.fullSpan)
        let paragraphs = knownParagraphs ?? ParagraphSplitter.split(text)
        let sentences = knownSentences ?? SentenceSplitter.split(text, paragraphs: paragraphs)

        // Sentence-initial words, and words right after an opening quote mark, by token index.
        var sentenceStart = [Bool](repeating: false, count: tokens.count)
        var sentenceIndex = 0, markedSentence = -1
        var previousKind: Token.Kind? = nil
        for (index, token) in tokens.enumerated() {
            defer { previousKind = token.kind }
            guard token.kind == .word else { continue }
            while sentenceIndex < sentences.count && sentences[sentenceIndex].span.end <= token.span.start { sentenceIndex += 1 }
            if sentenceIndex < sentences.count && markedSentence != sentenceIndex {
                sentenceStart[index] = true
                markedSentence = sentenceIndex
            } else if previousKind == .quote {
                sentenceStart[index] = true
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
        func inHeadlineSpan(_ span: TextSpan) -> Bool { headline.map { $0.contains(span) } ?? false }

        // Facts of each distinct word form, worked out once per form rather than once per token:
        // most words of an article recur, and each fact costs a string or a hash lookup.
        // `formOf[index]` is the form of word token `index` in `forms` (-1 for other tokens).
        var forms: [WordForm] = []
        var formIndex: [String: Int] = [:]
        // room for the distinct forms (about a third of the tokens in news text) and their variants
        forms.reserveCapacity(tokens.count / 2)
        formIndex.reserveCapacity(tokens.count / 2)
        table = StringTable(capacity: tokens.count / 2)
        var formOf = [Int](repeating: -1, count: tokens.count)
        for (index, token) in tokens.enumerated() where token.kind == .word {
            if let known = formIndex[token.text] { formOf[index] = known; continue }
            let form = WordForm(text: token.text, flags: extractor.lexiconFlags, speakerWords: speakerWords, table: &table)
            formIndex[token.text] = forms.count
            formOf[index] = forms.count
            forms.append(form)
        }
        // The last form stands for tokens that are no word.
        let noWord = forms.count
        forms.append(WordForm(text: nil, flags: extractor.lexiconFlags, speakerWords: speakerWords, table: &table))

        // How often each word form appears capitalised inside sentences and in lower case, by string id.
        var capitalisedInside = [Int](repeating: 0, count: table.count), lowercase = [Int](repeating: 0, count: table.count)
        for index in tokens.indices where formOf[index] >= 0 {
            let form = forms[formOf[index]]
            guard !tokens[index].text.isEmpty else { continue }
            if form.capitalised {
                if !sentenceStart[index] && !inHeadlineSpan(tokens[index].span) { capitalisedInside[Int(form.lowered)] += 1 }
            } else {
                lowercase[Int(form.lowered)] += 1
            }
        }

        // Each form's last-word ids (`lastKeyForm`, `lastSurfaceForm`) and possessive flag, as a common word
        // and as a proper one, worked out when first needed.
        var endForms = [(key: Int32, surface: Int32, possessive: Bool)?](repeating: nil, count: forms.count * 2)
        func wordEndForms(_ form: Int, proper: Bool) -> (key: Int32, surface: Int32, possessive: Bool) {
            let slot = form * 2 + (proper ? 1 : 0)
            if let known = endForms[slot] { return known }
            let f = forms[form]
            let surface = table[proper ? f.surface : f.stripped]
            let value = (table.id(ArticleModel.lastKeyForm(folded: table[f.stripped], proper: proper)),
                         table.id(ArticleModel.lastSurfaceForm(surface)), surface.hasSuffix("'s"))
            endForms[slot] = value
            return value
        }

        // Content words; nil marks a delimiter.
        var words: [Word?] = []
        var roleOrTitle: [Bool] = []
        words.reserveCapacity(tokens.count)
        roleOrTitle.reserveCapacity(tokens.count)
        var afterTitle = false
        var previousPerson = false
        var previous = noWord
        typealias Flag = KeyphraseExtractor.LexiconFlag
        for (index, token) in tokens.enumerated() {
            let formNumber = formOf[index] >= 0 ? formOf[index] : noWord
            let form = forms[formNumber]
            defer {
                previous = formNumber
                roleOrTitle.append(form.roleOrTitle)
            }
            guard token.kind == .word, form.startsWithLetter else {
                words.append(nil); afterTitle = false; previousPerson = false; continue
            }
            let capitalised = form.capitalised
            let foldedFlags = form.strippedFlags
            if foldedFlags & Flag.title != 0 { words.append(nil); afterTitle = true; continue }
            // A title in the possessive ("the President's plan") is no topic either; no name follows it.
            if form.bareFlags & Flag.title != 0 { words.append(nil); afterTitle = false; continue }
            if afterTitle && capitalised { words.append(nil); continue }
            afterTitle = false
            // A news stop word keeps its place inside a name: "New York", "First Lady".
            let insideName = capitalised && !sentenceStart[index] && index + 1 < tokens.count
                && tokens[index + 1].kind == .word && formOf[index + 1] >= 0 && forms[formOf[index + 1]].capitalised
            let bareFlags = form.bareFlags
            let person = inPerson(token.span)
            if bareFlags & Flag.function != 0 || foldedFlags & Flag.function != 0 || bareFlags & Flag.role != 0
                || (!insideName && (bareFlags & Flag.news != 0 || foldedFlags & Flag.news != 0))
                || person || (capitalised && form.speakerWord) {
                words.append(nil); previousPerson = person; continue
            }
            let afterPerson = previousPerson
            previousPerson = false
            let before = forms[previous]
            if (bareFlags & Flag.verb != 0 && capitalisedInside[Int(form.bare)] == 0)
                || (!capitalised && (afterPerson || before.foldedFlags & Flag.beforeVerb != 0))
                || (!capitalised && before.isTo && form.verbSuffix) {
                words.append(nil); continue
            }
            if !capitalised && before.isAuxiliary && form.participleSuffix {
                words.append(nil); continue
            }
            guard form.letters >= 2 else { words.append(nil); continue }
            // In a title-case headline a capital proves nothing: there the body decides.
            let stripped = Int(form.stripped)
            let proper = form.uppercase >= 2 || inName(token.span)
                || (capitalised && (capitalisedInside[stripped] > lowercase[stripped]
                    || (!inHeadlineSpan(token.span) && !sentenceStart[index] && lowercase[stripped] == 0)))
            // A capitalised adjective of nationality ("Russian", "British") is no topic alone.
            let demonym = capitalised && form.uppercase == 1 && form.demonymSuffix
            let end = wordEndForms(formNumber, proper: proper)
            words.append(Word(span: token.span, surface: proper ? form.surface : form.stripped, folded: form.stripped,
                              lastKey: end.key, lastSurface: end.surface, shape: form.shape,
                              proper: proper, demonym: demonym, possessive: end.possessive))
        }

        // Runs of content words. A run right before a role or title word describes a person
        // ("Russian foreign minister", "Russian President") and is dropped.
        // A lower-case "-ing" word before a name is a verb taking it as object ("naming Israel").
        for index in words.indices where index + 1 < words.count {
            if let word = words[index], !word.proper, word.shape & Word.Shape.ing != 0, words[index + 1]?.proper == true { words[index] = nil }
        }

        // "of" (or "of the") between proper words joins them into one name ("House of Lords").
        for index in words.indices where words[index] == nil && index > 0 && words[index - 1]?.proper == true {
            guard tokens[index].text.lowercased() == "of" else { continue }
            var next = index + 1
            if next < tokens.count && tokens[next].text.lowercased() == "the" && words[next] == nil { next += 1 }
            guard next < words.count, let following = words[next], following.proper, !words[index - 1]!.possessive else { continue }
            for k in index..<next {
                let lowered = tokens[k].text.lowercased()
                let id = table.id(lowered)
                words[k] = Word(span: tokens[k].span, surface: id, folded: id,
                                lastKey: table.id(ArticleModel.lastKeyForm(folded: lowered, proper: true)),
                                lastSurface: table.id(ArticleModel.lastSurfaceForm(lowered)), shape: Word.shape(of: lowered),
                                proper: true, demonym: false, possessive: lowered.hasSuffix("'s"))
            }
        }

        // Runs as ranges of `flat`, the content words in order.
        var runRanges: [Range<Int>] = []
        var flat: [Word] = []
        flat.reserveCapacity(words.count)
        var runStart = 0
        for index in 0..<words.count {
            if let word = words[index] { flat.append(word); continue }
            if flat.count > runStart && !roleOrTitle[index] { runRanges.append(runStart..<flat.count) }
            runStart = flat.count
        }
        if flat.count > runStart { runRanges.append(runStart..<flat.count) }

        // Noun-likeness: how often a word form ends a run (adjectives rarely do).
        var endsRun = [Int](repeating: 0, count: table.count), inRuns = [Int](repeating: 0, count: table.count)
        for range in runRanges {
            for i in range { inRuns[Int(flat[i].folded)] += 1 }
            endsRun[Int(flat[range.upperBound - 1].folded)] += 1
        }
        func ends(_ word: Word) -> Int { endsRun[Int(word.folded)] }
        func occursInRuns(_ word: Word) -> Int { inRuns[Int(word.folded)] }
        func nounLike(_ word: Word) -> Bool {
            if word.proper { return !word.demonym }
            let seen = inRuns[Int(word.folded)]
            return endsRun[Int(word.folded)] * 5 >= (seen == 0 ? 1 : seen) * 2
        }

        // Keys: a phrase's words are the folded forms of all but its last word, then the last word's key form.
        var keyIndex: [Gram: Int] = [:]
        keyIndex.reserveCapacity(tokens.count / 2)
        var surfaceIndex: [Gram: Int] = [:]
        var parents: [[(parent: Int, count: Int)]] = []
        func key<C: BidirectionalCollection>(of gram: C) -> Int where C.Element == Word {
            var ids: [Int32] = []
            ids.reserveCapacity(4)
            for word in gram.dropLast() { ids.append(word.folded) }
            ids.append(gram.last!.lastKey)
            let value = Gram(ids)
            if let known = keyIndex[value] { return known }
            let k = keyStrings.count
            keyIndex[value] = k
            keyStrings.append(ids.map { table[$0] }.joined(separator: " "))
            keyWords.append(value)
            frequency.append(0); wordCounts.append(gram.count); surfaces.append([]); inHeadline.append(false)
            properKey.append(false); parents.append([])
            return k
        }
        func addParent(_ child: Int, _ parent: Int) {
            if let slot = parents[child].firstIndex(where: { $0.parent == parent }) { parents[child][slot].count += 1 } else { parents[child].append((parent, 1)) }
        }

        // Candidates: sequences of one to three segments of a run, a segment being one
        // common word or a whole sequence of proper words ("South Dakota"), at most four words.
        typealias Shape = Word.Shape
        func add<C: BidirectionalCollection>(_ gram: C, span: TextSpan) -> Int? where C.Element == Word {
            guard let first = gram.first, let last = gram.last else { return nil }
            if first.shape & Shape.ly != 0 || last.shape & Shape.ly != 0 { return nil }
            if !last.proper && last.shape & Shape.participle != 0 { return nil }
            if gram.count == 1 {
                if !nounLike(first) || (!first.proper && first.shape & Shape.short != 0) { return nil }
                if !first.proper && first.shape & Shape.ing != 0 && occursInRuns(first) < 2 { return nil }
                if !first.proper && first.shape & Shape.adjective != 0 { return nil }
            } else if !last.proper && ends(last) == 0 {
                return nil
            } else if !last.proper && last.shape & Shape.ing != 0 && occursInRuns(last) < 2 {
                return nil  // "records showing": a participle, unless the word recurs ("fox hunting")
            }
            let k = key(of: gram)
            if gram.allSatisfy(\.proper) { properKey[k] = true }
            occurrences.append(Occurrence(key: k, span: span))
            frequency[k] += 1
            wordCounts[k] = gram.count
            var surfaceIDs: [Int32] = []
            surfaceIDs.reserveCapacity(4)
            for word in gram.dropLast() { surfaceIDs.append(word.surface) }
            surfaceIDs.append(last.lastSurface)
            let surfaceGram = Gram(surfaceIDs)
            let s: Int
            if let known = surfaceIndex[surfaceGram] { s = known } else {
                s = surfaceStrings.count
                surfaceIndex[surfaceGram] = s
                surfaceStrings.append(surfaceIDs.map { table[$0] }.joined(separator: " "))
            }
            if let slot = surfaces[k].firstIndex(where: { $0.surface == s }) { surfaces[k][slot].count += 1 } else { surfaces[k].append((s, 1)) }
            if let headline, headline.contains(span) { inHeadline[k] = true }
            return k
        }
        for range in runRanges {
            let run = flat[range]
            let base = range.lowerBound
            var segments: [Range<Int>] = []
            var s = base
            while s < range.upperBound {
                var e = s + 1
                if flat[s].proper { while e < range.upperBound && flat[e].proper && !flat[e - 1].possessive { e += 1 } }
                segments.append(s..<e)
                s = e
            }
            for count in 1...min(3, segments.count) {
                for first in 0...(segments.count - count) {
                    let span = segments[first].lowerBound..<segments[first + count - 1].upperBound
                    guard span.count <= 4 else { continue }
                    // A possessive ends a phrase unless it opens it ("Hitler's birthplace").
                    if span.count > 2 && run[(span.lowerBound + 1)..<(span.upperBound - 1)].contains(where: \.possessive) { continue }
                    let gram = flat[span]
                    guard let k = add(gram, span: TextSpan(gram[gram.startIndex].span.start, gram[gram.endIndex - 1].span.end)) else { continue }
                    if count > 1 {
                        addParent(key(of: flat[segments[first].lowerBound..<segments[first + count - 2].upperBound]), k)
                        addParent(key(of: flat[segments[first + 1].lowerBound..<segments[first + count - 1].upperBound]), k)
                    }
                }
            }
        }

        // "ban on hunting" is also "hunting ban": a noun, "on", and one or two words.
        for index in tokens.indices where index > 0 && index + 1 < tokens.count
            && (formOf[index] >= 0 ? forms[formOf[index]].isOn : tokens[index].text.lowercased() == "on") {
            guard let head = words[index - 1], !head.proper, nounLike(head), let modifier = words[index + 1], !modifier.proper else { continue }
            var gram = [modifier]
            if index + 2 < words.count, let second = words[index + 2], !second.proper, nounLike(second),
               index + 3 >= words.count || words[index + 3] == nil {
                gram.append(second)
            }
            gram.append(head)
            if let k = add(gram, span: TextSpan(head.span.start, gram[gram.count - 2].span.end)) {
                addParent(key(of: [head]), k)
                addParent(key(of: gram.dropLast()), k)
            }
        }
        occurrences.sort { $0.span < $1.span }

        // Salience.
        let keyCount = keyStrings.count
        salience = [Double](repeating: 0, count: keyCount)
        generic = [Bool](repeating: false, count: keyCount)
        var scored: [Int] = []
        for k in 0..<keyCount where frequency[k] > 0 {
            scored.append(k)
            let n = wordCounts[k]
            var score = Double(frequency[k]) * (n == 1 ? 1.0 : n == 2 ? 1.8 : 2.0)
            if inHeadline[k] { score *= 1.5 }
            let text = keyStrings[k]
            if n == 1 && (extractor.genericWords.contains(text) || extractor.genericWords.contains(text + "s")) { score *= 0.25; generic[k] = true }
            if properKey[k] { score *= 1.2 }
            salience[k] = score
        }
        // A phrase that usually stands inside a longer one gives way to it (RAKE's degree):
        // "hunting" mostly in "hunting ban" credits half its score to "hunting ban".
        let byLength = scored.sorted { (wordCounts[$0], keyStrings[$0]) < (wordCounts[$1], keyStrings[$1]) }
        for k in byLength {
            // the parent seen most often with it; on a tie, the one first in alphabetical order
            guard let (parent, count) = parents[k].max(by: { a, b in
                a.count != b.count ? a.count < b.count : keyStrings[b.parent] < keyStrings[a.parent]
            }), frequency[parent] >= 2, Double(count) >= 0.4 * Double(frequency[k]) else { continue }
            let own = salience[k]
            salience[parent] += 0.5 * own
            salience[k] = 0.5 * own
        }
        rankedArticleKeys = select(ranked(scored.filter { !generic[$0] }, by: { salience[$0] }), limit: 20)
        if let top = rankedArticleKeys.first {
            let second = rankedArticleKeys.count > 1 ? salience[rankedArticleKeys[1]] : 0
            if frequency[top] >= 3 && (inHeadline[top] || salience[top] >= 1.5 * second) {
                // The headline's longer phrase for it, if it has one ("hunting" → "hunting ban").
                let topWords = keyWords[top].ids
                let longer = scored.filter { k in
                    guard inHeadline[k] else { return false }
                    let words = keyWords[k].ids
                    return words.count > topWords.count && ArticleModel.contains(words, topWords)
                }
                mainTopic = ranked(longer, by: { salience[$0] }).first ?? top
            }
        }

        // Labels: the most frequent surface form; singular unless the plural dominates.
        labels = keyStrings
        for k in scored {
            var singularCount = 0, pluralCount = 0
            var bestSingular: (String, Int)? = nil, bestPlural: (String, Int)? = nil
            for (s, count) in surfaces[k] {
                let form = surfaceStrings[s]
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
                labels[k] = plural.0
            } else if let single = bestSingular {
                labels[k] = single.0
            } else if let plural = bestPlural {
                labels[k] = KeyphraseExtractor.singularLabel(plural.0)
            }
        }
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

    /// The label of key `k`.
    func label(for k: Int) -> String { labels[k] }

    /// The statement's candidate keys inside `spans`, ranked (count in the spans × article salience).
    mutating func rankedKeys(in spans: [TextSpan]) -> [Int] {
        var local: [(key: Int, count: Int)] = []
        for span in spans {
            var i = occurrences.partitionPoint { $0.span.start < span.start }
            while i < occurrences.count && occurrences[i].span.start < span.end {
                if span.contains(occurrences[i].span) {
                    let k = occurrences[i].key
                    if let slot = local.firstIndex(where: { $0.key == k }) { local[slot].count += 1 } else { local.append((k, 1)) }
                }
                i += 1
            }
        }
        var scores: [Int: Double] = [:]
        for (k, count) in local { scores[k] = Double(count) * salience[k] }
        // Keep phrases that recur in the article, and names; one-off common words go last.
        let ordered = ranked(local.map(\.key), by: { scores[$0] ?? 0 })
        let weak = ordered.map { wordCounts[$0] == 1 && !properKey[$0] && (frequency[$0] < 2 || generic[$0]) }
        var kept = select(ordered.indices.filter { !weak[$0] }.map { ordered[$0] }, limit: 4)
        if kept.isEmpty {
            kept = select(ordered.indices.filter { weak[$0] && !generic[ordered[$0]] }.map { ordered[$0] }, limit: 1)
        }
        return kept
    }

    /// `keys` by score (highest first), then by more words, then alphabetically by key text.
    func ranked(_ keys: [Int], by score: (Int) -> Double) -> [Int] {
        keys.map { (key: $0, score: score($0), words: wordCounts[$0]) }
            .sorted { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.words != b.words { return a.words > b.words }
                return keyStrings[a.key] < keyStrings[b.key]
            }
            .map(\.key)
    }

    /// The id of the singular (`KeyphraseExtractor.singular`) of string `id`, worked out once per id.
    mutating func singularID(_ id: Int32) -> Int32 {
        if Int(id) < singularIDs.count, singularIDs[Int(id)] >= 0 { return singularIDs[Int(id)] }
        let value = table.id(KeyphraseExtractor.singular(table[id]))
        if singularIDs.count < table.count { singularIDs.append(contentsOf: repeatElement(-1, count: table.count - singularIDs.count)) }
        singularIDs[Int(id)] = value
        return value
    }

    /// The first `limit` keys of `ranked`, dropping any that lies inside an
    /// earlier, kept key or contains one (words compared in the singular).
    mutating func select(_ ranked: [Int], limit: Int) -> [Int] {
        var kept: [Int] = []
        var keptWords: [[Int32]] = []
        for k in ranked {
            let words = keyWords[k].ids.map { singularID($0) }
            if keptWords.contains(where: { ArticleModel.contains($0, words) || ArticleModel.contains(words, $0) }) { continue }
            kept.append(k)
            keptWords.append(words)
            if kept.count == limit { break }
        }
        return kept
    }

    /// True when `inner` occurs as a contiguous sequence in `outer`.
    static func contains(_ outer: [Int32], _ inner: [Int32]) -> Bool {
        guard inner.count <= outer.count, !inner.isEmpty else { return false }
        for start in 0...(outer.count - inner.count) where outer[start..<(start + inner.count)].elementsEqual(inner) { return true }
        return false
    }
}
