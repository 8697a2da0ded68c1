import Foundation
import ParleyKit

/// Shows how far `parley index` is, on standard error (never standard output).
///
/// On a terminal: one line redrawn in place — a bar, articles done of total,
/// articles/s, words/s and the time left — at most ten times a second.
/// Otherwise (a file, a pipe, CI): a plain line every 10% of the articles
/// or every 100 articles, whichever comes first, and nothing redrawn.
final class ProgressReporter: @unchecked Sendable {
    private let isTerminal: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var lastPlainDone = 0
    private var drewLine = false
    private var phase = ""
    private let lock = NSLock()

    /// Makes a reporter; `isTerminal` defaults to whether stderr is a terminal.
    init(isTerminal: Bool = isatty(STDERR_FILENO) == 1) { self.isTerminal = isTerminal }

    /// Takes one progress report from the builder (any thread).
    func update(_ progress: IndexBuilder.Progress) {
        lock.lock()
        defer { lock.unlock() }
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        if progress.phase != "analyzing" {
            guard progress.phase != phase else { return }
            phase = progress.phase
            let line = "linking statements over the whole index …"
            if isTerminal { write("\r\u{1B}[K" + line) ; drewLine = true } else { write(line + "\n") }
            return
        }
        phase = progress.phase
        let rate = Double(progress.done) / elapsed
        let wordRate = Double(progress.words) / elapsed
        let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
        if isTerminal {
            let now = Date()
            guard progress.done == progress.total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
            lastDraw = now
            let width = 24
            let filled = progress.total == 0 ? width : width * progress.done / progress.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let line = "\(bar) \(progress.done)/\(progress.total) articles · \(Self.number(rate)) articles/s · "
                + "\(Self.number(wordRate)) words/s · \(Self.duration(left)) left"
            write("\r\u{1B}[K" + line)
            drewLine = true
        } else {
            let step = max(1, min(100, progress.total / 10))
            guard progress.done - lastPlainDone >= step || (progress.done == progress.total && progress.done != lastPlainDone) else { return }
            lastPlainDone = progress.done
            write("parley: indexed \(progress.done)/\(progress.total) articles (\(Self.number(rate)) articles/s, "
                  + "\(Self.number(wordRate)) words/s, \(Self.duration(left)) left)\n")
        }
    }

    /// Ends the progress line and writes the summary of `report`.
    func finish(_ report: IndexBuilder.Report, index: String) {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal && drewLine { write("\r\u{1B}[K") }
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let analyzed = report.added + report.updated
        let removed = report.removedGoneFiles.count + report.removedGoneItems.count
        write("parley: \(index): \(report.added) new, \(report.updated) changed, \(report.unchanged) unchanged article(s)"
              + (removed > 0 ? ", \(removed) removed" : "") + "; "
              + "\(report.statementCount) statement(s) in the index; \(Self.number(Double(report.words) / max(report.analyzeSeconds, 0.001))) words/s"
              + (analyzed > 0 ? " over \(analyzed) article(s)" : "") + "; \(Self.duration(elapsed))\n")
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

    /// A rate for people: "1234", "12.3k".
    static func number(_ value: Double) -> String {
        value >= 10_000 ? String(format: "%.1fk", value / 1000) : String(format: value >= 10 ? "%.0f" : "%.1f", value)
    }

    /// Seconds as "42s", "3m05s", "1h02m".
    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s)s" }
        if s < 3600 { return String(format: "%dm%02ds", s / 60, s % 60) }
        return String(format: "%dh%02dm", s / 3600, (s % 3600) / 60)
    }
}
