import ParleyKit

/// Where the timeline puts a statement: under its own date; or, when the
/// text gives it none, under its article's publication date, marked `≤`
/// (said on that day or before it, not said on it); or, with neither, last,
/// under `undated`.
///
/// Only the browser places statements so: the statement's `date` stays nil,
/// and the export says `"date": null` for it, as the gold rule asks (a date
/// the text does not give is not the statement's date).
///
/// ```
/// ── Mon 1987-03-02 ──                                  its own date
/// ── ≤ Mon 1987-03-02 · undated, published ── its article's date
/// ── undated ──                                        neither
/// ```
public enum TimelinePlacement: Hashable, Sendable {
    /// The statement's own TIMEX3 value (`StatementDate.value`).
    case own(String)
    /// No date of its own: the publication date (DCT value) of its article.
    case published(String)
    /// Neither a date of its own nor an article date.
    case undated

    /// The placement of `statement` in `graph`.
    public static func of(_ statement: Statement, in graph: StatementGraph) -> TimelinePlacement {
        if let value = statement.date.value, !value.isEmpty { return .own(value) }
        if let published = graph.articles[statement.articleID]?.published?.value, !published.isEmpty { return .published(published) }
        return .undated
    }

    /// The TIMEX3 value the statement stands under, own or its article's; nil when undated.
    public var value: String? {
        switch self {
        case .own(let value), .published(let value): return value
        case .undated: return nil
        }
    }

    /// The day it is grouped and merged with events under (`TimelinePane.dayKey`), nil when undated.
    public var day: String? { TimelinePane.dayKey(value) }

    /// True when it stands under its article's publication date.
    public var isByPublication: Bool { if case .published = self { return true } else { return false } }

    /// The timeline's heading group: the day, and whether the statements are placed by publication.
    public var group: TimelineGroup { TimelineGroup(day: day, byPublication: isByPublication) }

    /// How a short line (a link in the Statement pane) shows it: the value
    /// as `show` gives it, `≤` before a publication date, `undated` for none.
    public func shortText(_ show: (String) -> String = { $0 }) -> String {
        switch self {
        case .own(let value): return show(value)
        case .published(let value): return "≤ " + show(value)
        case .undated: return "undated"
        }
    }

    /// An order of `indices` (into `graph.statements`, in timeline order)
    /// with each statement under its placement: by day, a day's statements
    /// with their own date before those placed there by publication, undated
    /// last, and otherwise in the order given.
    static func ordered(_ indices: [Int], placements: [TimelinePlacement]) -> [Int] {
        indices.enumerated().sorted { a, b in
            let pa = placements[a.element], pb = placements[b.element]
            let da = pa.day ?? "~", db = pb.day ?? "~"
            if da != db { return da < db }
            if pa.isByPublication != pb.isByPublication { return !pa.isByPublication }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// A heading group of the timeline: a day (or coarser TIMEX3 value), and
/// whether its statements are placed by their article's publication date.
public struct TimelineGroup: Hashable, Sendable {
    /// The day key (`TimelinePane.dayKey`), nil for undated.
    public var day: String?
    /// True for statements with no date of their own, under their article's publication date.
    public var byPublication: Bool

    /// The heading text: `Sat 2021-06-05`, `2020-01 · month`, `undated`, and
    /// for a group placed by publication `≤ Sat 2021-06-05 · undated, published`.
    public var heading: String {
        let base = TimelinePane.heading(day)
        return byPublication ? "≤ " + base + " · undated, published" : base
    }
}
