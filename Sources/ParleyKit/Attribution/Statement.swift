/// Direct, indirect or mixed: how the content is given.
public enum StatementKind: String, Codable, Sendable, CaseIterable {
    /// The content is all inside quote marks.
    case direct
    /// Reported speech, with no quote marks around the content.
    case indirect
    /// Reported speech with a quoted part.
    case mixed
}

/// How the speaker of a statement was found.
public enum SpeakerResolution: String, Codable, Sendable {
    /// The source is named in full where the statement is.
    case name
    /// A shorter or variant name of a person named elsewhere ("Lindqvist", "Holme").
    case alias
    /// A pronoun resolved to the nearest person who agrees ("he").
    case pronoun
    /// A role description resolved to the person the article gives that role ("the Russian leader").
    case description
    /// A continuation of the previous statement's speaker with no new attribution ("He also noted", a following quote).
    case continuation
    /// A quote standing alone right after a sentence that brings in a person.
    case inferred
}

/// The source of a statement: who said it, and how the text names them here.
public struct Source: Hashable, Codable, Sendable {
    /// Canonical name, or an unnamed source's description ("senior administration official").
    public var name: String
    /// The entity, where the source is one.
    public var entityID: String?
    /// Person, organisation or unnamed source.
    public var kind: EntityKind
    /// The mention that names the source for this statement: the name, pronoun or description.
    public var span: TextSpan?
    /// How the speaker was found.
    public var resolution: SpeakerResolution

    /// Makes a source.
    public init(name: String, entityID: String? = nil, kind: EntityKind = .person, span: TextSpan? = nil, resolution: SpeakerResolution = .name) {
        self.name = name
        self.entityID = entityID
        self.kind = kind
        self.span = span
        self.resolution = resolution
    }
}

/// Where a statement's date came from.
public enum DateSource: String, Codable, Sendable {
    /// An explicit date in the statement's sentence or clause.
    case explicit
    /// A relative expression ("the day before") anchored to the date in force.
    case relative
    /// The date in force from earlier in the text, with no expression in the sentence.
    case context
    /// The document creation time.
    case documentCreationTime
    /// Nothing tells.
    case unknown
}

/// The day a statement was made.
public struct StatementDate: Hashable, Codable, Sendable {
    /// TIMEX3 value at its granularity (`2021-06-04`, `2021-06`), or nil when unknown.
    public var value: String?
    /// The expression that gave it, as written ("The day before").
    public var text: String?
    /// Where that expression stands.
    public var span: TextSpan?
    /// How the date was found.
    public var source: DateSource
    /// For a relative date, the value it was anchored to.
    public var anchor: String?

    /// Makes a statement date.
    public init(value: String?, text: String? = nil, span: TextSpan? = nil, source: DateSource, anchor: String? = nil) {
        self.value = value
        self.text = text
        self.span = span
        self.source = source
        self.anchor = anchor
    }

    /// No date.
    public static let unknown = StatementDate(value: nil, source: .unknown)
}

/// How two statements are linked.
public enum LinkKind: String, Codable, Sendable, CaseIterable {
    /// The same source.
    case sameSpeaker = "same-speaker"
    /// A shared topic.
    case sameTopic = "same-topic"
    /// About the same dated event.
    case sameEvent = "same-event"
    /// One answers the other ("in turn", "responding to").
    case reply
    /// The same quote reported in another article.
    case sameQuote = "same-quote"
}

/// A link from one statement to another.
public struct StatementLink: Hashable, Codable, Sendable {
    /// Id of the statement linked to.
    public var to: String
    /// Why they are linked.
    public var kind: LinkKind
    /// What they share, for display (a topic label, a speaker name); may be nil.
    public var label: String?

    /// Makes a link.
    public init(to: String, kind: LinkKind, label: String? = nil) {
        self.to = to
        self.kind = kind
        self.label = label
    }
}

/// An attribution relation: a source, a cue and the content attributed to the source.
///
/// Spans count Unicode scalars in the article text. `contentSpans` has more
/// than one element when the content is discontinuous (`“A,” he said, “B.”`).
public struct Statement: Hashable, Codable, Sendable {
    /// Stable id: article id and content span, see `Statement.identifier(article:span:)`.
    public var id: String
    /// The article's id.
    public var articleID: String
    /// Who said it, or nil when no source was found.
    public var source: Source?
    /// The cue as written ("said", "according to", ":"), or nil.
    public var cue: String?
    /// Where the cue stands.
    public var cueSpan: TextSpan?
    /// Direct, indirect or mixed.
    public var kind: StatementKind
    /// The content, in one or more spans, in text order.
    public var contentSpans: [TextSpan]
    /// Indices into the article's sentences of the sentences the statement comes from.
    public var sentenceIndices: [Int]
    /// Medium or occasion where the text names one ("in an interview with TASS", "on Twitter").
    public var channel: String?
    /// The day it was made.
    public var date: StatementDate
    /// Topic labels (keyphrases), most salient first.
    public var topics: [String]
    /// Ids of entities mentioned in the content.
    public var mentionedEntityIDs: [String]
    /// Links to other statements.
    public var links: [StatementLink]

    /// The `channel` of a speaker turn of a transcript (`MS. BERG: …`): it was said at the event the
    /// transcript records, on the day of the document (see `StatementDater`).
    public static let transcriptChannel = "transcript"

    /// Makes a statement; `id` is derived from the article id and the content span.
    public init(articleID: String, source: Source?, cue: String?, cueSpan: TextSpan? = nil, kind: StatementKind,
                contentSpans: [TextSpan], sentenceIndices: [Int] = [], channel: String? = nil,
                date: StatementDate = .unknown, topics: [String] = [], mentionedEntityIDs: [String] = [],
                links: [StatementLink] = []) {
        let spans = contentSpans.sorted()
        self.id = Statement.identifier(article: articleID, span: spans.first.map { $0.union(spans.last!) } ?? TextSpan(0, 0))
        self.articleID = articleID
        self.source = source
        self.cue = cue
        self.cueSpan = cueSpan
        self.kind = kind
        self.contentSpans = spans
        self.sentenceIndices = sentenceIndices
        self.channel = channel
        self.date = date
        self.topics = topics
        self.mentionedEntityIDs = mentionedEntityIDs
        self.links = links
    }

    /// The smallest span covering all the content.
    public var span: TextSpan {
        guard let first = contentSpans.first else { return TextSpan(0, 0) }
        return contentSpans.reduce(first) { $0.union($1) }
    }

    /// `<article id>-<start>-<end>`: stable across re-indexing while the text is unchanged.
    public static func identifier(article: String, span: TextSpan) -> String {
        "\(article)-\(span.start)-\(span.end)"
    }
}
