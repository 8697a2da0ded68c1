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
        var i = 0
        var sawBreak = false
        var sentenceIndex = 0
        func isAlnum(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || (c.properties.numericType == .decimal) }
        while i < s.count {
            let c = s[i]
            if c.properties.isWhitespace {
                if c == "\n" || c == "\r" || c == "\u{2029}" { sawBreak = true }
                i += 1
                continue
            }
            var j = i + 1
            if isAlnum(c) {
                while j < s.count, isAlnum(s[j]) { j += 1 }
            }
            let span = TextSpan(i, j)
            let string = text[span]
            let isDigits = string.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.numericType == .decimal }
            while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex].span.end <= i { sentenceIndex += 1 }
            tokens.append(TimeToken(span: span, text: string, lower: string.lowercased(), isDigits: isDigits,
                                    isWord: c.properties.isAlphabetic, isCapitalized: c.properties.isUppercase,
                                    breakBefore: sawBreak, sentence: sentences.isEmpty ? 0 : sentenceIndex))
            sawBreak = false
            i = j
        }
        return tokens
    }
}
