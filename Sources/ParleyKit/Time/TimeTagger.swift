/// Recognises time expressions and normalises them to TIMEX3 values.
///
/// Recognition is rule-based (`TimexRecognizer`: hand-written patterns over
/// the word lists in `Resources/`, after the TIMEX3 guidelines of
/// ISO-TimeML). Normalisation follows HeidelTime's approach for news
/// (Strötgen & Gertz 2013): deictic expressions ("yesterday", "last week",
/// "a week ago") count from the document creation time (DCT); anaphoric ones
/// ("the day before", "two days later", "on the same day") count from the
/// date in force — the last full date the narrative has reached that is not
/// after the DCT (give or take `TimexResolver.daysAfterDCT`) — or from the DCT
/// when there is none; a month and day with no year take the year that puts
/// them nearest the DCT (in a past clause the last one not after the DCT,
/// unless the nearest falls within `daysAfterDCT` days after it); a bare weekday
/// takes the clause's tense: the one on or before the DCT, or, in a future
/// clause ("will meet on Friday"), the one after it.
///
/// Nothing reads the clock or the time zone: with no DCT, values keep
/// `XXXX` for the unknown year (`XXXX-06-16`, `XXXX-WXX-5`) and relative
/// days stay `XXXX-XX-XX`.
///
/// ```swift
/// let text = ScalarText("The floods hit on Friday evening.")
/// let dct = DocumentCreationTime(value: "2016-10-30", provenance: .metadata)
/// TimeTagger().tag(text: text, sentences: SentenceSplitter.split(text), dct: dct)
/// // [Friday evening → TIME 2016-10-28TEV]
/// ```
public struct TimeTagger: Sendable {
    /// Day/month order for numeric dates, or nil to infer it from each article (see `inferNumericOrder`).
    public var numericDateOrder: NumericDateOrder?

    /// Makes a tagger with the bundled lexicons.
    ///
    /// - Parameter numericDateOrder: how to read `04/06/2021`; nil (the default) infers it per article.
    public init(numericDateOrder: NumericDateOrder? = nil) {
        self.numericDateOrder = numericDateOrder
    }

    /// Time expressions of `text`, in text order.
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - sentences: its sentences, in order (used to keep expressions and tense windows inside a sentence; may be empty).
    ///   - dct: the document creation time, if known; relative expressions anchor to it or to the date in force.
    /// - Returns: expressions with spans in Unicode scalars, their TIMEX3 type and value; `isRelative` and `anchor`
    ///   are set where the value was computed from the DCT or the date in force.
    public func tag(text: ScalarText, sentences: [Sentence], dct: DocumentCreationTime?) -> [TimeExpression] {
        tag(text: text, sentences: sentences, dct: dct, tokens: TimeTokenizer.tokenize(text, sentences: sentences))
    }

