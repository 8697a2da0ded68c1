import XCTest
@testable import ParleyKit

/// Terminal escape sequences leave no trace in the normalised text.
final class EscapeSequenceTests: XCTestCase {
    func testCSISequencesAreDroppedWhole() {
        XCTAssertEqual(TextNormalizer.normalize("a \u{1B}[31mred\u{1B}[0m word"), "a red word")
        XCTAssertEqual(TextNormalizer.normalize("x\u{9B}2Jy"), "xy")
        XCTAssertEqual(TextNormalizer.normalize("\u{1B}[?25lhidden cursor"), "hidden cursor")
    }

    func testOSCStringsAndTwoCharacterSequencesAreDropped() {
        XCTAssertEqual(TextNormalizer.normalize("title\u{1B}]0;evil\u{07} text"), "title text")
        XCTAssertEqual(TextNormalizer.normalize("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\ b"), "alink b")
        XCTAssertEqual(TextNormalizer.normalize("reset\u{1B}c here"), "reset here")
    }

    func testBrokenSequencesDropOnlyTheIntroducer() {
        XCTAssertEqual(TextNormalizer.normalize("end\u{1B}"), "end")
        XCTAssertEqual(TextNormalizer.normalize("a\u{1B}[31"), "a31", "an unfinished CSI loses its introducer, ESC [")
        XCTAssertFalse(TextNormalizer.normalize("a\u{1B}\u{1B}[1mb").unicodeScalars.contains { $0.value == 0x1B })
    }
}
