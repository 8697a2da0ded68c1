/// How a recognised time expression gets its TIMEX3 value: read straight
/// off the text, or computed from the document creation time (deictic:
/// "yesterday", "last week") or from the date in force (anaphoric: "the day
/// before", "two days later").
enum TimexRule: Sendable {
    /// Which day a relative expression counts from.
    enum Anchoring: Sendable {
        /// The document creation time ("yesterday", "a week ago").
        case deictic
        /// The date in force in the narrative, else the DCT ("the day before").
        case anaphoric
    }
    /// Which occurrence of a weekday a weekday expression means.
    enum WeekdayDirection: Sendable {
        /// "last Friday": strictly before the anchor.
        case last
        /// "next Monday": strictly after the anchor.
        case next
        /// "this Friday": the one in the anchor's ISO week.
        case this
        /// A bare weekday: set by the clause's tense (future: after; otherwise on or before).
        case tense
    }

    /// A value read off the text as it stands (`2021-06-04`, `P1M`, `201`, `PRESENT_REF`).
    case fixed(String)
    /// A calendar date whose year may be missing ("June 4"); the year then comes from the anchor (nearest).
    case date(year: Int?, month: Int, day: Int?, partOfDay: String?)
    /// A month with "last", "next" or "this" ("last June"): the occurrence before, after, or in the anchor's year.
    case shiftedMonth(month: Int, direction: WeekdayDirection)
    /// A weekday, with an optional part of day ("Friday evening").
    case weekday(Int, WeekdayDirection, partOfDay: String?)
    /// A day counted from an anchor ("yesterday": -1, deictic; "the day before": -1, anaphoric).
    case dayShift(Int, Anchoring, partOfDay: String?)
    /// A calendar period counted from an anchor, at the period's granularity ("last week", "this year", "the following month").
    case periodShift(unit: String, amount: Int, Anchoring)
    /// An amount of time counted from an anchor, at day granularity for days and weeks ("a week ago", "two days later").
    /// A nil amount ("several days ago", "in a few years") gives `PAST_REF` (sign -1) or `FUTURE_REF` (sign 1).
    case countShift(unit: String, amount: Int?, sign: Int, Anchoring)
    /// A season, with its year or a shift from the anchor's year.
    case season(code: String, year: Int?, direction: WeekdayDirection?)
    /// A quarter (`Q1`) or half (`H1`) with its year, or the anchor's year.
    case quarter(code: String, year: Int?)
    /// "the weekend": the last one in a past clause, the coming one in a future clause (`YYYY-Www-WE`).
    case weekend
    /// A clock time, dated by a date of the same sentence, the date in force or the DCT.
    case clock(hour: Int, minute: Int?)
}

/// A time expression found by `TimexRecognizer`, before it is given its value.
struct TimexCandidate: Sendable {
    /// First token (inclusive).
    var start: Int
    /// Last token (exclusive).
    var end: Int
    /// DATE, TIME, DURATION or SET.
    var type: TimexType
    /// How to compute the value.
    var rule: TimexRule
}

/// Finds time expressions in a token stream, by hand-written patterns over
/// the word lists of `TimeLexicon`.
///
/// The patterns follow the TIMEX3 guidelines of ISO-TimeML (TimeML 1.2.1 and
/// the TimeBank 1.2 annotation): a signal ("on", "in", "since") stays
/// outside the expression; a leading "the" belongs to it where it is part
/// of the phrase ("the day before", "the 2010s", "the first quarter").
/// At each token all patterns are tried and the longest match wins.
struct TimexRecognizer {
    let tokens: [TimeToken]
    let lexicon: TimeLexicon
    /// Day/month order for numeric dates such as `04/06/2021`.
    let numericOrder: NumericDateOrder
    /// `TimexRecognizer.countAt` of every token, worked out once: several patterns ask for the count at the same token.
    private let counts: [(amount: Int?, next: Int)?]

    /// Makes a recognizer over `tokens`.
    init(tokens: [TimeToken], lexicon: TimeLexicon, numericOrder: NumericDateOrder) {
        self.tokens = tokens
        self.lexicon = lexicon
        self.numericOrder = numericOrder
        var counts: [(amount: Int?, next: Int)?] = []
        counts.reserveCapacity(tokens.count)
        for i in tokens.indices { counts.append(TimexRecognizer.countAt(i, tokens: tokens, lexicon: lexicon)) }
        self.counts = counts
    }

    // MARK: token helpers

