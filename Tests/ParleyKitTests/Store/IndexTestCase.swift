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

    /// Three short articles the index tests store: two name Anna Berg (once as "Berg"), one Lena Dahl.
    let talks = "Talks in Oslo\n\nAnna Berg, the finance minister, said the talks will go on until Friday. "
        + "\"We are close to a deal on fishing quotas,\" Berg told reporters on Monday.\n"
    let budget = "Budget row\n\nMs Berg said the budget for fishing quotas would be cut in March. "
        + "Opposition leader Tom Hale said the cut was reckless.\n"
    let harbour = "Harbour plan\n\nThe mayor, Lena Dahl, said the harbour will be rebuilt by 2030. "
        + "Critics said the plan ignored the fishermen.\n"

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
