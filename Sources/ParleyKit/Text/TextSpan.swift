/// A half-open range of a text, counted in Unicode scalars from the start of
/// the article text, as Python, brat and spaCy count.
///
/// `start` is the offset of the first scalar, `end` the offset one past the
/// last: in `"the cat sat"` the span `[4, 7)` is `"cat"`. Spans are values;
/// they never hold the text they point into.
public struct TextSpan: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// Offset of the first scalar (inclusive).
    public var start: Int
    /// Offset one past the last scalar (exclusive).
    public var end: Int

    /// Makes the span `[start, end)`; `end` is raised to `start` if lower.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Number of scalars the span covers.
    public var length: Int { end - start }
    /// True when the span covers no scalar.
    public var isEmpty: Bool { end <= start }

    /// True when `other` lies wholly inside this span.
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }
    /// True when `offset` lies inside this span.
    public func contains(offset: Int) -> Bool { offset >= start && offset < end }
    /// True when the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { other.start < end && start < other.end }
    /// The smallest span covering both.
    public func union(_ other: TextSpan) -> TextSpan { TextSpan(min(start, other.start), max(end, other.end)) }
    /// Number of scalars both spans cover (0 when disjoint).
    public func overlapLength(_ other: TextSpan) -> Int { max(0, min(end, other.end) - max(start, other.start)) }

    /// Orders by start, then by end.
    public static func < (a: TextSpan, b: TextSpan) -> Bool { a.start != b.start ? a.start < b.start : a.end < b.end }

    /// `[start, end)`, for messages and test failures.
    public var description: String { "[\(start), \(end))" }

    /// Encodes as the two-element array `[start, end]` used in the JSONL export.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }

    /// Decodes the two-element array `[start, end]`.
    /// - Throws: `DecodingError` when the array is not two integers.
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let start = try container.decode(Int.self)
        let end = try container.decode(Int.self)
        self.init(start, end)
    }
}
