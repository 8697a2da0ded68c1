import XCTest
@testable import ParleyKit
@testable import ParleyTUI

/// A 40x12 terminal, and status text too long for its line: nothing that
/// matters is cut away, and whatever is cut says so with `…`.
final class NarrowScreenTests: XCTestCase {
    let graph = Fixtures.mixedScriptGraph

    private func lines(_ state: AppState) -> [String] {
        Fixtures.screen(state).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The last line of the screen.
    private func statusLine(_ state: AppState) -> String { lines(state).dropLast().last ?? "" }

    /// Every tab can be shown at 40 columns, and the shown one is always whole on the tab bar.
    func testTheActiveTabAlwaysShows() {
        for (number, pane) in PaneID.allCases.enumerated() {
            let state = Fixtures.state(graph, 40, 12, [.focus(pane)])
            let bar = lines(state)[0]
            XCTAssertTrue(bar.contains("[\(number + 1) \(pane.title)]"), "tab \(pane): \(bar)")
            XCTAssertLessThanOrEqual(DisplayWidth.of(bar), 40)
            for other in 1...5 where other != number + 1 { XCTAssertTrue(bar.contains(" \(other)"), "the other tabs keep their keys: \(bar)") }
        }
        // Wide enough, every tab keeps its name.
        XCTAssertTrue(lines(Fixtures.state(graph, 80, 24, [.focus(.article)]))[0].contains("1 People  2 Topics  3 Timeline"))
        // Narrower than the shown tab with the numbers: the shown tab alone, cut with an ellipsis.
        XCTAssertEqual(TabBar.labels(focus: .statement, width: 10).joined(), "[4 Statem…")
    }

    /// At 40 columns a search keeps its match count on the status line.
    func testTheMatchCountShowsAt40Columns() {
        var state = Fixtures.state(graph, 40, 12, [.startSearch])
        for character in "песков" { update(&state, .promptInput(character)) }
        update(&state, .promptSubmit)
        XCTAssertTrue(statusLine(state).contains("/песков · match 1 of 2"), statusLine(state))
        update(&state, .focus(.article))
        XCTAssertTrue(statusLine(state).contains("1 of 2"), "on any tab: \(statusLine(state))")
        state.setFilter(.topic("summit"))
        update(&state, .nextMatch)
        XCTAssertTrue(statusLine(state).contains("/песков · match 2 of 2"), "under a filter too: \(statusLine(state))")
        assertSnapshot(Fixtures.screen(state), named: "mixed-search-40x12")
        // A long filter and large counts: the filter gives way, then the long form of the count.
        state.setFilter(.query(text: "person:somebody with a long name", query: Query()))
        let left = StatusLine.leftText(state, width: 24)
        XCTAssertTrue(left.hasSuffix("/песков · 1 of 2") || left.hasSuffix("/песков · 2 of 2"), left)
    }

    /// `?` at 40x12: the box is too small for all the keys, so it scrolls with
    /// j and k (any other key closes it), and no description is cut.
    func testHelpScrollsAndCutsNoDescription() {
        var state = Fixtures.state(graph, 40, 12, [.toggleHelp])
        XCTAssertTrue(HelpOverlay.scrolls(size: state.size))
        XCTAssertEqual(KeyMap.standard.action(for: .character("j"), in: state), .moveDown)
        XCTAssertEqual(KeyMap.standard.action(for: .character("q"), in: state), .toggleHelp, "q closes the help, not parley")
        assertSnapshot(Fixtures.screen(state), named: "help-40x12")
        var seen = lines(state).joined(separator: "\n")
        XCTAssertTrue(seen.contains("j/k scroll"), seen)
        for _ in 0..<60 {
            update(&state, .moveDown)
            seen += "\n" + lines(state).joined(separator: "\n")
        }
        XCTAssertTrue(state.showHelp, "j scrolls, it does not close")
        XCTAssertEqual(state.helpScroll, HelpOverlay.maxScroll(size: state.size), "the scroll stops at the last line")
        for binding in KeyMap.standard.bindings {
            XCTAssertTrue(seen.contains(binding.help), "“\(binding.help)” shows whole")
        }
        XCTAssertTrue(seen.contains("page the text."), "the footer's end shows")
        update(&state, .toggleHelp)
        XCTAssertFalse(state.showHelp)
        update(&state, .toggleHelp)
        XCTAssertEqual(state.helpScroll, 0, "the help opens at its top again")
        // A screen where everything fits: any key closes, as before.
        let big = Fixtures.state(graph, 120, 40, [.toggleHelp])
        XCTAssertFalse(HelpOverlay.scrolls(size: big.size))
        XCTAssertEqual(KeyMap.standard.action(for: .character("j"), in: big), .toggleHelp)
    }

    /// The timeline's “no statement matches” wraps in a narrow pane instead of losing its end.
    func testEmptyTimelineMessageWraps() {
        var state = Fixtures.state(graph, 40, 12)
        state.setFilter(.topic("nothing at all"))
        let text = lines(state).joined(separator: "\n")
        XCTAssertFalse(text.contains("the filt\n") || text.contains("filt│"), text)
        XCTAssertTrue(text.contains("no statement matches — Esc clears"), text)
        XCTAssertTrue(text.contains("filter"), text)
    }

    /// A query error longer than the status line wraps upwards over the panes, the list of fields whole.
    func testLongMessagesWrapAboveTheStatusLine() {
        for width in [120, 80, 40] {
            var state = Fixtures.state(graph, width, 24, [.startQuery])
            for character in "foo:bar" { update(&state, .promptInput(character)) }
            update(&state, .promptSubmit)
            XCTAssertNotNil(state.message)
            let screen = lines(state).suffix(5).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            XCTAssertTrue(screen.contains("unknown field"), screen)
            XCTAssertTrue(screen.contains("source, kind"), "the fields list is whole at \(width) columns: \(screen)")
        }
        XCTAssertEqual(StatusLine.messageLines("short", width: 40), ["short"])
        let long = String(repeating: "word ", count: 60)
        let wrapped = StatusLine.messageLines(long, width: 40)
        XCTAssertEqual(wrapped.count, StatusLine.maxMessageLines)
        XCTAssertTrue(wrapped.last?.hasSuffix("…") ?? false, "\(wrapped)")
        for line in wrapped { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 38) }
    }

    /// `/person:Blair` searches words; the message says where queries go.
    func testASearchThatLooksLikeAQueryPointsToTheQueryPrompt() {
        var state = Fixtures.state(graph, 120, 30, [.startSearch])
        for character in "person:Blair" { update(&state, .promptInput(character)) }
        update(&state, .promptSubmit)
        XCTAssertEqual(state.message, "/ searches words; press : for a query like person:Blair")
        update(&state, .nextMatch)
        XCTAssertEqual(state.message, "/ searches words; press : for a query like person:Blair", "n says it again")
        XCTAssertTrue(looksLikeQuery("topic:\"tax\" words"))
        XCTAssertTrue(looksLikeQuery("-kind:direct"))
        XCTAssertFalse(looksLikeQuery("http://example.com"), "a web address is a word")
        XCTAssertFalse(looksLikeQuery("10:30"), "a time of day is a word")
        XCTAssertFalse(looksLikeQuery("note:"), "no value, no query")
        let plain = Fixtures.state(graph, 120, 30, [.startSearch, .promptInput("z"), .promptInput("q"), .promptSubmit])
        XCTAssertEqual(plain.message, "no match for “zq” in the timeline")
    }
}
