import ArgumentParser
import Foundation
import XCTest
@testable import parley
@testable import ParleyKit

final class ExportCommandTests: XCTestCase {
    /// Commands given paths index them into the default index: keep it in a temp folder.
    override func setUpWithError() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("parley-xdg-\(UUID().uuidString)")
        setenv("XDG_DATA_HOME", data.path, 1)
        addTeardownBlock { try? FileManager.default.removeItem(at: data) }
    }

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("parley-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testExportWritesEveryFormatToAFile() throws {
        let dir = try folder()
        try "Talks\n\nAnna Berg said the talks will go on until Friday.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        for format in ExportFormat.allCases {
            let out = dir.appendingPathComponent("out.\(format.rawValue)")
            var command = try Parley.parseAsRoot(["export", "--format", format.rawValue, "--output", out.path, dir.appendingPathComponent("a.txt").path])
            try command.run()
            let written = try String(contentsOf: out, encoding: .utf8)
            XCTAssertFalse(written.isEmpty, format.rawValue)
        }
    }

    func testExportGoesOnPastABadFileAndExitsWithOne() throws {
        let dir = try folder()
        try "Talks\n\nAnna Berg said the talks will go on until Friday.".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 3, 0]).write(to: dir.appendingPathComponent("binary.txt"))
        let out = dir.appendingPathComponent("out.jsonl")
        var command = try Parley.parseAsRoot(["export", "--output", out.path, dir.path])
        XCTAssertThrowsError(try command.run()) { error in
            XCTAssertEqual((error as? ExitCode)?.rawValue, 1)
        }
        let written = try String(contentsOf: out, encoding: .utf8)
        XCTAssertTrue(written.contains("\"type\":\"article\""))
    }

    func testBadOptionsAreRejectedWithAReason() {
        XCTAssertThrowsError(try Parley.parseAsRoot(["export", "--published", "June 5", "x.txt"]))
        XCTAssertThrowsError(try Parley.parseAsRoot(["export", "--format", "pdf", "x.txt"]))
        XCTAssertThrowsError(try Parley.parseAsRoot(["export", "--query", "kind:shouted", "x.txt"]))
        XCTAssertThrowsError(try Parley.parseAsRoot(["export"]))
        XCTAssertNoThrow(try Parley.parseAsRoot(["export", "--index", "i.sqlite"]))
        XCTAssertThrowsError(try Parley.parseAsRoot(["index"]))
        XCTAssertNoThrow(try Parley.parseAsRoot(["--person", "Berg", "x.txt"]))
        XCTAssertThrowsError(try Parley.parseAsRoot(["export", "--published", "2024-02-30", "x.txt"]))
        // query words among the arguments are checked as --query is, by export and by the browser
        for command in [["export"], [], ["browse"]] {
            XCTAssertThrowsError(try Parley.parseAsRoot(command + ["--index", "i.sqlite", "Blair", "OR"]), "\(command)") { error in
                XCTAssertTrue(Parley.message(for: error).contains("OR needs a term on each side"), Parley.message(for: error))
            }
        }
        XCTAssertNoThrow(try Parley.parseAsRoot(["--index", "i.sqlite", "Blair", "OR", "Brown"]))
    }

    func testATypingSlipOfACommandBeforeAPathIsCaught() throws {
        let dir = try folder()
        XCTAssertThrowsError(try Parley.parseAsRoot(["exprot", dir.path])) { error in
            XCTAssertTrue(Parley.message(for: error).contains("parley export"), Parley.message(for: error))
        }
        XCTAssertEqual(InputOptions.commandNear("indx"), "index")
        XCTAssertNil(InputOptions.commandNear("budget"))
        // a query word with no path after it stays a query word
        XCTAssertNoThrow(try Parley.parseAsRoot(["--index", "i.sqlite", "expert"]))
    }
}
