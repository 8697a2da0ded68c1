import CLibXML2
import Foundation

/// One node of a parsed HTML page: an element or a run of text.
///
/// The tree is a plain Swift copy of the tree libxml2's HTML parser builds
/// (see `HTMLDocument`), so that the rest of parley never touches C pointers
/// and may rearrange it (the content extractor removes and wraps nodes).
/// Comments, processing instructions and the doctype are not copied.
public final class HTMLNode {
    /// Lowercased tag name of an element ("p", "div"); empty for a text node.
    public let name: String
    /// Attributes of an element, names lowercased, values with entities decoded. Empty for text.
    public var attributes: [String: String]
    /// The text of a text node, entities decoded; empty for an element.
    public var text: String
    /// Child nodes in document order.
    public var children: [HTMLNode] = []
    /// The element holding this node; nil for the root.
    public weak var parent: HTMLNode?

    /// True for a text node.
    public var isText: Bool { name.isEmpty }

    /// Makes an element named `name` (lowercased by the caller) or, with an empty name, a text node holding `text`.
    public init(name: String, attributes: [String: String] = [:], text: String = "") {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    /// Appends `child`, making this node its parent.
    public func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    /// Takes this node out of its parent's children.
    public func remove() {
        guard let parent else { return }
        parent.children.removeAll { $0 === self }
        self.parent = nil
    }

    /// The value of attribute `name` (lowercase), or nil.
    public subscript(attribute name: String) -> String? { attributes[name] }

    /// The `class` and `id` attributes joined by a space, lowercased: what the
    /// readability hints of `HTMLContentExtractor` are matched against.
    public var classAndID: String {
        ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
    }

    /// All text below this node, concatenated as written (white space not collapsed).
    public var textContent: String {
        if isText { return text }
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            if child.isText { out += child.text } else { child.appendText(to: &out) }
        }
    }

    /// Every element below this node (not itself), depth first in document order.
    public var descendantElements: [HTMLNode] {
        var out: [HTMLNode] = []
        func walk(_ node: HTMLNode) {
            for child in node.children where !child.isText {
                out.append(child)
                walk(child)
            }
        }
        walk(self)
        return out
    }

    /// The elements below this node named one of `names`, in document order.
    public func elements(named names: Set<String>) -> [HTMLNode] {
        descendantElements.filter { names.contains($0.name) }
    }

    /// The first element below this node named `name`, or nil.
    public func first(named name: String) -> HTMLNode? {
        for child in children where !child.isText {
            if child.name == name { return child }
            if let found = child.first(named: name) { return found }
        }
        return nil
    }

    /// True when some element above this node is named `name`.
    public func hasAncestor(named name: String) -> Bool {
        var node = parent
        while let n = node {
            if n.name == name { return true }
            node = n.parent
        }
        return false
    }
}

/// An HTML page parsed by libxml2's HTML parser (the HTML 4 parser of
/// libxml2 ≥ 2.9, which repairs tag soup the way browsers of its day did).
///
/// Parsing options: `HTML_PARSE_RECOVER` (go on after errors), `NOERROR` and
/// `NOWARNING` (no messages on stderr), `NONET` (never fetch anything), and
/// `COMPACT`. `NOBLANKS` is not set: it drops white-space text nodes, which
/// would glue together words split by inline tags (`<b>a</b> <i>b</i>`).
///
/// Encoding, decided before parsing (`encoding(of:)`):
/// 1. a byte-order mark (UTF-8, UTF-16) is left to libxml2, which reads it;
/// 2. a charset declared in the first 4 KiB — `<meta charset=…>`,
///    `<meta http-equiv="Content-Type" content="…; charset=…">` or an XML
///    declaration's `encoding` — is passed to libxml2 by name (it converts
///    through iconv: windows-1251, windows-1252, ISO-8859-1, Shift_JIS, ...).
///    A page declared as ISO-8859-1 or US-ASCII is read as windows-1252, its
///    superset, as the WHATWG Encoding Standard says browsers do;
///    A page declared UTF-8 whose bytes read as legacy text is taken as
///    undeclared (rule 3);
/// 3. undeclared: `CharsetDetector` decides, the rule every reader uses —
///    UTF-8 (with damage reported, not re-read) unless the bytes read as
///    windows-1252 or windows-1251 text. libxml2 2.9 does not guess by itself
///    (it switches to Latin-1 at the first bad byte), so this is needed for
///    Cyrillic pages.
public struct HTMLDocument {
    /// The root element (`html`); libxml2 supplies `html` and `body` when the page omits them.
    public let root: HTMLNode
    /// The encoding the bytes were read in, as passed to libxml2 ("UTF-8", "windows-1251"), or nil when libxml2
    /// decided from a byte-order mark.
    public let encoding: String?

