/// Finds an article's document creation time (DCT): the day it was published.
///
/// In order of trust:
/// 1. `article.published`, set from the input's metadata or `--published` on the command line;
/// 2. a dateline opening the body: `MOSCOW, June 5 (Reuters) -`, `WASHINGTON, Jan. 5, 2021 —`;
/// 3. a date in the file name or URL: `breitbart_2016-09-12_x.txt`, `.../2016/09/12/...`, `20160912`;
/// 4. a weekday with a day and month in the text ("Saturday, June 5"), which fixes the year:
///    the latest year, not after `today`, in which that day falls on that weekday (gold/README.md's rule).
///
/// A dateline without a year takes the year of the file name, else the latest year whose date is not after
/// `today`. A file's modification time is never used.
public enum DocumentCreationTimeFinder {
    /// The DCT of `article`: its own `published` if set, else what the text or file name tells, else nil.
    ///
    /// - Parameters:
    ///   - article: the article; `published`, `source` (path or URL) and `bodyStart` are read.
    ///   - text: its text as scalars.
    ///   - sentences: its sentences.
    ///   - today: the day to count "not in the future" from, for a weekday with a date or a dateline with no year;
    ///     nil (the default) takes today's date in UTC. Pass it to make results independent of the clock.
    /// - Returns: the DCT with its provenance; its value is `YYYY-MM-DD`.
    public static func find(article: Article, text: ScalarText, sentences: [Sentence], today: CalendarDate? = nil) -> DocumentCreationTime? {
        if let published = article.published { return published }
        let fileDate = dateInSourceName(article.source)
        if let dateline = dateline(text: text, sentences: sentences, bodyStart: article.bodyStart) {
            if let year = dateline.year {
                let d = CalendarDate(year: year, month: dateline.month, day: dateline.day)
                if d.isValid { return DocumentCreationTime(value: d.timexValue, provenance: .dateline) }
            } else if let fileDate, let d = nearestYear(month: dateline.month, day: dateline.day, to: fileDate) {
                return DocumentCreationTime(value: d.timexValue, provenance: .dateline)
            } else if let d = latestNotAfter(today ?? CalendarDate.todayUTC(), month: dateline.month, day: dateline.day, weekday: nil) {
                return DocumentCreationTime(value: d.timexValue, provenance: .dateline)
            }
        }
        if let fileDate { return DocumentCreationTime(value: fileDate.timexValue, provenance: .fileName) }
        if let d = weekdayAndDate(text: text, sentences: sentences, today: today ?? CalendarDate.todayUTC()) {
            return DocumentCreationTime(value: d.timexValue, provenance: .weekdayAndDate)
        }
        return nil
    }

