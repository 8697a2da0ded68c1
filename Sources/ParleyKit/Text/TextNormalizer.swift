import Foundation

/// Normalises article text before analysis, so that every later stage sees
/// one spelling of each character and no invisible or terminal-control
/// characters.
///
/// What it changes, scalar by scalar:
/// - CR LF and a lone CR become LF; NEL (U+0085) and LINE SEPARATOR
///   (U+2028) become LF; PARAGRAPH SEPARATOR (U+2029) becomes a blank line.
/// - A whole terminal escape sequence is dropped: a CSI sequence (ESC `[`
///   or U+009B, parameter and intermediate bytes, one final byte
///   U+0040–U+007E, as ECMA-48 §5.4 defines it), an OSC, DCS, SOS, PM or APC
///   string (ESC `]` `P` `X` `^` `_` up to BEL or ESC `\`), or ESC and one
///   more character; so "ESC[31mred" leaves "red", not "[31mred".
/// - Other C0 and C1 control characters (BEL, DEL ...) become
///   a space, except tab and line feed, which stay. None survives, so no
///   article can send escape sequences to the terminal.
/// - Soft hyphens (U+00AD) are dropped: they only mark where a word may break.
/// - Invisible characters that carry no meaning in news text are dropped:
///   zero-width space (U+200B), word joiner (U+2060), the byte-order mark
///   (U+FEFF), Mongolian vowel separator (U+180E), bidirectional embedding,
///   override, isolate and mark controls (U+200E, U+200F, U+202A–U+202E,
///   U+2066–U+2069, U+061C) and interlinear annotation marks (U+FFF9–U+FFFB).
///   Bidirectional controls are dropped because they reorder what a terminal
///   shows, which would let a text display something other than it says.
/// - Zero-width joiner and non-joiner (U+200D, U+200C) stay: emoji sequences
///   and Persian, Arabic and Indic spellings need them.
/// - The replacement character U+FFFD stays, so a decoding error remains
///   visible where it happened.
/// - Last, the text is put in Unicode Normalization Form C (canonical
///   composition), so "é" is one scalar whichever way it was typed.
///
/// Offsets of later stages count scalars of the normalised text.
public enum TextNormalizer {
    /// The normalised form of `raw`; see the type's documentation for each change.
    ///
    /// - Parameter raw: text as read from a file or feed.
    /// - Returns: the text with line ends, control and invisible characters
    ///   handled, in NFC.
    public static func normalize(_ raw: String) -> String {
        var view = String.UnicodeScalarView()
        var previousCR = false
        let scalars = Array(raw.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let s = scalars[index]
            index += 1
            if s.value == 0x1B || s.value == 0x9B {
                index = endOfEscapeSequence(scalars, after: index, introducer: s)
                continue
            }
            if s == "\r" { view.append("\n"); previousCR = true; continue }
            if s == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            switch s.value {
            case 0x09, 0x0A:
                view.append(s)
            case 0x85, 0x2028:
                view.append("\n")
            case 0x2029:
                view.append("\n"); view.append("\n")
            case 0x00...0x1F, 0x7F...0x9F:
                view.append(" ")
            case 0x00AD, 0x200B, 0x2060, 0xFEFF, 0x180E, 0x200E, 0x200F, 0x061C,
                 0x202A...0x202E, 0x2066...0x2069, 0xFFF9...0xFFFB:
                continue
            default:
                view.append(s)
            }
        }
        return String(view).precomposedStringWithCanonicalMapping
    }

    /// The index just past an escape sequence whose introducer (ESC or CSI) stood right before `start` (ECMA-48).
    static func endOfEscapeSequence(_ scalars: [Unicode.Scalar], after start: Int, introducer: Unicode.Scalar) -> Int {
        var i = start
        var isCSI = introducer.value == 0x9B
        if !isCSI {
            guard i < scalars.count else { return i }
            let next = scalars[i].value
            if next == 0x5B { isCSI = true; i += 1 }  // ESC [
            else if [0x5D, 0x50, 0x58, 0x5E, 0x5F].contains(next) {  // ESC ] P X ^ _: a string up to BEL or ST
                i += 1
                while i < scalars.count {
                    let c = scalars[i].value
                    if c == 0x07 || c == 0x9C { return i + 1 }
                    if c == 0x1B, i + 1 < scalars.count, scalars[i + 1] == "\\" { return i + 2 }
                    if c == 0x0A { return i }  // an unterminated string ends at the line
                    i += 1
                }
                return i
            } else if next >= 0x20 && next <= 0x7E {
                return i + 1  // ESC and one character (ESC c, ESC 7 ...)
            } else {
                return i
            }
        }
        // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, then one final byte 0x40–0x7E
        var k = i
        while k < scalars.count, (0x20...0x3F).contains(scalars[k].value) { k += 1 }
        if k < scalars.count, (0x40...0x7E).contains(scalars[k].value) { return k + 1 }
        return i  // not a well-formed sequence: drop only the introducer (ESC [ or CSI)
    }
}
