import Foundation

/// Measures how much of a page's expected main text an extraction recovers.
///
/// Texts are compared as bags of words: tokens are maximal runs of letters and digits (Unicode), lowercased;
/// the tokens in common are the multiset intersection. Recall is common ÷ expected tokens, precision is
/// common ÷ extracted tokens. Word order is not judged (a bag of words ignores it), so a page whose paragraphs
/// come out in another order still scores fully.
public enum ExtractionScore {
    /// The lowercased letter-and-digit tokens of `text`, in order.
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                out.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { out.append(String(current)) }
        return out
    }

    /// Token counts of one comparison.
    public struct Counts: Hashable, Sendable {
        /// Tokens of the expected text.
        public var expected: Int
        /// Tokens of the extracted text.
        public var extracted: Int
        /// Tokens in both (multiset intersection).
        public var common: Int
        /// common ÷ expected; 1 when nothing was expected.
        public var recall: Double { expected == 0 ? 1 : Double(common) / Double(expected) }
        /// common ÷ extracted; 1 when nothing was extracted and nothing expected, else 0 for nothing extracted.
        public var precision: Double { extracted == 0 ? (expected == 0 ? 1 : 0) : Double(common) / Double(extracted) }
    }

    /// Compares `extracted` against `expected` as bags of words.
    public static func compare(extracted: String, expected: String) -> Counts {
        var bag: [String: Int] = [:]
        let expectedTokens = tokens(expected)
        for t in expectedTokens { bag[t, default: 0] += 1 }
        let extractedTokens = tokens(extracted)
        var common = 0
        for t in extractedTokens {
            if let n = bag[t], n > 0 {
                common += 1
                bag[t] = n - 1
            }
        }
        return Counts(expected: expectedTokens.count, extracted: extractedTokens.count, common: common)
    }
}

/// Scores parley's HTML reading against the two reference corpora of web pages:
/// - `readability-pages`: one folder a page with `source.html`, `expected.txt` (the main text Mozilla
///   Readability gives) and `expected-metadata.json` (`title`, `byline`, `publishedTime`, `siteName`);
/// - `web-news-html` with `web-news-text`: `NAME.html` pages and their expected main text `NAME.txt`, and
///   `web-news-text/urls.jsonl` giving each page's address (`{"file": NAME, "url": ...}`).
public enum HTMLCorpusEvaluation {
    /// The outcome for one page. A metadata field is nil when the corpus gives no expected value.
    public struct Page: Sendable {
        /// The page's name (folder or file name without extension).
        public var name: String
        /// Body text against the expected text.
        public var counts: ExtractionScore.Counts
        /// Whether the headline equals the expected title (letters and digits, lowercased).
        public var titleMatches: Bool?
        /// Whether the DCT day equals the day of the expected published time.
        public var dateMatches: Bool?
        /// Whether the author and the expected byline contain one another (letters and digits, lowercased).
        public var authorMatches: Bool?
        /// Whether the article's URL equals the expected one (scheme and a final slash aside).
        public var urlMatches: Bool?
        /// The article parley read, nil when none.
        public var article: Article?
    }

    /// Averages and metadata tallies over pages.
    public struct Summary: Sendable {
        /// Pages scored.
        public var pages: Int
        /// Mean of per-page recall and precision (macro averages).
        public var meanRecall: Double
        /// Mean of per-page precision.
        public var meanPrecision: Double
        /// Recall and precision over all tokens pooled (micro averages).
        public var pooled: ExtractionScore.Counts
        /// (matching, judged) for titles, dates, authors and URLs.
        public var titles: (Int, Int), dates: (Int, Int), authors: (Int, Int), urls: (Int, Int)

