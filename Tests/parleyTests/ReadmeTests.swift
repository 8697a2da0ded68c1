import Foundation
import XCTest
@testable import parley

/// What the README and `parley eval` tell a person trying parley from the checkout.
final class ReadmeTests: XCTestCase {
    private var readme: String {
        get throws {
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            return try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        }
    }

    func testUseSaysHowToRunParleyBeforeTheCommands() throws {
        let text = try readme
        let use = try XCTUnwrap(text.range(of: "## Use"))
        let section = text[use.upperBound...]
        let firstCommand = try XCTUnwrap(section.range(of: "\nparley "), "the Use section lists parley commands")
        let before = section[..<firstCommand.lowerBound]
        XCTAssertTrue(before.contains("swift run parley"), "how to run it from the checkout comes first")
        XCTAssertTrue(before.contains(".build/release/parley"))
        XCTAssertTrue(before.contains("PATH"), "says the binary is not on PATH")
    }

    func testTheEvalFolderSaysWhereItComesFrom() throws {
        let text = try readme
        XCTAssertTrue(text.contains("parley eval polnear/dev"))
        XCTAssertTrue(text.contains("networkdynamics/PolNeAR"), "where a PolNeAR split comes from")
        XCTAssertTrue(text.contains("../shared/corpora/polnear"), "where this project keeps one")
        XCTAssertThrowsError(try Parley.parseAsRoot(["eval", "polnear/dev"])) { error in
            let message = Parley.message(for: error)
            XCTAssertTrue(message.contains("polnear/dev is not a folder"), message)
            XCTAssertTrue(message.contains("PolNeAR"), message)
        }
    }
}
