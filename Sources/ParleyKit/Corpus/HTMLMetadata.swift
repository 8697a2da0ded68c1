import Foundation

/// What a news page says about itself: title, author, publication time, outlet and address, read from
/// `<meta>` tags (Open Graph, Twitter cards, Dublin Core, `article:*`, the `name`s news systems write),
/// schema.org JSON-LD (`<script type="application/ld+json">`, an object, an array or an `@graph`),
/// microdata (`itemprop`), `<link rel="canonical">`, `<title>` and `<h1>`.
///
/// Publication time, in order of trust (the first rank that gives a date wins; within a rank the
/// first source listed):
/// 1. a full date (a day, with or without a time) in the metadata: `article:published_time`, JSON-LD
///    `datePublished`, `og:published_time`, `itemprop="datePublished"`, then `name=` `date`, `pubdate`,
///    `publishdate`, `publish-date`, `dc.date`, `dc.date.issued`, `dcterms.created`, `sailthru.date`,
///    `parsely-pub-date` and similar (`publishedDateKeys`);
/// 2. a full date in a `<time datetime>` element of the page body (the `pubdate` one first);
/// 3. a full date in the page's URL (`/2021/06/04/`, `2021-06-04`), provenance `.url`;
/// 4. a partial metadata date (a year and month only).
/// Ranks 1, 2 and 4 have provenance `.metadata`. The value is the date as the page writes it
/// (the publisher's local day), `YYYY-MM-DD` or `YYYY-MM`.
public struct HTMLMetadata: Hashable, Sendable {
    /// The headline: `og:title`, `twitter:title`, JSON-LD `headline`, `dc.title`, then `<title>` less a
    /// " | Site" part, then the first `<h1>`. A trailing " - Outlet" naming the outlet or the site is cut from each.
    public var title: String?
    /// The author or authors ("A, B"): `name="author"`, JSON-LD `author` names, `article:author`,
    /// `dc.creator`, `parsely-author`, `sailthru.author`, then a `rel="author"` or `itemprop="author"` element's text,
    /// then the text (3–100 characters) of the first element whose class or id says "byline", "author" or "writtenby".
    /// A leading "By " is dropped; web addresses are not authors.
    public var author: String?
    /// The publication day with its provenance; see the type's documentation.
    public var published: DocumentCreationTime?
    /// The outlet: `og:site_name`, JSON-LD `publisher.name`, `application-name`.
    public var outlet: String?
    /// The page's own address: `<link rel="canonical">`, `og:url`, JSON-LD `url`; absolute http(s) only.
    public var url: String?

    /// Makes metadata; every field empty by default.
    public init(title: String? = nil, author: String? = nil, published: DocumentCreationTime? = nil,
                outlet: String? = nil, url: String? = nil) {
        self.title = title
        self.author = author
        self.published = published
        self.outlet = outlet
        self.url = url
    }

    /// Class or id hints of an element naming the author.
    static let bylineHints = try! NSRegularExpression(pattern: "byline|author|writtenby")

    /// `name`/`property` values of `<meta>` tags that give the publication time, in order of trust.
    public static let publishedDateKeys = [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published",
        "published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
        "published-date", "publication_date", "citation_publication_date", "dc.date", "dc.date.issued",
        "dc.date.created", "dcterms.created", "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date",
        "article.published", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
        "displaydate", "dc.date.published", "rnews:datepublished",
    ]

