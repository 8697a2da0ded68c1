import Foundation

/// One article's analysis as the index stores it: everything of an
/// `ArticleAnalysis` except the text (stored in its own column) and the
/// scalar view of it (made again on load).
///
/// It holds the analysis *before* corpus-level merging, so that the corpus
/// pass can run again over the whole index without analyzing again. Encoded
/// as JSON in `articles.analysis`.
public struct StoredAnalysis: Codable, Sendable {
    /// The article, with an empty `text`.
    public var article: Article
    /// Paragraphs, in order.
    public var paragraphs: [Paragraph]
    /// Sentences, in order.
    public var sentences: [Sentence]
    /// Mentions, with per-article entity ids.
    public var mentions: [Mention]
    /// Entities before corpus-level merging.
    public var entities: [Entity]
    /// Time expressions, in order.
    public var timexes: [TimeExpression]
    /// Statements in text order, with their (possibly carried-over) ids and no links.
    public var statements: [Statement]
    /// Dated events.
    public var events: [Event]
    /// The document creation time, if known.
    public var documentCreationTime: DocumentCreationTime?

    /// The stored form of `analysis`.
    public init(_ analysis: ArticleAnalysis) {
        var article = analysis.article
        article.text = ""
        self.article = article
        paragraphs = analysis.paragraphs
        sentences = analysis.sentences
        mentions = analysis.mentions
        entities = analysis.entities
        timexes = analysis.timexes
        statements = analysis.statements.map { var s = $0; s.links = []; return s }
        events = analysis.events
        documentCreationTime = analysis.documentCreationTime
    }

    /// The analysis again, given the article's text.
    public func analysis(text: String) -> ArticleAnalysis {
        var article = self.article
        article.text = text
        return ArticleAnalysis(article: article, text: ScalarText(text), paragraphs: paragraphs, sentences: sentences,
                               mentions: mentions, entities: entities, timexes: timexes, statements: statements,
                               events: events, documentCreationTime: documentCreationTime)
    }

    /// JSON bytes of `analysis`.
    static func encode(_ analysis: ArticleAnalysis) throws -> Data {
        try JSONEncoder().encode(StoredAnalysis(analysis))
    }

    /// The analysis stored as JSON `data`, with `text`.
    /// - Throws: `DecodingError` when the data is not a stored analysis.
    static func decode(_ data: Data, text: String) throws -> ArticleAnalysis {
        try JSONDecoder().decode(StoredAnalysis.self, from: data).analysis(text: text)
    }
}

extension Entity {
    /// An entity with every field given, `id` included (as stored in an index), without deriving the id again.
    init(storedID id: String, kind: EntityKind, name: String, aliases: [String], roles: [String], gender: Gender) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.gender = gender
    }
}

extension Statement {
    /// A statement with every field given, `id` included (as stored in an index); `contentSpans` must be sorted.
    init(storedID id: String, articleID: String, source: Source?, cue: String?, cueSpan: TextSpan?, kind: StatementKind,
         contentSpans: [TextSpan], sentenceIndices: [Int], channel: String?, date: StatementDate, topics: [String],
         mentionedEntityIDs: [String]) {
        self.id = id
        self.articleID = articleID
        self.source = source
        self.cue = cue
        self.cueSpan = cueSpan
        self.kind = kind
        self.contentSpans = contentSpans
        self.sentenceIndices = sentenceIndices
        self.channel = channel
        self.date = date
        self.topics = topics
        self.mentionedEntityIDs = mentionedEntityIDs
        self.links = []
    }
}
