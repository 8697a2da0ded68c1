import Foundation

/// What a structured input (a JSON record, a feed item, a Reuters document)
/// says about one article, before it becomes an `Article`.
public struct ArticleFields: Sendable, Hashable {
    /// The headline, as given (not yet normalised).
    public var headline: String?
    /// The body text, paragraphs separated by blank lines (not yet normalised).
    public var body: String?
    /// The article's own web address.
    public var url: String?
    /// The outlet (publisher).
    public var outlet: String?
    /// The author or authors ("A, B").
    public var author: String?
    /// The publication date from the input's metadata.
    public var published: DocumentCreationTime?

    /// Makes fields; all empty by default.
    public init(headline: String? = nil, body: String? = nil, url: String? = nil, outlet: String? = nil,
                author: String? = nil, published: DocumentCreationTime? = nil) {
        self.headline = headline
        self.body = body
        self.url = url
        self.outlet = outlet
        self.author = author
        self.published = published
    }

    /// The article these fields make, with source `source`.
    ///
    /// The text is the normalised headline, a blank line, then the normalised
    /// body; `bodyStart` points at the body. Line breaks inside the headline
    /// become spaces. An item with a headline and no body is an article of its
    /// headline alone (feeds often carry only titles, and a headline can
    /// quote someone); `bodyStart` is then the text's length.
    ///
    /// - Returns: nil when there is neither headline nor body text.
    public func article(source: String) -> Article? {
        let headline = Self.oneLine(TextNormalizer.normalize(headline ?? ""))
        var body = TextNormalizer.normalize(body ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        // A body that starts with the headline again (some feeds repeat it) keeps only the body.
        if !headline.isEmpty, body.hasPrefix(headline + "\n") { body = String(body.dropFirst(headline.count)).trimmingCharacters(in: .whitespacesAndNewlines) }
        let hasHeadline = headline.contains { !$0.isWhitespace }
        let hasBody = body.contains { !$0.isWhitespace }
        guard hasHeadline || hasBody else { return nil }
        let text: String
        let bodyStart: Int
        if hasHeadline && hasBody {
            text = headline + "\n\n" + body
            bodyStart = headline.unicodeScalars.count + 2
        } else if hasHeadline {
            text = headline
            bodyStart = headline.unicodeScalars.count
        } else {
            text = body
            bodyStart = 0
        }
        var article = Article(source: source, text: text, headline: hasHeadline ? headline : nil, bodyStart: bodyStart,
                              outlet: Self.clean(outlet), author: Self.clean(author), published: published)
        article.url = Self.clean(url)
        return article
    }

    /// `text` with every run of white space (line breaks included) made one space, trimmed.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A metadata value normalised to one line; nil when empty.
    static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let line = oneLine(TextNormalizer.normalize(value))
        return line.isEmpty ? nil : line
    }
}
