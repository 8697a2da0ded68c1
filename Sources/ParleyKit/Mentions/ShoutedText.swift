/// Finds the capitals that say nothing about names — headlines and other runs
/// of wire copy set in capitals ("AMR TO ACQUIRE 40 JET AIRCRAFT") — and gives
/// their words back the case the article writes them in elsewhere
/// (truecasing from the article's own evidence, in the manner of Lita et al.,
/// "tRuEcasIng", ACL 2003, with the article as the only corpus).
///
/// A word is *shouted* when it has two or more letters and none of them is
/// lower case ("AMR", "MD-11S"). A shouted word stands in *capitals context*
/// when it belongs to a run of three or more shouted words (single capital
/// letters such as the "U S" of a headline pass without counting) or when at
/// least 60% of its sentence's words of two or more letters are shouted. In
/// running text a shouted word is an acronym and keeps its capitals; in
/// capitals context its case is read off, in this order:
///
/// 1. the article writes it in capitals outside capitals context ("WEDGE Group Inc"), other than as a
///    stock symbol in angle brackets ("<DOW>") → kept;
/// 2. it is a function word ("TO", "FOR") → lower case;
/// 3. it is a known organisation or place as written ("OPEC") → kept;
/// 4. the article capitalises it inside a sentence ("Hutton said") → that form;
/// 5. the article writes it in lower case ("acquire") → lower case;
/// 6. the article capitalises it only at a sentence start → that form;
/// 7. it is a word of a known name in `MentionLexicon` (place, given name, title, organisation head) → that form;
/// 8. otherwise lower case: an unknown all-capitals word in a headline is no name.
///
/// Token offsets and count never change, so mention token ranges and spans
/// stay those of the original tokens; only `text` and `isCapitalised` do.
public enum ShoutedText {
    /// True when `token` is a word of two or more letters with no lower-case letter.
    public static func isShouted(_ token: WordToken) -> Bool {
        guard token.kind == .word, token.isCapitalised else { return false }
        var letters = 0
        for c in token.text.unicodeScalars {
            // ASCII answered without the property tables: its alphabetic scalars are A-Z and a-z
            if c.value < 0x80 {
                if c >= "a" && c <= "z" { return false }
                if c >= "A" && c <= "Z" { letters += 1 }
                continue
            }
            guard c.properties.isAlphabetic else { continue }
            if c.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// For each token, true when it is a shouted word in capitals context (see the type's rules).
    ///
    /// - Parameter tokens: the article's tokens in text order.
    /// - Returns: one flag a token.
    public static func capitalsContext(_ tokens: [WordToken]) -> [Bool] {
        // what the rules ask of each token, read once
        var shouted = [Bool](repeating: false, count: tokens.count)
        var word = [Bool](repeating: false, count: tokens.count)
        var singleCapital = [Bool](repeating: false, count: tokens.count)
        var longWord = [Bool](repeating: false, count: tokens.count)
        var sentence = [Int](repeating: 0, count: tokens.count)
        var anyShouted = false
        for i in tokens.indices {
            let t = tokens[i]
            sentence[i] = t.sentence
            guard t.kind == .word else { continue }
            word[i] = true
            var scalars = t.text.unicodeScalars.makeIterator()
            let one = scalars.next() != nil
            let two = one && scalars.next() != nil
            longWord[i] = two
            singleCapital[i] = t.isCapitalised && one && !two
            shouted[i] = two && isShouted(t)
            anyShouted = anyShouted || shouted[i]
        }
        var context = [Bool](repeating: false, count: tokens.count)
        guard anyShouted else { return context }
        // runs of three or more shouted words within a sentence
        var runStart = -1
        var runWords = 0
        func close(at end: Int) {
            if runStart >= 0 && runWords >= 3 {
                for x in runStart..<end where shouted[x] { context[x] = true }
            }
            runStart = -1
            runWords = 0
        }
        for i in tokens.indices {
            if i > 0 && sentence[i] != sentence[i - 1] { close(at: i) }
            if shouted[i] {
                if runStart < 0 { runStart = i }
                runWords += 1
            } else if word[i] && !singleCapital[i] {
                close(at: i)
            }
        }
        close(at: tokens.count)
        // sentences whose words of two or more letters are mostly shouted
        var i = 0
        while i < tokens.count {
            var j = i
            var words = 0, shoutedWords = 0
            while j < tokens.count && sentence[j] == sentence[i] {
                if word[j] && longWord[j] {
                    words += 1
                    if shouted[j] { shoutedWords += 1 }
                }
                j += 1
            }
            if sentence[i] >= 0 && shoutedWords >= 2 && shoutedWords * 10 >= words * 6 {
                for x in i..<j where shouted[x] { context[x] = true }
            }
            i = j
        }
        return context
    }

    /// The tokens with the shouted words in capitals context given the article's case (see the type's rules).
    ///
    /// - Parameters:
    ///   - tokens: the article's tokens in text order.
    ///   - ignored: tokens that give no evidence of case (a dateline's capitals), as flags by token; empty for none.
    ///   - lexicon: the name lists of rule 7.
    /// - Returns: the same tokens, offsets unchanged, with `text` and `isCapitalised` of capitals-context words changed.
    public static func truecased(_ tokens: [WordToken], ignoring ignored: [Bool] = [], lexicon: MentionLexicon = .shared) -> [WordToken] {
        let context = capitalsContext(tokens)
        guard context.contains(true) else { return tokens }
        var shoutedElsewhere = Set<String>()
        var capitalisedInside: [String: String] = [:]
        var capitalisedFirst: [String: String] = [:]
        var lowerElsewhere = Set<String>()
        for (i, t) in tokens.enumerated() where t.kind == .word && !context[i] && !(i < ignored.count && ignored[i]) {
            if !t.isCapitalised { lowerElsewhere.insert(t.lower); continue }
            // a stock symbol in angle brackets ("Dow Chemical Co's <DOW> unit", the wire's ticker markup) is no spelling of a name
            if i > 0, i + 1 < tokens.count, tokens[i - 1].text == "<", tokens[i + 1].text == ">" { continue }
            if isShouted(t) { shoutedElsewhere.insert(t.text); continue }
            let first = i == 0 || tokens[i - 1].sentence != t.sentence || tokens[i - 1].kind == .quote
                || [":", "(", "-", "—", "–"].contains(tokens[i - 1].text)
            if first { if capitalisedFirst[t.lower] == nil { capitalisedFirst[t.lower] = t.text } }
            else if capitalisedInside[t.lower] == nil { capitalisedInside[t.lower] = t.text }
        }
        var out = tokens
        for i in tokens.indices where context[i] {
            let t = tokens[i]
            let written: String?
            if shoutedElsewhere.contains(t.text) {
                written = t.text
            } else if lexicon.functionWords[t.lower] != nil {
                written = nil
            } else if lexicon.organisations.contains(t.text) || lexicon.places[t.text] != nil {
                written = t.text
            } else if let form = capitalisedInside[t.lower] {
                written = form
            } else if lowerElsewhere.contains(t.lower) {
                written = nil
            } else if let form = capitalisedFirst[t.lower] {
                written = form
            } else {
                written = lexicon.nameWordsByLowercase[t.lower]
            }
            out[i].text = written ?? t.lower
            out[i].isCapitalised = written != nil
        }
        return out
    }
}
