import Foundation

/// Gives each statement the day it was made, and lists the dated events an article mentions.
///
/// A statement's date is the day it was said, not the day it speaks of, and
/// it is filled only where the text settles it (gold/README.md):
///
/// 0. **documentCreationTime** for a speaker turn of a transcript (channel
///    `Statement.transcriptChannel`): a transcript records an event of the
///    document's day, so every turn was said that day, whatever days it
///    speaks of ("Q Monday? That's tomorrow.").
/// 1. **explicit / relative**: a time expression of the statement's sentence
///    (or its cue's sentence) that lies outside every statement's content —
///    the one modifying the cue ("said on June 4", "The day before, on June 4,
///    X announced", "Earlier in the day, X said"); the nearest to the cue wins.
///    Dates inside content ("the summit to be held on June 16"), bounds of a
///    period ("since July", "between May and June"), and dates after the DCT
///    (beyond `TimexResolver.daysAfterDCT` days, for datelines of the next
///    day) are never a statement's date.
/// 2. **context**: the date in force from earlier in the same narrative, for a
///    statement of the same source as the dated statement before it ("He also
///    noted", "The Russian leader also pointed to"; a continuation counts as
///    the source of the statement just before it), or, inside the paragraph of
///    a date no source holds yet, for any source. Never for a cue in the
///    present perfect ("has said"): it speaks from the time of writing.
///    A sentence that only dates a report ("On Saturday, December 11,
///    according to a newspaper.") also dates the undated statements just
///    before it in its paragraph (not when the date stands in a quote that
///    opens the sentence).
/// 3. **documentCreationTime**: a present-perfect cue ("has said", "have
///    warned") reports something said recently: the DCT.
/// 4. **unknown** otherwise.
///
/// A date whose year is not known (`XXXX-06-04`, with no DCT) does not settle
/// the day: the statement keeps the expression's text and span with value nil
/// and source `.unknown`.
public enum StatementDater {
    /// Sets `date` on every statement.
    ///
    /// - Parameters:
    ///   - statements: the article's statements, in text order; `contentSpans`, `cueSpan`, `sentenceIndices` and
    ///     `source` are read.
    ///   - timexes: its time expressions, in text order, as `TimeTagger.tag` gives them.
    ///   - sentences: its sentences.
    ///   - text: the article text.
    ///   - dct: the document creation time, if known.
    public static func assignDates(to statements: inout [Statement], timexes: [TimeExpression], sentences: [Sentence],
                                   text: ScalarText, dct: DocumentCreationTime?) {
        guard !statements.isEmpty else { return }
        assignDates(to: &statements, timexes: timexes, sentences: sentences, text: text, dct: dct,
                    tokens: TimeTokenizer.tokenize(text, sentences: sentences))
    }

