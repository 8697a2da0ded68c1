import XCTest
@testable import ParleyKit

/// Where reported content starts and ends: clauses without "that", adverbs before the cue,
/// a "that" after a channel phrase, and clause boundaries that end the content.
final class ContentBoundaryTests: XCTestCase {
    func testContentAfterToldStartsAfterTheListener() {
        XCTAssertEqual(Analyzed("Ana Ruiz told a news conference the plan had failed.").contents, ["the plan had failed"])
        XCTAssertEqual(Analyzed("Ana Ruiz told visiting Finance Minister Tom Berg the talks were over.").contents, ["the talks were over"])
        XCTAssertEqual(Analyzed("Ana Ruiz told visiting U.S. Secretary of State Tom Berg the talks were over.").contents, ["the talks were over"])
        XCTAssertEqual(Analyzed("Ana Ruiz told reporters on Saturday it was over.").contents, ["it was over"])
        XCTAssertEqual(Analyzed("Ana Ruiz told Radio 4's Today the plan was dead.").contents, ["the plan was dead"])
        XCTAssertEqual(Analyzed("Ana Ruiz told reporters prices would rise.").contents, ["prices would rise"])
    }

    func testWeakCueTakesPronounClauseWithoutThat() {
        let a = Analyzed("Ana Ruiz said the fund was open, though she acknowledged it was unlikely to last.")
        XCTAssertEqual(a.contents, ["the fund was open", "it was unlikely to last"])
        XCTAssertEqual(a.speakers, ["Ana Ruiz", "Ana Ruiz"])
    }

    func testWeakCueWithPlainObjectIsNoStatement() {
        let a = Analyzed("Tom Berg acknowledged the crowd before he left the stage.")
        XCTAssertEqual(a.statements.count, 0, "\(a.contents)")
    }

    func testAdverbNowBetweenSubjectAndCue() {
        let a = Analyzed("Ana Ruiz backed the treaty in 2019. Ruiz now says she opposes the deal.")
        XCTAssertEqual(a.contents, ["she opposes the deal"])
    }

    func testThatAfterChannelPhraseOpensContentAfterAnIntroduction() {
        let a = Analyzed("Following the first reports, Tom Berg said at a rally in Lund that \"a fire\" had broken out.")
        XCTAssertEqual(a.statements.count, 1, "\(a.contents)")
        XCTAssertTrue(a.contents.first?.hasSuffix("had broken out") ?? false, "\(a.contents)")
        XCTAssertFalse(a.contents.first?.contains("Following") ?? true, "\(a.contents)")
    }

    func testSemicolonEndsReportedContent() {
        let a = Analyzed("Tom Berg said the timing was not planned; the council only learned of it on Friday.")
        XCTAssertEqual(a.contents, ["the timing was not planned"])
    }

    func testCoordinatedClauseWithItsOwnCueEndsContent() {
        let a = Analyzed("Republicans said the inquiry was mishandled and Democrats said it was fair.")
        XCTAssertEqual(a.statements.first.map(a.content), "the inquiry was mishandled")
        let b = Analyzed("Only half of the voters agreed that the plan was fair, while most farmers said the same of the tax.")
        XCTAssertEqual(b.statements.first.map(b.content), "the plan was fair")
    }
}

/// Subjects the clause reader must find before a cue.
final class SubjectTests: XCTestCase {
    func testAbbreviatedOrganisationWithClosingPeriod() {
        let a = Analyzed("Maria Lopez spoke on Monday. The S.E.C. said it would increase oversight.")
        XCTAssertEqual(a.contents, ["it would increase oversight"])
        XCTAssertEqual(a.statements.first?.source?.kind, .organisation)
    }

    func testShareOfThosePolled() {
        let a = Analyzed("Half of the voters backed the plan. Another 19 percent said they would not pick either candidate.")
        XCTAssertEqual(a.contents, ["they would not pick either candidate"])
        XCTAssertEqual(a.speakers, ["Another 19 percent"])
    }

    func testModifierJoinedByAnd() {
        let a = Analyzed("Experts on energy and climate policy said the plan could fail.")
        XCTAssertEqual(a.contents, ["the plan could fail"])
    }

    func testClauseJoinedByAndIsNotOneSubject() {
        let a = Analyzed("The council met on Monday and officials said the plan could fail.")
        XCTAssertEqual(a.contents, ["the plan could fail"])
        XCTAssertEqual(a.speakers, ["officials"])
    }
}

/// Words that look like cues but are not.
final class CueFormTests: XCTestCase {
    func testCapitalisedCueWordInsideASentenceIsAName() {
        let a = Analyzed("The Bank of the United States said rates would hold. Critics of the Federal Reserve States policy were loud.")
        XCTAssertEqual(a.contents, ["rates would hold"])
    }

    func testShortQuotedTitleInsideAnIntroductoryPhrase() {
        let a = Analyzed("On this weekend's broadcast of “Morning Round,” Ana Ruiz said the vote was only a test.")
        XCTAssertEqual(a.contents, ["the vote was only a test"])
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
    }
}

/// A wire dateline before the subject.
final class DatelineSubjectTests: XCTestCase {
    func testTheDatelinePlaceIsNotTheSpeaker() {
        let a = Analyzed("LUND, Feb 26 - Acme Mining Co, a unit of Berg Holdings Corp, said it is cutting its copper price.")
        XCTAssertEqual(a.contents, ["it is cutting its copper price"])
        XCTAssertEqual(a.speakers, ["Acme Mining Co"])
    }
}
