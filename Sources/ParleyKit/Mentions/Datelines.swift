/// Finds wire-story datelines — "TOKYO, March 3 -", "EDEN PRAIRIE, MINN., March 2 -",
/// "WASHINGTON (AP) —" — so that the city is read as a place and the rest of
/// the dateline as no name at all.
///
/// A dateline opens a paragraph with a run of shouted words (`ShoutedText.isShouted`;
/// single capital letters may stand inside it), followed by a comma, an opening
/// bracket or a dash; from there up to 12 tokens of capitalised or shouted
/// words (a state, a month, an agency), numbers, commas, full stops and
/// brackets lead to a dash (- — – or --). Wire style puts it there (The
/// Associated Press Stylebook, "datelines"; the Reuters-21578 `<DATELINE>` element).
/// The city is the whole run when it has at most three words; a longer run
/// is a headline run together with the dateline, and the city is then the
/// last words after the last function word, single letter or word the
/// article writes in lower case (at most three).
public enum Datelines {
    /// One dateline.
    public struct Dateline: Sendable, Equatable {
        /// Token range of the city's words.
        public var city: Range<Int>
        /// Token range of the whole dateline, the closing dash included.
        public var whole: Range<Int>
    }

    /// The datelines of an article.
    ///
    /// - Parameters:
    ///   - tokens: the article's tokens in text order.
    ///   - lowerWords: lowercased words the article writes in lower case.
    ///   - lexicon: its function words mark where a headline run ends.
    /// - Returns: the datelines in text order.
    public static func find(_ tokens: [WordToken], lowerWords: Set<String>, lexicon: MentionLexicon = .shared) -> [Dateline] {
        var found: [Dateline] = []
        for p in tokens.indices where tokens[p].paragraph >= 0 && (p == 0 || tokens[p - 1].paragraph != tokens[p].paragraph) {
            guard ShoutedText.isShouted(tokens[p]) else { continue }
            var e = p
            while e < tokens.count && tokens[e].kind == .word
                    && (ShoutedText.isShouted(tokens[e]) || tokens[e].isCapitalised && tokens[e].text.unicodeScalars.count == 1) { e += 1 }
            guard e < tokens.count, [",", "(", "-", "—", "–"].contains(tokens[e].text) else { continue }
            var d = e
            var ok = true
            while d < tokens.count && d < e + 12 && !isDash(tokens[d].text) {
                let t = tokens[d]
                if t.kind == .quote || t.kind == .word && !t.isCapitalised || t.kind == .punctuation && ![",", ".", "(", ")"].contains(t.text) {
                    ok = false
                    break
                }
                d += 1
            }
            guard ok, d < tokens.count, isDash(tokens[d].text) else { continue }
            var end = d + 1
            if tokens[d].text == "-", end < tokens.count, tokens[end].text == "-", tokens[end].start == tokens[d].end { end += 1 }
            let runWords = (p..<e).filter { tokens[$0].text.unicodeScalars.count >= 2 }
            var cityStart = p
            if runWords.count > 3 {
                var s = e
                while s > p {
                    let t = tokens[s - 1]
                    if t.text.unicodeScalars.count < 2 || lexicon.functionWords[t.lower] != nil || lowerWords.contains(t.lower) || e - (s - 1) > 3 { break }
                    s -= 1
                }
                cityStart = s
            }
            guard cityStart < e else { continue }
            found.append(Dateline(city: cityStart..<e, whole: cityStart..<end))
        }
        return found
    }

    static func isDash(_ s: String) -> Bool { s == "-" || s == "—" || s == "–" }

    /// The city's name in title case, or the known place it names ("NEW YORK" → "New York", "CHINA" → "China").
    public static func cityName(_ words: [String], lexicon: MentionLexicon = .shared) -> String {
        let lower = words.map { $0.lowercased() }.joined(separator: " ")
        if let place = lexicon.placesByLowercase[lower] { return place }
        return words.map { word in
            var out = ""
            var startOfPart = true
            for ch in word {
                out += startOfPart ? ch.uppercased() : ch.lowercased()
                startOfPart = ch == "-" || ch == "'"
            }
            return out
        }.joined(separator: " ")
    }
}
