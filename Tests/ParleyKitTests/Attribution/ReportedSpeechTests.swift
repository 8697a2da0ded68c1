import XCTest
@testable import ParleyKit

/// Reported speech: cues, according to, participials, content before its attribution, continuation.
final class ReportedSpeechTests: XCTestCase {
    func testSaidThat() {
        let a = Analyzed("Tom Berg said that taxes would rise.")
        XCTAssertEqual(a.contents, ["taxes would rise"])
        XCTAssertEqual(a.statements.first?.kind, .indirect)
    }

    func testToldWithChannel() {
        let a = Analyzed("Ana Ruiz told reporters the deal was dead.")
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
        XCTAssertTrue(a.contents[0].hasSuffix("the deal was dead"))
        XCTAssertEqual(a.statements.first?.channel, "told reporters")
    }

    func testChannelInterview() {
        let a = Analyzed("Tom Berg said in an interview with Radio Nord that taxes would rise.")
        XCTAssertEqual(a.contents, ["taxes would rise"])
        XCTAssertEqual(a.statements.first?.channel, "in an interview with Radio Nord")
    }

    func testCueLexiconPhrases() {
        let a = Analyzed("Ana Ruiz pointed to the rising cost of bread. Tom Berg was quoted as saying the mill would close.")
        XCTAssertEqual(a.speakers, ["Ana Ruiz", "Tom Berg"])
        XCTAssertEqual(a.statements.first?.cue, "pointed to")
    }

    func testSpokesmanOfNamedPersonIsUnnamedSource() {
        let a = Analyzed("Tom Berg's spokesman said the talks had stalled.")
        XCTAssertEqual(a.statements.count, 1)
        XCTAssertEqual(a.statements.first?.source?.kind, .unnamed)
        XCTAssertEqual(a.statements.first?.source?.name, "Tom Berg's spokesman")
    }

    func testParticipialSaying() {
        let a = Analyzed("Acme Corporation rejected the offer on Monday, saying it cost too much.")
        XCTAssertEqual(a.contents, ["it cost too much"])
        XCTAssertEqual(a.speakers, ["Acme Corporation"])
        XCTAssertEqual(a.statements.first?.source?.kind, .organisation)
        XCTAssertEqual(a.statements.first?.source?.span.map { a.text[$0] }, "Acme Corporation")
    }

    func testAccordingToBeforeAndAfter() {
        let a = Analyzed("According to Ana Ruiz, the mine will close in May. The port will stay open all year, according to Tom Berg.")
        XCTAssertEqual(a.speakers, ["Ana Ruiz", "Tom Berg"])
        XCTAssertEqual(a.contents, ["the mine will close in May", "The port will stay open all year"])
    }

    func testContentInPreviousSentence() {
        let a = Analyzed("A new bridge over the river is not planned. This was announced by Tom Berg on Monday.")
        XCTAssertEqual(a.contents, ["A new bridge over the river is not planned"])
        XCTAssertEqual(a.speakers, ["Tom Berg"])
    }

    func testOneStatementPerClauseAndPronounContinuation() {
        let a = Analyzed("Tom Berg said that taxes would rise. He also noted that rents would fall. She added that it was late.")
        XCTAssertEqual(a.contents, ["taxes would rise", "rents would fall"])
        XCTAssertEqual(a.speakers, ["Tom Berg", "Tom Berg"])
        XCTAssertEqual(a.statements[1].source?.resolution, .pronoun)
    }

    func testQuotedPhraseInsideReportedSpeechMakesItMixed() {
        let a = Analyzed("Ana Ruiz said the plan was \"a total mess\" and should stop.")
        XCTAssertEqual(a.statements.count, 1)
        XCTAssertEqual(a.statements.first?.kind, .mixed)
    }

    func testInWordsOf() {
        let a = Analyzed("In the words of Ana Ruiz, the valley has never been so dry.")
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
    }

    func testTwoSpeakersInOneSentence() {
        let a = Analyzed("Tom Berg said the port would close, but Ana Ruiz said it would stay open.")
        XCTAssertEqual(a.speakers, ["Tom Berg", "Ana Ruiz"])
        XCTAssertEqual(a.contents, ["the port would close", "it would stay open"])
    }
}

/// Channels and social-media cues.
final class ChannelTests: XCTestCase {
    func testWroteOnTwitter() {
        let a = Analyzed("Ana Ruiz wrote on Twitter that she would run again.")
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
        XCTAssertEqual(a.contents, ["she would run again"])
        XCTAssertEqual(a.statements.first?.channel, "on Twitter")
    }

    func testToldNamedMedium() {
        let a = Analyzed("Tom Berg told Radio Nord's Morning Show on Monday that the port would close.")
        XCTAssertEqual(a.statements.first?.channel, "told Radio Nord's Morning Show")
    }

    func testTweetedAndPressConference() {
        let a = Analyzed("Tom Berg tweeted that the vote was rigged. Ana Ruiz said at a press conference that the vote was fair.")
        XCTAssertEqual(a.speakers, ["Tom Berg", "Ana Ruiz"])
        XCTAssertEqual(a.statements.last?.channel, "at a press conference")
    }
}

/// Relative clauses, mixed content before an attribution, abbreviations inside names.
final class MoreConstructionTests: XCTestCase {
    func testRelativeWhoSaid() {
        let a = Analyzed("The mayor thanked Ana Ruiz, who said the bridge was safe, and left.")
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
        XCTAssertEqual(a.contents, ["the bridge was safe"])
    }

