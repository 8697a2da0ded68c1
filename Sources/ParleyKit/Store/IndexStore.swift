import Foundation
import GRDB

/// The SQLite index of analyzed articles and the statement graph made from them.
///
/// One file, opened as a GRDB `DatabasePool` (WAL journal, so the browser can
/// read while `parley index` writes), with foreign keys on and the tables of
/// `IndexSchema`. Writing happens in two steps, each in its own transactions:
/// `write(_:)` stores analyzed articles a batch at a time, and
/// `runCorpusPass()` merges entities, weighs topics and links statements over
/// every stored article, then rewrites the corpus tables. Reading
/// (`loadGraph(sources:)`) builds a `StatementGraph` from the corpus tables
/// without merging or linking again; the graph asks this store, as its
/// `StatementGraphBackend`, for article texts, contents and links on demand,
/// and for FTS5 word searches.
///
/// Thread safety: every method may be called from any thread.
public final class IndexStore: StatementGraphBackend, @unchecked Sendable {
    /// The index file's path.
    public let path: String
    let pool: any DatabaseWriter
    private let lock = NSLock()
    private var analysisCache: [String: ArticleAnalysis] = [:]
    private var analysisOrder: [String] = []
    private var entityMerges: [String: String]?
    /// Articles whose analysis is kept in memory after a pane asked for it.
    static let analysisCacheSize = 32

