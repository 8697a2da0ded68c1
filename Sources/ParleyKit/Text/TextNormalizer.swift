import Foundation

/// Normalises article text before analysis, so that every later stage sees
/// one spelling of each character and no invisible or terminal-control
/// characters.
///
/// What it changes, scalar by scalar:
/// - CR LF and a lone CR become LF; NEL (U+0085) and LINE SEPARATOR
///   (U+2028) become LF; PARAGRAPH SEPARATOR (U+2029) becomes a blank line.
/// - Other C0 and C1 control characters (ESC, BEL, CSI U+009B, DEL ...) become
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
        for s in raw.unicodeScalars {
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
}