    func testQuoteOpeningMidSentenceBeforeAttributionIsMixed() {
        let a = Analyzed("The point is that rents are too high and “we must act soon,” Tom Berg said.")
        XCTAssertEqual(a.statements.count, 1)
        XCTAssertEqual(a.statements.first?.kind, .mixed)
        XCTAssertTrue(a.contents[0].hasPrefix("The point is that rents"))
    }

    func testAbbreviatedTitleAndMiddleInitial() {
        let a = Analyzed("Mr. John Q. Adams spoke first. Then Mr. Adams said the tax was unfair.")
        XCTAssertEqual(a.speakers, ["John Q Adams"])
        XCTAssertEqual(a.result.entities.filter { $0.kind == .person }.count, 1)
    }

    func testWeekdayIsNotASpeaker() {
        let a = Analyzed("“The vote is over,” said Thursday Tom Berg.")
        XCTAssertNotEqual(a.speakers.first ?? nil, "Thursday")
    }
}

/// Passive attributions with the name in apposition.
final class PassiveApposition: XCTestCase {
    func testDescriptionThenNameAfterBy() {
        let a = Analyzed("Shops will close early on Friday. This was announced by a city official, head of the trade office and the market board, Ana Ruiz.")
        XCTAssertEqual(a.speakers, ["Ana Ruiz"])
        XCTAssertEqual(a.contents, ["Shops will close early on Friday"])
    }
}

/// Statement kinds.
final class StatementKindTests: XCTestCase {
    func testSingleScareWordLeavesReportedSpeechIndirect() {
        let a = Analyzed("Tom Berg said he did not expect any “miracles” from the talks.")
        XCTAssertEqual(a.statements.first?.kind, .indirect)
    }

    func testQuotedWordsMakeItMixedAndQuoteAloneDirect() {
        let a = Analyzed("Tom Berg said the deal was “dead and buried” now. “We will start again,” Ana Ruiz said.")
        XCTAssertEqual(a.statements.map { $0.kind }, [.mixed, .direct])
    }

    func testAttributionInsideTheReportedClause() {
        let a = Analyzed("The new tax, Tom Berg said on Monday, would hurt small farms in the north.")
        XCTAssertEqual(a.contents, ["The new tax | would hurt small farms in the north"])
        XCTAssertEqual(a.speakers, ["Tom Berg"])
        // a quote or a second cue after the attribution is not folded in
        let b = Analyzed("The tax is unfair, Tom Berg said, adding that farms would close.")
        XCTAssertFalse(b.contents.contains { $0.hasPrefix("The tax is unfair") && $0.contains("farms would close") }, "\(b.contents)")
    }

    func testContentEndsWhereAnotherAttributionBegins() {
        let a = Analyzed("Tom Berg said the union would march to the port, though she admitted it was unlikely to work.")
        XCTAssertEqual(a.statement(containing: "march to the port").map { a.content($0) }, "the union would march to the port")
        // a relative clause with its own cue stays inside the content
        let b = Analyzed("Tom Berg said the harbour fee, which critics say hurts small boats, would rise.")
        XCTAssertTrue(b.contents.contains { $0.hasPrefix("the harbour fee, which") }, "\(b.contents)")
    }

    func testIntroductoryPhraseBeforeTheSpeakerIsNotContent() {
        let a = Analyzed("In one post on Friday, Tom Berg said: “Did the mayor help the builders win the contract?”")
        XCTAssertEqual(a.contents, ["Did the mayor help the builders win the contract?"])
        let b = Analyzed("In May, the plant will close for good, Tom Berg said.")
        XCTAssertEqual(b.contents, ["In May, the plant will close for good"])
        let c = Analyzed("Though the change was smooth, Tom Berg said, the next one would be hard.")
        XCTAssertEqual(c.contents, ["Though the change was smooth | the next one would be hard"])
    }

    func testConcessiveClauseAndAskedPhraseStayOutOfContent() {
        let a = Analyzed("Tom Berg claimed that the tax was fair, although he refused to publish the figures.")
        XCTAssertEqual(a.contents, ["the tax was fair"])
        let b = Analyzed("Asked about the fire, Ana Ruiz said: “We will know more tomorrow.”")
        XCTAssertEqual(b.contents, ["We will know more tomorrow."])
    }

    func testPledgedToTakesTheInfinitive() {
        let a = Analyzed("Tom Berg pledged to cut the harbour fee by half. Ana Ruiz wants to cut it too.")
        XCTAssertEqual(a.contents, ["to cut the harbour fee by half"])
        XCTAssertEqual(a.speakers, ["Tom Berg"])
        // a weak cue without "|to" still needs "that"
        XCTAssertTrue(Analyzed("Tom Berg acknowledged to the board the plan was late.").contents.allSatisfy { !$0.hasPrefix("to the board") })
    }

    func testAntecedentOfWhoIsTheSpeakerWhateverItsHead() {
        let a = Analyzed("The radio show took calls from listeners who said they had doubts about the plan.")
        XCTAssertEqual(a.contents, ["they had doubts about the plan"])
        XCTAssertEqual(a.speakers, ["listeners"])
        XCTAssertEqual(a.statements.first?.source?.kind, .unnamed)
    }
}
