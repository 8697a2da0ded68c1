/// Splits text into sentences with rules, in one pass, in linear time.
///
/// Sentences never cross paragraphs (`ParagraphSplitter`). Inside a
/// paragraph a sentence ends at a terminator (. ! ? … and their doubled and
/// full-width forms) that is followed by white space, after any closing
/// quote marks and brackets that stick to it. Whether it really ends there
/// depends on what follows and on the word before, in the manner of the
/// Pragmatic Segmenter and pySBD (Sadvilkar and Neumann 2020, "PySBD:
/// Pragmatic Sentence Boundary Disambiguation"), whose golden rules the
/// tests measure:
///
/// - Nothing ends before a lower-case letter ("Yahoo! in", "co. at",
///   `"This is great." she said`).
/// - ! and ? end a sentence before anything else ("Hello?! Is that you?").
/// - A period after an honorific or title (Mr., Dr., Sen., Mt., St.) never
///   ends one; after a number abbreviation (p., No., Jan.) it does not
///   before a number; after another abbreviation, a multi-period one (U.S.,
///   a.m.) or an initial (E.) it ends one only before a function word ("I
///   live in the U.S. How about you?" but "the U.S. Government") or an
///   honorific ("at 6 P.M. Mr. Smith left" but "U.S. Rep. Omar"), and only
///   when the sentence already has four words ("At 5 a.m. Mr. Smith went").
///   Abbreviations come from `abbreviations-en.txt`, function words from
///   `stopwords-en.txt`.
/// - A three-dot ellipsis (... . . . …) never ends a sentence; four dots do,
///   before a capital; "word. . . . Next" ends after the first period, the
///   ellipsis opening the next sentence.
/// - After a closing quote mark, a short attribution stays with the quote:
///   `“Why?” Smith asked.` is one sentence (one to three words, then a period).
/// - Numbered, lettered and bulleted list items ("1.)", "2)", "3.", "b.",
///   "•") start sentences: items that continue a sequence (1 then 2) whose
///   first item opens the paragraph or follows a colon or a terminator, and
///   any bullet after white space.
///
/// Quote marks go with their sentence by position, not by shape: a mark
/// that touches the terminator before it closes the sentence that ends
/// there, and a mark after white space opens the next one. So `"Don't
/// worry!", he said.` stays one sentence, and a closing quote typed as an
/// opening one (“) still stays with the words it touches, and a quote mark
/// standing alone between white space after a terminator (`that. ”`) closes
/// the sentence before it. No sentence is made of quote marks alone.
public enum SentenceSplitter {
    /// Splits `text` into sentences, in order, each trimmed of white space.
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - paragraphs: its paragraphs, when the caller already has them
    ///     (`ParagraphSplitter.split(text)`); nil splits them here.
    /// - Returns: sentences whose spans count Unicode scalars and carry the
    ///   index of their paragraph; every non-blank scalar belongs to exactly
    ///   one sentence.
    public static func split(_ text: ScalarText, paragraphs: [Paragraph]? = nil) -> [Sentence] {
        var sentences: [Sentence] = []
        for (index, paragraph) in (paragraphs ?? ParagraphSplitter.split(text)).enumerated() {
            for span in sentenceSpans(text.scalars, in: paragraph.span) {
                sentences.append(Sentence(span: span, paragraph: index))
            }
        }
        return sentences
    }