    /// Why a page could not be parsed.
    public enum Failure: Error, Equatable, Sendable {
        /// libxml2 returned no document (empty input or out of memory).
        case unparsable
    }

    /// Parses `data` as HTML.
    ///
    /// - Parameters:
    ///   - data: the page's bytes.
    ///   - url: the page's address or file path, given to libxml2 as the base URL (never fetched).
    /// - Throws: `Failure.unparsable` when libxml2 builds no document.
    public init(data: Data, url: String? = nil) throws {
        let encoding = Self.encoding(of: data)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let doc: htmlDocPtr? = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> htmlDocPtr? in
            guard let base = raw.baseAddress, raw.count > 0 else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(clamping: raw.count), url, encoding, options)
        }
        guard let doc else { throw Failure.unparsable }
        defer { xmlFreeDoc(doc) }
        let root = HTMLNode(name: "#document")
        var child = doc.pointee.children
        while let node = child {
            Self.copy(node, into: root)
            child = node.pointee.next
        }
        // The root element: the html element libxml2 made, or the document node if there is none.
        self.root = root.children.first { $0.name == "html" } ?? root
        self.encoding = encoding
    }

    /// A document over an existing tree.
    init(root: HTMLNode, encoding: String?) {
        self.root = root
        self.encoding = encoding
    }

    /// The `body` element, or the root when there is none.
    public var body: HTMLNode { root.first(named: "body") ?? root }
    /// The `head` element, or the root when there is none.
    public var head: HTMLNode { root.first(named: "head") ?? root }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// Copies libxml2's node (and its subtree) into `parent`, iteratively below the first level so that
    /// deeply nested tag soup cannot exhaust the stack.
    private static func copy(_ start: xmlNodePtr, into parent: HTMLNode) {
        var stack: [(xmlNodePtr, HTMLNode)] = [(start, parent)]
        while let (node, into) = stack.popLast() {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                var attributes: [String: String] = [:]
                var attribute = node.pointee.properties
                while let a = attribute {
                    var value = ""
                    var valueNode = a.pointee.children
                    while let v = valueNode {
                        value += string(v.pointee.content)
                        valueNode = v.pointee.next
                    }
                    let name = string(a.pointee.name).lowercased()
                    if attributes[name] == nil { attributes[name] = value }
                    attribute = a.pointee.next
                }
                let element = HTMLNode(name: string(node.pointee.name).lowercased(), attributes: attributes)
                into.append(element)
                // children pushed in reverse so that they pop in document order
                var children: [xmlNodePtr] = []
                var c = node.pointee.children
                while let n = c {
                    children.append(n)
                    c = n.pointee.next
                }
                for n in children.reversed() { stack.append((n, element)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                into.append(HTMLNode(name: "", text: string(node.pointee.content)))
            default:
                break // comments, processing instructions, doctype, entity declarations
            }
        }
    }

    /// The encoding to hand libxml2 for `data`, by the rules in the type's documentation; nil for a byte-order mark.
    ///
    /// Undeclared (or wrongly declared UTF-8) bytes are told apart by `CharsetDetector`, the one rule
    /// parley uses for every format.
    public static func encoding(of data: Data) -> String? {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return nil
        }
        if let declared = declaredCharset(bytes) {
            switch declared.lowercased() {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1", "cp819":
                return "windows-1252"
            case "utf-8", "utf8":
                // a page declared UTF-8 whose bytes are not: a single-byte page with a wrong template
                return CharsetDetector.undeclaredLegacyEncoding(bytes)?.rawValue ?? "UTF-8"
            default: return declared
            }
        }
        return CharsetDetector.undeclaredLegacyEncoding(bytes)?.rawValue ?? "UTF-8"
    }

    /// The charset a page declares in its first 4 KiB: `<meta charset>`, a `Content-Type` meta, or an XML declaration.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        // charset= inside a <meta ...> tag, or encoding= inside <?xml ...?>
        var searchStart = head.startIndex
        while let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            if let charset = tag.range(of: "charset") {
                var rest = tag[charset.upperBound...].drop { $0 == " " }
                if rest.first == "=" {
                    rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                    let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                    if !name.isEmpty { return String(name) }
                }
            }
            searchStart = tagEnd
        }
        if head.hasPrefix("<?xml"), let end = head.range(of: "?>"), let enc = head[..<end.lowerBound].range(of: "encoding") {
            let rest = head[enc.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if !name.isEmpty { return String(name) }
        }
        return nil
    }
}
