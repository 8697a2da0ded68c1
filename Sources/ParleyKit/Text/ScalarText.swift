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
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
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
