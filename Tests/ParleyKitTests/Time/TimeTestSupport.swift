import XCTest
@testable import ParleyKit

/// Helpers shared by the Time tests: tag a text, find a phrase's span, build a statement over a phrase.
enum TimeTestSupport {
    /// The (text, type, value) triples the tagger finds in `text`, with `dct` as metadata DCT.
    static func tags(_ text: String, dct: String?, order: NumericDateOrder? = nil) -> [(String, TimexType, String)] {
        timexes(text, dct: dct, order: order).map { ($0.text, $0.type, $0.value) }
    }

    /// The time expressions the tagger finds in `text`.
    static func timexes(_ text: String, dct: String?, order: NumericDateOrder? = nil) -> [TimeExpression] {
        let scalars = ScalarText(text)
        let dct = dct.map { DocumentCreationTime(value: $0, provenance: .metadata) }
        return TimeTagger(numericDateOrder: order).tag(text: scalars, sentences: SentenceSplitter.split(scalars), dct: dct)
    }

    /// The span (Unicode scalars) of the `occurrence`-th appearance of `phrase` in `text`.
    static func span(of phrase: String, in text: String, occurrence: Int = 1) -> TextSpan {
        var cursor = text.startIndex
        var found: Range<String.Index>?
        for _ in 0..<occurrence {
            found = text.range(of: phrase, range: cursor..<text.endIndex)
            guard let f = found else { fatalError("\(phrase) not in test text") }
            cursor = f.upperBound
        }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found!.lowerBound)
        return TextSpan(start, start + phrase.unicodeScalars.count)
    }

    /// A statement of `source` with `content` as its content and `cue` as its cue (each the first occurrence
    /// at or after the previous statement's content, when `after` is given).
    static func statement(_ text: String, content: String, cue: String?, source: String?, cueOccurrence: Int = 1,
                          kind: EntityKind = .person, resolution: SpeakerResolution = .name) -> Statement {
        let contentSpan = span(of: content, in: text)
        let cueSpan = cue.map { span(of: $0, in: text, occurrence: cueOccurrence) }
        return Statement(articleID: "test", source: source.map { Source(name: $0, kind: kind, resolution: resolution) }, cue: cue,
                         cueSpan: cueSpan, kind: .indirect, contentSpans: [contentSpan])
    }

    /// Dates `statements` over `text` with the real splitter and tagger; returns them dated.
    static func date(_ statements: [Statement], in text: String, dct: String?) -> [Statement] {
        let scalars = ScalarText(text)
        let sentences = SentenceSplitter.split(scalars)
        let dct = dct.map { DocumentCreationTime(value: $0, provenance: .metadata) }
        let timexes = TimeTagger().tag(text: scalars, sentences: sentences, dct: dct)
        var result = statements
        StatementDater.assignDates(to: &result, timexes: timexes, sentences: sentences, text: scalars, dct: dct)
        return result
    }
}

/// Asserts that `found` holds the triple (text, type, value).
func AssertTimex(_ found: [(String, TimexType, String)], _ text: String, _ type: TimexType, _ value: String,
                 file: StaticString = #filePath, line: UInt = #line) {
    let hit = found.first { $0.0 == text }
    XCTAssertNotNil(hit, "no time expression \"\(text)\" in \(found)", file: file, line: line)
    if let hit {
        XCTAssertEqual(hit.1, type, "type of \"\(text)\"", file: file, line: line)
        XCTAssertEqual(hit.2, value, "value of \"\(text)\"", file: file, line: line)
    }
}
