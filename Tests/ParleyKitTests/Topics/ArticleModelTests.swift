import XCTest
@testable import ParleyKit

/// The integer-keyed pieces of `ArticleModel`: they must answer exactly as the string operations they replace.
final class ArticleModelTests: XCTestCase {
    func testStringTableGivesEqualStringsOneID() {
        var table = StringTable(capacity: 4)
        let a = table.id("ban"), b = table.id("hunting"), c = table.id("ban")
        XCTAssertEqual(a, c)
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(table[b], "hunting")
        // canonically equivalent spellings are one string in Swift, so one id
        XCTAssertEqual(table.id("caf\u{E9}"), table.id("cafe\u{301}"))
        XCTAssertNil(table.existingID("fox"))
        XCTAssertEqual(table.count, 3)
    }

    func testGramKeepsOrderAndLength() {
        XCTAssertEqual(Gram([1, 2]).ids, [1, 2])
        XCTAssertNotEqual(Gram([1, 2]), Gram([2, 1]))
        XCTAssertNotEqual(Gram([1]), Gram([1, 1]))
        XCTAssertEqual(Gram([4, 5, 6, 7]).ids, [4, 5, 6, 7])
    }

    func testWordEndingAgreesWithHasSuffix() {
        let words = ["hunting", "policies", "u.s.", "ly", "carefully", "naïveté", "cafe\u{301}d", "bed", "x\r\ned",
                     "britain's", "taxes", "e", "", "résumés", "ing"]
        let suffixes: [StaticString] = ["ing", "ed", "ly", "'s", "s", "es", "d", "e", "ies", "able"]
        for word in words {
            let ending = ArticleModel.WordEnding(word)
            XCTAssertEqual(ending.count, word.count, word)
            for suffix in suffixes {
                XCTAssertEqual(ending.has(suffix), word.hasSuffix(suffix.description), "\(word) \(suffix)")
            }
        }
    }

    func testShapeBits() {
        typealias Shape = ArticleModel.Word.Shape
        XCTAssertEqual(ArticleModel.Word.shape(of: "quickly") & Shape.ly, Shape.ly)
        XCTAssertEqual(ArticleModel.Word.shape(of: "banned") & Shape.participle, Shape.participle)
        XCTAssertEqual(ArticleModel.Word.shape(of: "agreed") & Shape.participle, 0)  // -eed
        XCTAssertEqual(ArticleModel.Word.shape(of: "us") & Shape.short, Shape.short)
        XCTAssertEqual(ArticleModel.Word.shape(of: "hunting") & Shape.ing, Shape.ing)
        XCTAssertEqual(ArticleModel.Word.shape(of: "dangerous") & Shape.adjective, Shape.adjective)
        XCTAssertEqual(ArticleModel.Word.shape(of: "tax"), 0)
    }

    func testContainsMatchesContiguousRuns() {
        XCTAssertTrue(ArticleModel.contains([1, 2, 3], [2, 3]))
        XCTAssertFalse(ArticleModel.contains([1, 2, 3], [1, 3]))
        XCTAssertFalse(ArticleModel.contains([1], [1, 2]))
        XCTAssertFalse(ArticleModel.contains([1, 2], []))
    }
}
