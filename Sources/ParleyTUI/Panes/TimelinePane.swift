import ParleyKit

/// A row of the timeline: a day heading, or an entry (a statement or an event).
public enum TimelineRow: Hashable, Sendable {
    /// A heading: the day (or month, year) the statements and events below it fall on, or "undated".
    case day(String)
    /// A statement or event, by its position in `AppState.items` (the timeline's selection counts these).
    case entry(Int)

    /// True for a heading.
    public var isDay: Bool { if case .day = self { return true } else { return false } }
}

/// The Timeline pane: the shown statements by date, grouped by day, undated
/// last, with the dated events (`◆`) among them while events show (`e`).
///
/// ```
/// ── 2021-06 · month ──
///  ◆ event          the talks planned for June
/// ── Sat 2021-06-05 ──
///  ◆ event          The meeting … will take place on June 16 in Geneva
///  Karl Ostrander    No, this is not on the schedule…
///  Maria Lindqvist   We are ready to…
/// ── ≤ Sat 2021-06-05 · undated, published ──
///  Omar Diaz         Prices will fall.
/// ── undated ──
/// ```
///
/// An event stands under the day its time expression names, before that
/// day's statements; one dated only to a month or year stands under a
/// heading of its own that says so, before the days of that period.
///
/// When the first row shown is not a heading, the heading of its day is
/// pinned to the pane's first line, so every screen says when it is.
public enum TimelinePane {
    /// The pane's title: shown and total statements, and the events shown when they show.
    public static func title(_ state: AppState) -> String {
        let title = "Timeline \(state.visible.count)/\(state.graph.statements.count)"
        guard state.showsEvents, !state.graph.events.isEmpty else { return title }
        let events = state.visibleEvents.count
        return title + " · \(events) event" + (events == 1 ? "" : "s")
    }

    /// The marker in front of an event row, in the speaker column.
    public static let eventMarker = "◆ event"

    /// Rows for the shown entries (`AppState.items`): a heading before each
    /// new date, and before the statements placed under their article's
    /// publication date (`TimelinePlacement`), which follow that day's own.
    public static func rows(_ state: AppState) -> [TimelineRow] {
        var rows: [TimelineRow] = []
        var current: TimelineGroup?
        for (position, item) in state.items.enumerated() {
            let group: TimelineGroup
            switch item {
            case .statement(let index): group = state.data.placements[index].group
            case .event(let index): group = TimelineGroup(day: dayKey(state.graph.events[index].timex.value), byPublication: false)
            }
            if current != group {
                rows.append(.day(group.heading))
                current = group
            }
            rows.append(.entry(position))
        }
        return rows
    }

    /// The date a statement is grouped under: the day part of its TIMEX3 value (or the whole coarser value).
    static func dayKey(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return String(value.prefix(10))
    }

    /// `Sat 2021-06-05` for a full date; a coarser value with its granularity
    /// (`2020-01 · month`, `2020 · year`, `XXXX-06-16 · year unknown`, see
    /// `TimelineMerge.granularity`); `undated` for none.
    public static func heading(_ day: String?) -> String {
        guard let day else { return "undated" }
        let parts = day.split(separator: "-").map { Int($0) }
        if parts.count == 3, let year = parts[0], let month = parts[1], let date = parts[2] {
            return weekday(year: year, month: month, day: date) + " " + day
        }
        return TimelineMerge.granularity(of: day).map { day + " · " + $0 } ?? day
    }

    /// The English short weekday name of a Gregorian date (Zeller's congruence).
    static func weekday(year: Int, month: Int, day: Int) -> String {
        var y = year, m = month
        if m < 3 { m += 12; y -= 1 }
        let k = y % 100, j = y / 100
        let h = (day + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7
        return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][(h + 7) % 7]
    }

    /// The content of a statement on one line: its spans joined with ` … `.
    public static func contentText(_ statement: Statement, in graph: StatementGraph) -> String {
        graph.contentText(of: statement)
    }

