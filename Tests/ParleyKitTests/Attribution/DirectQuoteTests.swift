import XCTest
@testable import ParleyKit

/// Direct quotes: marks, split and multi-sentence quotes, colons, trailing attribution, inversion.
final class DirectQuoteTests: XCTestCase {
    func testCurlyQuoteWithInvertedCue() {
        let a = Analyzed("“The bridge will open in May,” said Mia Lund.")
        XCTAssertEqual(a.contents, ["The bridge will open in May,"])
        XCTAssertEqual(a.speakers, ["Mia Lund"])
        XCTAssertEqual(a.statements.first?.kind, .direct)
        XCTAssertEqual(a.statements.first?.cue, "said")
    }

    func testStraightQuoteWithSpeakerBeforeCue() {
        let a = Analyzed("\"We will not give up on the port,\" Tom Berg said.")
        XCTAssertEqual(a.speakers, ["Tom Berg"])
        XCTAssertEqual(a.statements.first?.source?.resolution, .name)
    }

    func testGuillemets() {
        let a = Analyzed("«Prices will fall next year», Ana Ruiz said.")
        XCTAssertEqual(a.contents, ["Prices will fall next year"])
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
    }

    func testClosingMarkTypedAsOpening() {
        let a = Analyzed("“No, the bridge is not ready. Work goes on every day, “the city engineer said.")
        XCTAssertEqual(a.statements.count, 1)
        let s = a.statement(containing: "Work goes on every day")
        XCTAssertTrue((s.map { a.content($0) } ?? "").contains("No, the bridge is not ready"))
        XCTAssertEqual(s?.kind, .direct)
        XCTAssertEqual(s?.source?.kind, .unnamed)
        XCTAssertEqual(s?.source?.name, "city engineer")
    }

    func testSplitQuoteIsOneStatementWithTwoSpans() {
        let a = Analyzed("Ana Ruiz runs the town hall. “The plan is good,” she said, “and it will work well.”")
        let s = a.statement(containing: "The plan is good")
        XCTAssertEqual(s?.contentSpans.count, 2)
        XCTAssertTrue((s.map { a.content($0) } ?? "").contains("and it will work well"))
        XCTAssertEqual(s?.source?.name, "Ana Ruiz")
        XCTAssertEqual(s?.source?.resolution, .pronoun)
    }

    func testQuoteOverSeveralSentencesIsOneStatement() {
        let a = Analyzed("“Rents are high. Wages are low. Something has to give,” Tom Berg said.")
        XCTAssertEqual(a.statements.count, 1)
        XCTAssertTrue(a.contents[0].hasPrefix("Rents are high."))
        XCTAssertEqual(a.statements[0].sentenceIndices.count, 3)
    }

    func testMultiParagraphQuote() {
        let a = Analyzed("Tom Berg said:\n“The first part of the speech is here.\n“The second part goes on and ends here.”")
        XCTAssertEqual(a.statements.count, 1)
        XCTAssertEqual(a.statements.first?.contentSpans.count, 2)
        XCTAssertEqual(a.speakers, ["Tom Berg"])
    }

    func testColonAtEndOfPreviousParagraph() {
        let a = Analyzed("And from Chair Tom Berg:\n“We expect a decision by the end of the week.”")
        XCTAssertEqual(a.speakers, ["Tom Berg"])
        XCTAssertEqual(a.statements.first?.cue, ":")
    }

    func testTrailingDashAttribution() {
        let a = Analyzed("“The fund will grow every single year.” — Ana Ruiz\n“Nobody here saw the money at all.” -Commissioner Tom Berg")
        XCTAssertEqual(a.speakers, ["Ana Ruiz", "Tom Berg"])
    }

    func testInversionWithSpeechVerb() {
        let a = Analyzed("\"It's awful, really awful,\" sighed Mia.")
        XCTAssertEqual(a.speakers, ["Mia"])
        XCTAssertEqual(a.statements.first?.cue, "sighed")
    }

    func testAppositiveBetweenSpeakerAndCue() {
        let a = Analyzed("Ana Ruiz, who replaced Tom Berg in July, said the budget would rise.")
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
        XCTAssertEqual(a.contents, ["the budget would rise"])
    }

    func testStandaloneQuoteAfterIntroductionIsInferred() {
        let a = Analyzed("Ana Ruiz runs the bakery on the corner.\n“We sell four hundred loaves every single day.”")
        let s = a.statement(containing: "four hundred loaves")
        XCTAssertEqual(s?.source?.name, "Ana Ruiz")
        XCTAssertEqual(s?.source?.resolution, .inferred)
    }

    func testFollowingQuoteContinuesSpeaker() {
        let a = Analyzed("“We will win the league,” Tom Berg said.\n“Nobody can stop this team now, nobody at all.”")
        XCTAssertEqual(a.speakers, ["Tom Berg", "Tom Berg"])
        XCTAssertEqual(a.statements.last?.source?.resolution, .continuation)
    }
}

/// Inversions with modifiers before the name.
final class InversionModifierTests: XCTestCase {
    func testModifiersBetweenCueAndName() {
        let a = Analyzed("“The rules do not hold water,” said 1990s champion Ana Ruiz.")
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
    }

    func testContinuationKeepsTheSpeakerMention() {
        let text = "“We watch the numbers,” Tom Berg said. “Old cases fall but new ones rise.”"
        let a = Analyzed(text)
        XCTAssertEqual(a.speakers, ["Tom Berg", "Tom Berg"])
        XCTAssertEqual(a.statements.map { $0.source?.resolution }, [.name, .continuation])
        let span = a.statements.last?.source?.span
        XCTAssertEqual(span.map { a.text[$0] }, "Tom Berg")
    }

    func testNameAfterPrepositionIsNotTheSpeaker() {
        let a = Analyzed("“Their plan is to look like real news,” Tom Berg, a fellow at the Lund Institute, said of Radio Nord.")
        XCTAssertEqual(a.speakers, ["Tom Berg"])
    }
}
