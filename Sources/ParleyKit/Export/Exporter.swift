import Foundation

/// The export formats of `parley export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// One JSON object a line, keys sorted: statements (the schema of DESIGN.md), then articles and entities.
    /// Exporting every statement writes every article read, also those without statements.
    case jsonl
    /// RFC 4180 CSV, one statement a row, with a header row.
    case csv
    /// A Markdown digest: statements grouped by day, then undated ones.
    case markdown
    /// GraphML (graphml.graphdrawing.org): statements, sources, topics and links as a graph.
    case graphml
}

/// Writes statements of a graph in an export format.
///
/// Output goes through a `write` closure a chunk at a time, so a large
/// corpus is never held as one string. Text from articles is written as it
/// is, except that characters XML 1.0 forbids (C0 controls other than tab,
/// LF, CR) are dropped from GraphML.
public struct Exporter {
    /// The graph whose statements are written.
    public let graph: StatementGraph

    /// Makes an exporter over `graph`.
    public init(graph: StatementGraph) { self.graph = graph }

    /// Writes the statements at `indices` (timeline order) in `format`.
    ///
    /// - Parameters:
    ///   - indices: indices into `graph.statements`, e.g. from `graph.matching(query)`.
    ///   - format: the format.
    ///   - write: receives the output, a chunk at a time (UTF-8 text).
    /// - Throws: what JSON encoding throws (not expected for these types).
    public func export(_ indices: [Int], format: ExportFormat, write: (String) -> Void) throws {
        let records = indices.map { StatementRecord(graph.statements[$0], in: graph) }
        switch format {
        case .jsonl: try jsonl(records, indices: indices, write: write)
        case .csv: csv(records, write: write)
        case .markdown: markdown(records, write: write)
        case .graphml: graphml(records, indices: indices, write: write)
        }
    }

    private func jsonl(_ records: [StatementRecord], indices: [Int], write: (String) -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func line<T: Encodable>(_ value: T) throws {
            write(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
        }
        for record in records { try line(record) }
        // Every article when all statements are written (articles without statements count too);
        // otherwise the articles of the statements written.
        let articleIDs = indices.count == graph.statements.count
            ? Set(graph.articles.keys) : Set(records.compactMap { graph.statement(id: $0.id)?.articleID })
        for id in articleIDs.sorted(by: { (graph.articles[$0]?.source ?? $0) < (graph.articles[$1]?.source ?? $1) }) {
            guard let article = graph.articles[id] else { continue }
            try line(ArticleRecord(article))
        }
        var entityIDs = Set<String>()
        for record in records {
            if let id = record.speakerId { entityIDs.insert(id) }
        }
        for record in records {
            if let statement = graph.statement(id: record.id) { entityIDs.formUnion(statement.mentionedEntityIDs) }
        }
        for id in entityIDs.sorted() {
            guard let entity = graph.entities[id] else { continue }
            try line(EntityRecord(entity))
        }
    }

    /// Quotes a CSV field when it holds a comma, quote or line break (RFC 4180).
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func csv(_ records: [StatementRecord], write: (String) -> Void) {
        let header = ["id", "article", "date", "date_source", "speaker", "speaker_resolution", "kind", "cue", "text", "topics", "start", "end"]
        write(header.joined(separator: ",") + "\r\n")
        for r in records {
            let fields = [r.id, r.article, r.date ?? "", r.dateSource, r.speaker ?? "", r.speakerResolution ?? "", r.kind, r.cue ?? "",
                          r.text, r.topics.joined(separator: "; "), String(r.span.start), String(r.span.end)]
            write(fields.map(Self.csvField).joined(separator: ",") + "\r\n")
        }
    }

    /// Escapes Markdown's inline markup characters so article text shows as written.
    static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }

    private func markdown(_ records: [StatementRecord], write: (String) -> Void) {
        write("# Statements\n")
        var currentDay: String?? = .none
        for r in records {
            let day = r.date
            if currentDay != .some(day) {
                write("\n## \(day ?? "Undated")\n\n")
                currentDay = .some(day)
            }
            let speaker = Self.markdownEscaped(r.speaker ?? "unknown source")
            let cue = r.cue.map { " (\(Self.markdownEscaped($0)))" } ?? ""
            let content = Self.markdownEscaped(r.text)
            let quoted = r.kind == "direct" ? "“\(content)”" : content
            var line = "- **\(speaker)**\(cue): \(quoted)"
            if !r.topics.isEmpty { line += " — _\(r.topics.map(Self.markdownEscaped).joined(separator: ", "))_" }
            line += " — \(Self.markdownEscaped((r.article as NSString).lastPathComponent))\n"
            write(line)
        }
    }

