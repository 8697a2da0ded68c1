import XCTest
@testable import ParleyKit
@testable import ParleyTUI

/// Whole screens as text, compared with Snapshots/*.txt.
///
/// The sample's screens change whenever the model stages do; re-record them
/// with `RECORD_SNAPSHOTS=1 swift test --filter ParleyTUITests.SnapshotTests`
/// and read the diff.
final class SnapshotTests: XCTestCase {
    func testSampleFirstScreen() {
        assertSnapshot(Fixtures.screen(Fixtures.state(Fixtures.sampleGraph, 120, 40)), named: "sample-first-120x40")
    }

    func testSampleFilteredByPerson() throws {
        let graph = Fixtures.sampleGraph
        let state = Fixtures.state(graph, 120, 40, [.focus(.people), .activate])
        guard let first = BrowserData(graph: graph).people.first, first.speakerKey != nil else { throw XCTSkip("the sample has no speaker") }
        XCTAssertEqual(state.filter?.label, "person: \(first.name)")
        assertSnapshot(Fixtures.screen(state), named: "sample-person-120x40")
    }

    func testSampleAt80x24() {
        assertSnapshot(Fixtures.screen(Fixtures.state(Fixtures.sampleGraph, 80, 24)), named: "sample-first-80x24")
        assertSnapshot(Fixtures.screen(Fixtures.state(Fixtures.sampleGraph, 80, 24, [.activate])), named: "sample-statement-80x24")
    }

    func testSampleAt200x60() {
        assertSnapshot(Fixtures.screen(Fixtures.state(Fixtures.sampleGraph, 200, 60)), named: "sample-first-200x60")
    }

    func testHelpOverlay() {
        assertSnapshot(Fixtures.screen(Fixtures.state(Fixtures.mixedScriptGraph, 80, 24, [.toggleHelp])), named: "help-80x24")
        assertSnapshot(Fixtures.screen(Fixtures.state(Fixtures.mixedScriptGraph, 120, 40, [.toggleHelp])), named: "help-120x40")
    }

    func testWideCharactersKeepColumnsAligned() {
        let screen = Fixtures.screen(Fixtures.state(Fixtures.mixedScriptGraph, 120, 30))
        assertSnapshot(screen, named: "mixed-scripts-120x30")
        // Every row of the timeline has its right border at the same column, whatever the script.
        var canvas = Canvas(size: Size(width: 120, height: 30))
        render(Fixtures.state(Fixtures.mixedScriptGraph, 120, 30), theme: .fallback, into: &canvas)
        let timeline = Layout.compute(size: canvas.size, focus: .timeline).frame(of: .timeline)!
        for y in timeline.y..<timeline.maxY {
            XCTAssertTrue(["│", "┐", "┘"].contains(canvas[timeline.maxX - 1, y].text), "row \(y): \(canvas.line(y))")
            XCTAssertEqual(DisplayWidth.of(canvas.line(y)), 120, "row \(y) is not 120 columns: \(canvas.line(y))")
        }
    }

    func testFollowLinkAndGoBack() {
        var state = Fixtures.state(Fixtures.mixedScriptGraph, 120, 30, [.focus(.statement)])
        XCTAssertFalse(state.selectedLinks.isEmpty)
        let before = state.selectedStatement?.id
        update(&state, .activate)
        XCTAssertNotEqual(state.selectedStatement?.id, before)
        assertSnapshot(Fixtures.screen(state), named: "mixed-followed-link-120x30")
        update(&state, .back)
        XCTAssertEqual(state.selectedStatement?.id, before)
        assertSnapshot(Fixtures.screen(state), named: "mixed-back-120x30")
    }

    /// Following a link and pressing Backspace gives back the very same screen,
    /// on the sample (whatever links the model makes) and on the hand-built graph.
    func testBackRestoresTheScreenExactly() throws {
        for (name, graph) in [("sample", Fixtures.sampleGraph), ("mixed", Fixtures.mixedScriptGraph)] {
            var state = Fixtures.state(graph, 120, 40)
            guard let position = state.items.firstIndex(where: { item in
                if case .statement(let index) = item { return !graph.statements[index].links.isEmpty } else { return false }
            }) else {
                if name == "sample" { continue } // the placeholder linker may link nothing in the sample
                return XCTFail("the hand-built graph has links")
            }
            update(&state, .top)
            for _ in 0..<position { update(&state, .moveDown) }
            update(&state, .activate)
            XCTAssertEqual(state.focus, .statement, name)
            let before = Fixtures.screen(state)
            update(&state, .activate)
            XCTAssertNotEqual(Fixtures.screen(state), before, "\(name): following a link changes the screen")
            update(&state, .back)
            XCTAssertEqual(Fixtures.screen(state), before, name)
        }
    }

    func testNarrowTabsAndPrompt() {
        var state = Fixtures.state(Fixtures.mixedScriptGraph, 80, 24, [.startSearch])
        for character in "talks" { update(&state, .promptInput(character)) }
        assertSnapshot(Fixtures.screen(state), named: "mixed-search-prompt-80x24")
    }

    /// After `/` the status line counts the matches and says which is selected.
    func testSearchCount() {
        var state = Fixtures.state(Fixtures.mixedScriptGraph, 120, 30, [.startSearch])
        for character in "песков" { update(&state, .promptInput(character)) }
        update(&state, .promptSubmit)
        update(&state, .nextMatch)
        assertSnapshot(Fixtures.screen(state), named: "mixed-search-count-120x30")
    }
}

/// Every size renders without trapping, down to a single cell, in every pane and overlay.
final class RenderSizeTests: XCTestCase {
    func testAllSizesRender() {
        let sizes = [(1, 1), (2, 2), (9, 3), (10, 3), (20, 5), (40, 10), (80, 17), (80, 18), (99, 19), (100, 20), (100, 33), (100, 35), (159, 39), (160, 40), (200, 60)]
        for graph in [Fixtures.mixedScriptGraph, Fixtures.sampleGraph, Fixtures.eventGraph, StatementGraph(analyses: [])] {
            for (width, height) in sizes {
                for pane in PaneID.allCases {
                    for extra in [[], [Action.toggleHelp], [.startSearch, .promptInput("習")], [.bottom, .activate, .activate], [.top, .activate, .toggleEvents]] {
                        let state = Fixtures.state(graph, width, height, [.focus(pane)] + extra)
                        let screen = Fixtures.screen(state)
                        XCTAssertEqual(screen.split(separator: "\n", omittingEmptySubsequences: false).count, height + 1, "\(width)x\(height)")
                    }
                }
            }
        }
    }
}
