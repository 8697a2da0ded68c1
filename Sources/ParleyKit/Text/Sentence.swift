/// A sentence of an article.
public struct Sentence: Hashable, Codable, Sendable {
    /// Where it stands (Unicode scalars), without surrounding white space.
    public var span: TextSpan
    /// Index of the paragraph it belongs to.
    public var paragraph: Int

    /// Makes a sentence.
    public init(span: TextSpan, paragraph: Int) {
        self.span = span
        self.paragraph = paragraph
    }
}

/// A paragraph: text between blank lines (or single line breaks, see `ParagraphSplitter`).
public struct Paragraph: Hashable, Codable, Sendable {
    /// Where it stands (Unicode scalars), without surrounding white space.
    public var span: TextSpan

    /// Makes a paragraph.
    public init(span: TextSpan) { self.span = span }
}

/// A token: a word, number, punctuation mark or quote mark.
public struct Token: Hashable, Codable, Sendable {
    /// What kind of token.
    public enum Kind: String, Codable, Sendable {
        case word, number, punctuation, quote, symbol
    }
    /// Where it stands (Unicode scalars).
    public var span: TextSpan
    /// Its text.
    public var text: String
    /// Its kind.
    public var kind: Kind

    /// Makes a token.
    public init(span: TextSpan, text: String, kind: Kind) {
        self.span = span
        self.text = text
        self.kind = kind
    }
}
