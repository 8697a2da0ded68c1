import XCTest
@testable import ParleyKit
@testable import ParleyTUI

/// Statements with no date of their own stand under their article's
/// publication date, marked `≤`; only those whose article has no date either stay last.
final class TimelinePlacementTests: XCTestCase {
    /// Two articles. "wire.txt", published 2021-06-05: Anna Berg on
    /// 2021-06-04 (a date of her own), Omar Diaz with none, and an event on
    /// 2021-06-05. "note.txt", with no publication date: Lea Roth with none.
    static let graph: StatementGraph = {
        func analysis(source: String, text: String, published: String?, statements: [(String, String, String?)],
                      events: [(String, String, String)] = []) -> ArticleAnalysis {
            let article = Article(source: source, text: text)
            var analysis = Pipeline().analyze(article)
            analysis.article.published = published.map { DocumentCreationTime(value: $0, provenance: .metadata) }
            analysis.mentions = []
            analysis.entities = statements.map { Entity(kind: .person, name: $0.0) }
            analysis.statements = statements.map { speaker, content, date in
                Statement(articleID: article.id,
                          source: Source(name: speaker, entityID: Entity.identifier(kind: .person, name: speaker), span: Fixtures.span(of: speaker, in: text)),
                          cue: "said", kind: .direct, contentSpans: [Fixtures.span(of: content, in: text)],
                          date: date.map { StatementDate(value: $0, source: .explicit) } ?? .unknown, topics: ["trade"])
            }
            analysis.events = events.map { clause, when, value in
                let whenSpan = Fixtures.span(of: when, in: text)
                return Event(id: "\(article.id)-event-\(whenSpan.start)-\(whenSpan.end)", span: Fixtures.span(of: clause, in: text), text: clause,
                             timex: TimeExpression(span: whenSpan, text: when, type: .date, value: value))
            }
            return analysis
        }
        let wire = analysis(source: "wire.txt", text: """
            Trade talks
            Anna Berg said on Friday: "Talks went well."
            Omar Diaz said: "Tariffs stay."
            The vote is today, June 5.
            """, published: "2021-06-05",
            statements: [("Anna Berg", "Talks went well.", "2021-06-04"), ("Omar Diaz", "Tariffs stay.", nil)],
            events: [("The vote is today, June 5.", "June 5", "2021-06-05")])
        let note = analysis(source: "note.txt", text: """
            A note
            Lea Roth said: "No comment."
            """, published: nil, statements: [("Lea Roth", "No comment.", nil)])
        return StatementGraph(analyses: [note, wire])
    }()

    private func headings(_ state: AppState) -> [String] {
        TimelinePane.rows(state).compactMap { if case .day(let heading) = $0 { return heading } else { return nil } }
    }

    private func speakers(_ state: AppState) -> [String] {
        state.items.compactMap { if case .statement(let index) = $0 { return state.graph.statements[index].source?.name } else { return nil } }
    }

    func testUndatedStatementsStandUnderTheirArticlesPublicationDay() {
        let state = Fixtures.state(Self.graph, 120, 40)
        XCTAssertEqual(headings(state), ["Fri 2021-06-04", "Sat 2021-06-05", "≤ Sat 2021-06-05 · undated, published", "undated"])
        XCTAssertEqual(speakers(state), ["Anna Berg", "Omar Diaz", "Lea Roth"])
        // The event of June 5 stands under the day's own heading, before the statement placed by publication.
        let rows = TimelinePane.rows(state)
        XCTAssertEqual(rows[2], .day("Sat 2021-06-05"))
        if case .entry(let position) = rows[3], case .event = state.items[position] {} else { XCTFail("\(rows)") }
        // The statement's own date stays empty: the export keeps "date": null.
        let omar = Self.graph.statements.first { $0.source?.name == "Omar Diaz" }
        XCTAssertNil(omar?.date.value)
        XCTAssertEqual(omar.map { TimelinePlacement.of($0, in: Self.graph) }, .published("2021-06-05"))
        assertSnapshot(Fixtures.screen(state), named: "placed-by-publication-120x40")
    }

    func testTheStatementPaneSaysItIsPlacedNotSaid() {
        var state = Fixtures.state(Self.graph, 120, 40)
        while state.selectedStatement?.source?.name != "Omar Diaz" { update(&state, .moveDown) }
        let text = StatementPane.lines(state, width: 200).map { $0.pieces.map(\.text).joined() }
        XCTAssertTrue(text.contains { $0.hasPrefix("date   none in the text · listed under ≤ Sat 2021-06-05, the article's publication date") }, "\(text)")
        // A link to it shows the publication date after ≤.
        var anna = Fixtures.state(Self.graph, 120, 40)
        update(&anna, .top)
        while anna.selectedStatement?.source?.name != "Anna Berg" { update(&anna, .moveDown) }
        let links = StatementPane.lines(anna, width: 200).filter { $0.link != nil }.map { $0.pieces.map(\.text).joined() }
        XCTAssertTrue(links.contains("→ ≤ 2021-06-05 · Omar Diaz: Tariffs stay."), "\(links)")
        XCTAssertTrue(links.contains("→ undated · Lea Roth: No comment."), "\(links)")
    }

    func testAFilterKeepsThePlacement() {
        var state = Fixtures.state(Self.graph, 120, 40)
        state.setFilter(.topic("trade"))
        XCTAssertEqual(speakers(state), ["Anna Berg", "Omar Diaz", "Lea Roth"])
        XCTAssertEqual(headings(state).last, "undated")
        // A graph with no publication dates keeps the graph's own order.
        XCTAssertNil(BrowserData(graph: Fixtures.mixedScriptGraph).timelineOrder)
    }
}
