@testable import ParleyKit

/// Builds small analyses by hand, so that graph, query and export tests do not depend on the extraction stages.
enum Fixtures {
    /// One statement to place in an article: the speaker, the content (must occur in the text), topics and date.
    struct Said {
        var speaker: String
        var kind: EntityKind = .person
        var content: String
        var topics: [String] = []
        var date: String?
        var cue = "said"
    }

    /// An analysis of `text` with the given statements, speakers as entities.
    static func analysis(source: String, text: String, _ said: [Said]) -> ArticleAnalysis {
        let article = Article(source: source, text: text)
        let scalars = ScalarText(text)
        let sentences = SentenceSplitter.split(scalars)
        var entities: [String: Entity] = [:]
        var statements: [Statement] = []
        for s in said {
            guard let range = text.range(of: s.content) else { fatalError("content not in text: \(s.content)") }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let span = TextSpan(start, start + s.content.unicodeScalars.count)
            let entity = Entity(kind: s.kind, name: s.speaker)
            entities[entity.id] = entity
            let sentence = sentences.firstIndex { $0.span.overlaps(span) } ?? 0
            statements.append(Statement(
                articleID: article.id,
                source: Source(name: s.speaker, entityID: entity.id, kind: s.kind, resolution: .name),
                cue: s.cue, kind: .indirect, contentSpans: [span], sentenceIndices: [sentence],
                date: s.date.map { StatementDate(value: $0, source: .explicit) } ?? .unknown,
                topics: s.topics))
        }
        return ArticleAnalysis(article: article, text: scalars, paragraphs: ParagraphSplitter.split(scalars), sentences: sentences,
                               mentions: [], entities: entities.values.sorted { $0.id < $1.id }, timexes: [],
                               statements: statements, events: [], documentCreationTime: nil)
    }
}
