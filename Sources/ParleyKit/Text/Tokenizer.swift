/// Splits text into tokens in one pass, in linear time.
///
/// - **Words** are runs of letters, digits and combining marks, joined by
///   an apostrophe between letters ("don't", "O'Brien", "Lindqvist’s"), a hyphen
///   between letters or digits ("Lindqvist-Ruiz", "COVID-19"), or periods
///   between one- to three-letter parts ("U.S.", "a.m."). A word keeps its
///   final period when it is such a multi-period abbreviation, an honorific
///   or title ("Mr.", "Sen."), a number abbreviation before a number ("p. 55",
///   "Jan. 5"), another listed abbreviation (`abbreviations-en.txt`) where
///   the sentence goes on ("Co. at noon", but "Briggs & Co." "." at its end),
///   or an initial before a capital ("E. Smith"); it keeps a final apostrophe after
///   "s" when no single quote is open ("the players' union"). "@handle" and
///   "#tag" are words too.
/// - **Numbers** are digits joined by "," or "." between digits
///   ("1,000.5"), with a "%" that follows them ("75%"). A run that starts
///   with a digit and holds letters ("5th", "19-year-old") is a word.
/// - **Quote marks** (“ ” „ « » ‹ › " and ' ‘ ’ where they are not
///   apostrophes) are `.quote` tokens, one mark each.
/// - **Punctuation** is any other Unicode punctuation; a run of the same
///   terminator or dash marks ("...", "?!", "--") is one token.
/// - **Symbols** are the rest ($, °, emoji with their joiners), and URLs and
///   e-mail addresses, each one token.
public enum Tokenizer {
    /// The tokens of `text` inside `span`, in order.
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - span: where to tokenize (Unicode scalars), clamped to the text.
    /// - Returns: tokens whose spans count Unicode scalars of `text`; white
    ///   space belongs to no token.
    public static func tokenize(_ text: ScalarText, in span: TextSpan) -> [Token] {
        let scalars = text.scalars
        let start = max(0, span.start), end = min(scalars.count, span.end)
        var tokens: [Token] = []
        var singleQuoteOpen = false
        func emit(_ a: Int, _ b: Int, _ kind: Token.Kind) {
            let s = TextSpan(a, b)
            tokens.append(Token(span: s, text: text[s], kind: kind))
        }
        var i = start
        // End of the last run of non-space scalars found to hold no link; no token
        // inside it is scanned for one again, which keeps long unspaced runs linear.
        var noLinkBefore = start
        while i < end {
            let c = scalars[i]
            if ScalarClass.isSpace(c) {
                if c == "\n" { singleQuoteOpen = false }  // a single quote never runs across lines
                i += 1; continue
            }

            if i >= noLinkBefore {
                let (runEnd, link) = linkEnd(scalars, at: i, end: end)
                if let link { emit(i, link, .symbol); i = link; continue }
                noLinkBefore = runEnd
            }
            let handle = (c == "@" || c == "#") && i + 1 < end && ScalarClass.isLetter(scalars[i + 1])
                && (i == start || ScalarClass.isSpace(scalars[i - 1]) || ScalarClass.isOpener(scalars[i - 1]))
            if ScalarClass.isAlphanumeric(c) || handle {
                let (j, kind) = wordEnd(scalars, at: handle ? i + 1 : i, end: end, singleQuoteOpen: singleQuoteOpen)
                emit(i, j, handle ? .word : kind); i = j; continue
            }
            if ScalarClass.isQuote(c) {
                if ScalarClass.isSingleQuote(c) {
                    // An elided year or word: ’90s, 'em.
                    let before = i == start || ScalarClass.isSpace(scalars[i - 1]) || ScalarClass.isOpener(scalars[i - 1])
                    if before && ScalarClass.isApostrophe(c) && i + 2 < end && ScalarClass.isDigit(scalars[i + 1]) && ScalarClass.isDigit(scalars[i + 2])
                        && !singleQuoteOpen {
                        let (j, _) = wordEnd(scalars, at: i + 1, end: end, singleQuoteOpen: singleQuoteOpen)
                        emit(i, j, .word); i = j; continue
                    }
                    let after = i + 1 < end && !ScalarClass.isSpace(scalars[i + 1])
                    if before && after && c != "\u{2019}" { singleQuoteOpen = true } else if !before { singleQuoteOpen = false }
                }
                emit(i, i + 1, .quote); i += 1; continue
            }
            if ScalarClass.isMarkOrJoiner(c), let last = tokens.last, last.span.end == i {
                var j = i + 1
                while j < end && ScalarClass.isMarkOrJoiner(scalars[j]) { j += 1 }
                tokens.removeLast()
                emit(last.span.start, j, last.kind); i = j; continue
            }
            if isPunctuation(c) {
                var j = i + 1
                if ScalarClass.isTerminator(c) {
                    while j < end && ScalarClass.isTerminator(scalars[j]) { j += 1 }
                } else if c == "-" || c == "\u{2014}" || c == "\u{2013}" {
                    while j < end && scalars[j] == c { j += 1 }
                }
                emit(i, j, .punctuation); i = j; continue
            }
            // A symbol, with any joiners, variation selectors, skin tones and joined scalars after it.
            var j = i + 1
            while j < end {
                let x = scalars[j]
                if ScalarClass.isMarkOrJoiner(x) || (0x1F3FB...0x1F3FF).contains(x.value) || (0xE0020...0xE007F).contains(x.value) { j += 1; continue }
                if scalars[j - 1].value == 0x200D && !ScalarClass.isSpace(x) { j += 1; continue }
                break
            }
            emit(i, j, .symbol); i = j
        }
        return tokens
    }

