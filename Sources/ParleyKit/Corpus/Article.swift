import Foundation

/// One news article as parley reads it: its text and what is known about it.
///
/// `text` is the whole article after normalisation (see `TextNormalizer`),
/// headline included; every `TextSpan` of the analysis counts Unicode scalars
/// from its start. `bodyStart` is the offset where the body begins (0 when
/// the article has no headline).
public struct Article: Hashable, Codable, Sendable {
    /// Stable identifier: a hash of `text` (16 lowercase hex digits), see `Article.identifier(for:)`.
    public var id: String
    /// Where the article came from, as given: a file path or a URL.
    public var source: String
    /// The article's own web address, when the input gives one (a feed item's
    /// link, a JSON record's `url`, an HTML page's canonical link).
    public var url: String?
    /// The outlet (publisher), when known.
    public var outlet: String?
    /// The headline, when the input has one.
    public var headline: String?
    /// The author, when known.
    public var author: String?
    /// Publication date (document creation time), with where it came from.
    public var published: DocumentCreationTime?
    /// The normalised article text, headline included.
    public var text: String
    /// Scalar offset where the body starts; the headline lies before it.
    public var bodyStart: Int

    /// Makes an article; `id` is derived from `text`.
    public init(source: String, text: String, headline: String? = nil, bodyStart: Int = 0,
                outlet: String? = nil, author: String? = nil, published: DocumentCreationTime? = nil) {
        self.id = Article.identifier(for: text)
        self.source = source
        self.outlet = outlet
        self.headline = headline
        self.author = author
        self.published = published
        self.text = text
        self.bodyStart = bodyStart
    }

    /// What the input says about the article besides its text, as one string: the publication date and its
    /// provenance when the input gives one (or `--published` does), the URL, author and outlet. The index
    /// analyzes an article again when this changes though the text (`id`) does not.
    /// Empty when the input says none of these.
    public var inputMetadataKey: String {
        let parts = [published?.value ?? "", published?.provenance.rawValue ?? "", url ?? "", author ?? "", outlet ?? ""]
        return parts.allSatisfy(\.isEmpty) ? "" : parts.joined(separator: "\u{1F}")
    }

    /// A stable 64-bit FNV-1a hash of the text's UTF-8 bytes, as 16 hex digits.
    ///
    /// FNV-1a (Fowler, Noll, Vo) is used because it is stable across runs and
    /// platforms, unlike Swift's seeded `Hasher`.
    public static func identifier(for text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