    /// `assignDates` over tokens the caller already has (`TimeTokenizer.tokenize(text, sentences:)`).
    static func assignDates(to statements: inout [Statement], timexes: [TimeExpression], sentences: [Sentence],
                            text: ScalarText, dct: DocumentCreationTime?, tokens: [TimeToken]) {
        guard !statements.isEmpty else { return }
        let lexicon = TimeLexicon.shared
        let dctDate = dct.flatMap { CalendarDate(timex: $0.value) }
        let allContent = statements.flatMap(\.contentSpans)
        func sentenceIndex(of offset: Int) -> Int? {
            sentences.firstIndex { $0.span.contains(offset: offset) || ($0.span.start > offset) }
        }
        // usable expressions: a date or time of day or month granularity, not after the DCT
        struct Usable { let index: Int; let sentence: Int; let value: String; let settled: Bool; let insideContent: Bool }
        var usable: [Usable] = []
        for (i, timex) in timexes.enumerated() where timex.type == .date || timex.type == .time {
            // a week ("said last week", `2021-W22`) dates a statement to its month when the week lies in one month
            let value = monthOfWeek(timex.value) ?? timex.value
            // a weekday with no DCT ("XXXX-WXX-2") names a day the text does not settle: kept, unsettled
            let parts = TimexValueParts(value)
            let unsettledWeekday = parts == nil && timex.value.hasPrefix("XXXX-WXX-")
            guard parts?.month != nil || unsettledWeekday else { continue }
            if let dctDate, let y = parts?.year, let m = parts?.month {
                // a written day may run a little ahead of the DCT (a dateline of the next day: `TimexResolver.daysAfterDCT`)
                let first = CalendarDate(year: y, month: m, day: parts?.day ?? 1)
                let slack = parts?.day != nil ? TimexResolver.daysAfterDCT : 0
                if first.daysSinceEpoch > dctDate.daysSinceEpoch + slack { continue }
            }
            let inside = allContent.contains(where: { $0.overlaps(timex.span) })
            guard let s = sentenceIndex(of: timex.span.start) else { continue }
            let granular = parts?.day != nil ? String(value.prefix(10)) : String(value.prefix(7))
            usable.append(Usable(index: i, sentence: s, value: granular, settled: parts?.year != nil, insideContent: inside))
        }
        func statementDate(_ u: Usable, source: DateSource) -> StatementDate {
            let t = timexes[u.index]
            guard u.settled else { return StatementDate(value: nil, text: t.text, span: t.span, source: .unknown) }
            let s: DateSource = source == .context ? .context : (t.isRelative && !isWrittenDate(t) ? .relative : .explicit)
            return StatementDate(value: u.value, text: t.text, span: t.span, source: s, anchor: t.anchor)
        }

        // the sentences each statement stands in, and the one its cue stands in
        func sentencesOf(_ statement: Statement) -> [Int] {
            var result = Set(statement.sentenceIndices)
            for span in statement.contentSpans {
                for (i, s) in sentences.enumerated() where s.span.overlaps(span) { result.insert(i) }
            }
            if let cue = statement.cueSpan, let s = sentenceIndex(of: cue.start) { result.insert(s) }
            return result.sorted()
        }
        let statementSentences = statements.map(sentencesOf)
        func anchorSentence(_ k: Int) -> Int {
            if let cue = statements[k].cueSpan, let s = sentenceIndex(of: cue.start) { return s }
            return statementSentences[k].last ?? 0
        }

        // 0. transcript turns: the day of the document
        var dated = [Bool](repeating: false, count: statements.count)
        if let dct, CalendarDate(timex: dct.value) != nil {
            for k in statements.indices where statements[k].channel == Statement.transcriptChannel {
                statements[k].date = StatementDate(value: dct.value, source: .documentCreationTime)
                dated[k] = true
            }
        }

        // 1. explicit or relative: an expression in the statement's (cue's) sentences, nearest the cue
        var usedAsStatementDate = Set<Int>()
        for k in statements.indices where !dated[k] {
            let own = Set(statementSentences[k])
            // outside all content; or, where a content span was drawn too wide, in a place only an attribution
            // date takes: right after the cue ("said on June 4 that") or opening the sentence before the source
            // a bound of a period ("Since July, X said", "between July 1983 and April 1985, X said") is no day of
            // saying; nor is an opening date before a parenthetical cue ("At the end of November, a spokesman noted,
            // CCR did not ..."), which belongs to the content the cue interrupts
            let candidates = usable.filter { u in
                own.contains(u.sentence)
                    && (!u.insideContent || modifiesAttribution(timexes[u.index].span, of: statements[k],
                                                                sentence: sentences[u.sentence].span, text: text))
                    && !boundsPeriod(u.index, timexes: timexes, tokens: tokens, lexicon: lexicon)
                    && !opensParentheticalAttribution(timexes[u.index].span, of: statements[k], sentence: sentences[u.sentence].span, text: text)
            }
            guard !candidates.isEmpty else { continue }
            let cue = statements[k].cueSpan ?? statements[k].span
            func distance(_ u: Usable) -> Int {
                let span = timexes[u.index].span
                return span.end <= cue.start ? cue.start - span.end : max(0, span.start - cue.end)
            }
            let best = candidates.min { a, b in
                let da = distance(a), db = distance(b)
                if da != db { return da < db }
                return !timexes[a.index].isRelative && timexes[b.index].isRelative
            }!
            statements[k].date = statementDate(best, source: .explicit)
            dated[k] = statements[k].date.value != nil
            usedAsStatementDate.insert(best.index)
        }

        // 2a. report-dating sentences: an expression opening a sentence with no statement content that reports
        // ("On Saturday, December 11, according to Die Welt.") dates the undated statements just before it
        let order = statements.indices.sorted { anchorSentence($0) != anchorSentence($1) ? anchorSentence($0) < anchorSentence($1) : statements[$0].span.start < statements[$1].span.start }
        var reportDates: [Int: Usable] = [:]     // sentence → expression
        var narrativeDates: Set<Int> = []         // sentences with a day-granular narrative date that breaks the chain
        for u in usable where !usedAsStatementDate.contains(u.index) && u.settled && !u.insideContent {
            let sentence = sentences[u.sentence]
            guard !allContent.contains(where: { $0.overlaps(sentence.span) }) else { continue }
            let opening = timexes[u.index].span.start - sentence.span.start <= 4
            // a sentence that opens with a quote ("“An hour ago, they were let in,” TASS quoted him") dates its quote,
            // which the attribution missed, not the statements before it
            let quoted = (sentence.span.start..<timexes[u.index].span.start).contains { WordTokenizer.isQuoteMark(text.scalars[$0]) }
            if opening && !quoted && reports(sentence: sentence, tokens: tokens, lexicon: lexicon) && u.value.count == 10 {
                if reportDates[u.sentence] == nil { reportDates[u.sentence] = u }
            } else if u.value.count == 10 {
                narrativeDates.insert(u.sentence)
            }
        }
        var reportSources: [Int: Source?] = [:]  // sentence → source of the nearest statement it dated backwards
        for (sentence, u) in reportDates {
            let paragraph = sentences[sentence].paragraph
            for k in order.reversed() where anchorSentence(k) < sentence {
                if dated[k] || statements[k].date.text != nil || sentences[anchorSentence(k)].paragraph != paragraph { break }
                if reportDates.keys.contains(where: { $0 > anchorSentence(k) && $0 < sentence }) { break }
                statements[k].date = statementDate(u, source: .context)
                dated[k] = true
                if reportSources[sentence] == nil { reportSources[sentence] = .some(statements[k].source) }
            }
        }

        // 2b. forward: the date in force carries to later statements of the same source, within two paragraphs of
        // the last statement (or report sentence) that held it
        var inForce: (date: StatementDate, source: Source?, bound: Bool, paragraph: Int)?
        var lastSentence = -1
        var previousSource: Source?   // the source of the statement before, in text order: a continuation's own
        for k in order {
            let here = anchorSentence(k)
            // a continuation ("the quote goes on") is the previous statement's source, not whichever source holds the date
            let source = statements[k].source?.resolution == .continuation ? (previousSource ?? statements[k].source) : statements[k].source
            defer { previousSource = source }
            let paragraph = sentences.indices.contains(here) ? sentences[here].paragraph : 0
            // sentences passed since the last statement may change the date in force
            for s in (lastSentence + 1)..<max(lastSentence + 1, here) {
                if let u = reportDates[s] {
                    if let source = reportSources[s] { inForce = (statementDate(u, source: .context), source, true, sentences[s].paragraph) }
                    else { inForce = (statementDate(u, source: .context), nil, false, sentences[s].paragraph) }
                } else if narrativeDates.contains(s) {
                    inForce = nil
                }
            }
            lastSentence = max(lastSentence, here)
            if dated[k] {
                inForce = (StatementDate(value: statements[k].date.value, text: statements[k].date.text, span: statements[k].date.span,
                                         source: .context, anchor: statements[k].date.anchor), source, true, paragraph)
                continue
            }
            // a present-perfect cue ("has insisted") speaks from the time of writing, not from the narrative's date
            guard statements[k].date.value == nil, statements[k].date.text == nil, let force = inForce,
                  paragraph - force.paragraph <= 2, !isPresentPerfect(statements[k], tokens: tokens) else { continue }
            if !force.bound {
                // a date no source holds yet passes only inside its paragraph
                guard paragraph == force.paragraph else { continue }
                statements[k].date = force.date
                inForce = (force.date, source, true, paragraph)
                dated[k] = true
            } else if sameSource(force.source, source) {
                statements[k].date = force.date
                inForce?.paragraph = paragraph
                dated[k] = true
            }
        }

        // 3. the DCT for a present-perfect cue ("has said", "have warned")
        if let dct, CalendarDate(timex: dct.value) != nil {
            for k in statements.indices where !dated[k] && statements[k].date.text == nil {
                if isPresentPerfect(statements[k], tokens: tokens) {
                    statements[k].date = StatementDate(value: dct.value, source: .documentCreationTime)
                }
            }
        }
    }