    /// `tag(text:sentences:dct:)` over tokens the caller already has (`TimeTokenizer.tokenize(text, sentences:)`).
    func tag(text: ScalarText, sentences: [Sentence], dct: DocumentCreationTime?, tokens: [TimeToken]) -> [TimeExpression] {
        let lexicon = TimeLexicon.shared
        let order = numericDateOrder ?? TimeTagger.inferNumericOrder(tokens: tokens, lexicon: lexicon)
        let recognizer = TimexRecognizer(tokens: tokens, lexicon: lexicon, numericOrder: order)
        let candidates = recognizer.recognize()
        let dctDate = dct.flatMap { CalendarDate(timex: $0.value) }
        let dctParts = dct.flatMap { TimexValueParts($0.value) }
        var resolver = TimexResolver(dct: dctDate, dctYear: dctParts?.year, dctMonth: dctParts?.month)
        var result: [TimeExpression] = []
        var lastDateInSentence: (sentence: Int, date: CalendarDate)?
        var paragraphInForce: Int?
        func paragraph(of sentence: Int) -> Int? {
            sentence >= 0 && sentence < sentences.count ? sentences[sentence].paragraph : nil
        }
        for candidate in candidates {
            let span = TextSpan(tokens[candidate.start].span.start, tokens[candidate.end - 1].span.end)
            let tense = recognizer.tense(around: candidate.start, end: candidate.end)
            let future = tense == .future
            let sentence = tokens[candidate.start].sentence
            var sameSentenceDate: CalendarDate?
            if let last = lastDateInSentence, last.sentence == sentence { sameSentenceDate = last.date }
            // With no DCT, a bare weekday ("On Thursday") takes the date in force only inside the
            // paragraph that set it: news names weekdays of the week it reports, and a date from an
            // earlier passage is usually background ("warned on 7 March 2003 ... On Thursday, he said").
            var weekdayResolver = resolver
            if case .weekday = candidate.rule, dctDate == nil, paragraphInForce == nil || paragraphInForce != paragraph(of: sentence) {
                weekdayResolver.dateInForce = nil
            }
            let resolved: TimexResolver.Resolved
            if case .weekday = candidate.rule {
                resolved = weekdayResolver.resolve(candidate.rule, tense: tense, sameSentenceDate: sameSentenceDate)
            } else {
                resolved = resolver.resolve(candidate.rule, tense: tense, sameSentenceDate: sameSentenceDate)
            }
            var type = candidate.type
            if type == .date, resolved.value.contains("T"), !resolved.value.hasSuffix("_REF") { type = .time }
            result.append(TimeExpression(span: span, text: text[span], type: type, value: resolved.value,
                                         isRelative: resolved.isRelative, anchor: resolved.anchor))
            if type == .date || type == .time, let day = CalendarDate(timex: resolved.value) {
                lastDateInSentence = (sentence, day)
                // the date in force moves with the narrative's past, not with announced future dates
                let notAfterDCT = dctDate.map { day.daysSinceEpoch <= $0.daysSinceEpoch + TimexResolver.daysAfterDCT } ?? true
                if notAfterDCT && !future {
                    resolver.dateInForce = day
                    paragraphInForce = paragraph(of: sentence)
                }
            }
        }
        // a clock time next to a date ("9:30 a.m. on Sunday", "June 5 at 4:49 PM") takes that date,
        // even where a sentence splitter cut at "a.m."
        for (i, candidate) in candidates.enumerated() {
            guard case .clock = candidate.rule else { continue }
            var neighbour: Int?
            if i + 1 < candidates.count, candidates[i + 1].start - candidate.end <= 2, CalendarDate(timex: result[i + 1].value) != nil,
               !result[i + 1].value.contains("T") || candidates[i + 1].type != .time {
                neighbour = i + 1
            } else if i > 0, candidate.start - candidates[i - 1].end <= 2, CalendarDate(timex: result[i - 1].value) != nil {
                neighbour = i - 1
            }
            if let n = neighbour {
                let day = String(result[n].value.prefix(10))
                let clock = result[i].value[result[i].value.firstIndex(of: "T")!...]
                result[i].value = day + clock
                result[i].isRelative = true
                result[i].anchor = day
            }
        }
        return result
    }

    /// The day/month order an article uses for numeric dates.
    ///
    /// A numeric date with a first number above 12 (`25/12/2021`) settles day-first; a second number above 12
    /// settles month-first. Otherwise the order of written dates decides: "June 4" (month first, American style)
    /// against "4 June" (day first). With nothing to go by, day-first, the order of most of the world.
    static func inferNumericOrder(tokens: [TimeToken], lexicon: TimeLexicon) -> NumericDateOrder {
        var dayFirst = 0
        var monthFirst = 0
        for i in tokens.indices {
            let t = tokens[i]
            if t.isDigits, t.text.count <= 2, i + 4 < tokens.count, tokens[i + 1].text == "/", tokens[i + 2].isDigits, tokens[i + 3].text == "/",
               tokens[i + 4].isDigits, let a = t.number, let b = tokens[i + 2].number {
                if a > 12 && b <= 12 { dayFirst += 10 }
                if b > 12 && a <= 12 { monthFirst += 10 }
            }
            if t.isCapitalized, lexicon.fullMonthNames.contains(t.lower) {
                if i + 1 < tokens.count, tokens[i + 1].isDigits, tokens[i + 1].text.count <= 2 { monthFirst += 1 }
                if i > 0, tokens[i - 1].isDigits, tokens[i - 1].text.count <= 2 { dayFirst += 1 }
            }
        }
        return monthFirst > dayFirst ? .monthDay : .dayMonth
    }
}

