import CLibXML2
import Foundation

/// Reads RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom feeds with libxml2: each
/// item or entry an article.
///
/// **Per item.** The text is `content:encoded`, else `description` (RSS) or
/// `content`, else `summary` (Atom), read as HTML (`MarkupText`) unless an
/// Atom `type="text"` says it is plain; the headline is `title`; the URL is
/// `link` (Atom: the `rel="alternate"` or unmarked link's `href`), else a
/// `guid` or Atom `id` that is a web address; the DCT is the first of
/// `pubDate`, `dc:date`, `published`, `updated` that `MetadataDate` reads
/// (provenance `metadata`); the author is `author` (an RSS
/// `email (Name)` gives the name; Atom: `author/name`), else `dc:creator`;
/// the outlet is the item's RSS `source`, else the channel's or feed's title.
/// A link text that ends the text ("Continue reading...", see `feed-trailers.txt`) is
/// dropped. An item with neither title nor text is skipped with a problem. Each
/// article's source is `path#N`, N the item's 1-based position in the feed.
///
/// **Safety.** The XML is parsed with `XML_PARSE_NONET` and without
/// `XML_PARSE_NOENT`, `DTDLOAD` or `DTDATTR`, so an external entity
/// (`<!ENTITY x SYSTEM "file:///etc/passwd">`) is never fetched and no entity
/// is substituted in the tree; the text walk passes over entity references, so
/// nothing declared in a DTD reaches an article. libxml2's own amplification
/// bound stops nested expansion ("billion laughs") while parsing.
///
/// **Encodings.** libxml2 reads a BOM and a declared `encoding` itself. When
/// the declaration is missing or says UTF-8 but the bytes are not UTF-8, the
/// encoding `CharsetDetector` picks (Windows-1252 or -1251) is handed to the
/// parser instead; a declared ISO-8859-1 whose bytes use 0x80–0x9F is read as
/// Windows-1252 (the WHATWG rule).
///
/// **Malformed XML.** The parser recovers what it can. A document that is not
/// well-formed gives one problem with libxml2's message and line of the first
/// error it met (caught through the parser context's structured error handler); it is fatal when no item could be read, else the items
/// recovered are kept and the problem is not fatal.
public struct FeedReader: Sendable {
    /// Makes a reader.
    public init() {}

    /// Namespaces of feed elements that count as the feed's own (RSS 2.0 has none).
    static let feedNamespaces: Set<String> = ["http://www.w3.org/2005/Atom", "http://purl.org/rss/1.0/",
                                              "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2"]
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let contentModule = "http://purl.org/rss/1.0/modules/content/"

