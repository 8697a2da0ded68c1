/// Finds the mentions, entities and statements of one article.
///
/// Statements come from three readings, run in this order over the body
/// (nothing before `bodyStart`, the headline, is a statement):
/// 1. cues from `attribution-cues.txt` outside quotes: `X said (that) A`,
///    `X told Y A`, `“A,” X said`, `“A,” said X`, `A, X said.`, `X, who …, said`,
///    `…, saying A`, `according to X, A`, `A. This was announced by X.`;
/// 2. quotes with no cue of their own: a colon introduction (`From Chair X:`
///    then `“…”`), a trailing dash attribution (`“…” — X`), or a quote standing
///    alone at a sentence start, given to the previous statement's speaker
///    (continuation) or to the person the previous sentence brings in (inferred);
/// 3. speaker resolution in text order: names to their entity, pronouns to the
///    nearest agreeing person, role descriptions to the person the article gives
///    that role or nationality, unnamed sources kept as their description.
/// In a transcript, each speaker turn's paragraphs become statements of the
/// turn's speaker (`TranscriptTurns`).
/// A quote of three words or fewer is never a statement of its own.
public struct AttributionAnalyzer: Sendable {
    /// What the stage returns for one article.
    public struct Result: Sendable {
        /// Mentions of people, organisations and places, in text order (names, and the
        /// pronouns and descriptions that name a statement's source).
        public var mentions: [Mention]
        /// The entities those mentions resolve to.
        public var entities: [Entity]
        /// Statements in text order, with sources resolved; dates and topics not yet set.
        public var statements: [Statement]

        /// Makes a result.
        public init(mentions: [Mention], entities: [Entity], statements: [Statement]) {
            self.mentions = mentions
            self.entities = entities
            self.statements = statements
        }
    }

    let lexicon: AttributionLexicon
    let mentionLexicon: MentionLexicon

    /// Makes an analyzer with the bundled lexicons (loaded once per process).
    public init() {
        lexicon = .shared
        mentionLexicon = .shared
    }

    /// Analyzes one article.
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - sentences: its sentences, in order.
    ///   - articleID: the article's id, for statement ids.
    ///   - bodyStart: scalar offset of the body; nothing before it (the headline) is a statement.
    /// - Returns: mentions, entities and statements; all spans count Unicode scalars.
    public func analyze(text: ScalarText, sentences: [Sentence], articleID: String, bodyStart: Int) -> Result {
        var reader = AttributionReader(text: text, sentences: sentences, bodyStart: bodyStart, lexicon: lexicon, mentionLexicon: mentionLexicon)
        var result = reader.run(articleID: articleID)
        // a transcript: each speaker turn is a statement of its speaker
        if let turns = TranscriptTurns.find(text: text, bodyStart: bodyStart) {
            TranscriptTurns.apply(turns, to: &result, text: text, sentences: sentences, articleID: articleID, bodyStart: bodyStart,
                                  mentionLexicon: mentionLexicon, unnamedHeads: lexicon.unnamedHeads)
        }
        return result
    }
}

/// Who a found statement's speaker is, before resolution.
enum SpeakerRef {
    case mention(Int)
    case pronoun(Int)
    case description(Int, Int)
    case previous(SpeakerResolution)
    case subject(Int)
    case none
}

/// A statement found, before its speaker is resolved.
struct FoundStatement {
    var content: [TextSpan]
    var cueText: String?
    var cueSpan: TextSpan?
    var speaker: SpeakerRef
    var speakerSpan: TextSpan?
    var channel: String?
    var sentences: Set<Int>
    /// Where the attribution stands, for ordering resolution.
    var anchor: Int
    var start: Int { content.first?.start ?? 0 }
    var end: Int { content.last?.end ?? 0 }
}

/// The per-article state of statement extraction.
struct AttributionReader {
    let text: ScalarText
    let sentences: [Sentence]
    let bodyStart: Int
    let lexicon: AttributionLexicon
    let mentionLexicon: MentionLexicon
    let tokens: [WordToken]
    var sentenceTokens: [Range<Int>]
    var quotes: [QuoteRegion] = []
    /// For each token, the quote region whose content or marks hold it, or -1.
    var quoteAt: [Int]
    var cueAt: [Int]
    var mentionSet: MentionSet
    var found: [FoundStatement] = []
    /// For each token, true when it lies in the content of a found statement (set once the
    /// statements are found, before their speakers are resolved; empty before).
    var inContent: [Bool] = []

