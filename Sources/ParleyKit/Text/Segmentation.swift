/// Splits text into paragraphs, sentences and tokens.
///
/// PLACEHOLDER: a naive splitter, to be replaced by the Text stage.
public enum SentenceSplitter {
    /// Splits `text` into sentences, in order, each trimmed of white space.
    ///
    /// - Parameter text: the article text.
    /// - Returns: sentences whose spans count Unicode scalars; every
    ///   non-blank scalar belongs to exactly one sentence.
    public static func split(_ text: ScalarText) -> [Sentence] {
        let paragraphs = ParagraphSplitter.split(text)
        var sentences: [Sentence] = []
        for (index, paragraph) in paragraphs.enumerated() {
            var start = paragraph.span.start
            var i = start
            while i < paragraph.span.end {
                let c = text.scalars[i]
                if c == "." || c == "!" || c == "?" {
                    let next = i + 1
                    if next >= paragraph.span.end || text.scalars[next] == " " {
                        let span = text.trimmed(TextSpan(start, next))
                        if !span.isEmpty { sentences.append(Sentence(span: span, paragraph: index)) }
                        start = next
                    }
                }
                i += 1
            }
            let span = text.trimmed(TextSpan(start, paragraph.span.end))
            if !span.isEmpty { sentences.append(Sentence(span: span, paragraph: index)) }
        }
        return sentences
    }
}

/// Splits text into paragraphs at blank lines and line breaks.
public enum ParagraphSplitter {
    /// Paragraphs of `text`, in order, trimmed; a line break ends a paragraph.
    public static func split(_ text: ScalarText) -> [Paragraph] {
        var result: [Paragraph] = []
        var start = 0
        for (i, c) in text.scalars.enumerated() where c == "\n" {
            let span = text.trimmed(TextSpan(start, i))
            if !span.isEmpty { result.append(Paragraph(span: span)) }
            start = i + 1
        }
        let span = text.trimmed(TextSpan(start, text.count))
        if !span.isEmpty { result.append(Paragraph(span: span)) }
        return result
    }
}

/// Splits text into tokens.
///
/// PLACEHOLDER: letters and digits run together; every other non-space scalar is a token.
public enum Tokenizer {
    /// Tokens of `text` inside `span`, in order.
    public static func tokenize(_ text: ScalarText, in span: TextSpan) -> [Token] {
        var tokens: [Token] = []
        var i = span.start
        while i < span.end {
            let c = text.scalars[i]
            if c.properties.isWhitespace { i += 1; continue }
            var j = i + 1
            if c.properties.isAlphabetic || c.properties.numericType != nil {
                while j < span.end, text.scalars[j].properties.isAlphabetic || text.scalars[j].properties.numericType != nil { j += 1 }
            }
            let s = TextSpan(i, j)
            let kind: Token.Kind = c.properties.isAlphabetic ? .word : (c.properties.numericType != nil ? .number : .punctuation)
            tokens.append(Token(span: s, text: text[s], kind: kind))
            i = j
        }
        return tokens
    }
}
