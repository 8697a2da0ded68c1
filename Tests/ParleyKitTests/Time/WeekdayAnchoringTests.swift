import XCTest
@testable import ParleyKit

/// A bare weekday with no DCT anchors to the date in force only inside the paragraph that set it.
final class WeekdayAnchoringTests: XCTestCase {
    private func values(_ text: String) -> [String: String] {
        let scalars = ScalarText(text)
        let timexes = TimeTagger().tag(text: scalars, sentences: SentenceSplitter.split(scalars), dct: nil)
        return Dictionary(timexes.map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    func testWeekdayInTheSameParagraphCountsFromTheDateInForce() {
        let v = values("The board met on 4 March 2019. On Friday, the chair said the plan was dead.")
        XCTAssertEqual(v["Friday"], "2019-03-01")
    }

    func testWeekdayInALaterParagraphStaysOpen() {
        let v = values("The adviser warned the minister on 7 March 2003 that the plan was risky.\n\nCritics say the full advice should be published. On Thursday, the adviser said the statement was his own.")
        XCTAssertEqual(v["7 March 2003"], "2003-03-07")
        XCTAssertEqual(v["Thursday"], "XXXX-WXX-4")
    }

    func testWithADCTTheWeekdayCountsFromIt() {
        let text = "The adviser warned on 7 March 2003 that the plan was risky.\n\nOn Thursday, the adviser said the statement was his own."
        let scalars = ScalarText(text)
        let dct = DocumentCreationTime(value: "2005-02-26", provenance: .commandLine)
        let timexes = TimeTagger().tag(text: scalars, sentences: SentenceSplitter.split(scalars), dct: dct)
        XCTAssertEqual(timexes.first { $0.text == "Thursday" }?.value, "2005-02-24")
    }
}
