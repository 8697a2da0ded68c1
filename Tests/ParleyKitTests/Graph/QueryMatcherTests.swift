import XCTest
@testable import ParleyKit

/// `QueryMatcher` on dated events: which terms an event answers by itself.
final class QueryMatcherTests: XCTestCase {
    /// One article: Anna Berg speaks about taxes; three events — a tax vote
    /// that mentions her (June 2021), a bridge opening that mentions her
    /// (2022), and a tax rise in a year not given (`XXXX-05`).
    private func graph() -> StatementGraph {
        let text = "Tax plans\nAnna Berg said taxes will rise. Anna Berg will lead the tax vote in June 2021. Anna Berg opens the bridge in 2022. Taxes rose in May."
        var analysis = Fixtures.analysis(source: "a.txt", text: text, [
            .init(speaker: "Anna Berg", content: "taxes will rise", topics: ["taxes"], date: "2021-06-04"),
        ])
        analysis.article.headline = "Tax plans"
        let anna = analysis.entities.first { $0.name == "Anna Berg" }!.id
        func event(_ clause: String, _ when: String, _ value: String, entities: [String]) -> Event {
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: text.range(of: clause)!.lowerBound)
            let span = TextSpan(start, start + clause.unicodeScalars.count)
            return Event(id: "\(analysis.article.id)-event-\(span.start)-\(span.end)", span: span, text: clause,
                         timex: TimeExpression(span: span, text: when, type: .date, value: value), entityIDs: entities)
        }
        analysis.events = [
            event("Anna Berg will lead the tax vote in June 2021.", "June 2021", "2021-06", entities: [anna]),
            event("Anna Berg opens the bridge in 2022.", "2022", "2022", entities: [anna]),
            event("Taxes rose in May.", "May", "XXXX-05", entities: []),
        ]
        return StatementGraph(analyses: [analysis])
    }

    private func matching(_ text: String) throws -> [String] {
        let g = graph()
        let query = try Query.parse(text)
        return g.events.filter { QueryMatcher.matches($0, query: query, in: g) }.map(\.timex.value)
    }

    func testPersonAndTopicMustBothHoldForAnEvent() throws {
        XCTAssertEqual(try matching("person:berg"), ["2021-06", "2022"], "person: asks who takes part in the event")
        XCTAssertEqual(try matching("person:berg topic:tax"), ["2021-06"], "the bridge is not about tax")
        XCTAssertEqual(try matching("topic:taxes"), ["XXXX-05"], "a topic matches whole words: \"tax\" is not \"taxes\"")
        XCTAssertEqual(try matching("person:ruiz"), [])
        XCTAssertEqual(try matching("mentions:anna bridge"), ["2022"])
    }

    func testDatesWordsSourcesAndStatementOnlyTerms() throws {
        XCTAssertEqual(try matching("after:2021-07"), ["2022"], "a year unknown is outside any bound")
        XCTAssertEqual(try matching("before:2021-06"), ["2021-06"])
        XCTAssertEqual(try matching("bridge OR vote"), ["2021-06", "2022"])
        XCTAssertEqual(try matching("plans -bridge"), ["2021-06", "XXXX-05"], "words search the headline too")
        XCTAssertEqual(try matching("source:a.txt"), ["2021-06", "2022", "XXXX-05"])
        XCTAssertEqual(try matching("source:b.txt"), [])
        XCTAssertEqual(try matching("said:said"), [], "only a statement has a cue")
        XCTAssertEqual(try matching("kind:direct"), [], "only a statement has a kind")
    }

    func testDateBounds() {
        var query = Query()
        XCTAssertTrue(QueryMatcher.date(nil, isWithin: query), "no bound: any date, or none")
        query.after = "2021-06"
        query.before = "2021-06"
        XCTAssertTrue(QueryMatcher.date("2021-06-30", isWithin: query))
        XCTAssertFalse(QueryMatcher.date("2021-07-01", isWithin: query))
        XCTAssertFalse(QueryMatcher.date("XXXX-06-16", isWithin: query))
        XCTAssertFalse(QueryMatcher.date(nil, isWithin: query))
    }

    func testContainsWords() {
        XCTAssertTrue(QueryMatcher.containsWords("the tax vote", "tax"))
        XCTAssertTrue(QueryMatcher.containsWords("tax.", "tax"))
        XCTAssertFalse(QueryMatcher.containsWords("taxes and syntax", "tax"))
        XCTAssertTrue(QueryMatcher.containsWords("syntax, then tax", "tax"), "a later whole-word occurrence counts")
        XCTAssertTrue(QueryMatcher.containsWords("the climate change bill", "climate change"))
        XCTAssertFalse(QueryMatcher.containsWords("anything", ""))
    }

    func testEventArticle() {
        let g = graph()
        XCTAssertEqual(g.events.first?.articleID(in: g), g.articles.keys.first)
    }
}
