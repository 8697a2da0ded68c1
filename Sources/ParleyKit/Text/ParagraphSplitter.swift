/// Splits text into paragraphs.
///
/// A blank line (a line of white space only) always ends a paragraph. What a
/// single line break means depends on the text, and is decided once for the
/// whole text from its own line breaks:
///
/// - **Hard-wrapped text** (press-briefing transcripts, e-mail, SGML wires)
///   breaks lines mid-sentence, every 70 or so characters. There a single
///   break is white space inside the paragraph. It still ends one when the
///   next line is indented and the line before is not (the wire-service
///   convention), when the next line starts with a bullet, or when the line
///   before ends a sentence well short of the usual line length (a wrapped
///   line is only short at the end of its paragraph).
/// - **One paragraph a line** (many scraped corpora) ends lines at sentence
///   ends. There a single break ends a paragraph, unless the next line
///   starts with a lower-case letter after a line that ends mid-sentence.
///
/// The text counts as hard-wrapped when at least half of its single breaks
/// fall mid-sentence (the line before does not end in a terminator, colon,
/// semicolon, closing quote or bracket, or the next line starts in lower
/// case) and its lines are short: nine in ten lines that a single break
/// follows have at most 120 scalars.
public enum ParagraphSplitter {
    /// The paragraphs of `text`, in order, each trimmed of white space.
    ///
    /// - Parameter text: the article text.
    /// - Returns: non-empty paragraphs whose spans count Unicode scalars; every
    ///   non-blank scalar belongs to exactly one paragraph.
    public static func split(_ text: ScalarText) -> [Paragraph] {
        let scalars = text.scalars
        var lines: [TextSpan] = []
        var lineStart = 0
        for i in 0..<scalars.count where scalars[i] == "\n" {
            lines.append(TextSpan(lineStart, i))
            lineStart = i + 1
        }
        lines.append(TextSpan(lineStart, scalars.count))
        let content = lines.map { text.trimmed($0) }

        var midSentence = 0, atSentenceEnd = 0
        var innerLengths: [Int] = []
        for k in 0..<max(0, lines.count - 1) where !content[k].isEmpty && !content[k + 1].isEmpty {
            if breaksMidSentence(scalars, before: content[k], after: content[k + 1]) { midSentence += 1 } else { atSentenceEnd += 1 }
            innerLengths.append(content[k].length)
        }
        innerLengths.sort()
        // Wrapped lines are short: nine in ten at most 120 scalars (wrapping is at 60–80).
        let longLines = innerLengths.isEmpty ? 0 : innerLengths[(innerLengths.count * 9) / 10]
        let hardWrapped = midSentence > 0 && midSentence * 2 >= midSentence + atSentenceEnd && longLines <= 120
        let typicalLength = innerLengths.isEmpty ? 0 : innerLengths[innerLengths.count / 2]

        var paragraphs: [Paragraph] = []
        var open: TextSpan? = nil
        var previousLine: Int? = nil
        for k in 0..<lines.count {
            if content[k].isEmpty {
                if let span = open { paragraphs.append(Paragraph(span: span)) }
                open = nil
                previousLine = nil
                continue
            }
            if let span = open, let before = previousLine {
                let join = hardWrapped
                    ? joinsWrapped(scalars, before: before, after: k, lines: lines, content: content, typicalLength: typicalLength)
                    : (startsLowercase(scalars, content[k]) && !endsSentence(scalars, content[before]))
                if join {
                    open = span.union(content[k])
                } else {
                    paragraphs.append(Paragraph(span: span))
                    open = content[k]
                }
            } else {
                open = content[k]
            }
            previousLine = k
        }
        if let span = open { paragraphs.append(Paragraph(span: span)) }
        return paragraphs
    }

    /// True when the break between two non-blank lines falls inside a sentence.
    static func breaksMidSentence(_ scalars: [Unicode.Scalar], before: TextSpan, after: TextSpan) -> Bool {
        !endsSentence(scalars, before) || startsLowercase(scalars, after)
    }

    /// True when the (trimmed) line ends with a terminator, colon, semicolon, or a closing quote or bracket.
    static func endsSentence(_ scalars: [Unicode.Scalar], _ line: TextSpan) -> Bool {
        guard !line.isEmpty else { return true }
        let last = scalars[line.end - 1]
        return ScalarClass.isTerminator(last) || last == ":" || last == ";" || ScalarClass.isCloser(last)
    }

    /// True when the (trimmed) line starts with a lower-case letter.
    static func startsLowercase(_ scalars: [Unicode.Scalar], _ line: TextSpan) -> Bool {
        !line.isEmpty && ScalarClass.isLowercase(scalars[line.start])
    }

    /// True when the line starts with a bullet, or with a dash or asterisk and a space ("- item").
    static func startsListItem(_ scalars: [Unicode.Scalar], _ line: TextSpan) -> Bool {
        let first = scalars[line.start]
        if ScalarClass.isBullet(first) { return true }
        let dash = first == "-" || first == "*" || first == "\u{2013}" || first == "\u{2014}"
        return dash && line.length > 1 && ScalarClass.isSpace(scalars[line.start + 1])
    }

    /// In hard-wrapped text, whether line `after` continues the paragraph of line `before`.
    static func joinsWrapped(_ scalars: [Unicode.Scalar], before: Int, after: Int, lines: [TextSpan],
                             content: [TextSpan], typicalLength: Int) -> Bool {
        let beforeIndented = content[before].start > lines[before].start
        let afterIndented = content[after].start > lines[after].start
        if afterIndented && !beforeIndented { return false }
        if startsListItem(scalars, content[after]) { return false }
        // A wrapped line is short only where its paragraph ends (60% of the median line length).
        if endsSentence(scalars, content[before]) && !startsLowercase(scalars, content[after])
            && content[before].length * 10 < typicalLength * 6 {
            return false
        }
        return true
    }
}
