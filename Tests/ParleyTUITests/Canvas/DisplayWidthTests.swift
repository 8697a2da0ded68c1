import XCTest
@testable import ParleyTUI

final class DisplayWidthTests: XCTestCase {
    func testScripts() {
        XCTAssertEqual(DisplayWidth.of("Peskov"), 6)
        XCTAssertEqual(DisplayWidth.of("Песков"), 6, "Cyrillic is one column a letter")
        XCTAssertEqual(DisplayWidth.of("习近平"), 6, "CJK ideographs are wide")
        XCTAssertEqual(DisplayWidth.of("ｱ"), 1, "halfwidth katakana is narrow")
        XCTAssertEqual(DisplayWidth.of("Ａ"), 2, "fullwidth Latin is wide")
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
    }

    func testEmoji() {
        XCTAssertEqual(DisplayWidth.of("🤝"), 2)
        XCTAssertEqual(DisplayWidth.of("👩‍💻"), 2, "a ZWJ sequence is one wide grapheme")
        XCTAssertEqual(DisplayWidth.of("🇺🇦"), 2, "a flag is one wide grapheme")
        XCTAssertEqual(DisplayWidth.of("👍🏽"), 2, "a skin tone rides on its base")
        XCTAssertEqual(DisplayWidth.of("❤️"), 2, "VS16 asks for emoji presentation")
        XCTAssertEqual(DisplayWidth.of("❤"), 1, "text presentation by default")
        XCTAssertEqual(DisplayWidth.of("Summit ends 🤝 talks go on"), 26)
    }

    func testZeroWidth() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining mark adds nothing")
        XCTAssertEqual(DisplayWidth.of("\u{301}"), 0)
        XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2, "zero width space")
        XCTAssertEqual(DisplayWidth.of("\u{1B}"), 0)
    }

    func testFitNeverSplitsAGrapheme() {
        XCTAssertEqual(TextLayout.fit("习近平", width: 5), "习近…")
        XCTAssertEqual(TextLayout.fit("习近平", width: 4), "习… ", "the column after the cut stays blank")
        XCTAssertEqual(DisplayWidth.of(TextLayout.fit("🇺🇦🇺🇦🇺🇦", width: 4)), 4)
        XCTAssertEqual(TextLayout.fit("ab", width: 4), "ab  ")
        XCTAssertEqual(TextLayout.fit("ab", width: 4, alignRight: true), "  ab")
        XCTAssertEqual(TextLayout.prefix("Zoe\u{301}!", width: 3), "Zoe\u{301}")
    }

    func testSanitizeDropsControlAndEscapeCharacters() {
        XCTAssertEqual(TextLayout.sanitize("a\u{1B}[31mred\u{07}"), "a[31mred")
        XCTAssertEqual(TextLayout.sanitize("tab\there\nline"), "tab here line")
        XCTAssertEqual(TextLayout.sanitize("x\u{202E}evil\u{9B}"), "xevil")
    }

    func testWrap() {
        XCTAssertEqual(TextLayout.wrap("one two three four", width: 9), ["one two", "three", "four"])
        XCTAssertEqual(TextLayout.wrap("习近平和平发展", width: 6), ["习近平", "和平发", "展"])
        XCTAssertEqual(TextLayout.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
    }

    func testWrapRangesCountScalars() {
        let text = "Zoe\u{301} said hello\n\nnext"
        let ranges = TextLayout.wrapRanges(text, width: 9)
        let scalars = Array(text.unicodeScalars)
        let lines = ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
        XCTAssertEqual(lines, ["Zoe\u{301} said", "hello", "", "next"])
        XCTAssertEqual(ranges[0], 0..<9)
    }
}
