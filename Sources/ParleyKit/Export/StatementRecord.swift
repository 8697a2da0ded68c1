/// One statement as every export format writes it: the fields of the JSONL
/// schema in DESIGN.md, resolved against the graph (names, texts, article path).
///
/// Spans count Unicode scalars in the article text. `spans` is set only when
/// the content is discontinuous. `text` joins discontinuous parts with " … ".
public struct StatementRecord: Encodable, Sendable {
    /// A mentioned entity: `{name, type}`.
    public struct MentionRecord: Encodable, Sendable {
        /// Canonical name.
        public var name: String
        /// person, organisation, place or unnamed.
        public var type: String
    }

    /// A link: `{to, kind}`.
    public struct LinkRecord: Encodable, Sendable {
        /// Id of the statement linked to.
        public var to: String
        /// Kind of link (same-speaker, same-topic, same-event, reply, same-quote).
        public var kind: String
    }

    /// Always `"statement"`.
    public var type = "statement"
    /// Stable statement id.
    public var id: String
    /// The source path or URL of the article, as given.
    public var article: String
    /// Canonical name of the source, or nil.
    public var speaker: String?
    /// Entity id of the source (`unnamed:<description>` for unnamed sources).
    public var speakerId: String?
    /// Kind of the source: person, organisation, unnamed.
    public var speakerType: String?
    /// The mention naming the speaker for this statement.
    public var speakerSpan: TextSpan?
    /// How the speaker was found: name, alias, pronoun, description, continuation, inferred.
    public var speakerResolution: String?
    /// The cue as written.
    public var cue: String?
    /// direct, indirect or mixed.
    public var kind: String
    /// The content.
    public var text: String
    /// The span covering all the content.
    public var span: TextSpan
    /// The content spans, when more than one.
    public var spans: [TextSpan]?
    /// The text of the sentence(s) the statement comes from.
    public var sentence: String
    /// TIMEX3 value of the day it was said, or nil.
    public var date: String?
    /// The expression that dated it.
    public var dateText: String?
    /// How the date was found (explicit, relative, context, documentCreationTime, unknown).
    public var dateSource: String
    /// Where it was said, when the text names it.
    public var channel: String?
    /// Topic labels.
    public var topics: [String]
    /// Entities mentioned in the content.
    public var mentions: [MentionRecord]
    /// Links to other statements.
    public var links: [LinkRecord]

    /// The record of `statement` in `graph`.
    public init(_ statement: Statement, in graph: StatementGraph) {
        let analysis = graph.analyses[statement.articleID]
        id = statement.id
        article = graph.articles[statement.articleID]?.source ?? statement.articleID
        speaker = statement.source?.name
        speakerId = statement.source.map { $0.entityID ?? "unnamed:\($0.name.lowercased())" }
        speakerType = statement.source?.kind.rawValue
        speakerSpan = statement.source?.span
        speakerResolution = statement.source?.resolution.rawValue
        cue = statement.cue
        kind = statement.kind.rawValue
        text = graph.contentText(of: statement)
        span = statement.span
        spans = statement.contentSpans.count > 1 ? statement.contentSpans : nil
        if let analysis {
            let sentenceSpans = statement.sentenceIndices.filter { $0 < analysis.sentences.count }.map { analysis.sentences[$0].span }
            sentence = sentenceSpans.isEmpty ? "" : analysis.text[sentenceSpans.dropFirst().reduce(sentenceSpans[0]) { $0.union($1) }]
        } else {
            sentence = graph.backend?.sentenceText(ofStatement: statement.id) ?? ""
        }
        date = statement.date.value
        dateText = statement.date.text
        dateSource = statement.date.source.rawValue
        channel = statement.channel
        topics = statement.topics
        mentions = statement.mentionedEntityIDs.compactMap { graph.entities[$0] }.map { MentionRecord(name: $0.name, type: $0.kind.rawValue) }
        links = graph.links(of: statement).map { LinkRecord(to: $0.to, kind: $0.kind.rawValue) }
    }

    private enum CodingKeys: String, CodingKey {
        case type, id, article, speaker, speakerId, speakerType, speakerSpan, speakerResolution, cue, kind, text, span, spans
        case sentence, date, dateText, dateSource, channel, topics, mentions, links
    }

    /// Encodes every field; absent values are written as JSON `null`, except
    /// `spans`, which is left out for continuous content.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(id, forKey: .id)
        try c.encode(article, forKey: .article)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(speakerId, forKey: .speakerId)
        try c.encode(speakerType, forKey: .speakerType)
        try c.encode(speakerSpan, forKey: .speakerSpan)
        try c.encode(speakerResolution, forKey: .speakerResolution)
        try c.encode(cue, forKey: .cue)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        try c.encode(span, forKey: .span)
        try c.encodeIfPresent(spans, forKey: .spans)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(date, forKey: .date)
        try c.encode(dateText, forKey: .dateText)
        try c.encode(dateSource, forKey: .dateSource)
        try c.encode(channel, forKey: .channel)
        try c.encode(topics, forKey: .topics)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(links, forKey: .links)
    }
}
