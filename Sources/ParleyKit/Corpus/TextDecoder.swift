import Foundation

/// Turns the bytes of a text file into a string, repairing what it can and
/// saying what it repaired.
public enum TextDecoder {
    /// The outcome of decoding one file.
    public struct Decoded: Sendable {
        /// The text; invalid UTF-8 sequences are each replaced by U+FFFD.
        public var text: String
        /// Number of invalid byte sequences replaced.
        public var invalidSequences: Int
        /// 1-based line of the first invalid sequence.
        public var firstInvalidLine: Int?
        /// The encoding the bytes were read in ("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "windows-1251").
        public var encoding: String
    }

    /// Why bytes are not text.
    public enum Rejection: Error, Equatable, Sendable {
        /// NUL bytes or many control bytes: a binary file.
        case binary(reason: String)
    }

    /// Why the first bytes of a file (up to 8 KiB, without a UTF-16 BOM) are binary, or nil when they
    /// may be text: a NUL byte, or more than 10% control bytes other than tab, LF, CR, form feed and ESC.
    ///
    /// - Returns: a reason such as "binary file (NUL bytes)".
    public static func binaryReason<C: Collection>(_ sample: C) -> String? where C.Element == UInt8 {
        if sample.contains(0) { return "binary file (NUL bytes)" }
        let control = sample.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C && $0 != 0x1B }.count
        if !sample.isEmpty, control * 10 > sample.count {
            return "binary file (\(control) control bytes in the first \(sample.count))"
        }
        return nil
    }

    /// Decodes `data`.
    ///
    /// A UTF-8 byte-order mark is dropped; a UTF-16 one selects UTF-16. Bytes
    /// that are valid UTF-8 are UTF-8. Other bytes are legacy text when
    /// `CharsetDetector.plausibleLegacyText` says so, decoded in the encoding
    /// `CharsetDetector.legacyEncoding` picks (Windows-1252 or -1251); else they
    /// are UTF-8 with damage, each invalid sequence replaced by U+FFFD. Bytes
    /// are taken as binary when the first 8 KiB hold a NUL byte (without a
    /// UTF-16 BOM) or more than 10% control bytes other than tab, CR, LF and
    /// form feed — the heuristic `file(1)` and git use for "binary".
    ///
    /// - Throws: `Rejection.binary` for binary data.
    public static func decode(_ data: Data) throws -> Decoded {
        let bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            var invalid = 0
            var text = String.UnicodeScalarView()
            var iterator = units.makeIterator()
            var utf16 = UTF16()
            loop: while true {
                switch utf16.decode(&iterator) {
                case .scalarValue(let s): text.append(s)
                case .emptyInput: break loop
                case .error: invalid += 1; text.append("\u{FFFD}")
                }
            }
            return Decoded(text: String(text), invalidSequences: invalid, firstInvalidLine: nil, encoding: little ? "UTF-16LE" : "UTF-16BE")
        }
        if let reason = binaryReason(bytes.prefix(8192)) { throw Rejection.binary(reason: reason) }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if let valid = String(validating: body, as: UTF8.self) {
            return Decoded(text: valid, invalidSequences: 0, firstInvalidLine: nil, encoding: "UTF-8")
        }
        // Not UTF-8: legacy text (Latin-1, Windows-1252, Windows-1251), or UTF-8 with a few damaged bytes.
        let evidence = CharsetDetector.evidence(body)
        if CharsetDetector.plausibleLegacyText(evidence) {
            let legacy = CharsetDetector.legacyEncoding(evidence)
            return Decoded(text: CharsetDetector.decode(body, as: legacy), invalidSequences: 0, firstInvalidLine: nil, encoding: legacy.rawValue)
        }
        // Repair: decode scalar by scalar, counting the replacements and the first bad line.
        var text = String.UnicodeScalarView()
        var invalid = 0
        var line = 1
        var firstInvalidLine: Int?
        var iterator = body.makeIterator()
        var utf8 = UTF8()
        loop: while true {
            switch utf8.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1 }
                text.append(s)
            case .emptyInput: break loop
            case .error:
                invalid += 1
                if firstInvalidLine == nil { firstInvalidLine = line }
                text.append("\u{FFFD}")
            }
        }
        return Decoded(text: String(text), invalidSequences: invalid, firstInvalidLine: firstInvalidLine, encoding: "UTF-8")
    }
}
