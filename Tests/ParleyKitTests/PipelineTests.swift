import XCTest
@testable import ParleyKit

final class PipelineTests: XCTestCase {
    private func analyze(_ text: String) -> ArticleAnalysis {
        Pipeline().analyze(ArticleReader.plainArticle(source: "t.txt", raw: text)!)
    }

    func testAReportDateIsNotAStatementAndDatesTheQuoteBeforeIt() {
        let a = analyze("Vaccines\n\nAccording to the expert, a third dose will not be the last. The head of the doctors' union, Karl Ostrander, is sure of it. On Saturday, 11 December 2021, according to the Daily Courier.")
        let contents = a.statements.map { s in s.contentSpans.map { a.text[$0] }.joined() }
        XCTAssertFalse(contents.contains { $0.contains("11 December") }, "\(contents)")
        XCTAssertTrue(contents.contains { $0.contains("third dose") })
    }

    func testStatementsCarryTheirStagesOutput() {
        let a = analyze("Talks\n\nOn 4 June 2021, Maria Lind said the talks on the border would go on. She added that both sides wanted peace.")
        XCTAssertEqual(a.statements.count, 2)
        XCTAssertEqual(a.statements.map { $0.source?.name }, ["Maria Lind", "Maria Lind"])
        XCTAssertEqual(a.statements.first?.date.value, "2021-06-04")
        XCTAssertNil(a.statements.first { $0.span.start < a.article.bodyStart })
        XCTAssertFalse(a.statements[0].topics.isEmpty)
    }
}
