/// Statements of a corpus linked to their articles, entities, topics, dates and each other.
///
/// Built once from the analyses of all articles; corpus-level work (merging
/// one person's names across articles, topic counts, links) happens here so
/// that "Lindqvist" in one article joins "Maria Lindqvist" in another.
public struct StatementGraph: Sendable {
    /// Articles by id.
    public private(set) var articles: [String: Article] = [:]
    /// Analyses by article id (text, sentences, mentions, time expressions).
    public private(set) var analyses: [String: ArticleAnalysis] = [:]
    /// Statements in timeline order: by date (undated last), then article, then position.
    public private(set) var statements: [Statement] = []
    /// Entities by id, after corpus-level merging.
    public private(set) var entities: [String: Entity] = [:]
    /// Dated events, in date order.
    public private(set) var events: [Event] = []
    /// Statement index by id.
    public private(set) var indexByID: [String: Int] = [:]
    /// Statement indices by speaker entity id (or unnamed source name).
    public private(set) var statementsBySpeaker: [String: [Int]] = [:]
    /// Statement indices by topic label.
    public private(set) var statementsByTopic: [String: [Int]] = [:]
    /// Statement indices by mentioned entity id.
    public private(set) var statementsByMentionedEntity: [String: [Int]] = [:]

    /// Builds the graph from per-article analyses.
    ///
    /// - Parameter analyses: one per article, in any order.
    public init(analyses: [ArticleAnalysis]) {
        let merged = CorpusEntityMerger.merge(analyses.flatMap(\.entities))
        entities = merged.entities
        let canonical = merged.canonicalID
        var all: [Statement] = []
        for var analysis in analyses {
            for i in analysis.mentions.indices {
                if let id = analysis.mentions[i].entityID { analysis.mentions[i].entityID = canonical[id] ?? id }
            }
            for i in analysis.statements.indices {
                var statement = analysis.statements[i]
                if let id = statement.source?.entityID {
                    let target = canonical[id] ?? id
                    statement.source?.entityID = target
                    if let entity = entities[target] { statement.source?.name = entity.name }
                }
                statement.mentionedEntityIDs = statement.mentionedEntityIDs.map { canonical[$0] ?? $0 }
                analysis.statements[i] = statement
            }
            // An event's mentioned entities follow the same corpus-level merging as statements', so that
            // they name entities of `entities` ("Lindqvist" in one article is "Maria Lindqvist" of another).
            for i in analysis.events.indices {
                analysis.events[i].entityIDs = Self.unique(analysis.events[i].entityIDs.map { canonical[$0] ?? $0 })
            }
            articles[analysis.article.id] = analysis.article
            self.analyses[analysis.article.id] = analysis
            all.append(contentsOf: analysis.statements)
            events.append(contentsOf: analysis.events)
        }
        let sources = articles.mapValues(\.source)
        all.sort { a, b in
            let da = a.date.value ?? "~", db = b.date.value ?? "~"
            if da != db { return da < db }
            if a.articleID != b.articleID { return (sources[a.articleID] ?? "") < (sources[b.articleID] ?? "") }
            return a.span < b.span
        }
        statements = StatementLinker.link(all, analyses: self.analyses)
        events.sort { $0.timex.value < $1.timex.value }
        reindex()
    }

    /// `ids` without repeats, in first-seen order.
    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    private mutating func reindex() {
        indexByID = [:]
        statementsBySpeaker = [:]
        statementsByTopic = [:]
        statementsByMentionedEntity = [:]
        for (i, statement) in statements.enumerated() {
            indexByID[statement.id] = i
            if let key = Self.speakerKey(statement) { statementsBySpeaker[key, default: []].append(i) }
            for topic in statement.topics { statementsByTopic[topic, default: []].append(i) }
            for entity in statement.mentionedEntityIDs { statementsByMentionedEntity[entity, default: []].append(i) }
        }
    }

    /// The key a statement's speaker is indexed under: its entity id, else `unnamed:<name>`.
    public static func speakerKey(_ statement: Statement) -> String? {
        guard let source = statement.source else { return nil }
        return source.entityID ?? "unnamed:\(source.name.lowercased())"
    }

    /// The statement with `id`, if any.
    public func statement(id: String) -> Statement? {
        indexByID[id].map { statements[$0] }
    }

    /// Speakers with their number of statements, most first (ties by name).
    public var speakers: [(name: String, key: String, count: Int)] {
        statementsBySpeaker.compactMap { key, indices in
            guard let first = indices.first, let source = statements[first].source else { return nil }
            return (name: entities[key]?.name ?? source.name, key: key, count: indices.count)
        }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// Topics with their number of statements, most first (ties by label).
    public var topics: [(label: String, count: Int)] {
        statementsByTopic.map { (label: $0.key, count: $0.value.count) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
    }

    /// Indices of the statements that match `query`, in timeline order.
    public func matching(_ query: Query) -> [Int] {
        statements.indices.filter { QueryMatcher.matches(statements[$0], query: query, in: self) }
    }
}
