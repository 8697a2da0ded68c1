import XCTest
@testable import ParleyKit
@testable import ParleyTUI

/// Dated events in the Timeline pane: where they stand, the `e` toggle,
/// selecting one, following its statements, filters and search.
final class EventTimelineTests: XCTestCase {
    let graph = Fixtures.eventGraph

    /// The dates of the events the filter lets through.
    private func eventValues(_ state: AppState) -> [String] { state.visibleEvents.map { state.graph.events[$0].timex.value } }

    func testEventsStandUnderTheirDateBeforeThatDaysStatements() {
        let state = Fixtures.state(graph, 120, 40)
        XCTAssertTrue(state.showsEvents, "events show by default")
        XCTAssertEqual(graph.events.map(\.timex.value), ["2021-05", "2021-06-16", "2022"])
        XCTAssertEqual(state.items, [.event(0), .statement(0), .event(1), .statement(1), .event(2)],
                       "May 2021 before June; the June 16 event before the statement of June 16; 2022 last")
        let headings = TimelinePane.rows(state).compactMap { row -> String? in if case .day(let heading) = row { return heading } else { return nil } }
        XCTAssertEqual(headings, ["2021-05 · month", "Sat 2021-06-05", "Wed 2021-06-16", "2022 · year"])
        XCTAssertEqual(state.selectedStatement?.source?.name, "Anna Berg", "the timeline opens on the first statement, not on the event above it")
        XCTAssertEqual(TimelinePane.title(state), "Timeline 2/2 · 3 events")
    }

    func testGranularityOfTIMEX3Values() {
        XCTAssertNil(TimelineMerge.granularity(of: "2021-06-16"))
        XCTAssertNil(TimelineMerge.granularity(of: "2021-06-16T10:30"))
        let cases = ["2020-01": "month", "2020": "year", "2021-W23": "week", "2021-SU": "season", "2021-Q2": "quarter",
                     "2021-H1": "half year", "202": "decade", "20": "century", "XXXX-06-16": "year unknown"]
        for (value, expected) in cases { XCTAssertEqual(TimelineMerge.granularity(of: value), expected, value) }
        XCTAssertEqual(TimelinePane.heading("2020-01"), "2020-01 · month")
        XCTAssertEqual(TimelinePane.heading("2021-06-16"), "Wed 2021-06-16")
    }

    func testEKeyTogglesEventsAndKeepsTheSelectedStatement() {
        var state = Fixtures.state(graph, 120, 40, [.moveDown, .moveDown])
        XCTAssertEqual(KeyMap.standard.action(for: .character("e"), in: state), .toggleEvents)
        XCTAssertEqual(state.selectedStatement?.source?.name, "Omar Diaz")
        update(&state, .toggleEvents)
        XCTAssertFalse(state.showsEvents)
        XCTAssertEqual(state.items, [.statement(0), .statement(1)])
        XCTAssertEqual(state.selectedStatement?.source?.name, "Omar Diaz", "the selected statement stays selected")
        XCTAssertEqual(state.message, "events hidden · e shows them")
        XCTAssertEqual(TimelinePane.title(state), "Timeline 2/2")
        XCTAssertFalse(Fixtures.screen(state).contains("◆"))
        update(&state, .toggleEvents)
        XCTAssertTrue(state.showsEvents)
        XCTAssertEqual(state.items.count, 5)
        XCTAssertEqual(state.selectedStatement?.source?.name, "Omar Diaz")
        XCTAssertEqual(state.message, "events shown (3) · e hides them")
    }

    func testHidingASelectedEventSelectsTheNextStatementElseThePrevious() {
        var state = Fixtures.state(graph, 120, 40, [.moveDown])
        XCTAssertEqual(state.selectedEvent?.timex.value, "2021-06-16")
        update(&state, .toggleEvents)
        XCTAssertNil(state.selectedEvent)
        XCTAssertEqual(state.selectedStatement?.source?.name, "Omar Diaz")
        let last = Fixtures.state(graph, 120, 40, [.bottom, .toggleEvents])
        XCTAssertEqual(last.selectedStatement?.source?.name, "Omar Diaz", "no statement after the 2022 event: the one before it")
        let first = Fixtures.state(graph, 120, 40, [.top, .toggleEvents])
        XCTAssertEqual(first.selectedStatement?.source?.name, "Anna Berg")
    }

