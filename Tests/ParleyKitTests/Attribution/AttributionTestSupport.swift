import XCTest
@testable import ParleyKit

/// Runs the attribution stage over a short text of the test's own.
struct Analyzed {
    let text: ScalarText
    let result: AttributionAnalyzer.Result

    init(_ string: String, bodyStart: Int = 0) {
        text = ScalarText(string)
        result = AttributionAnalyzer().analyze(text: text, sentences: SentenceSplitter.split(text), articleID: "t", bodyStart: bodyStart)
    }

    var statements: [Statement] { result.statements }
    /// Each statement's content, spans joined by " | ".
    var contents: [String] { statements.map { content($0) } }
    var speakers: [String?] { statements.map { $0.source?.name } }

    func content(_ s: Statement) -> String { s.contentSpans.map { text[$0] }.joined(separator: " | ") }

    /// The one statement whose content contains `words`.
    func statement(containing words: String, file: StaticString = #filePath, line: UInt = #line) -> Statement? {
        let hits = statements.filter { content($0).contains(words) }
        XCTAssertEqual(hits.count, 1, "statements containing \(words): \(contents)", file: file, line: line)
        return hits.first
    }
}
