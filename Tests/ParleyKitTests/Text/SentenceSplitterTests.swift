import Foundation
import XCTest
@testable import ParleyKit

final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ string: String) -> [String] {
        let text = ScalarText(string)
        return SentenceSplitter.split(text).map { text[$0.span] }
    }

    /// pySBD's golden rules (../shared/benchmarks/sentence-golden-rules.json): at least 44 of 48 must pass.
    func testGoldenRules() throws {
        struct Case: Decodable { let text: String; let sentences: [String] }
        let url = try TextStageFixtures.url("benchmarks/sentence-golden-rules.json")
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: url))
        var passed = 0
        for (index, item) in cases.enumerated() {
            let got = sentences(item.text)
            if got == item.sentences {
                passed += 1
            } else {
                print("golden rule \(index) fails: \(item.text)\n  expected \(item.sentences)\n  got      \(got)")
            }
        }
        print("golden rules: \(passed) of \(cases.count) pass")
        XCTAssertGreaterThanOrEqual(passed, 44, "golden rules passed: \(passed) of \(cases.count)")
    }

    func testQuotesStayWithTheirSentence() {
        XCTAssertEqual(sentences("“That’s a lovely house,” the neighbours would say."),
                       ["“That’s a lovely house,” the neighbours would say."])
        XCTAssertEqual(sentences("This is a sentence. \"Don't worry!\", he said."),
                       ["This is a sentence.", "\"Don't worry!\", he said."])
        XCTAssertEqual(sentences("“We are ready.” The talks begin today."),
                       ["“We are ready.”", "The talks begin today."])
        XCTAssertEqual(sentences("He left. “We will return,” she said."),
                       ["He left.", "“We will return,” she said."])
    }

    func testShortAttributionAfterAQuoteStaysWithIt() {
        XCTAssertEqual(sentences("“Why not?” Smith asked. He left."), ["“Why not?” Smith asked.", "He left."])
        XCTAssertEqual(sentences("“We won.” The crowd cheered all night long."), ["“We won.”", "The crowd cheered all night long."])
    }

    func testClosingMarkTypedAsOpeningOne() {
        let got = sentences("The meeting was held through diplomatic channels, “the presidential press secretary said. Talks went on.")
        XCTAssertEqual(got, ["The meeting was held through diplomatic channels, “the presidential press secretary said.", "Talks went on."])
        let got2 = sentences("“We are ready.“ The talks begin today.")
        XCTAssertEqual(got2, ["“We are ready.“", "The talks begin today."])
    }

    func testNoLoneQuoteMarkOnEitherSide() {
        XCTAssertEqual(sentences("“It does not fit with that. ” Even so, he went."), ["“It does not fit with that. ”", "Even so, he went."])
        XCTAssertEqual(sentences("“They see that. “"), ["“They see that. “"])
        for string in ["“They see that. “", "“No. ”", "She said: “Go home.” “Now?” he asked. Fine.", "\"Stop.\" \"Why?\" OK then.", "It ended.” Then silence."] {
            for sentence in sentences(string) {
                XCTAssertFalse(sentence.unicodeScalars.count == 1 && ScalarClass.isQuote(sentence.unicodeScalars.first!), string)
                XCTAssertFalse(sentence.hasPrefix("”"), "\(string) gave \(sentence)")
            }
        }
    }

    func testAbbreviationsAndTitles() {
        XCTAssertEqual(sentences("Dr. Jones met Gen. Smith on Jan. 5 in St. Petersburg. They talked."),
                       ["Dr. Jones met Gen. Smith on Jan. 5 in St. Petersburg.", "They talked."])
        XCTAssertEqual(sentences("He threatened to kill U.S. Rep. Ilhan Omar, prosecutors said."),
                       ["He threatened to kill U.S. Rep. Ilhan Omar, prosecutors said."])
        XCTAssertEqual(sentences("Readers criticize article on Russia-U.S. Relations in the paper."),
                       ["Readers criticize article on Russia-U.S. Relations in the paper."])
        XCTAssertEqual(sentences("Mr Blair spoke to the U.S. Senate. The U.S. He said so."),
                       ["Mr Blair spoke to the U.S. Senate.", "The U.S. He said so."])
    }

    func testSentencesNeverCrossParagraphs() {
        let text = ScalarText("First paragraph without a stop\n\nSecond one. Still second.")
        let split = SentenceSplitter.split(text)
        XCTAssertEqual(split.map { text[$0.span] }, ["First paragraph without a stop", "Second one.", "Still second."])
        XCTAssertEqual(split.map(\.paragraph), [0, 1, 1])
    }

    func testEverySentenceIsTrimmedAndInOrder() {
        let text = ScalarText("  One.  Two!   Three?\n\n Four ")
        let split = SentenceSplitter.split(text)
        XCTAssertEqual(split.map { text[$0.span] }, ["One.", "Two!", "Three?", "Four"])
        for (a, b) in zip(split, split.dropFirst()) { XCTAssertLessThanOrEqual(a.span.end, b.span.start) }
    }

    func testLongTextSplitsWithoutBlowingUp() {
        let sentence = "The minister said on Tuesday that the U.S. and the E.U. would meet. "
        let text = ScalarText(String(repeating: sentence, count: 2000))
        XCTAssertEqual(SentenceSplitter.split(text).count, 2000)
    }
}