    func testTheHelpAndTheStatusLineListTheKey() {
        XCTAssertTrue(KeyMap.standard.bindings.contains { $0.action == .toggleEvents && $0.keys == [.character("e")] })
        let help = Fixtures.screen(Fixtures.state(graph, 120, 40, [.toggleHelp]))
        XCTAssertTrue(help.contains("e            show or hide events ◆"), help)
        let wide = Fixtures.screen(Fixtures.state(graph, 200, 60))
        XCTAssertTrue(wide.split(separator: "\n").last { !$0.isEmpty }?.contains("e events") == true, "there is room for the hint at 200 columns")
    }

    func testSelectingAnEventShowsItsDateTextNamesAndStatements() {
        let state = Fixtures.state(graph, 120, 40, [.moveDown, .activate])
        XCTAssertEqual(state.focus, .statement)
        XCTAssertEqual(StatementPane.title(state), "Event · 1 statement")
        let lines = StatementPane.lines(state, width: 70).map { $0.pieces.map(\.text).joined() }
        XCTAssertEqual(lines.first, "◆ event")
        XCTAssertTrue(lines.contains("date   Wed 2021-06-16 · “June 16”"), "\(lines)")
        XCTAssertTrue(lines.contains("TIMEX3 2021-06-16 · DATE"), "\(lines)")
        XCTAssertTrue(lines.contains("from   events.txt"), "\(lines)")
        XCTAssertTrue(lines.contains("The talks will open in Oslo on June 16."))
        XCTAssertTrue(lines.contains { $0.hasPrefix("→ Sat 2021-06-05 · Anna Berg: The talks will open") }, "\(lines)")
        XCTAssertEqual(state.selectedLinks.map(\.to), [graph.statements[0].id])
        XCTAssertTrue(ArticlePane.title(state).hasPrefix("Article · "), "the Article pane shows the event's article")

        let year = Fixtures.state(graph, 120, 40, [.bottom])
        let yearLines = StatementPane.lines(year, width: 70).map { $0.pieces.map(\.text).joined() }
        XCTAssertTrue(yearLines.contains("date   2022 · year · “2022”"), "\(yearLines)")
        XCTAssertTrue(yearLines.contains("names  Anna Berg"), "\(yearLines)")
        XCTAssertTrue(yearLines.contains("No linked statement"), "\(yearLines)")
        XCTAssertEqual(StatementPane.title(year), "Event")
    }

    func testEnterFollowsAnEventsStatementAndBackspaceReturnsToTheEvent() {
        var state = Fixtures.state(graph, 120, 40, [.moveDown, .activate])
        update(&state, .activate)
        XCTAssertNil(state.selectedEvent)
        XCTAssertEqual(state.selectedStatement?.source?.name, "Anna Berg")
        XCTAssertEqual(state.message, "a statement about the event · ⌫ back")
        update(&state, .back)
        XCTAssertEqual(state.selectedEvent?.timex.value, "2021-06-16")
        XCTAssertEqual(state.focus, .statement)
        // an event with no statement has nothing to follow
        var lone = Fixtures.state(graph, 120, 40, [.bottom, .activate, .activate])
        XCTAssertEqual(lone.message, "no link to follow")
        update(&lone, .back)
        XCTAssertEqual(lone.focus, .timeline, "Backspace goes back to the timeline the event was opened from")
        update(&lone, .back)
        XCTAssertEqual(lone.message, "no earlier view")
    }

    func testFiltersKeepEventsOfShownStatementsOrOfTheFilteredPerson() throws {
        var state = Fixtures.state(graph, 120, 40, [.focus(.people), .activate])
        XCTAssertEqual(state.filter?.label, "person: Anna Berg")
        XCTAssertEqual(eventValues(state), ["2021-06-16", "2022"], "linked to her statement, or mentioning her")
        XCTAssertEqual(state.items, [.statement(0), .event(1), .event(2)])
        state.setFilter(.query(text: "person:berg", query: try Query.parse("person:berg")))
        XCTAssertEqual(eventValues(state), ["2021-06-16", "2022"], "a query's person: names reach events that mention them")
        state.setFilter(.topic("talks"))
        XCTAssertEqual(eventValues(state), ["2021-06-16"], "a topic acts through the statements only")
        state.setFilter(.topic("economy"))
        XCTAssertEqual(eventValues(state), [])
        XCTAssertEqual(state.items, [.statement(1)])
        state.setFilter(nil)
        XCTAssertEqual(eventValues(state), ["2021-05", "2021-06-16", "2022"])
    }