    /// Opens (creating it and its folders when absent) the index at `path` and brings its schema up to date.
    ///
    /// With `readOnly`, an existing index that this process may not write (a
    /// shared or archived one) is opened read-only instead, without touching
    /// the file: browsing and exporting work, indexing does not.
    /// - Throws: `DatabaseError` when the file is not an SQLite database or
    ///   cannot be written (or, read-only, has an older schema); a Foundation
    ///   error when the folder cannot be made.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        let folder = (path as NSString).deletingLastPathComponent
        if readOnly, FileManager.default.fileExists(atPath: path),
           access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0 {
            configuration.readonly = true
            // SQLite reads a WAL-mode database only where it may make the shared-memory file beside it; an index
            // parley closed has no write-ahead log left, so it is read as an immutable file instead.
            let url = URL(fileURLWithPath: path).absoluteString
            let queue = try DatabaseQueue(path: url + "?immutable=1", configuration: configuration)
            guard try queue.read({ db in try IndexSchema.migrator.hasCompletedMigrations(db) }) else {
                throw DatabaseError(resultCode: .SQLITE_READONLY,
                                    message: "the index was made by an older parley and cannot be brought up to date read-only")
            }
            pool = queue
            return
        }
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        let writer = try DatabasePool(path: path, configuration: configuration)
        try IndexSchema.migrator.migrate(writer)
        pool = writer
    }

    /// The default index file: `$XDG_DATA_HOME/parley/index.sqlite`, with
    /// `XDG_DATA_HOME` defaulting to `~/.local/share` (XDG Base Directory Specification).
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base: String
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            base = data
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((base as NSString).appendingPathComponent("parley") as NSString).appendingPathComponent("index.sqlite")
    }

    // MARK: - Articles

    /// What the index holds about one source: its article id (content hash) and whether its analysis is current.
    public struct StoredSource: Hashable, Sendable {
        /// The article id: a hash of its text.
        public var articleID: String
        /// True when the stored analysis has the current `IndexSchema.analysisFormat`.
        public var isCurrent: Bool
        /// `Article.inputMetadataKey` of the article when it was stored.
        public var inputMetadata: String = ""
        /// For a relative source, the working directory of the run that stored it (an absolute path); empty for an
        /// absolute source, or for a row stored by a parley that did not record it.
        public var folder: String = ""
    }

    /// Every stored source with its article id.
    /// - Throws: `DatabaseError`.
    public func storedSources() throws -> [String: StoredSource] {
        try pool.read { db in
            var result: [String: StoredSource] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT a.source, a.id, t.analysis_format, a.input_metadata, a.folder FROM articles a JOIN article_texts t ON t.article_num = a.num")
            while let row = try rows.next() {
                result[row[0]] = StoredSource(articleID: row[1], isCurrent: (row[2] as String) == IndexSchema.analysisFormat,
                                              inputMetadata: row[3], folder: row[4])
            }
            return result
        }
    }

    /// Number of stored articles.
    /// - Throws: `DatabaseError`.
    public func articleCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0 }
    }

    /// Number of statements in the corpus tables (as of the last corpus pass).
    /// - Throws: `DatabaseError`.
    public func statementCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM statements") ?? 0 }
    }

    /// The stored analysis (before corpus-level merging) of `source`, or nil.
    /// - Throws: `DatabaseError`, or `DecodingError` for a damaged row.
    public func storedAnalysis(source: String) throws -> ArticleAnalysis? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT t.text, t.analysis FROM articles a JOIN article_texts t ON t.article_num = a.num WHERE a.source = ?", arguments: [source])
            else { return nil }
            return try StoredAnalysis.decode(row[1], text: row[0])
        }
    }

    /// True while articles were written that no corpus pass has taken in yet.
    /// - Throws: `DatabaseError`.
    public func isCorpusPassPending() throws -> Bool {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'corpus_pass_pending'") == "1" }
    }

    /// Stores analyzed articles in one transaction, replacing any stored article of the same source
    /// (or, for a text stored under another source, that row), and marks the corpus pass pending.
    ///
    /// Either every article of the batch is stored or none is.
    /// - Parameters:
    ///   - analyses: analyses whose `article.source` is the key.
    ///   - inputMetadata: for each analysis, `Article.inputMetadataKey` of the article as read (before the
    ///     pipeline set its DCT); the next run analyzes it again when that changes. Empty: none recorded.
    ///   - folder: the directory relative sources were read from (recorded as `StoredSource.folder`); the
    ///     process's working directory by default.
    /// - Throws: `DatabaseError`, `EncodingError`.
    public func write(_ analyses: [ArticleAnalysis], inputMetadata: [String] = [],
                      folder: String = FileManager.default.currentDirectoryPath) throws {
        let blobs = try analyses.map { try StoredAnalysis.encode($0) }
        try pool.write { db in
            let delete = try db.makeStatement(sql: "DELETE FROM articles WHERE source = ? OR id = ?")
            let insert = try db.makeStatement(sql: """
                INSERT INTO articles (source, id, headline, outlet, author, published, published_provenance,
                                      body_start, words, url, input_metadata, folder)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertText = try db.makeStatement(sql: """
                INSERT INTO article_texts (article_num, text, analysis_format, analysis) VALUES (?, ?, ?, ?)
                """)
            for (n, (analysis, blob)) in zip(analyses, blobs).enumerated() {
                let article = analysis.article
                try delete.execute(arguments: [article.source, article.id])
                let published = analysis.documentCreationTime ?? article.published
                try insert.execute(arguments: [
                    article.source, article.id, article.headline, article.outlet, article.author,
                    published?.value, published?.provenance.rawValue, article.bodyStart,
                    Self.wordCount(article.text), article.url, n < inputMetadata.count ? inputMetadata[n] : "",
                    article.source.hasPrefix("/") ? "" : folder,
                ])
                try insertText.execute(arguments: [db.lastInsertedRowID, article.text, IndexSchema.analysisFormat, blob])
            }
            try db.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'corpus_pass_pending'")
        }
    }

    /// Removes the articles of `sources` in one transaction, and marks the corpus pass pending when any was stored.
    ///
    /// Goes at once: each article's row and text, and its statements with their texts, topic, mention and link
    /// rows (links from other statements to them too) through the schema's `ON DELETE CASCADE`, and their FTS5
    /// rows. Entities only they mentioned, events and the links and merges they made between other statements
    /// stay until the corpus pass, which `IndexBuilder` runs next and which rewrites those tables from the
    /// articles left. Either every source is removed or none is. Sources not stored are passed over.
    /// - Returns: the number of articles removed.
    /// - Throws: `DatabaseError`.
    @discardableResult
    public func remove(sources: [String]) throws -> Int {
        guard !sources.isEmpty else { return 0 }
        return try pool.write { db in
            // The FTS5 table is contentless: a row is deleted by giving the values it was made from. They are the
            // corpus pass's only while no article was written after it; otherwise the pass to come rebuilds the table.
            let tablesCurrent = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'corpus_pass_pending'") == "0"
            let unsearch = try db.makeStatement(sql: """
                INSERT INTO statement_fts (statement_fts, rowid, content, speaker, headline)
                SELECT 'delete', s.ord, t.content, s.speaker_name, a.headline
                FROM articles a JOIN statements s ON s.article_id = a.id JOIN statement_texts t ON t.ord = s.ord
                WHERE a.source = ?
                """)
            let delete = try db.makeStatement(sql: "DELETE FROM articles WHERE source = ?")
            var removed = 0
            for source in sources {
                if tablesCurrent { try unsearch.execute(arguments: [source]) }
                try delete.execute(arguments: [source])
                removed += db.changesCount
            }
            if removed > 0 { try db.execute(sql: "UPDATE meta SET value = '1' WHERE key = 'corpus_pass_pending'") }
            return removed
        }
    }

    /// Records `folder` as the directory the relative `sources` were read from, for rows stored before parley
    /// recorded it (see `StoredSource.folder`). Changes no analysis, so no corpus pass is needed.
    /// - Throws: `DatabaseError`.
    public func recordFolder(_ folder: String, sources: [String]) throws {
        guard !sources.isEmpty else { return }
        try pool.write { db in
            let update = try db.makeStatement(sql: "UPDATE articles SET folder = ? WHERE source = ? AND folder = ''")
            for source in sources where !source.hasPrefix("/") { try update.execute(arguments: [folder, source]) }
        }
    }

    /// Number of words in `text`: runs of letters or digits.
    public static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }

    /// Gives the statements of `analysis` (a new version of `previous`'s article) the ids they had
    /// in `previous` when their content text and speaker are the same; others keep their new ids.
    ///
    /// Matching pairs statements in text order: the n-th statement with a
    /// given content and speaker takes the id of the n-th such statement of
    /// before. Event statement ids follow.
    public static func carryOverIDs(to analysis: inout ArticleAnalysis, from previous: ArticleAnalysis) {
        func key(_ statement: Statement, _ text: ScalarText) -> String {
            let content = statement.contentSpans.filter { $0.end <= text.count }.map { text[$0] }.joined(separator: " … ")
            return (statement.source?.name ?? "") + "\u{1F}" + content
        }
        var earlier: [String: [String]] = [:]
        for statement in previous.statements { earlier[key(statement, previous.text), default: []].append(statement.id) }
        var taken = Set(analysis.statements.map(\.id))
        var renamed: [String: String] = [:]
        for i in analysis.statements.indices {
            let k = key(analysis.statements[i], analysis.text)
            guard var ids = earlier[k], !ids.isEmpty else { continue }
            let old = ids.removeFirst()
            earlier[k] = ids
            guard !taken.contains(old) else { continue }
            taken.insert(old)
            renamed[analysis.statements[i].id] = old
            analysis.statements[i].id = old
        }
        guard !renamed.isEmpty else { return }
        for i in analysis.events.indices {
            analysis.events[i].statementIDs = analysis.events[i].statementIDs.map { renamed[$0] ?? $0 }
        }
    }

    // MARK: - Corpus pass

    /// Every stored article's analysis, in source order (what the corpus pass reads).
    /// - Throws: `DatabaseError`, `DecodingError`.
    public func allAnalyses() throws -> [ArticleAnalysis] {
        let rows: [(String, Data)] = try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT t.text, t.analysis FROM articles a JOIN article_texts t ON t.article_num = a.num ORDER BY a.source").map { ($0[0], $0[1]) }
        }
        let results = AnalysisSlots(count: rows.count)
        DispatchQueue.concurrentPerform(iterations: max(1, min(rows.count, ProcessInfo.processInfo.activeProcessorCount))) { worker in
            var i = worker
            let step = max(1, min(rows.count, ProcessInfo.processInfo.activeProcessorCount))
            while i < rows.count {
                results.set(i, Result { try StoredAnalysis.decode(rows[i].1, text: rows[i].0) })
                i += step
            }
        }
        return try results.values()
    }

    /// Merges entities, weighs topics and links statements over every stored
    /// article (as `StatementGraph(analyses:)` does), then rewrites the corpus
    /// tables and clears the pending flag, all in one transaction.
    ///
    /// Deterministic: articles are taken in source order, so the same stored
    /// articles always give the same tables.
    /// - Returns: the number of statements written.
    /// - Throws: `DatabaseError`, `DecodingError`.
    @discardableResult
    public func runCorpusPass() throws -> Int {
        let analyses = try allAnalyses()
        let graph = StatementGraph(analyses: Self.withUniqueStatementIDs(analyses))
        let merges = CorpusEntityMerger.merge(analyses.flatMap(\.entities)).canonicalID.filter { $0.key != $0.value }
        try pool.write { db in try Self.writeCorpusTables(graph, merges: merges, db: db) }
        // The pass rewrote every corpus table; VACUUM lays each table's pages out in order again, so that
        // opening reads them in sequence (measured on 105k statements with the page cache dropped: 1.0 s
        // before, 0.7 s after; the VACUUM itself took 2.9 s, the pass 40 s). Atomic, like any transaction.
        try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        lock.lock()
        analysisCache = [:]
        analysisOrder = []
        entityMerges = nil
        lock.unlock()
        return graph.statements.count
    }

    /// The analyses with no statement id used twice: a carried-over id can meet
    /// the same id in an article added later with that old text; the later
    /// article (in source order) then gets fresh ids.
    static func withUniqueStatementIDs(_ analyses: [ArticleAnalysis]) -> [ArticleAnalysis] {
        var seen = Set<String>()
        var result = analyses
        for a in result.indices {
            var renamed: [String: String] = [:]
            for s in result[a].statements.indices {
                var id = result[a].statements[s].id
                if seen.contains(id) {
                    let base = Statement.identifier(article: result[a].article.id, span: result[a].statements[s].span)
                    id = base
                    var n = 2
                    while seen.contains(id) { id = "\(base)-\(n)"; n += 1 }
                    renamed[result[a].statements[s].id] = id
                    result[a].statements[s].id = id
                }
                seen.insert(id)
            }
            if !renamed.isEmpty {
                for e in result[a].events.indices {
                    result[a].events[e].statementIDs = result[a].events[e].statementIDs.map { renamed[$0] ?? $0 }
                }
            }
        }
        return result
    }

    private static let separator = "\u{1F}"

    private static func spansText(_ spans: [TextSpan]) -> String {
        spans.map { "\($0.start)-\($0.end)" }.joined(separator: ",")
    }

    private static func writeCorpusTables(_ graph: StatementGraph, merges: [String: String], db: Database) throws {
        try db.execute(sql: """
            DELETE FROM links; DELETE FROM statement_topics; DELETE FROM statement_mentions;
            DELETE FROM statement_texts; DELETE FROM statements; DELETE FROM entity_aliases; DELETE FROM entity_merges; DELETE FROM entities;
            DELETE FROM events;
            INSERT INTO statement_fts(statement_fts) VALUES('delete-all');
            """)
        let insertEntity = try db.makeStatement(sql: "INSERT INTO entities (id, kind, name, gender, aliases, roles) VALUES (?, ?, ?, ?, ?, ?)")
        let insertAlias = try db.makeStatement(sql: "INSERT INTO entity_aliases (entity_id, position, alias) VALUES (?, ?, ?)")
        for id in graph.entities.keys.sorted() {
            let entity = graph.entities[id]!
            try insertEntity.execute(arguments: [id, entity.kind.rawValue, entity.name, entity.gender.rawValue,
                                                 entity.aliases.joined(separator: separator), entity.roles.joined(separator: separator)])
            for (position, alias) in entity.aliases.enumerated() { try insertAlias.execute(arguments: [id, position, alias]) }
        }
        let insertMerge = try db.makeStatement(sql: "INSERT INTO entity_merges (from_id, to_id) VALUES (?, ?)")
        for from in merges.keys.sorted() where graph.entities[merges[from]!] != nil {
            try insertMerge.execute(arguments: [from, merges[from]!])
        }
        let insertStatement = try db.makeStatement(sql: """
            INSERT INTO statements (ord, id, article_id, speaker_key, speaker_name, speaker_entity, speaker_kind,
                speaker_start, speaker_end, speaker_resolution, cue, cue_start, cue_end, kind, spans, sentences, channel,
                date_value, date_text, date_start, date_end, date_source, date_anchor, topics, mentions)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertText = try db.makeStatement(sql: "INSERT INTO statement_texts (ord, content, sentence) VALUES (?, ?, ?)")
        let insertTopic = try db.makeStatement(sql: "INSERT INTO statement_topics (statement_id, position, topic) VALUES (?, ?, ?)")
        let insertMention = try db.makeStatement(sql: "INSERT INTO statement_mentions (statement_id, position, entity_id) VALUES (?, ?, ?)")
        let insertSearch = try db.makeStatement(sql: "INSERT INTO statement_fts (rowid, content, speaker, headline) VALUES (?, ?, ?, ?)")
        for (ord, statement) in graph.statements.enumerated() {
            let analysis = graph.analyses[statement.articleID]
            let content = graph.contentText(of: statement)
            var sentence = ""
            if let analysis {
                let spans = statement.sentenceIndices.filter { $0 < analysis.sentences.count }.map { analysis.sentences[$0].span }
                if let first = spans.first { sentence = analysis.text[spans.dropFirst().reduce(first) { $0.union($1) }] }
            }
            let source = statement.source
            var values: [(any DatabaseValueConvertible)?] = [
                ord, statement.id, statement.articleID, StatementGraph.speakerKey(statement), source?.name, source?.entityID,
                source?.kind.rawValue, source?.span?.start, source?.span?.end, source?.resolution.rawValue,
            ]
            values += [statement.cue, statement.cueSpan?.start, statement.cueSpan?.end, statement.kind.rawValue,
                       spansText(statement.contentSpans), statement.sentenceIndices.map(String.init).joined(separator: ","),
                       statement.channel]
            values += [statement.date.value, statement.date.text, statement.date.span?.start, statement.date.span?.end,
                       statement.date.source.rawValue, statement.date.anchor,
                       statement.topics.joined(separator: separator), statement.mentionedEntityIDs.joined(separator: separator)]
            try insertStatement.execute(arguments: StatementArguments(values))
            try insertText.execute(arguments: [ord, content, sentence])
            for (position, topic) in statement.topics.enumerated() { try insertTopic.execute(arguments: [statement.id, position, topic]) }
            for (position, entity) in statement.mentionedEntityIDs.enumerated() {
                try insertMention.execute(arguments: [statement.id, position, entity])
            }
            try insertSearch.execute(arguments: [ord, content, source?.name, graph.articles[statement.articleID]?.headline])
        }
        let insertLink = try db.makeStatement(sql: "INSERT INTO links (from_id, position, to_id, kind, label) VALUES (?, ?, ?, ?, ?)")
        for statement in graph.statements {
            for (position, link) in statement.links.enumerated() {
                try insertLink.execute(arguments: [statement.id, position, link.to, link.kind.rawValue, link.label])
            }
        }
        let insertEvent = try db.makeStatement(sql: """
            INSERT INTO events (ord, id, span_start, span_end, text, timex_start, timex_end, timex_text, timex_type,
                timex_value, timex_relative, timex_anchor, entities, statement_ids)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ord, event) in graph.events.enumerated() {
            let t = event.timex
            try insertEvent.execute(arguments: [
                ord, event.id, event.span.start, event.span.end, event.text, t.span.start, t.span.end, t.text, t.type.rawValue,
                t.value, t.isRelative, t.anchor, event.entityIDs.joined(separator: separator),
                event.statementIDs.joined(separator: separator),
            ])
        }
        try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'corpus_pass_pending'")
    }

    // MARK: - Reading

    /// Builds the statement graph from the corpus tables, without merging or linking again.
    ///
    /// Loads the light columns of every statement (no content text, no
    /// links), the articles' metadata (no text), the entities and the events;
    /// the rest comes on demand through this store (`StatementGraphBackend`).
    /// - Parameter sources: when given, only the statements and events of the
    ///   articles with these sources (paths or URLs as indexed); entities stay whole.
    /// - Throws: `DatabaseError`.
    public func loadGraph(sources: Set<String>? = nil) throws -> StatementGraph {
        // Entities load on a second connection while the statements load on this one (WAL allows both);
        // a read-only index has one connection, so there they load first.
        let entityBox = EntityBox()
        let group = DispatchGroup()
        if pool is DatabasePool {
            DispatchQueue.global().async(group: group) { [pool] in
                entityBox.result = Result { try pool.read { db in try Self.loadEntities(db) } }
            }
        } else {
            entityBox.result = Result { try pool.read { db in try Self.loadEntities(db) } }
        }
        let graph = try pool.read { db -> StatementGraph in
            var articles: [Article] = []
            let articleRows = try Row.fetchCursor(db, sql: """
                SELECT id, source, headline, outlet, author, published, published_provenance, body_start, url FROM articles
                """)
            while let row = try articleRows.next() {
                let source: String = row[1]
                if let sources, !sources.contains(source) { continue }
                var published: DocumentCreationTime?
                if let value: String = row[5], let provenance = (row[6] as String?).flatMap(DocumentCreationTime.Provenance.init(rawValue:)) {
                    published = DocumentCreationTime(value: value, provenance: provenance)
                }
                var article = Article(source: source, text: "", headline: row[2], bodyStart: row[7], outlet: row[3], author: row[4],
                                      published: published)
                article.id = row[0]
                article.url = row[8]
                articles.append(article)
            }
            let wanted = sources == nil ? nil : Set(articles.map(\.id))
            let statementCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM statements") ?? 0
            var statements: [Statement] = []
            var positions: [Int] = []
            statements.reserveCapacity(statementCount)
            positions.reserveCapacity(statementCount)
            var included = Set<String>()
            let statementRows = try Row.fetchCursor(db, sql: """
                SELECT ord, id, article_id, speaker_name, speaker_entity, speaker_kind, speaker_start, speaker_end,
                       speaker_resolution, cue, cue_start, cue_end, kind, spans, sentences, channel,
                       date_value, date_text, date_start, date_end, date_source, date_anchor, topics, mentions
                FROM statements ORDER BY ord
                """)
            while let row = try statementRows.next() {
                let articleID: String = row[2]
                if let wanted, !wanted.contains(articleID) { continue }
                var source: Source?
                if let name: String = row[3] {
                    source = Source(name: name, entityID: row[4], kind: (row[5] as String?).flatMap(EntityKind.init(rawValue:)) ?? .person,
                                    span: Self.span(row[6], row[7]),
                                    resolution: (row[8] as String?).flatMap(SpeakerResolution.init(rawValue:)) ?? .name)
                }
                let date = StatementDate(value: row[16], text: row[17], span: Self.span(row[18], row[19]),
                                         source: DateSource(rawValue: row[20]) ?? .unknown, anchor: row[21])
                let statement = Statement(storedID: row[1], articleID: articleID, source: source, cue: row[9],
                                          cueSpan: Self.span(row[10], row[11]),
                                          kind: StatementKind(rawValue: row[12]) ?? .indirect,
                                          contentSpans: Self.spans(row[13]), sentenceIndices: Self.integers(row[14]),
                                          channel: row[15], date: date, topics: Self.list(row[22]),
                                          mentionedEntityIDs: Self.list(row[23]))
                if wanted != nil { included.insert(statement.id) }
                statements.append(statement)
                positions.append(row[0])
            }
            var events: [Event] = []
            let eventRows = try Row.fetchCursor(db, sql: """
                SELECT id, span_start, span_end, text, timex_start, timex_end, timex_text, timex_type, timex_value,
                       timex_relative, timex_anchor, entities, statement_ids FROM events ORDER BY ord
                """)
            while let row = try eventRows.next() {
                var statementIDs = Self.list(row[12])
                if wanted != nil {
                    statementIDs = statementIDs.filter(included.contains)
                    let id: String = row[0]
                    let article = String(id.prefix { $0 != "-" })
                    guard wanted?.contains(article) == true || !statementIDs.isEmpty else { continue }
                }
                let timex = TimeExpression(span: TextSpan(row[4], row[5]), text: row[6], type: TimexType(rawValue: row[7]) ?? .date,
                                           value: row[8], isRelative: row[9], anchor: row[10])
                events.append(Event(id: row[0], span: TextSpan(row[1], row[2]), text: row[3], timex: timex,
                                    entityIDs: Self.list(row[11]), statementIDs: statementIDs))
            }
            group.wait()
            return StatementGraph(storedArticles: articles, statements: statements, positions: positions,
                                  entities: try entityBox.result?.get() ?? [:], events: events, backend: self)
        }
        return graph
    }

    /// Every entity of the corpus tables, by id.
    private static func loadEntities(_ db: Database) throws -> [String: Entity] {
        var entities: [String: Entity] = [:]
        entities.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM entities") ?? 0)
        let entityRows = try Row.fetchCursor(db, sql: "SELECT id, kind, name, gender, aliases, roles FROM entities")
        while let row = try entityRows.next() {
            let entity = Entity(storedID: row[0], kind: EntityKind(rawValue: row[1]) ?? .person, name: row[2],
                                aliases: Self.list(row[4]), roles: Self.list(row[5]),
                                gender: Gender(rawValue: row[3]) ?? .unknown)
            entities[entity.id] = entity
        }
        return entities
    }

    /// Splits a list column at U+001F.
    private static func list(_ text: String) -> [String] {
        if text.isEmpty { return [] }
        return text.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    private static func span(_ start: Int?, _ end: Int?) -> TextSpan? {
        guard let start, let end else { return nil }
        return TextSpan(start, end)
    }

    /// Parses "s-e,s-e".
    private static func spans(_ text: String) -> [TextSpan] {
        var result: [TextSpan] = []
        var start = 0, value = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): start = value; value = 0
            case UInt8(ascii: ","): result.append(TextSpan(start, value)); value = 0
            default: value = value * 10 + Int(byte &- 48)
            }
        }
        if !text.isEmpty { result.append(TextSpan(start, value)) }
        return result
    }

    /// Parses "1,2".
    private static func integers(_ text: String) -> [Int] {
        var result: [Int] = []
        var value = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ",") { result.append(value); value = 0 } else { value = value * 10 + Int(byte &- 48) }
        }
        if !text.isEmpty { result.append(value) }
        return result
    }

    // MARK: - StatementGraphBackend

    /// The stored analysis of article `id`, its mentions' entity ids merged as in the corpus tables; cached.
    public func analysis(ofArticle id: String) -> ArticleAnalysis? {
        lock.lock()
        if let cached = analysisCache[id] { lock.unlock(); return cached }
        lock.unlock()
        let loaded: ArticleAnalysis? = try? pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT t.text, t.analysis FROM articles a JOIN article_texts t ON t.article_num = a.num WHERE a.id = ?", arguments: [id]) else { return nil }
            var analysis = try StoredAnalysis.decode(row[1], text: row[0])
            lock.lock()
            var merges = entityMerges
            lock.unlock()
            if merges == nil {
                var loaded: [String: String] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT from_id, to_id FROM entity_merges")
                while let row = try rows.next() { loaded[row[0]] = row[1] }
                lock.lock()
                entityMerges = loaded
                lock.unlock()
                merges = loaded
            }
            let merged = merges ?? [:]
            for i in analysis.mentions.indices {
                if let entity = analysis.mentions[i].entityID { analysis.mentions[i].entityID = merged[entity] ?? entity }
            }
            return analysis
        }
        guard let loaded else { return nil }
        lock.lock()
        analysisCache[id] = loaded
        analysisOrder.append(id)
        if analysisOrder.count > Self.analysisCacheSize { analysisCache[analysisOrder.removeFirst()] = nil }
        lock.unlock()
        return loaded
    }

    /// The stored content text of statement `id`.
    public func contentText(ofStatement id: String) -> String? {
        try? pool.read { db in try String.fetchOne(db, sql: "SELECT t.content FROM statements s JOIN statement_texts t ON t.ord = s.ord WHERE s.id = ?", arguments: [id]) }
    }

    /// The stored sentence text of statement `id`.
    public func sentenceText(ofStatement id: String) -> String? {
        try? pool.read { db in try String.fetchOne(db, sql: "SELECT t.sentence FROM statements s JOIN statement_texts t ON t.ord = s.ord WHERE s.id = ?", arguments: [id]) }
    }

    /// The stored links of statement `id`, in order.
    public func links(ofStatement id: String) -> [StatementLink] {
        (try? pool.read { db in
            try Row.fetchAll(db, sql: "SELECT to_id, kind, label FROM links WHERE from_id = ? ORDER BY position", arguments: [id])
                .compactMap { row in LinkKind(rawValue: row[1]).map { StatementLink(to: row[0], kind: $0, label: row[2]) } }
        }) ?? []
    }

    /// Timeline positions of the statements matching the words, through FTS5 (see `ftsQuery(_:)`).
    public func positions(matching words: [[String]], excluded: [String]) -> Set<Int>? {
        try? pool.read { db in
            func search(_ phrase: String) throws -> Set<Int>? {
                guard let match = Self.ftsQuery(phrase) else { return nil }
                return Set(try Int.fetchAll(db, sql: "SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?", arguments: [match]))
            }
            var result: Set<Int>?
            for group in words {
                var any = Set<Int>()
                for phrase in group { if let found = try search(phrase) { any.formUnion(found) } }
                result = result.map { $0.intersection(any) } ?? any
            }
            if result == nil, !excluded.isEmpty {
                result = Set(try Int.fetchAll(db, sql: "SELECT ord FROM statements"))
            }
            for phrase in excluded { if let found = try search(phrase) { result?.subtract(found) } }
            return result ?? []
        }
    }

    /// The FTS5 query for a word or phrase as a person typed it: its words (runs of
    /// letters and digits, lowercased) as one phrase whose last word may be a prefix
    /// ("vladimir put" finds "Vladimir Putin"); nil when it has no word.
    public static func ftsQuery(_ phrase: String) -> String? {
        let words = StatementLinker.normalizedWords(phrase)
        guard !words.isEmpty else { return nil }
        return "\"" + words.joined(separator: " ") + "\" *"
    }
}

/// The entities loaded on another thread.
private final class EntityBox: @unchecked Sendable {
    var result: Result<[String: Entity], Error>?
}

/// Decoded analyses collected from several threads.
private final class AnalysisSlots: @unchecked Sendable {
    private var slots: [Result<ArticleAnalysis, Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<ArticleAnalysis, Error>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() throws -> [ArticleAnalysis] {
        lock.lock()
        defer { lock.unlock() }
        return try slots.compactMap { try $0?.get() }
    }
}
