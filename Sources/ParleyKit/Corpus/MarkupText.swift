import CLibXML2
import Foundation

/// Plain text from the small pieces of HTML that feeds and JSON dumps carry
/// (an RSS `description`, an Atom `content`, a JSON `body`), through libxml2's
/// HTML parser.
///
/// This is not page extraction (no boilerplate removal): every text node
/// counts, except inside `script`, `style`, `noscript`, `template`, `iframe`,
/// `object`, `svg` and `head`. Block elements (`p`, `div`, `li`, `h1`–`h6`,
/// `blockquote`, `tr`, `section`, ...) end a paragraph, `br` ends a line;
/// other white space collapses to one space, as a browser shows it.
/// Paragraphs come out separated by a blank line. Entity and character
/// references are decoded by the parser; control characters that come out of
/// them are left for `TextNormalizer`.
public enum MarkupText {
    /// Elements whose content is never text.
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "iframe", "object", "svg", "head", "math", "embed"]
    /// Elements that start and end a paragraph (HTML's block-level and table elements).
    static let blocks: Set<String> = ["p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                                      "blockquote", "pre", "section", "article", "aside", "header", "footer", "figure",
                                      "figcaption", "table", "tr", "td", "th", "caption", "hr", "address", "main", "nav",
                                      "form", "fieldset", "details", "summary"]

    /// Initialises libxml2 once, before any parse: its documentation asks for `xmlInitParser()`
    /// ahead of use from more than one thread. Touch it before parsing (`_ = MarkupText.libxml2Ready`).
    static let libxml2Ready: Void = { xmlInitParser() }()

    /// True when `text` holds an HTML tag (`<p>`, `</b>`, `<br/>`, `<a href=...>`); plain text with
    /// line breaks and a stray "<" is left alone, since HTML reading would fold its line breaks.
    public static func looksLikeHTML(_ text: String) -> Bool {
        guard text.contains("<") else { return false }
        return text.range(of: #"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>"#, options: .regularExpression) != nil
    }

    /// The text of an HTML fragment, paragraphs separated by blank lines.
    ///
    /// - Parameter html: HTML markup (a fragment or a page).
    /// - Returns: its text; "" when it has none.
    public static func plainText(fromHTML html: String) -> String {
        let bytes = Array(html.utf8)
        guard !bytes.isEmpty else { return "" }
        _ = libxml2Ready
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return "" }
        defer { xmlFreeDoc(doc) }
        var builder = ParagraphBuilder()
        var child = doc.pointee.children
        while let node = child {
            walk(node, into: &builder)
            child = node.pointee.next
        }
        return builder.finish()
    }

    /// The text of the element `node` and its descendants read as HTML (block
    /// elements break paragraphs), e.g. an Atom `content type="xhtml"`.
    static func plainText(ofMarkup node: xmlNodePtr) -> String {
        var builder = ParagraphBuilder()
        var child = node.pointee.children
        while let next = child {
            walk(next, into: &builder)
            child = next.pointee.next
        }
        return builder.finish()
    }

    static func walk(_ node: xmlNodePtr, into builder: inout ParagraphBuilder) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { builder.append(String(cString: content)) }
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if skipped.contains(name) { return }
            if name == "br" { builder.lineBreak(); return }
            let isBlock = blocks.contains(name)
            if isBlock { builder.paragraphBreak() }
            var child = node.pointee.children
            while let next = child {
                walk(next, into: &builder)
                child = next.pointee.next
            }
            if isBlock { builder.paragraphBreak() }
        default:
            // Comments, processing instructions and entity references (never expanded here) carry no text.
            break
        }
    }

    /// Collects text into paragraphs, collapsing white space as HTML does.
    struct ParagraphBuilder {
        private var paragraphs: [String] = []
        private var lines: [String] = []
        private var line = ""
        private var pendingSpace = false

        mutating func append(_ text: String) {
            for character in text {
                if character.isWhitespace {
                    pendingSpace = !line.isEmpty
                } else {
                    if pendingSpace { line.append(" ") }
                    pendingSpace = false
                    line.append(character)
                }
            }
        }

        mutating func lineBreak() {
            lines.append(line)
            line = ""
            pendingSpace = false
        }

        mutating func paragraphBreak() {
            lineBreak()
            let paragraph = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n")
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
            lines = []
        }

        mutating func finish() -> String {
            paragraphBreak()
            return paragraphs.joined(separator: "\n\n")
        }
    }
}
