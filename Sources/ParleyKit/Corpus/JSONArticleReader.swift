import Foundation

/// Reads news dumps in JSON and JSON Lines: each record an article.
///
/// **Shapes.** A `.json` file holds one article object, an array of them, or
/// an object with such an array under one of `containerKeys` (`articles`,
/// `items`, `data`, `results`, ...), also one level down (`{"response":
/// {"results": [...]}}`, the Guardian API's shape). A record wrapped as
/// `{"_source": {...}}` (an Elasticsearch hit) is read from `_source`. A
/// `.jsonl` / `.ndjson` file holds one object a line; it is read line by line
/// from the file, never whole, and a line longer than `maximumLineLength` is
/// skipped with a problem.
///
/// **Fields.** Each article field is taken from the first record field present
/// of its list in `fieldNames` (`title`/`headline`, `text`/`body`/`content`/
/// `articleBody`, ...), after a name given with `--field FIELD=NAME`
/// (`ArticleReader.Options.fieldMap`), which may be a dotted path into nested
/// objects (`fields.bodyText`). A value may be a string, a number (a date as
/// seconds or milliseconds since 1970), an array (strings joined, paragraphs
/// of a text by blank lines, authors by ", ") or an object (its `name`,
/// `title`, `main`, `original`, `value`, `text`, `url` or `id` field: `"source": {"name": "Reuters"}`).
/// A text that holds HTML tags is turned into plain text (`MarkupText`).
///
/// **Sources.** Each article's source is `path#N`: for a JSON file N is the
/// record's 1-based position in its array (1 for a lone object); for JSON
/// Lines N is the file's 1-based line number, so that a problem and an
/// article of the same line carry the same number. The record's URL goes in
/// `Article.url`.
///
/// **Problems.** JSON that does not parse is one fatal problem (with the line
/// when Foundation gives the offset); a record that is not an object or has
/// no text is a non-fatal problem naming its item or line; a broken JSON Lines
/// line is a non-fatal problem naming the line, and the other lines come in.
/// Nesting deeper than `maximumDepth` is refused before Foundation parses.
public struct JSONArticleReader: Sendable {
    /// The reader options (`--field` mappings).
    public var options: ArticleReader.Options

    /// The deepest nesting of arrays and objects read. News records nest
    /// three or four levels. Foundation's parser stops at 512 levels itself
    /// ("Too many nested arrays or dictionaries around character 513"); this
    /// check comes first so that the problem says what is wrong in plain words
    /// and a 100,000-deep file is refused in one pass over its bytes.
    public static let maximumDepth = 256

    /// The longest JSON Lines line read, in bytes (16 MiB): a news record with
    /// its full text is rarely over 1 MiB.
    public var maximumLineLength = 16 << 20

    /// How many bad JSON Lines lines are reported one by one; the rest of a file's bad lines are
    /// summed up in one more problem, so that a file of another kind named `.jsonl` does not flood
    /// the output.
    public var maximumLineProblems = 10

    /// Keys under which a JSON object holds its array of article records, tried in this order.
    public static let containerKeys = ["articles", "items", "data", "results", "posts", "stories", "documents",
                                       "docs", "entries", "records", "news", "hits", "response", "feed", "value"]

    /// The record field names tried for each article field, in order (after `--field`).
    ///
    /// Compiled from the field names of common news dumps: NewsAPI (`title`,
    /// `content`, `publishedAt`, `url`, `source.name`, `author`), schema.org
    /// NewsArticle (`headline`, `articleBody`, `datePublished`), webhose/
    /// Event Registry (`body`, `dateTime`), news-please and Common Crawl news
    /// extractions (`maintext`, `date_publish`, `source_domain`, `authors`),
    /// the Guardian content API (`webTitle`, `fields.bodyText`,
    /// `webPublicationDate`, `webUrl`), the New York Times article search API
    /// (`headline.main`, `lead_paragraph`, `pub_date`, `web_url`,
    /// `byline.original`) and RSS-to-JSON converters (`pubDate`, `link`,
    /// `description`). Dotted names are paths into nested objects.
    public static let fieldNames: [String: [String]] = [
        "title": ["title", "headline", "webTitle", "name", "heading", "fields.headline"],
        "text": ["text", "body", "content", "articleBody", "article_body", "full_text", "fulltext", "maintext",
                 "fields.bodyText", "fields.body", "lead_paragraph", "description", "summary", "abstract"],
        "date": ["date", "published", "publishedAt", "published_at", "pubDate", "pub_date", "datePublished", "date_published",
                 "date_publish", "webPublicationDate", "publish_date", "publication_date", "dateTime", "datetime",
                 "created_at", "timestamp", "updated"],
        "url": ["url", "link", "href", "webUrl", "web_url", "canonical_url", "uri"],
        "source": ["source", "outlet", "site", "publisher", "source_name", "sourceName", "source_domain", "domain", "site_name"],
        "author": ["author", "authors", "byline", "creator", "writer", "fields.byline"],
    ]

