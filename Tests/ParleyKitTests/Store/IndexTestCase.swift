import Foundation
import GRDB
import XCTest
@testable import ParleyKit

/// What the index tests share: a fresh temp folder per test, article files in it, an index file and runs of
/// `IndexBuilder` with small batches (so that several transactions are exercised).
class IndexTestCase: XCTestCase {
    /// The test's temp folder (removed after the test).
    var folder: URL!

    /// A name for the temp folder, so that a leftover one says which tests made it.
    var folderPrefix: String { "parley-index" }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(folderPrefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `text` to `name` under the temp folder (subfolders made) and returns its path.
    @discardableResult
    func article(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// The index file `index/NAME` under the temp folder.
    func store(_ name: String = "parley.sqlite") throws -> IndexStore {
        try IndexStore(path: folder.appendingPathComponent("index/" + name).path)
    }

    /// One `parley index` run over `paths`, in batches of two articles.
    func index(_ paths: [String], _ store: IndexStore, prune: Bool = false) throws -> IndexBuilder.Report {
        var builder = IndexBuilder()
        builder.batchSize = 2
        builder.pruneGoneFiles = prune
        return try builder.index(paths: paths, into: store)
    }
}
