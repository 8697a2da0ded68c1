import XCTest
@testable import ParleyKit
@testable import ParleyTUI

final class UpdateTests: XCTestCase {
    let graph = Fixtures.mixedScriptGraph

    func testMovesClampAtBothEnds() {
        var state = Fixtures.state(graph, 120, 30)
        XCTAssertEqual(state.focus, .timeline)
        update(&state, .moveUp)
        XCTAssertEqual(state.selection[.timeline], 0)
        update(&state, .bottom)
        XCTAssertEqual(state.selection[.timeline], 3)
        update(&state, .moveDown)
        XCTAssertEqual(state.selection[.timeline], 3)
        update(&state, .top)
        XCTAssertEqual(state.selection[.timeline], 0)
        update(&state, .halfPageDown)
        XCTAssertEqual(state.selection[.timeline], 3, "half a page of a 27-row pane reaches the end of four statements")
    }

    func testTabCyclesThePanesShown() {
        var state = Fixtures.state(graph, 120, 30)
        var seen: [PaneID] = []
        for _ in 0..<4 { update(&state, .nextPane); seen.append(state.focus) }
        XCTAssertEqual(seen, [.statement, .article, .people, .topics], "the Article takes the Statement's place at 120x30")
        XCTAssertEqual(Layout.compute(size: state.size, focus: .article).panes.map(\.id), [.people, .topics, .timeline, .article])
        update(&state, .previousPane)
        XCTAssertEqual(state.focus, .people)
        var narrow = Fixtures.state(graph, 80, 24)
        for _ in 0..<5 { update(&narrow, .nextPane) }
        XCTAssertEqual(narrow.focus, .timeline, "all five panes take turns at 80x24")
    }

    func testEnterOnAPersonFiltersAndBackspaceRestores() {
        var state = Fixtures.state(graph, 120, 30, [.focus(.people)])
        XCTAssertEqual(state.data.people.first?.name, "Дмитрий Песков")
        update(&state, .activate)
        XCTAssertEqual(state.filter?.label, "person: Дмитрий Песков")
        XCTAssertEqual(state.visible.count, 2)
        XCTAssertEqual(state.focus, .timeline)
        update(&state, .back)
        XCTAssertNil(state.filter)
        XCTAssertEqual(state.visible.count, 4)
        XCTAssertEqual(state.focus, .people)
    }

    func testEnterOnATopicFilters() {
        var state = Fixtures.state(graph, 120, 30, [.focus(.topics), .activate])
        XCTAssertEqual(state.filter, .topic("summit"))
        update(&state, .clearFilter)
        XCTAssertNil(state.filter)
        update(&state, .back)
        XCTAssertEqual(state.filter, .topic("summit"), "clearing is a step of the history too")
    }

    func testFollowingALinkAndGoingBack() {
        var state = Fixtures.state(graph, 120, 30, [.focus(.people), .moveDown, .activate]) // Zoé: no links
        update(&state, .clearFilter)
        update(&state, .top)
        let first = state.selectedStatement!
        XCTAssertEqual(first.source?.name, "Дмитрий Песков")
        update(&state, .activate)
        XCTAssertEqual(state.focus, .statement)
        update(&state, .activate)
        XCTAssertEqual(state.selectedStatement?.id, first.links.first?.to)
        update(&state, .back)
        XCTAssertEqual(state.selectedStatement?.id, first.id)
    }

    func testFollowingALinkOutOfTheFilterDropsIt() {
        var state = Fixtures.state(graph, 120, 30, [.startQuery])
        for character in "Summit ends" { update(&state, .promptInput(character)) }
        update(&state, .promptSubmit)
        XCTAssertEqual(state.visible.count, 1)
        update(&state, .focus(.statement))
        update(&state, .activate)
        XCTAssertNil(state.filter)
        XCTAssertEqual(state.selectedStatement?.date.value, nil, "the linked statement is the undated one")
        update(&state, .back)
        XCTAssertEqual(state.visible.count, 1)
    }

