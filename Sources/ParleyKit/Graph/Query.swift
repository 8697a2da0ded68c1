/// A search over statements, in the syntax of DESIGN.md:
/// `person:Ostrander topic:"bilateral relations" after:2021-06-01 before:2021-06-30
/// said:announced source:tass kind:direct words "exact phrase" -excluded`.
///
/// Terms of different fields must all hold; several terms of one field
/// (two `person:`) hold when any does. Plain words and phrases must all occur
/// in the content, speaker or article headline (case-insensitive);
/// `-word` must not. `OR` between two plain words makes either enough.
public struct Query: Hashable, Sendable {
    /// Speaker names (`person:`), matched against the speaker's name and aliases.
    public var persons: [String] = []
    /// Names of anyone mentioned in the content (`mentions:`).
    public var mentions: [String] = []
    /// Topic labels (`topic:`).
    public var topics: [String] = []
    /// Earliest statement date, inclusive (`after:`), a TIMEX3 date prefix.
    public var after: String?
    /// Latest statement date, inclusive (`before:`).
    public var before: String?
    /// Cue words (`said:`).
    public var cues: [String] = []
    /// Article outlet or source path fragment (`source:`).
    public var sources: [String] = []
    /// Statement kinds (`kind:`).
    public var kinds: [StatementKind] = []
    /// Groups of words or phrases: every group must match, any member of a group suffices (OR).
    public var words: [[String]] = []
    /// Words or phrases that must not occur.
    public var excluded: [String] = []

    /// The empty query, matching every statement.
    public init() {}

    /// True when the query has no term.
    public var isEmpty: Bool { self == Query() }
}
