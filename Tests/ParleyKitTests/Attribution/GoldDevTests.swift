import Foundation
import XCTest
@testable import ParleyKit

/// Scores the stage against the gold statements in `../shared/gold/dev` the way
/// `../shared/tools/score` does: a statement is found when its content contains the
/// gold evidence (case, punctuation and spacing ignored), and attributed when its
/// speaker is the gold name or one of that person's or source's aliases.
final class GoldDevTests: XCTestCase {
    static var shared: URL { SharedMaterial.root }

    static func norm(_ s: String) -> String {
        var out = ""
        for c in s.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            if "\u{2018}\u{2019}\u{201A}\u{201B}\u{2032}`".unicodeScalars.contains(c) { out.unicodeScalars.append("'"); continue }
            out.unicodeScalars.append(c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" ? c : " ")
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    static func nameNorm(_ s: String) -> String {
        var n = norm(s)
        for article in ["the ", "a ", "an "] where n.hasPrefix(article) { n.removeFirst(article.count) }
        return n
    }

    /// (found and attributed, required gold, predicted minus optional hits) for one gold file.
    func score(goldURL: URL) throws -> (attributed: Int, gold: Int, predicted: Int)? {
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: goldURL)) as! [String: Any]
        let name = gold["article"] as! String
        guard let url = SharedMaterial.goldArticle(named: name) else { return nil }
        let article = Article(source: url.path, text: TextNormalizer.normalize(try String(contentsOf: url, encoding: .utf8)))
        let text = ScalarText(article.text)
        let result = AttributionAnalyzer().analyze(text: text, sentences: SentenceSplitter.split(text), articleID: "g", bodyStart: article.bodyStart)
        let predicted = result.statements.map { (Self.norm($0.contentSpans.map { text[$0] }.joined(separator: " ")), Self.nameNorm($0.source?.name ?? "")) }
        var entries: [[String: Any]] = []
        for key in ["people", "sources"] { entries += (gold[key] as? [[String: Any]]) ?? [] }
        var statements = gold["statements"] as! [[String: Any]]
        statements.sort { !(($0["optional"] as? Bool) ?? false) && (($1["optional"] as? Bool) ?? false) }
        var used = Set<Int>()
        var attributed = 0, required = 0, optionalHits = 0
        for g in statements {
            let optional = (g["optional"] as? Bool) ?? false
            if !optional { required += 1 }
            let evidence = Self.norm(g["evidence"] as! String)
            guard let hit = predicted.indices.first(where: { !used.contains($0) && predicted[$0].0.contains(evidence) }) else { continue }
            used.insert(hit)
            if optional { optionalHits += 1; continue }
            let speaker = g["speaker"] as! String
            var names: Set<String> = [Self.nameNorm(speaker)]
            for a in (g["speaker_aliases"] as? [String]) ?? [] { names.insert(Self.nameNorm(a)) }
            for e in entries where Self.nameNorm(e["name"] as? String ?? "") == Self.nameNorm(speaker) {
                for a in (e["aliases"] as? [String]) ?? [] { names.insert(Self.nameNorm(a)) }
            }
            if names.contains(predicted[hit].1) { attributed += 1 }
        }
        return (attributed, required, predicted.count - optionalHits)
    }

    func testAttributionF1OnGoldDev() throws {
        let folder = Self.shared.appendingPathComponent("gold/dev")
        guard FileManager.default.fileExists(atPath: folder.path) else { throw XCTSkip("../shared is absent: no gold to score against") }
        var attributed = 0, gold = 0, predicted = 0
        var seed: (Int, Int, Int)?
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".json") {
            guard let s = try score(goldURL: folder.appendingPathComponent(file)) else { continue }
            attributed += s.attributed; gold += s.gold; predicted += s.predicted
            if file.hasPrefix("000_") { seed = s }
        }
        let p = Double(attributed) / Double(max(1, predicted)), r = Double(attributed) / Double(max(1, gold))
        let f1 = p + r == 0 ? 0 : 2 * p * r / (p + r)
        XCTAssertGreaterThanOrEqual(f1, 0.85, "attribution F1 over gold/dev \(f1) \(attributed)/\(gold)/\(predicted)")
        if let (a, g, pr) = seed {
            let sp = Double(a) / Double(max(1, pr)), sr = Double(a) / Double(max(1, g))
            XCTAssertGreaterThanOrEqual(sp + sr == 0 ? 0 : 2 * sp * sr / (sp + sr), 0.95, "attribution F1 on the seed")
        }
    }
}
