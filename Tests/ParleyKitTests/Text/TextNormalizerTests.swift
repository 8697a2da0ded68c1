import XCTest
@testable import ParleyKit

final class TextNormalizerTests: XCTestCase {
    func testLineEnds() {
        XCTAssertEqual(TextNormalizer.normalize("a\r\nb\rc\nd\u{2028}e\u{2029}f\u{85}g"), "a\nb\nc\nd\ne\n\nf\ng")
    }

    func testControlCharactersNeverSurvive() {
        let raw = "red\u{1B}[31mtext\u{07}\u{9B}2J\u{7F}\u{0}end\ttab"
        let out = TextNormalizer.normalize(raw)
        for s in out.unicodeScalars where s != "\t" && s != "\n" {
            XCTAssertFalse(s.value < 0x20 || (0x7F...0x9F).contains(s.value), "control U+\(String(s.value, radix: 16)) survived")
        }
        XCTAssertEqual(out, "redtext   end\ttab", "the CSI sequences go whole; BEL, DEL and NUL become spaces")
    }

    func testSoftHyphensAndInvisibles() {
        XCTAssertEqual(TextNormalizer.normalize("gov\u{AD}ern\u{200B}ment\u{FEFF}"), "government")
        XCTAssertEqual(TextNormalizer.normalize("\u{202E}evil\u{202C} \u{200F}x"), "evil x")
        // Joiners stay: emoji sequences and Persian spelling need them.
        XCTAssertEqual(TextNormalizer.normalize("👩\u{200D}💻 می\u{200C}خواهم"), "👩\u{200D}💻 می\u{200C}خواهم")
    }

    func testNFCAndReplacementCharacter() {
        XCTAssertEqual(TextNormalizer.normalize("Cafe\u{301} \u{FFFD}").unicodeScalars.map(\.value),
                       "Café \u{FFFD}".unicodeScalars.map(\.value))
    }
}
