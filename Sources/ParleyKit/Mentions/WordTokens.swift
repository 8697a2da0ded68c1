/// A token as the mention and attribution stages read it.
///
/// Words keep inner apostrophes and hyphens ("didn’t", "Kilroy-Silk",
/// "shouldn‘t"), so an apostrophe inside a word is never taken for a quote
/// mark. Double quote marks (“ ” „ « » ", and '' typed for one) are tokens of their own.
public struct WordToken: Sendable {
    /// What kind of token.
    public enum Kind: Sendable, Equatable {
        /// Letters and digits, with inner apostrophes and hyphens.
        case word
        /// Digits only.
        case number
        /// A double quote mark.
        case quote
        /// Any other scalar that is not white space.
        case punctuation
    }
    /// Offset of the first scalar.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// The token as written.
    public var text: String
    /// The token lowercased, with ’ folded to '.
    public var lower: String
    /// Its kind.
    public var kind: Kind
    /// True when a word starts with an upper-case letter.
    public var isCapitalised: Bool
    /// Index of the sentence it belongs to (-1 outside every sentence).
    public var sentence: Int
    /// Index of the paragraph of that sentence (-1 outside every sentence).
    public var paragraph: Int

    /// Its span.
    public var span: TextSpan { TextSpan(start, end) }
}

/// Splits an article into `WordToken`s in one linear pass over its scalars.
public enum WordTokenizer {
    /// True for a double quote mark parley pairs.
    public static func isQuoteMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB: return true
        default: return false
        }
    }

    static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
        c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "\u{02BC}"
    }

    static func isHyphen(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2010}" || c == "\u{2011}" }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return c.properties.isWhitespace
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return c.properties.numericType != nil
    }

    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return c.properties.isUppercase
    }

    /// The tokens of `text`, each tagged with its sentence and paragraph.
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - sentences: its sentences in order; tokens outside every sentence get index -1.
    /// - Returns: tokens in text order; offsets count Unicode scalars.
    public static func tokenize(_ text: ScalarText, sentences: [Sentence]) -> [WordToken] {
        let s = text.scalars
        var tokens: [WordToken] = []
        tokens.reserveCapacity(s.count / 5)
        var sentence = 0
        var i = 0
        var lowerScalars: [Unicode.Scalar] = []
        while i < s.count {
            let c = s[i]
            if isSpace(c) { i += 1; continue }
            var j = i + 1
            var kind: WordToken.Kind = .punctuation
            if isWordScalar(c) {
                var digitsOnly = isDigit(c)
                while j < s.count {
                    let d = s[j]
                    if isWordScalar(d) {
                        if digitsOnly && !isDigit(d) { digitsOnly = false }
                        j += 1
                    } else if (isApostrophe(d) || isHyphen(d)) && j + 1 < s.count && isWordScalar(s[j + 1]) {
                        j += 2
                    } else { break }
                }
                kind = digitsOnly ? .number : .word
            } else if isQuoteMark(c) {
                kind = .quote
            } else if c == "'" && j < s.count && s[j] == "'" {
                kind = .quote // two apostrophes typed for a double mark (''quote'')
                j += 1
            }
            while sentence < sentences.count && sentences[sentence].span.end <= i { sentence += 1 }
            let inside = sentence < sentences.count && sentences[sentence].span.start <= i
            let written = ScalarText.string(s[i..<j])
            // lowercase form: ASCII folded in place, other scalars through their Unicode lowercase mapping
            var needsFolding = false
            for u in s[i..<j] where isApostrophe(u) && u != "'" || (u.value < 0x80 ? (u.value >= 0x41 && u.value <= 0x5A) : true) {
                needsFolding = true
                break
            }
            var lower = written
            if needsFolding {
                lowerScalars.removeAll(keepingCapacity: true)
                for u in s[i..<j] {
                    if isApostrophe(u) { lowerScalars.append("'") }
                    else if u.value < 0x80 { lowerScalars.append(u.value >= 0x41 && u.value <= 0x5A ? Unicode.Scalar(u.value + 0x20)! : u) }
                    else { lowerScalars.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars) }
                }
                lower = ScalarText.string(lowerScalars)
            }
            tokens.append(WordToken(start: i, end: j, text: written, lower: lower, kind: kind,
                                    isCapitalised: kind == .word && isUpper(c),
                                    sentence: inside ? sentence : -1,
                                    paragraph: inside ? sentences[sentence].paragraph : -1))
            i = j
        }
        return tokens
    }
}
