import XCTest
@testable import ParleyKit
@testable import ParleyTUI

/// The Statement pane's list of links: each link reads differently from the others.
final class StatementPaneTests: XCTestCase {
    let graph = Fixtures.sameSpeakerGraph

    /// The link lines of the statement "We will cut spending on roads." at `width` columns.
    private func linkLines(width: Int) -> [String] {
        let state = Fixtures.state(graph, 120, 40, [.moveDown])
        XCTAssertEqual(state.selectedStatement.map { graph.contentText(of: $0) }, "We will cut spending on roads.")
        return StatementPane.lines(state, width: width).filter { $0.link != nil }.map { $0.pieces.map(\.text).joined() }
    }

    func testTwoLinksToTheSameSpeakerOnTheSameDayReadDifferently() {
        let state = Fixtures.state(graph, 120, 40, [.moveDown])
        XCTAssertEqual(state.selectedLinks.filter { $0.kind == .sameSpeaker }.count, 2, "the linker links to the statements before and after")
        for width in [24, 30, 43, 60, 100] {
            let lines = linkLines(width: width)
            XCTAssertEqual(Set(lines).count, lines.count, "at \(width) columns: \(lines)")
            for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, line) }
        }
        // Wide enough, a line gives the date and the first words, without repeating the speaker.
        let wide = linkLines(width: 60)
        XCTAssertTrue(wide.contains("→ 2021-06-05 · Taxes will rise for the rich next year."), "\(wide)")
        XCTAssertTrue(wide.contains("→ 2021-06-05 · Omar Diaz: Taxes are too high."), "\(wide)")
        // Too narrow for the words that differ: the lines start where the statements differ.
        let narrow = linkLines(width: 30)
        XCTAssertTrue(narrow.contains("→ 2021-06-05 · …rich next yea…"), "\(narrow)")
        XCTAssertTrue(narrow.contains("→ 2021-06-05 · …poor never."), "\(narrow)")
    }

    func testAnEventsStatementsReadDifferentlyToo() {
        let state = Fixtures.state(graph, 120, 40, [.bottom])
        XCTAssertEqual(state.selectedEvent?.text, "The tax vote is on June 16.")
        for width in [30, 43, 60] {
            let lines = StatementPane.lines(state, width: width).filter { $0.link != nil }.map { $0.pieces.map(\.text).joined() }
            XCTAssertEqual(lines.count, 2)
            XCTAssertEqual(Set(lines).count, 2, "at \(width) columns: \(lines)")
        }
        let wide = StatementPane.lines(state, width: 80).filter { $0.link != nil }.map { $0.pieces.map(\.text).joined() }
        XCTAssertEqual(wide.first, "→ Sat 2021-06-05 · Anna Berg: Taxes will rise for the rich next year.", "an event's statements name their speaker")
    }

    func testLinksStandUnderHeadingsThatSayWhyTheyAreLinked() {
        let state = Fixtures.state(graph, 120, 40, [.moveDown])
        let lines = StatementPane.lines(state, width: 60).map { $0.pieces.map(\.text).joined() }
        let headings = ["same speaker", "same topic · tax"]
        for heading in headings { XCTAssertTrue(lines.contains(heading), "\(lines)") }
        // j walks the links top to bottom: the link numbers rise down the pane.
        let order = StatementPane.lines(state, width: 60).compactMap(\.link)
        XCTAssertEqual(order, Array(order.indices))
        XCTAssertEqual(state.selectedLinks.map(\.kind), [.sameSpeaker, .sameSpeaker, .sameTopic])
    }

    func testSnapshot() {
        assertSnapshot(Fixtures.screen(Fixtures.state(graph, 120, 30, [.moveDown, .activate])), named: "same-speaker-links-120x30")
        assertSnapshot(Fixtures.screen(Fixtures.state(graph, 80, 24, [.moveDown, .activate, .moveDown, .moveDown, .moveDown, .moveDown])), named: "same-speaker-links-80x24")
    }
}