    /// `YYYY-MM` for an ISO week value (`2021-W22`, `2021-W22-WE`) whose days all fall in one month, else nil.
    static func monthOfWeek(_ value: String) -> String? {
        let parts = value.split(separator: "-")
        guard parts.count >= 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].hasPrefix("W"),
              let week = Int(parts[1].dropFirst()), (1...53).contains(week) else { return nil }
        let january4 = CalendarDate(year: year, month: 1, day: 4)
        let monday = january4.adding(days: 1 - january4.weekday + 7 * (week - 1))
        let first = parts.count == 3 && parts[2] == "WE" ? monday.adding(days: 5) : monday
        let last = monday.adding(days: 6)
        return first.month == last.month && first.year == last.year ? first.monthValue : nil
    }

    /// True when `span` (a time expression inside content) stands where only the attribution's date stands:
    /// right after the cue, with at most "on" between ("said on June 4 that", "said Friday"), or opening the
    /// sentence before the source's mention ("On June 4, Lindqvist said ..."), unless the cue comes after the whole
    /// content that holds it and ends the sentence ("In November, backlogs rose, he said.").
    static func modifiesAttribution(_ span: TextSpan, of statement: Statement, sentence: TextSpan, text: ScalarText) -> Bool {
        if let cue = statement.cueSpan, cue.end <= span.start, span.start - cue.end <= 6 {
            let between = text[TextSpan(cue.end, span.start)].trimmingCharacters(in: .whitespaces).lowercased()
            if between.isEmpty || between == "on" || between == "," { return true }
        }
        // not where the cue follows the whole content and ends the sentence ("In November, backlogs rose, he said."): the
        // date is the content's
        if let cue = statement.cueSpan, let content = statement.contentSpans.first(where: { $0.contains(span) }), cue.start >= content.end,
           cue.end <= sentence.end, text[TextSpan(cue.end, sentence.end)].unicodeScalars.allSatisfy({ !ScalarClass.isLetter($0) && !ScalarClass.isDigit($0) }) {
            return false
        }
        if let source = statement.source?.span, span.end <= source.start, sentence.contains(source),
           span.start - sentence.start <= 4 {
            return true
        }
        return false
    }

    /// True when the expression `index` of `timexes` bounds a period rather than naming a day: it follows "since",
    /// "between", "from", "until", "till" or "through" ("Since July, X said", "data from September last year"), it
    /// closes such a period after "and", "to", "or" or a dash ("between July 1983 and April 1985"), or it is a month
    /// closing a month range ("the April-June period").
    static func boundsPeriod(_ index: Int, timexes: [TimeExpression], tokens: [TimeToken], lexicon: TimeLexicon) -> Bool {
        let openers: Set<String> = ["since", "between", "from", "until", "till", "through"]
        let closers: Set<String> = ["and", "to", "or", "-", "–", "—"]
        guard let k = tokenIndex(at: timexes[index].span.start, tokens: tokens), k > 0,
              tokens[k - 1].sentence == tokens[k].sentence else { return false }
        let before = tokens[k - 1].lower
        if openers.contains(before) { return true }
        guard closers.contains(before) else { return false }
        // "April-June": a month name right before the dash
        if ["-", "–"].contains(before), k > 1, lexicon.months[tokens[k - 2].lower] != nil, tokens[k - 2].span.end == tokens[k - 1].span.start {
            return true
        }
        // "between X and Y": the expression before ends right at the joining word and itself opens the period
        guard index > 0, k > 1, timexes[index - 1].span.end == tokens[k - 2].span.end else { return false }
        return boundsPeriod(index - 1, timexes: timexes, tokens: tokens, lexicon: lexicon)
    }

    /// The index of the first token that starts at or after `offset` (Unicode scalars), or nil.
    static func tokenIndex(at offset: Int, tokens: [TimeToken]) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count ? lo : nil
    }

    /// True when `span` opens the sentence before the statement's source and the source and cue are parenthetical
    /// (set off by commas, at most a determiner before the source, the content after): "At the end of November, a
    /// spokesman noted, CCR did not ..." (not "Earlier in the day, Trump attacked Clinton, saying, ..."). The
    /// expression then belongs to the content the attribution interrupts, not to the act of saying.
    static func opensParentheticalAttribution(_ span: TextSpan, of statement: Statement, sentence: TextSpan, text: ScalarText) -> Bool {
        guard let cue = statement.cueSpan, let source = statement.source?.span, span.end <= source.start, source.end <= cue.start,
              sentence.contains(cue), let content = statement.contentSpans.first, content.start >= cue.end else { return false }
        func words(_ from: Int, _ to: Int) -> [Substring] {
            text[TextSpan(from, to)].split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "," })
        }
        // ", a spokesman noted, ...": a comma, at most a determiner before the source, the cue right after it, a comma after
        let before = words(span.end, source.start)
        guard before.first == ",", before.count <= 3, words(source.end, cue.start).isEmpty else { return false }
        return text[TextSpan(cue.end, content.start)].trimmingCharacters(in: .whitespaces).hasPrefix(",")
    }

    /// True for an expression that writes its month and day ("June 4", "Saturday, June 5") rather than counting
    /// days from an anchor: its date is explicit even when the year came from the DCT.
    static func isWrittenDate(_ timex: TimeExpression) -> Bool {
        let lexicon = TimeLexicon.shared
        return timex.text.lowercased().split(whereSeparator: { !$0.isLetter }).contains { lexicon.months[String($0)] != nil }
            || timex.text.contains("/")
    }

    /// True when the sentence holds a reporting word or phrase of `time-report-cues.txt`.
    static func reports(sentence: Sentence, tokens: [TimeToken], lexicon: TimeLexicon) -> Bool {
        let words = tokens.filter { sentence.span.contains($0.span) && $0.isWord }.map(\.lower)
        for cue in lexicon.reportCues where !cue.isEmpty && words.count >= cue.count {
            for i in 0...(words.count - cue.count) where Array(words[i..<(i + cue.count)]) == cue { return true }
        }
        return false
    }

    /// True when the statement's cue is in the present perfect: "has"/"have" (possibly with "also", "now",
    /// "already", "repeatedly") right before the cue, or inside the cue as written.
    static func isPresentPerfect(_ statement: Statement, tokens: [TimeToken]) -> Bool {
        if let cue = statement.cue?.lowercased(), cue.hasPrefix("has ") || cue.hasPrefix("have ") { return true }
        guard let cueSpan = statement.cueSpan, let first = tokens.firstIndex(where: { $0.span.start >= cueSpan.start }) else { return false }
        var k = first - 1
        var steps = 0
        while k >= 0, steps < 3 {
            let w = tokens[k].lower
            if w == "has" || w == "have" { return true }
            if !["also", "now", "already", "repeatedly", "since", "just", "publicly", "not", "never"].contains(w) { return false }
            k -= 1
            steps += 1
        }
        return false
    }

    /// True when two statements have the same source: the same entity, the same name, the same surname, or one of
    /// them unresolved (nil, or a continuation of the previous speaker).
    static func sameSource(_ a: Source?, _ b: Source?) -> Bool {
        guard let a, let b else { return true }
        if b.resolution == .continuation { return true }
        if let x = a.entityID, let y = b.entityID, x == y { return true }
        func words(_ s: String) -> [String] { s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
        let wa = words(a.name), wb = words(b.name)
        if wa == wb { return true }
        if a.kind == .person, b.kind == .person, let la = wa.last, let lb = wb.last, la == lb { return true }
        return false
    }

    /// Events: dated happenings the article mentions, linked to nearby statements and entities.
    ///
    /// Every DATE or TIME expression with a calendar value (`2021-06-16`, `2020-01`, `1889`, also `XXXX-06-16`)
    /// makes an event, except those that date a statement (its own explicit or relative date, and others of the same
    /// day outside content in that sentence), terms of a comparison (`comparesEvent`: "vs ... in 1985", "than those
    /// in 1997"), durations, sets and `PRESENT_REF`-like values. The event's span is the part of the sentence inside
    /// the statement content that holds the expression, else the clause (cut at `;`, `:` and dashes) of its
    /// sentence; for the start of a period it is "since" and the expression alone ("since January 2020": what
    /// happened then is not the clause's event, "The trip to Geneva will be the first visit since ...").
    ///
    /// - Parameters:
    ///   - articleID: the article's id, for the events' ids (`<article>-event-<start>-<end>` of the expression).
    ///   - timexes: time expressions in text order.
    ///   - sentences: the article's sentences.
    ///   - text: the article text.
    ///   - statements: dated statements (after `assignDates`).
    ///   - mentions: the article's mentions; those inside an event's span give its `entityIDs`.
    /// - Returns: events in text order; spans count Unicode scalars.
    public static func events(articleID: String, timexes: [TimeExpression], sentences: [Sentence], text: ScalarText,
                              statements: [Statement], mentions: [Mention]) -> [Event] {
        events(articleID: articleID, timexes: timexes, sentences: sentences, text: text, statements: statements, mentions: mentions,
               tokens: TimeTokenizer.tokenize(text, sentences: sentences))
    }

    /// `events` over tokens the caller already has (`TimeTokenizer.tokenize(text, sentences:)`).
    static func events(articleID: String, timexes: [TimeExpression], sentences: [Sentence], text: ScalarText,
                       statements: [Statement], mentions: [Mention], tokens: [TimeToken]) -> [Event] {
        // expressions that date a statement: its own, and any other outside content in the same sentence with the
        // same day ("The day before, on June 4, X announced": both name the day of the announcement)
        var statementDateSpans = Set<TextSpan>()
        let allContent = statements.flatMap(\.contentSpans)
        for s in statements where s.date.source == .explicit || s.date.source == .relative {
            guard let span = s.date.span, let value = s.date.value else { continue }
            statementDateSpans.insert(span)
            guard let sentence = sentences.first(where: { $0.span.contains(span) }) else { continue }
            for t in timexes where sentence.span.contains(t.span) && t.value.hasPrefix(value) && !allContent.contains(where: { $0.overlaps(t.span) }) {
                statementDateSpans.insert(t.span)
            }
        }
        var events: [Event] = []
        var lastComparedEnd: Int?   // end of the last expression left out as a comparison term
        for timex in timexes where timex.type == .date || timex.type == .time {
            // a comparison term, or one joined to it by "or"/"and" ("than those in 1997 or 2001")
            var compared = comparesEvent(timex.span, tokens: tokens)
            if !compared, let end = lastComparedEnd, let k = tokenIndex(at: timex.span.start, tokens: tokens), k > 1,
               ["or", "and"].contains(tokens[k - 1].lower), tokens[k - 2].span.end == end {
                compared = true
            }
            if compared { lastComparedEnd = timex.span.end; continue }
            // a calendar value that tells at least a year or a month ("XXXX" alone says nothing)
            guard let parts = TimexValueParts(timex.value), parts.year != nil || parts.month != nil,
                  !statementDateSpans.contains(timex.span) else { continue }
            guard let sentenceIndex = sentences.firstIndex(where: { $0.span.contains(timex.span) || $0.span.overlaps(timex.span) }) else { continue }
            let sentence = sentences[sentenceIndex].span
            // the start of a period ("the first visit since January 2020") dates what last happened then, which the
            // clause does not tell: the event is the phrase itself, not the clause around it
            let periodStart = startsPeriod(timex.span, tokens: tokens)
            var span = periodStart ?? clause(around: timex.span, in: sentence, text: text)
            var linked: [String] = []
            for s in statements {
                if let content = s.contentSpans.first(where: { $0.contains(timex.span) }) {
                    let inside = TextSpan(max(content.start, sentence.start), min(content.end, sentence.end))
                    if inside.contains(timex.span), periodStart == nil { span = text.trimmed(inside) }
                    linked.append(s.id)
                } else if s.sentenceIndices.contains(sentenceIndex) || s.contentSpans.contains(where: { $0.overlaps(sentence) }) {
                    linked.append(s.id)
                }
            }
            var entityIDs: [String] = []
            for m in mentions where span.contains(m.span) {
                if let id = m.entityID, !entityIDs.contains(id) { entityIDs.append(id) }
            }
            var seen = Set<String>()
            let statementIDs = linked.filter { seen.insert($0).inserted }
            events.append(Event(id: "\(articleID)-event-\(timex.span.start)-\(timex.span.end)", span: span, text: text[span], timex: timex,
                                entityIDs: entityIDs, statementIDs: statementIDs))
        }
        return events
    }

    /// The span of "since" + the expression at `span` ("since January 2020") when the expression starts a period, else nil.
    static func startsPeriod(_ span: TextSpan, tokens: [TimeToken]) -> TextSpan? {
        guard let k = tokenIndex(at: span.start, tokens: tokens), k > 0, tokens[k - 1].sentence == tokens[k].sentence,
              tokens[k - 1].lower == "since" else { return nil }
        return TextSpan(tokens[k - 1].span.start, span.end)
    }

    /// True when the expression at `span` is not the date of what its clause tells but the term of a comparison
    /// ("net income of 6.3 mln vs 3.9 mln in 1985", "compared with 497,000 in June", "clearer than those in 1997 or
    /// 2001"). A comparison marker ("vs", "vs.", "versus", "compared with/to", "up/down from", "than", "against" + a
    /// quantity) counts up to 16 tokens before the
    /// expression in its sentence, with no clause break (`;`, `:`) between; "than" only up to 4 tokens before, and not
    /// right before a number, which compares a quantity ("more than 100 people died in 2003"). An expression joined by
    /// "or"/"and" to one of these ("than those in 1997 or 2001") is one too (`events` checks that).
    static func comparesEvent(_ span: TextSpan, tokens: [TimeToken]) -> Bool {
        guard let k = tokenIndex(at: span.start, tokens: tokens), k > 0 else { return false }
        let sentence = tokens[k].sentence
        var j = k - 1
        while j >= 0, k - j <= 16, tokens[j].sentence == sentence {
            let w = tokens[j].lower
            if w == ";" || w == ":" { return false }
            let next = j + 1 < tokens.count ? tokens[j + 1] : nil
            switch w {
            case "vs", "versus": return true
            case "compared", "comparison": if let n = next?.lower, n == "with" || n == "to" { return true }
            case "from": if j > 0, ["up", "down"].contains(tokens[j - 1].lower) { return true }
            case "than": if next?.isDigits != true, k - j <= 4 { return true }
            case "against": if next?.isDigits == true { return true }
            default: break
            }
            j -= 1
        }
        return false
    }

    /// The clause of `sentence` around `span`: cut at `;`, `:`, and dashes (—, –, or " - ").
    static func clause(around span: TextSpan, in sentence: TextSpan, text: ScalarText) -> TextSpan {
        let s = text.scalars
        func isBreak(_ k: Int) -> Bool {
            let c = s[k]
            if c == ";" || c == ":" || c == "—" || c == "–" { return !(k > 0 && k + 1 < s.count && s[k - 1].properties.numericType != nil && s[k + 1].properties.numericType != nil) }
            if c == "-", k > 0, k + 1 < s.count, s[k - 1] == " ", s[k + 1] == " " { return true }
            return false
        }
        var start = span.start
        while start > sentence.start, !isBreak(start - 1) { start -= 1 }
        var end = span.end
        while end < sentence.end, !isBreak(end) { end += 1 }
        return text.trimmed(TextSpan(start, end))
    }
}
