import Foundation

/// Tells which single-byte legacy encoding undeclared news text is in, and
/// decodes it.
///
/// News files that are not UTF-8 are, in practice, in Windows-1252 (Western
/// European; ISO-8859-1 files are read as Windows-1252 too, as browsers do by
/// the WHATWG Encoding Standard, because Latin-1's 0x80–0x9F are control
/// codes no text uses) or in Windows-1251 (Cyrillic). The rule that tells
/// them apart looks at where the bytes from 0xC0 to 0xFF stand, since those
/// are letters in both:
///
/// - In Windows-1252 text they are accented Latin letters *inside* words of
///   ASCII letters ("Not\u{ED}cias" is `Not 0xED cias`): a word that mixes
///   ASCII letters and high bytes is Latin evidence.
/// - In Windows-1251 text they are the Cyrillic letters themselves, so whole
///   words are made of high bytes and hold no ASCII letter: a word of two or
///   more high bytes only is Cyrillic evidence.
///
/// The encoding with more evidence wins; a tie goes to Windows-1252. This is
/// the idea behind the letter-pair frequency detectors of Mozilla's universal
/// charset detector (Li and Momoi, "A composite approach to language/encoding
/// detection", 2001), cut down to the two encodings news text comes in.
///
/// `plausibleLegacyText` decides whether bytes that are not valid UTF-8 are
/// legacy text at all, or UTF-8 with a few damaged bytes (see
/// `TextDecoder.decode`).
public enum CharsetDetector {
    /// A legacy single-byte encoding parley reads.
    public enum Legacy: String, Sendable, Equatable {
        /// Windows-1252 (Western European; ISO-8859-1 read as this).
        case windows1252 = "windows-1252"
        /// Windows-1251 (Cyrillic).
        case windows1251 = "windows-1251"
    }

    /// What the high bytes (0x80–0xFF) of some bytes look like.
    public struct Evidence: Sendable, Equatable {
        /// Words mixing ASCII letters and letter bytes (0xC0–0xFF and the Windows-1251 letters below) (Latin evidence).
        public var latinWords = 0
        /// Words of two or more letter bytes 0xC0–0xFF and no ASCII letter (Cyrillic evidence).
        public var cyrillicWords = 0
        /// Letter bytes standing alone: a one-letter word of a high byte.
        public var strayLetters = 0
        /// All letter bytes (0xC0–0xFF and `cyrillicExtraLetters`).
        public var letterBytes = 0
        /// All bytes from 0x80 to 0xFF.
        public var highBytes = 0
        /// Valid multi-byte UTF-8 sequences.
        public var utf8Sequences = 0
        /// High bytes that are part of valid multi-byte UTF-8 sequences.
        public var bytesInUTF8Sequences = 0
    }

    /// Windows-1251 bytes below 0xC0 that are letters: Ё ё Ґ ґ Є є І і Ї ї Ў ў.
    static let cyrillicExtraLetters: Set<UInt8> = [0xA8, 0xB8, 0xA5, 0xB4, 0xAA, 0xBA, 0xB2, 0xB3, 0xAF, 0xBF, 0xA1, 0xA2]

    /// Counts the evidence in `bytes` (see the type's documentation).
    public static func evidence<C: Collection>(_ bytes: C) -> Evidence where C.Element == UInt8 {
        var evidence = Evidence()
        var ascii = 0, high = 0
        func endWord() {
            if high > 0 {
                if ascii > 0 { evidence.latinWords += 1 } else if high >= 2 { evidence.cyrillicWords += 1 } else { evidence.strayLetters += high }
            }
            ascii = 0; high = 0
        }
        var pendingContinuations = 0
        var sequenceLength = 0
        for byte in bytes {
            // valid UTF-8 multi-byte sequences, counted on the side
            if pendingContinuations > 0 {
                if byte & 0xC0 == 0x80 {
                    pendingContinuations -= 1
                    if pendingContinuations == 0 { evidence.utf8Sequences += 1; evidence.bytesInUTF8Sequences += sequenceLength }
                } else {
                    pendingContinuations = 0
                }
            }
            if pendingContinuations == 0 {
                if byte >= 0xC2 && byte <= 0xDF { pendingContinuations = 1 } else if byte >= 0xE0 && byte <= 0xEF { pendingContinuations = 2 } else if byte >= 0xF0 && byte <= 0xF4 { pendingContinuations = 3 }
                sequenceLength = pendingContinuations + 1
            }
            if byte >= 0x80 { evidence.highBytes += 1 }
            let isASCIILetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            // 0xC0–0xFF are letters in both encodings (in 1252 but for × and ÷, rare); in 1251 so are
            // Ё ё (0xA8, 0xB8) and the Ukrainian and Belarusian Ґ ґ Є є І і Ї ї Ў ў.
            let isHighLetter = byte >= 0xC0 || cyrillicExtraLetters.contains(byte)
            if isASCIILetter {
                ascii += 1
            } else if isHighLetter {
                high += 1
                evidence.letterBytes += 1
            } else {
                endWord()
            }
        }
        endWord()
        return evidence
    }

