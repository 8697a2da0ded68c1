import Foundation
import GRDB
import XCTest
@testable import ParleyKit

/// Keeping the index true to disk: articles whose files are gone (or no longer hold them) leave the index whole.
final class IndexStorePruningTests: IndexTestCase {
    override var folderPrefix: String { "parley-prune" }

    private func count(_ store: IndexStore, _ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try store.pool.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? -1 }
    }

    private func jsonl(_ store: IndexStore) throws -> String {
        let graph = try store.loadGraph()
        var out = ""
        try Exporter(graph: graph).export(Array(graph.statements.indices), format: .jsonl) { out += $0 }
        return out
    }

    func testRemovingAnArticleTakesItsRowsAndSearchRowsAndLeavesTheOthersAlone() throws {
        try article("a.txt", talks)
        let b = try article("b.txt", budget)
        try article("c.txt", harbour)
        let store = try store()
        _ = try index([folder.path], store)
        let before = try store.loadGraph()
        let removedID = try XCTUnwrap(before.articles.values.first { $0.source == b }?.id)
        let removedStatements = before.statements.filter { $0.articleID == removedID }.map(\.id)
        XCTAssertEqual(removedStatements.count, 2)
        let otherIDs = before.statements.filter { $0.articleID != removedID }.map(\.id)
        XCTAssertEqual(otherIDs.count, 4)
        XCTAssertNotNil(before.entities["person:tom hale"])
        XCTAssertEqual(before.statementsContaining("reckless")?.count, 1)

        XCTAssertEqual(try store.remove(sources: [b, folder.appendingPathComponent("never-stored.txt").path]), 1)
        // at once, in the removal's own transaction: the article, its text, its statements and all their rows
        XCTAssertEqual(try store.articleCount(), 2)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM article_texts"), 2)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM statements WHERE article_id = ?", [removedID]), 0)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM statements"), 4)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM statement_texts"), 4)
        for table in ["statement_topics", "statement_mentions"] {
            XCTAssertEqual(try count(store, "SELECT count(*) FROM \(table) WHERE statement_id NOT IN (SELECT id FROM statements)"), 0, table)
        }
        XCTAssertEqual(try count(store, "SELECT count(*) FROM links WHERE from_id NOT IN (SELECT id FROM statements) "
                                 + "OR to_id NOT IN (SELECT id FROM statements)"), 0)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM statement_fts WHERE statement_fts MATCH 'reckless'"), 0)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM statement_fts WHERE statement_fts MATCH 'rebuilt'"), 1)
        // the FTS5 rows were deleted with the values they were made from: none of the words of their speaker or
        // headline columns is left pointing at them (a delete with other values would leave those behind)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM statement_fts WHERE statement_fts MATCH 'speaker : hale'"), 0)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM statement_fts WHERE statement_fts MATCH 'headline : row'"), 0)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM statement_fts WHERE statement_fts MATCH 'headline : harbour'"), 2)
        XCTAssertTrue(try store.isCorpusPassPending(), "entities and links of the rest wait for the corpus pass")

        try store.runCorpusPass()
        XCTAssertFalse(try store.isCorpusPassPending())
        let after = try store.loadGraph()
        XCTAssertEqual(after.statements.map(\.id), otherIDs, "the other statements keep their ids and order")
        XCTAssertNil(after.entities["person:tom hale"], "an entity only the removed article named is gone")
        XCTAssertEqual(try count(store, "SELECT count(*) FROM entities WHERE id = 'person:tom hale'"), 0)
        XCTAssertEqual(try count(store, "SELECT count(*) FROM events WHERE id LIKE ?", [removedID + "%"]), 0)
        XCTAssertEqual(after.statementsContaining("reckless")?.count, 0)
        XCTAssertEqual(after.statementsContaining("rebuilt")?.count, 1)
        XCTAssertEqual(after.matching(try Query.parse("fishing")).count, 1, "only the remaining fishing statement")
        for statement in after.statements {
            XCTAssertTrue(after.links(of: statement).allSatisfy { !removedStatements.contains($0.to) })
        }
        // removing nothing changes nothing
        XCTAssertEqual(try store.remove(sources: [b]), 0)
        XCTAssertFalse(try store.isCorpusPassPending())
    }

    func testAFileDeletedFromAFolderLeavesAsIfItHadNeverBeenIndexed() throws {
        try article("corpus/a.txt", talks)
        let b = try article("corpus/b.txt", budget)
        try article("corpus/c.txt", harbour)
        let corpus = folder.appendingPathComponent("corpus").path
        let store = try store()
        XCTAssertEqual(try index([corpus], store).added, 3)
        let kept = try store.loadGraph().statements.filter { !$0.articleID.isEmpty }
        try FileManager.default.removeItem(atPath: b)

        let report = try index([corpus], store)
        XCTAssertEqual(report.removedGoneFiles, [b])
        XCTAssertEqual(report.removedGoneItems, [])
        XCTAssertEqual(report.unchanged, 2)
        XCTAssertTrue(report.ranCorpusPass)
        XCTAssertEqual(Set(try store.storedSources().keys), [corpus + "/a.txt", corpus + "/c.txt"])
        let after = try store.loadGraph()
        XCTAssertEqual(after.statements.map(\.id), kept.filter { after.articles[$0.articleID] != nil }.map(\.id))
        // the same as an index made from the two files left
        let fresh = try self.store("fresh.sqlite")
        _ = try index([corpus], fresh)
        XCTAssertEqual(try jsonl(store), try jsonl(fresh))
        // and a third run has nothing to do
        let third = try index([corpus], store)
        XCTAssertEqual(third.removedGoneFiles, [])
        XCTAssertFalse(third.ranCorpusPass)
    }

    func testItemsGoneFromAJSONLinesFileAreRemoved() throws {
        func line(_ title: String, _ text: String) -> String {
            let object = ["title": title, "text": text]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        let lines = [line("Talks", "Anna Berg said the talks will go on until Friday."),
                     line("Budget", "Tom Hale said the cut was reckless."),
                     line("Harbour", "Lena Dahl said the harbour will be rebuilt by 2030.")]
        let feed = try article("feeds/news.jsonl", lines.joined(separator: "\n") + "\n")
        let store = try store()
        XCTAssertEqual(try index([folder.appendingPathComponent("feeds").path], store).added, 3)
        XCTAssertEqual(Set(try store.storedSources().keys), [feed + "#1", feed + "#2", feed + "#3"])

        try article("feeds/news.jsonl", lines.prefix(2).joined(separator: "\n") + "\n")
        let report = try index([folder.appendingPathComponent("feeds").path], store)
        XCTAssertEqual(report.removedGoneItems, [feed + "#3"])
        XCTAssertEqual(report.removedGoneFiles, [])
        XCTAssertEqual(try store.articleCount(), 2)
        XCTAssertEqual(try store.loadGraph().statementsContaining("rebuilt")?.count, 0)

        // named directly too
        try article("feeds/news.jsonl", lines[0] + "\n")
        let shorter = try index([feed], store)
        XCTAssertEqual(shorter.removedGoneItems, [feed + "#2"])
        XCTAssertEqual(Array(try store.storedSources().keys), [feed + "#1"])
        // emptied, the file gives a problem ("no text"), like any file that cannot be read: its article stays
        try article("feeds/news.jsonl", "")
        let emptied = try index([feed], store)
        XCTAssertEqual(emptied.problems.count, 1)
        XCTAssertEqual(emptied.removedGoneItems, [])
        XCTAssertEqual(try store.articleCount(), 1)
    }

    func testAFileThatCannotBeReadOrIsPassedOverKeepsItsArticles() throws {
        try article("corpus/a.txt", talks)
        let b = try article("corpus/b.txt", budget)
        let odd = try article("corpus/notes.log", harbour)
        let corpus = folder.appendingPathComponent("corpus").path
        let store = try store()
        _ = try index([corpus, odd], store)
        XCTAssertEqual(try store.articleCount(), 3)
        // b.txt turns binary: reported, skipped, its stored article kept; notes.log is passed over in the folder
        try Data([0, 1, 2, 0, 3]).write(to: URL(fileURLWithPath: b))
        let report = try index([corpus], store)
        XCTAssertEqual(report.problems.map(\.path), [b])
        XCTAssertEqual(report.removedGoneFiles + report.removedGoneItems, [])
        XCTAssertEqual(try store.articleCount(), 3)
        XCTAssertEqual(report.passedOver, [odd])
    }

    func testAPathNamedButGoneIsAProblemAndItsArticlesAreRemoved() throws {
        let a = try article("a.txt", talks)
        let b = try article("b.txt", budget)
        let store = try store()
        _ = try index([a, b], store)
        try FileManager.default.removeItem(atPath: b)
        let report = try index([a, b], store)
        XCTAssertEqual(report.problems.map(\.description), ["\(b): no such file or folder"])
        XCTAssertEqual(report.removedGoneFiles, [b])
        XCTAssertEqual(Array(try store.storedSources().keys), [a])
        // a missing path that was never indexed removes nothing
        let typo = try index([folder.appendingPathComponent("a.tx").path], store)
        XCTAssertEqual(typo.problems.count, 1)
        XCTAssertEqual(typo.removedGoneFiles, [])
        XCTAssertEqual(try store.articleCount(), 1)
    }

    func testPruneChecksEveryStoredFileAndOnlyThose() throws {
        let a = try article("one/a.txt", talks)
        let b = try article("two/b.txt", budget)
        let c = try article("two/c.txt", harbour)
        let store = try store()
        _ = try index([a], store)
        _ = try index([folder.appendingPathComponent("two").path], store)
        try FileManager.default.removeItem(atPath: a)
        try FileManager.default.removeItem(atPath: c)
        // indexing an unrelated folder does not touch them
        try article("three/d.txt", "Rail strike\n\nSara Lund said the rail strike would end on Friday.\n")
        let unrelated = try index([folder.appendingPathComponent("three").path], store)
        XCTAssertEqual(unrelated.removedGoneFiles, [])
        XCTAssertEqual(try store.articleCount(), 4)

        let report = try index([], store, prune: true)
        XCTAssertEqual(report.removedGoneFiles, [a, c])
        XCTAssertTrue(report.ranCorpusPass)
        XCTAssertEqual(Set(try store.storedSources().keys), [b, folder.appendingPathComponent("three/d.txt").path])
        XCTAssertEqual(try index([], store, prune: true).removedGoneFiles, [])
    }

    func testRelativeSourcesAreCheckedAgainstTheFolderTheyWereReadFrom() throws {
        let b = try article("two/b.txt", budget)
        let store = try store()
        // a row stored under a relative path from `folder`, as `cd folder; parley index two` does
        let analysis = Pipeline().analyze(ArticleReader.plainArticle(source: "two/b.txt", raw: budget)!)
        try store.write([analysis], folder: folder.path)
        let gone = Pipeline().analyze(ArticleReader.plainArticle(source: "two/gone.txt", raw: harbour)!)
        try store.write([gone], folder: folder.path)
        XCTAssertEqual(try store.storedSources()["two/b.txt"]?.folder, folder.path)
        var builder = IndexBuilder()
        builder.pruneGoneFiles = true
        builder.workingDirectory = "/"   // run from elsewhere: two/b.txt is not there, but it is where it was read
        let report = try builder.index(paths: [], into: store)
        XCTAssertEqual(report.removedGoneFiles, ["two/gone.txt"])
        XCTAssertEqual(Array(try store.storedSources().keys), ["two/b.txt"])
        // a relative row of an older parley (no folder recorded) is not guessed at
        try store.pool.write { db in try db.execute(sql: "UPDATE articles SET folder = ''") }
        let older = try builder.index(paths: [], into: store)
        XCTAssertEqual(older.unchecked, 1)
        XCTAssertEqual(older.removedGoneFiles, [])
        XCTAssertEqual(try store.articleCount(), 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: b))
    }

    func testTheFileOfAStoredSource() throws {
        let hashName = try article("odd#2", "A file whose name ends in #2.")
        XCTAssertEqual(IndexBuilder.storedFile("/x/feed.jsonl#12", folder: "/w"), "/x/feed.jsonl")
        XCTAssertEqual(IndexBuilder.storedFile("feed.jsonl#3", folder: "/w/"), "/w/feed.jsonl")
        XCTAssertEqual(IndexBuilder.storedFile("./a/../b/c.txt", folder: "/w"), "/w/b/c.txt")
        XCTAssertEqual(IndexBuilder.storedFile("notes#draft.txt", folder: "/w"), "/w/notes#draft.txt")
        XCTAssertEqual(IndexBuilder.storedFile(hashName, folder: "/"), hashName, "a file has the whole name")
        XCTAssertEqual(IndexBuilder.absolute("corpus/", in: "/home/a"), "/home/a/corpus")
        XCTAssertEqual(IndexBuilder.absolute("/", in: "/home/a"), "/")
    }

    func testWhatCountsAsGone() throws {
        let a = try article("a.txt", talks)
        XCTAssertFalse(IndexBuilder.isGone(a))
        XCTAssertTrue(IndexBuilder.isGone(folder.appendingPathComponent("b.txt").path))
        XCTAssertTrue(IndexBuilder.isGone(a + "/inside.txt"), "a file cannot hold a folder")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("nowhere.txt").path)
        XCTAssertTrue(IndexBuilder.isGone(folder.appendingPathComponent("link.txt").path), "a dangling link")
        XCTAssertEqual(IndexBuilder.ancestors(of: "/a/b/c.txt"), ["/a/b", "/a", "/"])
    }

    func testAFolderThatCannotBeReadKeepsItsArticles() throws {
        guard getuid() != 0 else { throw XCTSkip("run as root, which reads any folder: permissions cannot be tested") }
        try article("corpus/a.txt", talks)
        try article("corpus/locked/b.txt", budget)
        let corpus = folder.appendingPathComponent("corpus").path, locked = corpus + "/locked"
        let store = try store()
        _ = try index([corpus], store)
        XCTAssertEqual(try store.articleCount(), 2)
        XCTAssertEqual(chmod(locked, 0), 0)
        defer { chmod(locked, 0o755) }
        let report = try index([corpus], store)
        XCTAssertEqual(report.problems.map(\.path), [locked])
        XCTAssertEqual(report.removedGoneFiles + report.removedGoneItems, [])
        XCTAssertEqual(try index([], store, prune: true).removedGoneFiles, [], "b.txt cannot be looked at, so it is not gone")
        XCTAssertEqual(try store.articleCount(), 2)
    }
}
