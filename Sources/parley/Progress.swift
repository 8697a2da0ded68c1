import Foundation
import ParleyKit

/// The one transient line parley keeps at the bottom of a terminal's standard error: the progress bar of
/// `parley index`, "reading …" while the browser loads.
///
/// Every other message goes through `message(_:)`, which clears the transient line first, so that a
/// message never ends up glued to the end of a half-drawn bar (`linking statements …parley: x: same text
/// as y`). `clear()` takes the line away (before the browser opens, and when indexing ends), so no progress
/// text is left on the screen. When standard error is not a terminal, `show(_:)` writes nothing: a file or a
/// pipe gets whole lines only.
final class StatusLine: @unchecked Sendable {
    /// The status line of the process's standard error.
    static let standardError = StatusLine(isTerminal: isatty(STDERR_FILENO) == 1) { FileHandle.standardError.write(Data($0.utf8)) }

    /// True when the output is a terminal (the line is drawn and redrawn in place).
    let isTerminal: Bool
    private let sink: (String) -> Void
    private var shown = false
    private let lock = NSLock()

    /// Makes a status line that writes its bytes to `sink`; `isTerminal` says whether transient lines are drawn.
    init(isTerminal: Bool, sink: @escaping (String) -> Void) {
        self.isTerminal = isTerminal
        self.sink = sink
    }

    /// ANSI: carriage return, then erase to the end of the line.
    static let erase = "\r\u{1B}[K"

    /// Draws `text` in place of the transient line (on a terminal only; `text` holds no newline).
    func show(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        guard isTerminal else { return }
        sink(Self.erase + text)
        shown = true
    }

    /// Takes the transient line away, if one is drawn.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        clearLocked()
    }

    /// Writes `line` and a newline, after taking the transient line away.
    func message(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        clearLocked()
        sink(line + "\n")
    }

    private func clearLocked() {
        if shown { sink(Self.erase) }
        shown = false
    }
}

/// Shows how far `parley index` is, on standard error (never standard output).
///
/// On a terminal: one line redrawn in place (a `StatusLine`) — a bar, articles done of total,
/// articles/s, words/s and the time left — at most ten times a second.
/// Otherwise (a file, a pipe, CI): a plain line every 10% of the articles
/// or every 100 articles, whichever comes first, and nothing redrawn.
/// Rates and the time left appear once they are known (an article, or a word, analyzed); a
/// run that analysed nothing reports no rate.
final class ProgressReporter: @unchecked Sendable {
    private let status: StatusLine
    private var isTerminal: Bool { status.isTerminal }
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var lastPlainDone = 0
    private var phase = ""
    private let lock = NSLock()

    /// Makes a reporter that draws on `status` (by default the status line of standard error).
    init(status: StatusLine = .standardError) { self.status = status }

    /// Takes one progress report from the builder (any thread).
    func update(_ progress: IndexBuilder.Progress) {
        lock.lock()
        defer { lock.unlock() }
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        if progress.phase != "analyzing" {
            guard progress.phase != phase else { return }
            phase = progress.phase
            let line = "linking statements over the whole index …"
            if isTerminal { status.show(line) } else { status.message(line) }
            return
        }
        phase = progress.phase
        let rate = Double(progress.done) / elapsed
        let wordRate = Double(progress.words) / elapsed
        // no rate and no time left until one is known: "0.0 words/s" before the first batch would be wrong
        var known: [String] = []
        if progress.done > 0 { known.append("\(Self.number(rate)) articles/s") }
        if progress.words > 0 { known.append("\(Self.number(wordRate)) words/s") }
        if progress.done > 0 { known.append("\(Self.duration(Double(progress.total - progress.done) / rate)) left") }
        if isTerminal {
            let now = Date()
            guard progress.done == progress.total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
            lastDraw = now
            let width = 24
            let filled = progress.total == 0 ? width : width * progress.done / progress.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            status.show(([bar + " \(progress.done)/\(progress.total) articles"] + known).joined(separator: " · "))
        } else {
            let step = max(1, min(100, progress.total / 10))
            guard progress.done - lastPlainDone >= step || (progress.done == progress.total && progress.done != lastPlainDone) else { return }
            lastPlainDone = progress.done
            status.message("parley: indexed \(progress.done)/\(progress.total) articles" + (known.isEmpty ? "" : " (\(known.joined(separator: ", ")))"))
        }
    }

    /// Takes the progress line away (on a terminal), leaving no progress text behind.
    func end() { status.clear() }

    /// Ends the progress line and writes the summary of `report`; the analysis rate only when articles were analysed.
    func finish(_ report: IndexBuilder.Report, index: String) {
        lock.lock()
        defer { lock.unlock() }
        status.message(Self.summary(report, index: index, elapsed: Date().timeIntervalSince(start)))
    }

    /// The summary line of a run: `parley: INDEX: 2 new, 0 changed, 5 unchanged article(s); 40 statement(s) in the
    /// index; 1234 words/s over 2 article(s); 3s`. The words/s part only when the run analysed an article.
    static func summary(_ report: IndexBuilder.Report, index: String, elapsed: Double) -> String {
        let analyzed = report.added + report.updated
        let removed = report.removedGoneFiles.count + report.removedGoneItems.count
        return "parley: \(index): \(report.added) new, \(report.updated) changed, \(report.unchanged) unchanged article(s)"
            + (removed > 0 ? ", \(removed) removed" : "") + "; "
            + "\(report.statementCount) statement(s) in the index; "
            + (analyzed > 0 && report.words > 0
               ? "\(number(Double(report.words) / max(report.analyzeSeconds, 0.001))) words/s over \(analyzed) article(s); " : "")
            + duration(max(elapsed, 0))
    }

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