    /// The article fields `--field` may name.
    public static var articleFields: [String] { ["title", "text", "date", "url", "source", "author"] }

    /// Makes a reader with `options`.
    public init(options: ArticleReader.Options = ArticleReader.Options()) { self.options = options }

    // MARK: JSON

    /// Reads a whole JSON document.
    ///
    /// - Parameters:
    ///   - data: the file's bytes (UTF-8, UTF-16 with a BOM, or a legacy encoding `TextDecoder` detects).
    ///   - path: the file, for sources and problems.
    /// - Returns: the articles and the problems of single records.
    /// - Throws: `ReadProblem` when the document does not parse, nests too deep, or holds no records.
    public func readJSON(_ data: Data, path: String) throws -> (articles: [Article], problems: [ReadProblem]) {
        let decoded: TextDecoder.Decoded
        do { decoded = try TextDecoder.decode(data) } catch TextDecoder.Rejection.binary(let reason) {
            throw ReadProblem(path: path, reason: "\(reason); skipped", isFatal: true)
        }
        let utf8 = Data(decoded.text.utf8)
        guard utf8.contains(where: { !Self.isJSONSpace($0) }) else {
            throw ReadProblem(path: path, reason: "no text; skipped", isFatal: true)
        }
        if let deep = Self.tooDeep(utf8) {
            throw ReadProblem(path: path, line: deep.line, reason: "JSON nested deeper than \(Self.maximumDepth) levels; skipped", isFatal: true)
        }
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: utf8, options: [.fragmentsAllowed])
        } catch {
            let (line, reason) = Self.describe(error, in: utf8)
            throw ReadProblem(path: path, line: line, reason: "not valid JSON (\(reason)); skipped", isFatal: true)
        }
        var problems: [ReadProblem] = []
        if decoded.invalidSequences > 0 {
            problems.append(ReadProblem(path: path, line: decoded.firstInvalidLine,
                                        reason: "invalid UTF-8: \(decoded.invalidSequences) byte sequence(s) replaced by U+FFFD", isFatal: false))
        }
        guard let records = records(in: value) else {
            throw ReadProblem(path: path, reason: "JSON holds no article object or array of them; skipped", isFatal: true)
        }
        var articles: [Article] = []
        for (index, record) in records.enumerated() {
            let number = index + 1
            guard let object = record as? [String: Any] else {
                problems.append(ReadProblem(path: path, reason: "item \(number) is not a JSON object; skipped", isFatal: false))
                continue
            }
            if let article = article(from: object, source: "\(path)#\(number)") {
                articles.append(article)
            } else {
                problems.append(ReadProblem(path: path, reason: "item \(number) has no title or text; skipped", isFatal: false))
            }
        }
        return (articles, problems)
    }

    /// The article records of a parsed JSON value, or nil when it holds none.
    func records(in value: Any) -> [Any]? {
        if let array = value as? [Any] { return array }
        guard let object = value as? [String: Any] else { return nil }
        func isRecords(_ value: Any?) -> [Any]? {
            guard let array = value as? [Any], array.isEmpty || array.first is [String: Any] else { return nil }
            return array
        }
        for key in Self.containerKeys {
            if let array = isRecords(object[key]) { return array }
        }
        for key in Self.containerKeys {
            if let inner = object[key] as? [String: Any] {
                for key2 in Self.containerKeys { if let array = isRecords(inner[key2]) { return array } }
            }
        }
        if looksLikeArticle(object) { return [object] }
        // Any array of objects at the top level.
        for key in object.keys.sorted() {
            if let array = isRecords(object[key]), !array.isEmpty { return array }
        }
        return nil
    }

    private func looksLikeArticle(_ object: [String: Any]) -> Bool {
        let record = (object["_source"] as? [String: Any]) ?? object
        return first(for: "text", in: record) != nil || first(for: "title", in: record)?.1 is String
    }

    // MARK: JSON Lines

    /// Reads a JSON Lines file line by line, holding one line in memory at a time.
    ///
    /// Lines are UTF-8; a line that is not is decoded as `TextDecoder` decodes a file (legacy
    /// encodings detected, damage replaced by U+FFFD). The first 8 KiB are checked for binary data.
    ///
    /// - Parameter path: the file.
    /// - Returns: the articles (source `path#LINE`) and a problem for each line
    ///   that is not a JSON object with text, or longer than `maximumLineLength`.
    /// - Throws: `ReadProblem` when the file cannot be opened or read, or is binary.
    public func readJSONLines(path: String) throws -> (articles: [Article], problems: [ReadProblem]) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadProblem(path: path, reason: "cannot be read; skipped", isFatal: true)
        }
        defer { try? handle.close() }
        var articles: [Article] = []
        var problems: [ReadProblem] = []
        var line: [UInt8] = []
        var lineNumber = 1
        var overlong = false
        var sawText = false
        var lineProblems = 0
        var moreProblems = 0
        var firstUnreported: Int?
        func report(_ problem: ReadProblem) {
            lineProblems += 1
            if lineProblems <= maximumLineProblems {
                problems.append(problem)
            } else {
                moreProblems += 1
                if firstUnreported == nil { firstUnreported = problem.line }
            }
        }

        func finish() {
            defer { line.removeAll(keepingCapacity: line.count < 1 << 20); overlong = false; lineNumber += 1 }
            if overlong {
                report(ReadProblem(path: path, line: lineNumber,
                                            reason: "line longer than \(maximumLineLength >> 20) MiB; skipped", isFatal: false))
                sawText = true
                return
            }
            var start = 0
            if lineNumber == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF { start = 3 }
            let bytes = line[start...]
            guard bytes.contains(where: { !Self.isJSONSpace($0) }) else { return }
            sawText = true
            var data = Data(bytes)
            if String(validating: bytes, as: UTF8.self) == nil, let decoded = try? TextDecoder.decode(data) {
                // A line in Latin-1 or Windows-125x (or UTF-8 with damage, repaired): JSON is read as UTF-8.
                data = Data(decoded.text.utf8)
            }
            if Self.tooDeep(data) != nil {
                report(ReadProblem(path: path, line: lineNumber, reason: "JSON nested deeper than \(Self.maximumDepth) levels; skipped", isFatal: false))
                return
            }
            let value: Any
            do {
                value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            } catch {
                report(ReadProblem(path: path, line: lineNumber, reason: "not valid JSON (\(Self.describe(error, in: data).reason)); line skipped", isFatal: false))
                return
            }
            guard let object = value as? [String: Any] else {
                report(ReadProblem(path: path, line: lineNumber, reason: "not a JSON object; line skipped", isFatal: false))
                return
            }
            if let article = article(from: object, source: "\(path)#\(lineNumber)") {
                articles.append(article)
            } else {
                report(ReadProblem(path: path, line: lineNumber, reason: "no title or text; line skipped", isFatal: false))
            }
        }

        // The first bytes tell a binary file, which is refused whole rather than line by line.
        let head: Data
        do { head = try handle.read(upToCount: 8192) ?? Data() } catch {
            throw ReadProblem(path: path, reason: "cannot be read (\(error.localizedDescription)); skipped", isFatal: true)
        }
        if let reason = TextDecoder.binaryReason(head) { throw ReadProblem(path: path, reason: "\(reason); skipped", isFatal: true) }
        var pending: Data? = head
        while true {
            let chunk: Data
            do { chunk = try pending ?? handle.read(upToCount: 1 << 16) ?? Data(); pending = nil } catch {
                throw ReadProblem(path: path, reason: "cannot be read (\(error.localizedDescription)); skipped", isFatal: true)
            }
            if chunk.isEmpty { break }
            var from = chunk.startIndex
            while from < chunk.endIndex {
                let newline = chunk[from...].firstIndex(of: 0x0A)
                let end = newline ?? chunk.endIndex
                if !overlong {
                    if line.count + (end - from) > maximumLineLength {
                        overlong = true
                        line.removeAll()
                    } else {
                        line.append(contentsOf: chunk[from..<end])
                    }
                }
                if let newline {
                    finish()
                    from = newline + 1
                } else {
                    from = end
                }
            }
        }
        if !line.isEmpty || overlong { finish() }
        if !sawText { throw ReadProblem(path: path, reason: "no text; skipped", isFatal: true) }
        if moreProblems > 0 {
            problems.append(ReadProblem(path: path, line: firstUnreported,
                                        reason: "\(moreProblems) more line(s) skipped for the same kinds of reasons (first here)", isFatal: false))
        }
        if articles.isEmpty, lineProblems > 0 {
            // Nothing read: one fatal problem for the file, naming the first bad line.
            var first = problems[0]
            first.isFatal = true
            first.reason = first.reason.replacingOccurrences(of: "; line skipped", with: "") + (lineProblems > 1 ? "; and \(lineProblems - 1) more bad line(s)" : "") + "; nothing read"
            throw first
        }
        return (articles, problems)
    }

    // MARK: Records

    /// The article of one JSON record, or nil when it has neither title nor text.
    public func article(from record: [String: Any], source: String) -> Article? {
        let record = (record["_source"] as? [String: Any]) ?? record
        var fields = ArticleFields()
        fields.headline = string(for: "title", in: record)
        if var text = string(for: "text", in: record, separator: "\n\n") {
            if MarkupText.looksLikeHTML(text) { text = MarkupText.plainText(fromHTML: text) }
            fields.body = text
        }
        fields.url = string(for: "url", in: record)
        fields.outlet = string(for: "source", in: record)
        fields.author = string(for: "author", in: record, separator: ", ")
        if let (_, value) = first(for: "date", in: record) {
            if let number = value as? NSNumber, let date = MetadataDate.date(epoch: number.doubleValue) {
                fields.published = DocumentCreationTime(value: date.timexValue, provenance: .metadata)
            } else if let text = Self.flatten(value, separator: " ") {
                fields.published = MetadataDate.documentCreationTime(text)
            }
        }
        return fields.article(source: source)
    }

    /// The first value present for `field`: the `--field` name first, then the common names.
    private func first(for field: String, in record: [String: Any]) -> (String, Any)? {
        var names: [String] = []
        if let mapped = options.fieldMap[field] { names.append(mapped) }
        names += Self.fieldNames[field] ?? []
        for name in names {
            if let value = Self.value(at: name, in: record), !(value is NSNull) {
                if let text = value as? String, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { continue }
                return (name, value)
            }
        }
        return nil
    }

    private func string(for field: String, in record: [String: Any], separator: String = " ") -> String? {
        guard let (_, value) = first(for: field, in: record) else { return nil }
        return Self.flatten(value, separator: separator)
    }

    /// The value at a dotted path (`fields.bodyText`); a key that itself holds a dot is tried whole
    /// first, and a plain key matches in any case (`Title` for `title`).
    static func value(at path: String, in record: [String: Any]) -> Any? {
        if let value = record[path] { return value }
        // "Title", "BODY": the same name in another case.
        if !path.contains("."), let key = record.keys.first(where: { $0.caseInsensitiveCompare(path) == .orderedSame }) { return record[key] }
        var current: Any = record
        for key in path.split(separator: ".") {
            guard let object = current as? [String: Any], let next = object[String(key)] else { return nil }
            current = next
        }
        return current
    }

    /// A JSON value as text: strings as they are, numbers written out, arrays joined by `separator`,
    /// objects by their `name`, `title`, `main`, `original`, `value`, `text`, `url` or `id` field.
    static func flatten(_ value: Any, separator: String) -> String? {
        switch value {
        case let text as String:
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        case let number as NSNumber:
            return number.stringValue
        case let array as [Any]:
            let parts = array.compactMap { flatten($0, separator: separator) }
            return parts.isEmpty ? nil : parts.joined(separator: separator)
        case let object as [String: Any]:
            for key in ["name", "title", "main", "original", "value", "text", "url", "id"] {
                if let inner = object[key], let text = flatten(inner, separator: separator) { return text }
            }
            return nil
        default:
            return nil
        }
    }

    // MARK: Guards and messages

    static func isJSONSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The first place where arrays and objects nest deeper than `maximumDepth` (outside strings), with its 1-based line.
    static func tooDeep(_ data: Data) -> (offset: Int, line: Int)? {
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        var offset = 0
        for byte in data {
            defer { offset += 1 }
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > maximumDepth { return (offset, line) }
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return nil
    }

    /// A short reason and the line of a JSONSerialization error, when it gives a byte offset.
    static func describe(_ error: Error, in data: Data) -> (line: Int?, reason: String) {
        let nsError = error as NSError
        var reason = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
        if reason.hasSuffix(".") { reason.removeLast() }
        var line: Int?
        // Foundation gives the byte offset as "NSJSONSerializationErrorIndex" (Darwin) or in the
        // message, "... around character 15." (swift-foundation).
        var index = nsError.userInfo["NSJSONSerializationErrorIndex"] as? Int
        if index == nil, let range = reason.range(of: #"character \d+"#, options: .regularExpression) {
            index = Int(reason[range].dropFirst("character ".count))
        }
        if let index, index <= data.count {
            line = data.prefix(index).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        if reason.count > 160 { reason = String(reason.prefix(157)) + "…" }
        return (line, reason)
    }
}