    func testSearchAndNextPrevious() {
        var state = Fixtures.state(graph, 120, 30, [.startSearch])
        for character in "песков" { update(&state, .promptInput(character)) }
        update(&state, .promptSubmit)
        XCTAssertNil(state.prompt)
        XCTAssertEqual(state.selection[.timeline], 0)
        update(&state, .nextMatch)
        XCTAssertEqual(state.selection[.timeline], 3)
        update(&state, .nextMatch)
        XCTAssertEqual(state.selection[.timeline], 0)
        XCTAssertEqual(state.message, "search wrapped to the top")
        update(&state, .previousMatch)
        XCTAssertEqual(state.selection[.timeline], 3)
        XCTAssertEqual(state.message, "search wrapped to the bottom")
    }

    /// The status line counts the matches and says which one is selected, as vim's search count does.
    func testSearchCountsMatchesInTheStatusLine() {
        var state = Fixtures.state(graph, 120, 30, [.startSearch])
        for character in "песков" { update(&state, .promptInput(character)) }
        update(&state, .promptSubmit)
        XCTAssertEqual(state.searchMatches?.pane, .timeline)
        XCTAssertEqual(state.searchMatches?.positions, [0, 3])
        XCTAssertEqual(state.searchSummary, "match 1 of 2")
        XCTAssertTrue(statusLine(state).contains("/песков · match 1 of 2"), statusLine(state))
        update(&state, .nextMatch)
        XCTAssertEqual(state.searchSummary, "match 2 of 2")
        XCTAssertTrue(statusLine(state).contains("/песков · match 2 of 2"), statusLine(state))
        update(&state, .moveUp)
        XCTAssertEqual(state.searchSummary, "2 matches", "off a match the count stays, without a number")
        update(&state, .previousMatch)
        XCTAssertEqual(state.searchSummary, "match 1 of 2")
        // A filter changes the rows: the matches are counted again.
        update(&state, .filterByTopic)
        update(&state, .clearFilter)
        XCTAssertNil(state.searchMatches, "Esc clears the search too")
        XCTAssertFalse(statusLine(state).contains("match"))
    }

    func testSearchCountFollowsTheFilter() throws {
        var state = Fixtures.state(graph, 120, 30, [.startSearch, .promptInput("n"), .promptSubmit])
        let all = try XCTUnwrap(state.searchMatches?.positions.count)
        state.setFilter(.person(name: "习近平", speakerKey: try XCTUnwrap(StatementGraph.speakerKey(graph.statements[1]))))
        XCTAssertLessThan(state.searchMatches?.positions.count ?? 0, all)
        XCTAssertEqual(state.searchMatches?.positions, state.items.indices.filter { rowText(state, .timeline, $0).contains("n") })
    }

    func testSearchWithoutMatchSaysSo() {
        var state = Fixtures.state(graph, 120, 30, [.startSearch, .promptInput("z"), .promptInput("q"), .promptSubmit])
        XCTAssertEqual(state.message, "no match for “zq” in the timeline")
        XCTAssertTrue(statusLine(state).contains("/zq · no match"), statusLine(state))
        update(&state, .moveDown)
        XCTAssertNil(state.message)
        XCTAssertTrue(statusLine(state).contains("/zq · no match"), "the status line still says so: \(statusLine(state))")
        update(&state, .nextMatch)
        XCTAssertEqual(state.message, "no match for “zq” in the timeline")
        // Under a filter the message says the filter may hide matches.
        var filtered = Fixtures.state(graph, 120, 30, [.filterBySpeaker, .startSearch, .promptInput("q"), .promptSubmit])
        XCTAssertEqual(filtered.message, "no match for “q” in the filtered timeline · Esc clears the filter")
        update(&filtered, .focus(.people))
        update(&filtered, .nextMatch)
        XCTAssertEqual(filtered.message, "no match for “q” among the people")
    }