    /// The sentences of one paragraph.
    ///
    /// - Parameters:
    ///   - scalars: the whole text's scalars.
    ///   - span: the paragraph (or any stretch of text taken as one paragraph).
    /// - Returns: non-empty sentence spans inside `span`, trimmed, in order.
    public static func sentenceSpans(_ scalars: [Unicode.Scalar], in span: TextSpan) -> [TextSpan] {
        let lexicon = SentenceLexicon.shared
        let s = max(0, span.start), e = min(scalars.count, span.end)
        guard s < e else { return [] }
        let forced = listItemStarts(scalars, s, e)
        var starts: [Int] = [s]
        var forcedIndex = 0
        func cut(_ at: Int) {
            if at > starts[starts.count - 1] && at < e { starts.append(at) }
        }
        var i = s
        while i < e {
            while forcedIndex < forced.count && forced[forcedIndex] <= i {
                cut(forced[forcedIndex]); forcedIndex += 1
            }
            guard ScalarClass.isTerminator(scalars[i]) else { i += 1; continue }
            // The run of terminators, with spaced ellipses (". . .") taken whole.
            var j = i + 1
            var spaced = false
            while j < e {
                if ScalarClass.isTerminator(scalars[j]) { j += 1; continue }
                if scalars[j] == " " && j + 1 < e && scalars[j + 1] == "." && scalars[j - 1] == "." {
                    spaced = true; j += 1; continue
                }
                break
            }
            let runEnd = j
            var k = j
            while k < e && (ScalarClass.isCloser(scalars[k]) || ScalarClass.isTerminator(scalars[k])) { k += 1 }
            guard k < e, ScalarClass.isSpace(scalars[k]) else { i = k; continue }
            // Quote marks standing alone after the terminator (`that. ”`, `that. “` at the end of a
            // quote) close this sentence, whichever way they are typed.
            var alone = k
            while alone < e && ScalarClass.isSpace(scalars[alone]) { alone += 1 }
            var quotesEnd = alone
            while quotesEnd < e && ScalarClass.isQuote(scalars[quotesEnd]) { quotesEnd += 1 }
            if quotesEnd > alone && (quotesEnd == e || ScalarClass.isSpace(scalars[quotesEnd])) { k = quotesEnd }
            guard k < e else { break }
            var n = k
            while n < e && ScalarClass.isSpace(scalars[n]) { n += 1 }
            guard n < e else { break }
            if k > runEnd && ScalarClass.isQuote(scalars[k - 1]) && isAttributionTail(scalars, from: n, end: e) { i = k; continue }
            switch decide(scalars, lexicon: lexicon, sentenceStart: starts[starts.count - 1],
                          run: i..<runEnd, spaced: spaced, next: n, end: e, paragraphStart: s) {
            case .none: break
            case .afterRun: cut(n)
            case .afterFirstPeriod:
                var m = i + 1
                while m < e && ScalarClass.isSpace(scalars[m]) { m += 1 }
                cut(m)
            }
            i = k
        }
        while forcedIndex < forced.count { cut(forced[forcedIndex]); forcedIndex += 1 }

        var spans: [TextSpan] = []
        for q in 0..<starts.count {
            var a = starts[q], b = q + 1 < starts.count ? starts[q + 1] : e
            while a < b && ScalarClass.isSpace(scalars[a]) { a += 1 }
            while b > a && ScalarClass.isSpace(scalars[b - 1]) { b -= 1 }
            if a < b { spans.append(TextSpan(a, b)) }
        }
        return spans
    }

    /// Where a candidate boundary puts the end of the sentence.
    enum Decision { case none, afterRun, afterFirstPeriod }

    /// Decides whether the terminators at `run` end a sentence, given the
    /// first non-space scalar after them (at `next`).
    static func decide(_ scalars: [Unicode.Scalar], lexicon: SentenceLexicon, sentenceStart: Int,
                       run: Range<Int>, spaced: Bool, next: Int, end e: Int, paragraphStart: Int) -> Decision {
        var m = next
        while m < e && ScalarClass.isOpener(scalars[m]) { m += 1 }
        guard m < e, !ScalarClass.isSpace(scalars[m]) else { return .none }
        let first = scalars[m]
        if ScalarClass.isLowercase(first) { return .none }

        var dots = 0, ellipses = 0, others = 0
        for p in run {
            switch scalars[p] {
            case ".", "\u{FF0E}": dots += 1
            case "\u{2026}": ellipses += 1
            case " ": break
            default: others += 1
            }
        }
        if others > 0 { return .afterRun }
        let weight = dots + 3 * ellipses
        if weight >= 3 {
            guard weight >= 4, ScalarClass.isUppercase(first) else { return .none }
            let attached = run.lowerBound > paragraphStart && !ScalarClass.isSpace(scalars[run.lowerBound - 1])
            if spaced && attached && scalars[run.lowerBound] == "." && scalars[run.lowerBound + 1] == " " {
                return .afterFirstPeriod
            }
            return .afterRun
        }

        // A single period: look at the word before it.
        var w = run.lowerBound
        while w > sentenceStart && !ScalarClass.isSpace(scalars[w - 1]) { w -= 1 }
        while w < run.lowerBound && (ScalarClass.isOpener(scalars[w]) || ScalarClass.isBullet(scalars[w])) { w += 1 }
        let word = scalars[w..<run.lowerBound]
        if isListMarkerOnly(scalars, from: sentenceStart, to: run.lowerBound) { return .none }
        let kind = lexicon.abbreviationClass(word)
        if ScalarClass.isDigit(first) { return kind == .number ? .none : .afterRun }
        guard let kind else { return .afterRun }
        if kind == .title || kind == .honorific { return .none }
        // An ambiguous abbreviation: ends a sentence only before a function word or a title.
        var z = m
        while z < e && (ScalarClass.isLetter(scalars[z]) || (ScalarClass.isApostrophe(scalars[z]) && z + 1 < e && ScalarClass.isLetter(scalars[z + 1]))) { z += 1 }
        let nextWord = scalars[m..<z]
        let startsSentence = lexicon.isFunctionWord(nextWord)
            || (z < e && scalars[z] == "." && lexicon.abbreviationClass(nextWord) == .honorific)
        guard startsSentence else { return .none }
        return wordCount(scalars, from: sentenceStart, to: run.lowerBound, atLeast: 4) ? .afterRun : .none
    }

