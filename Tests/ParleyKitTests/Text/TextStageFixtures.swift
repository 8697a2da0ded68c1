import Foundation
import XCTest

/// Locates `../shared` relative to the package root, for the Text and Topics tests that read the shared benchmarks and corpora.
enum TextStageFixtures {
    /// `../shared/<path>`, or an `XCTSkip` when it is absent.
    static func url(_ path: String) throws -> URL { try SharedMaterial.folder(path) }
}
