import Foundation
import XCTest
@testable import ParleyKit

/// Compares statement topics with the `topics` of the dev gold files (../shared/gold/dev).
///
/// Each gold statement's evidence is found in its article and the sentence
/// holding it is taken as the content; person mentions are the words of the
/// gold speakers' names. A gold topic counts as found when one of ours has
/// the same merge key (case and plural folded). Gold labels are partly
/// abstractive ("Blair-Brown rift"), so the bar is a floor against
/// regressions, not a target.
final class KeyphraseGoldTests: XCTestCase {
    private struct Gold: Decodable {
        struct Item: Decodable { let speaker: String?; let evidence: String?; let topics: [String]? }
        let article: String
        let statements: [Item]
    }

    func testTopicsAgreeWithGoldLabels() throws {
        let goldFolder = try TextStageFixtures.url("gold/dev")
        var found = 0, total = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: goldFolder.path).sorted() where name.hasSuffix(".json") {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldFolder.appendingPathComponent(name)))
            guard let path = SharedMaterial.goldArticle(named: gold.article) else { continue }
            let text = ScalarText(TextNormalizer.normalize(try String(contentsOf: path, encoding: .utf8)))
            let sentences = SentenceSplitter.split(text)
            let speakerWords = Set(gold.statements.compactMap(\.speaker).flatMap { $0.split(separator: " ").map(String.init) })
            let mentions = Tokenizer.tokenize(text, in: text.fullSpan)
                .filter { speakerWords.contains($0.text) && $0.text.first?.isUppercase == true }
                .map { Mention(span: $0.span, text: $0.text, kind: .person) }
            var statements: [Statement] = []
            var goldTopics: [[String]] = []
            for item in gold.statements {
                guard let evidence = item.evidence, let range = text.string.range(of: evidence) else { continue }
                let offset = text.string.unicodeScalars.distance(from: text.string.unicodeScalars.startIndex, to: range.lowerBound)
                guard let sentence = sentences.first(where: { $0.span.contains(offset: offset) }) else { continue }
                statements.append(Statement(articleID: name, source: nil, cue: nil, kind: .indirect, contentSpans: [sentence.span]))
                goldTopics.append(item.topics ?? [])
            }
            KeyphraseExtractor().assignTopics(to: &statements, text: text, mentions: mentions)
            for (statement, expected) in zip(statements, goldTopics) {
                XCTAssertTrue((1...5).contains(statement.topics.count), "\(name): \(statement.topics)")
                let keys = Set(statement.topics.map(KeyphraseExtractor.mergeKey))
                total += expected.count
                found += expected.filter { keys.contains(KeyphraseExtractor.mergeKey($0)) }.count
            }
        }
        print("gold topics found: \(found) of \(total)")
        XCTAssertGreaterThan(total, 0)
        XCTAssertGreaterThanOrEqual(Double(found), 0.2 * Double(total), "gold topics found: \(found) of \(total)")
    }
}