    /// Escapes text for XML and drops the characters XML 1.0 forbids.
    static func xmlEscaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\t", "\n", "\r": out.append(s)
            default:
                if s.value < 0x20 || s.value == 0xFFFE || s.value == 0xFFFF { continue }
                out.append(s)
            }
        }
        return String(out)
    }

    private func graphml(_ records: [StatementRecord], indices: [Int], write: (String) -> Void) {
        write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="type" for="node" attr.name="type" attr.type="string"/>
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="date" for="node" attr.name="date" attr.type="string"/>
          <key id="kind" for="node" attr.name="kind" attr.type="string"/>
          <key id="article" for="node" attr.name="article" attr.type="string"/>
          <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
          <graph id="statements" edgedefault="directed">

        """)
        var nodes = Set<String>()
        func node(_ id: String, _ data: [(String, String)]) {
            guard nodes.insert(id).inserted else { return }
            var s = "    <node id=\"\(Self.xmlEscaped(id))\">"
            for (key, value) in data { s += "<data key=\"\(key)\">\(Self.xmlEscaped(value))</data>" }
            write(s + "</node>\n")
        }
        var edges: [(String, String, String)] = []
        let included = Set(records.map(\.id))
        for r in records {
            node(r.id, [("type", "statement"), ("label", r.text), ("date", r.date ?? ""), ("kind", r.kind), ("article", r.article)])
            if let speakerID = r.speakerId {
                node(speakerID, [("type", r.speakerType ?? "person"), ("label", r.speaker ?? speakerID)])
                edges.append((speakerID, r.id, "said"))
            }
            for topic in r.topics {
                let id = "topic:" + topic.lowercased()
                node(id, [("type", "topic"), ("label", topic)])
                edges.append((r.id, id, "about"))
            }
            if let statement = graph.statement(id: r.id) {
                for entityID in statement.mentionedEntityIDs {
                    guard let entity = graph.entities[entityID] else { continue }
                    node(entityID, [("type", entity.kind.rawValue), ("label", entity.name)])
                    edges.append((r.id, entityID, "mentions"))
                }
            }
            for link in r.links where included.contains(link.to) && r.id < link.to {
                edges.append((r.id, link.to, link.kind))
            }
        }
        for (n, (from, to, relation)) in edges.enumerated() {
            write("    <edge id=\"e\(n)\" source=\"\(Self.xmlEscaped(from))\" target=\"\(Self.xmlEscaped(to))\"><data key=\"relation\">\(relation)</data></edge>\n")
        }
        write("  </graph>\n</graphml>\n")
    }
}

/// An article line of the JSONL export: `{"type": "article", id, source, url, headline, published, publishedSource, outlet, author}`.
public struct ArticleRecord: Encodable, Sendable {
    /// Always `"article"`.
    public var type = "article"
    /// The article id.
    public var id: String
    /// Source path or URL as given.
    public var source: String
    /// The article's own web address (feed item link, JSON `url`, canonical link), or null.
    public var url: String?
    /// The headline, or null.
    public var headline: String?
    /// The DCT value, or null.
    public var published: String?
    /// Where the DCT came from, or null.
    public var publishedSource: String?
    /// The outlet, or null.
    public var outlet: String?
    /// The author, or null.
    public var author: String?

    /// The record of `article`.
    public init(_ article: Article) {
        id = article.id
        source = article.source
        url = article.url
        headline = article.headline
        published = article.published?.value
        publishedSource = article.published?.provenance.rawValue
        outlet = article.outlet
        author = article.author
    }

    private enum CodingKeys: String, CodingKey { case type, id, source, url, headline, published, publishedSource, outlet, author }

    /// Encodes every field, absent ones as `null`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(headline, forKey: .headline)
        try c.encode(published, forKey: .published)
        try c.encode(publishedSource, forKey: .publishedSource)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(author, forKey: .author)
    }
}

/// An entity line of the JSONL export: `{"type": "entity", id, kind, name, aliases, roles, gender}`.
public struct EntityRecord: Encodable, Sendable {
    /// Always `"entity"`.
    public var type = "entity"
    /// The entity id.
    public var id: String
    /// person, organisation, place or unnamed.
    public var kind: String
    /// Canonical name.
    public var name: String
    /// Other names.
    public var aliases: [String]
    /// Roles as written.
    public var roles: [String]
    /// female, male or unknown.
    public var gender: String

    /// The record of `entity`.
    public init(_ entity: Entity) {
        id = entity.id
        kind = entity.kind.rawValue
        name = entity.name
        aliases = entity.aliases
        roles = entity.roles
        gender = entity.gender.rawValue
    }
}
