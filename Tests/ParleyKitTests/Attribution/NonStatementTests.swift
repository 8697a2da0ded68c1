import XCTest
@testable import ParleyKit

/// What is not a statement, and input that must not crash.
final class NonStatementTests: XCTestCase {
    func testScareQuotesAreNotStatements() {
        XCTAssertTrue(Analyzed("The minister did not expect any “breakthroughs” at the talks.").statements.isEmpty)
        XCTAssertTrue(Analyzed("The so-called \"deal of the year\" fell apart.").statements.isEmpty)
    }

    func testReportsAsANounIsNoCue() {
        let a = Analyzed("Lord Tom Berg challenged Mr Holm to deny reports that he had misled the house.")
        XCTAssertTrue(a.statements.isEmpty, "\(a.contents)")
        XCTAssertTrue(Analyzed("The minister dismissed claims that the plan had failed.").statements.isEmpty)
        XCTAssertEqual(Analyzed("The Daily Post reports that the plan failed.").contents, ["the plan failed"])
    }

    func testTitleOfWorkIsNotAStatement() {
        XCTAssertTrue(Analyzed("She read “The Long Road Home” on the train to work.").statements.isEmpty)
    }

    func testHeadlineIsNotAStatement() {
        let text = "Berg said taxes would rise\nThe town met on Monday. Tom Berg said the hall would close."
        let bodyStart = Array(text.unicodeScalars).firstIndex(of: "\n")! + 1
        let a = Analyzed(text, bodyStart: bodyStart)
        XCTAssertEqual(a.contents, ["the hall would close"])
    }

    func testMentalStatesAreNotStatements() {
        XCTAssertTrue(Analyzed("Tom Berg believes that taxes will rise. Ana Ruiz wants a new deal. Tom Berg fears the worst.").statements.isEmpty)
    }

    func testQuestionsOfTheArticleAreNotStatements() {
        XCTAssertTrue(Analyzed("Will taxes rise next year? Nobody knows yet.").statements.isEmpty)
        XCTAssertTrue(Analyzed("Did Tom Berg really say that taxes would rise?").statements.isEmpty)
    }

    func testApostropheInsideWordIsNotAQuoteMark() {
        let a = Analyzed("Tom said I \"shouldn‘t go there\" but I went.")
        XCTAssertFalse(a.contents.contains("shouldn‘t go there"))
        let tokens = WordTokenizer.tokenize(a.text, sentences: SentenceSplitter.split(a.text))
        XCTAssertTrue(tokens.contains { $0.text == "shouldn‘t" })
        XCTAssertEqual(tokens.filter { $0.kind == .quote }.count, 2)
    }

    func testUnpairedMarksDoNotPairAcrossParagraphs() {
        let a = Analyzed("He said \"the end is near.\nAnother paragraph starts here with no mark at all.\nThen \"a new quote begins here and ends,\" Tom Berg said.")
        XCTAssertFalse(a.contents.contains { $0.contains("Another paragraph") })
    }

    func testDegenerateInputs() {
        for input in ["", "\"", "\"\"", "“”", "“ ”", "«", "» «", "\" \" \"", "“", "”", ":", "said", "\"said\"", "— \"", "Mr", "He said:"] {
            XCTAssertTrue(Analyzed(input).statements.isEmpty, "statement from \(input.debugDescription)")
        }
    }
}
