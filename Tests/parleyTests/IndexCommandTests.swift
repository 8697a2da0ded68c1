import Foundation
import GRDB
import XCTest
@testable import ParleyKit

/// `parley index` as a process: kill -9 in the middle, run again, and get what an uninterrupted run gives.
final class IndexCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The built `parley` binary (`ParleyProcess.binary()`).
    private func binary() throws -> URL { try ParleyProcess.binary() }

    /// Starts `parley arguments...` with XDG_DATA_HOME in the temp folder (in `directory` when given); output to files in it.
    private func start(_ arguments: [String], output: String, directory: URL? = nil) throws -> Process {
        let process = Process()
        process.executableURL = try binary()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = folder.appendingPathComponent("xdg").path
        process.environment = environment
        let out = folder.appendingPathComponent(output)
        FileManager.default.createFile(atPath: out.path, contents: nil)
        let err = folder.appendingPathComponent(output + ".err")
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return process
    }

    /// Runs `parley arguments...` to the end (in `directory` when given); returns its exit status, standard output and standard error.
    private func run(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String, errors: String) {
        let name = "out-\(UUID().uuidString)"
        let process = try start(arguments, output: name, directory: directory)
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                try String(contentsOf: folder.appendingPathComponent(name + ".err"), encoding: .utf8))
    }

    /// The `source` of every article line of a JSON Lines export, sorted.
    private func exportedArticles(_ index: String) throws -> [String] {
        let export = try run(["export", "--format", "jsonl", "--index", index])
        XCTAssertEqual(export.status, 0, export.errors)
        return try export.output.split(separator: "\n").compactMap { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard object?["type"] as? String == "article" else { return nil }
            return object?["source"] as? String
        }.sorted()
    }

    /// Writes `count` varied articles: each has named speakers, quotes and dates, some names shared between articles.
    private func writeArticles(_ count: Int, into corpus: URL) throws {
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let first = ["Anna", "Tom", "Lena", "Piotr", "Sara", "Mikko", "Ines", "Karl"]
        let last = ["Berg", "Hale", "Dahl", "Nowak", "Lund", "Virta", "Costa", "Brandt"]
        let subjects = ["the harbour plan", "fishing quotas", "the rail strike", "school meals", "the new bridge", "grain prices"]
        for i in 0..<count {
            let a = "\(first[i % 8]) \(last[(i / 2) % 8])", b = "\(first[(i + 3) % 8]) \(last[(i + 5) % 8])"
            let subject = subjects[i % subjects.count]
            let text = """
            Debate over \(subject), part \(i)

            \(a), the regional minister, said on Monday that \(subject) would be settled by June \(i % 27 + 1). \
            "We will not give up on \(subject)," \(last[(i / 2) % 8]) told reporters in the capital.

            \(b) said the talks on \(subject) had failed twice this year. According to \(b), the cost had risen by \(i + 3) percent.
            """
            try text.write(to: corpus.appendingPathComponent(String(format: "article-%03d.txt", i)), atomically: true, encoding: .utf8)
        }
    }

    func testKillNineDuringIndexingThenRunningAgainGivesTheSameIndex() throws {
        let corpus = folder.appendingPathComponent("corpus")
        try writeArticles(60, into: corpus)
        let clean = folder.appendingPathComponent("clean.sqlite").path
        let cleanRun = try run(["index", "--index", clean, "--batch-size", "4", corpus.path])
        XCTAssertEqual(cleanRun.status, 0)

        let killed = folder.appendingPathComponent("killed.sqlite").path
        let process = try start(["index", "--index", killed, "--batch-size", "4", corpus.path], output: "killed-run")
        // Poll the index until the first batch is committed, then kill the process at once.
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            if FileManager.default.fileExists(atPath: killed) {
                var configuration = Configuration()
                configuration.readonly = true
                if let queue = try? DatabaseQueue(path: killed, configuration: configuration),
                   let count = try? queue.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") }) {
                    committed = count ?? 0
                }
            }
            if committed > 0 { break }
            usleep(2_000)
        }
        XCTAssertTrue(process.isRunning, "the run ended before a batch could be seen; it cannot be interrupted")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertGreaterThan(committed, 0)
        let interrupted = try IndexStore(path: killed)
        XCTAssertLessThan(try interrupted.articleCount(), 60, "killed before every article was stored")
        XCTAssertTrue(try interrupted.isCorpusPassPending(), "killed before the corpus pass finished")

        let again = try run(["index", "--index", killed, "--batch-size", "4", corpus.path])
        XCTAssertEqual(again.status, 0)
        let expected = try run(["export", "--format", "jsonl", "--index", clean])
        let got = try run(["export", "--format", "jsonl", "--index", killed])
        XCTAssertEqual(expected.status, 0)
        XCTAssertEqual(got.status, 0)
        XCTAssertGreaterThan(expected.output.components(separatedBy: "\"type\":\"statement\"").count, 60)
        XCTAssertEqual(got.output, expected.output)
    }

    func testExportOfAFolderIndexesItAndExportsThatFolderOnly() throws {
        let one = folder.appendingPathComponent("one"), two = folder.appendingPathComponent("two")
        try writeArticles(3, into: one)
        try FileManager.default.createDirectory(at: two, withIntermediateDirectories: true)
        try "Rail strike\n\nSara Lund said the rail strike would end on Friday.".write(
            to: two.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["index", one.path]).status, 0)
        let exported = try run(["export", "--format", "jsonl", two.path])
        XCTAssertEqual(exported.status, 0)
        XCTAssertTrue(exported.output.contains("rail strike would end"))
        XCTAssertFalse(exported.output.contains("article-000.txt"), "only the folder named is exported")
        // the default index (under XDG_DATA_HOME) now holds both folders
        let whole = try run(["export", "--format", "jsonl", "--index", folder.appendingPathComponent("xdg/parley/index.sqlite").path])
        XCTAssertTrue(whole.output.contains("article-000.txt"))
        XCTAssertTrue(whole.output.contains("rail strike would end"))
        // words that are not paths form a query
        let query = try run(["export", "--format", "jsonl", "--index", folder.appendingPathComponent("xdg/parley/index.sqlite").path, "strike"])
        XCTAssertTrue(query.output.contains("rail strike would end"))
        XCTAssertFalse(query.output.contains("fishing"))
    }

    func testABadFileGivesExitOneAfterTheOthersAreIndexed() throws {
        let corpus = folder.appendingPathComponent("corpus")
        try writeArticles(2, into: corpus)
        try Data([0, 1, 2, 0]).write(to: corpus.appendingPathComponent("binary.txt"))
        let index = folder.appendingPathComponent("i.sqlite").path
        let result = try run(["index", "--index", index, corpus.path])
        XCTAssertEqual(result.status, 1)
        let errors = try String(contentsOf: folder.appendingPathComponent(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".err") }!), encoding: .utf8)
        XCTAssertTrue(errors.contains("binary.txt"), errors)
        // not a terminal: plain progress lines, no redrawing
        XCTAssertTrue(errors.contains("parley: indexed 2/2 articles"), errors)
        XCTAssertFalse(errors.contains("\r"), errors)
        XCTAssertTrue(errors.contains("2 new, 0 changed, 0 unchanged"), errors)
        XCTAssertEqual(try IndexStore(path: index).articleCount(), 2)
        XCTAssertTrue(result.output.isEmpty, "progress and messages go to stderr, never stdout")
    }

    func testFilesPassedOverAreNamedByTheirPathFromTheFolderGiven() throws {
        let corpus = folder.appendingPathComponent("corpus")
        try writeArticles(1, into: corpus.appendingPathComponent("one"))
        try writeArticles(1, into: corpus.appendingPathComponent("two"))
        for sub in ["one", "two"] { try "licence".write(to: corpus.appendingPathComponent("\(sub)/LICENSE.repo"), atomically: true, encoding: .utf8) }
        let result = try run(["index", "--index", folder.appendingPathComponent("i.sqlite").path, "corpus"], in: folder)
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertTrue(result.errors.contains("corpus/one/LICENSE.repo, corpus/two/LICENSE.repo"), result.errors)
    }

    func testAFileDeletedFromAFolderIsGoneFromTheIndexAfterTheNextRun() throws {
        let corpus = folder.appendingPathComponent("corpus")
        try writeArticles(3, into: corpus)
        let index = folder.appendingPathComponent("i.sqlite").path
        XCTAssertEqual(try run(["index", "--index", index, corpus.path]).status, 0)
        let paths = (0..<3).map { corpus.appendingPathComponent(String(format: "article-%03d.txt", $0)).path }
        XCTAssertEqual(try exportedArticles(index), paths)
        try FileManager.default.removeItem(atPath: paths[1])

        let again = try run(["index", "--index", index, corpus.path])
        XCTAssertEqual(again.status, 0, again.errors)
        XCTAssertTrue(again.errors.contains("parley: removed 1 article whose file is gone"), again.errors)
        XCTAssertTrue(again.errors.contains("0 new, 0 changed, 2 unchanged article(s), 1 removed"), again.errors)
        XCTAssertFalse(again.errors.contains("words/s"), "a run that analysed nothing has no rate: \(again.errors)")
        XCTAssertEqual(try exportedArticles(index), [paths[0], paths[2]])
        let export = try run(["export", "--format", "jsonl", "--index", index])
        XCTAssertFalse(export.output.contains("article-001"), "no statement of the deleted file is left")
    }

    func testPruneRemovesArticlesWhoseFilesAreGoneFromAnyWorkingDirectory() throws {
        let corpus = folder.appendingPathComponent("corpus")
        try writeArticles(3, into: corpus)
        let index = folder.appendingPathComponent("i.sqlite").path
        // indexed under a relative path, from the temp folder
        XCTAssertEqual(try run(["index", "--index", index, "corpus"], in: folder).status, 0)
        XCTAssertEqual(try exportedArticles(index), (0..<3).map { String(format: "corpus/article-%03d.txt", $0) })
        // from another directory nothing is gone
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let nothing = try run(["index", "--index", index, "--prune"], in: elsewhere)
        XCTAssertEqual(nothing.status, 0, nothing.errors)
        XCTAssertTrue(nothing.errors.contains("parley: removed 0 articles whose files are gone"), nothing.errors)
        XCTAssertEqual(try exportedArticles(index).count, 3)

        try FileManager.default.removeItem(at: corpus.appendingPathComponent("article-000.txt"))
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("article-002.txt"))
        let pruned = try run(["index", "--index", index, "--prune"], in: elsewhere)
        XCTAssertEqual(pruned.status, 0, pruned.errors)
        XCTAssertTrue(pruned.errors.contains("parley: removed 2 articles whose files are gone; 1 article in the index"), pruned.errors)
        XCTAssertFalse(pruned.errors.contains("0 new, 0 changed"), "--prune alone reads no file: \(pruned.errors)")
        XCTAssertFalse(pruned.errors.contains("words/s"), pruned.errors)
        XCTAssertEqual(try exportedArticles(index), ["corpus/article-001.txt"])
        XCTAssertTrue(pruned.output.isEmpty)
    }

    func testANamedPathThatIsGoneIsAnErrorAndItsArticlesGo() throws {
        let corpus = folder.appendingPathComponent("corpus")
        try writeArticles(2, into: corpus)
        let index = folder.appendingPathComponent("i.sqlite").path
        let a = corpus.appendingPathComponent("article-000.txt").path, b = corpus.appendingPathComponent("article-001.txt").path
        XCTAssertEqual(try run(["index", "--index", index, a, b]).status, 0)
        try FileManager.default.removeItem(atPath: b)
        let again = try run(["index", "--index", index, a, b])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.contains("parley: \(b): no such file or folder"), again.errors)
        XCTAssertTrue(again.errors.contains("parley: removed 1 article whose file is gone"), again.errors)
        XCTAssertEqual(try exportedArticles(index), [a])
        // with no path and no --prune there is nothing to do
        XCTAssertNotEqual(try run(["index", "--index", index]).status, 0)
    }

    func testKillNineAfterArticlesWereRemovedThenRunningAgainGivesTheSameIndex() throws {
        let corpus = folder.appendingPathComponent("corpus")
        try writeArticles(60, into: corpus)
        let clean = folder.appendingPathComponent("clean.sqlite").path, killed = folder.appendingPathComponent("killed.sqlite").path
        for index in [clean, killed] { XCTAssertEqual(try run(["index", "--index", index, "--batch-size", "4", corpus.path]).status, 0) }
        // ten files deleted, forty changed (a paragraph more): a run removes ten articles, then analyzes forty
        for i in 0..<10 { try FileManager.default.removeItem(at: corpus.appendingPathComponent(String(format: "article-%03d.txt", i))) }
        for i in 10..<50 {
            let file = corpus.appendingPathComponent(String(format: "article-%03d.txt", i))
            let text = try String(contentsOf: file, encoding: .utf8)
                + "\n\nA spokesman for the council said on Tuesday that a decision on item \(i) would come next week.\n"
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        let cleanRun = try run(["index", "--index", clean, "--batch-size", "4", corpus.path])
        XCTAssertEqual(cleanRun.status, 0)
        XCTAssertTrue(cleanRun.errors.contains("removed 10 articles whose files are gone"), cleanRun.errors)

        let process = try start(["index", "--index", killed, "--batch-size", "4", corpus.path], output: "killed-run")
        // Poll the index until the removal is committed, then kill the process at once.
        var stored = 60
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            var configuration = Configuration()
            configuration.readonly = true
            if let queue = try? DatabaseQueue(path: killed, configuration: configuration),
               let count = try? queue.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") }) {
                stored = count ?? 60
            }
            if stored < 60 { break }
            usleep(2_000)
        }
        XCTAssertTrue(process.isRunning, "the run ended before the removal could be seen; it cannot be interrupted")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(stored, 50, "the ten articles go in one transaction")
        XCTAssertTrue(try IndexStore(path: killed).isCorpusPassPending(), "killed before the corpus pass finished")

        let again = try run(["index", "--index", killed, "--batch-size", "4", corpus.path])
        XCTAssertEqual(again.status, 0, again.errors)
        let expected = try run(["export", "--format", "jsonl", "--index", clean])
        let got = try run(["export", "--format", "jsonl", "--index", killed])
        XCTAssertEqual(try exportedArticles(clean).count, 50)
        XCTAssertTrue(expected.output.contains("item 49 would come"))
        XCTAssertEqual(got.output, expected.output)
    }

    func testAnOlderIndexLearnsTheFolderOfItsRelativePathsWhenTheyAreIndexedAgain() throws {
        let corpus = folder.appendingPathComponent("corpus")
        try writeArticles(3, into: corpus)
        let index = folder.appendingPathComponent("i.sqlite").path
        XCTAssertEqual(try run(["index", "--index", index, "corpus"], in: folder).status, 0)
        // as an older parley left it: no folder recorded
        try DatabaseQueue(path: index).write { db in try db.execute(sql: "UPDATE articles SET folder = ''") }
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("article-001.txt"))
        let unchecked = try run(["index", "--index", index, "--prune"], in: elsewhere)
        XCTAssertTrue(unchecked.errors.contains("parley: removed 0 articles whose files are gone"), unchecked.errors)
        XCTAssertTrue(unchecked.errors.contains("parley: 3 articles stored under relative paths by an older parley not checked"), unchecked.errors)
        XCTAssertEqual(try exportedArticles(index).count, 3)
        // article-002 is read again from the folder: its folder is recorded, and --prune can check it from anywhere
        let third = corpus.appendingPathComponent("article-002.txt")
        XCTAssertEqual(try run(["index", "--index", index, "corpus/article-002.txt"], in: folder).status, 0)
        try FileManager.default.removeItem(at: third)
        let pruned = try run(["index", "--index", index, "--prune"], in: elsewhere)
        XCTAssertTrue(pruned.errors.contains("parley: removed 1 article whose file is gone"), pruned.errors)
        XCTAssertTrue(pruned.errors.contains("parley: 2 articles stored under relative paths"), pruned.errors)
        XCTAssertEqual(try exportedArticles(index), ["corpus/article-000.txt", "corpus/article-001.txt"])
        // indexing the folder from where it was given checks the rest
        let again = try run(["index", "--index", index, "corpus"], in: folder)
        XCTAssertTrue(again.errors.contains("parley: removed 1 article whose file is gone"), again.errors)
        XCTAssertEqual(try exportedArticles(index), ["corpus/article-000.txt"])
    }
}
