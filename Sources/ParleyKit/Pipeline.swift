/// Everything parley finds in one article.
///
/// All spans count Unicode scalars in `article.text` (= `text.string`).
public struct ArticleAnalysis: Sendable {
    /// The article.
    public var article: Article
    /// Its text as scalars.
    public var text: ScalarText
    /// Its paragraphs, in order.
    public var paragraphs: [Paragraph]
    /// Its sentences, in order.
    public var sentences: [Sentence]
    /// Mentions of people, organisations and places.
    public var mentions: [Mention]
    /// Entities the mentions resolve to (before corpus-level merging).
    public var entities: [Entity]
    /// Time expressions, in order.
    public var timexes: [TimeExpression]
    /// Statements, in text order.
    public var statements: [Statement]
    /// Dated events.
    public var events: [Event]
    /// The document creation time, if known.
    public var documentCreationTime: DocumentCreationTime?
}

/// The per-article pipeline: normalised text → sentences → mentions and
/// statements → time expressions → dates → topics.
///
/// Each stage is a plain function over value types; this type only runs them
/// in order. Corpus-level work (entity merging, links) is `StatementGraph`'s.
public struct Pipeline: Sendable {
    let attribution = AttributionAnalyzer()
    let timeTagger = TimeTagger()
    let keyphrases = KeyphraseExtractor()

    /// Makes a pipeline with the bundled lexicons.
    public init() {}

    /// True when a statement's content is nothing but time expressions, with
    /// at most short function words and punctuation around them ("On
    /// Saturday, December 11, according to X."): that names when something
    /// was reported, not what was said. Words of up to three letters outside
    /// the time expressions ("on", "at", "the") do not count as content.
    static func isOnlyTime(_ statement: Statement, timexes: [TimeExpression], text: ScalarText) -> Bool {
        let covered = timexes.filter { t in statement.contentSpans.contains { $0.overlaps(t.span) } }
        guard !covered.isEmpty else { return false }
        for span in statement.contentSpans {
            var i = span.start
            while i < span.end {
                if covered.contains(where: { $0.span.contains(offset: i) }) { i += 1; continue }
                guard text.scalars[i].properties.isAlphabetic else { i += 1; continue }
                var j = i
                while j < span.end, text.scalars[j].properties.isAlphabetic, !covered.contains(where: { $0.span.contains(offset: j) }) { j += 1 }
                if j - i > 3 { return false }
                i = j
            }
        }
        return true
    }

    /// Analyzes one article. Never throws: bad text gives fewer results, not an error.
    public func analyze(_ article: Article) -> ArticleAnalysis {
        let text = ScalarText(article.text)
        let paragraphs = ParagraphSplitter.split(text)
        let sentences = SentenceSplitter.split(text, paragraphs: paragraphs)
        let dct = DocumentCreationTimeFinder.find(article: article, text: text, sentences: sentences)
        var found = attribution.analyze(text: text, sentences: sentences, articleID: article.id, bodyStart: article.bodyStart)
        // the time stages share one tokenization of the article
        let timeTokens = TimeTokenizer.tokenize(text, sentences: sentences)
        let timexes = timeTagger.tag(text: text, sentences: sentences, dct: dct, tokens: timeTokens)
        found.statements.removeAll { Self.isOnlyTime($0, timexes: timexes, text: text) }
        StatementDater.assignDates(to: &found.statements, timexes: timexes, sentences: sentences, text: text, dct: dct,
                                   tokens: timeTokens)
        keyphrases.assignTopics(to: &found.statements, text: text, mentions: found.mentions,
                                sentences: sentences, paragraphs: paragraphs)
        let events = StatementDater.events(articleID: article.id, timexes: timexes, sentences: sentences, text: text,
                                           statements: found.statements, mentions: found.mentions, tokens: timeTokens)
        var analyzed = article
        analyzed.published = dct
        return ArticleAnalysis(article: analyzed, text: text, paragraphs: paragraphs, sentences: sentences,
                               mentions: found.mentions, entities: found.entities, timexes: timexes,
                               statements: found.statements, events: events, documentCreationTime: dct)
    }
}
