import Foundation
import XCTest
@testable import ParleyKit
@testable import ParleyTUI

/// The ncurses backend, headless: ncurses draws into its own copy of a
/// 120x30 screen (output to /dev/null), which is read back and compared with
/// the canvas. This checks that wide and composed characters land where the
/// canvas put them once ncurses has measured them itself.
final class TerminalTests: XCTestCase {
    func testCanvasReachesTheScreenUnchanged() throws {
        guard let terminal = Terminal.headless(size: Size(width: 120, height: 30)) else {
            throw XCTSkip("no C.UTF-8 locale or xterm-256color terminfo here")
        }
        defer { terminal.stop() }
        XCTAssertEqual(terminal.size, Size(width: 120, height: 30))
        var state = Fixtures.state(Fixtures.mixedScriptGraph, 120, 30)
        update(&state, .startSearch)
        update(&state, .promptInput("🤝"))
        var canvas = Canvas(size: state.size)
        let theme = try ThemeLoader.load(named: "default", environment: [:])
        render(state, theme: theme, into: &canvas)
        terminal.draw(canvas)
        for y in 0..<canvas.size.height {
            // Unless told the terminal joins them, a ZWJ sequence goes out as its first emoji (see Terminal.firstEmoji).
            var expected = canvas.line(y).replacingOccurrences(of: "👩‍💻", with: "👩")
            while expected.last == " " { expected.removeLast() }
            XCTAssertEqual(terminal.rowText(y), expected, "row \(y)")
        }
        XCTAssertGreaterThan(terminal.pairCount, 3, "the theme's colours became pairs")
        terminal.joinsEmojiSequences = true
        terminal.draw(canvas)
        XCTAssertTrue(terminal.rowText(5).contains("👩‍💻"), terminal.rowText(5))
    }
}