        /// Summarises `pages`.
        public init(_ pages: [Page]) {
            self.pages = pages.count
            let n = Double(max(1, pages.count))
            meanRecall = pages.map(\.counts.recall).reduce(0, +) / n
            meanPrecision = pages.map(\.counts.precision).reduce(0, +) / n
            pooled = ExtractionScore.Counts(expected: pages.map(\.counts.expected).reduce(0, +),
                                            extracted: pages.map(\.counts.extracted).reduce(0, +),
                                            common: pages.map(\.counts.common).reduce(0, +))
            func tally(_ f: (Page) -> Bool?) -> (Int, Int) {
                let judged = pages.compactMap(f)
                return (judged.filter { $0 }.count, judged.count)
            }
            titles = tally(\.titleMatches)
            dates = tally(\.dateMatches)
            authors = tally(\.authorMatches)
            urls = tally(\.urlMatches)
        }
    }

    /// The article body: the text after `bodyStart`.
    static func body(_ article: Article?) -> String {
        guard let article else { return "" }
        return String(String.UnicodeScalarView(article.text.unicodeScalars.dropFirst(article.bodyStart)))
    }

    /// Scores every page folder of `folder` (a `readability-pages` layout), in name order.
    public static func readabilityPages(folder: URL) -> [Page] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        var pages: [Page] = []
        for name in names {
            let dir = folder.appendingPathComponent(name)
            let source = dir.appendingPathComponent("source.html")
            guard let data = try? Data(contentsOf: source),
                  let expected = try? String(contentsOf: dir.appendingPathComponent("expected.txt"), encoding: .utf8) else { continue }
            let article = (try? ArticleReader.htmlArticle(data: data, source: source.path)) ?? nil
            var page = Page(name: name, counts: ExtractionScore.compare(extracted: body(article), expected: expected), article: article)
            if let metaData = try? Data(contentsOf: dir.appendingPathComponent("expected-metadata.json")),
               let meta = try? JSONSerialization.jsonObject(with: metaData) as? [String: Any] {
                if let title = meta["title"] as? String, !title.isEmpty {
                    page.titleMatches = normalizedTitle(article?.headline ?? "") == normalizedTitle(title)
                }
                if let time = meta["publishedTime"] as? String, let day = HTMLMetadata.parseDate(time), day.isFull {
                    page.dateMatches = article?.published?.value == day.value
                }
                if let byline = meta["byline"] as? String, !byline.isEmpty {
                    let a = normalizedTitle(article?.author ?? ""), b = normalizedTitle(byline)
                    page.authorMatches = !a.isEmpty && (a.contains(b) || b.contains(a))
                }
            }
            pages.append(page)
        }
        return pages
    }

    /// Scores every `NAME.html` of `html` against `text/NAME.txt`, in name order; URLs against `text/urls.jsonl`.
    public static func webNews(html: URL, text: URL) -> [Page] {
        var urls: [String: String] = [:]
        if let list = try? String(contentsOf: text.appendingPathComponent("urls.jsonl"), encoding: .utf8) {
            for line in list.split(separator: "\n") {
                guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let file = o["file"] as? String, let url = o["url"] as? String else { continue }
                urls[file] = url
            }
        }
        func plainURL(_ s: String) -> String {
            var u = s.lowercased()
            for p in ["https://", "http://"] where u.hasPrefix(p) { u = String(u.dropFirst(p.count)) }
            if u.hasPrefix("www.") { u = String(u.dropFirst(4)) }
            while u.hasSuffix("/") { u = String(u.dropLast()) }
            return u
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: html.path)) ?? []).filter { $0.hasSuffix(".html") }.sorted()
        var pages: [Page] = []
        for file in names {
            let name = String(file.dropLast(5))
            guard let data = try? Data(contentsOf: html.appendingPathComponent(file)),
                  let expected = try? String(contentsOf: text.appendingPathComponent(name + ".txt"), encoding: .utf8) else { continue }
            let article = (try? ArticleReader.htmlArticle(data: data, source: html.appendingPathComponent(file).path)) ?? nil
            var page = Page(name: name, counts: ExtractionScore.compare(extracted: body(article), expected: expected), article: article)
            if let url = urls[name] { page.urlMatches = plainURL(article?.url ?? "") == plainURL(url) }
            pages.append(page)
        }
        return pages
    }
}
