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

    func testEmptyQueryAndURLs() throws {
        XCTAssertTrue(try Query.parse("   ").isEmpty)
        XCTAssertEqual(try Query.parse("http://x").words, [["http://x"]])
        XCTAssertEqual(try Query.parse("speaker:Smith").persons, ["Smith"])
    }

    func testUnknownFieldsEmptyValuesAndImpossibleDatesAreErrors() {
        XCTAssertThrowsError(try Query.parse("words speakr:Smith")) { error in
            XCTAssertEqual("\(error)", "query: unknown field \"speakr:\"; the fields are person, mentions, topic, after, before, said, source, kind (at column 7)")
        }
        XCTAssertThrowsError(try Query.parse("person:")) { error in XCTAssertTrue("\(error)".contains("has no value")) }
        XCTAssertThrowsError(try Query.parse("person: Smith"))
        XCTAssertThrowsError(try Query.parse("after:2021-13-01"))
        XCTAssertThrowsError(try Query.parse("after:2021-02-29"))
        XCTAssertNoThrow(try Query.parse("after:2020-02-29 before:2021-12"))
    }

    func testErrorsSayWhereAndWhy() {
        XCTAssertThrowsError(try Query.parse(#"topic:"open"#)) { error in
            XCTAssertEqual((error as? Query.ParseError)?.offset, 6, "at the quote, not at the term")
        }
        XCTAssertThrowsError(try Query.parse(#"Blair topic:"unclosed"#)) { error in
            XCTAssertEqual("\(error)", "query: the quote opened here is not closed (at column 13)")
        }
        XCTAssertThrowsError(try Query.parse("kind:shouted")) { error in
            XCTAssertTrue("\(error)".contains("direct, indirect or mixed"))
        }
        XCTAssertThrowsError(try Query.parse("words after:June"))
    }

    func testALoneOrOrMinusIsAnError() {
        for (query, column) in [("OR", 1), ("Blair OR", 7), ("OR Blair", 1), ("Blair OR OR Brown", 7)] {
            XCTAssertThrowsError(try Query.parse(query), query) { error in
                XCTAssertEqual("\(error)", "query: OR needs a term on each side (at column \(column))", query)
            }
        }
        for (query, column) in [("-", 1), ("Blair - Brown", 7), ("Blair -", 7)] {
            XCTAssertThrowsError(try Query.parse(query), query) { error in
                XCTAssertEqual("\(error)", "query: - needs a term after it (with no space: -word) (at column \(column))", query)
            }
        }
        XCTAssertEqual(try Query.parse("peace OR war").words, [["peace", "war"]])
        XCTAssertEqual(try Query.parse(#""OR" -x"#).words, [["OR"]], "a quoted OR is a word")
        XCTAssertEqual(try Query.parse("-x").excluded, ["x"])
        XCTAssertEqual(try Query.parse("cease-fire").words, [["cease-fire"]])
    }
}
