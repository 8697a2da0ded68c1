/// A quotation: the text between an opening and a closing quote mark,
/// possibly over several sentences and paragraphs.
public struct QuoteRegion: Sendable, Equatable {
    /// Token index of the opening mark.
    public var openToken: Int
    /// Token index of the closing mark.
    public var closeToken: Int
    /// The quoted text, one span per paragraph, trimmed, marks excluded (Unicode scalars).
    public var pieces: [TextSpan]
    /// Number of word and number tokens inside.
    public var wordCount: Int
}

/// Pairs quote marks into `QuoteRegion`s in one pass over the quote-mark tokens.
///
/// Rules: “ „ « ‘ open, ” » ’ close, " and ' toggle (single marks are quote
/// tokens only when `SingleQuotes.promote` made them so). While a quote is open, any mark
/// closes it (so a closing mark typed as an opening one, `..., “the secretary
/// said`, still closes). A quote left open at the end of a paragraph goes on
/// only when the next paragraph opens with a mark (the multi-paragraph
/// convention); otherwise it is dropped, so a lone mark never pairs across
/// paragraphs. Apostrophes are never quote marks here.
public enum QuoteFinder {
    /// The quote regions of `tokens`, in text order.
    public static func find(tokens: [WordToken], text: ScalarText) -> [QuoteRegion] {
        var regions: [QuoteRegion] = []
        var open: Int?
        var pieceStart = 0
        var pieces: [TextSpan] = []
        var paragraph = -1
        // the first token of each paragraph
        var paragraphFirst: [Int: Int] = [:]
        for (i, t) in tokens.enumerated() where t.paragraph >= 0 && paragraphFirst[t.paragraph] == nil { paragraphFirst[t.paragraph] = i }
        func paragraphEnd(_ p: Int, before token: Int) -> Int {
            var k = token - 1
            while k >= 0 && tokens[k].paragraph != p { k -= 1 }
            return k >= 0 ? tokens[k].end : 0
        }
        for (i, t) in tokens.enumerated() where t.kind == .quote && t.paragraph >= 0 {
            let c = text.scalars[t.start]
            let closing = c == "\u{201D}" || c == "\u{00BB}" || c == "\u{2019}"
            if let o = open {
                if t.paragraph != paragraph {
                    if t.paragraph == paragraph + 1 && paragraphFirst[t.paragraph] == i && !closing {
                        let piece = text.trimmed(TextSpan(pieceStart, paragraphEnd(paragraph, before: i)))
                        if !piece.isEmpty { pieces.append(piece) }
                        pieceStart = t.end
                        paragraph = t.paragraph
                        continue
                    }
                    open = nil
                    pieces = []
                } else {
                    // a mark that looks like an opening one right after a sentence end: the open quote
                    // was never closed (`"A. "B," he said`); close it there and open a new one
                    let spaceBefore = t.start == 0 || text.scalars[t.start - 1].properties.isWhitespace
                    let letterAfter = t.end < text.count && WordTokenizer.isWordScalar(text.scalars[t.end])
                    let afterSentenceEnd = i > 0 && tokens[i - 1].kind == .punctuation && [".", "!", "?"].contains(tokens[i - 1].text) && i - 1 > o + 1
                    let piece = text.trimmed(TextSpan(pieceStart, t.start))
                    if !piece.isEmpty { pieces.append(piece) }
                    let words = tokens[(o + 1)..<i].reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
                    if !pieces.isEmpty && words > 0 {
                        regions.append(QuoteRegion(openToken: o, closeToken: i, pieces: pieces, wordCount: words))
                    }
                    open = nil
                    pieces = []
                    if !(spaceBefore && letterAfter && afterSentenceEnd && !closing) { continue }
                }
            }
            if closing { continue }
            open = i
            pieceStart = t.end
            paragraph = t.paragraph
            pieces = []
        }
        return regions
    }
}
