import XCTest
@testable import ParleyKit

final class ParagraphSplitterTests: XCTestCase {
    private func paragraphs(_ string: String) -> [String] {
        let text = ScalarText(string)
        return ParagraphSplitter.split(text).map { text[$0.span] }
    }

    func testBlankLinesSeparateParagraphs() {
        XCTAssertEqual(paragraphs("Title\n\nFirst one.\n  \t\nSecond one.\n"), ["Title", "First one.", "Second one."])
    }

    func testOneParagraphALine() {
        let text = "Headline Here\n\nThe minister spoke on Monday.\n“We will act,” she said.\nThe opposition disagreed. It called a vote.\n"
        XCTAssertEqual(paragraphs(text), ["Headline Here", "The minister spoke on Monday.", "“We will act,” she said.",
                                          "The opposition disagreed. It called a vote."])
    }

    func testHeadlineOnItsOwnLineInOneParagraphALineText() {
        let body = "The minister said on Monday that the government would publish its plans for the railways before the summer recess, and that fares would be frozen."
        let text = "Rail plans due\n\(body)\nThe opposition said the plans were late and would cost far more than the government admitted."
        XCTAssertEqual(paragraphs(text).count, 3)
    }

    func testHardWrappedText() {
        let text = """
        The President will tour the cultural center, meet with surviving
        members of the community, and deliver remarks to commemorate the
        anniversary.

        One hundred years ago, the community was attacked by a violent
        mob.  An estimated 300 people were killed, and another 10,000 were
        left destitute and homeless.
        """
        let got = paragraphs(text)
        XCTAssertEqual(got.count, 2)
        XCTAssertTrue(got[0].hasPrefix("The President"))
        XCTAssertTrue(got[0].hasSuffix("anniversary."))
    }

    func testDashListItemsInWrappedText() {
        let text = "The budget is expected to include\n - A freeze on petrol duty\n - An extension of tax credits\n - Help for pensioners"
        XCTAssertEqual(paragraphs(text).count, 4)
    }

    func testIndentedParagraphsInWrappedText() {
        let text = """
            The company said it would cut its dividend and close two of its
        plants in the north of the country by the end of next year.
            It also said that it expected its results to improve in the
        second half of the year, when new products come to market.
        """
        XCTAssertEqual(paragraphs(text).count, 2)
    }

    func testLowercaseContinuationJoinsInLineMode() {
        let text = "The talks ended.\nBoth sides said they would\nmeet again.\nA statement followed.\nNobody objected."
        XCTAssertEqual(paragraphs(text), ["The talks ended.", "Both sides said they would\nmeet again.", "A statement followed.", "Nobody objected."])
    }
}
