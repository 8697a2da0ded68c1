import XCTest
@testable import parley

final class CLISmokeTests: XCTestCase {
    func testParses() throws { XCTAssertNoThrow(try Parley.parseAsRoot(["export", "x"])) }
}
