import Foundation

/// The formats news comes in, as `ArticleReader` tells them apart.
///
/// A file's format is decided by its extension; a file whose extension says
/// nothing (or has none) is read as plain text. `readExtensions` lists the
/// extensions of the formats that have a reader; `knownExtensions` also lists
/// the ones parley recognises but does not read (PDF, office documents,
/// archives), so that such a file named on the command line gets a clear
/// problem rather than being read as text.
public enum InputFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Plain text: `.txt`, `.text`, or any other extension.
    case plainText
    /// Markdown, with optional YAML front matter: `.md`, `.markdown`.
    case markdown
    /// A JSON document: one article object, an array of them, or an object
    /// holding such an array: `.json`.
    case json
    /// JSON Lines: one article object a line: `.jsonl`, `.ndjson`.
    case jsonLines
    /// An RSS 2.0, RSS 1.0 (RDF) or Atom feed, each item an article:
    /// `.rss`, `.atom`, `.xml`, `.rdf`.
    case feed
    /// An HTML page, one article: `.html`, `.htm`, `.xhtml`.
    case html
    /// Reuters-21578 SGML, many `<REUTERS>` documents a file: `.sgm`, `.sgml`.
    case reutersSGML

    /// The extensions of each format, lowercased, without the dot.
    public var extensions: Set<String> {
        switch self {
        case .plainText: return ["txt", "text"]
        case .markdown: return ["md", "markdown"]
        case .json: return ["json"]
        case .jsonLines: return ["jsonl", "ndjson"]
        case .feed: return ["rss", "atom", "xml", "rdf"]
        case .html: return ["html", "htm", "xhtml"]
        case .reutersSGML: return ["sgm", "sgml"]
        }
    }

    /// True when parley has a reader for this format.
    public var isRead: Bool {
        switch self {
        case .plainText, .markdown, .json, .jsonLines, .feed, .html, .reutersSGML: return true
        }
    }

    /// Extensions parley reads, from folders and from the command line.
    public static var readExtensions: Set<String> {
        allCases.filter(\.isRead).reduce(into: Set<String>()) { $0.formUnion($1.extensions) }
    }

    /// Every extension parley recognises: those it reads, those of formats it
    /// does not read yet, and documents and archives it never reads.
    public static var knownExtensions: Set<String> {
        allCases.reduce(into: Set<String>()) { $0.formUnion($1.extensions) }
            .union(["pdf", "doc", "docx", "odt", "rtf", "epub", "zip", "gz"])
    }

    /// The format of the file at `path`, by its extension (case-insensitive);
    /// plain text when no format claims the extension.
    public init(path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        self = Self.allCases.first { $0.extensions.contains(ext) } ?? .plainText
    }

    /// The format's name for a person ("JSON Lines").
    public var description: String {
        switch self {
        case .plainText: return "plain text"
        case .markdown: return "Markdown"
        case .json: return "JSON"
        case .jsonLines: return "JSON Lines"
        case .feed: return "an RSS or Atom feed"
        case .html: return "HTML"
        case .reutersSGML: return "Reuters SGML"
        }
    }
}
