import XCTest
@testable import ParleyKit

final class KeyphraseExtractorTests: XCTestCase {
    /// Spans of each occurrence of `needle` in `text`, in scalars.
    private func spans(of needle: String, in text: ScalarText) -> [TextSpan] {
        let n = Array(needle.unicodeScalars)
        var result: [TextSpan] = []
        var i = 0
        while i + n.count <= text.count {
            if Array(text.scalars[i..<(i + n.count)]) == n { result.append(TextSpan(i, i + n.count)); i += n.count } else { i += 1 }
        }
        return result
    }

    private func statement(_ content: String, in text: ScalarText) -> Statement {
        Statement(articleID: "test", source: nil, cue: "said", kind: .indirect, contentSpans: [spans(of: content, in: text)[0]])
    }

    private let article = ScalarText("""
    Hunting ban comes into force

    The hunting ban came into force on Friday, and police said they would enforce the hunting ban fairly.

    Chief Constable John Smith said officers would treat reports of illegal hunting seriously. "We will not tolerate breaches of the hunting ban by any hunts," Smith said.

    The Countryside Alliance said the hunting ban was unfair to rural communities in Wales, where rural communities depend on hunts.

    Smith said the police had no blanket policy.
    """)

    private func mentions(_ text: ScalarText) -> [Mention] {
        var result: [Mention] = []
        for span in spans(of: "John Smith", in: text) { result.append(Mention(span: span, text: "John Smith", kind: .person)) }
        for span in spans(of: "Smith", in: text) where !result.contains(where: { $0.span.contains(span) }) {
            result.append(Mention(span: span, text: "Smith", kind: .person))
        }
        for span in spans(of: "Countryside Alliance", in: text) { result.append(Mention(span: span, text: "Countryside Alliance", kind: .organisation)) }
        for span in spans(of: "Wales", in: text) { result.append(Mention(span: span, text: "Wales", kind: .place)) }
        return result
    }

    private func assignedTopics() -> [[String]] {
        var statements = [
            statement("they would enforce the hunting ban fairly", in: article),
            statement("We will not tolerate breaches of the hunting ban by any hunts", in: article),
            statement("the hunting ban was unfair to rural communities in Wales, where rural communities depend on hunts", in: article),
            statement("the police had no blanket policy", in: article),
        ]
        KeyphraseExtractor().assignTopics(to: &statements, text: article, mentions: mentions(article))
        return statements.map(\.topics)
    }

    func testEveryStatementGetsOneToFiveTopicsMainTopicFirst() {
        let topics = assignedTopics()
        for list in topics {
            XCTAssertTrue((1...5).contains(list.count), "\(list)")
            XCTAssertEqual(list.first, "hunting ban", "\(list)")
            XCTAssertEqual(Set(list).count, list.count, "duplicate topics in \(list)")
        }
    }

    func testStatementOwnTopicsFollow() {
        let topics = assignedTopics()
        XCTAssertTrue(topics[2].contains("rural community") || topics[2].contains("rural communities"), "\(topics[2])")
        XCTAssertTrue(topics[2].contains("Wales"), "places may be topics: \(topics[2])")
        XCTAssertTrue(topics[3].contains("blanket policy"), "\(topics[3])")
    }

    func testPersonNamesRolesAndVerbsAreNoTopics() {
        for list in assignedTopics() {
            for topic in list {
                XCTAssertFalse(topic.contains("Smith") || topic.contains("John"), "person name in \(list)")
                XCTAssertFalse(topic.contains("Constable"), "title in \(list)")
                XCTAssertFalse(topic.contains("tolerate") || topic.contains("enforce"), "verb in \(list)")
                XCTAssertFalse(topic.contains("fairly"), "adverb in \(list)")
            }
        }
    }

    func testLabelsAreLowerCaseExceptProperNounsAndAcronyms() {
        let text = ScalarText("""
        NATO leaders met in Brussels. The NATO summit discussed Ukraine and missile defence. \
        Officials said missile defence costs would rise. Ukraine asked for missile defence help.
        """)
        let phrases = KeyphraseExtractor().articleKeyphrases(text: text, mentions: []).map(\.label)
        XCTAssertTrue(phrases.contains("missile defence"), "\(phrases)")
        XCTAssertTrue(phrases.contains("Ukraine"), "\(phrases)")
        XCTAssertTrue(phrases.contains { $0.hasPrefix("NATO") }, "\(phrases)")
        XCTAssertFalse(phrases.contains { $0.hasPrefix("Officials") || $0.hasPrefix("officials") }, "\(phrases)")
    }

