/// Character classes the Text stage tests scalar by scalar.
///
/// Kept in one place so the paragraph splitter, sentence splitter and
/// tokenizer agree on what a quote mark, a terminator or a bullet is.
enum ScalarClass {
    /// White space, including no-break space (Unicode White_Space property).
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || (s.value > 0x7F && s.properties.isWhitespace)
    }

    /// A letter (Unicode Alphabetic property).
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }
        return s.properties.isAlphabetic
    }

    /// A decimal digit of any script.
    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s >= "0" && s <= "9" }
        return s.properties.numericType == .decimal
    }

    /// A letter or a digit.
    @inline(__always) static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    /// A lower-case letter.
    @inline(__always) static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s >= "a" && s <= "z" }
        return s.properties.isLowercase
    }

    /// An upper-case or title-case letter.
    @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s >= "A" && s <= "Z" }
        return s.properties.isUppercase || s.properties.generalCategory == .titlecaseLetter
    }

    /// A combining mark or a joiner that belongs to the scalar before it.
    @inline(__always) static func isMarkOrJoiner(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x300 { return false }
        if s.value == 0x200D || s.value == 0x200C || (0xFE00...0xFE0F).contains(s.value) { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// A quote mark of any style: straight, curly, low-9, guillemets, corner brackets.
    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x22, 0x27, 0x2018...0x201F, 0xAB, 0xBB, 0x2039, 0x203A, 0x300C...0x300F, 0xFF02, 0xFF07: return true
        default: return false
        }
    }

    /// A quote mark that can also be an apostrophe: ' ‘ ’ ‛ ʼ.
    static func isSingleQuote(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2018}" || s == "\u{2019}" || s == "\u{201B}" || s == "\u{02BC}"
    }

    /// An apostrophe inside a word: ' ’ ʼ.
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }

    /// A hyphen that can join the parts of a word: - ‐ ‑.
    static func isHyphen(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// A scalar that ends a sentence: . ! ? … and their doubled and full-width forms.
    @inline(__always) static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0x3002, 0xFF01, 0xFF1F, 0xFF0E: return true
        default: return false
        }
    }

    /// A mark that may close what a terminator ends: any quote mark or a closing bracket.
    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        s == ")" || s == "]" || s == "}" || isQuote(s)
    }

    /// A mark that may open a sentence before its first word: any quote mark, an opening bracket, ¿ ¡.
    static func isOpener(_ s: Unicode.Scalar) -> Bool {
        s == "(" || s == "[" || s == "{" || s == "\u{BF}" || s == "\u{A1}" || isQuote(s)
    }

    /// A list bullet: • ⁃ ◦ ▪ ‣ ∙ ●.
    static func isBullet(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2022, 0x2043, 0x25E6, 0x25AA, 0x2023, 0x2219, 0x25CF: return true
        default: return false
        }
    }
}
