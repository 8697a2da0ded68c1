import Foundation
import XCTest
@testable import ParleyKit

/// Joining continuation quotes for scoring against PolNeAR-style annotation.
final class ContinuationJoinTests: XCTestCase {
    func statements(_ string: String) -> (ScalarText, [Statement]) {
        let text = ScalarText(string)
        let result = AttributionAnalyzer().analyze(text: text, sentences: SentenceSplitter.split(text), articleID: "t", bodyStart: 0)
        return (text, result.statements)
    }

    func testAContinuationQuoteJoinsTheStatementBeforeIt() {
        let (text, found) = statements("“We start the hearings today,” Chair Tom Berg said. “The plan is ready for a vote.”")
        XCTAssertEqual(found.count, 2, "\(found.map { $0.contentSpans.map { text[$0] } })")
        XCTAssertEqual(found.last?.source?.resolution, .continuation)
        let joined = AttributionEvaluation.joiningContinuations(found, text: text, join: .sameParagraph)
        XCTAssertEqual(joined.count, 1)
        XCTAssertEqual(joined.first?.contentSpans.map { text[$0] }, ["We start the hearings today,", "The plan is ready for a vote."])
        XCTAssertEqual(joined.first?.source?.name, "Tom Berg")
    }

    func testAParagraphBreakStopsTheSameParagraphJoin() {
        let (text, found) = statements("“We start the hearings today,” Chair Tom Berg said.\n\n“The plan is ready for a vote.”")
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(AttributionEvaluation.joiningContinuations(found, text: text, join: .sameParagraph).count, 2)
        XCTAssertEqual(AttributionEvaluation.joiningContinuations(found, text: text, join: .acrossParagraphs).count, 1)
    }

    func testStatementsWithCuesOrOtherSpeakersStayApart() {
        let (text, found) = statements("“We start the hearings today,” Chair Tom Berg said. “The plan is not ready,” Senator Mia Holm said.")
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(AttributionEvaluation.joiningContinuations(found, text: text, join: .acrossParagraphs).count, 2)
    }
}