/// Computes TIMEX3 values for `TimexRule`s from the DCT and the date in force.
struct TimexResolver {
    /// The DCT as a full date, when it is one.
    let dct: CalendarDate?
    /// The DCT's year, also when the DCT is only `YYYY` or `YYYY-MM`.
    let dctYear: Int?
    /// The DCT's month, when known.
    let dctMonth: Int?
    /// The last full date the narrative reached (not after the DCT, not in a future clause).
    var dateInForce: CalendarDate?

    /// How many days after the DCT a written day may fall and still be a day the article reports as past or
    /// present: a wire story carries the DCT of its filing (in New York time for Reuters) but a dateline of
    /// the place's next day ("PEKING, March 3" on a story of March 2, 21:47), and stories are filed for the next
    /// day's papers. Chosen by hand from the Reuters-21578 datelines, which run at most a day or two ahead.
    static let daysAfterDCT = 3

    init(dct: CalendarDate?, dctYear: Int?, dctMonth: Int?) {
        self.dct = dct
        self.dctYear = dctYear
        self.dctMonth = dctMonth
    }

    /// A value with how it was found.
    struct Resolved {
        var value: String
        var isRelative: Bool
        var anchor: String?
    }

    func pod(_ code: String?) -> String { code.map { "T" + $0 } ?? "" }