    func testPluralLabelOnlyWhenThePluralDominates() {
        let text = ScalarText("""
        The control orders were debated. Critics said control orders were unjust. \
        Ministers defended control orders again. The plan also covered a new tax credit.
        """)
        let phrases = KeyphraseExtractor().articleKeyphrases(text: text, mentions: []).map(\.label)
        XCTAssertTrue(phrases.contains("control orders"), "\(phrases)")
        XCTAssertTrue(phrases.contains("tax credit"), "\(phrases)")
    }

    func testSingular() {
        XCTAssertEqual(KeyphraseExtractor.singular("policies"), "policy")
        XCTAssertEqual(KeyphraseExtractor.singular("taxes"), "tax")
        XCTAssertEqual(KeyphraseExtractor.singular("orders"), "order")
        XCTAssertEqual(KeyphraseExtractor.singular("crisis"), "crisis")
        XCTAssertEqual(KeyphraseExtractor.singular("politics"), "politics")
        XCTAssertEqual(KeyphraseExtractor.singular("news"), "news")
        XCTAssertEqual(KeyphraseExtractor.singular("UKIP"), "UKIP")
    }

    func testWeightsMergeVariantLabels() {
        func statement(_ topics: [String], at offset: Int) -> Statement {
            Statement(articleID: "a", source: nil, cue: nil, kind: .direct, contentSpans: [TextSpan(offset, offset + 1)], topics: topics)
        }
        let statements = [
            statement(["control orders", "judges"], at: 0),
            statement(["Control orders", "control orders"], at: 2),
            statement(["control order", "Judges"], at: 4),
            statement(["judges", "judge"], at: 6),
        ]
        XCTAssertEqual(KeyphraseExtractor.mergeKey("Control-Orders"), "control order")
        let weights = KeyphraseExtractor.weights(statements)
        XCTAssertEqual(Set(weights.keys), ["control orders", "judges"])
        XCTAssertEqual(weights["control orders"] ?? 0, 3.0, accuracy: 1e-9)
        XCTAssertEqual(weights["judges"] ?? 0, 0.5 + 0.5 + 1.0, accuracy: 1e-9)

        var merged = statements
        KeyphraseExtractor.mergeVariants(&merged)
        XCTAssertEqual(merged.map(\.topics), [["control orders", "judges"], ["control orders"], ["control orders", "judges"], ["judges"]])
    }

    func testAcronymsMergeWithTheOnePhraseTheySpell() {
        func statement(_ topics: [String], at offset: Int) -> Statement {
            Statement(articleID: "a", source: nil, cue: nil, kind: .direct, contentSpans: [TextSpan(offset, offset + 1)], topics: topics)
        }
        let statements = [
            statement(["United States", "trade"], at: 0),
            statement(["U.S."], at: 2),
            statement(["US", "trade"], at: 4),
            statement(["United States"], at: 6),
            statement(["EU"], at: 8),
            statement(["European Union"], at: 10),
            statement(["Eastern Ukraine"], at: 12),
            statement(["BBC"], at: 14),
        ]
        let canonical = KeyphraseExtractor.canonicalLabels(statements)
        XCTAssertEqual(canonical["U.S."], "United States")
        XCTAssertEqual(canonical["US"], "United States")
        // two phrases spell EU: no merge rather than a guess
        XCTAssertEqual(canonical["EU"], "EU")
        XCTAssertEqual(canonical["European Union"], "European Union")
        XCTAssertEqual(canonical["BBC"], "BBC")
        XCTAssertEqual(KeyphraseExtractor.acronymLetters("U.S."), "us")
        XCTAssertNil(KeyphraseExtractor.acronymLetters("Labour"))
        XCTAssertEqual(KeyphraseExtractor.titleCaseInitials("Department of Justice"), "dj")
        XCTAssertNil(KeyphraseExtractor.titleCaseInitials("tax credits"))
    }

    func testPossessiveTitleIsNoTopic() {
        let text = ScalarText("""
        Plan unveiled

        The President's plan for roads was praised. "The President's plan will fix our roads," Ana Berg said.
        """)
        var statements = [statement("The President's plan will fix our roads", in: text)]
        KeyphraseExtractor().assignTopics(to: &statements, text: text, mentions: mentions(text))
        XCTAssertFalse(statements[0].topics.contains { $0.lowercased().hasPrefix("president") }, "\(statements[0].topics)")
        XCTAssertFalse(statements[0].topics.isEmpty)
    }

    func testNoStatementsAndEmptyContent() {
        var none: [Statement] = []
        KeyphraseExtractor().assignTopics(to: &none, text: article, mentions: [])
        XCTAssertTrue(none.isEmpty)
        var statements = [statement("Smith said", in: article)]
        KeyphraseExtractor().assignTopics(to: &statements, text: article, mentions: mentions(article))
        XCTAssertEqual(statements[0].topics, ["hunting ban"])
    }
}
