import Foundation
import XCTest
@testable import ParleyKit

/// Issue 5, "Bad input": each case gives one clear problem naming the file (and line where there is one),
/// and the good article beside it is still read.
final class BadInputTests: XCTestCase {
    private let good = "Talks\n\nAnna Berg said the talks will go on until Friday."

    /// Reads a folder holding `good.txt` and the bad file; checks the good article came in and returns the problems.
    private func readBeside(_ name: String, bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> (ArticleReader.Output, String) {
        let folder = try temporaryFolder(self)
        try good.write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let bad = folder.appendingPathComponent(name)
        try Data(bytes).write(to: bad)
        let output = ArticleReader().read(paths: [folder.path])
        XCTAssertTrue(output.articles.contains { $0.headline == "Talks" }, "the good article is read", file: file, line: line)
        XCTAssertTrue(output.problems.allSatisfy { $0.path == bad.path }, "\(output.problems)", file: file, line: line)
        return (output, bad.path)
    }

    func testBinaryFile() throws {
        let (output, _) = try readBeside("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
        XCTAssertEqual(output.problems.count, 1)
        XCTAssertTrue(output.problems[0].reason.contains("binary"))
        XCTAssertTrue(output.problems[0].isFatal)
        // A binary file named as a feed or JSON is refused the same way.
        for name in ["blob.json", "blob.rss", "blob.jsonl"] {
            let (other, _) = try readBeside(name, bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0, 0x08, 0, 0xFF, 0x00])
            XCTAssertEqual(other.problems.count, 1, name)
            XCTAssertTrue(other.problems[0].isFatal, name)
        }
    }

    func testLoneInvalidByteInAGoodFile() throws {
        let bytes = Array("Headline\n\nA good line.\nThen a bad ".utf8) + [0xFC] + Array(" byte, and more.".utf8)
        let (output, _) = try readBeside("damaged.txt", bytes: bytes)
        XCTAssertEqual(output.problems.count, 1)
        XCTAssertEqual(output.problems[0].line, 4)
        XCTAssertFalse(output.problems[0].isFatal)
        XCTAssertTrue(output.articles.contains { $0.text.contains("bad \u{FFFD} byte") })
    }

    func testEmptyFile() throws {
        for name in ["empty.txt", "empty.json", "empty.jsonl", "empty.rss", "empty.sgm"] {
            let (output, _) = try readBeside(name, bytes: [])
            XCTAssertEqual(output.problems.count, 1, name)
            XCTAssertTrue(output.problems.first?.reason.contains("no text") ?? false, "\(name): \(output.problems)")
        }
    }

    func testHundredMegabyteSingleLine() throws {
        // 100 MB without a line break, as text and as JSON Lines; written to a temp folder, removed after.
        let folder = try temporaryFolder(self)
        try good.write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        for name in ["huge.txt", "huge.jsonl"] {
            let url = folder.appendingPathComponent(name)
            XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
            let handle = try FileHandle(forWritingTo: url)
            if name.hasSuffix(".jsonl") { handle.write(Data("{\"text\": \"".utf8)) }
            for _ in 0..<100 { handle.write(chunk) }
            try handle.close()
        }
        let output = ArticleReader().read(paths: [folder.path])
        try? FileManager.default.removeItem(at: folder)
        XCTAssertEqual(output.articles.map(\.headline), ["Talks"])
        XCTAssertEqual(output.problems.count, 2, "\(output.problems)")
        let text = output.problems.first { $0.path.hasSuffix("huge.txt") }
        XCTAssertTrue(text?.reason.contains("too large") ?? false, "\(String(describing: text))")
        let lines = output.problems.first { $0.path.hasSuffix("huge.jsonl") }
        XCTAssertEqual(lines?.line, 1)
        XCTAssertTrue(lines?.reason.contains("line longer than") ?? false, "\(String(describing: lines))")
    }

    func testJSONLinesWithOneBrokenLine() throws {
        let lines = """
        {"title": "First", "text": "One."}
        {"title": "Second", "text": "Two.
        {"title": "Third", "text": "Three."}
        """
        let (output, bad) = try readBeside("dump.jsonl", bytes: Array(lines.utf8))
        XCTAssertEqual(output.articles.compactMap(\.headline).sorted(), ["First", "Talks", "Third"])
        XCTAssertEqual(output.problems.count, 1)
        XCTAssertEqual(output.problems[0].line, 2)
        XCTAssertFalse(output.problems[0].isFatal)
        XCTAssertTrue(output.problems[0].description.hasPrefix(bad + ":2: not valid JSON"), output.problems[0].description)
    }

    func testMalformedXML() throws {
        let xml = "<?xml version=\"1.0\"?>\n<rss><channel>\n<title>T</title>\n<item><title>Broken</title>\n</channel></rss>\n"
        let (output, _) = try readBeside("broken.rss", bytes: Array(xml.utf8))
        XCTAssertEqual(output.problems.count, 1, "\(output.problems)")
        XCTAssertTrue(output.problems[0].reason.contains("malformed XML"))
        XCTAssertNotNil(output.problems[0].line)
        // Not XML at all.
        let (garbage, _) = try readBeside("garbage.xml", bytes: Array("this is <not xml at all".utf8))
        XCTAssertEqual(garbage.problems.count, 1)
        XCTAssertTrue(garbage.problems[0].isFatal)
    }

    func testExternalEntityIsNeverFetched() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
        <rss><channel><title>T</title><item><title>Leak &secret; &remote;</title><description>Body &secret;.</description></item></channel></rss>
        """
        let (output, _) = try readBeside("xxe.rss", bytes: Array(xml.utf8))
        let passwd = (try? String(contentsOfFile: "/etc/passwd", encoding: .utf8)) ?? "root:x:0:0"
        let firstLine = String(passwd.prefix { $0 != "\n" })
        for article in output.articles {
            XCTAssertFalse(article.text.contains("root:"), article.text)
            XCTAssertFalse(!firstLine.isEmpty && article.text.contains(firstLine), article.text)
        }
        XCTAssertTrue(output.articles.contains { $0.headline == "Leak" }, "\(output.articles.map(\.text)) \(output.problems)")
    }

    func testBillionLaughsIsNotExpanded() throws {
        var dtd = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            dtd += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\(dtd)]>\n<rss><channel><title>T</title><item><title>Laugh</title><description>&lol9;</description></item></channel></rss>\n"
        let (output, _) = try readBeside("lol.rss", bytes: Array(xml.utf8))
        for article in output.articles {
            XCTAssertLessThan(article.text.count, 10_000)
        }
        XCTAssertLessThanOrEqual(output.problems.count, 1)
    }

    func testJSONNestedHundredThousandDeep() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let (output, bad) = try readBeside("deep.json", bytes: Array(deep.utf8))
        XCTAssertEqual(output.problems.count, 1)
        XCTAssertTrue(output.problems[0].reason.contains("nested deeper than"), output.problems[0].description)
        XCTAssertTrue(output.problems[0].description.hasPrefix(bad + ":1:"))
        let (lines, _) = try readBeside("deep.jsonl", bytes: Array(("{\"title\": \"Fine\", \"text\": \"ok.\"}\n{\"a\": " + deep + "}\n").utf8))
        XCTAssertEqual(lines.problems.map(\.line), [2])
        XCTAssertTrue(lines.articles.contains { $0.headline == "Fine" })
    }

    func testControlCharacterEntitiesNeverReachTheText() throws {
        // In XML 1.0, &#5; is not a character: libxml2 reports it and the text keeps nothing of it.
        let xml = "<rss><channel><title>T</title><item><title>A&#5;B</title><description>One &amp;#27;[31m red &#x1B;[0m.</description></item></channel></rss>"
        let (feed, _) = try readBeside("controls.rss", bytes: Array(xml.utf8))
        // In JSON, "\u0005" and "\u001b" are valid escapes: the normaliser drops them.
        let json = #"{"title": "C\u0005D", "text": "Red \u001b[31mtext\u0007."}"#
        let (dump, _) = try readBeside("controls.json", bytes: Array(json.utf8))
        // In Reuters SGML, &#2; &#3; &#5; are everywhere.
        let sgml = "<REUTERS NEWID=\"1\"><DATE>26-FEB-1987</DATE><TEXT>&#2;<TITLE>T&#5;T</TITLE><BODY>Body &#5;&#22;&#31; text.\n&#3;</BODY></TEXT></REUTERS>"
        let (reuters, _) = try readBeside("controls.sgm", bytes: Array(sgml.utf8))
        let articles = (feed.articles + dump.articles + reuters.articles).filter { $0.headline != "Talks" }
        XCTAssertEqual(articles.count, 3, "\(feed.problems) \(dump.problems) \(reuters.problems)")
        for article in articles {
            XCTAssertFalse(article.text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) },
                           article.text.debugDescription)
        }
        XCTAssertEqual(reuters.problems, [])
    }

    func testPathThatDoesNotExist() throws {
        let folder = try temporaryFolder(self)
        let missing = folder.appendingPathComponent("nowhere/feed.rss").path
        let output = ArticleReader().read(paths: [missing])
        XCTAssertEqual(output.problems, [ReadProblem(path: missing, reason: "no such file or folder", isFatal: true)])
    }

    func testFolderWithoutReadPermission() throws {
        guard getuid() != 0 else { throw XCTSkip("running as root: permissions do not stop reading") }
        let folder = try temporaryFolder(self)
        try good.write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try "{}".write(to: locked.appendingPathComponent("x.json"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        addTeardownBlock { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let output = ArticleReader().read(paths: [folder.path])
        XCTAssertEqual(output.articles.map(\.headline), ["Talks"])
        XCTAssertEqual(output.problems.count, 1)
        XCTAssertEqual(output.problems.first?.path, locked.path)
        XCTAssertTrue(output.problems.first?.reason.contains("permission denied") ?? false)
    }
}
