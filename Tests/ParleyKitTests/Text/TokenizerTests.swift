import XCTest
@testable import ParleyKit

final class TokenizerTests: XCTestCase {
    private func tokens(_ string: String) -> [(String, Token.Kind)] {
        let text = ScalarText(string)
        return Tokenizer.tokenize(text, in: text.fullSpan).map { ($0.text, $0.kind) }
    }

    private func texts(_ string: String) -> [String] { tokens(string).map(\.0) }

    func testWordsWithApostrophesHyphensAndPeriods() {
        XCTAssertEqual(texts("Don't doubt the Putin-Biden summit in the U.S. today."),
                       ["Don't", "doubt", "the", "Putin-Biden", "summit", "in", "the", "U.S.", "today", "."])
        XCTAssertEqual(texts("Putin’s COVID-19 plan, Mr. Smith's view"),
                       ["Putin’s", "COVID-19", "plan", ",", "Mr.", "Smith's", "view"])
    }

    func testAbbreviationPeriodsAndSentenceEnds() {
        XCTAssertEqual(texts("I said no. Then Dr. Jones read p. 55 with Briggs & Co. at noon."),
                       ["I", "said", "no", ".", "Then", "Dr.", "Jones", "read", "p.", "55", "with", "Briggs", "&", "Co.", "at", "noon", "."])
        XCTAssertEqual(texts("They met Pitt & Co. It closed."), ["They", "met", "Pitt", "&", "Co", ".", "It", "closed", "."])
    }

    func testNumbers() {
        let got = tokens("It rose 1,000.5 points, or 75%, to $3.5bn on 5th May.")
        XCTAssertEqual(got.map(\.0), ["It", "rose", "1,000.5", "points", ",", "or", "75%", ",", "to", "$", "3.5bn", "on", "5th", "May", "."])
        XCTAssertEqual(got[2].1, .number)
        XCTAssertEqual(got[6].1, .number)
        XCTAssertEqual(got[9].1, .symbol)
    }

    func testQuoteMarksAndApostrophes() {
        let got = tokens("“We can’t,” he said. „Nein“ «non» 'Go,' said the players' coach.")
        let quotes = got.filter { $0.1 == .quote }.map(\.0)
        XCTAssertEqual(quotes, ["“", "”", "„", "“", "«", "»", "'", "'"])
        XCTAssertTrue(got.contains { $0.0 == "can’t" && $0.1 == .word })
        XCTAssertTrue(got.contains { $0.0 == "players'" && $0.1 == .word })
    }

    func testSingleCurlyQuotesAroundAPhrase() {
        let got = tokens("Abbas ‘will not tolerate’ attacks")
        XCTAssertEqual(got.map(\.0), ["Abbas", "‘", "will", "not", "tolerate", "’", "attacks"])
        XCTAssertEqual(got[1].1, .quote)
        XCTAssertEqual(got[5].1, .quote)
    }

    func testPunctuationSymbolsAndLinks() {
        XCTAssertEqual(texts("Wait... what?! See https://example.com/a_b.html. Mail jane.doe@example.com — ok 👍🏽"),
                       ["Wait", "...", "what", "?!", "See", "https://example.com/a_b.html", ".", "Mail", "jane.doe@example.com", "—", "ok", "👍🏽"])
    }

    func testLongUnspacedRunsTokenizeWhole() {
        let run = String(repeating: "padding-top:20px;", count: 5000)
        let text = ScalarText("css " + run + " end")
        let tokens = Tokenizer.tokenize(text, in: text.fullSpan)
        XCTAssertEqual(tokens.first?.text, "css")
        XCTAssertEqual(tokens.last?.text, "end")
        XCTAssertEqual(tokens.filter { $0.text == "padding-top" }.count, 5000)
    }

    func testSpansCountScalarsAndRespectTheRange() {
        let text = ScalarText("é café — naïve")
        let all = Tokenizer.tokenize(text, in: text.fullSpan)
        XCTAssertEqual(all.map(\.span), [TextSpan(0, 1), TextSpan(2, 6), TextSpan(7, 8), TextSpan(9, 14)])
        XCTAssertEqual(Tokenizer.tokenize(text, in: TextSpan(2, 8)).map(\.text), ["café", "—"])
    }
}
