import Foundation
import XCTest

/// Finds `../shared` beside the package (the project's reference material) for tests that read it.
enum SharedMaterial {
    /// The package root: three levels above this file (Tests/ParleyKitTests/Support).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, or a skip naming what is missing.
    static func folder(_ relative: String = "") throws -> URL {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("../shared is absent (\(url.path)): this test reads the project's reference material")
        }
        return url
    }
}

/// A temporary folder removed when the test ends.
func temporaryFolder(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}