    func lower(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].lower : nil }
    func text(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].text : nil }
    /// True when token `i` exists and continues the line and sentence of token `from`.
    func joined(_ i: Int, to from: Int) -> Bool {
        i < tokens.count && i > from && !tokens[i].breakBefore && tokens[i].sentence == tokens[from].sentence
            || (i < tokens.count && i > from && !tokens[i].breakBefore && isAbbreviationDot(i - 1))
    }
    /// True when token `i` is a "." right after a month or weekday abbreviation, which a naive sentence splitter may cut at.
    func isAbbreviationDot(_ i: Int) -> Bool {
        guard i > 0, i < tokens.count, tokens[i].text == "." else { return false }
        let w = tokens[i - 1].lower
        return (lexicon.months[w] != nil && !lexicon.fullMonthNames.contains(w)) || (lexicon.weekdays[w] != nil && !lexicon.fullWeekdayNames.contains(w))
            || w == "m" || w == "a" || w == "p"
    }
    func isPunct(_ i: Int) -> Bool { i < tokens.count && !tokens[i].isWord && !tokens[i].isDigits }
    /// True when token `i` is missing (end of text), on a new line, or punctuation: the end of a phrase.
    func endsPhrase(_ i: Int, after from: Int) -> Bool {
        i >= tokens.count || tokens[i].breakBefore || isPunct(i)
    }

    /// A month name at `i`: (month, index after it, was it an abbreviation).
    func month(at i: Int) -> (month: Int, next: Int, abbreviated: Bool)? {
        guard i < tokens.count, tokens[i].isCapitalized, let m = lexicon.months[tokens[i].lower] else { return nil }
        let full = lexicon.fullMonthNames.contains(tokens[i].lower)
        if !full, tokens[i].text.count > 1, tokens[i].text.dropFirst().contains(where: { $0.isUppercase }) { return nil } // "MAR", "DEC" as acronyms
        var next = i + 1
        if !full, next < tokens.count, tokens[next].text == ".", !tokens[next].breakBefore { next += 1 }
        return (m, next, !full)
    }

    /// A weekday name at `i`: (ISO weekday, index after it, abbreviated).
    func weekday(at i: Int) -> (weekday: Int, next: Int, abbreviated: Bool)? {
        guard i < tokens.count, tokens[i].isCapitalized, let w = lexicon.weekdays[tokens[i].lower] else { return nil }
        let full = lexicon.fullWeekdayNames.contains(tokens[i].lower)
        var next = i + 1
        if !full, next < tokens.count, tokens[next].text == ".", !tokens[next].breakBefore { next += 1 }
        return (w, next, !full)
    }

    /// A day of the month at `i`: "5", "05", "5th", "28th".
    func dayNumber(at i: Int) -> Int? {
        guard i < tokens.count else { return nil }
        let t = tokens[i].lower
        // the digits are a prefix of the token: no leading ASCII digit, no day
        guard let first = t.utf8.first, first >= 0x30, first <= 0x39 else { return nil }
        var digits = t
        for suffix in ["st", "nd", "rd", "th"] where t.hasSuffix(suffix) {
            digits = String(t.dropLast(2))
        }
        guard !digits.isEmpty, digits.count <= 2, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let d = Int(digits),
              (1...31).contains(d) else { return nil }
        // a following ":" or "%" means a clock time or a quantity, not a day
        if i + 1 < tokens.count, [":", "%"].contains(tokens[i + 1].text) { return nil }
        return d
    }

    /// A four-digit year at `i` in `range`.
    func yearNumber(at i: Int, range: ClosedRange<Int> = 1000...2999) -> Int? {
        guard i < tokens.count, tokens[i].isDigits, tokens[i].text.count == 4, let y = tokens[i].number, range.contains(y) else { return nil }
        return y
    }

    /// A count of units at `i`: digits, a number word, or "a few" (→ nil amount). Returns (amount, index after).
    func count(at i: Int) -> (amount: Int?, next: Int)? {
        i < counts.count ? counts[i] : nil
    }

    /// The count at token `i` of `tokens` (see `count(at:)`).
    static func countAt(_ i: Int, tokens: [TimeToken], lexicon: TimeLexicon) -> (amount: Int?, next: Int)? {
        func lower(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].lower : nil }
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        if t.isDigits, let n = t.number, t.text.count <= 4 {
            if i > 0, [".", ","].contains(tokens[i - 1].text), i > 1, tokens[i - 2].isDigits { return nil }
            return (n, i + 1)
        }
        if t.lower == "a", lower(i + 1) == "few" { return (nil, i + 2) }
        if let v = lexicon.numbers[t.lower] {
            // "twenty-five"
            if let tens = v, tens >= 20, tens < 100, lower(i + 1) == "-", let unit = lower(i + 2).flatMap({ lexicon.numbers[$0] }) ?? nil, unit < 10 {
                return (tens + unit, i + 3)
            }
            return (v, i + 1)
        }
        return nil
    }

    /// A unit word at `i`, checking singular/plural agreement loosely.
    func unit(at i: Int) -> String? {
        guard let w = lower(i) else { return nil }
        return lexicon.units[w]
    }

    /// The tense of the clause around an expression, as far as a few words tell.
    enum Tense { case past, future, unknown }

    /// True when the clause around the expression speaks of the future (see `tense(around:end:)`).
    func isFutureClause(around start: Int, end: Int) -> Bool { tense(around: start, end: end) == .future }

    /// The tense of the clause around tokens `start..<end`: the nearest tense marker in a short window before the
    /// expression (up to 10 words, not past the sentence or a quote mark), or, when none, after it. Future markers
    /// are the words of `time-future-markers.txt` and "to be"/"will be" + participle ("to be held"); past markers
    /// are common past forms ("said", "was", "hit") and lowercase words in "-ed".
    func tense(around start: Int, end: Int) -> Tense {
        let modals: Set<String> = ["to", "will", "would", "shall", "ll", "could", "may", "might", "must", "should"]
        func marker(_ k: Int) -> Tense? {
            let w = tokens[k].lower
            if lexicon.futureMarkers.contains(w) { return .future }
            if w == "ll", k > 0, ["'", "’"].contains(tokens[k - 1].text) { return .future }
            let pastLike = ["said", "was", "were", "had", "did", "told", "hit", "took", "went", "came", "met", "held", "made", "gave", "spoke",
                            "began", "left", "won", "lost", "saw", "sent", "set", "put", "fell", "rose", "broke", "struck", "fought"].contains(w)
                || (w.count > 4 && w.hasSuffix("ed") && tokens[k].isWord && !tokens[k].isCapitalized)
            if pastLike {
                if k >= 2, tokens[k - 1].lower == "be", modals.contains(tokens[k - 2].lower) { return .future }
                if k >= 1, tokens[k - 1].lower == "be" { return nil }
                return .past
            }
            return nil
        }
        let sentence = tokens[start].sentence
        var k = start - 1
        var steps = 0
        while k >= 0, steps < 10, tokens[k].sentence == sentence, ![";", ".", "!", "?", "“", "”", "\""].contains(tokens[k].text) {
            if let m = marker(k) { return m }
            k -= 1
            steps += 1
        }
        k = end
        steps = 0
        while k < tokens.count, steps < 8, tokens[k].sentence == sentence, ![";", ".", "!", "?"].contains(tokens[k].text) {
            if let m = marker(k) { return m }
            k += 1
            steps += 1
        }
        return .unknown
    }

    // MARK: matching

    /// All candidates of the token stream, left to right, longest match first, never overlapping.
    func recognize() -> [TimexCandidate] {
        var result: [TimexCandidate] = []
        var i = 0
        while i < tokens.count {
            if var best = longestMatch(at: i) {
                best.start = modifierStart(before: best, previousEnd: result.last?.end ?? 0)
                result.append(best)
                i = best.end
            } else {
                i += 1
            }
        }
        return result
    }

    /// Where a DATE expression starts once a TimeML modifier before it is included: "early", "late", "mid"
    /// ("mid-June", "early 2021") and "the end of", "the beginning of", "the start of", "the middle of",
    /// "the turn of". TIMEX3 keeps such words inside the expression and records them as `mod`; parley keeps the
    /// value of the period itself.
    func modifierStart(before candidate: TimexCandidate, previousEnd: Int) -> Int {
        guard candidate.type == .date, candidate.start > previousEnd else { return candidate.start }
        switch candidate.rule {
        case .date(_, _, nil, _), .season, .quarter, .shiftedMonth, .periodShift: break
        case .fixed(let value) where value.first?.isNumber == true: break
        default: return candidate.start
        }
        var k = candidate.start - 1
        if k >= previousEnd, tokens[k].text == "-" { k -= 1 }
        if k >= previousEnd, ["early", "late", "mid"].contains(tokens[k].lower), tokens[k].sentence == tokens[candidate.start].sentence || isAbbreviationDot(k) {
            return k
        }
        k = candidate.start - 1
        if k - 1 >= previousEnd, tokens[k].lower == "of", ["end", "beginning", "start", "middle", "turn"].contains(tokens[k - 1].lower) {
            if k - 2 >= previousEnd, tokens[k - 2].lower == "the" { return k - 2 }
            return k - 1
        }
        return candidate.start
    }

    /// The words the patterns of `longestMatch(at:)` test at their first token: "the" and "that" (the day
    /// before, the 2010s, the first quarter, that day), "last"/"next"/"this"... (last Friday, next week),
    /// deictic and reference words (yesterday, now, recently), "earlier"/"later" (later that day), "every",
    /// "each", "once", "per" (recurrences), "half" (half an hour), clock words (noon) and frequency adverbs.
    /// Keep this list in step with the patterns: a pattern that starts with another word needs it here
    /// (`TimexStartFilterTests` fails otherwise).
    static let patternStartWords: Set<String> = Set([
        "the", "that", "these", "earlier", "later", "last", "past", "previous", "next", "coming", "this", "current",
        "yesterday", "today", "tomorrow", "tonight", "now", "nowadays", "currently", "recently",
        "every", "each", "per", "half", "noon", "midday", "midnight",
    ]).union(frequencyWords).union(frequencyAdverbs.keys)

    /// False when no pattern can match at token `i`, so `longestMatch(at:)` need not try them.
    ///
    /// A cheap superset of the patterns' first-token conditions: digits (numeric dates, years, clock
    /// times, counts, days, decades: a token starting with a digit), a count ("two", "a few"), an
    /// apostrophe ('90s), a word starting with "q" (Q1), or one of `TimeLexicon.startWords`.
    func mayStart(at i: Int) -> Bool {
        let t = tokens[i]
        if t.isDigits || counts[i] != nil { return true }
        if let first = t.lower.utf8.first, (first >= 0x30 && first <= 0x39) || first == 0x71 { return true }
        if t.text == "'" || t.text == "\u{2019}" { return true }
        return lexicon.startWords.contains(t.lower)
    }

    /// The longest candidate that starts at token `i` (the first of the longest on a tie), or nil.
    func longestMatch(at i: Int) -> TimexCandidate? {
        guard i < tokens.count, mayStart(at: i) else { return nil }
        return tryEveryPattern(at: i)
    }

    /// `longestMatch(at:)` without the `mayStart(at:)` filter: every pattern is tried. Tests check with
    /// it that the filter never drops a match.
    func tryEveryPattern(at i: Int) -> TimexCandidate? {
        // Every pattern in a fixed order; the first of the longest wins. Taken one by one rather than
        // through an array of the 17 results, which cost an allocation at every token.
        var best: TimexCandidate?
        func consider(_ candidate: TimexCandidate?) {
            guard let c = candidate, c.end > i else { return }
            if best == nil || c.end > best!.end { best = c }
        }
        consider(numericDate(at: i)); consider(weekdayLed(at: i)); consider(modifiedWeekday(at: i))
        consider(monthLed(at: i)); consider(dayLed(at: i)); consider(year(at: i)); consider(decade(at: i))
        consider(season(at: i)); consider(quarter(at: i)); consider(deicticDay(at: i)); consider(anaphoricDay(at: i))
        consider(countShift(at: i)); consider(periodShift(at: i)); consider(duration(at: i)); consider(recurrence(at: i))
        consider(clock(at: i)); consider(reference(at: i))
        return best
    }

    /// `2021-06-04`, `2021/06/04`, `04/06/2021`, `4.6.2021`, and `6/4` after "on", "since", "until", "by", "from".
    func numericDate(at i: Int) -> TimexCandidate? {
        guard i < tokens.count, tokens[i].isDigits else { return nil }
        if i > 0, ["/", "-", "."].contains(tokens[i - 1].text), i > 1, tokens[i - 2].isDigits { return nil }
        func digitsAt(_ k: Int) -> String? { k < tokens.count && tokens[k].isDigits && !tokens[k].breakBefore ? tokens[k].text : nil }
        guard let sep = text(i + 1), ["-", "/", "."].contains(sep), let b = digitsAt(i + 2) else { return nil }
        let a = tokens[i].text
        let hasThird = text(i + 3) == sep && digitsAt(i + 4) != nil
        // a fourth part ("1/2/3/4") or a trailing separator + digits means it is not a date
        if hasThird, text(i + 5) == sep, digitsAt(i + 6) != nil { return nil }
        if hasThird, let c = digitsAt(i + 4) {
            if a.count == 4, b.count <= 2, c.count <= 2, sep != "." {
                let d = CalendarDate(year: Int(a)!, month: Int(b)!, day: Int(c)!)
                guard d.isValid else { return nil }
                return TimexCandidate(start: i, end: i + 5, type: .date, rule: .fixed(d.timexValue))
            }
            guard a.count <= 2, b.count <= 2, c.count == 4 || (c.count == 2 && sep == "/") else { return nil }
            var year = Int(c)!
            if c.count == 2 { year += 2000 }
            let x = Int(a)!, y = Int(b)!
            var day: Int, month: Int
            if sep == "." || sep == "-" { (day, month) = (x, y) }
            else if x > 12 { (day, month) = (x, y) }
            else if y > 12 { (day, month) = (y, x) }
            else if numericOrder == .dayMonth { (day, month) = (x, y) }
            else { (day, month) = (y, x) }
            let d = CalendarDate(year: year, month: month, day: day)
            guard d.isValid else { return nil }
            return TimexCandidate(start: i, end: i + 5, type: .date, rule: .fixed(d.timexValue))
        }
        // "6/4" with no year: only after a date preposition, and not a fraction or score
        guard sep == "/", a.count <= 2, b.count <= 2, let before = lower(i - 1), ["on", "since", "until", "by", "from"].contains(before) else { return nil }
        let x = Int(a)!, y = Int(b)!
        let (day, month) = numericOrder == .dayMonth ? (x, y) : (y, x)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return TimexCandidate(start: i, end: i + 3, type: .date, rule: .date(year: nil, month: month, day: day, partOfDay: nil))
    }

    /// After a month/day has been read at `k`: an optional ", 2021" / " 2021". Returns (year, index after).
    func trailingYear(at k: Int, from start: Int) -> (Int, Int)? {
        var j = k
        if text(j) == ",", joined(j, to: start) { j += 1 }
        guard joined(j, to: start), let y = yearNumber(at: j) else { return nil }
        // "June 4, 2021 people": a following plural noun means a count
        if let w = lower(j + 1), tokens[j + 1].isWord, !tokens[j + 1].isCapitalized, TimexRecognizer.looksPlural(w) { return nil }
        return (y, j + 1)
    }

    /// A part of day right after `k` ("Friday evening"), with the index after it.
    func partOfDay(at k: Int, from start: Int) -> (String, Int)? {
        guard joined(k, to: start), let w = lower(k), let code = lexicon.partsOfDay[w] else { return nil }
        return (code, k + 1)
    }

    /// "Saturday, June 5", "Saturday 5 June 2021", "Friday evening", "Tuesday".
    func weekdayLed(at i: Int) -> TimexCandidate? {
        guard let (wd, afterName, abbreviated) = weekday(at: i) else { return nil }
        var k = afterName
        if text(k) == ",", joined(k, to: i) { k += 1 }
        if joined(k, to: i), let (m, afterMonth, _) = month(at: k), joined(afterMonth, to: i), let d = dayNumber(at: afterMonth) {
            var end = afterMonth + 1
            var year: Int?
            if let (y, e) = trailingYear(at: end, from: i) { year = y; end = e }
            return TimexCandidate(start: i, end: end, type: .date, rule: .date(year: year, month: m, day: d, partOfDay: nil))
        }
        if joined(k, to: i), let d = dayNumber(at: k) {
            var j = k + 1
            if lower(j) == "of" { j += 1 }
            if joined(j, to: i), let (m, afterMonth, _) = month(at: j) {
                var end = afterMonth
                var year: Int?
                if let (y, e) = trailingYear(at: end, from: i) { year = y; end = e }
                return TimexCandidate(start: i, end: end, type: .date, rule: .date(year: year, month: m, day: d, partOfDay: nil))
            }
        }
        if abbreviated || weekdayInName(at: i, next: afterName) { return nil }
        if let (code, end) = partOfDay(at: afterName, from: i) {
            return TimexCandidate(start: i, end: end, type: .time, rule: .weekday(wd, .tense, partOfDay: code))
        }
        // "Black Friday", "Super Tuesday", "Good Friday": a capitalised word before makes it a name,
        // unless that word is a preposition or opens the sentence ("Officials Friday" is rare; "On Friday" is not)
        if i > 0, tokens[i - 1].isCapitalized, tokens[i - 1].isWord, tokens[i - 1].sentence == tokens[i].sentence, !tokens[i].breakBefore,
           !["On", "By", "Since", "Until", "Last", "Next", "This", "Early", "Late", "And", "Or", "From", "Through", "Before", "After", "Till", "Every"].contains(tokens[i - 1].text) {
            let opensSentence = i - 1 == 0 || tokens[i - 2].sentence != tokens[i - 1].sentence || tokens[i - 1].breakBefore
            if !opensSentence { return nil }
        }
        return TimexCandidate(start: i, end: afterName, type: .date, rule: .weekday(wd, .tense, partOfDay: nil))
    }

    /// True when the weekday at `i` (the token after it at `next`) is part of a capitalised name, not a time
    /// expression: a name word of `time-weekday-name-words.txt` right after it ("Sunday Telegraph", "Monday Club",
    /// "Saturday Night Live"), unless a date word ("on", "since", "last" …) stands before; any capitalised word
    /// after it when "the"/"a" stands before ("the Sunday Business"); a broadcaster's possessive before it ("Sky News'
    /// Sunday with Adam Boulton", "the BBC's Sunday Programme"); or the end of a whole name of that file ("the Mail on Sunday", "the Independent on Sunday").
    func weekdayInName(at i: Int, next: Int) -> Bool {
        if joined(next, to: i), tokens[next].isCapitalized, tokens[next].isWord,
           lexicon.months[tokens[next].lower] == nil, lexicon.weekdays[tokens[next].lower] == nil {
            let before = i > 0 && tokens[i - 1].sentence == tokens[i].sentence ? lower(i - 1) : nil
            if before == "the" || before == "a" { return true }
            // "On Sunday Post Office workers ...": after a date word the weekday is a date
            let dateWords: Set<String> = ["on", "since", "until", "till", "from", "last", "next", "this", "every", "before", "after", "through"]
            if lexicon.weekdayNameWords.contains(tokens[next].lower), !(before.map(dateWords.contains) ?? false) { return true }
        }
        // after a broadcaster's possessive (an acronym or "News"): a programme ("Sky News' Sunday with Adam Boulton",
        // "the BBC's Sunday Programme"), not a day; "Russia's Sunday election" stays a date
        if i >= 2, tokens[i - 1].sentence == tokens[i].sentence {
            let apostrophes: Set<String> = ["'", "’"]
            func broadcaster(_ k: Int) -> Bool {
                let t = tokens[k].text
                return t == "News" || (t.count >= 2 && t.allSatisfy { $0.isUppercase })
            }
            if apostrophes.contains(tokens[i - 1].text), broadcaster(i - 2) { return true }
            if i >= 3, tokens[i - 1].lower == "s", apostrophes.contains(tokens[i - 2].text), broadcaster(i - 3),
               tokens[i - 2].span.start == tokens[i - 3].span.end {
                return true
            }
        }
        // a whole name ending in the weekday, its first word capitalised ("Mail on Sunday", not "mail on Sunday")
        for name in lexicon.weekdayNames where name.last == tokens[i].lower && i >= name.count - 1 {
            let first = i - (name.count - 1)
            if tokens[first].isCapitalized, tokens[first].sentence == tokens[i].sentence,
               (0..<name.count).allSatisfy({ tokens[first + $0].lower == name[$0] }) {
                return true
            }
        }
        return false
    }

    /// "last Friday", "next Monday", "this Friday evening", "past Sunday".
    func modifiedWeekday(at i: Int) -> TimexCandidate? {
        guard let w = lower(i) else { return nil }
        let direction: TimexRule.WeekdayDirection
        switch w {
        case "last", "past", "previous": direction = .last
        case "next", "coming": direction = .next
        case "this": direction = .this
        default: return nil
        }
        guard joined(i + 1, to: i), let (wd, after, abbreviated) = weekday(at: i + 1), !abbreviated else { return nil }
        if let (code, end) = partOfDay(at: after, from: i) {
            return TimexCandidate(start: i, end: end, type: .time, rule: .weekday(wd, direction, partOfDay: code))
        }
        return TimexCandidate(start: i, end: after, type: .date, rule: .weekday(wd, direction, partOfDay: nil))
    }

    /// Words that, right before a month name standing alone, make it a date ("in June", "since March", "early May").
    static let monthContext: Set<String> = ["in", "since", "until", "till", "by", "of", "from", "to", "through", "during", "before",
                                            "after", "early", "late", "mid", "-", "end", "start", "beginning", "middle", "throughout"]

    /// "June 5", "Jan. 5", "June 5, 2021", "June 2021", "June of 2021", "last June", "in June".
    func monthLed(at i: Int) -> TimexCandidate? {
        var start = i
        var direction: TimexRule.WeekdayDirection?
        var k = i
        if let w = lower(i), ["last", "next", "this", "past"].contains(w) {
            direction = w == "next" ? .next : (w == "this" ? .this : .last)
            k = i + 1
            guard joined(k, to: i) else { return nil }
        }
        guard let (m, afterMonth, abbreviated) = month(at: k) else { return nil }
        if direction != nil {
            guard !abbreviated else { return nil }
            return TimexCandidate(start: start, end: afterMonth, type: .date, rule: .shiftedMonth(month: m, direction: direction!))
        }
        start = k
        if joined(afterMonth, to: i), let d = dayNumber(at: afterMonth) {
            // "June 4" — but not "June 4,000"
            if text(afterMonth + 1) == ",", afterMonth + 2 < tokens.count, tokens[afterMonth + 2].isDigits, tokens[afterMonth + 2].text.count == 3 { return nil }
            var end = afterMonth + 1
            var year: Int?
            if let (y, e) = trailingYear(at: end, from: i) { year = y; end = e }
            return TimexCandidate(start: start, end: end, type: .date, rule: .date(year: year, month: m, day: d, partOfDay: nil))
        }
        var j = afterMonth
        if lower(j) == "of", joined(j, to: i) { j += 1 }
        if let (y, e) = trailingYear(at: j, from: i) {
            return TimexCandidate(start: start, end: e, type: .date, rule: .date(year: y, month: m, day: nil, partOfDay: nil))
        }
        // a month name standing alone needs a date word before it: "in June", not "April Ryan" or "May I"
        guard !abbreviated, let before = lower(k - 1), k > 0, tokens[k - 1].sentence == tokens[k].sentence,
              TimexRecognizer.monthContext.contains(before) else { return nil }
        if tokens[k].lower == "may", before == "-" { return nil }
        // "June Carter": a capitalised word right after makes the month a first name
        if let next = tokens.indices.contains(afterMonth) ? tokens[afterMonth] : nil, next.isCapitalized, next.isWord, !next.breakBefore,
           next.sentence == tokens[k].sentence { return nil }
        return TimexCandidate(start: start, end: afterMonth, type: .date, rule: .date(year: nil, month: m, day: nil, partOfDay: nil))
    }

    /// "5 June 2021", "28th October", "the 5th of June", "the fifth of June".
    func dayLed(at i: Int) -> TimexCandidate? {
        var k = i
        if lower(i) == "the" { k = i + 1 }
        var day = dayNumber(at: k)
        var wordOrdinal = false
        if day == nil, let w = lower(k), let o = lexicon.ordinals[w], o <= 31 { day = o; wordOrdinal = true }
        guard let d = day, joined(k + 1, to: i) || k + 1 < tokens.count && !tokens[k + 1].breakBefore else { return nil }
        var j = k + 1
        var sawOf = false
        if lower(j) == "of" { j += 1; sawOf = true }
        if (wordOrdinal || k != i) && !sawOf { return nil }
        guard j < tokens.count, !tokens[j].breakBefore, let (m, afterMonth, _) = month(at: j) else { return nil }
        if k == i + 1, !sawOf { return nil }
        var end = afterMonth
        var year: Int?
        if let (y, e) = trailingYear(at: end, from: i) { year = y; end = e }
        return TimexCandidate(start: i, end: end, type: .date, rule: .date(year: year, month: m, day: d, partOfDay: nil))
    }

    /// Lowercase words ending in "s" that are not plural nouns.
    static let notPlural: Set<String> = ["was", "has", "is", "as", "his", "its", "this", "us", "thus", "plus", "whereas", "yes", "does",
                                         "goes", "says", "its", "news", "less", "unless", "across", "always", "perhaps", "versus", "process"]
    /// True when `w` looks like a plural noun ("people", or ends in "s" and is not a function word).
    static func looksPlural(_ w: String) -> Bool {
        if ["people", "men", "women", "children", "persons", "staff", "police", "troops"].contains(w) { return true }
        return w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !notPlural.contains(w)
    }

    /// A year standing alone: "in 2021", "since 1997", "the 2016 election", "(2021)". Not "2021 people", not "No. 2021".
    func year(at i: Int) -> TimexCandidate? {
        guard let y = yearNumber(at: i, range: 1000...2099) else { return nil }
        let before = i > 0 && tokens[i - 1].sentence == tokens[i].sentence && !tokens[i].breakBefore ? tokens[i - 1].lower : nil
        // a money sum, a number sign, a part of a bigger number ("3,2021", "1.2021") or of a code ("A/2021")
        if let b = before, ["$", "£", "€", "#", "no", "number", "nos", "+", "/", "."].contains(b) { return nil }
        if let b = before, b == ",", i > 1, tokens[i - 2].isDigits, tokens[i - 2].text.count <= 3 { return nil }
        if let next = lower(i + 1), !tokens[i + 1].breakBefore {
            if next == "%" { return nil }
            // "2021-13-45", "2021/7": part of a code or a bad date; a range "2019-2020" or "2019-20" is fine
            if ["-", "/", "–"].contains(next), i + 2 < tokens.count, tokens[i + 2].isDigits {
                let other = tokens[i + 2].text
                let isRange = (other.count == 4 && Int(other).map { $0 > y && $0 <= 2099 } == true)
                    || (other.count == 2 && Int(other) == (y + 1) % 100)
                if !isRange { return nil }
            }
            if tokens[i + 1].isWord, !tokens[i + 1].isCapitalized, TimexRecognizer.looksPlural(next) { return nil }
        }
        let strong = before.map { lexicon.yearContext.contains($0) || lexicon.months[$0] != nil || $0 == "-" } ?? false
        let range = strong ? 1700...2099 : 1900...2099
        guard range.contains(y) else { return nil }
        if !strong {
            // no date word before: only a year followed by punctuation or the end of the text
            guard endsPhrase(i + 1, after: i) else { return nil }
            if let next = text(i + 1), [":", "/"].contains(next) { return nil }
        }
        return TimexCandidate(start: i, end: i + 1, type: .date, rule: .fixed(CalendarDate.pad(y, 4)))
    }

    /// "the 2010s", "the 1930s", "the '90s": TIMEX3 decade values (`201`, `193`, `199`).
    func decade(at i: Int) -> TimexCandidate? {
        var k = i
        if lower(i) == "the" { k = i + 1 }
        guard k < tokens.count else { return nil }
        if tokens[k].text == "'" || tokens[k].text == "’" { k += 1 }
        guard let w = lower(k), w.hasSuffix("s") else { return nil }
        let digits = String(w.dropLast())
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.hasSuffix("0") else { return nil }
        let value: String
        if digits.count == 4 { value = String(digits.prefix(3)) }
        else if digits.count == 2, k > i, lower(i) == "the" || ["'", "’"].contains(tokens[k - 1].text) {
            let d = Int(digits)!
            value = (d < 30 ? "20" : "19") + String(digits.prefix(1))
        } else { return nil }
        return TimexCandidate(start: i, end: k + 1, type: .date, rule: .fixed(value))
    }

    /// "summer 2021", "the summer of 2021", "last winter", "in the spring", "summer or fall of 2022", the 21st century.
    func season(at i: Int) -> TimexCandidate? {
        // centuries first: "the 21st century" → 20
        if lower(i) == "the", let w = lower(i + 1), lower(i + 2) == "century" {
            var n: Int?
            if let o = lexicon.ordinals[w] { n = o } else if let d = dayNumber(at: i + 1), w.count > 2 { n = d }
            if let n, n >= 1 { return TimexCandidate(start: i, end: i + 3, type: .date, rule: .fixed(CalendarDate.pad(n - 1, 2))) }
        }
        var k = i
        var direction: TimexRule.WeekdayDirection?
        var hadThe = false
        if let w = lower(i) {
            switch w {
            case "last", "past", "previous": direction = .last; k += 1
            case "next", "coming": direction = .next; k += 1
            case "this": direction = .this; k += 1
            case "the": hadThe = true; k += 1
            default: break
            }
        }
        guard let w = lower(k), let code = lexicon.seasons[w], k == i || joined(k, to: i) else { return nil }
        // "summer 2021", "summer of 2021", "summer or fall of 2022"
        var j = k + 1
        if let (y, e) = yearAfterSeason(at: j, from: i) {
            return TimexCandidate(start: i, end: e, type: .date, rule: .season(code: code, year: y, direction: nil))
        }
        if let c = lower(j), ["or", "and"].contains(c), let w2 = lower(j + 1), lexicon.seasons[w2] != nil, yearAfterSeason(at: j + 2, from: i) != nil {
            let (y, _) = yearAfterSeason(at: j + 2, from: i)!
            return TimexCandidate(start: i, end: k + 1, type: .date, rule: .season(code: code, year: y, direction: nil))
        }
        if direction != nil {
            return TimexCandidate(start: i, end: k + 1, type: .date, rule: .season(code: code, year: nil, direction: direction))
        }
        // a season alone: "in the summer", "this summer", "during the winter"; "fall"/"spring" only after "the" + preposition
        j = k + 1
        if lower(j) == "of" { return nil } // "the fall of the Berlin Wall"
        let before = lower(i - 1)
        let prepositions: Set<String> = ["in", "during", "by", "until", "since", "through", "throughout", "over", "before", "after", "for"]
        guard let b = before, prepositions.contains(b) else { return nil }
        if (w == "fall" || w == "spring"), !hadThe { return nil }
        return TimexCandidate(start: i, end: k + 1, type: .date, rule: .season(code: code, year: nil, direction: .tense))
    }

    /// A year after a season word: " 2021", " of 2021".
    func yearAfterSeason(at j: Int, from start: Int) -> (Int, Int)? {
        var k = j
        if lower(k) == "of" { k += 1 }
        guard joined(k, to: start), let y = yearNumber(at: k, range: 1700...2099) else { return nil }
        return (y, k + 1)
    }

    /// "the first quarter of 2021", "Q1 2021", "the second half of 2020", "the third quarter".
    func quarter(at i: Int) -> TimexCandidate? {
        if let w = lower(i), w.count == 2, w.hasPrefix("q"), let q = Int(w.dropFirst()), (1...4).contains(q), tokens[i].isCapitalized {
            var end = i + 1
            var year: Int?
            if joined(i + 1, to: i), let y = yearNumber(at: i + 1, range: 1900...2099) { year = y; end = i + 2 }
            else if text(i + 1) == "-" || lower(i - 1) == "in" || lower(i - 1) == "the" { }
            else if year == nil, !(lower(i - 1).map { ["in", "the", "during", "for", "by"].contains($0) } ?? false) { return nil }
            return TimexCandidate(start: i, end: end, type: .date, rule: .quarter(code: "Q\(q)", year: year))
        }
        guard lower(i) == "the", let w = lower(i + 1), let o = lexicon.ordinals[w], let u = lower(i + 2), u == "quarter" || u == "half" else { return nil }
        let letter = u == "quarter" ? "Q" : "H"
        guard (u == "quarter" && o <= 4) || (u == "half" && o <= 2) else { return nil }
        if lower(i + 3) == "of", let y = yearNumber(at: i + 4, range: 1900...2099) {
            return TimexCandidate(start: i, end: i + 5, type: .date, rule: .quarter(code: "\(letter)\(o)", year: y))
        }
        // "the first half of the year", "the third quarter of this year"
        if lower(i + 3) == "of", let d = lower(i + 4), ["the", "this"].contains(d), lower(i + 5) == "year" {
            return TimexCandidate(start: i, end: i + 6, type: .date, rule: .quarter(code: "\(letter)\(o)", year: nil))
        }
        if lower(i + 3) == "of" { return nil } // "the first half of the match"
        if u == "half" { return nil }
        return TimexCandidate(start: i, end: i + 3, type: .date, rule: .quarter(code: "\(letter)\(o)", year: nil))
    }

    /// "yesterday", "today", "tomorrow", "tonight", "this morning", "yesterday evening", "last night",
    /// "the day before yesterday", "the day after tomorrow".
    func deicticDay(at i: Int) -> TimexCandidate? {
        guard let w = lower(i) else { return nil }
        var shift: Int?
        switch w {
        case "yesterday": shift = -1
        case "today": shift = 0
        case "tomorrow": shift = 1
        case "tonight":
            return TimexCandidate(start: i, end: i + 1, type: .time, rule: .dayShift(0, .deictic, partOfDay: "NI"))
        case "this":
            if let (code, e) = partOfDay(at: i + 1, from: i) {
                return TimexCandidate(start: i, end: e, type: .time, rule: .dayShift(0, .deictic, partOfDay: code))
            }
        case "last":
            if lower(i + 1) == "night", joined(i + 1, to: i) {
                return TimexCandidate(start: i, end: i + 2, type: .time, rule: .dayShift(-1, .deictic, partOfDay: "NI"))
            }
        case "the":
            if lower(i + 1) == "day", let r = lower(i + 2), let t = lower(i + 3) {
                if r == "before", t == "yesterday" { return TimexCandidate(start: i, end: i + 4, type: .date, rule: .dayShift(-2, .deictic, partOfDay: nil)) }
                if r == "after", t == "tomorrow" { return TimexCandidate(start: i, end: i + 4, type: .date, rule: .dayShift(2, .deictic, partOfDay: nil)) }
            }
        default: break
        }
        guard let s = shift else { return nil }
        if let (code, e) = partOfDay(at: i + 1, from: i) {
            return TimexCandidate(start: i, end: e, type: .time, rule: .dayShift(s, .deictic, partOfDay: code))
        }
        // "today's", "today": both dates
        return TimexCandidate(start: i, end: i + 1, type: .date, rule: .dayShift(s, .deictic, partOfDay: nil))
    }

    /// Words after "the day before/after" that show it is followed by its own reference ("the day before the vote").
    static let nounPhraseStart: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our",
                                               "my", "your", "mr", "ms", "mrs", "dr", "he", "she", "they", "we", "i", "it"]

    /// "the day before", "the next day", "the following day", "the same day", "that day", "earlier in the day",
    /// "later that day", "the previous week", "the following month".
    func anaphoricDay(at i: Int) -> TimexCandidate? {
        guard let w = lower(i) else { return nil }
        if w == "the" || w == "that", let w1 = lower(i + 1) {
            if w == "the", w1 == "day", let w2 = lower(i + 2), ["before", "after"].contains(w2) {
                if let n = lower(i + 3), !tokens[i + 3].breakBefore, tokens[i + 3].isWord {
                    if TimexRecognizer.nounPhraseStart.contains(n) || tokens[i + 3].isCapitalized && tokens[i + 3].sentence == tokens[i].sentence { return nil }
                }
                if i + 3 < tokens.count, tokens[i + 3].isDigits, !tokens[i + 3].breakBefore { return nil }
                return TimexCandidate(start: i, end: i + 3, type: .date, rule: .dayShift(w2 == "before" ? -1 : 1, .anaphoric, partOfDay: nil))
            }
            if w == "the", ["previous", "next", "following", "same"].contains(w1), let w2 = lower(i + 2) {
                let shift = w1 == "previous" ? -1 : (w1 == "same" ? 0 : 1)
                if w2 == "day" {
                    if let (code, e) = partOfDay(at: i + 3, from: i) {
                        return TimexCandidate(start: i, end: e, type: .time, rule: .dayShift(shift, .anaphoric, partOfDay: code))
                    }
                    return TimexCandidate(start: i, end: i + 3, type: .date, rule: .dayShift(shift, .anaphoric, partOfDay: nil))
                }
                if let (code, e) = partOfDay(at: i + 2, from: i), w1 != "same" {
                    // "the next morning", "the previous evening"
                    return TimexCandidate(start: i, end: e, type: .time, rule: .dayShift(shift, .anaphoric, partOfDay: code))
                }
                if w1 != "next", let u = lexicon.units[w2], ["W", "M", "Y"].contains(u), !w2.hasSuffix("s") {
                    return TimexCandidate(start: i, end: i + 3, type: .date, rule: .periodShift(unit: u, amount: shift, .anaphoric))
                }
            }
            if w == "that", w1 == "day" {
                return TimexCandidate(start: i, end: i + 2, type: .date, rule: .dayShift(0, .anaphoric, partOfDay: nil))
            }
            if w == "that", w1 == "same", lower(i + 2) == "day" {
                return TimexCandidate(start: i, end: i + 3, type: .date, rule: .dayShift(0, .anaphoric, partOfDay: nil))
            }
        }
        // "earlier in the day", "later that day", "earlier that morning"
        if w == "earlier" || w == "later" {
            var k = i + 1
            if lower(k) == "in", lower(k + 1) == "the" { k += 2 } else if lower(k) == "that" || lower(k) == "this" { k += 1 } else { return nil }
            guard let u = lower(k), joined(k, to: i) else { return nil }
            if u == "day" { return TimexCandidate(start: i, end: k + 1, type: .date, rule: .dayShift(0, .anaphoric, partOfDay: nil)) }
            if let code = lexicon.partsOfDay[u] {
                return TimexCandidate(start: i, end: k + 1, type: .time, rule: .dayShift(0, .anaphoric, partOfDay: code))
            }
        }
        return nil
    }

    /// "two days later", "a week ago", "7 days from now", "in 7 days", "three years earlier", "days before" (with a count).
    func countShift(at i: Int) -> TimexCandidate? {
        // "in 7 days": the count after "in"; the signal "in" stays outside the span
        guard let (amount, afterCount) = count(at: i), let u = unit(at: afterCount), joined(afterCount, to: i) else { return nil }
        let next = afterCount + 1
        let w = next < tokens.count && !tokens[next].breakBefore ? tokens[next].lower : ""
        switch w {
        case "ago":
            return TimexCandidate(start: i, end: next + 1, type: .date, rule: .countShift(unit: u, amount: amount.map { -$0 }, sign: -1, .deictic))
        case "later", "earlier":
            return TimexCandidate(start: i, end: next + 1, type: .date, rule: .countShift(unit: u, amount: amount.map { w == "later" ? $0 : -$0 }, sign: w == "later" ? 1 : -1, .anaphoric))
        case "before", "after":
            // "two days before the vote" has its own reference: only when the phrase ends here
            guard endsPhrase(next + 1, after: next) || (next + 1 < tokens.count && tokens[next + 1].sentence != tokens[next].sentence) else { return nil }
            return TimexCandidate(start: i, end: next + 1, type: .date, rule: .countShift(unit: u, amount: amount.map { w == "after" ? $0 : -$0 }, sign: w == "after" ? 1 : -1, .anaphoric))
        case "from", "hence":
            if w == "from", lower(next + 1) != "now" { break }
            return TimexCandidate(start: i, end: next + (w == "from" ? 2 : 1), type: .date, rule: .countShift(unit: u, amount: amount, sign: 1, .deictic))
        default: break
        }
        // "in 7 days", "in two weeks' time"
        if lower(i - 1) == "in", i > 0, tokens[i - 1].sentence == tokens[i].sentence, ["D", "W", "M", "Y"].contains(u),
           !(lower(next) == "of") {
            var end = next
            if let a = text(end), ["'", "’"].contains(a), lower(end + 1) == "time" { end += 2 } else if lower(end) == "time" { end += 1 }
            // "in the last two years" is a duration; "in two years" after a past verb too, but a future date is the common reading
            if i > 1, ["last", "past", "first", "next"].contains(tokens[i - 1].lower) { return nil }
            return TimexCandidate(start: i, end: end, type: .date, rule: .countShift(unit: u, amount: amount, sign: 1, .deictic))
        }
        return nil
    }

    /// "last week", "this year", "next month", "last weekend"; with "the" before and a count ("the past three years",
    /// "the last week") a DURATION.
    func periodShift(at i: Int) -> TimexCandidate? {
        var k = i
        var hasThe = false
        if lower(k) == "the" { hasThe = true; k += 1 }
        // "the end of the year", "the start of the month": the DCT's period; `modifierStart` adds "the end of"
        if hasThe, let u = lower(k), ["year", "month", "week"].contains(u), lower(i - 1) == "of",
           let m = lower(i - 2), ["end", "beginning", "start", "middle"].contains(m) {
            return TimexCandidate(start: i, end: k + 1, type: .date, rule: .periodShift(unit: lexicon.units[u] ?? "Y", amount: 0, .deictic))
        }
        // "the weekend", "over the weekend"
        if hasThe, lower(k) == "weekend" {
            return TimexCandidate(start: i, end: k + 1, type: .date, rule: .weekend)
        }
        guard let w = lower(k), ["last", "this", "next", "past", "previous", "coming", "current"].contains(w), joined(k + 1, to: i) else { return nil }
        // "the past three years", "the last few days": DURATION
        if let (amount, afterCount) = count(at: k + 1), let u = unit(at: afterCount), let uw = lower(afterCount), uw.hasSuffix("s") || amount == 1 {
            if hasThe || w == "past" || w == "last" || w == "next" {
                return TimexCandidate(start: i, end: afterCount + 1, type: .duration, rule: .fixed(TimexRecognizer.durationValue(amount: amount, unit: u)))
            }
        }
        guard let uw = lower(k + 1) else { return nil }
        if uw == "weekend" {
            let amount = w == "next" || w == "coming" ? 1 : (["this", "current"].contains(w) ? 0 : -1)
            return TimexCandidate(start: i, end: k + 2, type: .date, rule: .periodShift(unit: "WE", amount: amount, .deictic))
        }
        guard let u = lexicon.units[uw], !uw.hasSuffix("s") || uw == "days", ["D", "W", "M", "Y", "DE", "CE"].contains(u) else { return nil }
        if u == "D" { return nil }
        if hasThe, ["last", "past", "next", "coming"].contains(w) {
            // "the last week", "the past year": a stretch of time, not the calendar week
            return TimexCandidate(start: i, end: k + 2, type: .duration, rule: .fixed(TimexRecognizer.durationValue(amount: 1, unit: u)))
        }
        if hasThe { return nil }
        let amount = ["next", "coming"].contains(w) ? 1 : (["this", "current"].contains(w) ? 0 : -1)
        return TimexCandidate(start: i, end: k + 2, type: .date, rule: .periodShift(unit: u, amount: amount, .deictic))
    }

    /// TIMEX3 duration value for an amount of a unit: `P2D`, `PT3H`, `PXW`, `P1DE`.
    static func durationValue(amount: Int?, unit: String) -> String {
        let n = amount.map(String.init) ?? "X"
        switch unit {
        case "H": return "PT\(n)H"
        case "TM": return "PT\(n)M"
        case "S": return "PT\(n)S"
        default: return "P\(n)\(unit)"
        }
    }

    /// "a month", "two weeks", "24 hours", "several years", "10-year", "for years", "half an hour".
    func duration(at i: Int) -> TimexCandidate? {
        if lower(i) == "half", lower(i + 1) == "an" || lower(i + 1) == "a", let u = unit(at: i + 2), ["H", "D", "Y"].contains(u) {
            let value = u == "H" ? "PT30M" : (u == "D" ? "PT12H" : "P6M")
            return TimexCandidate(start: i, end: i + 3, type: .duration, rule: .fixed(value))
        }
        if let (amount, afterCount) = count(at: i) {
            // "10-year", "24-hour" (compound adjectives)
            if text(afterCount) == "-", !["a", "an"].contains(tokens[i].lower), let u = unit(at: afterCount + 1), let uw = lower(afterCount + 1), !uw.hasSuffix("s") || uw == "days" {
                if amount == nil { return nil }
                return TimexCandidate(start: i, end: afterCount + 2, type: .duration, rule: .fixed(TimexRecognizer.durationValue(amount: amount, unit: u)))
            }
            guard let u = unit(at: afterCount), joined(afterCount, to: i), let uw = lower(afterCount) else { return nil }
            // agreement: "a month", "two months"; "1 days" and "two month" are not counts of time
            if amount == 1, uw.hasSuffix("s") && uw != "days" { return nil }
            if let a = amount, a > 1, !(uw.hasSuffix("s") || uw == "centuries") { return nil }
            // "a second referendum": "second" before a word is an ordinal
            if u == "S", uw == "second", let n = lower(afterCount + 1), afterCount + 1 < tokens.count, tokens[afterCount + 1].isWord,
               !["ago", "later", "earlier", "before", "after"].contains(n) { return nil }
            // "a day" after "once"/"twice"/"times" is a frequency, handled by `recurrence`
            if ["a", "an"].contains(tokens[i].lower), let b = lower(i - 1), ["once", "twice", "times", "thrice"].contains(b) { return nil }
            // the digits must not be part of a bigger number ("1,000 years" still counts as a number of years)
            var end = afterCount + 1
            if lower(end) == "and", lower(end + 1) == "a", lower(end + 2) == "half" { end += 3 }
            let value = end > afterCount + 1 && amount != nil ? TimexRecognizer.durationValue(amount: amount, unit: u).replacingOccurrences(of: "\(amount!)", with: "\(amount!).5") : TimexRecognizer.durationValue(amount: amount, unit: u)
            return TimexCandidate(start: i, end: end, type: .duration, rule: .fixed(value))
        }
        // "for years", "for decades", "within weeks"
        if let b = lower(i - 1), ["for", "over", "within"].contains(b), let uw = lower(i), uw.hasSuffix("s"), let u = lexicon.units[uw], i > 0, tokens[i - 1].sentence == tokens[i].sentence {
            return TimexCandidate(start: i, end: i + 1, type: .duration, rule: .fixed(TimexRecognizer.durationValue(amount: nil, unit: u)))
        }
        return nil
    }

    /// "every week", "each month", "every Monday", "every morning", "twice a week", "three times a year", "per year",
    /// "annually", "weekly" (as an adverb at the end of a phrase).
    /// Words that count occurrences ("once a week").
    static let frequencyWords: Set<String> = ["once", "twice", "thrice"]
    /// Words between a count of occurrences and its unit ("twice a day", "three times per year").
    static let perWords: Set<String> = ["a", "an", "per", "every", "each"]
    /// Adverbs of frequency and their TIMEX3 SET values (TimeML 1.2.1 guidelines).
    static let frequencyAdverbs: [String: String] = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"]

    func recurrence(at i: Int) -> TimexCandidate? {
        guard let w = lower(i) else { return nil }
        if w == "every" || w == "each" {
            var k = i + 1
            if lower(k) == "other" { k += 1 }
            guard joined(k, to: i) else { return nil }
            let step = k > i + 1 ? 2 : 1
            if let (wd, after, abbreviated) = weekday(at: k), !abbreviated {
                return TimexCandidate(start: i, end: after, type: .set, rule: .fixed("XXXX-WXX-\(wd)"))
            }
            if let uw = lower(k), let code = lexicon.partsOfDay[uw] {
                return TimexCandidate(start: i, end: k + 1, type: .set, rule: .fixed("T\(code)"))
            }
            if let uw = lower(k), let u = lexicon.units[uw], !uw.hasSuffix("s") {
                return TimexCandidate(start: i, end: k + 1, type: .set, rule: .fixed(TimexRecognizer.durationValue(amount: step, unit: u)))
            }
            if let (amount, afterCount) = count(at: k), let a = amount, let uw = lower(afterCount), let u = lexicon.units[uw] {
                return TimexCandidate(start: i, end: afterCount + 1, type: .set, rule: .fixed(TimexRecognizer.durationValue(amount: a, unit: u)))
            }
            return nil
        }
        let counted = count(at: i)
        if TimexRecognizer.frequencyWords.contains(w) || (counted != nil && lower(counted!.next) == "times") {
            var k = i + 1
            if w != "once", w != "twice", w != "thrice" { k = counted!.next + 1 }
            guard let a = lower(k), TimexRecognizer.perWords.contains(a), let uw = lower(k + 1), let u = lexicon.units[uw], !uw.hasSuffix("s") else { return nil }
            return TimexCandidate(start: i, end: k + 2, type: .set, rule: .fixed(TimexRecognizer.durationValue(amount: 1, unit: u)))
        }
        if w == "per", let uw = lower(i + 1), let u = lexicon.units[uw], !uw.hasSuffix("s"), joined(i + 1, to: i) {
            return TimexCandidate(start: i, end: i + 2, type: .set, rule: .fixed(TimexRecognizer.durationValue(amount: 1, unit: u)))
        }
        if let v = TimexRecognizer.frequencyAdverbs[w], !tokens[i].isCapitalized || i == 0 {
            if w == "annually" || endsPhrase(i + 1, after: i) || lower(i + 1) == "basis" {
                return TimexCandidate(start: i, end: i + 1, type: .set, rule: .fixed(v))
            }
        }
        return nil
    }

    /// "4:49 PM", "4:49 p.m.", "16:49", "7 a.m.", "noon", "midnight", "4 o'clock".
    func clock(at i: Int) -> TimexCandidate? {
        guard let w = lower(i) else { return nil }
        if w == "noon" || w == "midday" { return TimexCandidate(start: i, end: i + 1, type: .time, rule: .clock(hour: 12, minute: 0)) }
        if w == "midnight" { return TimexCandidate(start: i, end: i + 1, type: .time, rule: .clock(hour: 0, minute: 0)) }
        guard tokens[i].isDigits, let h = tokens[i].number, tokens[i].text.count <= 2, h <= 24 else { return nil }
        if i > 0, [":", ".", ","].contains(tokens[i - 1].text), i > 1, tokens[i - 2].isDigits { return nil }
        var k = i + 1
        var minute: Int?
        if text(k) == ":" || (text(k) == "." && meridiem(at: k + 2) != nil), k + 1 < tokens.count, tokens[k + 1].isDigits, tokens[k + 1].text.count == 2,
           let m = tokens[k + 1].number, m < 60 {
            minute = m
            k += 2
        }
        var hour = h
        if let (isPM, after) = meridiem(at: k) {
            guard h >= 1, h <= 12 else { return nil }
            hour = h % 12 + (isPM ? 12 : 0)
            k = after
        } else if minute == nil {
            if lower(k) == "o", text(k + 1).map({ ["'", "’"].contains($0) }) == true, lower(k + 2) == "clock" {
                return TimexCandidate(start: i, end: k + 3, type: .time, rule: .clock(hour: h, minute: 0))
            }
            return nil
        } else if text(k) == ":" {
            return nil // "12:30:45" or a ratio chain
        }
        guard hour < 24 else { return nil }
        // a time zone abbreviation right after belongs to the expression
        if let z = text(k), ["GMT", "UTC", "BST", "CET", "CEST", "MSK", "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "MT"].contains(z), !tokens[k].breakBefore { k += 1 }
        return TimexCandidate(start: i, end: k, type: .time, rule: .clock(hour: hour, minute: minute ?? 0))
    }

    /// "PM", "pm", "p.m.", "AM", "a.m." at `k`: (is it PM, index after).
    func meridiem(at k: Int) -> (Bool, Int)? {
        guard let w = lower(k), k < tokens.count, !tokens[k].breakBefore else { return nil }
        if w == "pm" || w == "am" { return (w == "pm", k + 1) }
        if (w == "p" || w == "a"), text(k + 1) == ".", lower(k + 2) == "m" {
            var end = k + 3
            if text(end) == "." { end += 1 }
            return (w == "p", end)
        }
        return nil
    }

    /// "now", "nowadays", "currently", "these days", "recently", "the past", "the future": TIMEX3 reference values.
    func reference(at i: Int) -> TimexCandidate? {
        guard let w = lower(i) else { return nil }
        switch w {
        case "now", "nowadays", "currently":
            if w == "now", lower(i + 1) == "that" { return nil }
            return TimexCandidate(start: i, end: i + 1, type: .date, rule: .fixed("PRESENT_REF"))
        case "recently":
            return TimexCandidate(start: i, end: i + 1, type: .date, rule: .fixed("PAST_REF"))
        case "these":
            if lower(i + 1) == "days" { return TimexCandidate(start: i, end: i + 2, type: .date, rule: .fixed("PRESENT_REF")) }
        case "the":
            if let n = lower(i + 1), ["past", "future"].contains(n), endsPhrase(i + 2, after: i + 1) {
                return TimexCandidate(start: i, end: i + 2, type: .date, rule: .fixed(n == "past" ? "PAST_REF" : "FUTURE_REF"))
            }
        default: break
        }
        return nil
    }
}

/// Which number comes first in an all-numeric date such as `04/06/2021`.
public enum NumericDateOrder: String, Codable, Sendable {
    /// `04/06/2021` is 4 June (most of the world).
    case dayMonth
    /// `04/06/2021` is 6 April (the United States).
    case monthDay
}
