/// Turns single quote marks (‘ ’ ') that quote speech into `.quote` tokens, so
/// `QuoteFinder` pairs them like double marks.
///
/// The tokenizer leaves a single mark that is not inside a word as punctuation,
/// because most are apostrophes: `students' books`, `the '90s`, `'em`. A single
/// mark becomes a quote mark only when it pairs cleanly in its paragraph:
/// - an opening candidate is ‘ or ' with white space (or an opening bracket,
///   dash or double mark, or the paragraph start) before it and a letter after it,
///   not a digit and not an elided word from `attribution-elisions.txt` ('90s, 'em);
/// - a closing candidate is ’ or ' with no space before it and white space,
///   punctuation or the paragraph end after it. It is *strong* when punctuation
///   stands right before or after it (`…,’ she said`, `…’.`), *weak* otherwise
///   (`students’ books`, `a ‘scare’ word`);
/// - an opening candidate pairs with the first strong closing candidate after it
///   in its paragraph; when another opening candidate or the paragraph end comes
///   first, it pairs with the first weak closing candidate between (a short quoted
///   word), or with nothing;
/// - an opening candidate left open at the end of its paragraph still opens a
///   quote when it starts a sentence and the next paragraph opens with a single
///   mark (the multi-paragraph convention);
/// - single marks inside a double-quoted region are never promoted (nested
///   quotes stay part of the outer quote), and double marks inside a promoted
///   single-quoted region are demoted to punctuation (British nesting `‘… “x” …’`).
/// Offsets and token order do not change; only `kind` does.
public enum SingleQuotes {
    /// Lower-cased words written with a leading apostrophe for left-out letters.
    static let elisions: Set<String> = Set(ResourceFile.lines("attribution-elisions.txt").map { $0.lowercased() })

    static func isSingle(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2018}" || c == "\u{2019}" }

    /// `tokens` with the single marks that quote speech made `.quote` tokens.
    ///
    /// - Parameters:
    ///   - tokens: the article's tokens from `WordTokenizer.tokenize`.
    ///   - text: the article text the tokens index (offsets count Unicode scalars).
    /// - Returns: the same tokens, some single marks' kind set to `.quote` and
    ///   double marks nested in a promoted region set to `.punctuation`.
    public static func promote(_ tokens: [WordToken], text: ScalarText) -> [WordToken] {
        let s = text.scalars
        var candidates: [Int] = []
        for (i, t) in tokens.enumerated() where t.kind == .punctuation && t.end == t.start + 1 && isSingle(s[t.start]) && t.paragraph >= 0 {
            candidates.append(i)
        }
        guard !candidates.isEmpty else { return tokens }
        var out = tokens
        // tokens inside double-quoted regions
        var inDouble = [Bool](repeating: false, count: tokens.count)
        let doubles = QuoteFinder.find(tokens: tokens, text: text)
        for r in doubles { for i in r.openToken...r.closeToken { inDouble[i] = true } }

        func spaceOrStart(_ k: Int) -> Bool { k < 0 || WordTokenizer.isSpace(s[k]) }
        func spaceOrEnd(_ k: Int) -> Bool { k >= s.count || WordTokenizer.isSpace(s[k]) }
        func isOpener(_ i: Int) -> Bool {
            let t = tokens[i]
            let c = s[t.start]
            guard c != "\u{2019}" else { return false }
            let before = t.start - 1
            let okBefore = spaceOrStart(before) || "([{—–-\u{201C}\u{201E}\"".unicodeScalars.contains(s[before])
                || (i > 0 && tokens[i - 1].paragraph != t.paragraph)
            guard okBefore, t.end < s.count, WordTokenizer.isWordScalar(s[t.end]) else { return false }
            if WordTokenizer.isDigit(s[t.end]) { return false }
            if i + 1 < tokens.count, tokens[i + 1].start == t.end, elisions.contains(tokens[i + 1].lower) {
                // "'em" is an elision, but "'Em…" capitalised at a sentence start may be a quote: keep the list to lower case
                if !tokens[i + 1].isCapitalised { return false }
            }
            return true
        }
        /// 0: not a closer; 1: weak; 2: strong.
        func closerStrength(_ i: Int) -> Int {
            let t = tokens[i]
            let c = s[t.start]
            guard c != "\u{2018}", t.start > 0, !WordTokenizer.isSpace(s[t.start - 1]) else { return 0 }
            let after = t.end
            let lastInParagraph = i + 1 >= tokens.count || tokens[i + 1].paragraph != t.paragraph
            let punctBefore = i > 0 && tokens[i - 1].end == t.start && tokens[i - 1].kind == .punctuation
                && [",", ".", "!", "?", "…", ";", ":", "-", "—", "–"].contains(tokens[i - 1].text)
            let punctAfter = after < s.count && ",.;:!?)]…—–-".unicodeScalars.contains(s[after])
            guard spaceOrEnd(after) || punctAfter || lastInParagraph else { return 0 }
            return punctBefore || punctAfter || lastInParagraph ? 2 : 1
        }
        func startsSentence(_ i: Int) -> Bool {
            i == 0 || tokens[i - 1].sentence != tokens[i].sentence
                || (tokens[i - 1].kind == .punctuation && [".", "!", "?", "…", ":"].contains(tokens[i - 1].text))
        }

        var pairs: [(Int, Int)] = []
        var openEnded: [Int] = []
        var ci = 0
        while ci < candidates.count {
            let i = candidates[ci]
            guard !inDouble[i], isOpener(i) else { ci += 1; continue }
            var firstWeak: Int?
            var close: Int?
            var next = ci + 1
            var stoppedAtOpener = false
            while next < candidates.count {
                let j = candidates[next]
                if tokens[j].paragraph != tokens[i].paragraph { break }
                if inDouble[j] { next += 1; continue }
                let strength = closerStrength(j)
                if strength == 2 { close = j; break }
                if strength == 1 { if firstWeak == nil { firstWeak = j }; next += 1; continue }
                if isOpener(j) { stoppedAtOpener = true; break }
                next += 1
            }
            if close == nil, let w = firstWeak { close = w }
            if let j = close {
                // a pair must not cross the edge of a double-quoted region
                let crosses = doubles.contains { ($0.openToken > i && $0.openToken < j) != ($0.closeToken > i && $0.closeToken < j) }
                if !crosses { pairs.append((i, j)) }
                ci = candidates.firstIndex(of: j).map { $0 + 1 } ?? ci + 1
                continue
            }
            if !stoppedAtOpener, startsSentence(i) {
                // open at the paragraph end: the next paragraph must open with a single opening mark
                var k = i + 1
                while k < tokens.count && tokens[k].paragraph == tokens[i].paragraph { k += 1 }
                if k < tokens.count, tokens[k].paragraph == tokens[i].paragraph + 1, tokens[k].kind == .punctuation,
                   tokens[k].end == tokens[k].start + 1, isSingle(s[tokens[k].start]), isOpener(k) {
                    openEnded.append(i)
                }
            }
            ci += 1
        }
        for (i, j) in pairs {
            out[i].kind = .quote
            out[j].kind = .quote
            for k in (i + 1)..<j where out[k].kind == .quote { out[k].kind = .punctuation }
        }
        for i in openEnded { out[i].kind = .quote }
        return out
    }
}
