import Foundation
import XCTest

/// Locates `../shared` relative to the package root, for the Text and Topics tests that read the shared benchmarks and corpora.
enum TextStageFixtures {
    /// The package root: three folders above this file (Tests/ParleyKitTests/Text/).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `../shared/<path>`, or an `XCTSkip` when `../shared` is absent.
    static func url(_ path: String) throws -> URL {
        let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        guard FileManager.default.fileExists(atPath: shared.path) else {
            throw XCTSkip("../shared is absent: \(shared.path)")
        }
        let url = shared.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("../shared is present but \(path) is absent")
        }
        return url
    }
}
