import Foundation
import XCTest
@testable import ParleyKit

/// `TimexRecognizer.mayStart(at:)` lets the recognizer skip tokens where no pattern can start; it must never
/// skip one where a pattern matches. Checked token by token against `tryEveryPattern(at:)`, which tries every
/// pattern with no filter, on a text full of time expressions and on the corpora in ../shared.
final class TimexStartFilterTests: XCTestCase {
    /// Every token that the filter passes over has no match.
    func assertFilterKeepsEveryMatch(_ raw: String, name: String, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let text = ScalarText(raw)
        let sentences = SentenceSplitter.split(text)
        let tokens = TimeTokenizer.tokenize(text, sentences: sentences)
        var matches = 0
        for order in [NumericDateOrder.monthDay, .dayMonth] {
            let recognizer = TimexRecognizer(tokens: tokens, lexicon: .shared, numericOrder: order)
            for i in tokens.indices {
                let match = recognizer.tryEveryPattern(at: i)
                if match != nil { matches += 1 }
                if !recognizer.mayStart(at: i), let match {
                    let words = tokens[match.start..<min(match.end, tokens.count)].map(\.text).joined(separator: " ")
                    XCTFail("\(name): the start filter skips token \(i) \"\(tokens[i].text)\", where \"\(words)\" matches", file: file, line: line)
                }
            }
        }
        return matches
    }

    func testFilterKeepsMatchesOfManyForms() {
        let text = """
        On Friday, June 4, 2021, the day before yesterday, officials met. In the 1990s and the '90s, and in the 2010s,
        prices rose in the first quarter of 2021 and in Q1 2022. They meet twice a week, every other Monday, three times
        a year and daily. Half an hour later, three days ago, two weeks' time; for years; the past three years; in 7 days.
        At 4:49 p.m., at noon, at midnight, at 7 a.m. In the 21st century, last summer, this morning, later that day,
        earlier in the day, that same day, the 5th of May, the fifth of May, 2021-06-04, on 6/4, 04.06.2021, these days,
        recently, now, nowadays, currently, tonight, tomorrow evening, next week, the following month, the weekend,
        over the weekend, mid-June, early 2021, the end of the year, a 10-year plan, twenty-five years, a few days,
        per month, each year, once a day, the next morning, the previous evening, Sept. 5, Tues., the past, the future.
        """
        let matches = assertFilterKeepsEveryMatch(text, name: "sample")
        XCTAssertGreaterThan(matches, 40, "the sample should hold many time expressions")
    }

    func testFilterKeepsMatchesOnCorpora() throws {
        let corpora = GoldStatementDateTests.sharedFolder.appendingPathComponent("corpora")
        guard FileManager.default.fileExists(atPath: corpora.path) else { throw XCTSkip("../shared is absent: no corpora to check") }
        var files: [URL] = []
        for folder in ["bbc-politics", "translated-ru-news", "web-news-text", "polnear/dev/text"] {
            let url = corpora.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            files += names.filter { $0.hasSuffix(".txt") }.sorted().map { url.appendingPathComponent($0) }
        }
        var matches = 0
        for file in files {
            guard let raw = try? String(contentsOf: file, encoding: .utf8) else { continue }
            matches += assertFilterKeepsEveryMatch(raw, name: file.lastPathComponent)
        }
        XCTAssertGreaterThan(matches, 0)
    }
}
