import XCTest
@testable import ParleyKit

final class SmokeTests: XCTestCase {
    func testSampleIsBundled() {
        XCTAssertFalse(ResourceFile.sampleArticleURLs.isEmpty)
    }
}
