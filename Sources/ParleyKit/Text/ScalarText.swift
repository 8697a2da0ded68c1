/// A text held as an array of Unicode scalars, so that spans (which count
/// scalars) index it in constant time.
///
/// Every stage of the pipeline reads the article through one `ScalarText`.
/// `string` and `scalars` always describe the same text.
public struct ScalarText: Sendable {
    /// The text as a Swift string.
    public let string: String
    /// The text's Unicode scalars; offset `i` of a `TextSpan` is `scalars[i]`.
    public let scalars: [Unicode.Scalar]

    /// Wraps `string`.
    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    /// Number of scalars.
    public var count: Int { scalars.count }
    /// The whole text as a span, `[0, count)`.
    public var fullSpan: TextSpan { TextSpan(0, scalars.count) }

    /// The text of `span`, clamped to the text's bounds.
    public subscript(span: TextSpan) -> String {
        let lower = max(0, min(span.start, scalars.count))
        let upper = max(lower, min(span.end, scalars.count))
        return ScalarText.string(scalars[lower..<upper])
    }

    /// The string of `scalars`, built by writing their UTF-8 straight into the
    /// string's storage.
    ///
    /// Gives the same string as appending the scalars to a
    /// `String.UnicodeScalarView`, which on Linux costs a call per scalar and
    /// was the largest single cost of tokenizing (the time, word and topic
    /// tokenizers make a string for every token).
    static func string<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars {
            let v = scalar.value
            byteCount += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        if byteCount == 0 { return "" }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(truncatingIfNeeded: v); i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); i += 3
                } else {
                    buffer[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); i += 4
                }
            }
            return i
        }
    }

    /// The scalar at `offset`, or nil outside the text.
    public func scalar(at offset: Int) -> Unicode.Scalar? {
        offset >= 0 && offset < scalars.count ? scalars[offset] : nil
    }

    /// `span` with white space removed from both ends.
    public func trimmed(_ span: TextSpan) -> TextSpan {
        var start = max(0, span.start)
        var end = min(scalars.count, span.end)
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return TextSpan(start, end)
    }
}
