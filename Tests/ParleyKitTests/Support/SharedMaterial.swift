import Foundation
import XCTest

/// Finds `../shared` beside the package (the project's reference material) for tests that read it.
enum SharedMaterial {
    /// The package root: three levels above this file (Tests/ParleyKitTests/Support).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared`, whether or not it exists.
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// `../shared/<relative>`, or a skip naming what is missing.
    static func folder(_ relative: String = "") throws -> URL {
        guard FileManager.default.fileExists(atPath: root.path) else {
            throw XCTSkip("../shared is absent (\(root.path)): this test reads the project's reference material")
        }
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("../shared is present but \(relative) is absent")
        }
        return url
    }

    /// The article a gold file names (`"article"`), found under `../shared/seeds` or `../shared/corpora`.
    static func goldArticle(named name: String) -> URL? {
        for folder in ["seeds", "corpora"] {
            let walker = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                if url.lastPathComponent == name { return url }
            }
        }
        return nil
    }
}

/// A temporary folder removed when the test ends.
func temporaryFolder(_ test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}
