import XCTest
@testable import ParleyKit

final class QueryParserTests: XCTestCase {
    func testFieldsWordsPhrasesExclusionsAndOr() throws {
        let q = try Query.parse(#"person:Smith topic:"bilateral relations" after:2021-06-01 before:2021-06 said:announced source:tass kind:direct talks "exact phrase" -excluded peace OR war"#)
        XCTAssertEqual(q.persons, ["Smith"])
        XCTAssertEqual(q.topics, ["bilateral relations"])
        XCTAssertEqual(q.after, "2021-06-01")
        XCTAssertEqual(q.before, "2021-06")
        XCTAssertEqual(q.cues, ["announced"])
        XCTAssertEqual(q.sources, ["tass"])
        XCTAssertEqual(q.kinds, [.direct])
        XCTAssertEqual(q.words, [["talks"], ["exact phrase"], ["peace", "war"]])
        XCTAssertEqual(q.excluded, ["excluded"])
    }

    func testEmptyQueryAndUnknownFieldIsAWord() throws {
        XCTAssertTrue(try Query.parse("   ").isEmpty)
        XCTAssertEqual(try Query.parse("http://x").words, [["http://x"]])
        XCTAssertEqual(try Query.parse("-").words, [["-"]])
    }

    func testErrorsSayWhereAndWhy() {
        XCTAssertThrowsError(try Query.parse(#"topic:"open"#)) { error in
            XCTAssertEqual((error as? Query.ParseError)?.offset, 0)
        }
        XCTAssertThrowsError(try Query.parse("kind:shouted")) { error in
            XCTAssertTrue("\(error)".contains("direct, indirect or mixed"))
        }
        XCTAssertThrowsError(try Query.parse("words after:June"))
    }
}