    /// True for Unicode punctuation (general categories P*).
    static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// The end of the run of non-space scalars at `i` (stopping at quote
    /// marks and angle brackets), and the end of the URL or e-mail address
    /// starting at `i`, or nil when none starts there.
    static func linkEnd(_ scalars: [Unicode.Scalar], at i: Int, end: Int) -> (run: Int, link: Int?) {
        guard ScalarClass.isLetter(scalars[i]) else { return (i + 1, nil) }
        var j = i
        var at = -1, dotAfterAt = false, scheme = false
        while j < end && !ScalarClass.isSpace(scalars[j]) && !ScalarClass.isQuote(scalars[j]) && scalars[j] != "<" && scalars[j] != ">" {
            let x = scalars[j]
            if x == "@" && at < 0 { at = j }
            if x == "." && at >= 0 && j > at + 1 { dotAfterAt = true }
            if x == ":" && j + 2 < end && scalars[j + 1] == "/" && scalars[j + 2] == "/" { scheme = true }
            j += 1
        }
        let prefixWWW = j - i > 4 && scalars[i] == "w" && scalars[i + 1] == "w" && scalars[i + 2] == "w" && scalars[i + 3] == "."
        let run = j
        guard scheme || prefixWWW || (at > i && dotAfterAt) else { return (run, nil) }
        // Trailing punctuation belongs to the sentence, not the link.
        while j > i && (ScalarClass.isTerminator(scalars[j - 1]) || ",;:)]".unicodeScalars.contains(scalars[j - 1])) { j -= 1 }
        return (run, j)
    }

    /// The end and kind of the word or number starting at `i`.
    static func wordEnd(_ scalars: [Unicode.Scalar], at i: Int, end: Int, singleQuoteOpen: Bool) -> (Int, Token.Kind) {
        var j = i
        var hasLetter = false
        var multiPeriod = false
        var partLength = 0
        while j < end {
            let x = scalars[j]
            if ScalarClass.isLetter(x) { hasLetter = true; partLength += 1; j += 1; continue }
            if ScalarClass.isDigit(x) || ScalarClass.isMarkOrJoiner(x) { partLength += 1; j += 1; continue }
            guard j > i, j + 1 < end else { break }
            let before = scalars[j - 1], after = scalars[j + 1]
            if ScalarClass.isApostrophe(x) && ScalarClass.isLetter(before) && ScalarClass.isLetter(after) { j += 1; partLength = 0; continue }
            if ScalarClass.isHyphen(x) && ScalarClass.isAlphanumeric(before) && ScalarClass.isAlphanumeric(after) { j += 1; partLength = 0; continue }
            if (x == "," || x == ".") && ScalarClass.isDigit(before) && ScalarClass.isDigit(after) && !hasLetter { j += 1; partLength = 0; continue }
            if x == "." && ScalarClass.isLetter(before) && ScalarClass.isLetter(after) && partLength <= 3
                && shortLetterPart(scalars, from: j + 1, end: end) {
                multiPeriod = true; j += 1; partLength = 0; continue
            }
            break
        }
        if !hasLetter {
            if j < end && scalars[j] == "%" { j += 1 }
            return (j, .number)
        }
        if j < end && scalars[j] == "." {
            if multiPeriod && partLength <= 3 { return (j + 1, .word) }
            let word = scalars[i..<j]
            if let kind = SentenceLexicon.shared.abbreviations[ScalarText.string(word).lowercased()] {
                // The period stays with the abbreviation where it cannot also end the sentence.
                var next = j + 1
                while next < end && ScalarClass.isSpace(scalars[next]) { next += 1 }
                let following = next < end ? scalars[next] : nil
                switch kind {
                case .honorific, .title:
                    return (j + 1, .word)
                case .number where following.map(ScalarClass.isDigit) == true:
                    return (j + 1, .word)
                case .number, .other:
                    if let following, ScalarClass.isLowercase(following) || ScalarClass.isDigit(following) || following == "," {
                        return (j + 1, .word)
                    }
                }
            }
            if j - i == 1 && ScalarClass.isUppercase(scalars[i]) && j + 2 < end && ScalarClass.isSpace(scalars[j + 1])
                && ScalarClass.isUppercase(scalars[j + 2]) {
                return (j + 1, .word)
            }
        }
        if j < end && ScalarClass.isApostrophe(scalars[j]) && !singleQuoteOpen && (scalars[j - 1] == "s" || scalars[j - 1] == "S")
            && (j + 1 == end || !ScalarClass.isLetter(scalars[j + 1])) {
            return (j + 1, .word)
        }
        return (j, .word)
    }

    /// True when a part of one to three letters starts at `from` and ends at a period.
    static func shortLetterPart(_ scalars: [Unicode.Scalar], from: Int, end: Int) -> Bool {
        var q = from
        while q < end && q - from < 4 && ScalarClass.isLetter(scalars[q]) { q += 1 }
        return q - from >= 1 && q - from <= 3 && (q == end || scalars[q] == "." || !ScalarClass.isLetter(scalars[q]))
    }
}
