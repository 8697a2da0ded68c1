import Foundation
import XCTest
@testable import parley

/// Paths typed wrong: a folder that is not there is named as such with the nearest existing name, a query
/// word that looks like a path is taken as query words with a warning, and a file parley cannot read gets the
/// formats it can.
final class PathHintTests: XCTestCase {
    private var folder: URL!
    private var data: URL { folder.appendingPathComponent(".xdg") }
    private var index: String { folder.appendingPathComponent(".i.sqlite").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-hint-\(UUID().uuidString)")
        let corpus = folder.appendingPathComponent("bbc-politics")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try "Talks\n\nAnna Berg said the talks will go on until Friday.".write(to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Data([0x50, 0, 1, 2, 0, 0xFF]).write(to: folder.appendingPathComponent("bin.txt"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func parley(_ arguments: [String]) throws -> ParleyProcess.Run {
        try ParleyProcess.run(arguments, in: folder, data: data)
    }

    func testTheNearestNameIsATypingSlipOfTheOneTyped() throws {
        let base = folder.path
        XCTAssertEqual(PathHint.nearest(to: base + "/bbc-politcs"), base + "/bbc-politics")
        XCTAssertEqual(PathHint.nearest(to: base + "/BBC-Politics/"), base + "/bbc-politics", "case and a trailing / do not count")
        XCTAssertEqual(PathHint.nearest(to: base + "/bin.tx"), base + "/bin.txt")
        XCTAssertNil(PathHint.nearest(to: base + "/budget"), "nothing near")
        XCTAssertNil(PathHint.nearest(to: base + "/bin"), "three letters are too few to guess from")
        XCTAssertNil(PathHint.nearest(to: base + "/nowhere/bbc-politcs"), "no such folder to look in")
        XCTAssertEqual(PathHint.distance(Array("bbc-politcs"), Array("bbc-politics")), 1)
    }

    func testAFolderTypedWrongIsNamedWithTheNearestExistingName() throws {
        let run = try parley(["--index", index, "bbc-politcs/"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("parley: bbc-politcs/: no such file or folder (did you mean bbc-politics?)"), run.stderr)
        XCTAssertFalse(run.stderr.contains("no article could be read"), "the line above said why: \(run.stderr)")
        XCTAssertFalse(run.stderr.contains(".txt and .md"), run.stderr)
    }

    func testABinaryFileGetsTheFormatsParleyReads() throws {
        let run = try parley(["--index", index, "bin.txt"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("parley: bin.txt: binary file"), run.stderr)
        XCTAssertTrue(run.stderr.contains("parley: no article could be read from bin.txt; \(PathHint.formats)"), run.stderr)
        for format in ["HTML", "JSON", "RSS/Atom", "Markdown", "SGML"] { XCTAssertTrue(PathHint.formats.contains(format)) }
    }

    func testAWordThatLooksLikeAFolderTypedWrongIsAQueryWordWithAWarning() throws {
        XCTAssertEqual(try parley(["index", "--index", index, "bbc-politics"]).status, 0)
        let typo = try parley(["export", "--index", index, "bbc-politcs"])
        XCTAssertEqual(typo.status, 0, typo.stderr)
        XCTAssertTrue(typo.stderr.contains("parley: bbc-politcs: no such file or folder here; taken as query words (did you mean bbc-politics?)"),
                      typo.stderr)
        XCTAssertFalse(typo.stdout.contains("Anna Berg"), "still a query word, matching nothing")
        // real words are query words, with no warning
        let word = try parley(["export", "--index", index, "Berg"])
        XCTAssertEqual(word.status, 0, word.stderr)
        XCTAssertEqual(word.stderr, "")
        XCTAssertTrue(word.stdout.contains("Anna Berg"))
        XCTAssertFalse(PathHint.looksLikePath("person:bbc-politcs"), "a query field is no path")
        XCTAssertFalse(PathHint.looksLikePath("Berg"))
    }

    func testAWordTypedWrongOverAnEmptyIndexSaysTheIndexIsEmpty() throws {
        _ = try parley(["index", "--index", index, "bin.txt"])
        let run = try parley(["--index", index, "bbc-politcs"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("parley: bbc-politcs: no such file or folder here; taken as query words (did you mean bbc-politics?)"), run.stderr)
        XCTAssertTrue(run.stderr.contains("holds no article yet"), run.stderr)
        XCTAssertFalse(run.stderr.contains("no article could be read from bbc-politcs"), run.stderr)
    }
}
