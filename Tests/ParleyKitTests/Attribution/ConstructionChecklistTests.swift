import XCTest
@testable import ParleyKit

/// Constructions from the attribution checklist that other test files do not cover in this exact
/// form, each in short sentences of the test's own.
final class ConstructionChecklistTests: XCTestCase {
    /// Each paragraph opens with a mark, only the last closes: the first quote is Berg's with a cue,
    /// the three-paragraph quote after it is one more statement of his (continuation).
    func testMultiParagraphQuoteAfterASaidQuote() {
        let a = Analyzed("“We watch the numbers,” Berg said. “Old cases fall but new ones rise.\n“So far we are under the limit.\n“Follow the rules.”")
        XCTAssertEqual(a.statements.count, 2, "\(a.contents)")
        XCTAssertEqual(a.speakers, ["Berg", "Berg"])
        XCTAssertEqual(a.statements.last?.contentSpans.count, 3)
        XCTAssertTrue(a.contents.last?.contains("Follow the rules") ?? false)
        XCTAssertEqual(a.statements.last?.source?.resolution, .continuation)
    }

    func testColonIntroductionEndingThePreviousParagraph() {
        let a = Analyzed("And from Chair Tom Berg:\n“This plan keeps the country connected.”")
        XCTAssertEqual(a.speakers, ["Tom Berg"])
        XCTAssertEqual(a.statements.first?.kind, .direct)
    }

    func testTrailingDashAttributions() {
        let a = Analyzed("“The new rules help every family.” -Commissioner Ana Ruiz\n“They cost far too much money.” — Ana Ruiz")
        XCTAssertEqual(a.speakers, ["Ana Ruiz", "Ana Ruiz"])
    }

    func testInversionWithParticipleAfterTheName() {
        let a = Analyzed("\"It's awful, really awful,\" sighed Mia, looking at her coat.")
        XCTAssertEqual(a.speakers, ["Mia"])
        XCTAssertEqual(a.contents, ["It's awful, really awful,"])
        XCTAssertEqual(a.statements.first?.cue, "sighed")
    }

    func testToldSomeoneThat() {
        let a = Analyzed("Tom Berg told the farmers that the mill would reopen in May.")
        XCTAssertEqual(a.contents, ["the mill would reopen in May"])
        XCTAssertEqual(a.speakers, ["Tom Berg"])
    }

    func testUncommonCues() {
        let a = Analyzed("Tom Berg grumbled that the trains were late again. Ana Ruiz quipped that the trains were never on time. Mia Lund wrote in a post that the trains would be replaced.")
        XCTAssertEqual(a.speakers, ["Tom Berg", "Ana Ruiz", "Mia Lund"])
        XCTAssertEqual(a.statements.map { $0.cue }, ["grumbled", "quipped", "wrote in a post"])
    }

    func testContinuationCues() {
        let a = Analyzed("Ana Ruiz said the port would stay open. She added that ships would dock at night.")
        XCTAssertEqual(a.speakers, ["Ana Ruiz", "Ana Ruiz"])
        XCTAssertEqual(a.statements.last?.source?.resolution, .pronoun)
    }

    /// name, alias, pronoun, description, continuation and inferred all occur in one short article.
    func testEverySpeakerResolutionKind() {
        let text = """
        Tom Berg said the bridge would open in May. Berg said the road would follow. He said the cost was fair.
        Finance Minister Ana Ruiz visited the site. The minister said the money was there.
        “We have the budget for it,” Ruiz said.
        “Nobody will pay more tax for this bridge.”
        Mia Lund walked to the microphone.
        “We start building today.”
        """
        let a = Analyzed(text)
        let kinds = Set(a.statements.compactMap { $0.source?.resolution })
        XCTAssertEqual(kinds, [.name, .alias, .pronoun, .description, .continuation, .inferred], "\(a.statements.map { ($0.source?.name ?? "-", $0.source?.resolution.rawValue ?? "-") })")
        XCTAssertEqual(a.speakers, ["Tom Berg", "Tom Berg", "Tom Berg", "Ana Ruiz", "Ana Ruiz", "Ana Ruiz", "Mia Lund"])
    }

    func testChannelsAreKept() {
        let a = Analyzed("Tom Berg said in an interview with Radio Nord that the port would close. Ana Ruiz told reporters that it would not.")
        XCTAssertEqual(a.statements.first?.channel?.contains("Radio Nord"), true)
        XCTAssertEqual(a.statements.last?.channel?.contains("reporters"), true)
    }

    func testOrganisationAndUnnamedSourcesKeepTheirKind() {
        let a = Analyzed("The campaign said the ad would run all week. A senior official said the talks had failed.")
        XCTAssertEqual(a.statements.count, 2)
        XCTAssertTrue(a.statements.allSatisfy { $0.source?.kind != .person }, "\(a.statements.map { $0.source?.kind })")
    }
}