    /// The legacy encoding the evidence points to: Windows-1251 when Cyrillic
    /// words outnumber Latin ones, else Windows-1252.
    public static func legacyEncoding(_ evidence: Evidence) -> Legacy {
        evidence.cyrillicWords > evidence.latinWords ? .windows1251 : .windows1252
    }

    /// True when bytes that are not valid UTF-8 read as legacy text rather than
    /// as UTF-8 with damage:
    /// - fewer of their high bytes lie in valid multi-byte UTF-8 sequences than
    ///   outside them (a UTF-8 file with a few broken bytes has its other
    ///   non-ASCII letters as valid sequences; a legacy file forms one only by
    ///   chance, as Windows-1251 "Рі" does), and
    /// - they are not one stray byte outside any word: a lone 0xFC between two
    ///   spaces of an otherwise ASCII file is damage, read as U+FFFD with a
    ///   problem naming its line, while the same byte inside a word ("Gr\u{FC}n")
    ///   is a Latin-1 letter.
    ///
    /// Measured on snippets of Russian, Ukrainian, Bulgarian, Portuguese, German,
    /// French, Spanish and Italian (the translations in Debian's message
    /// catalogues, /usr/share/locale/*/LC_MESSAGES, encoded in Windows-1251 or
    /// -1252): no snippet got the wrong encoding; of 5,451 snippets of 600
    /// characters, 60 (Italian and French with one stand-alone "è" or "à" as
    /// their only non-ASCII letter) were read as UTF-8 with one repair, and of
    /// 3,670 snippets of 2,000 characters, 12.
    public static func plausibleLegacyText(_ evidence: Evidence) -> Bool {
        let outside = evidence.highBytes - evidence.bytesInUTF8Sequences
        guard outside > 0, evidence.bytesInUTF8Sequences < outside else { return false }
        if outside == 1 && evidence.latinWords + evidence.cyrillicWords == 0 { return false }
        return true
    }

    /// The legacy encoding of bytes that declare none, or nil when they are UTF-8 (or UTF-8 with a
    /// little damage, which a parser should report rather than re-read).
    ///
    /// For a parser that takes an encoding name (libxml2's `xmlReadMemory`, `htmlReadMemory`): pass
    /// `rawValue` when the document declares no charset or declares UTF-8 wrongly. libxml2's HTML
    /// parser honours `<meta charset>` and `<meta http-equiv="Content-Type">` itself, but reads
    /// undeclared non-UTF-8 bytes as Latin-1, so Windows-1251 pages need this.
    public static func undeclaredLegacyEncoding<C: Collection>(_ bytes: C) -> Legacy? where C.Element == UInt8 {
        let array = Array(bytes)
        if String(validating: array, as: UTF8.self) != nil { return nil }
        let evidence = evidence(array)
        return plausibleLegacyText(evidence) ? legacyEncoding(evidence) : nil
    }

    /// Decodes `bytes` in `encoding`; never fails (every byte has a character in both).
    ///
    /// Windows-1252 follows the WHATWG index (its five unassigned bytes 0x81,
    /// 0x8D, 0x8F, 0x90, 0x9D map to the C1 controls of the same value, which
    /// `TextNormalizer` turns into spaces). Windows-1251 goes through
    /// Foundation's converter.
    public static func decode<C: Collection>(_ bytes: C, as encoding: Legacy) -> String where C.Element == UInt8 {
        switch encoding {
        case .windows1252:
            var view = String.UnicodeScalarView()
            view.reserveCapacity(bytes.count)
            for byte in bytes {
                if byte >= 0x80 && byte <= 0x9F {
                    view.append(Unicode.Scalar(windows1252High[Int(byte) - 0x80]) ?? "\u{FFFD}")
                } else {
                    view.append(Unicode.Scalar(byte))
                }
            }
            return String(view)
        case .windows1251:
            if let text = String(data: Data(bytes), encoding: .windowsCP1251) { return text }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Windows-1252 bytes 0x80–0x9F as Unicode scalars (WHATWG Encoding Standard, index-windows-1252).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]
}
