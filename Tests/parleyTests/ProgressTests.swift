import Foundation
import XCTest
@testable import parley
@testable import ParleyKit

/// The progress line of `parley index` on a terminal: ended before any other message and at the end, and
/// no rate shown before one is known.
final class ProgressTests: XCTestCase {
    /// A status line that records what it writes, as a terminal would get it.
    private final class Screen: @unchecked Sendable {
        var bytes = ""
        lazy var status = StatusLine(isTerminal: true) { [unowned self] in self.bytes += $0 }
    }

    func testAMessageNeverGoesOnTheEndOfTheProgressLine() {
        let screen = Screen()
        let reporter = ProgressReporter(status: screen.status)
        reporter.update(IndexBuilder.Progress(done: 2, total: 2, words: 300, phase: "analyzing"))
        reporter.update(IndexBuilder.Progress(done: 2, total: 2, words: 300, phase: "linking"))
        screen.status.message("parley: b.txt: same text as a.txt; read once")
        XCTAssertTrue(screen.bytes.contains("linking statements over the whole index …\r\u{1B}[Kparley: b.txt: same text as a.txt"),
                      screen.bytes.debugDescription)
        XCTAssertFalse(screen.bytes.contains("…parley"), screen.bytes.debugDescription)
    }

    func testTheProgressLineIsTakenAwayAtTheEnd() {
        let screen = Screen()
        let reporter = ProgressReporter(status: screen.status)
        reporter.update(IndexBuilder.Progress(done: 1, total: 1, words: 30, phase: "analyzing"))
        reporter.end()
        XCTAssertTrue(screen.bytes.hasSuffix("\r\u{1B}[K"), screen.bytes.debugDescription)
        // taking it away twice writes nothing more
        let before = screen.bytes
        screen.status.clear()
        XCTAssertEqual(screen.bytes, before)
        // a summary after a drawn line starts on a clean line and ends with a newline
        let other = Screen()
        let second = ProgressReporter(status: other.status)
        second.update(IndexBuilder.Progress(done: 1, total: 1, words: 30, phase: "analyzing"))
        second.finish(IndexBuilder.Report(), index: "i.sqlite")
        XCTAssertTrue(other.bytes.contains("\r\u{1B}[Kparley: i.sqlite: 0 new"), other.bytes.debugDescription)
        XCTAssertTrue(other.bytes.hasSuffix("\n"))
    }

    func testTheReadingLineOfTheBrowserIsTakenAway() {
        let screen = Screen()
        screen.status.show("parley: reading Sample/000_article.txt …")
        screen.status.clear()
        XCTAssertTrue(screen.bytes.hasSuffix("\r\u{1B}[K"), "nothing of it is left on the screen")
        // not a terminal: nothing transient is written at all
        var written = ""
        let pipe = StatusLine(isTerminal: false) { written += $0 }
        pipe.show("parley: reading x …")
        pipe.clear()
        pipe.message("parley: done")
        XCTAssertEqual(written, "parley: done\n")
    }

    func testNoRateIsShownBeforeOneIsKnown() {
        let screen = Screen()
        let reporter = ProgressReporter(status: screen.status)
        reporter.update(IndexBuilder.Progress(done: 0, total: 40, words: 0, phase: "analyzing"))
        XCTAssertTrue(screen.bytes.contains("0/40 articles"), screen.bytes.debugDescription)
        XCTAssertFalse(screen.bytes.contains("/s"), screen.bytes.debugDescription)
        XCTAssertFalse(screen.bytes.contains("left"), screen.bytes.debugDescription)

        var report = IndexBuilder.Report()
        report.unchanged = 192
        report.statementCount = 2426
        let unchanged = ProgressReporter.summary(report, index: "i.sqlite", elapsed: 0.2)
        XCTAssertEqual(unchanged, "parley: i.sqlite: 0 new, 0 changed, 192 unchanged article(s); 2426 statement(s) in the index; 0s")
        report.added = 2
        report.words = 1000
        report.analyzeSeconds = 0.5
        XCTAssertTrue(ProgressReporter.summary(report, index: "i.sqlite", elapsed: 1).contains("2000 words/s over 2 article(s)"))
    }

    /// The built binary on a pseudo-terminal (util-linux `script`): no message glued to the progress line.
    func testOnATerminalIndexMessagesStartOnALineOfTheirOwn() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("no /usr/bin/script for a terminal") }
        let binary = try ParleyProcess.binary()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let text = "Talks\n\nAnna Berg said the talks will go on until Friday."
        try text.write(to: folder.appendingPathComponent("in/a.txt"), atomically: true, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("in/b.txt"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        let command = "'\(binary.path)' index --index '\(folder.path)/i.sqlite' '\(folder.path)/in'"
        process.arguments = ["-qec", command, "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = folder.path
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let screen = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertTrue(screen.contains("same text as"), screen.debugDescription)
        XCTAssertTrue(screen.contains("\r\u{1B}[K"), "a progress line was drawn: \(screen.debugDescription)")
        for line in screen.components(separatedBy: "\r\u{1B}[K") {
            // what follows an erase is one drawn line, or a message with its newline; never both on one line
            let first = line.components(separatedBy: "\n")[0]
            XCTAssertFalse(first.contains("…") && first.contains("parley:") && !first.hasPrefix("parley:"), screen.debugDescription)
            XCTAssertFalse(first.contains("…parley"), screen.debugDescription)
        }
        XCTAssertEqual(screen.unicodeScalars.last, "\n", "the screen ends on a whole line: \(screen.debugDescription)")
    }

    /// The browser on a pseudo-terminal, quit at once with `q`: the "reading …" line is taken away before the
    /// browser opens, so none of it is left on the screen after it quits.
    func testTheBrowserLeavesNoReadingLineBehind() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { throw XCTSkip("no /usr/bin/script for a terminal") }
        let binary = try ParleyProcess.binary()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-tty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(binary.path)'", "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = folder.path
        environment["TERM"] = "xterm"
        process.environment = environment
        let input = Pipe(), out = Pipe()
        process.standardInput = input
        process.standardOutput = out
        try process.run()
        input.fileHandleForWriting.write(Data("q".utf8))
        try input.fileHandleForWriting.close()
        let screen = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let reading = try XCTUnwrap(screen.range(of: "parley: reading"), screen.debugDescription)
        let opened = try XCTUnwrap(screen.range(of: "\u{1B}[?1049h"), "the browser opened: \(screen.debugDescription)")
        XCTAssertLessThan(reading.lowerBound, opened.lowerBound)
        let between = String(screen[reading.upperBound..<opened.lowerBound])
        XCTAssertTrue(between.contains("\r\u{1B}[K"), "the reading line is erased: \(between.debugDescription)")
        XCTAssertFalse(between.unicodeScalars.contains("\n"), "and not left as a line of its own: \(between.debugDescription)")
    }
}
