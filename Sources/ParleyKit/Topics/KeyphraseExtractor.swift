/// Finds the keyphrases (topics) of each statement.
///
/// PLACEHOLDER until the Topics stage lands: no topics.
public struct KeyphraseExtractor: Sendable {
    /// Makes an extractor with the bundled stop-word list.
    public init() {}

    /// Sets `topics` on each statement, most salient first.
    ///
    /// - Parameters:
    ///   - statements: the article's statements.
    ///   - text: the article text.
    ///   - mentions: the article's mentions (names are not topics of their own unless places or organisations).
    public func assignTopics(to statements: inout [Statement], text: ScalarText, mentions: [Mention]) {}
}
