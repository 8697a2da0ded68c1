import XCTest
@testable import ParleyKit

final class StatementGraphTests: XCTestCase {
    private func graph() -> StatementGraph {
        let a = Fixtures.analysis(source: "a.txt", text: "Anna Berg said taxes will rise again next year. Tom Ruiz said schools need money now.", [
            .init(speaker: "Anna Berg", content: "taxes will rise again next year", topics: ["taxes"], date: "2021-06-04"),
            .init(speaker: "Tom Ruiz", content: "schools need money now", topics: ["schools", "taxes"], date: "2021-06-02"),
        ])
        let b = Fixtures.analysis(source: "b.txt", text: "Berg said the budget is balanced at last. Berg said taxes will rise again next year.", [
            .init(speaker: "Berg", content: "the budget is balanced at last", topics: ["budget"], date: "2021-06-05"),
            .init(speaker: "Berg", content: "taxes will rise again next year", topics: ["taxes"]),
        ])
        return StatementGraph(analyses: [a, b])
    }

    func testTimelineOrderPutsUndatedLast() {
        let g = graph()
        XCTAssertEqual(g.statements.map { $0.date.value }, ["2021-06-02", "2021-06-04", "2021-06-05", nil])
    }

    func testSurnameInOneArticleJoinsFullNameInAnother() {
        let g = graph()
        XCTAssertEqual(g.statements.filter { $0.source?.name == "Anna Berg" }.count, 3)
        XCTAssertEqual(g.entities["person:anna berg"]?.aliases, ["Berg"])
        XCTAssertNil(g.entities["person:berg"])
        XCTAssertEqual(g.speakers.first?.name, "Anna Berg")
        XCTAssertEqual(g.speakers.first?.count, 3)
    }

    func testTopicVariantsMergeAcrossArticlesAndAreWeighed() {
        let a = Fixtures.analysis(source: "a.txt", text: "Anna Berg said the tax credits will stay. Tom Ruiz said schools need money.", [
            .init(speaker: "Anna Berg", content: "the tax credits will stay", topics: ["tax credits", "schools"]),
            .init(speaker: "Tom Ruiz", content: "schools need money", topics: ["schools"]),
        ])
        let b = Fixtures.analysis(source: "b.txt", text: "Lena Dahl said the tax credit was cut. Lena Dahl said schools wait.", [
            .init(speaker: "Lena Dahl", content: "the tax credit was cut", topics: ["tax credit"]),
            .init(speaker: "Lena Dahl", content: "schools wait", topics: ["Schools"]),
        ])
        let g = StatementGraph(analyses: [a, b])
        // one label per topic over the whole corpus: the variant most statements use (on a tie, the shorter)
        XCTAssertEqual(Set(g.statements.flatMap(\.topics)), ["tax credit", "schools"])
        XCTAssertEqual(g.topicWeights["schools"] ?? 0, 0.5 + 1 + 1, accuracy: 1e-9)
        XCTAssertEqual(g.topicWeights["tax credit"] ?? 0, 2, accuracy: 1e-9)
        // most statements first, then heaviest
        XCTAssertEqual(g.topics.map(\.label), ["schools", "tax credit"])
        XCTAssertEqual(g.topics.map(\.count), [3, 2])
        let c = Fixtures.analysis(source: "c.txt", text: "Ana Lind said ports and roads matter. Ana Lind said roads and ports matter.", [
            .init(speaker: "Ana Lind", content: "ports and roads matter", topics: ["roads", "ports"]),
            .init(speaker: "Ana Lind", content: "roads and ports matter", topics: ["roads", "ports"]),
        ])
        // two statements each, but "roads" leads both: it weighs more, and comes before "ports" despite the alphabet
        XCTAssertEqual(StatementGraph(analyses: [c]).topics.map(\.label), ["roads", "ports"])
    }

    func testAmbiguousSurnameIsNotMerged() {
        let a = Fixtures.analysis(source: "a.txt", text: "Anna Berg said yes. Olof Berg said no. Berg said maybe.", [
            .init(speaker: "Anna Berg", content: "yes"), .init(speaker: "Olof Berg", content: "no"), .init(speaker: "Berg", content: "maybe"),
        ])
        XCTAssertNotNil(StatementGraph(analyses: [a]).entities["person:berg"])
    }

    func testLinksBySpeakerTopicAndSameQuote() {
        let g = graph()
        let ruiz = g.statements[0]
        XCTAssertEqual(ruiz.source?.name, "Tom Ruiz")
        XCTAssertTrue(ruiz.links.contains { $0.kind == .sameTopic && $0.label == "taxes" })
        XCTAssertFalse(ruiz.links.contains { $0.kind == .sameSpeaker })
        let bergA = g.statements[1]
        XCTAssertTrue(bergA.links.contains { $0.kind == .sameSpeaker && $0.to == g.statements[2].id })
        XCTAssertTrue(bergA.links.contains { $0.kind == .sameQuote && $0.to == g.statements[3].id })
        // Every link points at a statement that exists.
        for s in g.statements { for link in s.links { XCTAssertNotNil(g.statement(id: link.to)) } }
    }