    func testSearchInThePeoplePaneCountsPeople() {
        var state = Fixtures.state(graph, 120, 30, [.focus(.people), .startSearch, .promptInput("д"), .promptSubmit])
        XCTAssertEqual(state.searchMatches?.pane, .people)
        XCTAssertEqual(state.searchSummary, "match 1 of 1")
        update(&state, .nextMatch)
        XCTAssertEqual(state.message, "the only match")
        // n from the timeline counts the timeline's rows.
        update(&state, .focus(.timeline))
        update(&state, .nextMatch)
        XCTAssertEqual(state.searchMatches?.pane, .timeline)
        XCTAssertEqual(state.searchMatches?.positions, [0, 3])
    }

    func testTheStatusLineCutsTheFilterBeforeTheMatchCount() {
        var state = Fixtures.state(graph, 60, 20, [.startSearch])
        for character in "песков" { update(&state, .promptInput(character)) }
        update(&state, .promptSubmit)
        state.setFilter(.query(text: "a very long query about many things and people", query: Query()))
        let left = StatusLine.leftText(state, width: 40)
        XCTAssertTrue(left.hasSuffix("/песков · match 1 of 2"), left)
        XCTAssertEqual(DisplayWidth.of(left), 40)
    }

    /// The last line of the screen.
    private func statusLine(_ state: AppState) -> String {
        Fixtures.screen(state).split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
    }

    func testQueryPromptWithFields() throws {
        let query = try Query.parse("person:Песков \"next round\" -Geneva topic:summit")
        XCTAssertEqual(query.persons, ["Песков"])
        XCTAssertEqual(query.words, [["next round"]])
        XCTAssertEqual(query.excluded, ["Geneva"])
        XCTAssertEqual(query.topics, ["summit"])
        var state = Fixtures.state(graph, 120, 30, [.startQuery])
        for character in "person:Zoé" { update(&state, .promptInput(character)) }
        update(&state, .promptSubmit)
        XCTAssertEqual(state.visible.count, 1)
        XCTAssertEqual(state.filter?.label, "person:Zoé")
    }

    func testQueryPromptErrorIsShownAndKeepsTheFilter() {
        var state = Fixtures.state(graph, 120, 30, [.startQuery])
        for character in "kind:shouted" { update(&state, .promptInput(character)) }
        update(&state, .promptSubmit)
        XCTAssertNil(state.filter)
        XCTAssertTrue(state.message?.contains("direct, indirect or mixed") ?? false, state.message ?? "no message")
    }

    func testPromptEditing() {
        var state = Fixtures.state(graph, 120, 30, [.startSearch, .promptInput("a"), .promptDeleteBackward])
        XCTAssertEqual(state.prompt?.text, "")
        update(&state, .promptDeleteBackward)
        XCTAssertNil(state.prompt, "Backspace on an empty prompt closes it")
        XCTAssertEqual(KeyMap.standard.action(for: .character("q"), in: Fixtures.state(graph, 80, 24, [.startQuery])), .promptInput("q"))
    }

    func testPersonOptionOpensFiltered() {
        let whole = Fixtures.state(graph, 120, 30, person: "дмитрий песков")
        XCTAssertEqual(whole.filter?.label, "person: Дмитрий Песков", "a whole name filters to that speaker")
        XCTAssertEqual(whole.visible.count, 2)
        let part = Fixtures.state(graph, 120, 30, person: "песков")
        XCTAssertEqual(part.filter?.label, "person: песков", "part of a name is a person: query, as the : prompt makes")
        XCTAssertEqual(part.visible, whole.visible)
        let unknown = Fixtures.state(graph, 120, 30, person: "Nobody")
        XCTAssertEqual(unknown.visible.count, 0)
        XCTAssertEqual(unknown.filter?.label, "person: Nobody")
    }