    /// A query narrows the events as it narrows the statements: an event
    /// shows by itself only when every term it can answer holds.
    func testAQuerysTopicAndDatesNarrowTheEvents() throws {
        var state = Fixtures.state(graph, 120, 40)
        func query(_ text: String) throws { state.setFilter(.query(text: text, query: try Query.parse(text))) }
        try query("person:berg topic:economy")
        XCTAssertEqual(state.visible, [], "Anna Berg says nothing about the economy")
        XCTAssertEqual(eventValues(state), [], "nor is the 2022 event that mentions her about the economy")
        try query("person:berg topic:talks")
        XCTAssertEqual(eventValues(state), ["2021-06-16"], "the event of her statement on talks, not the 2022 one")
        try query("person:berg before:2021-12")
        XCTAssertEqual(eventValues(state), ["2021-06-16"], "dates hold for events too")
        try query("after:2022")
        XCTAssertEqual(eventValues(state), ["2022"])
        try query("treaty")
        XCTAssertEqual(eventValues(state), ["2021-05"], "words find an event by its own text")
        XCTAssertEqual(state.items, [.event(0)])
        try query("said:said")
        XCTAssertEqual(eventValues(state), ["2021-06-16"], "a cue belongs to statements: only their events show")
    }

    func testATopicFilterShowsEventsThatNameTheTopic() {
        var state = Fixtures.state(graph, 120, 40)
        state.setFilter(.topic("treaty"))
        XCTAssertEqual(eventValues(state), ["2021-05"], "no statement is about the treaty, but the event is")
        state.setFilter(.topic("talk"))
        XCTAssertEqual(eventValues(state), [], "whole words: \"talk\" is not \"talks\"")
    }

    func testSearchFindsEventRows() {
        var state = Fixtures.state(graph, 120, 40, [.startSearch])
        for character in "treaty" { update(&state, .promptInput(character)) }
        update(&state, .promptSubmit)
        XCTAssertEqual(state.selectedEvent?.timex.value, "2021-05")
    }

    func testSpeakerAndTopicKeysOnAnEventSayWhyTheyDoNothing() {
        var state = Fixtures.state(graph, 120, 40, [.moveDown, .filterBySpeaker])
        XCTAssertNil(state.filter)
        XCTAssertEqual(state.message, "an event has no speaker: select a statement")
        update(&state, .filterByTopic)
        XCTAssertNil(state.filter)
        XCTAssertEqual(state.message, "an event has no topic: select a statement")
    }

    func testEveryBuiltInThemeStylesEvents() throws {
        XCTAssertTrue(Theme.elements.contains { $0.name == "timeline.event" })
        for name in ["default", "light", "mono"] {
            let theme = try ThemeLoader.load(named: name, environment: [:])
            XCTAssertNotNil(theme.styles["timeline.event"], name)
        }
    }

    /// The graph canonicalises an event's entities as it does a statement's, so their names show.
    func testSampleEventsNameEntitiesOfTheGraph() {
        let graph = Fixtures.sampleGraph
        XCTAssertFalse(graph.events.isEmpty, "the sample dates events (the June 16 meeting in Geneva)")
        for event in graph.events {
            for id in event.entityIDs { XCTAssertNotNil(graph.entities[id], "\(event.text): \(id)") }
        }
    }

    func testSnapshots() {
        assertSnapshot(Fixtures.screen(Fixtures.state(graph, 120, 40)), named: "events-first-120x40")
        assertSnapshot(Fixtures.screen(Fixtures.state(graph, 120, 40, [.moveDown])), named: "events-event-selected-120x40")
        assertSnapshot(Fixtures.screen(Fixtures.state(graph, 80, 24, [.moveDown, .activate])), named: "events-event-selected-80x24")
        assertSnapshot(Fixtures.screen(Fixtures.state(graph, 80, 24, [.toggleEvents])), named: "events-hidden-80x24")
        assertSnapshot(Fixtures.screen(Fixtures.state(Fixtures.sampleGraph, 120, 40, [.bottom])), named: "sample-event-120x40")
    }
}

