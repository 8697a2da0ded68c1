import Foundation

/// Normalises article text before analysis.
///
/// PLACEHOLDER until the Text stage: NFC, soft hyphens dropped, control
/// characters (C0 and C1, other than tab and line feed) turned into spaces,
/// CR LF and lone CR turned into LF.
public enum TextNormalizer {
    /// The normalised form of `raw`.
    public static func normalize(_ raw: String) -> String {
        let nfc = raw.precomposedStringWithCanonicalMapping
        var view = String.UnicodeScalarView()
        var previousCR = false
        for s in nfc.unicodeScalars {
            if s == "\r" { view.append("\n"); previousCR = true; continue }
            if s == "\n" && previousCR { previousCR = false; continue }
            previousCR = false
            switch s.value {
            case 0x00AD: continue
            case 0x09, 0x0A: view.append(s)
            case 0x00...0x1F, 0x7F...0x9F: view.append(" ")
            default: view.append(s)
            }
        }
        return String(view)
    }
}
