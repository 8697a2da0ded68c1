import Foundation
import XCTest
@testable import ParleyKit

/// Dates statements placed over the gold evidence of ../shared/gold/dev and compares them with the gold dates.
///
/// The attribution stage is not used: for each gold statement a `Statement` is built by hand — its content runs
/// from the evidence to the end of its sentence (or from the sentence start to the evidence when the cue follows),
/// its cue is the gold cue found in that sentence or a neighbouring one, its source the gold speaker — and the
/// dater runs with the real sentence splitter, tagger and DCT finder. Dates are compared at the gold's granularity,
/// as ../shared/tools/score does; a null gold date must get no date.
final class GoldStatementDateTests: XCTestCase {
    /// The day the DCT finder counts "not in the future" from; fixed, so that the test does not depend on the clock.
    static let today = CalendarDate(year: 2026, month: 11, day: 30)

    static var sharedFolder: URL { SharedMaterial.root }

    struct GoldStatement: Decodable {
        let speaker: String
        let cue: String?
        let date: String?
        let evidence: String
        let optional: Bool?
    }
    struct GoldPerson: Decodable { let name: String }
    struct GoldEvent: Decodable {
        let evidence: String
        let date: String?
    }
    struct GoldFile: Decodable {
        let events: [GoldEvent]?
        let article: String
        let published: String?
        let statements: [GoldStatement]
        let people: [GoldPerson]?
    }

    struct Score {
        var right = 0
        var total = 0
        var rightWithOptional = 0
        var totalWithOptional = 0
    }

    /// Finds an article of the gold in ../shared (seeds first, then the corpora).
    func articleURL(_ name: String) -> URL? { SharedMaterial.goldArticle(named: name) }

    /// Scalar offset of `needle` in `haystack` at or after `from`, case-insensitive, whole words.
    static func find(_ needle: String, in text: ScalarText, within span: TextSpan) -> [TextSpan] {
        let n = Array(needle.lowercased().unicodeScalars)
        guard !n.isEmpty else { return [] }
        let s = text.scalars
        var result: [TextSpan] = []
        var i = span.start
        while i + n.count <= span.end {
            var ok = true
            for k in 0..<n.count where Character(s[i + k]).lowercased() != Character(n[k]).lowercased() { ok = false; break }
            if ok {
                let before = i == 0 || !s[i - 1].properties.isAlphabetic
                let after = i + n.count >= s.count || !s[i + n.count].properties.isAlphabetic
                if before && after { result.append(TextSpan(i, i + n.count)) }
            }
            i += 1
        }
        return result
    }

    /// Builds the statements of a gold file over `text`.
    static func statements(for gold: GoldFile, text: ScalarText, sentences: [Sentence], articleID: String) -> [(Statement, GoldStatement)] {
        let people = Set((gold.people ?? []).map(\.name))
        var result: [(Statement, GoldStatement)] = []
        for g in gold.statements {
            guard let evidence = find(g.evidence, in: text, within: text.fullSpan).first ?? {
                // evidence that starts or ends with punctuation: plain search
                guard let r = text.string.range(of: g.evidence) else { return nil }
                let start = text.string.unicodeScalars.distance(from: text.string.unicodeScalars.startIndex, to: r.lowerBound)
                return TextSpan(start, start + g.evidence.unicodeScalars.count)
            }() else { continue }
            guard let si = sentences.firstIndex(where: { $0.span.contains(offset: evidence.start) }) else { continue }
            let sentence = sentences[si].span
            var cueSpan: TextSpan?
            if let cue = g.cue {
                let here = find(cue, in: text, within: sentence).filter { !$0.overlaps(evidence) }
                cueSpan = here.min { abs($0.start - evidence.start) < abs($1.start - evidence.start) }
                if cueSpan == nil {
                    for other in [si + 1, si + 2, si - 1] where other >= 0 && other < sentences.count && sentences[other].paragraph == sentences[si].paragraph {
                        if let hit = find(cue, in: text, within: sentences[other].span).first { cueSpan = hit; break }
                    }
                }
            }
            var content = sentence
            if let cue = cueSpan, sentence.contains(cue) {
                if cue.end <= evidence.start {
                    content = TextSpan(evidence.start, sentence.end)
                } else {
                    var end = evidence.end
                    for k in evidence.end..<cue.start where ["”", "\"", "“", "’"].contains(text.scalars[k]) { end = k + 1 }
                    content = TextSpan(sentence.start, end)
                }
            }
            let source = Source(name: g.speaker, kind: people.contains(g.speaker) ? .person : .organisation)
            let statement = Statement(articleID: articleID, source: source, cue: g.cue, cueSpan: cueSpan,
                                      kind: .indirect, contentSpans: [content], sentenceIndices: [si])
            result.append((statement, g))
        }
        return result.sorted { $0.0.span.start < $1.0.span.start }
    }

