/// Recognises time expressions and normalises them to TIMEX3 values.
///
/// PLACEHOLDER until the Time stage lands: ISO dates (`2021-06-04`) only.
public struct TimeTagger: Sendable {
    /// Makes a tagger with the bundled lexicons.
    public init() {}

    /// Time expressions of `text`, in text order.
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - sentences: its sentences, in order.
    ///   - dct: the document creation time, if known; relative expressions anchor to it or to the date in force.
    public func tag(text: ScalarText, sentences: [Sentence], dct: DocumentCreationTime?) -> [TimeExpression] {
        var result: [TimeExpression] = []
        let s = text.scalars
        var i = 0
        func digit(_ k: Int) -> Bool { k < s.count && s[k].properties.numericType == .decimal && s[k].isASCII }
        while i + 10 <= s.count {
            if (0..<4).allSatisfy({ digit(i + $0) }) && s[i + 4] == "-" && digit(i + 5) && digit(i + 6) && s[i + 7] == "-" && digit(i + 8) && digit(i + 9)
                && (i == 0 || !digit(i - 1)) && !digit(i + 10) {
                let span = TextSpan(i, i + 10)
                result.append(TimeExpression(span: span, text: text[span], type: .date, value: text[span]))
                i += 10
            } else {
                i += 1
            }
        }
        return result
    }
}

/// Finds an article's document creation time.
///
/// PLACEHOLDER until the Time stage lands: a `YYYY-MM-DD` date in the file name.
public enum DocumentCreationTimeFinder {
    /// The DCT of `article`: its own `published` if set, else what the text or file name tells.
    public static func find(article: Article, text: ScalarText, sentences: [Sentence]) -> DocumentCreationTime? {
        if let published = article.published { return published }
        let name = article.source.split(separator: "/").last.map(String.init) ?? article.source
        let tagger = TimeTagger()
        if let hit = tagger.tag(text: ScalarText(name), sentences: [], dct: nil).first {
            return DocumentCreationTime(value: hit.value, provenance: .fileName)
        }
        return nil
    }
}

/// Gives each statement the day it was made.
///
/// PLACEHOLDER until the Time stage lands: the DCT when known.
public enum StatementDater {
    /// Sets `date` on every statement.
    ///
    /// - Parameters:
    ///   - statements: the article's statements, in text order.
    ///   - timexes: its time expressions, in text order.
    ///   - sentences: its sentences.
    ///   - text: the article text.
    ///   - dct: the document creation time, if known.
    public static func assignDates(to statements: inout [Statement], timexes: [TimeExpression], sentences: [Sentence],
                                   text: ScalarText, dct: DocumentCreationTime?) {
        for i in statements.indices {
            if let dct {
                statements[i].date = StatementDate(value: dct.value, source: .documentCreationTime)
            }
        }
    }

    /// Events: dated happenings the article mentions, linked to nearby statements and entities.
    public static func events(articleID: String, timexes: [TimeExpression], sentences: [Sentence], text: ScalarText,
                              statements: [Statement], mentions: [Mention]) -> [Event] {
        []
    }
}