    init(text: ScalarText, sentences: [Sentence], bodyStart: Int, lexicon: AttributionLexicon, mentionLexicon: MentionLexicon) {
        self.text = text
        self.sentences = sentences
        self.bodyStart = bodyStart
        self.lexicon = lexicon
        self.mentionLexicon = mentionLexicon
        let tokens = SingleQuotes.promote(WordTokenizer.tokenize(text, sentences: sentences), text: text)
        self.tokens = tokens
        var ranges = [Range<Int>](repeating: 0..<0, count: sentences.count)
        var k = 0
        for s in sentences.indices {
            while k < tokens.count && (tokens[k].sentence < s) { k += 1 }
            let lo = k
            while k < tokens.count && tokens[k].sentence == s { k += 1 }
            ranges[s] = lo..<k
        }
        sentenceTokens = ranges
        var cueAt = [Int](repeating: 0, count: tokens.count)
        for i in tokens.indices { cueAt[i] = lexicon.cueLength(at: i, in: tokens) ?? 0 }
        // a capitalised cue word inside a sentence is part of a name or title ("the United States", "Federal
        // Reserve States"), not a verb; at a sentence start, after a quote mark or a bracket it stays a cue
        for i in tokens.indices where cueAt[i] > 0 && tokens[i].isCapitalised && i > 0 {
            let s = tokens[i].sentence
            guard s >= 0, s < ranges.count, i > ranges[s].lowerBound else { continue }
            let before = tokens[i - 1]
            if before.kind == .quote || ["(", "[", "—", "–", "-", ":", "\""].contains(before.text) { continue }
            cueAt[i] = 0
        }
        // a one-word cue in -s that stands as a noun is no cue: after a determiner or preposition ("the reports that",
        // "amid claims"), as the object of an infinitive ("to deny reports that") or of a past-tense verb ("dismissed
        // claims that"); "reports that" is then a noun complement, not what the person before it said
        for i in tokens.indices where cueAt[i] == 1 && i > 0 && tokens[i].kind == .word {
            let w = tokens[i].lower
            guard w.hasSuffix("s"), !w.hasSuffix("ss"), tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].kind == .word else { continue }
            let before = tokens[i - 1].lower
            let c = lexicon.words[before]
            let objectOfVerb = (i > 1 && tokens[i - 2].lower == "to" && c == nil) || (before.hasSuffix("ed") && !tokens[i - 1].isCapitalised && c == nil)
            if c == "det" || c == "prep" || objectOfVerb { cueAt[i] = 0 }
        }
        self.cueAt = cueAt
        let quotes = QuoteFinder.find(tokens: tokens, text: text)
        self.quotes = quotes
        var quoteAt = [Int](repeating: -1, count: tokens.count)
        for (q, r) in quotes.enumerated() { for i in r.openToken...r.closeToken { quoteAt[i] = q } }
        self.quoteAt = quoteAt
        let cues = cueAt
        let toks = tokens
        mentionSet = MentionFinder.find(text: text, tokens: tokens, lexicon: mentionLexicon) { i in
            // a speaker slot: a cue follows (after aux words) or precedes the word; "Sources", "Officials" are descriptions
            if lexicon.unnamedHeads.contains(toks[i].lower) { return false }
            var j = i + 1
            while j < toks.count, j < i + 4, lexicon.words[toks[j].lower] == "aux", toks[j].text != "," { j += 1 }
            if j < toks.count, cues[j] > 0 { return true }
            guard i > 0, toks[i - 1].sentence == toks[i].sentence else { return false }
            return cues[i - 1] > 0 || i > 1 && toks[i - 2].lower == "according" && toks[i - 1].lower == "to"
        }
    }

    /// Index of the first token that starts at or after scalar `offset` (binary search).
    func tokenIndex(atOrAfter offset: Int) -> Int {
        tokens.partitionPoint { $0.start < offset }
    }

    func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].lower : "" }
    func cls(_ i: Int) -> String? { i >= 0 && i < tokens.count ? lexicon.words[tokens[i].lower] : nil }
    func inQuote(_ i: Int) -> Bool { quoteAt[i] >= 0 }
    func isMark(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .quote }
    func isPunct(_ i: Int, _ set: Set<String>) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && set.contains(tokens[i].text) }
    static let sentenceEnd: Set<String> = [".", "!", "?", "…"]
    /// Words of time phrases that may follow a cue ("said last week").
    static let timeWords: Set<String> = ["yesterday", "today", "tonight", "last", "night", "week", "month", "year", "this", "morning",
                                         "evening", "afternoon", "later", "earlier", "again", "also", "recently", "previously"]
    /// Nouns that end the name of a medium ("BBC Radio 4's Today programme").
    static let mediaNouns: Set<String> = ["programme", "program", "show", "newspaper", "radio", "television", "channel", "website",
                                          "magazine", "podcast", "agency", "station", "broadcaster", "daily", "weekly"]
    /// Words that open a question of the article's own.
    static let questionOpeners: Set<String> = ["did", "does", "do", "will", "would", "could", "can", "should", "is", "was", "are",
                                               "were", "has", "have", "why", "what", "how", "who", "when", "where", "which"]
    static let dashes: Set<String> = ["-", "—", "–", "―"]

    // MARK: noun groups

    /// A noun group starting at `p`, ending before `limit`: the speaker slot of a cue.
    func nounGroup(from p: Int, limit: Int) -> (hi: Int, ref: SpeakerRef)? {
        guard p < limit, p < tokens.count else { return nil }
        let first = tokens[p]
        if first.kind == .word, ["he", "she", "they", "it", "him", "them"].contains(first.lower)
            || (first.lower == "her" && (p + 1 >= limit || tokens[p + 1].kind != .word)) { return (p + 1, .pronoun(p)) }
        var q = p
        var head: Int?        // mention that heads the group
        var complement = false // words other than the head mention
        var afterHead = false  // words after the head mention
        while q < limit && q - p < 14 {
            let u = tokens[q]
            let m = mentionSet.mentionAtToken[q]
            if m >= 0 {
                let nm = mentionSet.mentions[m]
                let afterOf = q > p && (word(q - 1) == "of" || word(q - 1) == "for" || (word(q - 1) == "the" && (word(q - 2) == "of" || word(q - 2) == "for")))
                if !afterOf {
                    if head == nil || mentionSet.entities[nm.entity].entity.kind == .person { head = m }
                }
                q = max(q + 1, nm.endToken)
                // the closing period of an abbreviated name ("the S.E.C."), written without a space
                if q < limit, tokens[q].text == ".", tokens[q].start == tokens[q - 1].end, text[nm.mention.span].contains(".") { q += 1 }
                if nm.possessive { complement = true; head = nil; continue }
                if tokens[min(q, tokens.count - 1)].text == "(", q < limit {
                    var k = q + 1
                    while k < limit && tokens[k].text != ")" && k < q + 6 { k += 1 }
                    if k < limit && tokens[k].text == ")" { q = k + 1 }
                }
                if word(q) == "and", q + 1 < limit, mentionSet.mentionAtToken[q + 1] >= 0 { q += 1; continue }
                if word(q) == "and", word(q + 1) == "the", q + 2 < limit, mentionSet.mentionAtToken[q + 2] >= 0 { q += 2; continue }
                if word(q) == "of" || (word(q) == "'s") { continue }
                if q < limit {
                    // "White House press secretary Ana Berg", "UKIP officials": the name modifies a role noun
                    var k = q
                    var modifies = false
                    while k < limit && k < q + 4, tokens[k].kind == .word, !tokens[k].isCapitalised, lexicon.words[tokens[k].lower] == nil, cueAt[k] == 0 {
                        if lexicon.unnamedHeads.contains(tokens[k].lower) || mentionLexicon.roles[tokens[k].lower] != nil { modifies = true }
                        k += 1
                    }
                    if k < limit, k > q, mentionSet.mentionAtToken[k] >= 0 { modifies = true }
                    if mentionSet.entities[nm.entity].entity.kind == .person {
                        // a person name modifies only when another name follows ("Liberal Democrat leader Charles Kennedy")
                        modifies = k < limit && k > q && mentionSet.mentionAtToken[k] >= 0
                        if modifies { head = nil }
                    }
                    if modifies { continue }
                }
                break
            }
            guard u.kind == .word || u.kind == .number else { break }
            let c = lexicon.words[u.lower]
            if c == "det" && (q == p || word(q - 1) == "of" || word(q - 1) == "for") { q += 1; continue }
            if u.lower == "of" && q > p { q += 1; complement = true; continue }
            if u.lower == "for" && q > p && (lexicon.unnamedHeads.contains(word(q - 1)) || mentionLexicon.roles[word(q - 1)] != nil) { q += 1; complement = true; continue }
            if c != nil || cueAt[q] > 0 { break }
            if u.lower.hasSuffix("ly") && !u.isCapitalised && u.lower.count > 4 { break }
            complement = true
            if head != nil { afterHead = true }
            q += 1
        }
        while q > p && (word(q - 1) == "of" || word(q - 1) == "for" || cls(q - 1) == "det") { q -= 1 }
        guard q > p else { return nil }
        if let h = head {
            let kind = mentionSet.entities[mentionSet.mentions[h].entity].entity.kind
            if kind == .person { return (q, .mention(h)) }
            if kind == .organisation {
                // "the Interior Ministry", not "a spokesman for UKIP"
                let nm = mentionSet.mentions[h]
                if !afterHead && (nm.titleStart <= p + 1 || !complement) { return (q, .mention(h)) }
            }
            if kind == .place && !complement {
                // a country or city standing for its government right before the cue ("North Korea said", "Moscow insisted")
                let nm = mentionSet.mentions[h]
                if q == limit && q < tokens.count && (cueAt[q] > 0 || cls(q) == "aux") && nm.titleStart == p { return (q, .mention(h)) }
                return nil
            }
        }
        // a description must have a lexicon head to be a speaker
        let words = tokens[p..<q].map { $0.lower }
        if words.contains(where: { lexicon.unnamedHeads.contains($0) || mentionLexicon.roles[$0] != nil }) {
            return (q, .description(p, q))
        }
        return nil
    }

    /// The subject of the cue at `c` in the sentence `range`, with where it starts.
    func subject(before c: Int, in range: Range<Int>) -> (lo: Int, hi: Int, ref: SpeakerRef)? {
        if let found = subject(before: c, in: range, pastAnd: false) { return found }
        // "Experts on North Korea and nuclear policy said": the "and" joins the modifier, not two clauses
        if let found = subject(before: c, in: range, pastAnd: true) { return found }
        // "Authorities announced an arrest and said …": a cue right after "and" shares the subject that opens the
        // sentence, unless a cue between reports a clause whose subject is a person named right after it
        // ("Merrill says Machado promised … and said": Machado's)
        let a = skipAuxBack(c, floor: range.lowerBound)
        // (the noun group must end before that "and": in "Ms. And said" the "And" is a name)
        if a - 1 > range.lowerBound, word(a - 1) == "and", !inQuote(a - 1), let np = nounGroup(from: range.lowerBound, limit: a - 1),
           np.hi <= a - 1 {
            let firstCue = (np.hi..<(a - 1)).first { cueAt[$0] > 0 }
            let newSubject = firstCue.map { f in
                let m = f + 1 < a - 1 ? mentionSet.mentionAtToken[f + 1] : -1
                return m >= 0 && mentionSet.entities[mentionSet.mentions[m].entity].entity.kind == .person
            } ?? false
            if !newSubject {
                switch np.ref {
                case .mention, .pronoun, .description: return (range.lowerBound, np.hi, np.ref)
                default: break
                }
            }
        }
        return nil
    }

    /// `subject(before:in:)`, walking back past one "and" that joins lower-case words when `pastAnd`.
    private func subject(before c: Int, in range: Range<Int>, pastAnd: Bool) -> (lo: Int, hi: Int, ref: SpeakerRef)? {
        var b = c - 1
        var passedAnd = !pastAnd
        while b >= range.lowerBound {
            let t = tokens[b]
            if t.text == ")" {
                var k = b - 1
                while k > range.lowerBound && tokens[k].text != "(" && b - k < 8 { k -= 1 }
                if k >= range.lowerBound, tokens[k].text == "(" { b = k - 1; continue }
            }
            if t.kind == .quote || inQuote(b) || (t.kind == .punctuation && t.text != "'s" && t.text != "." && t.text != "-") { break }
            // a spaced hyphen ends a dateline ("NEW YORK, March 2 - Acme Corp said"), unlike one inside a name
            if t.text == "-", b > range.lowerBound, tokens[b - 1].end < t.start, b + 1 < tokens.count, t.end < tokens[b + 1].start { break }
            if t.lower == "and", b > range.lowerBound, mentionSet.mentionAtToken[b - 1] >= 0 || tokens[b - 1].text == ")",
               mentionSet.mentionAtToken[b + 1] >= 0 || (word(b + 1) == "the" && b + 2 < c && mentionSet.mentionAtToken[b + 2] >= 0) {
                b -= 1 // "BioNTech and Pfizer said": one joint subject
                continue
            }
            if !passedAnd, t.lower == "and", b + 1 < c, !tokens[b + 1].isCapitalised, cls(b + 1) == nil {
                passedAnd = true
                b -= 1
                continue
            }
            if t.kind == .word, lexicon.words[t.lower] == "bound" || cueAt[b] > 0 { break }
            b -= 1
        }
        if pastAnd && !passedAnd { return nil }
        var start = b + 1
        while start < c, cls(start) == "aux" { start += 1 }
        guard start < c else { return nil }
        var p = start
        var objectOfPreposition = -1
        // an opening preposition phrase without a comma ("On Friday the minister said")
        for _ in 0..<2 {
            if let np = nounGroup(from: p, limit: c) {
                var gap = np.hi
                var ok = true
                let gapStart = gap
                while gap < c {
                    if gap - gapStart > 7 { ok = false; break }
                    gap += 1
                }
                // the preposition's own object right before a participle cue is no subject ("In a statement announcing …",
                // unlike "In a Bloomberg interview Trump declared …")
                if ok && np.hi == c && objectOfPreposition == p && word(c).hasSuffix("ing") { return nil }
                if ok && (np.hi == c || cls(np.hi) == "aux" || cls(np.hi) == "prep") { return (p, np.hi, np.ref) }
            }
            if cls(p) == "prep" {
                // skip to the next determiner, pronoun or capitalised word after the phrase
                var k = p + 1
                while k < c && cls(k) != "det" && cls(k) != "pron" && !tokens[k].isCapitalised { k += 1 }
                if k >= c { break }
                // "with X saying": the absolute construction makes the object of "with" the subject
                if k == p + 1 && word(p) != "with" { objectOfPreposition = k }
                p = k
            } else { break }
        }
        return nil
    }

    /// Skips auxiliaries and adverbs backwards from `i` (exclusive).
    func skipAuxBack(_ i: Int, floor: Int) -> Int {
        var b = i
        while b > floor, cls(b - 1) == "aux", tokens[b - 1].kind == .word { b -= 1 }
        return b
    }

    /// A channel phrase starting between `lo` and `hi`, as written and extended by "with X".
    func channel(in lo: Int, _ hi: Int) -> String? {
        var i = lo
        while i < hi {
            if let n = lexicon.channelLength(at: i, in: tokens) {
                var e = i + n
                if tokens[e - 1].isCapitalised {
                    e = mediumNameEnd(from: e, limit: hi) // "told BBC Radio 4's Today programme"
                } else if word(e) == "with" || word(e) == "to" || word(e) == "on" {
                    var k = e + 1
                    if ["the", "a", "an"].contains(word(k)) { k += 1 }
                    if k < hi, tokens[k].isCapitalised, !mentionLexicon.notNames.contains(tokens[k].text) {
                        e = mediumNameEnd(from: k, limit: hi)
                    }
                }
                return text[TextSpan(tokens[i].start, tokens[e - 1].end)]
            }
            if cueAt[i] > 0, ["told", "tells", "telling"].contains(word(i)), i + 1 < hi {
                let m = mentionSet.mentionAtToken[i + 1] >= 0 ? mentionSet.mentionAtToken[i + 1] : (cls(i + 1) == "det" && i + 2 < hi ? mentionSet.mentionAtToken[i + 2] : -1)
                if m >= 0, mentionSet.entities[mentionSet.mentions[m].entity].entity.kind == .organisation {
                    let start = mentionSet.mentions[m].titleStart
                    let e = max(mentionSet.mentions[m].endToken, mediumNameEnd(from: start, limit: hi))
                    return text[TextSpan(tokens[i].start, tokens[e - 1].end)] // "told Radio Nord's Morning Show"
                }
            }
            i += 1
        }
        return nil
    }

    /// One past the end of a medium's name starting at `k`: capitalised words, numbers, possessives
    /// and media nouns ("BBC Radio 4's Today programme"); it does not start with a weekday or month.
    func mediumNameEnd(from k: Int, limit: Int) -> Int {
        var e = k
        while e < limit && e < k + 8 {
            let t = tokens[e]
            let capitalised = t.isCapitalised && (e > k || !mentionLexicon.notNames.contains(t.text))
            let numberish = t.kind == .number || (t.lower.first?.isNumber ?? false)
            if t.kind == .word && (capitalised || AttributionReader.mediaNouns.contains(t.lower)) || numberish { e += 1 } else { break }
        }
        return e
    }

    /// The content spans of a quote region.
    func quoteSpans(_ q: Int) -> [TextSpan] { quotes[q].pieces }

    /// Sentences covered by `spans`.
    func sentencesOf(_ spans: [TextSpan]) -> Set<Int> {
        var out = Set<Int>()
        for span in spans {
            for (s, sentence) in sentences.enumerated() where sentence.span.overlaps(span) { out.insert(s) }
        }
        return out
    }

    /// Trims punctuation at the ends of a token range and returns its span.
    func contentSpan(_ lo: Int, _ hi: Int) -> TextSpan? {
        var a = lo, b = hi
        while a < b, tokens[a].kind == .punctuation { a += 1 }
        while b > a, tokens[b - 1].kind == .punctuation { b -= 1 }
        guard a < b else { return nil }
        return TextSpan(tokens[a].start, tokens[b - 1].end)
    }

    /// Content after an attribution ending at token `p` in the sentence `range`; with `infinitive`,
    /// the content starts right at `p` ("to cut taxes") without skipping to a later "that".
    func contentAfter(_ p0: Int, in range: Range<Int>, told: Bool = false, infinitive: Bool = false) -> (spans: [TextSpan], lo: Int)? {
        var p = infinitive ? p0 : skipToContent(p0, in: range, told: told)
        if isPunct(p, [",", ":"]) { p += 1 }
        if p == p0, told, !isMark(p) {
            // "told reporters the plan …", "told Radio 4's Today the government's …": the content starts after the listener
            if let k = listenerEnd(from: p, in: range) { p = k }
            if isPunct(p, [",", ":"]) { p += 1 }
        }
        guard p < range.upperBound else { return nil }
        if isMark(p), quoteAt[p] >= 0, quotes[quoteAt[p]].openToken == p {
            let q = quotes[quoteAt[p]]
            var spans = q.pieces
            // text after the quote in the same sentence belongs to the content too
            if q.closeToken + 1 < range.upperBound, let rest = contentSpan(q.closeToken + 1, range.upperBound),
               tokens[q.closeToken + 1].kind != .punctuation || tokens[q.closeToken + 1].text != ",",
               cueAt[q.closeToken + 1] == 0 { // `“A,” adding that B`: another attribution follows the quote
                spans.append(rest)
                return ([TextSpan(spans[0].start, rest.end)], p)
            }
            return (spans, p)
        }
        var end = range.upperBound
        // a quote that opens in the content and closes in a later sentence extends it
        for i in p..<range.upperBound where quoteAt[i] >= 0 && quotes[quoteAt[i]].closeToken >= range.upperBound {
            end = quotes[quoteAt[i]].closeToken
            break
        }
        // a comma or dash followed closely by another cue starts another attribution
        // ("A, though she acknowledged B", "A, even suggesting B"): the content ends there
        if end == range.upperBound {
            var k = p + 2
            search: while k < end {
                // not a relative clause of the content ("the system, which advocates say hurts schools")
                // a concessive clause after a comma is the writer's, not the speaker's ("A, although he refused B")
                if !inQuote(k), isPunct(k, [","]), ["although", "though", "whereas"].contains(word(k + 1)) { end = k; break search }
                // a semicolon outside quotes ends reported speech: what follows is the writer's ("A; they only learned B")
                if !inQuote(k), isPunct(k, [";"]) { end = k; break search }
                // a coordinated clause with its own cue is another attribution ("A and Democrats accused B", "A while 73 percent said B")
                if !inQuote(k), ["and", "but", "while", "whereas"].contains(word(k)) {
                    var j = k + 1
                    while j < end && j <= k + 4 && tokens[j].kind == .word && !inQuote(j) {
                        if cueAt[j] > 0 { end = k; break search }
                        j += 1
                    }
                }
                if !inQuote(k), isPunct(k, [",", ";", "―", "—", "–", "--"]), !["which", "who", "whom", "where", "that", "whose"].contains(word(k + 1)) {
                    var j = k + 1
                    while j < end && j <= k + 4 && tokens[j].kind == .word && !inQuote(j) {
                        if cueAt[j] > 0 { end = k; break search }
                        j += 1
                    }
                }
                k += 1
            }
        }
        guard let span = contentSpan(p, end) else { return nil }
        return ([span], p)
    }

    /// Weekday and month names, lower case, from `weekdays-en.txt` and `months-en.txt`: after a
    /// listener they date the telling ("told reporters on Saturday …") and are no content.
    static let calendarNames: Set<String> = {
        var names = Set<String>()
        for file in ["weekdays-en.txt", "months-en.txt"] {
            for line in ResourceFile.lines(file) { names.formUnion(line.split(separator: " ").dropFirst().map(String.init)) }
        }
        return names
    }()
    /// Object pronouns that are a whole listener ("told him the plan …").
    static let objectPronouns: Set<String> = ["him", "her", "them", "us", "me", "you"]

    /// One past the listener of "told" (its object) that starts at token `p`, and past a time phrase
    /// after it, when the content follows without "that": "told reporters | the plan …",
    /// "told a news conference | the party …", "told Radio 4's Today | the government's …",
    /// "told visiting U.S. Secretary of State George Shultz | China's …", "told MPs and peers | …",
    /// "told reporters on Saturday | it …". The listener is an optional determiner, then
    /// capitalised words, numbers and possessives, lower-case nouns (words of no function class,
    /// at most three; a plural one ends it), or one mention; a person's name ends it, and an organisation's or place's
    /// name ends it unless a possessive, a number ("Radio 4's") or, after a place, a capitalised word
    /// ("U.S. Secretary of State") goes on. Nil when no
    /// listener of at most ten tokens is found or nothing follows it in the sentence.
    func listenerEnd(from p: Int, in range: Range<Int>) -> Int? {
        let limit = min(range.upperBound, p + 10)
        var k = p
        if AttributionReader.objectPronouns.contains(word(k)) { k += 1 } else {
            if cls(k) == "det" { k += 1 }
            var lowerNouns = 0
            head: while k < limit {
                let t = tokens[k]
                let m = mentionSet.mentionAtToken[k]
                if m >= 0 {
                    let mention = mentionSet.mentions[m]
                    let kind = mentionSet.entities[mention.entity].entity.kind
                    k = max(k + 1, mention.endToken)
                    if kind == .person { break head }
                    let possessive = tokens[k - 1].lower.hasSuffix("'s") || tokens[k - 1].lower.hasSuffix("’s")
                        || (k < limit && (tokens[k].lower == "'s" || tokens[k].lower == "’s"))
                    if possessive { if k < limit && (tokens[k].lower == "'s" || tokens[k].lower == "’s") { k += 1 }; continue }
                    if kind == .place, k < limit, tokens[k].isCapitalised, tokens[k].kind == .word { continue } // "U.S. Secretary of State …"
                    if k < limit, tokens[k].kind == .number || tokens[k].lower.first?.isNumber == true { continue } // "Radio 4's Today"
                    break head
                }
                if t.kind == .word && t.isCapitalised && !["pron", "bound"].contains(cls(k) ?? "") && (k == p || cls(k) != "det") {
                    k += 1
                } else if t.kind == .number || t.lower.first?.isNumber == true || t.lower == "'s" || t.lower == "’s" {
                    k += 1
                } else if t.text == ".", k > p, tokens[k - 1].text.unicodeScalars.count == 1, tokens[k - 1].isCapitalised {
                    k += 1 // "U.S."
                } else if t.lower == "of", k > p, tokens[k - 1].isCapitalised, k + 1 < limit, tokens[k + 1].isCapitalised {
                    k += 1 // "Secretary of State"
                } else if t.kind == .word, !t.isCapitalised, cls(k) == nil, !AttributionReader.calendarNames.contains(t.lower),
                          cueAt[k] == 0, lowerNouns < 3 {
                    lowerNouns += 1
                    k += 1
                    // a plural noun heads the listener ("reporters", "shareholders"): what follows is content
                    if t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss") && t.lower != "news" && word(k) != "and" { break }
                } else if t.lower == "and", k > p, k + 1 < limit, tokens[k + 1].kind == .word, cls(k + 1) == nil {
                    k += 1 // "MPs and peers"
                } else { break }
            }
        }
        guard k > p else { return nil }
        // a time phrase after the listener: "on Saturday", "last Thursday", "this month", "yesterday"
        if word(k) == "on", AttributionReader.calendarNames.contains(word(k + 1)) { k += 2 }
        else if ["last", "this", "next"].contains(word(k)), k + 1 < range.upperBound,
                AttributionReader.calendarNames.contains(word(k + 1)) || cls(k + 1) == "aux" { k += 2 }
        else if AttributionReader.calendarNames.contains(word(k)) || ["yesterday", "today", "tonight"].contains(word(k)) && !tokens[k].isCapitalised { k += 1 }
        guard k < range.upperBound, k - p <= 12, tokens[k].kind != .punctuation || isPunct(k, [",", ":"]) else { return nil }
        return k
    }

    /// Content before an attribution starting at token `a` in the sentence `range`.
    func contentBefore(_ a: Int, in range: Range<Int>) -> [TextSpan]? {
        var e = a
        while e > range.lowerBound, tokens[e - 1].kind == .punctuation, !isMark(e - 1) { e -= 1 }
        if isMark(e - 1), quoteAt[e - 1] >= 0, quotes[quoteAt[e - 1]].closeToken == e - 1 {
            let q = quotes[quoteAt[e - 1]]
            // `… is that A and “B,” X said`: a quote that opens after words of the sentence is part of mixed content
            if q.openToken > range.lowerBound, tokens[q.openToken - 1].kind == .word, !inQuote(q.openToken - 1) || quoteAt[q.openToken - 1] == quoteAt[e - 1],
               let lead = contentSpan(range.lowerBound, q.openToken) {
                return [TextSpan(lead.start, q.pieces.last!.end)]
            }
            return quoteSpans(quoteAt[e - 1])
        }
        // `"A," hunt master, Captain X, said`: a quote closing a few words before the attribution
        var k = e - 1
        while k >= range.lowerBound && k >= e - 8 && !isMark(k) && cueAt[k] == 0 { k -= 1 }
        if k >= range.lowerBound, isMark(k), quoteAt[k] >= 0, quotes[quoteAt[k]].closeToken == k, isPunct(k + 1, [","]) || isPunct(k - 1, [","]) {
            return quoteSpans(quoteAt[k])
        }
        guard e > range.lowerBound, let span = contentSpan(range.lowerBound, e) else { return nil }
        return [span]
    }

    /// A name a few modifier words after `p` ("said 9/11 widow Terry Strada"): a person or organisation
    /// mention within six tokens, with no cue, clause word or quote mark before it.
    func nameAfterModifiers(_ p: Int, in range: Range<Int>) -> (hi: Int, ref: SpeakerRef)? {
        var k = p
        while k < range.upperBound && k < p + 6 {
            let m = mentionSet.mentionAtToken[k]
            if m >= 0 {
                let kind = mentionSet.entities[mentionSet.mentions[m].entity].entity.kind
                return kind == .person || kind == .organisation ? (mentionSet.mentions[m].endToken, .mention(m)) : nil
            }
            // "said of RT", "said on Fox News": a name after a preposition is what the cue is about, or its channel
            if isMark(k) || cueAt[k] > 0 || cls(k) == "bound" || cls(k) == "pron" || cls(k) == "prep" || word(k) == "of" || isPunct(k, [",", ".", ";", ":"]) { return nil }
            k += 1
        }
        return nil
    }

    /// A person named in apposition after a description ending at `p`: `a virologist, member of …, Sergey Netesov`.
    /// Only commas and description words (no cue, clause word or quote) may stand between.
    func appositiveName(after p: Int, in range: Range<Int>) -> (mention: Int, hi: Int)? {
        guard isPunct(p, [","]) else { return nil }
        var k = p + 1
        while k < range.upperBound && k < p + 40 {
            let m = mentionSet.mentionAtToken[k]
            if m >= 0, mentionSet.entities[mentionSet.mentions[m].entity].entity.kind == .person {
                let end = mentionSet.mentions[m].endToken
                if end >= range.upperBound || isPunct(end, [",", ".", ";"]) || cls(end) == "prep" { return (m, end) }
                return nil
            }
            if isMark(k) || cueAt[k] > 0 || (cls(k) == "bound" && word(k) != "and") || cls(k) == "pron" || cls(k) == "aux" && tokens[k].kind == .word { return nil }
            k += 1
        }
        return nil
    }

    /// True when a quote closes at most six tokens before `i` with only capitalised words and commas between
    /// (`"A," Interior Minister X said`, where a title word was not taken into the name).
    func quoteCloses(before i: Int, in range: Range<Int>) -> Bool {
        var k = i - 1
        while k >= range.lowerBound && k >= i - 6 {
            if isMark(k) { return quoteAt[k] >= 0 && quotes[quoteAt[k]].closeToken == k && (isPunct(k - 1, [",", "!", "?"]) || isPunct(k + 1, [","])) }
            if !(tokens[k].isCapitalised || isPunct(k, [","])) { return false }
            k -= 1
        }
        return false
    }

    /// Subordinators that open an introductory adverbial clause ("When the vote closed, X said …").
    static let subordinators: Set<String> = ["when", "while", "after", "before", "as", "if", "although", "though", "since",
                                             "because", "once", "until", "unlike", "whereas"]

    /// True when unquoted content found before a subject (`content`, ending at the comma before token `subjectLo`)
    /// is only an introductory adverbial: every comma-separated chunk opens (after "but"/"and") with a
    /// preposition or a subordinator, or the first opens with a capitalised -ing or -ed word before a preposition
    /// ("In one tweet Friday, X said: …", "Heading into the debate, X told …", "Asked to describe it, X said …",
    /// "But when Congress cut funding, X said …").
    /// "In May, the plant will close, X said" is content: its second chunk opens with "the".
    /// When the attribution interrupts the clause (`interrupting`: `A, X said, B`), only a preposition
    /// phrase counts ("During his years in office, X said, B"); a subordinate clause or a "to" phrase
    /// is part of the content ("Though the change was smooth, he said, B"), as PolNeAR marks it.
    func isIntroductoryPhrase(_ content: [TextSpan], before subjectLo: Int, interrupting: Bool) -> Bool {
        guard content.count == 1 else { return false }
        let lo = tokenIndex(atOrAfter: content[0].start)
        guard lo < subjectLo, !isMark(lo), !inQuote(lo) else { return false }
        var chunkStart = lo
        var k = lo
        while k <= subjectLo - 1 {
            if k == subjectLo - 1 || isPunct(k, [","]) {
                if k > chunkStart {
                    var f = chunkStart
                    if ["but", "and", "yet"].contains(word(f)) { f += 1 }
                    let w = word(f)
                    let preposition = cls(f) == "prep" && w != "to" && w != "of"
                    // a participle phrase ("Heading into the debate"), not a gerund subject ("Shifting winds could …")
                    let participle = f == lo && tokens[f].isCapitalised && (w.hasSuffix("ing") && cueAt[f] == 0 || w.hasSuffix("ed")) && w.count > 4 && cls(f + 1) == "prep"
                    let opens = preposition || (!interrupting && (AttributionReader.subordinators.contains(w) || participle))
                    if !opens { return false }
                }
                chunkStart = k + 1
            }
            // "Asked about the fire, X said": a passive participle of a cue opens the phrase
            let passiveCue = k == lo && tokens[k].isCapitalised && word(k).hasSuffix("ed") && cls(k + 1) == "prep"
            // a short quote inside a preposition phrase is a title ("On this week's broadcast of “Fox News Sunday,”")
            if inQuote(k) || isMark(k) {
                let q = quoteAt[k]
                guard q >= 0, quotes[q].openToken > lo, quotes[q].closeToken - quotes[q].openToken <= 8 else { return false }
            }
            if cueAt[k] > 0 && !passiveCue { return false }
            k += 1
        }
        return true
    }

    /// The rest of a reported clause that an attribution interrupts: `A, X said, B.` gives B's span;
    /// the statement's content is then the two spans A and B, the attribution left out (as PolNeAR marks it).
    ///
    /// Only when the content before (`content`, from `contentBefore`) is one unquoted span starting
    /// the sentence, a comma ends the attribution at `tail`, and B (to the sentence end) is at least
    /// two words with no cue of its own (no "adding that", no second speaker); a quote may stand
    /// inside B but not open it (`“A,” X said, referring to Y, “B”` is left to the quote rules).
    func parentheticalRest(after tail: Int, content: [TextSpan], in range: Range<Int>) -> TextSpan? {
        guard content.count == 1, isPunct(tail, [","]), tail + 1 < range.upperBound else { return nil }
        let lo = tokenIndex(atOrAfter: content[0].start)
        guard lo <= range.lowerBound + 1, !isMark(lo), !isMark(lo - 1) else { return nil }
        var words = 0
        for k in (tail + 1)..<range.upperBound {
            // a quote may stand inside B (`…, he added, are like “bombs you can't use.”`) but not start it
            let quoteInside = inQuote(k) && quotes[quoteAt[k]].openToken > tail + 1 && quotes[quoteAt[k]].closeToken < range.upperBound
            if (isMark(k) || inQuote(k)) && !quoteInside || cueAt[k] > 0 && !inQuote(k) || cls(k) == "mental" { return nil }
            if tokens[k].kind == .word { words += 1 }
        }
        guard words >= 2 else { return nil }
        return contentSpan(tail + 1, range.upperBound)
    }

    /// After `p` (end of an attribution), an opening quote in the same paragraph after a comma or colon: the second half of a split quote.
    func splitQuote(after p: Int, paragraph: Int) -> Int? {
        var k = p
        while k < tokens.count && k < p + 3 && isPunct(k, [",", ":"]) { k += 1 }
        guard k > p, isMark(k), tokens[k].paragraph == paragraph, quoteAt[k] >= 0, quotes[quoteAt[k]].openToken == k else { return nil }
        return quoteAt[k]
    }

    /// End of the attribution after a speaker or cue ending at `p`: channel and time phrases up to the sentence end.
    func attributionTail(_ p: Int, in range: Range<Int>) -> Int? {
        var k = p
        var sawPrep = false
        while k < range.upperBound {
            if isPunct(k, AttributionReader.sentenceEnd) || (tokens[k].kind == .punctuation && [",", ";"].contains(tokens[k].text)) || isMark(k) { return k }
            if cueAt[k] > 0 && word(k).hasSuffix("ing") { return k }
            let c = cls(k)
            // "that" is listed as a determiner too; after a cue it opens the content ("said at an event that …")
            if word(k) == "that" || c == "bound" || c == "pron" || c == "mental" || cueAt[k] > 0 { return nil }
            if c == "prep" { sawPrep = true }
            else if c == "aux" && !AttributionReader.timeWords.contains(tokens[k].lower) { return nil }
            else if tokens[k].kind == .word && !tokens[k].isCapitalised && c == nil && !sawPrep && k > p
                        && !(tokens[k].lower.first?.isNumber ?? false)
                        && !((tokens[k - 1].isCapitalised || tokens[k - 1].lower.first?.isNumber == true) && AttributionReader.mediaNouns.contains(tokens[k].lower)) { return nil }
            if k - p > 12 { return nil }
            k += 1
        }
        return k
    }

    /// After a cue ending at `p`: the index where its content starts, past time and channel
    /// phrases ("on June 4", "in an interview with TASS") and the object of "told", up to "that" or a colon.
    func skipToContent(_ p: Int, in range: Range<Int>, told: Bool) -> Int {
        var k = p
        guard k < range.upperBound else { return p }
        if word(k) == "that" || isPunct(k, [":"]) { return k + 1 }
        let c0 = cls(k)
        guard c0 == "prep" || told || tokens[k].isCapitalised || tokens[k].kind == .number || c0 == "aux" else { return p }
        while k < range.upperBound && k < p + 12 {
            if word(k) == "that" || isPunct(k, [":"]) { return k + 1 }
            let c = cls(k)
            if isMark(k) || cueAt[k] > 0 || c == "bound" || c == "pron" || c == "mental" { break }
            k += 1
        }
        return p
    }

    /// Finite auxiliaries that show a clause begins after a pronoun: "admitted he *had*".
    /// A closed class (Cambridge Grammar of the English Language, ch. 3).
    static let finiteAuxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would",
                                                 "could", "can", "may", "might", "should", "must", "did", "does", "do"]

    /// True when "that", a colon or an opening quote follows the cue ending at `p` closely,
    /// or a clause with a pronoun subject does (see `finiteAuxiliaries`).
    func followsContentMark(_ p: Int, in range: Range<Int>) -> Bool {
        var k = p
        while k < range.upperBound && k < p + 8 {
            if word(k) == "that" || isPunct(k, [":"]) || isMark(k) { return true }
            if k == p, ["how", "why", "whether", "what", "if", "when"].contains(word(k)) { return true }
            // a finite clause with a pronoun subject and no "that": "acknowledged it was unlikely", "admitted he had"
            if k == p, cls(k) == "pron", tokens[k].kind == .word,
               word(k).contains("'") || Self.finiteAuxiliaries.contains(word(k + 1)) { return true }
            if cueAt[k] > 0 { return false }
            k += 1
        }
        return false
    }

    // MARK: reading

    mutating func readCues() {
        for (s, range) in sentenceTokens.enumerated() where sentences[s].span.start >= bodyStart && !range.isEmpty {
            // the article's own question ("Did the minister say that …?") attributes nothing
            if isPunct(range.upperBound - 1, ["?"]), !inQuote(range.lowerBound),
               AttributionReader.questionOpeners.contains(tokens[range.lowerBound].lower) { continue }
            var i = range.lowerBound
            var sentenceFound: [Int] = []
            while i < range.upperBound {
                let n = cueAt[i]
                guard n > 0, !inQuote(i) else { i += 1; continue }
                if let f = readCue(at: i, length: n, sentence: s, range: range, earlier: sentenceFound) {
                    // a new attribution inside an earlier statement's content cuts that content
                    for e in sentenceFound where found[e].end > f.anchorStart && found[e].start < f.anchorStart {
                        var spans = found[e].content
                        if let last = spans.last {
                            var cut = f.anchorStart
                            var k = f.attributionLo
                            while k > range.lowerBound, tokens[k - 1].kind == .punctuation || ["but", "and", "while", "whereas"].contains(word(k - 1)) {
                                k -= 1
                                cut = tokens[k].start
                            }
                            if let trimmed = contentSpanScalars(last.start, min(last.end, cut)) {
                                spans[spans.count - 1] = trimmed
                                found[e].content = spans
                            }
                        }
                    }
                    if !found.contains(where: { $0.content == f.statement.content }) {
                        found.append(f.statement)
                        sentenceFound.append(found.count - 1)
                    }
                    i = max(i + n, f.resume)
                } else {
                    i += n
                }
            }
        }
    }

    /// Trims white space and punctuation from the scalar span `[a, b)`.
    func contentSpanScalars(_ a: Int, _ b: Int) -> TextSpan? {
        var x = a, y = b
        while x < y, text.scalars[x].properties.isWhitespace { x += 1 }
        while y > x, text.scalars[y - 1].properties.isWhitespace || [",", ";", ":", "-", "—"].contains(text.scalars[y - 1]) { y -= 1 }
        return x < y ? TextSpan(x, y) : nil
    }

    struct CueReading {
        var statement: FoundStatement
        var anchorStart: Int
        var attributionLo: Int
        var resume: Int
    }

    mutating func readCue(at c: Int, length n: Int, sentence s: Int, range: Range<Int>, earlier: [Int]) -> CueReading? {
        let ce = c + n
        let cueWords = tokens[c..<ce].map { $0.lower }
        let cueSpan = TextSpan(tokens[c].start, tokens[ce - 1].end)
        let cueText = text[cueSpan]
        let weak = lexicon.isWeak(cueWords)
        let paragraph = tokens[c].paragraph
        func make(_ content: [TextSpan], _ ref: SpeakerRef, _ speakerSpan: TextSpan?, attributionLo: Int, resume: Int, extraSentences: [Int] = []) -> CueReading? {
            let content = content.filter { !$0.isEmpty && $0.start >= bodyStart }
            guard !content.isEmpty else { return nil }
            // a lone quoted phrase of one to three words is not a statement
            var words = 0
            for span in content {
                var k = tokenIndex(atOrAfter: span.start)
                while k < tokens.count && tokens[k].end <= span.end && words < 2 {
                    if tokens[k].kind == .word { words += 1 }
                    k += 1
                }
            }
            guard words >= 2 else { return nil }
            var sents = sentencesOf(content)
            sents.insert(s)
            for e in extraSentences { sents.insert(e) }
            let lo = min(attributionLo, c)
            let st = FoundStatement(content: content, cueText: cueText, cueSpan: cueSpan, speaker: ref, speakerSpan: speakerSpan,
                                    channel: channel(in: lo, min(range.upperBound, resume + 1)), sentences: sents, anchor: tokens[c].start)
            return CueReading(statement: st, anchorStart: tokens[lo].start, attributionLo: lo, resume: resume)
        }
        func spanOf(_ lo: Int, _ hi: Int) -> TextSpan { TextSpan(tokens[lo].start, tokens[hi - 1].end) }
        func refSpan(_ ref: SpeakerRef, _ lo: Int, _ hi: Int) -> TextSpan {
            if case .mention(let m) = ref { return mentionSet.mentions[m].mention.span }
            return spanOf(lo, hi)
        }

        // "according to X, A" / "A, according to X" / "in the words of X"
        if cueWords == ["according", "to"] || cueWords == ["in", "the", "words", "of"] || cueWords == ["as", "stated", "in"] {
            guard let np = nounGroup(from: ce, limit: range.upperBound) ?? nounGroup(from: ce + 1, limit: range.upperBound) else { return nil }
            let npLo = cls(ce) == "det" && nounGroup(from: ce, limit: range.upperBound) == nil ? ce + 1 : ce
            var after = np.hi
            // "according to X, who …," / "according to the study by X": skip to the comma
            while after < range.upperBound, !isPunct(after, [",", ".", ";", ":"]) && !isMark(after), after < np.hi + 8 { after += 1 }
            var content: [TextSpan] = []
            if let before = contentBefore(skipAuxBack(c, floor: range.lowerBound), in: range), c > range.lowerBound + 3 {
                content = before
            } else if let rest = contentAfter(after, in: range) {
                content = rest.spans
            }
            return make(content, np.ref, refSpan(np.ref, npLo, np.hi), attributionLo: c, resume: np.hi)
        }

        // passive: "This was announced (on …) by X"
        if c > range.lowerBound, ["was", "were", "been", "is", "are"].contains(word(c - 1)) {
            var k = ce
            while k < range.upperBound && k < ce + 10 && word(k) != "by" { k += 1 }
            if word(k) == "by", var np = nounGroup(from: k + 1, limit: range.upperBound) {
                if case .description = np.ref, let person = appositiveName(after: np.hi, in: range) {
                    np = (person.hi, .mention(person.mention)) // "by a virologist, head of the laboratory …, Sergey Netesov"
                }
                let subjectWord = word(range.lowerBound)
                var content: [TextSpan] = []
                var extra: [Int] = []
                if ["this", "it", "that", "these", "such"].contains(subjectWord), s > 0, sentences[s - 1].span.start >= bodyStart {
                    let prev = sentenceTokens[s - 1]
                    if let span = contentSpan(prev.lowerBound, prev.upperBound) { content = [span]; extra = [s - 1] }
                } else if let span = contentSpan(range.lowerBound, c - 1) {
                    content = [span]
                }
                return make(content, np.ref, refSpan(np.ref, k + 1, np.hi), attributionLo: c - 1, resume: np.hi, extraSentences: extra)
            }
        }
        if cls(c - 1) == "mental" { return nil }

        // participial "…, saying (that) A" / "with X saying A" / "Arguing that A, X said B"
        if cueWords[0].hasSuffix("ing") {
            if c == range.lowerBound || (c == range.lowerBound + 1 && tokens[range.lowerBound].kind != .word) {
                // sentence-initial: content up to the first comma, speaker the main clause's subject
                let p = skipToContent(ce, in: range, told: false)
                var e = p
                while e < range.upperBound && !isPunct(e, [",", ";"]) { e += 1 }
                var k = e + 1
                while k < range.upperBound && cueAt[k] == 0 { k += 1 }
                guard k < range.upperBound, let sj = subject(before: skipAuxBack(k, floor: e + 1), in: (e + 1)..<range.upperBound),
                      let span = contentSpan(p, e) else { return nil }
                return make([span], sj.ref, refSpan(sj.ref, sj.lo, sj.hi), attributionLo: c, resume: e)
            }
            if c > range.lowerBound, isPunct(c - 1, [","]) || word(c - 1) == "and" || cls(c - 1) == "aux" {
                guard let content = contentAfter(ce, in: range) else { return nil }
                var ref: SpeakerRef = .subject(s)
                if let e = earlier.last { ref = found[e].speaker }
                return make(content.spans, ref, nil, attributionLo: c, resume: content.lo)
            }
            if c > range.lowerBound, let sj = subject(before: c, in: range), sj.hi == c {
                guard let content = contentAfter(ce, in: range) else { return nil }
                return make(content.spans, sj.ref, refSpan(sj.ref, sj.lo, sj.hi), attributionLo: sj.lo, resume: content.lo)
            }
        }

        let auxStart = skipAuxBack(c, floor: range.lowerBound)
        // inversion: `“A,” said X` / `A, said X.` / `“A,” sighed X`
        if auxStart > range.lowerBound, isPunct(auxStart - 1, [","]) || isMark(auxStart - 1),
           let np = nounGroup(from: ce, limit: range.upperBound) ?? nameAfterModifiers(ce, in: range) {
            let quoteBefore = isMark(auxStart - 1) || (isPunct(auxStart - 1, [","]) && isMark(auxStart - 2))
            if let tail = attributionTail(np.hi, in: range) ?? (quoteBefore ? np.hi : nil), let content = contentBefore(auxStart, in: range) {
                var spans = content
                var resume = tail
                if let q = splitQuote(after: tail, paragraph: paragraph) {
                    spans += quoteSpans(q)
                    resume = quotes[q].closeToken + 1
                }
                return make(spans, np.ref, refSpan(np.ref, ce, np.hi), attributionLo: auxStart, resume: resume)
            }
        }

        // subject before the cue
        var subj = subject(before: auxStart, in: range)
        if subj == nil, auxStart == c || true, auxStart > range.lowerBound, isPunct(auxStart - 1, [","]) {
            // appositive: "X, who replaced Y in July, said" — the first name followed by a comma, people first
            // a dateline ("NEW YORK, Feb 26 - ") is no part of the subject: start after its spaced dash
            var clauseStart = range.lowerBound
            for d in range.lowerBound..<min(auxStart, range.lowerBound + 10)
            where ["-", "—", "–"].contains(tokens[d].text) && d > range.lowerBound && tokens[d - 1].end < tokens[d].start
                && d + 1 < tokens.count && tokens[d].end < tokens[d + 1].start {
                clauseStart = d + 1
                break
            }
            for wantPerson in [true, false] where subj == nil {
                var k = clauseStart
                while k < auxStart - 1 {
                    let m = mentionSet.mentionAtToken[k]
                    if m >= 0, !inQuote(k) {
                        let nm = mentionSet.mentions[m]
                        let kind = mentionSet.entities[nm.entity].entity.kind
                        if kind != .place, (kind == .person) == wantPerson, isPunct(nm.endToken, [","]), nm.endToken <= auxStart - 1,
                           wantPerson || nm.titleStart == range.lowerBound || isPunct(nm.titleStart - 1, [","]) || cls(nm.titleStart - 1) == "det"
                            || isMark(nm.titleStart - 1) || cls(nm.titleStart - 1) == "bound" {
                            subj = (k, nm.endToken, .mention(m))
                            break
                        }
                        k = max(k + 1, nm.endToken)
                        continue
                    }
                    if wantPerson, ["he", "she", "they"].contains(word(k)), isPunct(k + 1, [","]) { subj = (k, k + 1, .pronoun(k)); break }
                    k += 1
                }
            }
        }
        if subj == nil, auxStart > range.lowerBound + 1, word(auxStart - 1) == "who" {
            // "X, who said A, …": the speaker is the noun group before "who"
            var k = auxStart - 2
            if isPunct(k, [","]) { k -= 1 }
            if k >= range.lowerBound {
                let m = mentionSet.mentionAtToken[k]
                if m >= 0 {
                    let nm = mentionSet.mentions[m]
                    subj = (nm.titleStart, nm.endToken, .mention(m))
                } else {
                    var b = k
                    while b > range.lowerBound, tokens[b - 1].kind == .word, cls(b - 1) != "bound", cls(b - 1) != "prep", cueAt[b - 1] == 0, cls(b) != "det" { b -= 1 }
                    if let np = nounGroup(from: b, limit: k + 1), np.hi == k + 1 { subj = (b, np.hi, np.ref) }
                    else if k - b < 5, tokens[k].kind == .word, cls(k) == nil, cueAt[k] == 0, b > range.lowerBound, cls(b) == "det" || tokens[k].lower.hasSuffix("s") {
                        // "an architect who said …", "listeners who said …": the antecedent of "who" is the speaker,
                        // whatever its head noun; kept as a description
                        subj = (b, k + 1, .description(b, k + 1))
                    }
                }
            }
            if let sj = subj, let content = contentAfter(ce, in: range) {
                var spans = content.spans
                // the relative clause ends at the next comma
                if let first = spans.first, spans.count == 1 {
                    var x = content.lo
                    while x < range.upperBound && !isPunct(x, [",", ";"]) && !isMark(x) { x += 1 }
                    if x < range.upperBound, isPunct(x, [",", ";"]), let cut = contentSpan(content.lo, x), cut.start == first.start { spans = [cut] }
                }
                return make(spans, sj.ref, refSpan(sj.ref, sj.lo, sj.hi), attributionLo: sj.lo, resume: content.lo)
            }
            return nil
        }
        if subj == nil, auxStart > range.lowerBound, word(auxStart - 1) == "and" || word(auxStart - 1) == "but" {
            // "X promised A and said B": the speaker of the coordinated cue is the sentence's subject
            if let content = contentAfter(ce, in: range) {
                var ref: SpeakerRef = .subject(s)
                if let e = earlier.last { ref = found[e].speaker }
                return make(content.spans, ref, nil, attributionLo: auxStart - 1, resume: content.lo)
            }
        }
        guard let sj = subj else {
            // "“A,” X said" handled above; a cue with no speaker is not a statement
            return nil
        }
        let speakerSpan = refSpan(sj.ref, sj.lo, sj.hi)
        // a name that began in the sentence before ("Mr." taken for a sentence end) brings that sentence in
        var range = range
        if sj.lo < range.lowerBound, tokens[sj.lo].sentence >= 0 {
            range = sentenceTokens[tokens[sj.lo].sentence].lowerBound..<range.upperBound
        }
        // content before: `“A,” he said.` / `A, X said.`
        // `“A,” she said several months later`: a quote closing right before the speaker is the content whatever follows
        let quoteBefore = quoteCloses(before: sj.lo, in: range)
        if sj.lo > range.lowerBound, isPunct(sj.lo - 1, [","]) || isMark(sj.lo - 1) || isPunct(sj.lo - 1, ["—", "–"]) || quoteBefore,
           let tail = attributionTail(ce, in: range) ?? (quoteBefore ? ce : nil), let content = contentBefore(sj.lo, in: range),
           !isIntroductoryPhrase(content, before: sj.lo, interrupting: parentheticalRest(after: tail, content: content, in: range) != nil) {
            var spans = content
            var resume = tail
            if let q = splitQuote(after: tail, paragraph: paragraph) {
                spans += quoteSpans(q)
                resume = quotes[q].closeToken + 1
            } else if let rest = parentheticalRest(after: tail, content: content, in: range) {
                // `A, X said, B.`: the attribution stands inside the reported clause
                spans = [content[0], rest]
                resume = range.upperBound
            }
            return make(spans, sj.ref, speakerSpan, attributionLo: sj.lo, resume: resume)
        }
        let infinitive = weak && word(ce) == "to" && lexicon.takesInfinitive(cueWords) && ce + 1 < range.upperBound && tokens[ce + 1].kind == .word
        if weak, !infinitive, !followsContentMark(ce, in: range) { return nil }
        if infinitive {
            // "X pledged to cut taxes": the content is the infinitive clause, "to" included
            guard let content = contentAfter(ce, in: range, infinitive: true) else { return nil }
            return make(content.spans, sj.ref, speakerSpan, attributionLo: sj.lo, resume: content.lo)
        }
        guard let content = contentAfter(ce, in: range, told: ["told", "tells", "telling", "assured", "informed", "reminded"].contains(cueWords[0])) else { return nil }
        return make(content.spans, sj.ref, speakerSpan, attributionLo: sj.lo, resume: content.lo)
    }

    /// Quotes with no cue of their own: colon introductions, dash attributions, standalone quotes.
    mutating func readQuotes() {
        // scalars already inside a statement's content, and statements ordered by where they end
        var taken = [Bool](repeating: false, count: text.count + 1)
        for f in found { for span in f.content { for x in span.start..<min(span.end, text.count) { taken[x] = true } } }
        let byEnd = found.sorted { $0.end < $1.end }
        var lastAdded: FoundStatement?
        var added: [FoundStatement] = []
        for (qi, q) in quotes.enumerated() {
            guard let first = q.pieces.first, first.start >= bodyStart, q.wordCount >= 4 else { continue }
            let region = TextSpan(first.start, q.pieces.last!.end)
            if (region.start..<region.end).contains(where: { taken[$0] }) { continue }
            let open = q.openToken, close = q.closeToken
            let s = tokens[open].sentence
            guard s >= 0 else { continue }
            let range = sentenceTokens[s]
            var st = FoundStatement(content: q.pieces, cueText: nil, cueSpan: nil, speaker: .none, speakerSpan: nil, channel: nil,
                                    sentences: sentencesOf(q.pieces), anchor: tokens[open].start)
            // trailing attribution: `“…” — X`
            if close + 2 < tokens.count, isPunct(close + 1, AttributionReader.dashes), tokens[close + 1].paragraph == tokens[close].paragraph,
               let np = nounGroup(from: close + 2, limit: tokens.count) {
                st.speaker = np.ref
                st.cueText = tokens[close + 1].text
                st.cueSpan = tokens[close + 1].span
                if case .mention(let m) = np.ref { st.speakerSpan = mentionSet.mentions[m].mention.span } else {
                    st.speakerSpan = TextSpan(tokens[close + 2].start, tokens[np.hi - 1].end)
                }
                added.append(st)
                lastAdded = st
                continue
            }
            // colon introduction, in the same sentence or ending the previous paragraph
            if open > 0, isPunct(open - 1, [":"]) {
                let cs = tokens[open - 1].sentence
                var k = open - 2
                var ref: SpeakerRef = .none
                var span: TextSpan?
                while k >= 0 && tokens[k].sentence == cs {
                    let m = mentionSet.mentionAtToken[k]
                    if m >= 0, mentionSet.entities[mentionSet.mentions[m].entity].entity.kind != .place {
                        ref = .mention(m); span = mentionSet.mentions[m].mention.span; break
                    }
                    if cls(k) == "pron", ["he", "she", "they"].contains(word(k)) { ref = .pronoun(k); span = tokens[k].span; break }
                    k -= 1
                }
                if case .none = ref {} else {
                    st.speaker = ref
                    st.speakerSpan = span
                    st.cueText = ":"
                    st.cueSpan = tokens[open - 1].span
                    if cs >= 0 { st.sentences.insert(cs) }
                    added.append(st)
                    lastAdded = st
                    continue
                }
            }
            // standalone: the quote opens its sentence and nothing but punctuation follows it in the sentence
            let opensSentence = open == range.lowerBound || isPunct(open - 1, AttributionReader.sentenceEnd) || tokens[open - 1].paragraph != tokens[open].paragraph
                || (isMark(open - 1) && isPunct(open - 2, AttributionReader.sentenceEnd))
            let closeSentence = tokens[close].sentence
            var k = close + 1
            while k < tokens.count && tokens[k].sentence == closeSentence && tokens[k].kind == .punctuation { k += 1 }
            let endsSentence = k >= tokens.count || tokens[k].sentence != closeSentence || tokens[k].paragraph != tokens[close].paragraph
                || (isPunct(close - 1, AttributionReader.sentenceEnd) && k < tokens.count && tokens[k].isCapitalised && cueAt[k] == 0)
            guard opensSentence && endsSentence else { continue }
            _ = qi
            // the previous statement, and a person the previous sentence brings in
            let lo = byEnd.partitionPoint { $0.end <= region.start }
            var previous: FoundStatement? = lo > 0 ? byEnd[lo - 1] : nil
            if let a = lastAdded, a.end <= region.start, previous == nil || a.end > previous!.end { previous = a }
            var previousPerson: Int?
            if s > 0 {
                for i in sentenceTokens[s - 1] where !inQuote(i) {
                    let m = mentionSet.mentionAtToken[i]
                    if m >= 0, mentionSet.entities[mentionSet.mentions[m].entity].entity.kind == .person { previousPerson = m; break }
                }
            }
            let paragraphGap = previous.map { tokens[open].paragraph - (sentences[$0.sentences.max() ?? 0].paragraph) } ?? 99
            let previousInLastSentence = previous.map { $0.sentences.contains(s - 1) } ?? false
            if let m = previousPerson, !previousInLastSentence {
                st.speaker = .mention(m)
                st.speakerSpan = mentionSet.mentions[m].mention.span
                st.cueText = nil
                st.sentences.insert(s)
                added.append(st)
                lastAdded = st
                markInferred.insert(st.anchor)
            } else if previous != nil, paragraphGap <= 2 {
                st.speaker = .previous(.continuation)
                added.append(st)
                lastAdded = st
            }
        }
        found += added
        found.sort { $0.start < $1.start }
    }

    var markInferred = Set<Int>()
    /// For each entity, where its mentions start, in text order (filled by `run`).
    var mentionStartsByEntity: [[Int]] = []
}