    func testPersonOptionWithANameInsideOtherSpeakersNamesTakesThemAll() {
        let text = "Row\nTony Blair said: \"Plan works.\"\nTony Blair said: \"Taxes fall.\"\nBlair said: \"Nothing changes.\"\nCherie Blair said: \"Fine.\""
        let article = Article(source: "b.txt", text: text)
        func statement(_ speaker: String, _ content: String) -> Statement {
            Statement(articleID: article.id, source: Source(name: speaker, entityID: Entity.identifier(kind: .person, name: speaker)),
                      cue: "said", kind: .direct, contentSpans: [Fixtures.span(of: content, in: text)])
        }
        var analysis = Pipeline().analyze(article)
        analysis.mentions = []
        // two Blairs, so the one-word "Blair" stays a speaker of its own
        analysis.entities = ["Tony Blair", "Blair", "Cherie Blair"].map { Entity(kind: .person, name: $0) }
        analysis.statements = [statement("Tony Blair", "Plan works."), statement("Tony Blair", "Taxes fall."), statement("Blair", "Nothing changes."),
                               statement("Cherie Blair", "Fine.")]
        analysis.events = []
        let graph = StatementGraph(analyses: [analysis])
        XCTAssertEqual(graph.speakers.count, 3)
        XCTAssertEqual(Fixtures.state(graph, 120, 30, person: "Blair").visible.count, 4, "Blair stands in Tony and Cherie Blair too")
        XCTAssertEqual(Fixtures.state(graph, 120, 30, person: "Tony Blair").visible.count, 2)
    }

    func testKeyMapAndHelp() {
        let state = Fixtures.state(graph, 120, 30)
        XCTAssertEqual(KeyMap.standard.action(for: .character("j"), in: state), .moveDown)
        XCTAssertEqual(KeyMap.standard.action(for: .control("d"), in: state), .halfPageDown)
        XCTAssertEqual(KeyMap.standard.action(for: .backTab, in: state), .previousPane)
        XCTAssertEqual(KeyMap.standard.action(for: .escape, in: state), .clearFilter)
        var help = state
        update(&help, .toggleHelp)
        XCTAssertEqual(KeyMap.standard.action(for: .character("q"), in: help), .toggleHelp, "q closes help, not parley")
        update(&help, .quit)
        XCTAssertTrue(help.shouldQuit)
    }

    func testResizeKeepsTheFocusedPaneOnScreen() {
        var state = Fixtures.state(graph, 200, 60, [.focus(.article)])
        XCTAssertEqual(state.focus, .article)
        for size in [Size(width: 120, height: 30), Size(width: 80, height: 24)] {
            update(&state, .resize(size))
            XCTAssertEqual(state.size, size)
            XCTAssertEqual(state.focus, .article)
            XCTAssertNotNil(Layout.compute(size: size, focus: state.focus).frame(of: .article), "\(size)")
        }
    }

    /// Enter opens the selected statement in the Statement pane; Backspace
    /// goes back to the timeline, on the same row, as a browser's Back would.
    func testBackspaceAfterEnterReturnsToTheTimeline() {
        for size in [(120, 40), (80, 24), (40, 12)] {
            var state = Fixtures.state(Fixtures.sampleGraph, size.0, size.1, [.moveDown, .moveDown])
            let selected = state.selection[.timeline]
            let screen = Fixtures.screen(state)
            update(&state, .activate)
            XCTAssertEqual(state.focus, .statement)
            update(&state, .back)
            XCTAssertNil(state.message, "not “no earlier view”")
            XCTAssertEqual(state.focus, .timeline, "\(size)")
            XCTAssertEqual(state.selection[.timeline], selected)
            XCTAssertEqual(Fixtures.screen(state), screen, "the same screen as before Enter at \(size)")
        }
    }

    func testSelectionStaysVisibleWhenScrolling() {
        var state = Fixtures.state(Fixtures.sampleGraph, 80, 12)
        for _ in 0..<50 { update(&state, .moveDown) }
        let rows = TimelinePane.rows(state)
        let row = rows.firstIndex(of: .entry(state.selection[.timeline] ?? 0)) ?? 0
        let top = state.scroll[.timeline] ?? 0
        XCTAssertTrue(row >= top && row < top + innerHeight(state, .timeline))
    }
}