    /// True when the words from `from` to the next terminator are a short
    /// attribution after a closing quote: one to three words without quote
    /// marks, ending in a period before white space or the paragraph's end,
    /// as in `“Why?” Smith asked.` Reads at most four words ahead.
    static func isAttributionTail(_ scalars: [Unicode.Scalar], from: Int, end e: Int) -> Bool {
        var words = 0, inWord = false
        var p = from
        while p < e {
            let c = scalars[p]
            if ScalarClass.isQuote(c) || c == "(" || c == ":" || c == ";" { return false }
            if ScalarClass.isTerminator(c) {
                guard c == ".", words >= 1 else { return false }
                let after = p + 1
                return after == e || ScalarClass.isSpace(scalars[after])
            }
            let space = ScalarClass.isSpace(c)
            if !space && !inWord { words += 1; if words > 3 { return false } }
            inWord = !space
            p += 1
        }
        return false
    }

    /// True when `[from, to)` holds at least `atLeast` white-space-separated words (stops counting there).
    static func wordCount(_ scalars: [Unicode.Scalar], from: Int, to: Int, atLeast: Int) -> Bool {
        var count = 0, inWord = false
        var p = from
        while p < to {
            let space = ScalarClass.isSpace(scalars[p])
            if !space && !inWord { count += 1; if count >= atLeast { return true } }
            inWord = !space
            p += 1
        }
        return false
    }

    /// True when `[from, to)` is only a list marker: bullets, then one to three digits or one letter.
    static func isListMarkerOnly(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> Bool {
        var digits = 0, letters = 0
        var p = from
        while p < to {
            let c = scalars[p]
            if ScalarClass.isSpace(c) || ScalarClass.isBullet(c) { p += 1; continue }
            if ScalarClass.isDigit(c) { digits += 1 } else if ScalarClass.isLetter(c) { letters += 1 } else { return false }
            if digits + letters > 3 { return false }
            p += 1
        }
        return (digits >= 1 && letters == 0) || (letters == 1 && digits == 0)
    }

    /// Offsets where list items start a sentence inside `[s, e)`, sorted.
    ///
    /// A bullet after white space starts an item. A marker "1.)", "1)", "1."
    /// or "a." (after white space, before white space and a capital) starts
    /// one when it continues a sequence of the same style (its number or
    /// letter one more than the last) whose first marker opens the paragraph
    /// or follows a colon, terminator or bullet.
    static func listItemStarts(_ scalars: [Unicode.Scalar], _ s: Int, _ e: Int) -> [Int] {
        enum Style: Hashable { case dotParen, paren, dot, lowerLetter, upperLetter }
        var result: [Int] = []
        var lastInSequence: [Style: Int] = [:]
        var p = s
        while p < e {
            defer { p += 1 }
            guard p == s || ScalarClass.isSpace(scalars[p - 1]) else { continue }
            let c = scalars[p]
            if ScalarClass.isBullet(c) {
                if p > s { result.append(p) }
                continue
            }
            var style: Style? = nil
            var value = 0
            var after = p
            if c.value < 0x80 && ScalarClass.isDigit(c) {
                var q = p
                while q < e && q - p < 3 && scalars[q].value < 0x80 && ScalarClass.isDigit(scalars[q]) {
                    value = value * 10 + Int(scalars[q].value - 48); q += 1
                }
                if q + 1 < e && scalars[q] == "." && scalars[q + 1] == ")" { style = .dotParen; after = q + 2 }
                else if q < e && scalars[q] == ")" { style = .paren; after = q + 1 }
                else if q < e && scalars[q] == "." { style = .dot; after = q + 1 }
            } else if c.value < 0x80 && ScalarClass.isLetter(c) && p + 1 < e && scalars[p + 1] == "." {
                style = ScalarClass.isLowercase(c) ? .lowerLetter : .upperLetter
                value = Int(c.value)
                after = p + 2
            }
            guard let style, after < e, ScalarClass.isSpace(scalars[after]) else { continue }
            var q = after
            while q < e && ScalarClass.isSpace(scalars[q]) { q += 1 }
            guard q < e, ScalarClass.isUppercase(scalars[q]) else { continue }
            if let last = lastInSequence[style], value == last + 1 {
                if !followsBullet(scalars, at: p, paragraphStart: s) { result.append(p) }
                lastInSequence[style] = value
            } else if opensSequence(scalars, at: p, paragraphStart: s) {
                lastInSequence[style] = value
            }
        }
        return result.sorted()
    }

    /// True when the last non-space scalar before `p` is a bullet (which already started the item).
    static func followsBullet(_ scalars: [Unicode.Scalar], at p: Int, paragraphStart s: Int) -> Bool {
        var q = p
        while q > s && ScalarClass.isSpace(scalars[q - 1]) { q -= 1 }
        return q > s && ScalarClass.isBullet(scalars[q - 1])
    }

    /// True when a list marker at `p` may open a sequence: at the paragraph start or after a colon, terminator or bullet.
    static func opensSequence(_ scalars: [Unicode.Scalar], at p: Int, paragraphStart s: Int) -> Bool {
        var q = p
        while q > s && ScalarClass.isSpace(scalars[q - 1]) { q -= 1 }
        if q == s { return true }
        var r = q - 1
        while r > s && ScalarClass.isCloser(scalars[r]) { r -= 1 }
        let c = scalars[r]
        return c == ":" || ScalarClass.isTerminator(c) || ScalarClass.isBullet(c)
    }
}