/// The timeline's first line always says when: a day heading, pinned when the rows under it scroll.
final class PinnedHeadingTests: XCTestCase {
    /// A graph with 40 events in May 2021, then one statement on June 1:
    /// the first screen scrolls to the statement, past the month's heading.
    static let manyEventsGraph: StatementGraph = {
        let sentences = (1...40).map { "Event number \($0) happened in May 2021." }
        let text = "Many events\n" + sentences.joined(separator: "\n") + "\nAnna Berg said: \"It was a busy month.\""
        let article = Article(source: "many.txt", text: text)
        let content = Fixtures.span(of: "It was a busy month.", in: text)
        let speaker = Fixtures.span(of: "Anna Berg", in: text)
        let statement = Statement(articleID: article.id,
                                  source: Source(name: "Anna Berg", entityID: Entity.identifier(kind: .person, name: "Anna Berg"), span: speaker),
                                  cue: "said", kind: .direct, contentSpans: [content],
                                  date: StatementDate(value: "2021-06-01", source: .explicit), topics: ["month"])
        let events = sentences.map { sentence -> Event in
            let clause = Fixtures.span(of: sentence, in: text)
            let when = TextSpan(clause.end - 9, clause.end - 1) // "May 2021"
            return Event(id: "\(article.id)-event-\(when.start)-\(when.end)", span: clause, text: sentence,
                         timex: TimeExpression(span: when, text: "May 2021", type: .date, value: "2021-05"))
        }
        var analysis = Pipeline().analyze(article)
        analysis.mentions = []
        analysis.entities = [Entity(kind: .person, name: "Anna Berg")]
        analysis.statements = [statement]
        analysis.events = events
        return StatementGraph(analyses: [analysis])
    }()

    /// The rows inside the timeline's frame.
    private func timelineLines(_ state: AppState) -> [String] { Fixtures.paneText(state, .timeline) }

    func testTheFirstScreenStartsAtADateHeading() {
        for (width, height) in [(120, 40), (80, 24), (40, 12)] {
            let state = Fixtures.state(Self.manyEventsGraph, width, height)
            XCTAssertNotNil(state.selectedStatement, "the timeline opens on the statement")
            let lines = timelineLines(state)
            XCTAssertTrue(lines.first?.hasPrefix("── 2021-05 · month ─") ?? false, "\(width)x\(height): \(lines.first ?? "")")
            XCTAssertTrue(lines.contains { $0.contains("It was a busy month.") }, "the selected statement shows at \(width)x\(height)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("── Tue 2021-06-01 ─") }, "and its own heading")
        }
        assertSnapshot(Fixtures.screen(Fixtures.state(Self.manyEventsGraph, 120, 40)), named: "many-events-first-120x40")
    }

    /// Walking the whole timeline up and down, the first line is always a heading and the selected row always shows.
    func testEveryScreenStartsAtADateHeading() {
        for graph in [Self.manyEventsGraph, Fixtures.sampleGraph] {
            for (width, height) in [(120, 40), (40, 12), (80, 12)] {
                var state = Fixtures.state(graph, width, height, [.top])
                for step in 0..<(2 * state.items.count) {
                    update(&state, step < state.items.count ? .moveDown : .moveUp)
                    let lines = timelineLines(state)
                    XCTAssertTrue(lines.first?.hasPrefix("── ") ?? false, "step \(step) at \(width)x\(height): \(lines.first ?? "")")
                    let rows = TimelinePane.rows(state)
                    let row = rows.firstIndex(of: .entry(state.selection[.timeline] ?? 0)) ?? -1
                    let top = state.scroll[.timeline] ?? 0
                    XCTAssertTrue(TimelinePane.shownRows(rows: rows, top: top, height: innerHeight(state, .timeline)).contains(row),
                                  "the selected row shows at step \(step), \(width)x\(height)")
                }
            }
        }
    }
}
