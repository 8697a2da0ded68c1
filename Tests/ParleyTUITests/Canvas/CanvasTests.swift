import XCTest
@testable import ParleyTUI

final class CanvasTests: XCTestCase {
    func testWideCharacterTakesTwoCells() {
        var canvas = Canvas(size: Size(width: 6, height: 1))
        let end = canvas.write("a习b", x: 0, y: 0)
        XCTAssertEqual(end, 4)
        XCTAssertEqual(canvas[1, 0].width, 2)
        XCTAssertEqual(canvas[2, 0].width, 0, "continuation cell")
        XCTAssertEqual(canvas.line(0), "a习b  ")
    }

    func testWideCharacterAtTheEdgeLeavesABlank() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.write("abc习", x: 0, y: 0)
        XCTAssertEqual(canvas.line(0), "abc ")
        canvas.write("x", x: 1, y: 0, maxWidth: 1)
        XCTAssertEqual(canvas.line(0), "axc ")
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(size: Size(width: 4, height: 1))
        canvas.write("习近", x: 0, y: 0)
        canvas.write("x", x: 1, y: 0)
        XCTAssertEqual(canvas.line(0), " x近")
    }

    func testCombiningMarkJoinsItsBase() {
        var canvas = Canvas(size: Size(width: 5, height: 1))
        canvas.write("Zoe\u{301}!", x: 0, y: 0)
        XCTAssertEqual(canvas[2, 0].text, "e\u{301}")
        XCTAssertEqual(canvas[3, 0].text, "!")
    }

    func testEscapeSequencesNeverReachACell() {
        var canvas = Canvas(size: Size(width: 20, height: 1))
        canvas.write("a\u{1B}]0;pwned\u{07}b", x: 0, y: 0)
        XCTAssertFalse(canvas.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
        XCTAssertEqual(canvas.text, "a]0;pwnedb\n")
    }

    func testEmojiLineKeepsTheNextColumn() {
        var canvas = Canvas(size: Size(width: 30, height: 2))
        canvas.write(TextLayout.fit("Summit ends 🤝 talks go on", width: 20), x: 0, y: 0)
        canvas.write("|", x: 20, y: 0)
        canvas.write(TextLayout.fit("plain text", width: 20), x: 0, y: 1)
        canvas.write("|", x: 20, y: 1)
        XCTAssertEqual(canvas[20, 0].text, "|")
        XCTAssertEqual(canvas[20, 1].text, "|")
        XCTAssertEqual(DisplayWidth.of(canvas.line(0)), 30)
    }

    func testWritingOutsideTheGridIsIgnored() {
        var canvas = Canvas(size: Size(width: 3, height: 2))
        canvas.fill(Rect(x: 5, y: 5, width: 2, height: 2), style: .plain)
        canvas.fill(Rect(x: -4, y: -4, width: 2, height: 2), style: .plain)
        canvas.write("abc", x: -1, y: 0)
        canvas.write("abc", x: 0, y: 7)
        XCTAssertEqual(canvas.text, "bc\n\n")
    }
}
