/// A token as the time tagger sees it: a run of letters and digits, or one
/// other non-space scalar. "28th", "2010s" and "Q1" are one token each;
/// "4:49" is three; "p.m." is four.
struct TimeToken: Sendable {
    /// Where it stands (Unicode scalars).
    let span: TextSpan
    /// Its text.
    let text: String
    /// Its text in lowercase.
    let lower: String
    /// True when it is all ASCII digits.
    let isDigits: Bool
    /// True when it starts with a letter.
    let isWord: Bool
    /// True when it starts with an uppercase letter.
    let isCapitalized: Bool
    /// True when a line break stands between the previous token and this one.
    let breakBefore: Bool
    /// Index of the sentence it belongs to (0 when sentences are not given).
    var sentence: Int

    /// Its value as a number when `isDigits`.
    var number: Int? { isDigits ? Int(text) : nil }
}

/// Splits a text into `TimeToken`s.
enum TimeTokenizer {
    /// Tokens of `text`, in order, each tagged with the index of its sentence in `sentences`.
    static func tokenize(_ text: ScalarText, sentences: [Sentence]) -> [TimeToken] {
        let s = text.scalars
        var tokens: [TimeToken] = []
        tokens.reserveCapacity(s.count / 4)
        var i = 0
        var sawBreak = false
        var sentenceIndex = 0
        // ASCII fast paths; the same Unicode properties as before for other scalars
        func isAlnum(_ c: Unicode.Scalar) -> Bool { ScalarClass.isLetter(c) || ScalarClass.isDigit(c) }
        func isWhitespace(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? (c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D)) : c.properties.isWhitespace
        }
        func isUppercase(_ c: Unicode.Scalar) -> Bool { c.value < 0x80 ? (c.value >= 0x41 && c.value <= 0x5A) : c.properties.isUppercase }
        var lowerScalars: [Unicode.Scalar] = []
        while i < s.count {
            let c = s[i]
            if isWhitespace(c) {
                if c == "\n" || c == "\r" || c == "\u{2029}" { sawBreak = true }
                i += 1
                continue
            }
            var j = i + 1
            if isAlnum(c) {
                while j < s.count, isAlnum(s[j]) { j += 1 }
            }
            let span = TextSpan(i, j)
            let string = ScalarText.string(s[i..<j])
            var isDigits = true, isASCII = true, hasUpper = false
            for u in s[i..<j] {
                if u.value >= 0x80 { isASCII = false; isDigits = false; break }
                if u.value < 0x30 || u.value > 0x39 { isDigits = false }
                if u.value >= 0x41 && u.value <= 0x5A { hasUpper = true }
            }
            let lower: String
            if !isASCII {
                lower = string.lowercased()
            } else if hasUpper {
                lowerScalars.removeAll(keepingCapacity: true)
                for u in s[i..<j] { lowerScalars.append(u.value >= 0x41 && u.value <= 0x5A ? Unicode.Scalar(u.value + 0x20)! : u) }
                lower = ScalarText.string(lowerScalars)
            } else {
                lower = string
            }
            while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex].span.end <= i { sentenceIndex += 1 }
            tokens.append(TimeToken(span: span, text: string, lower: lower, isDigits: isDigits,
                                    isWord: ScalarClass.isLetter(c), isCapitalized: isUppercase(c),
                                    breakBefore: sawBreak, sentence: sentences.isEmpty ? 0 : sentenceIndex))
            sawBreak = false
            i = j
        }
        return tokens
    }
}
