import Foundation
import GRDB
import XCTest
@testable import ParleyKit

/// The SQLite index: schema, incremental runs, stable ids, FTS5 and corpus-level work over the whole index.
final class IndexStoreTests: IndexTestCase {
    override var folderPrefix: String { "parley-store" }

    func testMigrationsMakeTheSchemaInANewFolder() throws {
        let store = try store()
        XCTAssertTrue(FileManager.default.fileExists(atPath: store.path))
        let tables = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")
        }
        for table in ["articles", "article_texts", "entities", "entity_aliases", "entity_merges", "events", "links", "meta",
                      "statement_fts", "statement_mentions", "statement_texts", "statement_topics", "statements"] {
            XCTAssertTrue(tables.contains(table), "missing table \(table) in \(tables)")
        }
        let applied = try store.pool.read { db in try IndexSchema.migrator.appliedIdentifiers(db) }
        XCTAssertEqual(Set(applied), ["v1-articles", "v1-corpus", "v2-texts-apart", "v3-article-folder"])
        let journal = try store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(journal, "wal")
        let foreignKeys = try store.pool.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        XCTAssertEqual(foreignKeys, true)
        // opening again runs no migration twice and keeps the data
        XCTAssertNoThrow(try IndexStore(path: store.path))
    }

    func testAVersion1IndexMovesItsTextsApartAndKeepsThem() throws {
        let path = folder.appendingPathComponent("old/parley.sqlite").path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let analysis = Pipeline().analyze(ArticleReader.plainArticle(source: "a.txt", raw: budget)!)
        let blob = try StoredAnalysis.encode(analysis)
        do {
            let pool = try DatabasePool(path: path)
            try IndexSchema.migrator.migrate(pool, upTo: "v1-corpus")
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO articles (source, id, body_start, words, text, analysis_format, analysis)
                    VALUES ('a.txt', ?, ?, 20, ?, ?, ?)
                    """, arguments: [analysis.article.id, analysis.article.bodyStart, analysis.article.text, IndexSchema.analysisFormat, blob])
                try db.execute(sql: """
                    INSERT INTO statements (ord, id, article_id, kind, spans, sentences, date_source, topics, mentions, content, sentence)
                    VALUES (0, 's1', ?, 'indirect', '0-3', '0', 'unknown', '', '', 'the budget would be cut', 'Ms Berg said it.')
                    """, arguments: [analysis.article.id])
            }
        }
        let store = try IndexStore(path: path)
        XCTAssertEqual(try store.storedAnalysis(source: "a.txt")?.article.text, analysis.article.text)
        XCTAssertEqual(try store.storedSources()["a.txt"]?.isCurrent, true)
        let moved = try store.pool.read { db in try Row.fetchOne(db, sql: "SELECT content, sentence FROM statement_texts WHERE ord = 0") }
        XCTAssertEqual(moved?[0] as String?, "the budget would be cut")
        XCTAssertEqual(moved?[1] as String?, "Ms Berg said it.")
        let columns = try store.pool.read { db in try db.columns(in: "statements").map(\.name) }
        XCTAssertFalse(columns.contains("content"))
    }

    func testNewMetadataForTheSameTextIsAnalyzedAgainAndTheURLIsKept() throws {
        let path = try article("feed.json", #"[{"title": "Budget row", "url": "https://example.org/budget", "#
                                  + #""text": "Ms Anna Berg said the budget for fishing would be cut in March."}]"#)
        let store = try store()
        XCTAssertEqual(try index([path], store).added, 1)
        let graph = try store.loadGraph()
        XCTAssertEqual(graph.articles.values.first?.url, "https://example.org/budget")
        // the same text again: unchanged
        XCTAssertEqual(try index([path], store).unchanged, 1)
        // the same text with a publication date given on the command line: analyzed again
        var builder = IndexBuilder(published: DocumentCreationTime(value: "2021-06-04", provenance: .commandLine))
        builder.batchSize = 2
        let report = try builder.index(paths: [path], into: store)
        XCTAssertEqual(report.updated, 1)
        XCTAssertEqual(try store.loadGraph().articles.values.first?.published?.value, "2021-06-04")
    }

    func testTheDefaultIndexFollowsXDGDataHome() {
        XCTAssertEqual(IndexStore.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"]), "/data/parley/index.sqlite")
        XCTAssertEqual(IndexStore.defaultPath(environment: ["HOME": "/home/a"]), "/home/a/.local/share/parley/index.sqlite")
        // a relative XDG_DATA_HOME is invalid by the specification and ignored
        XCTAssertEqual(IndexStore.defaultPath(environment: ["XDG_DATA_HOME": "data", "HOME": "/home/a"]),
                       "/home/a/.local/share/parley/index.sqlite")
    }

    func testArticlesOfOneFileGetSourcesOfTheirOwn() {
        var articles = [Article(source: "feed.xml", text: "One."), Article(source: "a.txt", text: "Two."),
                        Article(source: "feed.xml", text: "Three.")]
        IndexBuilder.distinguishSources(&articles)
        XCTAssertEqual(articles.map(\.source), ["feed.xml#1", "a.txt", "feed.xml#2"])
    }

    func testASecondRunSkipsUnchangedArticles() throws {
        try article("a.txt", talks)
        try article("b.txt", budget)
        let store = try store()
        let first = try index([folder.path], store)
        XCTAssertEqual(first.added, 2)
        XCTAssertTrue(first.ranCorpusPass)
        let ids = try store.loadGraph().statements.map(\.id)
        XCTAssertFalse(ids.isEmpty)
        let second = try index([folder.path], store)
        XCTAssertEqual(second.added, 0)
        XCTAssertEqual(second.updated, 0)
        XCTAssertEqual(second.unchanged, 2)
        XCTAssertFalse(second.ranCorpusPass, "nothing changed, so no corpus pass")
        XCTAssertEqual(try store.loadGraph().statements.map(\.id), ids)
    }

    func testAChangedArticleIsReplacedAndKeepsTheIdsOfUnchangedStatements() throws {
        let path = try article("a.txt", talks)
        try article("c.txt", harbour)
        let store = try store()
        _ = try index([folder.path], store)
        let before = try store.loadGraph()
        let beforeArticle = try XCTUnwrap(before.articles.values.first { $0.source == path })
        let beforeIDs = Dictionary(uniqueKeysWithValues: before.statements.filter { $0.articleID == beforeArticle.id }
            .map { (before.contentText(of: $0), $0.id) })
        let otherIDs = before.statements.filter { $0.articleID != beforeArticle.id }.map(\.id)
        XCTAssertEqual(beforeIDs.count, 2)

        // a new first paragraph moves every offset; one statement stays, one is new
        try article("a.txt", "Talks in Oslo\n\nA second round opened on Sunday. Anna Berg, the finance minister, said the talks will go on until Friday. "
                    + "Tom Hale said the delegates were tired.\n")
        let report = try index([folder.path], store)
        XCTAssertEqual(report.updated, 1)
        XCTAssertEqual(report.unchanged, 1)
        let after = try store.loadGraph()
        XCTAssertEqual(after.articles.count, 2)
        let afterArticle = try XCTUnwrap(after.articles.values.first { $0.source == path })
        XCTAssertNotEqual(afterArticle.id, beforeArticle.id)
        let own = after.statements.filter { $0.articleID == afterArticle.id }
        let kept = try XCTUnwrap(own.first { after.contentText(of: $0) == "the talks will go on until Friday" })
        XCTAssertEqual(kept.id, beforeIDs["the talks will go on until Friday"], "an unchanged statement keeps its id")
        let new = try XCTUnwrap(own.first { after.contentText(of: $0).contains("delegates") })
        XCTAssertFalse(beforeIDs.values.contains(new.id))
        XCTAssertTrue(new.id.hasPrefix(afterArticle.id))
        XCTAssertFalse(own.contains { after.contentText(of: $0).contains("fishing") }, "the old text's statement is gone")
        // the unchanged article keeps its ids trivially
        XCTAssertEqual(after.statements.filter { $0.articleID != afterArticle.id }.map(\.id), otherIDs)
        // the stored text is the new one
        XCTAssertTrue(after.analysis(of: afterArticle.id)?.text.string.contains("second round") ?? false)
    }

    func testWordsOfAQuerySearchTheFullTextIndex() throws {
        try article("a.txt", talks)
        try article("b.txt", budget)
        try article("c.txt", harbour)
        let store = try store()
        _ = try index([folder.path], store)
        let graph = try store.loadGraph()
        XCTAssertNotNil(graph.backend)
        func contents(_ query: String) throws -> [String] {
            graph.matching(try Query.parse(query)).map { graph.contentText(of: graph.statements[$0]) }.sorted()
        }
        XCTAssertEqual(try contents("fishing"), ["We are close to a deal on fishing quotas,",
                                                 "the budget for fishing quotas would be cut in March"])
        XCTAssertEqual(try contents("fishing -budget"), ["We are close to a deal on fishing quotas,"])
        XCTAssertEqual(try contents("rebuilt OR reckless"), ["the cut was reckless", "the harbour will be rebuilt by 2030"])
        XCTAssertEqual(try contents("\"close to a deal\""), ["We are close to a deal on fishing quotas,"])
        XCTAssertEqual(try contents("\"close a deal\""), [], "a phrase is words in a row")
        // the headline and the speaker's name count too; the last word may be a prefix
        XCTAssertEqual(try contents("oslo").count, 2)
        XCTAssertEqual(try contents("Hal"), ["the cut was reckless"])
        XCTAssertEqual(try contents("person:Berg fishing").count, 2)
        XCTAssertEqual(try contents("zeppelin"), [])
        // the browser's / search
        let found = try XCTUnwrap(graph.statementsContaining("rebuilt"))
        XCTAssertEqual(found.map { graph.contentText(of: graph.statements[$0]) }, ["the harbour will be rebuilt by 2030"])
    }

    /// Indexes one article, then another in a second run; gives both paths and the loaded graph.
    private func indexTwoRuns() throws -> (first: String, second: String, graph: StatementGraph) {
        let first = try article("one/a.txt", talks)
        let second = try article("two/b.txt", budget)
        let store = try store()
        _ = try index([first], store)
        _ = try index([second], store)
        return (first, second, try store.loadGraph())
    }

    func testAnEntityOfOneRunMergesWithANameFromAnEarlierRun() throws {
        let (_, second, graph) = try indexTwoRuns()
        let budgetArticle = try XCTUnwrap(graph.articles.values.first { $0.source == second })
        let cut = try XCTUnwrap(graph.statements.first { $0.articleID == budgetArticle.id && graph.contentText(of: $0).hasPrefix("the budget") })
        XCTAssertEqual(cut.source?.entityID, "person:anna berg", "\"Ms Berg\" of run 2 is \"Anna Berg\" of run 1")
        XCTAssertEqual(cut.source?.name, "Anna Berg")
        XCTAssertEqual(graph.statementsBySpeaker["person:anna berg"]?.count, 3)
        // person: compares names and aliases case-insensitively, once per speaker
        XCTAssertEqual(graph.matching(try Query.parse("person:BERG")).count, 3)
        XCTAssertEqual(graph.matching(try Query.parse("person:\"anna b\"")).count, 3)
        XCTAssertEqual(graph.matching(try Query.parse("person:hale")).count, 1)
        XCTAssertEqual(graph.matching(try Query.parse("person:zed")).count, 0)

        XCTAssertNotNil(graph.entities["person:anna berg"])
        // the article pane's analysis has merged mention ids too
        let mentions = try XCTUnwrap(graph.analysis(of: budgetArticle.id)).mentions.compactMap(\.entityID)
        XCTAssertTrue(mentions.contains("person:anna berg"))
        XCTAssertFalse(mentions.contains("person:berg"))
    }

    func testLinksJoinStatementsOfDifferentRuns() throws {
        let (first, second, graph) = try indexTwoRuns()
        let ids = Dictionary(uniqueKeysWithValues: graph.articles.values.map { ($0.source, $0.id) })
        let cut = try XCTUnwrap(graph.statements.first { $0.articleID == ids[second] && graph.contentText(of: $0).hasPrefix("the budget") })
        let linked = graph.links(of: cut).filter { $0.kind == .sameSpeaker }.compactMap { graph.statement(id: $0.to) }
        XCTAssertTrue(linked.contains { $0.articleID == ids[first] }, "same-speaker link to the statement of the first run")
    }

    func testTheIndexGivesTheSameExportAsAnalysisInMemory() throws {
        try article("a.txt", talks)
        try article("b.txt", budget)
        try article("c.txt", harbour)
        let store = try store()
        _ = try index([folder.path], store)
        let loader = CorpusLoader()
        let memory = loader.load(paths: [folder.path]).graph
        let stored = try store.loadGraph()
        func jsonl(_ graph: StatementGraph) throws -> String {
            var out = ""
            try Exporter(graph: graph).export(Array(graph.statements.indices), format: .jsonl) { out += $0 }
            return out
        }
        XCTAssertEqual(try jsonl(stored), try jsonl(memory))
        XCTAssertEqual(stored.events.map(\.id), memory.events.map(\.id))
    }

    func testArticlesOfSomeSourcesOnly() throws {
        let a = try article("a.txt", talks)
        try article("b.txt", budget)
        let store = try store()
        _ = try index([folder.path], store)
        let graph = try store.loadGraph(sources: [a])
        XCTAssertEqual(graph.articles.values.map(\.source), [a])
        XCTAssertEqual(graph.statements.count, 2)
        for statement in graph.statements {
            XCTAssertTrue(graph.links(of: statement).allSatisfy { graph.statement(id: $0.to) != nil })
        }
        XCTAssertEqual(graph.matching(try Query.parse("fishing")).count, 1)
    }

    func testABadFileIsReportedAndTheOthersGoIn() throws {
        try article("a.txt", talks)
        try Data([0, 1, 2, 0, 3]).write(to: folder.appendingPathComponent("binary.txt"))
        let store = try store()
        let report = try index([folder.path, folder.appendingPathComponent("missing.txt").path], store)
        XCTAssertEqual(report.added, 1)
        XCTAssertEqual(report.problems.count, 2)
        XCTAssertEqual(try store.articleCount(), 1)
        XCTAssertFalse(try store.isCorpusPassPending())
    }

    func testAnInterruptedRunIsFinishedByTheNext() throws {
        try article("a.txt", talks)
        try article("b.txt", budget)
        try article("c.txt", harbour)
        let clean = try IndexStore(path: folder.appendingPathComponent("clean.sqlite").path)
        _ = try index([folder.path], clean)
        // articles written, corpus pass not run: as after a kill between two transactions
        let broken = try store()
        let analyses = CorpusLoader().analyze(ArticleReader().read(paths: [folder.path]).articles)
        try broken.write(Array(analyses.prefix(2)))
        XCTAssertTrue(try broken.isCorpusPassPending())
        let report = try index([folder.path], broken)
        XCTAssertEqual(report.added, 1)
        XCTAssertEqual(report.unchanged, 2)
        XCTAssertFalse(try broken.isCorpusPassPending())
        var a = "", b = ""
        let g1 = try clean.loadGraph(), g2 = try broken.loadGraph()
        try Exporter(graph: g1).export(Array(g1.statements.indices), format: .jsonl) { a += $0 }
        try Exporter(graph: g2).export(Array(g2.statements.indices), format: .jsonl) { b += $0 }
        XCTAssertEqual(a, b)
    }
}