    func testSurnameJoinsTheCandidateThatSharesItsRole() {
        let merged = CorpusEntityMerger.merge([
            Entity(kind: .person, name: "Anna Berg", roles: ["Mayor"], gender: .female),
            Entity(kind: .person, name: "Olof Berg", roles: ["son"], gender: .male),
            Entity(kind: .person, name: "Berg", roles: ["mayor"]),
        ])
        XCTAssertEqual(merged.canonicalID["person:berg"], "person:anna berg")
    }

    func testSurnameJoinsTheCandidateOfClearlyMostArticlesOrOfTheSameGender() {
        var entities = Array(repeating: Entity(kind: .person, name: "Anna Berg"), count: 4)
        entities += [Entity(kind: .person, name: "Olof Berg"), Entity(kind: .person, name: "Berg")]
        XCTAssertEqual(CorpusEntityMerger.merge(entities).canonicalID["person:berg"], "person:anna berg")
        let byGender = CorpusEntityMerger.merge([Entity(kind: .person, name: "Anna Berg", gender: .female),
                                                 Entity(kind: .person, name: "Olof Berg", gender: .male),
                                                 Entity(kind: .person, name: "Berg", gender: .male)])
        XCTAssertEqual(byGender.canonicalID["person:berg"], "person:olof berg")
    }

    func testAllCapitalNameGivesWayToMixedCase() {
        let merged = CorpusEntityMerger.merge([Entity(kind: .person, name: "RUIZ"), Entity(kind: .person, name: "Ruiz")])
        XCTAssertEqual(merged.entities["person:ruiz"]?.name, "Ruiz")
    }

    func testUnnamedSourcesAreTheSameSpeakerOnlyWithinOneArticle() {
        let a = Fixtures.analysis(source: "a.txt", text: "The statement said prices rose. The statement said wages fell.", [
            .init(speaker: "statement", kind: .unnamed, content: "prices rose", date: "2021-06-01"),
            .init(speaker: "statement", kind: .unnamed, content: "wages fell", date: "2021-06-01"),
        ])
        let b = Fixtures.analysis(source: "b.txt", text: "The statement said rents doubled.", [
            .init(speaker: "statement", kind: .unnamed, content: "rents doubled", date: "1987-03-02"),
        ])
        let g = StatementGraph(analyses: [a, b])
        let old = g.statements.first { $0.articleID == b.article.id }!
        XCTAssertFalse(old.links.contains { $0.kind == .sameSpeaker })
        let inA = g.statements.filter { $0.articleID == a.article.id }
        XCTAssertTrue(inA[0].links.contains { $0.kind == .sameSpeaker && $0.to == inA[1].id })
    }

    func testReplyMarkerLinksToThePreviousOtherSpeaker() {
        let a = Fixtures.analysis(source: "a.txt", text: "Anna Berg said the plan fails. In turn, Tom Ruiz said the plan works.", [
            .init(speaker: "Anna Berg", content: "the plan fails"), .init(speaker: "Tom Ruiz", content: "the plan works"),
        ])
        let g = StatementGraph(analyses: [a])
        let reply = g.statements.first { $0.source?.name == "Tom Ruiz" }!
        XCTAssertEqual(reply.links.filter { $0.kind == .reply }.map(\.label), ["Anna Berg"])
    }

    func testMatchingQueries() throws {
        let g = graph()
        XCTAssertEqual(g.matching(try Query.parse("person:berg")).count, 3)
        XCTAssertEqual(g.matching(try Query.parse("topic:taxes")).count, 3)
        XCTAssertEqual(g.matching(try Query.parse("person:ruiz topic:taxes")).count, 1)
        XCTAssertEqual(g.matching(try Query.parse("after:2021-06-04 before:2021-06-04")).count, 1)
        XCTAssertEqual(g.matching(try Query.parse("budget OR schools")).count, 2)
        XCTAssertEqual(g.matching(try Query.parse("taxes -Ruiz")).count, 2)
        XCTAssertEqual(g.matching(try Query.parse("source:b.txt")).count, 2)
        XCTAssertEqual(g.matching(Query()).count, 4)
    }
}

/// `StatementLinker.normalizedWords` answers as the plain definition: lowercase, then split at every scalar that
/// is neither alphabetic nor numeric.
final class NormalizedWordsTests: XCTestCase {
    private func reference(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    func testAgreesWithTheDefinition() {
        for text in ["Hello, WORLD! It's 2021.", "Ünïcode İstanbul \u{212A}elvin ½ x² ΣΟΦΙΑ σοφία", "naïve café\u{301} — “quoted” text",
                     "", "   ", "ДУМА заявила 5 июня", "中文 字 123abc", "e\u{301}\u{301}x", "tab\there\nnew-line"] {
            XCTAssertEqual(StatementLinker.normalizedWords(text), reference(text), text)
        }
    }
}