final class StatementPaneMovementTests: XCTestCase {
    /// A statement longer than its pane keeps its links on screen, below the
    /// text; j walks them at once, and Enter follows the one marked `›`.
    func testLinksShowBelowALongStatementAndJWalksThem() {
        let graph = Fixtures.longStatementGraph
        var state = Fixtures.state(graph, 120, 40, [.moveDown])
        XCTAssertEqual(state.selectedLinks.count, 2, "the statements before and after, by the same speaker")
        XCTAssertGreaterThan(StatementPane.lines(state, width: innerWidth(state, .statement)).count, innerHeight(state, .statement),
                             "the statement does not fit its pane")
        var pane = Fixtures.paneText(state, .statement)
        XCTAssertTrue(pane.contains { $0.hasPrefix("── Links 2 ") }, "the links show on the first screen:\n" + pane.joined(separator: "\n"))
        XCTAssertEqual(pane.filter { $0.hasPrefix("→ ") }.count, 1, pane.joined(separator: "\n"))
        XCTAssertEqual(pane.filter { $0.hasPrefix("› ") }.count, 1, "the selected link is marked without colour")
        XCTAssertTrue(pane.contains { $0.hasPrefix("── Links 2 · ↓ ") && $0.contains("more lines ──") }, "the cut text says so")
        XCTAssertTrue(pane.contains { $0.hasPrefix("We do need to finish these negotiations") }, "the content starts on the first screen")
        let text = StatementPane.lines(state, width: innerWidth(state, .statement)).map { $0.pieces.map(\.text).joined() }
        XCTAssertTrue(text.contains { $0.hasPrefix("file   2021-06-07-press-brief") && $0.contains("…") && $0.hasSuffix("2021.md") },
                      "a long file name is cut in the middle:\n" + text.joined(separator: "\n"))
        update(&state, .focus(.statement))
        update(&state, .moveDown)
        XCTAssertEqual(state.selection[.statement], 1, "one j, the next link")
        XCTAssertEqual(state.scroll[.statement] ?? 0, 0, "the speaker stays in view")
        pane = Fixtures.paneText(state, .statement)
        let marked = pane.firstIndex { $0.hasPrefix("› ") }
        XCTAssertNotNil(marked)
        XCTAssertEqual(marked.map { pane[$0 - 1].hasPrefix("→ ") }, true, "the mark moved down one link")
        // Past the last link j scrolls the text; Ctrl-u scrolls it back, leaving the links alone.
        update(&state, .moveDown)
        XCTAssertEqual(state.selection[.statement], 1)
        XCTAssertEqual(state.scroll[.statement], 1)
        update(&state, .halfPageUp)
        XCTAssertEqual(state.scroll[.statement], 0)
        XCTAssertEqual(state.selection[.statement], 1, "Ctrl-u scrolls the text, not the links")
        update(&state, .halfPageDown)
        XCTAssertGreaterThan(state.scroll[.statement] ?? 0, 0)
        let target = state.selectedLinks[1].to
        update(&state, .activate)
        XCTAssertEqual(state.selectedStatement?.id, target, "Enter follows the marked link")
        XCTAssertEqual(state.scroll[.statement], 0)
    }

    /// Past the last link, j scrolls the text of a statement too long for its pane, and stops at its end.
    func testPastTheLinksJScrollsToTheEndOfTheText() {
        var long = Fixtures.state(Fixtures.longStatementGraph, 40, 24, [.moveDown, .activate])
        XCTAssertEqual(long.focus, .statement)
        let count = long.selectedLinks.count
        for _ in 0..<count { update(&long, .moveDown) }
        XCTAssertGreaterThan(long.scroll[.statement] ?? 0, 0, "past the links, j scrolls the text")
        for _ in 0..<200 { update(&long, .moveDown) }
        let arrangement = StatementPane.arrangement(long, width: innerWidth(long, .statement), height: innerHeight(long, .statement))
        XCTAssertEqual(long.scroll[.statement], arrangement.bodyMost, "scrolling stops at the end of the text")
        XCTAssertFalse(arrangement.bodyIsCut)
    }
}