    /// Gold events found: an event whose text and the gold evidence contain one another (case ignored) and whose
    /// value starts with the gold date.
    var eventsFound = 0
    var eventsTotal = 0

    func score(goldURL: URL) throws -> (Score, DocumentCreationTime?, String?) {
        let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: goldURL))
        guard let url = articleURL(gold.article) else { throw XCTSkip("article \(gold.article) not found in ../shared") }
        let raw = try String(contentsOf: url, encoding: .utf8)
        let article = Article(source: url.path, text: raw)
        let text = ScalarText(raw)
        let sentences = SentenceSplitter.split(text)
        let dct = DocumentCreationTimeFinder.find(article: article, text: text, sentences: sentences, today: Self.today)
        let timexes = TimeTagger().tag(text: text, sentences: sentences, dct: dct)
        let pairs = Self.statements(for: gold, text: text, sentences: sentences, articleID: article.id)
        var statements = pairs.map(\.0)
        StatementDater.assignDates(to: &statements, timexes: timexes, sentences: sentences, text: text, dct: dct)
        var score = Score()
        for (statement, g) in zip(statements, pairs.map(\.1)) {
            let value = statement.date.value
            let right: Bool
            if let want = g.date { right = value.map { $0.hasPrefix(want) && ($0.count == want.count || want.count == 10 || $0.dropFirst(want.count).first == "-") } ?? false }
            else { right = value == nil }
            let optional = g.optional ?? false
            if !optional { score.total += 1; if right { score.right += 1 } }
            score.totalWithOptional += 1
            if right { score.rightWithOptional += 1 }
            if !right {
                print("gold dates, \(gold.article): \(optional ? "(optional) " : "")\"\(g.evidence)\" [\(g.speaker)] want \(g.date ?? "null"), got \(value ?? "null") (\(statement.date.source.rawValue) \(statement.date.text ?? ""))")
            }
        }
        XCTAssertEqual(pairs.count, gold.statements.count, "\(gold.article): some gold evidence was not found in the article")
        let events = StatementDater.events(articleID: article.id, timexes: timexes, sentences: sentences, text: text,
                                           statements: statements, mentions: [])
        for g in gold.events ?? [] {
            eventsTotal += 1
            let evidence = g.evidence.lowercased()
            let hit = events.first { e in
                let t = e.text.lowercased()
                return (t.contains(evidence) || evidence.contains(t) || evidence.contains(e.timex.text.lowercased()) && t.contains(e.timex.text.lowercased()))
                    && g.date.map { e.timex.value.hasPrefix($0) } ?? true
            }
            if hit != nil { eventsFound += 1 } else {
                print("gold events, \(gold.article): missed \"\(g.evidence)\" \(g.date ?? "null"); have \(events.map { "\($0.timex.text)=\($0.timex.value)" })")
            }
        }
        return (score, dct, gold.published)
    }

    func testSeedAndDevGoldDates() throws {
        let goldFolder = Self.sharedFolder.appendingPathComponent("gold/dev")
        guard FileManager.default.fileExists(atPath: goldFolder.path) else {
            throw XCTSkip("../shared is absent: no gold/dev to check statement dates against")
        }
        let files = try FileManager.default.contentsOfDirectory(at: goldFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        var all = Score()
        var dated = Score()
        for file in files {
            let (s, dct, published) = try score(goldURL: file)
            let rate = s.total == 0 ? 1 : Double(s.right) / Double(s.total)
            print(String(format: "gold dates, %@: %d/%d required right (%.2f), %d/%d with optional; DCT %@ (%@), gold published %@",
                         file.lastPathComponent, s.right, s.total, rate, s.rightWithOptional, s.totalWithOptional,
                         dct?.value ?? "none", dct?.provenance.rawValue ?? "-", published ?? "null"))
            if let published { XCTAssertEqual(dct?.value, published, "\(file.lastPathComponent): DCT") }
            all.right += s.right; all.total += s.total
            all.rightWithOptional += s.rightWithOptional; all.totalWithOptional += s.totalWithOptional
            let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: file))
            if gold.statements.contains(where: { $0.date != nil }) {
                dated.right += s.right; dated.total += s.total
                XCTAssertGreaterThanOrEqual(rate, 0.85, "\(file.lastPathComponent): share of gold dates right")
            }
        }
        print(String(format: "gold dates, all dev files: %d/%d required right (%.3f), %d/%d with optional; files with dated statements: %d/%d (%.3f)",
                     all.right, all.total, Double(all.right) / Double(max(1, all.total)), all.rightWithOptional, all.totalWithOptional,
                     dated.right, dated.total, Double(dated.right) / Double(max(1, dated.total))))
        XCTAssertGreaterThanOrEqual(Double(all.right) / Double(max(1, all.total)), 0.85)
        print("gold events: \(eventsFound)/\(eventsTotal) found with their date")
        XCTAssertGreaterThanOrEqual(Double(eventsFound), 0.8 * Double(eventsTotal))
    }
}