    /// The value of `rule` in a clause of `tense`; `sameSentenceDate` is the last full date of the same sentence.
    mutating func resolve(_ rule: TimexRule, tense: TimexRecognizer.Tense, sameSentenceDate: CalendarDate?) -> Resolved {
        let future = tense == .future
        switch rule {
        case .fixed(let value):
            return Resolved(value: value, isRelative: false, anchor: nil)

        case .date(let year, let month, let day, let partOfDay):
            if let year {
                if let day {
                    let d = CalendarDate(year: year, month: month, day: day)
                    return Resolved(value: (d.isValid ? d.timexValue : "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))") + pod(partOfDay), isRelative: false, anchor: nil)
                }
                return Resolved(value: "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))", isRelative: false, anchor: nil)
            }
            // no year: the year that puts the date nearest the DCT (or the date in force when there is no DCT)
            let base: CalendarDate? = dct ?? dateInForce ?? dctYear.map { CalendarDate(year: $0, month: dctMonth ?? 7, day: dctMonth == nil ? 1 : 15) }
            guard let base else {
                let v = "XXXX-\(CalendarDate.pad(month, 2))" + (day.map { "-" + CalendarDate.pad($0, 2) } ?? "")
                return Resolved(value: v + pod(partOfDay), isRelative: false, anchor: nil)
            }
            var best: CalendarDate?
            var options: [CalendarDate] = []
            for y in [base.year - 1, base.year, base.year + 1] {
                let candidate = CalendarDate(year: y, month: month, day: day ?? min(15, CalendarDate.daysIn(month: month, year: y)))
                guard day == nil || candidate.isValid else { continue }
                options.append(candidate)
                if best == nil || abs(candidate.daysSinceEpoch - base.daysSinceEpoch) < abs(best!.daysSinceEpoch - base.daysSinceEpoch) { best = candidate }
            }
            // the clause's tense settles which side of the DCT: the last one not after it, or the first one not before it
            // (a month counts as reached once it has begun)
            if let dct, base == dct {
                let reached: (CalendarDate) -> Bool = { day == nil ? CalendarDate(year: $0.year, month: $0.month, day: 1) <= dct : $0 <= dct }
                // a day just after the DCT ("PEKING, March 3" on a wire of March 2) is that day, whatever the tense:
                // time zones, datelines and next-day stories; the past wins only beyond that window
                let justAfter = day != nil && best.map { $0 > dct && $0.daysSinceEpoch - dct.daysSinceEpoch <= TimexResolver.daysAfterDCT } == true
                if tense == .past, !justAfter, let past = options.filter(reached).max() { best = past }
                if tense == .future, let next = options.filter({ day == nil ? $0.year * 12 + $0.month >= dct.year * 12 + dct.month : $0 >= dct }).min() { best = next }
            }
            guard let chosen = best else {
                return Resolved(value: "XXXX-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day ?? 1, 2))", isRelative: false, anchor: nil)
            }
            let value = day == nil ? chosen.monthValue : chosen.timexValue + pod(partOfDay)
            return Resolved(value: value, isRelative: true, anchor: (dct ?? base).timexValue)

        case .shiftedMonth(let month, let direction):
            guard let base = dct ?? dateInForce else { return Resolved(value: "XXXX-\(CalendarDate.pad(month, 2))", isRelative: false, anchor: nil) }
            var year = base.year
            switch direction {
            case .last: if month >= base.month { year -= 1 }
            case .next: if month <= base.month { year += 1 }
            default: break
            }
            return Resolved(value: CalendarDate(year: year, month: month, day: 1).monthValue, isRelative: true, anchor: base.timexValue)

        case .weekday(let weekday, let direction, let partOfDay):
            guard let base = dct ?? dateInForce else {
                return Resolved(value: "XXXX-WXX-\(weekday)" + pod(partOfDay), isRelative: false, anchor: nil)
            }
            let back = (base.weekday - weekday + 7) % 7
            let forward = (weekday - base.weekday + 7) % 7
            let date: CalendarDate
            switch direction {
            case .last: date = base.adding(days: -(back == 0 ? 7 : back))
            case .next: date = base.adding(days: forward == 0 ? 7 : forward)
            case .this: date = base.adding(days: weekday - base.weekday)
            case .tense: date = future ? base.adding(days: forward == 0 ? 7 : forward) : base.adding(days: -back)
            }
            return Resolved(value: date.timexValue + pod(partOfDay), isRelative: true, anchor: base.timexValue)

        case .dayShift(let shift, let anchoring, let partOfDay):
            let base = anchoring == .deictic ? (dct ?? dateInForce) : (dateInForce ?? dct)
            guard let base else { return Resolved(value: "XXXX-XX-XX" + pod(partOfDay), isRelative: true, anchor: nil) }
            return Resolved(value: base.adding(days: shift).timexValue + pod(partOfDay), isRelative: true, anchor: base.timexValue)

        case .periodShift(let unit, let amount, let anchoring):
            let base = anchoring == .deictic ? (dct ?? dateInForce) : (dateInForce ?? dct)
            guard let base else {
                if unit == "Y", let y = dctYear { return Resolved(value: CalendarDate.pad(y + amount, 4), isRelative: true, anchor: CalendarDate.pad(y, 4)) }
                return Resolved(value: unit == "Y" ? "XXXX" : (unit == "M" ? "XXXX-XX" : "XXXX-WXX"), isRelative: true, anchor: nil)
            }
            let value: String
            switch unit {
            case "W": value = base.adding(days: 7 * amount).weekValue
            case "WE": value = base.adding(days: 7 * amount).weekValue + "-WE"
            case "M": value = base.adding(months: amount).monthValue
            case "Y": value = CalendarDate.pad(base.year + amount, 4)
            case "DE": value = CalendarDate.pad(base.year / 10 + amount, 3)
            case "CE": value = CalendarDate.pad(base.year / 100 + amount, 2)
            default: value = base.adding(days: amount).timexValue
            }
            return Resolved(value: value, isRelative: true, anchor: base.timexValue)

        case .countShift(let unit, let amount, let sign, let anchoring):
            let base = anchoring == .deictic ? (dct ?? dateInForce) : (dateInForce ?? dct)
            guard let amount else {
                // "several days ago", "in a few years": somewhere before or after the anchor
                return Resolved(value: sign < 0 ? "PAST_REF" : "FUTURE_REF", isRelative: true, anchor: base?.timexValue)
            }
            guard let base else { return Resolved(value: "XXXX-XX-XX", isRelative: true, anchor: nil) }
            let value: String
            switch unit {
            case "D": value = base.adding(days: amount).timexValue
            case "W": value = base.adding(days: 7 * amount).timexValue
            case "M": value = base.adding(months: amount).monthValue
            case "Y": value = CalendarDate.pad(base.year + amount, 4)
            case "DE": value = CalendarDate.pad(base.year / 10 + amount, 3)
            case "H", "TM", "S":
                value = base.timexValue
            default: value = base.timexValue
            }
            return Resolved(value: value, isRelative: true, anchor: base.timexValue)

        case .season(let code, let year, let direction):
            if let year { return Resolved(value: "\(CalendarDate.pad(year, 4))-\(code)", isRelative: false, anchor: nil) }
            guard let baseYear = dct?.year ?? dateInForce?.year ?? dctYear else { return Resolved(value: "XXXX-\(code)", isRelative: false, anchor: nil) }
            let baseMonth = dct?.month ?? dateInForce?.month ?? dctMonth ?? 7
            let startMonth = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][code] ?? 6
            var y = baseYear
            // a winter that began in December runs into the next year: in January, "this winter" began last year
            if code == "WI" && baseMonth <= 2 { y -= 1 }
            let begun = code == "WI" ? baseMonth == 12 || baseMonth <= 2 : startMonth <= baseMonth
            let over = code == "WI" ? (3...11).contains(baseMonth) : startMonth + 3 <= baseMonth
            switch direction {
            case .last?: if !over { y -= 1 }
            case .next?: if begun { y += 1 }
            case .tense?:
                // "in the summer": the next one in a future clause, the last one begun in a past clause
                if tense == .future && over { y += 1 }
                if tense == .past && !begun { y -= 1 }
            default: break
            }
            return Resolved(value: "\(CalendarDate.pad(y, 4))-\(code)", isRelative: true, anchor: dct?.timexValue ?? CalendarDate.pad(baseYear, 4))

        case .quarter(let code, let year):
            if let year { return Resolved(value: "\(CalendarDate.pad(year, 4))-\(code)", isRelative: false, anchor: nil) }
            guard var y = dct?.year ?? dateInForce?.year ?? dctYear else { return Resolved(value: "XXXX-\(code)", isRelative: false, anchor: nil) }
            // "reported losses for the fourth quarter" in March: the last fourth quarter begun, unless the clause is future
            let n = Int(code.dropFirst()) ?? 1
            let startMonth = code.hasPrefix("Q") ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1
            if tense != .future, let month = dct?.month ?? dateInForce?.month ?? dctMonth, startMonth > month { y -= 1 }
            return Resolved(value: "\(CalendarDate.pad(y, 4))-\(code)", isRelative: true, anchor: CalendarDate.pad(y, 4))

        case .weekend:
            guard let base = dct ?? dateInForce else { return Resolved(value: "XXXX-WXX-WE", isRelative: true, anchor: nil) }
            // the Saturday of the weekend meant: the last one begun in a past clause, the next one in a future clause
            let saturday = future ? base.adding(days: (6 - base.weekday + 7) % 7) : base.adding(days: -((base.weekday - 6 + 7) % 7))
            return Resolved(value: saturday.weekValue + "-WE", isRelative: true, anchor: base.timexValue)

        case .clock(let hour, let minute):
            let clock = "T\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute ?? 0, 2))"
            guard let base = sameSentenceDate ?? dateInForce ?? dct else { return Resolved(value: "XXXX-XX-XX" + clock, isRelative: false, anchor: nil) }
            return Resolved(value: base.timexValue + clock, isRelative: true, anchor: base.timexValue)
        }
    }
}