    /// Reads the metadata of `document`.
    ///
    /// - Parameter source: the file path or address the page was read from, used for a URL date when the page
    ///   names no address of its own.
    public static func read(_ document: HTMLDocument, source: String? = nil) -> HTMLMetadata {
        let root = document.root
        var meta: [String: String] = [:]
        var metaAll: [String: [String]] = [:]
        var linkCanonical: String?
        var jsonLD: [[String: Any]] = []
        var itemprops: [String: String] = [:]
        var titleText: String?
        for element in root.descendantElements {
            switch element.name {
            case "meta":
                guard let content = element.attributes["content"]?.trimmingCharacters(in: .whitespacesAndNewlines),
                      !content.isEmpty else { continue }
                for keyAttribute in ["property", "name", "itemprop", "http-equiv"] {
                    guard let key = element.attributes[keyAttribute]?.lowercased() else { continue }
                    for k in key.split(separator: " ").map(String.init) {
                        if meta[k] == nil { meta[k] = content }
                        metaAll[k, default: []].append(content)
                    }
                }
            case "link":
                let rel = (element.attributes["rel"] ?? "").lowercased().split(separator: " ")
                if rel.contains("canonical"), linkCanonical == nil { linkCanonical = element.attributes["href"] }
            case "script":
                if (element.attributes["type"] ?? "").lowercased().contains("ld+json") {
                    jsonLD += Self.jsonLDObjects(element.textContent)
                }
            case "title":
                if titleText == nil, !element.hasAncestor(named: "svg") { titleText = collapse(element.textContent) }
            default:
                if let props = element.attributes["itemprop"]?.lowercased() {
                    for prop in props.split(separator: " ").map(String.init) where itemprops[prop] == nil {
                        let value = element.attributes["content"] ?? element.attributes["datetime"] ?? collapse(element.textContent)
                        if !value.isEmpty { itemprops[prop] = value }
                    }
                }
            }
        }
        let article = Self.mainObject(jsonLD)
        var result = HTMLMetadata()

        // outlet
        let publisherName = (article?["publisher"] as? [String: Any])?["name"] as? String
        result.outlet = Self.firstNonEmpty([meta["og:site_name"], publisherName, meta["application-name"]])

        // url
        let jsonURL = article?["url"] as? String
        result.url = [linkCanonical, meta["og:url"], jsonURL].compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }

        // title
        let h1 = root.first(named: "h1").map { collapse($0.textContent) }
        if let t = Self.firstNonEmpty([meta["og:title"], meta["twitter:title"], article?["headline"] as? String, meta["dc.title"]]) {
            result.title = Self.cutSiteName(collapse(t), outlet: result.outlet, url: result.url, fromTitleTag: false)
        } else if let t = titleText, !t.isEmpty {
            result.title = Self.cutSiteName(t, outlet: result.outlet, url: result.url, fromTitleTag: true)
        } else if let h1, !h1.isEmpty {
            result.title = h1
        }

        // author
        var authorCandidates: [String?] = [meta["author"], Self.names(article?["author"]), meta["article:author"],
                                           meta["dc.creator"], meta["parsely-author"], meta["sailthru.author"]]
        if let rel = root.descendantElements.first(where: { ($0.attributes["rel"] ?? "").lowercased() == "author" && $0.name != "link" }) {
            authorCandidates.append(collapse(rel.textContent))
        }
        authorCandidates.append(itemprops["author"])
        // a byline element: class or id "byline", "author", "writtenby" with a short text
        authorCandidates.append(document.body.descendantElements.lazy.filter {
            HTMLContentExtractor.matches(Self.bylineHints, $0.classAndID)
        }.map { collapse($0.textContent) }.first { (3...100).contains($0.count) })
        result.author = authorCandidates.compactMap { $0.map { Self.cleanAuthor($0) } }
            .first { !$0.isEmpty && !$0.contains("://") && !$0.hasPrefix("www.") && $0.count < 200 }