    /// A date in the last parts of a path or URL: `YYYY-MM-DD`, `YYYY_MM_DD`, `YYYYMMDD`, or `/YYYY/MM/DD/`.
    ///
    /// - Parameter source: a file path or URL.
    /// - Returns: the first valid date from 1900 to 2099 found, or nil.
    public static func dateInSourceName(_ source: String) -> CalendarDate? {
        let scalars = Array(source.unicodeScalars)
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < scalars.count && scalars[k].isASCII && scalars[k].properties.numericType == .decimal }
        func number(_ k: Int, _ n: Int) -> Int? {
            guard (0..<n).allSatisfy({ isDigit(k + $0) }) else { return nil }
            return Int(String(String.UnicodeScalarView(scalars[k..<(k + n)])))
        }
        func valid(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
            let date = CalendarDate(year: y, month: m, day: d)
            return (1900...2099).contains(y) && date.isValid ? date : nil
        }
        // only the file name and the folders just above it (URLs: /2016/09/12/slug)
        var k = 0
        while k + 8 <= scalars.count {
            if !isDigit(k - 1), let y = number(k, 4) {
                let sep = k + 4 < scalars.count ? scalars[k + 4] : " "
                if ["-", "_", "/", "."].contains(sep), let m = number(k + 5, 2), k + 7 < scalars.count, scalars[k + 7] == sep,
                   let d = number(k + 8, 2), !isDigit(k + 10), let date = valid(y, m, d) {
                    return date
                }
                if let m = number(k + 4, 2), let d = number(k + 6, 2), !isDigit(k + 8), let date = valid(y, m, d) {
                    return date
                }
            }
            k += 1
        }
        return nil
    }

    /// A dateline at the start of the body: a place in capitals (or a capitalised place), a comma, a date, then an
    /// agency in parentheses or a dash. Returns the month, day and year (nil when not written).
    static func dateline(text: ScalarText, sentences: [Sentence], bodyStart: Int) -> (month: Int, day: Int, year: Int?)? {
        let lexicon = TimeLexicon.shared
        let limit = min(text.count, bodyStart + 200)
        guard bodyStart < limit else { return nil }
        let window = TextSpan(bodyStart, limit)
        let head = ScalarText(text[window])
        let tokens = TimeTokenizer.tokenize(head, sentences: [])
        // skip a first line that is only the headline when bodyStart is 0: look at each line start in the window
        var lineStarts = [0]
        for (i, t) in tokens.enumerated() where t.breakBefore { lineStarts.append(i) }
        for start in lineStarts.prefix(3) {
            var i = start
            // the place: one to four capitalised words ("MOSCOW", "New York", "SAN FRANCISCO")
            var words = 0
            while i < tokens.count, tokens[i].isWord, tokens[i].isCapitalized, words < 4, i == start || !tokens[i].breakBefore { i += 1; words += 1 }
            guard words > 0, i < tokens.count, tokens[i].text == "," else { continue }
            let recognizer = TimexRecognizer(tokens: tokens, lexicon: lexicon, numericOrder: .monthDay)
            var k = i + 1
            if let (_, after, _) = recognizer.weekday(at: k) { k = after; if recognizer.text(k) == "," { k += 1 } }
            guard let candidate = recognizer.monthLed(at: k) ?? recognizer.dayLed(at: k),
                  case .date(let year, let month, let day?, _) = candidate.rule else { continue }
            // followed by "(Reuters)", "(AP)", "-", "—", "–" or "/"
            var e = candidate.end
            if recognizer.text(e) == "," { e += 1 }
            guard let after = recognizer.text(e), ["(", "-", "—", "–", "/"].contains(after) else { continue }
            return (month, day, year)
        }
        return nil
    }

    /// The first weekday-with-date in the text ("Saturday, June 5"), dated to the latest year not after `today` in
    /// which that day is that weekday. Dates in future clauses ("will meet on Monday, June 14") are passed over.
    static func weekdayAndDate(text: ScalarText, sentences: [Sentence], today: CalendarDate) -> CalendarDate? {
        let lexicon = TimeLexicon.shared
        let tokens = TimeTokenizer.tokenize(text, sentences: sentences)
        let recognizer = TimexRecognizer(tokens: tokens, lexicon: lexicon, numericOrder: .dayMonth)
        var fallback: CalendarDate?
        for i in tokens.indices {
            guard let (weekday, _, _) = recognizer.weekday(at: i), let candidate = recognizer.weekdayLed(at: i),
                  case .date(let year, let month, let day?, _) = candidate.rule else { continue }
            let date: CalendarDate?
            if let year {
                let d = CalendarDate(year: year, month: month, day: day)
                date = d.isValid && d.weekday == weekday ? d : nil
            } else {
                date = latestNotAfter(today, month: month, day: day, weekday: weekday)
            }
            guard let date else { continue }
            if !recognizer.isFutureClause(around: candidate.start, end: candidate.end) { return date }
            if fallback == nil { fallback = date }
        }
        return fallback
    }

    /// The latest date with this month and day (and weekday, if given) that is not after `today`,
    /// looking back at most 40 years.
    public static func latestNotAfter(_ today: CalendarDate, month: Int, day: Int, weekday: Int?) -> CalendarDate? {
        for year in stride(from: today.year, through: today.year - 40, by: -1) {
            let d = CalendarDate(year: year, month: month, day: day)
            guard d.isValid, d <= today else { continue }
            if weekday == nil || d.weekday == weekday { return d }
        }
        return nil
    }

    /// The date with this month and day nearest to `reference` (its year, the one before or after).
    static func nearestYear(month: Int, day: Int, to reference: CalendarDate) -> CalendarDate? {
        [reference.year - 1, reference.year, reference.year + 1]
            .map { CalendarDate(year: $0, month: month, day: day) }
            .filter(\.isValid)
            .min { abs($0.daysSinceEpoch - reference.daysSinceEpoch) < abs($1.daysSinceEpoch - reference.daysSinceEpoch) }
    }
}
