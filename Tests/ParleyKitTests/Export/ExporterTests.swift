import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import ParleyKit

final class ExporterTests: XCTestCase {
    private func graph() -> StatementGraph {
        let text = "Anna Berg said taxes, \"fees\" and <levies> will rise. Tom Ruiz said no\u{1}thing changes."
        return StatementGraph(analyses: [Fixtures.analysis(source: "dir/a.txt", text: text, [
            .init(speaker: "Anna Berg", content: "taxes, \"fees\" and <levies> will rise", topics: ["taxes"], date: "2021-06-04"),
            .init(speaker: "Tom Ruiz", content: "no\u{1}thing changes"),
        ])])
    }

    private func export(_ format: ExportFormat) throws -> String {
        let g = graph()
        var out = ""
        try Exporter(graph: g).export(Array(g.statements.indices), format: format) { out += $0 }
        return out
    }

    func testJSONLFollowsTheSchema() throws {
        let lines = try export(.jsonl).split(separator: "\n")
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        let statements = objects.filter { $0["type"] as? String == "statement" }
        XCTAssertEqual(statements.count, 2)
        let first = statements[0]
        for key in ["id", "article", "speaker", "speakerId", "speakerSpan", "speakerResolution", "cue", "kind", "text", "span",
                    "sentence", "date", "dateText", "dateSource", "topics", "mentions", "links"] {
            XCTAssertTrue(first.keys.contains(key), "missing \(key)")
        }
        XCTAssertEqual(first["article"] as? String, "dir/a.txt")
        XCTAssertEqual(first["speaker"] as? String, "Anna Berg")
        XCTAssertEqual(first["date"] as? String, "2021-06-04")
        XCTAssertEqual(first["span"] as? [Int], [15, 51])
        XCTAssertTrue(first["speakerSpan"] is NSNull)
        let articles = objects.filter { $0["type"] as? String == "article" }
        XCTAssertEqual(articles.count, 1)
        for key in ["id", "source", "url", "headline", "published", "publishedSource", "outlet", "author"] {
            XCTAssertTrue(articles.first?.keys.contains(key) ?? false, "article record misses \(key)")
        }
        XCTAssertEqual(objects.filter { $0["type"] as? String == "entity" }.count, 2)
    }

    func testCSVQuotesFieldsThatNeedIt() throws {
        let rows = try export(.csv).components(separatedBy: "\r\n")
        XCTAssertTrue(rows[0].hasPrefix("id,article,date"))
        XCTAssertTrue(rows[1].contains(#""taxes, ""fees"" and <levies> will rise""#))
    }

    func testGraphMLIsWellFormedXML() throws {
        let xml = try export(.graphml)
        XCTAssertTrue(xml.contains("&lt;levies&gt;"))
        XCTAssertFalse(xml.unicodeScalars.contains { $0.value == 1 })
        let parser = XMLParser(data: Data(xml.utf8))
        XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    func testMarkdownGroupsByDay() throws {
        let md = try export(.markdown)
        XCTAssertTrue(md.contains("## 2021-06-04"))
        XCTAssertTrue(md.contains("## Undated"))
        XCTAssertTrue(md.contains("\\<levies\\>"))
    }
}
