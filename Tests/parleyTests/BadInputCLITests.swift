import Foundation
import XCTest

/// Issue 5, "Bad input", end to end: the built `parley export --format jsonl` on a folder with one bad file
/// beside a good article. The good article's statements come out on stdout, the bad file gets one message on
/// stderr naming it (and its line where it has one), and the exit status is 1.
final class BadInputCLITests: XCTestCase {
    private let good = "Talks\n\nAnna Berg said the talks will go on until Friday."

    /// The built `parley` executable, beside the test bundle in the build folder.
    private func parley() throws -> URL {
        var candidates: [URL] = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        for folder in candidates {
            let url = folder.appendingPathComponent("parley")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw XCTSkip("the parley executable is not built beside the tests (looked in \(candidates.map(\.path)))")
    }

    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `parley export --format jsonl` on a new folder with `good.txt` and the bad file `name`.
    private func export(badFile name: String, bytes: [UInt8], extraArguments: [String] = []) throws -> (Run, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try good.write(to: input.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let bad = input.appendingPathComponent(name)
        try Data(bytes).write(to: bad)
        return (try run(["export", "--format", "jsonl"] + extraArguments + [input.path], data: folder.appendingPathComponent("data")), bad.path)
    }

    /// Runs the built `parley` with `arguments`; as the unprivileged user `nobody` (through util-linux's
    /// `setpriv`) when `unprivileged`, so that file permissions apply even when the tests run as root.
    private func run(_ arguments: [String], data: URL, unprivileged: Bool = false) throws -> Run {
        let process = Process()
        if unprivileged {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", try parley().path] + arguments
        } else {
            process.executableURL = try parley()
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = data.path
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a full pipe cannot block it.
        final class Box: @unchecked Sendable { var data = Data() }
        let stdout = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { stdout.data = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout.data, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The checks every case shares; returns the stderr lines that name the bad file.
    @discardableResult
    private func check(_ run: Run, bad: String, line: Int? = nil, says words: String, file: StaticString = #filePath, at: UInt = #line) -> [String] {
        XCTAssertEqual(run.status, 1, run.stderr, file: file, line: at)
        XCTAssertTrue(run.stdout.contains("\"type\":\"statement\""), "the good article's statements come out", file: file, line: at)
        XCTAssertTrue(run.stdout.contains("Anna Berg"), file: file, line: at)
        let messages = run.stderr.split(separator: "\n").map(String.init).filter { $0.contains(bad) }
        XCTAssertEqual(messages.count, 1, run.stderr, file: file, line: at)
        if let message = messages.first {
            XCTAssertTrue(message.contains(words), message, file: file, line: at)
            if let line { XCTAssertTrue(message.contains("\(bad):\(line):"), message, file: file, line: at) }
        }
        return messages
    }

    func testBinaryFile() throws {
        let (run, bad) = try export(badFile: "program.txt", bytes: [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0])
        check(run, bad: bad, says: "binary")
    }

    func testLoneInvalidByte() throws {
        let (run, bad) = try export(badFile: "damaged.txt", bytes: Array("Head\n\nFine.\nA bad ".utf8) + [0xFC] + Array(" byte.".utf8))
        check(run, bad: bad, line: 4, says: "invalid UTF-8")
    }

    func testEmptyFile() throws {
        let (run, bad) = try export(badFile: "empty.txt", bytes: [])
        check(run, bad: bad, says: "no text")
    }

    func testHundredMegabyteSingleLine() throws {
        let (run, bad) = try export(badFile: "huge.txt", bytes: Array(repeating: UInt8(ascii: "x"), count: 100_000_000))
        check(run, bad: bad, says: "too large")
    }

    func testJSONLinesWithOneBrokenLine() throws {
        let lines = "{\"title\": \"Vote\", \"text\": \"Carl Ode said the vote was fair.\"}\n{\"title\": \"Broken\", \"text\": \n"
        let (run, bad) = try export(badFile: "dump.jsonl", bytes: Array(lines.utf8))
        check(run, bad: bad, line: 2, says: "not valid JSON")
        XCTAssertTrue(run.stdout.contains("Carl Ode"), "the good line still comes in")
    }

    func testMalformedXML() throws {
        let (run, bad) = try export(badFile: "broken.rss", bytes: Array("<rss><channel><title>T</title>\n<item><title>x</titel></item>\n".utf8))
        check(run, bad: bad, says: "malformed XML")
        XCTAssertTrue(run.stderr.range(of: #"broken\.rss:\d+: "#, options: .regularExpression) != nil, run.stderr)
    }

    func testExternalEntityAndBillionLaughs() throws {
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <rss><channel><title>T</title><item><title>Leak</title><description>Dana Fox said &secret; was safe.</description></item></channel></rss>
        """
        let (run, _) = try export(badFile: "xxe.rss", bytes: Array(xxe.utf8))
        XCTAssertFalse(run.stdout.contains("root:"), "the passwd file never reaches the output")
        XCTAssertTrue(run.stdout.contains("Dana Fox"))
        var dtd = "<!ENTITY a \"lol\">"
        var previous = "a"
        for level in 1...9 {
            dtd += "<!ENTITY e\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
            previous = "e\(level)"
        }
        let lol = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\(dtd)]>\n<rss><channel><item><title>L</title><description>&e9;</description></item></channel></rss>\n"
        let (laughs, bad) = try export(badFile: "lol.rss", bytes: Array(lol.utf8))
        check(laughs, bad: bad, says: "entity")
        XCTAssertLessThan(laughs.stdout.count, 200_000)
    }

    func testJSONNestedHundredThousandDeep() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let (run, bad) = try export(badFile: "deep.json", bytes: Array(deep.utf8))
        check(run, bad: bad, line: 1, says: "nested deeper")
    }

    func testControlCharacterEntities() throws {
        let xml = "<rss><channel><title>T</title><item><title>Ctl</title><description>Eve Kim said&#5; it was &#x1B;[31mfine.</description></item></channel></rss>"
        let (run, bad) = try export(badFile: "controls.rss", bytes: Array(xml.utf8))
        check(run, bad: bad, line: 1, says: "invalid xmlChar value 5")
        XCTAssertFalse(run.stdout.contains("\\u0005") || run.stdout.contains("\\u001b") || run.stdout.contains("\u{1B}"), "no control character in the output")
    }

    func testPathThatDoesNotExist() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let goodFile = folder.appendingPathComponent("good.txt")
        try good.write(to: goodFile, atomically: true, encoding: .utf8)
        let missing = folder.appendingPathComponent("missing.json").path
        let run = try run(["export", "--format", "jsonl", goodFile.path, missing], data: folder)
        check(run, bad: missing, says: "no such file")
    }

    func testFolderWithoutReadPermission() throws {
        // As root, permissions do not stop reading: run parley as `nobody` instead, when setpriv is there.
        let asRoot = getuid() == 0
        if asRoot, !FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") {
            throw XCTSkip("running as root without /usr/bin/setpriv: permissions do not stop reading")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bad-\(UUID().uuidString)")
        let locked = folder.appendingPathComponent("in/locked")
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try good.write(to: folder.appendingPathComponent("in/good.txt"), atomically: true, encoding: .utf8)
        for path in [folder.path, folder.appendingPathComponent("in").path] {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: data.path) // the index is written there
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        addTeardownBlock {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
            try? FileManager.default.removeItem(at: folder)
        }
        let run = try run(["export", "--format", "jsonl", folder.appendingPathComponent("in").path], data: data, unprivileged: asRoot)
        check(run, bad: locked.path, says: "permission denied")
    }

    func testFileWithoutReadPermission() throws {
        let asRoot = getuid() == 0
        if asRoot, !FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") {
            throw XCTSkip("running as root without /usr/bin/setpriv: permissions do not stop reading")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-bad-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("in"), data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try good.write(to: input.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let locked = input.appendingPathComponent("locked.txt")
        try "Tom Ruiz said nothing.".write(to: locked, atomically: true, encoding: .utf8)
        for path in [folder.path, input.path] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: data.path)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        let run = try run(["export", "--format", "jsonl", input.path], data: data, unprivileged: asRoot)
        check(run, bad: locked.path, says: "permission denied")
    }

    func testAnIndexThatCannotBeWrittenIsStillReadAndLeftAlone() throws {
        let asRoot = getuid() == 0
        if asRoot, !FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") {
            throw XCTSkip("running as root without /usr/bin/setpriv: permissions do not stop writing")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-ro-\(UUID().uuidString)")
        let shelf = folder.appendingPathComponent("shelf")
        try FileManager.default.createDirectory(at: shelf, withIntermediateDirectories: true)
        addTeardownBlock {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shelf.path)
            try? FileManager.default.removeItem(at: folder)
        }
        let article = folder.appendingPathComponent("good.txt")
        try good.write(to: article, atomically: true, encoding: .utf8)
        let index = shelf.appendingPathComponent("index.sqlite").path
        let built = try run(["index", "--index", index, article.path], data: folder)
        XCTAssertEqual(built.status, 0, built.stderr)
        // as another user (or with the folder and file made read-only): read, never written
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: index)
        if !asRoot { try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: shelf.path) }
        let before = try FileManager.default.contentsOfDirectory(atPath: shelf.path).sorted()
        let read = try run(["export", "--format", "jsonl", "--index", index], data: folder, unprivileged: asRoot)
        XCTAssertEqual(read.status, 0, read.stderr)
        XCTAssertTrue(read.stdout.contains("Anna Berg"), read.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: shelf.path).sorted(), before)
    }

    func testFieldOptionMapsAJSONField() throws {
        let json = #"[{"webTitle": "Mapped", "fields": {"bodyText": "Lee Moss said the plan would work."}}]"#
        let (run, _) = try export(badFile: "mapped.json", bytes: Array(json.utf8), extraArguments: ["--field", "title=webTitle", "--field", "text=fields.bodyText"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Lee Moss"), run.stdout)
        XCTAssertTrue(run.stdout.contains("\"headline\":\"Mapped\""), run.stdout)
    }
}
