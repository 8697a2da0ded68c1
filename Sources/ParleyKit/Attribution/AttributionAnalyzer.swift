/// Finds the mentions, entities and statements of one article.
///
/// PLACEHOLDER until the Mentions and Attribution stages land: finds
/// `X said (that) ...` with X a capitalised word sequence.
public struct AttributionAnalyzer: Sendable {
    /// What the stage returns for one article.
    public struct Result: Sendable {
        /// Mentions of people, organisations and places, in text order.
        public var mentions: [Mention]
        /// The entities those mentions resolve to.
        public var entities: [Entity]
        /// Statements in text order, with sources resolved; dates and topics not yet set.
        public var statements: [Statement]

        /// Makes a result.
        public init(mentions: [Mention], entities: [Entity], statements: [Statement]) {
            self.mentions = mentions
            self.entities = entities
            self.statements = statements
        }
    }

    /// Makes an analyzer with the bundled lexicons.
    public init() {}

    /// Analyzes one article.
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - sentences: its sentences, in order.
    ///   - articleID: the article's id, for statement ids.
    ///   - bodyStart: scalar offset of the body; nothing before it (the headline) is a statement.
    public func analyze(text: ScalarText, sentences: [Sentence], articleID: String, bodyStart: Int) -> Result {
        var statements: [Statement] = []
        var mentions: [Mention] = []
        var entities: [String: Entity] = [:]
        for (index, sentence) in sentences.enumerated() where sentence.span.start >= bodyStart {
            let tokens = Tokenizer.tokenize(text, in: sentence.span)
            guard let cueIndex = tokens.firstIndex(where: { $0.text == "said" }), cueIndex > 0 else { continue }
            var first = cueIndex
            while first > 0, let c = tokens[first - 1].text.unicodeScalars.first, c.properties.isUppercase { first -= 1 }
            guard first < cueIndex, cueIndex + 1 < tokens.count else { continue }
            let nameSpan = TextSpan(tokens[first].span.start, tokens[cueIndex - 1].span.end)
            let name = text[nameSpan]
            let entity = Entity(kind: .person, name: name)
            entities[entity.id] = entity
            mentions.append(Mention(span: nameSpan, text: name, kind: .person, entityID: entity.id))
            var contentStart = cueIndex + 1
            if tokens[contentStart].text == "that", contentStart + 1 < tokens.count { contentStart += 1 }
            let content = TextSpan(tokens[contentStart].span.start, sentence.span.end)
            statements.append(Statement(
                articleID: articleID,
                source: Source(name: name, entityID: entity.id, kind: .person, span: nameSpan, resolution: .name),
                cue: "said", cueSpan: tokens[cueIndex].span, kind: .indirect,
                contentSpans: [content], sentenceIndices: [index]))
        }
        return Result(mentions: mentions, entities: Array(entities.values).sorted { $0.id < $1.id }, statements: statements)
    }
}
