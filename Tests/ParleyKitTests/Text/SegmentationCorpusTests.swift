import Foundation
import XCTest
@testable import ParleyKit

/// Invariants of paragraphs, sentences and tokens over the shared corpora (../shared/corpora).
final class SegmentationCorpusTests: XCTestCase {
    private func corpusTexts() throws -> [(String, ScalarText)] {
        var texts: [(String, ScalarText)] = []
        for folder in ["corpora/bbc-politics", "corpora/translated-ru-news", "corpora/web-news-text", "corpora/polnear/dev/text"] {
            let dir = try TextStageFixtures.url(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".txt") {
                guard let raw = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { continue }
                texts.append(("\(folder)/\(name)", ScalarText(TextNormalizer.normalize(raw))))
            }
        }
        return texts
    }

    func testSentencesCoverTheTextInsideTheirParagraphs() throws {
        for (name, text) in try corpusTexts() {
            let paragraphs = ParagraphSplitter.split(text)
            let sentences = SentenceSplitter.split(text)
            var covered = [Bool](repeating: false, count: text.count)
            var previousEnd = 0
            for sentence in sentences {
                XCTAssertGreaterThanOrEqual(sentence.span.start, previousEnd, "\(name): sentences overlap at \(sentence.span)")
                previousEnd = sentence.span.end
                XCTAssertTrue(paragraphs[sentence.paragraph].span.contains(sentence.span), "\(name): sentence \(sentence.span) leaves its paragraph")
                let body = text[sentence.span].unicodeScalars
                XCTAssertFalse(body.allSatisfy { ScalarClass.isQuote($0) || ScalarClass.isSpace($0) }, "\(name): quote marks alone at \(sentence.span)")
                for offset in sentence.span.start..<sentence.span.end { covered[offset] = true }
            }
            for (offset, scalar) in text.scalars.enumerated() where !covered[offset] {
                XCTAssertTrue(ScalarClass.isSpace(scalar), "\(name): scalar \(offset) in no sentence")
                if !ScalarClass.isSpace(scalar) { break }
            }
        }
    }

    func testTokensCoverEveryNonSpaceScalarOnce() throws {
        for (name, text) in try corpusTexts() {
            var covered = [Int](repeating: 0, count: text.count)
            for token in Tokenizer.tokenize(text, in: text.fullSpan) {
                XCTAssertFalse(token.text.unicodeScalars.contains(where: ScalarClass.isSpace), "\(name): white space in token \(token.text)")
                for offset in token.span.start..<token.span.end { covered[offset] += 1 }
            }
            let bad = text.scalars.indices.first { ScalarClass.isSpace(text.scalars[$0]) ? covered[$0] != 0 : covered[$0] != 1 }
            XCTAssertNil(bad, "\(name): scalar \(bad ?? -1) covered \(bad.map { covered[$0] } ?? 0) times")
        }
    }
}
