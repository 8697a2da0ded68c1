import Foundation

extension ArticleReader {
    /// Reads an HTML page: one article.
    ///
    /// The page is parsed by libxml2 (`HTMLDocument`, which also settles the encoding), its metadata read
    /// (`HTMLMetadata`) and its main text extracted (`HTMLContentExtractor`).
    ///
    /// - Returns: the article (none, with a problem, when the page has no main text).
    /// - Throws: `ReadProblem` for bytes that are binary or that libxml2 cannot parse at all.
    func readHTML(_ data: Data, path: String) throws -> (articles: [Article], problems: [ReadProblem]) {
        if data.prefix(8192).contains(0), !data.starts(with: [0xFF, 0xFE]), !data.starts(with: [0xFE, 0xFF]) {
            throw ReadProblem(path: path, reason: "binary file (NUL bytes); skipped", isFatal: true)
        }
        guard let article = try Self.htmlArticle(data: data, source: path) else {
            return ([], [ReadProblem(path: path, reason: "no article text found in the page; skipped", isFatal: false)])
        }
        return ([article], [])
    }

    /// An article from the bytes of an HTML page.
    ///
    /// The text is the headline, a blank line, then the body as `HTMLContentExtractor` gives it (paragraphs
    /// separated by blank lines), normalised by `TextNormalizer`; `bodyStart` is the scalar offset of the body.
    /// `url`, `outlet`, `author` and `published` come from `HTMLMetadata`.
    ///
    /// - Parameters:
    ///   - data: the page's bytes, in any encoding `HTMLDocument` handles.
    ///   - source: the file path or address, kept as the article's `source`.
    /// - Returns: nil when the page has no body text.
    /// - Throws: `ReadProblem` when libxml2 cannot parse the bytes.
    public static func htmlArticle(data: Data, source: String) throws -> Article? {
        let document: HTMLDocument
        do {
            document = try HTMLDocument(data: data, url: nil)
        } catch {
            throw ReadProblem(path: source, reason: "not an HTML page libxml2 can parse; skipped", isFatal: true)
        }
        let metadata = HTMLMetadata.read(document, source: source)
        let body = TextNormalizer.normalize(HTMLContentExtractor().extract(from: document, headline: metadata.title))
        guard body.contains(where: { !$0.isWhitespace }) else { return nil }
        var article: Article
        let headline = metadata.title.map { collapse(TextNormalizer.normalize($0)) } ?? ""
        if headline.isEmpty {
            article = Article(source: source, text: body, published: metadata.published)
        } else {
            let text = headline + "\n\n" + body
            article = Article(source: source, text: text, headline: headline, bodyStart: headline.unicodeScalars.count + 2,
                              published: metadata.published)
        }
        article.url = metadata.url
        article.outlet = metadata.outlet
        article.author = metadata.author
        return article
    }
}
