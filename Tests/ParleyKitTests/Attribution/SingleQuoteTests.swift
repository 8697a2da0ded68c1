import XCTest
@testable import ParleyKit

/// Quotes marked with single marks (‘…’ or '…'), and apostrophes that must stay apostrophes.
final class SingleQuoteTests: XCTestCase {
    func testCurlySingleQuoteIsDirect() {
        let a = Analyzed("‘The harbour will reopen in spring,’ Tom Berg said.")
        XCTAssertEqual(a.contents, ["The harbour will reopen in spring,"])
        XCTAssertEqual(a.speakers, ["Tom Berg"])
        XCTAssertEqual(a.statements.first?.kind, .direct)
    }

    func testStraightSingleQuoteWithInversion() {
        let a = Analyzed("'We don't have the money for it,' said Mia Lund.")
        XCTAssertEqual(a.contents, ["We don't have the money for it,"])
        XCTAssertEqual(a.speakers, ["Mia Lund"])
        XCTAssertEqual(a.statements.first?.kind, .direct)
    }

    func testPossessiveApostropheInsideSingleQuote() {
        let a = Analyzed("‘The students’ books cost too much this year,’ said Ana Ruiz.")
        XCTAssertEqual(a.contents, ["The students’ books cost too much this year,"])
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
    }

    func testSplitSingleQuote() {
        let a = Analyzed("‘The plan is good,’ Ana Ruiz said, ‘and it will work well in the north.’")
        XCTAssertEqual(a.statements.count, 1)
        XCTAssertEqual(a.statements.first?.contentSpans.count, 2)
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
    }

    func testDoubleMarksNestedInSingleQuote() {
        let a = Analyzed("‘They called the report “rubbish” before they read it,’ Tom Berg said.")
        XCTAssertEqual(a.statements.count, 1)
        XCTAssertEqual(a.contents.first, "They called the report “rubbish” before they read it,")
        XCTAssertEqual(a.statements.first?.kind, .direct)
    }

    func testSingleMarksNestedInDoubleQuote() {
        let a = Analyzed("“They said ‘wait a little longer’ and we waited for months,” Tom Berg said.")
        XCTAssertEqual(a.statements.count, 1)
        XCTAssertEqual(a.contents.first, "They said ‘wait a little longer’ and we waited for months,")
    }

    func testApostrophesAreNotQuotes() {
        for text in ["Tom Berg grew up in the '90s and his parents' farm is gone, he said.",
                     "The students' books and the teachers' desks were sold on Monday.",
                     "Rock 'n' roll is back, and the fans love 'em all."] {
            let a = Analyzed(text)
            XCTAssertTrue(a.statements.allSatisfy { $0.kind != .direct }, "\(text): \(a.contents)")
        }
    }

    func testSingleScareQuoteIsNotAStatement() {
        let a = Analyzed("The council calls the plan a ‘reform’ of the port.")
        XCTAssertEqual(a.statements.count, 0)
    }

    func testMultiParagraphSingleQuote() {
        let a = Analyzed("Tom Berg said:\n‘The first part of the speech is here.\n‘The second part goes on and ends here.’")
        XCTAssertEqual(a.statements.count, 1)
        XCTAssertEqual(a.statements.first?.contentSpans.count, 2)
        XCTAssertEqual(a.speakers, ["Tom Berg"])
    }

    func testPromotionMarksOnlyPairedSingleMarks() {
        let text = ScalarText("‘Fine,’ he said of the '90s and the students' books.")
        let tokens = SingleQuotes.promote(WordTokenizer.tokenize(text, sentences: SentenceSplitter.split(text)), text: text)
        let marks = tokens.filter { $0.kind == .quote }.map { $0.text }
        XCTAssertEqual(marks, ["‘", "’"])
    }

    func testLoneSingleMarkGivesNothing() {
        for text in ["‘", "'", "’ ’ ‘", "‘’", "''"] {
            XCTAssertEqual(Analyzed(text).statements.count, 0, text)
        }
    }
}
