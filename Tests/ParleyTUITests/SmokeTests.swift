import XCTest
@testable import ParleyTUI

final class TUISmokeTests: XCTestCase {
    func testOptions() { XCTAssertNil(BrowserOptions().person) }
}
