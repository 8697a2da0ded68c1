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

/// Another extractor's statements, read from JSON lines and scored like parley's.
final class ExternalPredictionTests: XCTestCase {
    func testPredictionsAreReadGroupedAndMovedIntoTheNormalisedText() throws {
        let lines = #"""
        {"article": "a.txt", "spans": [[4, 9]], "speaker": "Berg"}
        {"article": "b.txt", "spans": [[0, 3], [5, 8]]}
        """#
        let predictions = try ExternalPrediction.read(jsonLines: Data(lines.utf8), path: "p.jsonl")
        XCTAssertEqual(predictions["a.txt"]?.count, 1)
        XCTAssertEqual(predictions["b.txt"]?.first?.spans, [[0, 3], [5, 8]])
        // a raw text with a soft hyphen (dropped by normalisation) before the span: offsets move left by one
        let raw = "ab\u{AD}c hello"
        let normalised = ArticleReader.plainArticle(source: "a.txt", raw: raw)!.text
        let statement = predictions["a.txt"]![0].statement(articleID: "x", offsetMap: OffsetMap.scalarMap(from: raw, to: normalised))
        XCTAssertEqual(statement.contentSpans, [TextSpan(3, 8)])
        XCTAssertEqual(statement.source?.name, "Berg")
    }

    func testAMalformedLineNamesItsLine() {
        XCTAssertThrowsError(try ExternalPrediction.read(jsonLines: Data("{\"article\": \"a.txt\", \"spans\": [[1, 2]]}\n{oops}\n".utf8), path: "p.jsonl")) { error in
            XCTAssertEqual((error as? ReadProblem)?.line, 2)
        }
        XCTAssertThrowsError(try ExternalPrediction.read(jsonLines: Data("{\"article\": \"a.txt\", \"spans\": [[5, 2]]}\n".utf8), path: "p.jsonl"))
    }
}
