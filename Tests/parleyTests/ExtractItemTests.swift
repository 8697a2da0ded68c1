import Foundation
import XCTest

/// `parley extract FILE#N`: one item of a file that holds many, named as an export names its article.
final class ExtractItemTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-extract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lines = (1...3).map { #"{"title": "Item \#($0)", "text": "Anna Berg said item \#($0) was ready."}"# }
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("news.jsonl"), atomically: true, encoding: .utf8)
        try "Talks\n\nAnna Berg said the talks will go on.".write(to: folder.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func extract(_ source: String) throws -> ParleyProcess.Run {
        try ParleyProcess.run(["extract", "--metadata-only", source], in: folder, data: folder.appendingPathComponent(".xdg"))
    }

    func testOneItemOfAJSONLinesFileIsShown() throws {
        let run = try extract("news.jsonl#2")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout.components(separatedBy: "source:").count - 1, 1, run.stdout)
        XCTAssertTrue(run.stdout.contains("source:    news.jsonl#2"), run.stdout)
        XCTAssertTrue(run.stdout.contains("headline:  Item 2"), run.stdout)
        // the article's source as an export gives it, from the file's full path too
        let full = try extract(folder.appendingPathComponent("news.jsonl").path + "#3")
        XCTAssertTrue(full.stdout.contains("headline:  Item 3"), full.stdout + full.stderr)
    }

    func testAnItemThatIsNotThereSaysWhichItemsThereAre() throws {
        let run = try extract("news.jsonl#9")
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.stderr.contains("parley: news.jsonl#9: no item #9 in news.jsonl; it holds #1, #2, #3"), run.stderr)
        let single = try extract("one.txt#1")
        XCTAssertEqual(single.status, 1)
        XCTAssertTrue(single.stderr.contains("it holds one article, named one.txt"), single.stderr)
        let missing = try extract("gone.jsonl#1")
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("parley: gone.jsonl#1: no such file or folder"), missing.stderr)
        let typo = try extract("nesw.jsonl")
        XCTAssertTrue(typo.stderr.contains("parley: nesw.jsonl: no such file or folder (did you mean news.jsonl?)"), typo.stderr)
    }
}
