/// The four TIMEX3 types (ISO-TimeML).
public enum TimexType: String, Codable, Sendable {
    /// A calendar date or a coarser period: `2021-06-04`, `2021-06`, `2021-W23`, `2021-SU`, `202`.
    case date = "DATE"
    /// A time of day, possibly with a date: `2021-06-04T16:49`, `2016-10-28TEV`.
    case time = "TIME"
    /// A length of time: `P1M`, `P2D`, `PT3H`.
    case duration = "DURATION"
    /// A recurrence: `P1W` with a quantifier ("every week").
    case set = "SET"
}

/// A time expression found in a text and normalised to a TIMEX3 value.
public struct TimeExpression: Hashable, Codable, Sendable {
    /// Where it stands in the article text (Unicode scalars).
    public var span: TextSpan
    /// The text as written, e.g. `"the day before"`.
    public var text: String
    /// DATE, TIME, DURATION or SET.
    public var type: TimexType
    /// The TIMEX3 value, e.g. `2021-06-04`, `XXXX-06-16`, `P1M`, `PRESENT_REF`.
    public var value: String
    /// True when the value was computed from an anchor (the DCT or a date in force) rather than read off the text.
    public var isRelative: Bool
    /// For a relative expression, the value of the anchor it was resolved against.
    public var anchor: String?

    /// Makes a time expression.
    public init(span: TextSpan, text: String, type: TimexType, value: String, isRelative: Bool = false, anchor: String? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.value = value
        self.isRelative = isRelative
        self.anchor = anchor
    }
}

/// The document creation time (DCT): the day an article was published, and how parley knows it.
public struct DocumentCreationTime: Hashable, Codable, Sendable {
    /// Where the date came from. A file's modification time is never one of these.
    public enum Provenance: String, Codable, Sendable {
        /// The input's own metadata (JSON field, RSS pubDate, HTML meta tag, front matter).
        case metadata
        /// A dateline such as `MOSCOW, June 5 (Reuters) -`.
        case dateline
        /// A date in the file name, such as `2016-03-11` in `cnn_2016-03-11_x.txt`.
        case fileName
        /// `--published DATE` on the command line.
        case commandLine
        /// A weekday with a day and month in the text ("Saturday, June 5"), which fixes the year.
        case weekdayAndDate
        /// A date in the article's own web address (an HTML page's canonical URL: `/2021/06/04/`), used when the
        /// page's metadata gives no full date.
        case url
    }
    /// The date as a TIMEX3 value: `YYYY-MM-DD`, or coarser (`YYYY-MM`) when only that is known.
    public var value: String
    /// Where it came from.
    public var provenance: Provenance

    /// Makes a DCT.
    public init(value: String, provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }
}

/// An event the article dates: a mentioned date with what happens then
/// ("the summit will take place on June 16 in Geneva").
public struct Event: Hashable, Codable, Sendable {
    /// Stable id: article id + span.
    public var id: String
    /// The clause or sentence that describes the event (Unicode scalars).
    public var span: TextSpan
    /// Its text.
    public var text: String
    /// The time expression that dates it.
    public var timex: TimeExpression
    /// Ids of entities mentioned in `span`.
    public var entityIDs: [String]
    /// Ids of statements that mention the event or stand in its sentence.
    public var statementIDs: [String]

    /// Makes an event.
    public init(id: String, span: TextSpan, text: String, timex: TimeExpression, entityIDs: [String] = [], statementIDs: [String] = []) {
        self.id = id
        self.span = span
        self.text = text
        self.timex = timex
        self.entityIDs = entityIDs
        self.statementIDs = statementIDs
    }
}