    /// `text` on one line: line breaks and tabs become spaces.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// Draws the rows into `rect`.
    public static func draw(_ state: AppState, focused: Bool, theme: Theme, in rect: Rect, into canvas: inout Canvas) {
        guard !state.items.isEmpty else {
            let message = state.filter == nil ? "no statements found" : "no statement matches — Esc clears the filter"
            // Wrapped, so that a narrow pane still says how to get the statements back.
            for (row, line) in TextLayout.wrap(message, width: max(1, rect.width - 1)).prefix(max(0, rect.height)).enumerated() {
                canvas.write(" " + line, x: rect.x, y: rect.y + row, style: theme.style("list.dim"), maxWidth: rect.width)
            }
            return
        }
        let rows = rows(state)
        // The speaker column grows with the pane: 15 columns at 120x40, 26 at 200x60.
        // room for a first name and surname ("Maria Lindqvist") once the pane has 40 columns
        let speakerWidth = max(8, min(26, rect.width >= 40 ? max(16, rect.width / 4 + 4) : rect.width / 4 + 4))
        let selectedPosition = state.selection[.timeline] ?? 0
        let selectedRow = rows.firstIndex(of: .entry(selectedPosition))
        let term = state.searchTerm?.lowercased()
        func listRow(_ index: Int) -> ListRow {
            switch rows[index] {
            case .day(let heading):
                return ListRow([("── " + heading + " " + String(repeating: "─", count: max(0, rect.width - DisplayWidth.of(heading) - 4)), "timeline.date", nil, false)])
            case .entry(let position):
                switch state.items[position] {
                case .event(let index):
                    // The marker stands in the speaker column; the text is cut to the pane like a statement's.
                    return ListRow([(" " + eventMarker, "timeline.event", speakerWidth, false), (" ", "default", 1, false),
                                    (oneLine(state.graph.events[index].text), "timeline.event", nil, false)])
                case .statement(let index):
                    let statement = state.graph.statements[index]
                    let speaker = statement.source?.name ?? "—"
                    let element = statement.source == nil || statement.source?.kind == .unnamed ? "list.dim" : "timeline.speaker"
                    return ListRow([(" " + speaker, element, speakerWidth, false), (" ", "default", 1, false),
                                    (contentText(statement, in: state.graph), "default", nil, false)])
                }
            }
        }
        let top = clampedTop(state.scroll[.timeline] ?? 0, rows: rows, height: rect.height)
        var listRect = rect
        if let pinned = pinnedHeading(rows: rows, top: top, height: rect.height) {
            // The day the first row falls on stays on the first line, so every screen says when.
            canvas.write(TextLayout.truncate(listRow(pinned).pieces.map(\.text).joined(), width: rect.width), x: rect.x, y: rect.y,
                         style: theme.style("timeline.date"), maxWidth: rect.width)
            listRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        }
        ListView.draw(count: rows.count, row: listRow, selected: selectedRow, scroll: top, focused: focused, theme: theme,
                      matches: { index in
                          guard let term, case .entry(let position) = rows[index] else { return false }
                          // The rows n and N stop at and the status line counts, when the timeline was searched.
                          if let matches = state.searchMatches, matches.pane == .timeline { return matches.number(of: position) != nil }
                          return rowText(state, .timeline, position).contains(term)
                      }, in: listRect, into: &canvas)
    }

    /// The index in `rows` of the heading pinned to the first line when the
    /// pane shows `rows` from `top` in `height` lines: the heading of the day
    /// the first row falls on, when that row is not a heading itself (and
    /// the pane has room for it and a row); nil otherwise.
    static func pinnedHeading(rows: [TimelineRow], top: Int, height: Int) -> Int? {
        guard height >= 2, rows.indices.contains(top), !rows[top].isDay else { return nil }
        return rows[..<top].lastIndex { $0.isDay }
    }

    /// The rows shown from `top` in `height` lines: one fewer under a pinned heading.
    static func shownRows(rows: [TimelineRow], top: Int, height: Int) -> Range<Int> {
        let lines = pinnedHeading(rows: rows, top: top, height: height) == nil ? height : height - 1
        return top..<min(rows.count, top + max(0, lines))
    }

    /// `top` kept so the pane is full: at most the first row that still
    /// shows the last row (one more when a pinned heading takes a line).
    static func clampedTop(_ top: Int, rows: [TimelineRow], height: Int) -> Int {
        let last = max(0, rows.count - height)
        var most = last
        if pinnedHeading(rows: rows, top: last, height: height) != nil { most = min(rows.count - 1, last + 1) }
        return max(0, min(top, most))
    }
}
