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
    /// The entity ids that some event mentions, each once, in first-seen order (for filters that show events
    /// mentioning a person: worked out once rather than on every filter).
    public private(set) var eventEntityIDs: [String] = []
    /// Statement index by id.
    public private(set) var indexByID: [String: Int] = [:]
    /// Statement indices by speaker entity id (or unnamed source name).
    public private(set) var statementsBySpeaker: [String: [Int]] = [:]
    /// Statement indices by topic label.
    public private(set) var statementsByTopic: [String: [Int]] = [:]
    /// Topic weights over the graph's statements: each statement gives each of its topics
    /// `KeyphraseExtractor.rankWeight` of its rank (variant labels are merged already).
    public private(set) var topicWeights: [String: Double] = [:]
    /// Statement indices by mentioned entity id.
    public private(set) var statementsByMentionedEntity: [String: [Int]] = [:]
    /// Where a graph loaded from an index reads what it did not load up front
    /// (article texts, content, links, full-text search); nil for a graph built from analyses.
    public private(set) var backend: (any StatementGraphBackend)?
    /// For a graph loaded from an index: statement index by the statement's timeline
    /// position in the whole index (the FTS5 row id), when the two differ (a graph of
    /// some articles only); nil when they are the same.
    private var indexByPosition: [Int: Int]?
    /// Per speaker key: the name shown, every name a `person:` term is compared with (the
    /// entity's name and aliases, and each distinct source name), and the statement indices.
    private var speakerEntries: [(key: String, name: String, names: [String], indices: [Int])] = []
    /// For a graph loaded from an index: statement indices by article id (for `analysis(of:)`).
    private var statementsByArticle: [String: [Int]] = [:]

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
        // Topic labels over the whole corpus: variants ("control orders", "Control order", "U.S."/"United States")
        // become one label, so that counts, weights, filters and links see one topic.
        KeyphraseExtractor.mergeVariants(&all)
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

    /// Builds a graph from what an index stored after its corpus-level pass,
    /// without merging or linking again.
    ///
    /// - Parameters:
    ///   - articles: the articles, their `text` left empty (the backend gives it, see `analysis(of:)`).
    ///   - statements: statements in timeline order, already merged; their `links` may be empty (see `links(of:)`).
    ///   - positions: each statement's timeline position in the whole index (0-based, FTS5 row id − 1), parallel to `statements`.
    ///   - entities: entities by id, after corpus-level merging.
    ///   - events: dated events in date order.
    ///   - backend: where article texts, content, links and word searches come from.
    public init(storedArticles articles: [Article], statements: [Statement], positions: [Int], entities: [String: Entity],
                events: [Event], backend: any StatementGraphBackend) {
        for article in articles { self.articles[article.id] = article }
        self.statements = statements
        self.entities = entities
        self.events = events
        self.backend = backend
        if positions.enumerated().contains(where: { $0.offset != $0.element }) {
            var map: [Int: Int] = [:]
            map.reserveCapacity(positions.count)
            for (index, position) in positions.enumerated() { map[position] = index }
            indexByPosition = map
        }
        reindex()
    }

    /// The full analysis of an article (text, sentences, mentions…), or nil when the graph has no such article.
    ///
    /// A graph built from analyses has them all in memory; a graph loaded
    /// from an index reads one from the index the first time a pane asks.
    /// Its mentions and statements are the merged ones (entity ids of `entities`).
    public func analysis(of articleID: String) -> ArticleAnalysis? {
        if let analysis = analyses[articleID] { return analysis }
        guard let backend, var analysis = backend.analysis(ofArticle: articleID) else { return nil }
        let own = (statementsByArticle[articleID] ?? []).map { statements[$0] }.sorted { $0.span < $1.span }
        if !own.isEmpty || analysis.statements.isEmpty { analysis.statements = own }
        return analysis
    }

    /// A statement's content as one line of text: its spans joined with ` … `.
    public func contentText(of statement: Statement) -> String {
        if let analysis = analyses[statement.articleID] {
            return statement.contentSpans.map { analysis.text[$0] }.joined(separator: " … ")
        }
        return backend?.contentText(ofStatement: statement.id) ?? ""
    }

    /// A statement's links: `statement.links`, or for a graph loaded from an
    /// index (which leaves them out of the first load), the stored ones.
    public func links(of statement: Statement) -> [StatementLink] {
        guard statement.links.isEmpty, let backend else { return statement.links }
        return backend.links(ofStatement: statement.id).filter { indexByID[$0.to] != nil }
    }

    /// Indices (timeline order) of the statements whose content, speaker or
    /// headline contain every word of `text` (the last one as a prefix), through
    /// the index's full-text search; nil for a graph built from analyses,
    /// which searches in memory instead.
    public func statementsContaining(_ text: String) -> [Int]? {
        guard let backend, let positions = backend.positions(matching: [[text]], excluded: []) else { return nil }
        return indices(ofPositions: positions)
    }

    /// Statement indices, in timeline order, of index positions.
    private func indices(ofPositions positions: Set<Int>) -> [Int] {
        if let indexByPosition { return positions.compactMap { indexByPosition[$0] }.sorted() }
        return positions.filter { $0 >= 0 && $0 < statements.count }.sorted()
    }

    /// True when `name`, lowercased, contains `term` (already lowercased): what `person:` and
    /// `mentions:` compare. ASCII terms take a byte path that makes no lowercased copy of `name`.
    public static func name(_ name: String, containsLowercased term: String) -> Bool {
        if term.utf8.allSatisfy({ $0 < 0x80 }) { return containsFoldingASCII(name, Array(term.utf8)) }
        return name.lowercased().contains(term)
    }

    /// True when `text` contains the ASCII lowercase bytes `term`, comparing ASCII letters of `text` case-insensitively.
    static func containsFoldingASCII(_ text: String, _ term: [UInt8]) -> Bool {
        guard !term.isEmpty else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= term.count else { return false }
            let first = term[0]
            var i = 0
            let last = bytes.count - term.count
            while i <= last {
                var b = bytes[i]
                if b >= 65 && b <= 90 { b += 32 }
                if b == first {
                    var j = 1
                    while j < term.count {
                        var c = bytes[i + j]
                        if c >= 65 && c <= 90 { c += 32 }
                        if c != term[j] { break }
                        j += 1
                    }
                    if j == term.count { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// `ids` without repeats, in first-seen order.
    private static func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    private mutating func reindex() {
        indexByID = [:]
        indexByID.reserveCapacity(statements.count)
        statementsBySpeaker = [:]
        statementsByTopic = [:]
        topicWeights = [:]
        statementsByMentionedEntity = [:]
        // by index, field by field: a whole Statement copied per iteration costs a retain and release of every field
        let byArticle = backend != nil
        if byArticle { statementsByArticle = [:] }
        for i in statements.indices {
            indexByID[statements[i].id] = i
            if let source = statements[i].source {
                let key = source.entityID ?? "unnamed:\(source.name.lowercased())"
                statementsBySpeaker[key, default: []].append(i)
            }
            for (rank, topic) in statements[i].topics.enumerated() {
                statementsByTopic[topic, default: []].append(i)
                topicWeights[topic, default: 0] += KeyphraseExtractor.rankWeight(rank)
            }
            for entity in statements[i].mentionedEntityIDs { statementsByMentionedEntity[entity, default: []].append(i) }
            if byArticle { statementsByArticle[statements[i].articleID, default: []].append(i) }
        }
        var seenEventEntities = Set<String>()
        eventEntityIDs = []
        for event in events { for id in event.entityIDs where seenEventEntities.insert(id).inserted { eventEntityIDs.append(id) } }
        speakerEntries = []
        speakerEntries.reserveCapacity(statementsBySpeaker.count)
        for (key, indices) in statementsBySpeaker {
            guard let first = indices.first, let source = statements[first].source else { continue }
            var names: [String] = []
            if let entity = entities[key] { names = [entity.name] + entity.aliases }
            for i in indices {
                if let name = statements[i].source?.name, !names.contains(name) { names.append(name) }
            }
            speakerEntries.append((key: key, name: entities[key]?.name ?? source.name, names: names, indices: indices))
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
        speakerEntries.map { (name: $0.name, key: $0.key, count: $0.indices.count) }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// Topics with their number of statements, most first; among topics with as many statements, the
    /// heaviest first (`topicWeights`: a topic that leads its statements before one that trails them), then by label.
    public var topics: [(label: String, count: Int)] {
        statementsByTopic.map { (label: $0.key, count: $0.value.count, weight: topicWeights[$0.key] ?? 0) }
            .sorted { a, b in
                if a.count != b.count { return a.count > b.count }
                return a.weight != b.weight ? a.weight > b.weight : a.label < b.label
            }
            .map { (label: $0.label, count: $0.count) }
    }

    /// Indices of the statements that match `query`, in timeline order.
    ///
    /// For a graph loaded from an index, the plain words and excluded words go
    /// to the index's FTS5 table (whole words, the last word of each phrase
    /// as a prefix); the other terms are checked in memory.
    public func matching(_ query: Query) -> [Int] {
        if let backend, !query.words.isEmpty || !query.excluded.isEmpty,
           let positions = backend.positions(matching: query.words, excluded: query.excluded) {
            var rest = query
            rest.words = []
            rest.excluded = []
            let found = indices(ofPositions: positions)
            return rest.isEmpty ? found : found.filter { QueryMatcher.matches(statements[$0], query: rest, in: self) }
        }
        if !query.persons.isEmpty {
            // person: terms are checked once per speaker rather than once per statement
            var rest = query
            rest.persons = []
            var found: [Int] = []
            var person = Query()
            person.persons = query.persons
            let terms = query.persons.map { Array($0.lowercased().utf8) }
            if terms.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) {
                // ASCII terms: compare bytes with ASCII case folding, which for such terms gives what
                // lowercasing both sides gives, without making lowercased copies of every name.
                func has(_ name: String) -> Bool { terms.contains { Self.containsFoldingASCII(name, $0) } }
                for entry in speakerEntries where entry.names.contains(where: has) { found += entry.indices }
            } else {
                for indices in statementsBySpeaker.values {
                    var names = Set<String>()
                    for i in indices where names.insert(statements[i].source?.name ?? "").inserted {
                        if QueryMatcher.matches(statements[i], query: person, in: self) { found += indices; break }
                    }
                }
            }
            found.sort()
            return rest.isEmpty ? found : found.filter { QueryMatcher.matches(statements[$0], query: rest, in: self) }
        }
        return statements.indices.filter { QueryMatcher.matches(statements[$0], query: query, in: self) }
    }
}

/// What a `StatementGraph` loaded from an index reads on demand rather than up front.
///
/// Implementations must be safe to call from any thread (`IndexReader` is one).
public protocol StatementGraphBackend: AnyObject, Sendable {
    /// The stored analysis of the article with id `id` (its text included), or nil.
    func analysis(ofArticle id: String) -> ArticleAnalysis?
    /// A statement's content, its spans joined with ` … `, or nil when unknown.
    func contentText(ofStatement id: String) -> String?
    /// The text of the sentences a statement comes from, or nil when unknown.
    func sentenceText(ofStatement id: String) -> String?
    /// A statement's links, in stored order.
    func links(ofStatement id: String) -> [StatementLink]
    /// Timeline positions (0-based) of the statements whose content, speaker or
    /// headline hold, for every group, at least one of its words or phrases,
    /// and none of `excluded`; nil when the search cannot be made.
    func positions(matching words: [[String]], excluded: [String]) -> Set<Int>?
}