        // publication time
        var metaDates: [String?] = [meta["article:published_time"], article?["datePublished"] as? String]
        metaDates += publishedDateKeys.dropFirst().map { meta[$0] }
        metaDates.append(itemprops["datepublished"])
        metaDates.append(article?["dateCreated"] as? String)
        let parsed = metaDates.compactMap { $0.flatMap(Self.parseDate) }
        if let full = parsed.first(where: \.isFull) {
            result.published = DocumentCreationTime(value: full.value, provenance: .metadata)
        } else {
            let times = document.body.elements(named: ["time"])
            let ordered = times.filter { $0.attributes["pubdate"] != nil } + times
            if let t = ordered.compactMap({ $0.attributes["datetime"].flatMap(Self.parseDate) }).first(where: \.isFull) {
                result.published = DocumentCreationTime(value: t.value, provenance: .metadata)
            } else if let address = result.url ?? source, let d = DocumentCreationTimeFinder.dateInSourceName(address) {
                result.published = DocumentCreationTime(value: d.timexValue, provenance: .url)
            } else if let partial = parsed.first {
                result.published = DocumentCreationTime(value: partial.value, provenance: .metadata)
            }
        }
        return result
    }

    // MARK: - JSON-LD

    /// The JSON-LD objects in a script's text: the object itself, each element of an array, and each element
    /// of an `@graph`, flattened. Text that is not JSON gives none.
    static func jsonLDObjects(_ text: String) -> [[String: Any]] {
        var cleaned = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // some pages wrap the JSON in <!-- --> or CDATA markers
        for (open, close) in [("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")]
        where cleaned.hasPrefix(open) && cleaned.hasSuffix(close) {
            cleaned = String(cleaned.dropFirst(open.count).dropLast(close.count))
        }
        guard let data = cleaned.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        var out: [[String: Any]] = []
        func flatten(_ value: Any, depth: Int) {
            guard depth < 8 else { return }
            if let array = value as? [Any] {
                for v in array { flatten(v, depth: depth + 1) }
            } else if let object = value as? [String: Any] {
                out.append(object)
                if let graph = object["@graph"] { flatten(graph, depth: depth + 1) }
            }
        }
        flatten(value, depth: 0)
        return out
    }

    /// The JSON-LD object describing the article: the first whose `@type` ends in "Article" or is `BlogPosting`
    /// or `Report`, else the first with a `headline`, else nil.
    static func mainObject(_ objects: [[String: Any]]) -> [String: Any]? {
        func types(_ o: [String: Any]) -> [String] {
            if let t = o["@type"] as? String { return [t] }
            return (o["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
        }
        if let o = objects.first(where: { types($0).contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" } }) {
            return o
        }
        return objects.first { $0["headline"] is String }
    }

    /// Names in a JSON-LD `author` value: a string, an object with `name`, or an array of either; joined by ", ".
    static func names(_ value: Any?) -> String? {
        var names: [String] = []
        func collect(_ v: Any?) {
            if let s = v as? String { names.append(s) }
            else if let o = v as? [String: Any] { collect(o["name"]) }
            else if let a = v as? [Any] { a.forEach(collect) }
        }
        collect(value)
        let cleaned = names.map { collapse($0) }.filter { !$0.isEmpty && !$0.contains("://") }
        return cleaned.isEmpty ? nil : cleaned.joined(separator: ", ")
    }

    // MARK: - Cleaning

    static func firstNonEmpty(_ values: [String?]) -> String? {
        values.compactMap { $0.map(collapse) }.first { !$0.isEmpty }
    }

    /// "By Jane Doe" → "Jane Doe".
    static func cleanAuthor(_ s: String) -> String {
        var a = collapse(s)
        for prefix in ["by ", "by: "] where a.lowercased().hasPrefix(prefix) { a = String(a.dropFirst(prefix.count)) }
        return a.trimmingCharacters(in: .whitespaces)
    }

    /// Separators between a headline and a site name in a title: " | ", " - ", " – ", " — ", " :: ", " » ", " / ".
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " / ", " · "]

    /// `title` less a trailing (or leading) part that names the outlet or the site's host. From `<title>`
    /// (`fromTitleTag`), a last part after a separator is cut whenever at least three words remain, since
    /// a page title is "headline | section | site" far more often than a headline holding " | ".
    static func cutSiteName(_ title: String, outlet: String?, url: String?, fromTitleTag: Bool) -> String {
        let host = url.flatMap { URL(string: $0)?.host?.lowercased() }.map { normalizedTitle($0) } ?? ""
        func namesSite(_ part: String) -> Bool {
            let n = normalizedTitle(part)
            guard !n.isEmpty else { return false }
            if let outlet, normalizedTitle(outlet) == n { return true }
            return !host.isEmpty && n.count >= 3 && host.contains(n)
        }
        var t = title
        var changed = true
        while changed {
            changed = false
            for sep in titleSeparators {
                if let r = t.range(of: sep, options: .backwards), namesSite(String(t[r.upperBound...])) {
                    t = String(t[..<r.lowerBound]); changed = true
                } else if let r = t.range(of: sep), namesSite(String(t[..<r.lowerBound])) {
                    t = String(t[r.upperBound...]); changed = true
                }
            }
        }
        if fromTitleTag {
            for sep in titleSeparators {
                if let r = t.range(of: sep, options: .backwards) {
                    let head = String(t[..<r.lowerBound])
                    if head.split(separator: " ").count >= 3 { t = head; break }
                }
            }
        }
        return t.trimmingCharacters(in: .whitespaces)
    }

    /// A date as a page writes it: ISO 8601 (`2021-06-04T10:00:00Z`, `2021-06-04`, `2021-06`), `2021/06/04`,
    /// `20210604`, or an English date with a month name (`June 4, 2021`, `Fri, 04 Jun 2021 10:00:00 GMT`).
    ///
    /// - Returns: the TIMEX3 value (`YYYY-MM-DD`, or `YYYY-MM` for a month) and whether it names a full day; nil
    ///   for anything else, or a date outside 1900–2099.
    public static func parseDate(_ raw: String) -> (value: String, isFull: Bool)? {
        let s = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = Array(s.unicodeScalars)
        func number(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= digits.count else { return nil }
            let slice = digits[from..<(from + n)]
            guard slice.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else { return nil }
            return Int(String(String.UnicodeScalarView(slice)))
        }
        func isDigit(_ k: Int) -> Bool { k < digits.count && digits[k].value >= 48 && digits[k].value <= 57 }
        func make(_ y: Int, _ m: Int, _ d: Int?) -> (String, Bool)? {
            guard (1900...2099).contains(y), (1...12).contains(m) else { return nil }
            guard let d else { return (String(format: "%04d-%02d", y, m), false) }
            let date = CalendarDate(year: y, month: m, day: d)
            return date.isValid ? (date.timexValue, true) : nil
        }
        if let y = number(0, 4), digits.count > 4 {
            let sep = digits[4]
            if sep == "-" || sep == "/" || sep == ".", let m = number(5, 2) ?? number(5, 1) {
                let mWidth = isDigit(6) ? 2 : 1
                let afterMonth = 5 + mWidth
                if afterMonth < digits.count, digits[afterMonth] == sep, let d = number(afterMonth + 1, 2) ?? number(afterMonth + 1, 1) {
                    return make(y, m, d)
                }
                if afterMonth >= digits.count || !isDigit(afterMonth) { return make(y, m, nil) }
            }
            if let m = number(4, 2), let d = number(6, 2), !isDigit(8) { return make(y, m, d) }
        }
        // English with a month name
        let words = s.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        let months = TimeLexicon.shared.months
        guard let mi = words.firstIndex(where: { months[$0] != nil && $0.count >= 3 }), let month = months[words[mi]] else { return nil }
        guard let year = words.compactMap({ $0.count == 4 ? Int($0) : nil }).first else { return nil }
        var day: Int?
        for k in [mi + 1, mi - 1] where k >= 0 && k < words.count {
            if words[k].count <= 2, let d = Int(words[k]), (1...31).contains(d) { day = d; break }
            if let d = Int(words[k].prefix { $0.isNumber }), words[k].count <= 4, (1...31).contains(d),
               ["st", "nd", "rd", "th"].contains(String(words[k].drop { $0.isNumber })) { day = d; break }
        }
        return make(year, month, day)
    }
}