    /// Reads a feed.
    ///
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - path: the file, for sources and problems.
    /// - Returns: one article per item with a title or text, and problems of items and recovered errors.
    /// - Throws: `ReadProblem` when the bytes are empty or binary, the XML yields nothing, or the root is not a feed.
    public func read(_ data: Data, path: String) throws -> (articles: [Article], problems: [ReadProblem]) {
        let bytes = [UInt8](data)
        guard bytes.contains(where: { !JSONArticleReader.isJSONSpace($0) }) else {
            throw ReadProblem(path: path, reason: "no text; skipped", isFatal: true)
        }
        if !(bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)),
           bytes.prefix(8192).contains(0) {
            throw ReadProblem(path: path, reason: "binary file (NUL bytes); skipped", isFatal: true)
        }
        let encoding = Self.encodingOverride(bytes)
        _ = MarkupText.libxml2Ready
        guard let context = xmlNewParserCtxt() else {
            throw ReadProblem(path: path, reason: "libxml2 could not make a parser; skipped", isFatal: true)
        }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
                            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        // The first error, not only the last (a cut-off file's last error is "premature end" at its end).
        let firstError = FirstError()
        context.pointee._private = Unmanaged.passUnretained(firstError).toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let box = context.pointee._private else { return }
            let first = Unmanaged<FirstError>.fromOpaque(box).takeUnretainedValue()
            guard first.message == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            first.message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "error \(error.pointee.code)"
            first.line = Int(error.pointee.line)
        }
        let doc: xmlDocPtr? = withExtendedLifetime(firstError) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlCtxtReadMemory(context, $0, Int32(clamping: buffer.count), nil, encoding, options)
                }
            }
        }
        context.pointee._private = nil
        defer { if let doc { xmlFreeDoc(doc) } }
        var malformed: ReadProblem?
        if context.pointee.wellFormed == 0 || firstError.message != nil {
            let last = context.pointee.lastError
            let message = firstError.message ?? last.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "error \(last.code)"
            let line = firstError.message != nil ? firstError.line : Int(last.line)
            malformed = ReadProblem(path: path, line: line > 0 ? line : nil, reason: "malformed XML (libxml2: \(message))", isFatal: true)
        }
        guard let doc, let root = xmlDocGetRootElement(doc) else {
            throw malformed.map { Self.skipped($0) } ?? ReadProblem(path: path, reason: "no XML element; skipped", isFatal: true)
        }
        let (items, channel) = Self.itemsAndChannel(root)
        guard let items else {
            let name = Self.localName(root)
            if let malformed { throw Self.skipped(malformed) }
            throw ReadProblem(path: path, reason: "not an RSS or Atom feed (root element <\(name)>); skipped", isFatal: true)
        }
        let outlet = channel.flatMap { Self.child($0, "title") }.map { Self.text(ofTextConstruct: $0) }
        var articles: [Article] = []
        var problems: [ReadProblem] = []
        for (index, item) in items.enumerated() {
            let number = index + 1
            var fields = Self.fields(of: item)
            if fields.outlet == nil { fields.outlet = outlet }
            if let article = fields.article(source: "\(path)#\(number)") {
                articles.append(article)
            } else {
                problems.append(ReadProblem(path: path, line: Int(xmlGetLineNo(item)), reason: "item \(number) has no title or text; skipped", isFatal: false))
            }
        }
        if var malformed {
            if articles.isEmpty { throw Self.skipped(malformed) }
            malformed.isFatal = false
            malformed.reason += "; kept the \(articles.count) item(s) read"
            problems.insert(malformed, at: 0)
        }
        return (articles, problems)
    }

    /// The first error libxml2 reports while parsing one document.
    private final class FirstError {
        var message: String?
        var line = 0
    }

    private static func skipped(_ problem: ReadProblem) -> ReadProblem {
        var problem = problem
        problem.reason += "; skipped"
        return problem
    }

    // MARK: Structure

    /// The item elements and the channel (or feed) element of a feed's root; items nil when the root is no feed.
    static func itemsAndChannel(_ root: xmlNodePtr) -> (items: [xmlNodePtr]?, channel: xmlNodePtr?) {
        switch localName(root).lowercased() {
        case "rss":
            guard let channel = child(root, "channel") else { return ([], nil) }
            // RSS 0.91–2.0 put items in the channel; a few feeds put them beside it.
            let items = children(channel, "item") + children(root, "item")
            return (items, channel)
        case "rdf":
            return (children(root, "item"), child(root, "channel"))
        case "feed":
            return (children(root, "entry"), root)
        default:
            return (nil, nil)
        }
    }

    /// The fields of one RSS item or Atom entry.
    static func fields(of item: xmlNodePtr) -> ArticleFields {
        var fields = ArticleFields()
        fields.headline = child(item, "title").map { text(ofTextConstruct: $0) }
        if let encoded = child(item, "encoded", namespace: contentModule) {
            fields.body = MarkupText.plainText(fromHTML: text(of: encoded))
        } else if let description = child(item, "description") {
            fields.body = MarkupText.plainText(fromHTML: text(of: description))
        } else if let content = child(item, "content") ?? child(item, "summary") {
            fields.body = text(ofTextConstruct: content)
        }
        if fields.body?.isEmpty ?? true, let summary = child(item, "summary") { fields.body = text(ofTextConstruct: summary) }
        fields.body = fields.body.map(dropTrailer)
        fields.url = link(of: item)
        for (name, namespace) in [("pubDate", nil), ("date", dublinCore), ("published", nil), ("updated", nil), ("issued", nil)] as [(String, String?)] {
            if let node = child(item, name, namespace: namespace), let dct = MetadataDate.documentCreationTime(text(of: node)) {
                fields.published = dct
                break
            }
        }
        let authors = children(item, "author").compactMap { author -> String? in
            if let name = child(author, "name") { return text(of: name) }
            return rssAuthorName(text(of: author))
        } + (children(item, "author").isEmpty ? children(item, "creator", namespace: dublinCore).map { text(of: $0) } : [])
        let named = authors.map { ArticleFields.oneLine($0) }.filter { !$0.isEmpty }
        if !named.isEmpty { fields.author = named.joined(separator: ", ") }
        if let source = child(item, "source") {
            let name = ArticleFields.oneLine(text(ofTextConstruct: source))
            if !name.isEmpty { fields.outlet = name }
        }
        return fields
    }

    /// Link texts that end feed items ("Continue reading..."), from `feed-trailers.txt`, longest first.
    static let trailers: [String] = ResourceFile.lines("feed-trailers.txt").sorted { $0.count > $1.count }

    /// `text` without a final "Continue reading..."-style link text (see `feed-trailers.txt`) and the white space before it.
    static func dropTrailer(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for trailer in trailers {
            guard let range = trimmed.range(of: trailer, options: [.anchored, .backwards, .caseInsensitive]) else { continue }
            // Only a link of its own: at the start of a line, glued to the text and capitalised (a link
            // right after it, not "could spread more"),
            // or after a sentence's end; not the end of a sentence ("... told the full story").
            let before = trimmed[..<range.lowerBound]
            guard let last = before.last else { return "" }
            let ownLink = last == "\n" || (!last.isWhitespace && trimmed[range.lowerBound].isUppercase)
                || before.dropLast().last(where: { $0 != " " }).map { ".!?…\"”')".contains($0) } == true
            if ownLink { return before.trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        return trimmed
    }

    /// An RSS `author`: an e-mail address with the name in parentheses (`jo@x.org (Jo Doe)`) gives the name.
    static func rssAuthorName(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("@"), let open = trimmed.firstIndex(of: "("), let close = trimmed.lastIndex(of: ")"), open < close {
            return String(trimmed[trimmed.index(after: open)..<close])
        }
        if trimmed.contains("@"), !trimmed.contains(" ") { return nil }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The item's web address: RSS `link`, Atom `link` (alternate or unmarked), else a `guid` or `id` that is a URL.
    static func link(of item: xmlNodePtr) -> String? {
        for node in children(item, "link") {
            if let href = attribute(node, "href") {
                let rel = attribute(node, "rel") ?? "alternate"
                if rel == "alternate" { return href.trimmingCharacters(in: .whitespacesAndNewlines) }
            } else {
                let value = text(of: node).trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { return value }
            }
        }
        for name in ["guid", "id"] {
            if let node = child(item, name) {
                let value = text(of: node).trimmingCharacters(in: .whitespacesAndNewlines)
                if attribute(node, "isPermaLink") != "false", value.hasPrefix("http://") || value.hasPrefix("https://") { return value }
            }
        }
        return attribute(item, "about", namespace: "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    }

    /// The text of an Atom text construct (or any element): `type="xhtml"` walked as markup,
    /// `type="html"` (and anything with tags) read as HTML, `type="text"` as it is.
    static func text(ofTextConstruct node: xmlNodePtr) -> String {
        let type = attribute(node, "type")?.lowercased()
        if type == "xhtml" || type == "application/xhtml+xml" { return MarkupText.plainText(ofMarkup: node) }
        let raw = text(of: node)
        if type == "text" || type == "text/plain" { return raw.trimmingCharacters(in: .whitespacesAndNewlines) }
        if type == "html" || type == "text/html" || MarkupText.looksLikeHTML(raw) { return MarkupText.plainText(fromHTML: raw) }
        // Plain text: the parser has decoded its entities; keep its line breaks.
        return raw.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: libxml2 tree access

    /// The concatenated text and CDATA of `node` and its descendants; entity references are passed over, never expanded.
    static func text(of node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        func collect(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let next = child {
                switch next.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = next.pointee.content {
                        var p = content
                        while p.pointee != 0 { bytes.append(p.pointee); p += 1 }
                    }
                case XML_ELEMENT_NODE:
                    collect(next)
                default:
                    break
                }
                child = next.pointee.next
            }
        }
        collect(node)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func localName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func namespace(_ node: xmlNodePtr) -> String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// Child elements named `name` in `namespace`; nil `namespace` means the feed's own (none, RSS 1.0 or Atom).
    static func children(_ node: xmlNodePtr, _ name: String, namespace: String? = nil) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var child = node.pointee.children
        while let next = child {
            if next.pointee.type == XML_ELEMENT_NODE, localName(next) == name {
                let ns = Self.namespace(next)
                let matches = namespace.map { ns == $0 } ?? (ns == nil || feedNamespaces.contains(ns!))
                if matches { found.append(next) }
            }
            child = next.pointee.next
        }
        return found
    }

    static func child(_ node: xmlNodePtr, _ name: String, namespace: String? = nil) -> xmlNodePtr? {
        children(node, name, namespace: namespace).first
    }

    static func attribute(_ node: xmlNodePtr, _ name: String, namespace: String? = nil) -> String? {
        let value: UnsafeMutablePointer<xmlChar>?
        if let namespace { value = xmlGetNsProp(node, name, namespace) } else { value = xmlGetNoNsProp(node, name) }
        guard let value else { return nil }
        defer { xmlFree(value) }
        return String(cString: value)
    }

    // MARK: Encoding

    /// The encoding to hand to libxml2 instead of what the document declares, or nil to let it decide.
    ///
    /// See the type's documentation: undeclared or UTF-8-declared bytes that are not UTF-8 get
    /// `CharsetDetector`'s pick; a declared ISO-8859-1 with bytes 0x80–0x9F becomes Windows-1252.
    static func encodingOverride(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return nil }
        var body = bytes[...]
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { body = bytes[3...] }
        let declared = declaredEncoding(body)?.lowercased()
        switch declared {
        case nil, "utf-8", "utf8":
            // Bytes that are neither UTF-8 nor plausible legacy text: left to the parser, which reports them.
            return CharsetDetector.undeclaredLegacyEncoding(body)?.rawValue
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii":
            return body.contains(where: { $0 >= 0x80 && $0 <= 0x9F }) ? CharsetDetector.Legacy.windows1252.rawValue : nil
        default:
            return nil
        }
    }

    /// The `encoding` of an XML declaration at the start of `bytes` (`<?xml version="1.0" encoding="ISO-8859-1"?>`).
    static func declaredEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(256), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        guard let range = declaration.range(of: #"encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']"#, options: .regularExpression) else { return nil }
        let match = declaration[range]
        return match.split(whereSeparator: { $0 == "\"" || $0 == "'" }).dropFirst().first.map(String.init)
    }
}
