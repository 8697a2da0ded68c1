import Foundation
import XCTest
@testable import ParleyKit

/// Runs the time stage over every plain-text article of ../shared/corpora: it must not trap, every span must lie
/// in the text and match its `text`, and values must be well-formed TIMEX3. Prints a sample for reading.
final class CorpusSweepTests: XCTestCase {
    func testTaggerOverCorpora() throws {
        let shared = GoldStatementDateTests.sharedFolder.appendingPathComponent("corpora")
        guard FileManager.default.fileExists(atPath: shared.path) else { throw XCTSkip("../shared is absent: no corpora to sweep") }
        var files: [URL] = []
        for folder in ["bbc-politics", "translated-ru-news", "web-news-text", "polnear/dev/text"] {
            let url = shared.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            files += names.filter { $0.hasSuffix(".txt") }.sorted().map { url.appendingPathComponent($0) }
        }
        var counts: [TimexType: Int] = [:]
        var dcts: [DocumentCreationTime.Provenance: Int] = [:]
        let wellFormed = try NSRegularExpression(pattern: #"^([0-9X]{2,4}(-([0-9X]{2}|W[0-9X]{2}|Q[1-4]|H[12]|SP|SU|FA|WI)(-([0-9X]{2}|[1-7]|WE))?)?(T([0-9]{2}:[0-9]{2}|MO|MI|AF|EV|NI))?|T(MO|MI|AF|EV|NI)|P[0-9X.]+(Y|M|W|D|DE|CE)|PT[0-9X]+(H|M|S)|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX-WXX-[1-7](T(MO|MI|AF|EV|NI))?)$"#)
        let tagger = TimeTagger()
        var samples: [String] = []
        for file in files {
            guard let raw = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let article = Article(source: file.path, text: raw)
            let text = ScalarText(raw)
            let sentences = SentenceSplitter.split(text)
            let dct = DocumentCreationTimeFinder.find(article: article, text: text, sentences: sentences, today: GoldStatementDateTests.today)
            if let dct { dcts[dct.provenance, default: 0] += 1 }
            let timexes = tagger.tag(text: text, sentences: sentences, dct: dct)
            for t in timexes {
                counts[t.type, default: 0] += 1
                XCTAssertTrue(t.span.end <= text.count && t.span.start < t.span.end, "\(file.lastPathComponent): span \(t.span)")
                XCTAssertEqual(text[t.span], t.text)
                let range = NSRange(t.value.startIndex..., in: t.value)
                XCTAssertNotNil(wellFormed.firstMatch(in: t.value, range: range), "\(file.lastPathComponent): value \(t.value) of \(t.text)")
                if samples.count < 400, samples.count % 1 == 0, file.path.contains(ProcessInfo.processInfo.environment["SWEEP_SAMPLE"] ?? "\u{0}") {
                    samples.append("\(file.lastPathComponent.prefix(30)) | \(t.text) | \(t.type.rawValue) | \(t.value)")
                }
            }
            var statements: [Statement] = []
            StatementDater.assignDates(to: &statements, timexes: timexes, sentences: sentences, text: text, dct: dct)
            _ = StatementDater.events(articleID: article.id, timexes: timexes, sentences: sentences, text: text, statements: statements, mentions: [])
        }
        print("corpus sweep: \(files.count) files; timexes \(counts.map { "\($0.key.rawValue) \($0.value)" }.sorted()); DCT \(dcts.map { "\($0.key.rawValue) \($0.value)" }.sorted())")
        for s in samples { print("sample: \(s)") }
        XCTAssertGreaterThan(files.count, 0)
    }
}
