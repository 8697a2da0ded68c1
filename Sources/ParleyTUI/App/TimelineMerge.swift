import ParleyKit

/// Puts statements and events into one timeline, and names how precise a date is.
///
/// Both lists come in date order: statements by their TIMEX3 value (undated
/// last), events by their expression's value. They are merged by the day
/// they fall under (`TimelinePane.dayKey`, the first ten characters of the
/// value), events first within a day. A value coarser than a day (`2020-01`,
/// `2020`) is its own group, which sorts before the days it covers because a
/// TIMEX3 value is a prefix of the values inside it: `2020-01` < `2020-01-03`.
/// So an event of "January 2020" stands at the start of that month.
public enum TimelineMerge {
    /// The timeline's entries: `statements` and `events` merged by day, events first within a day.
    ///
    /// - Parameters:
    ///   - graph: the graph the indices point into.
    ///   - statements: indices into `graph.statements`, in timeline order.
    ///   - events: indices into `graph.events`, in date order; empty when events are hidden.
    ///   - placements: where each statement stands (`BrowserData.placements`), by index into
    ///     `graph.statements`; nil to take each statement's own date.
    /// - Returns: every statement and event once, in date order.
    public static func items(graph: StatementGraph, statements: [Int], events: [Int], placements: [TimelinePlacement]? = nil) -> [TimelineItem] {
        guard !events.isEmpty else { return statements.map { .statement($0) } }
        func day(_ index: Int) -> String? {
            placements.map { $0[index].day } ?? TimelinePane.dayKey(graph.statements[index].date.value)
        }
        var items: [TimelineItem] = []
        items.reserveCapacity(statements.count + events.count)
        var s = 0, e = 0
        while s < statements.count || e < events.count {
            if e < events.count {
                let eventDay = TimelinePane.dayKey(graph.events[events[e]].timex.value) ?? "~"
                let statementDay = s < statements.count ? (day(statements[s]) ?? "~") : nil
                if statementDay.map({ eventDay <= $0 }) ?? true {
                    items.append(.event(events[e]))
                    e += 1
                    continue
                }
            }
            items.append(.statement(statements[s]))
            s += 1
        }
        return items
    }

    /// How precise a TIMEX3 date value is, in words, or nil for a day (or a time of day).
    ///
    /// `2020-01` → `month`, `2020` → `year`, `2021-W23` → `week`, `2021-SU` →
    /// `season`, `2021-Q2` → `quarter`, `2021-H1` → `half year`, `202` →
    /// `decade`, `20` → `century`; a value with `XXXX` for the year (`XXXX-06-16`)
    /// → `year unknown`. The forms are those of the TIMEX3 guidelines (ISO-TimeML).
    public static func granularity(of value: String) -> String? {
        let head = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? value
        let parts = head.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first else { return nil }
        if first.hasPrefix("X") { return "year unknown" }
        guard first.allSatisfy(\.isNumber) else { return nil }
        switch first.count {
        case 2: return "century"
        case 3: return "decade"
        case 4: break
        default: return nil
        }
        guard parts.count >= 2 else { return "year" }
        let second = parts[1]
        if second.hasPrefix("W") { return parts.count >= 3 ? nil : "week" }
        if second.hasPrefix("Q") { return "quarter" }
        if second.hasPrefix("H") { return "half year" }
        if ["SP", "SU", "FA", "WI"].contains(second) { return "season" }
        return parts.count >= 3 ? nil : "month"
    }
}
