import XCTest
@testable import ParleyKit

/// Statement dates over short articles written for these tests; statements are built by hand over their sentences.
final class StatementDaterTests: XCTestCase {
    typealias S = TimeTestSupport

    func testBareWeekdaysByTenseAndDCT() {
        // an article of Friday 8 March 2019
        let text = "The minister said on Friday that the plan was dead. Her deputy told reporters on Monday that talks would go on."
        let dated = S.date([S.statement(text, content: "the plan was dead", cue: "said", source: "Minister"),
                            S.statement(text, content: "talks would go on", cue: "told", source: "Deputy")], in: text, dct: "2019-03-08")
        XCTAssertEqual(dated[0].date.value, "2019-03-08")
        XCTAssertEqual(dated[1].date.value, "2019-03-04")
        XCTAssertEqual(dated[0].date.source, .relative)
        XCTAssertEqual(dated[0].date.text, "Friday")
    }

    func testDateOfTheCueNotOfTheContent() {
        let text = "The spokesman said on June 4 that the summit will be held on June 16."
        let dated = S.date([S.statement(text, content: "the summit will be held on June 16", cue: "said", source: "Spokesman")], in: text, dct: "2021-06-05")
        XCTAssertEqual(dated[0].date.value, "2021-06-04")
        XCTAssertEqual(dated[0].date.source, .explicit)
        XCTAssertEqual(dated[0].date.span, S.span(of: "June 4", in: text))
    }

    func testContentDateAloneDoesNotDateTheStatement() {
        let text = "The spokesman said the summit will be held on June 16."
        let dated = S.date([S.statement(text, content: "the summit will be held on June 16", cue: "said", source: "Spokesman")], in: text, dct: "2021-06-05")
        XCTAssertNil(dated[0].date.value)
        XCTAssertEqual(dated[0].date.source, .unknown)
    }

    func testSentenceInitialExpressions() {
        let text = """
        The envoy arrived on Saturday, June 5. The day before, on June 4, the president announced that he expected nothing.

        Earlier in the day, the secretary said that no concessions were planned.

        Also on June 3, the adviser said that threats would be discussed.
        """
        let dated = S.date([S.statement(text, content: "he expected nothing", cue: "announced", source: "President"),
                            S.statement(text, content: "no concessions were planned", cue: "said", source: "Secretary"),
                            S.statement(text, content: "threats would be discussed", cue: "said", source: "Adviser", cueOccurrence: 2)],
                           in: text, dct: "2021-06-05")
        XCTAssertEqual(dated.map(\.date.value), ["2021-06-04", "2021-06-04", "2021-06-03"])
        XCTAssertEqual(dated[1].date.source, .relative)
        XCTAssertEqual(dated[1].date.text, "Earlier in the day")
        XCTAssertEqual(dated[1].date.anchor, "2021-06-04")
    }

    func testCueInTheNextSentence() {
        let text = "A telephone call before the summit on June 16 is not planned. This was announced on Saturday, June 5, by the press secretary."
        let dated = S.date([S.statement(text, content: "A telephone call before the summit on June 16 is not planned", cue: "announced", source: "Press Secretary")],
                           in: text, dct: "2021-06-05")
        XCTAssertEqual(dated[0].date.value, "2021-06-05")
        XCTAssertEqual(dated[0].date.text, "Saturday, June 5")
    }

    func testDateInForceCarriesToTheSameSourceOnly() {
        let text = "The mayor said on June 4 that the bridge was safe. She also noted that repairs were done. The engineer said the cables were rusty. “It is fine,” she added."
        let dated = S.date([S.statement(text, content: "the bridge was safe", cue: "said", source: "Anna Berg"),
                            S.statement(text, content: "repairs were done", cue: "noted", source: "Anna Berg", resolution: .pronoun),
                            S.statement(text, content: "the cables were rusty", cue: "said", source: "Tom Lind", cueOccurrence: 2),
                            S.statement(text, content: "It is fine", cue: "added", source: "Berg", resolution: .alias)],
                           in: text, dct: "2021-06-05")
        XCTAssertEqual(dated[1].date.value, "2021-06-04")
        XCTAssertEqual(dated[1].date.source, .context)
        XCTAssertNil(dated[2].date.value, "another source: the text does not settle its day")
        XCTAssertEqual(dated[3].date.value, "2021-06-04")
    }

    func testContentDrawnTooWideStillYieldsTheCueDate() {
        let text = "Also on June 4, the adviser said on June 4 that the summit on June 16 matters."
        var statement = S.statement(text, content: "the adviser said on June 4 that the summit on June 16 matters", cue: "said", source: "Adviser")
        statement.contentSpans = [TextSpan(0, text.unicodeScalars.count)]
        XCTAssertEqual(S.date([statement], in: text, dct: "2021-06-05")[0].date.value, "2021-06-04")
    }

    func testCarryStopsAfterTwoParagraphs() {
        let text = "The mayor said on June 4 that the bridge was safe.\n\nCrowds gathered.\n\nTraffic resumed.\n\nLater the mayor said that tolls would rise."
        let dated = S.date([S.statement(text, content: "the bridge was safe", cue: "said", source: "Anna Berg"),
                            S.statement(text, content: "tolls would rise", cue: "said", source: "Anna Berg", cueOccurrence: 2)],
                           in: text, dct: "2021-06-05")
        XCTAssertEqual(dated[0].date.value, "2021-06-04")
        XCTAssertNil(dated[1].date.value)
    }

    func testReportSentenceDatesTheStatementsAroundIt() {
        let text = "According to the doctor, the campaign will go on. On Saturday, December 11, according to a newspaper. “We expect a fourth dose,” the doctor said. The company said the vaccine works."
        let dated = S.date([S.statement(text, content: "the campaign will go on", cue: "According to", source: "Doctor"),
                            S.statement(text, content: "We expect a fourth dose", cue: "said", source: "Doctor"),
                            S.statement(text, content: "the vaccine works", cue: "said", source: "Company", cueOccurrence: 2, kind: .organisation)],
                           in: text, dct: "2021-12-11")
        XCTAssertEqual(dated.map(\.date.value), ["2021-12-11", "2021-12-11", nil])
    }

    func testWeekDatesAStatementToItsMonth() {
        let text = "The governor said last week that roads would reopen."
        let dated = S.date([S.statement(text, content: "roads would reopen", cue: "said", source: "Governor")], in: text, dct: "2021-06-16")
        // last week is 2021-W23, 7–13 June
        XCTAssertEqual(dated[0].date.value, "2021-06")
        XCTAssertEqual(dated[0].date.text, "last week")
        XCTAssertEqual(StatementDater.monthOfWeek("2021-W22"), nil) // 31 May – 6 June
    }

    func testPresentPerfectTakesTheDCT() {
        let text = "The ministry has said that prices will fall. The union says wages must rise."
        let dated = S.date([S.statement(text, content: "prices will fall", cue: "said", source: "Ministry", kind: .organisation),
                            S.statement(text, content: "wages must rise", cue: "says", source: "Union", kind: .organisation)],
                           in: text, dct: "2021-06-05")
        XCTAssertEqual(dated[0].date.value, "2021-06-05")
        XCTAssertEqual(dated[0].date.source, .documentCreationTime)
        XCTAssertNil(dated[1].date.value)
    }

    func testUnknownYearDoesNotSettleTheDay() {
        let text = "The minister said on Tuesday that talks failed."
        let dated = S.date([S.statement(text, content: "talks failed", cue: "said", source: "Minister")], in: text, dct: nil)
        XCTAssertNil(dated[0].date.value)
        XCTAssertEqual(dated[0].date.text, "Tuesday")
        XCTAssertEqual(dated[0].date.source, .unknown)
    }

    func testDatelineOfTheDayAfterTheDCTDatesTheStatement() {
        // a wire story of 2 March (New York time) from a place where it is already 3 March
        let text = "PEKING, March 3 - The leader told visitors the troubles were over."
        let dated = S.date([S.statement(text, content: "the troubles were over", cue: "told", source: "Leader")], in: text, dct: "1987-03-02")
        XCTAssertEqual(dated[0].date.value, "1987-03-03")
        XCTAssertEqual(dated[0].date.text, "March 3")
    }

    func testContinuationOfAnotherSourceDoesNotTakeTheDateInForce() {
        // Berg's date must not pass to Lind's quote, which goes on with no cue of its own
        let text = "Ann Berg told the paper in October 2018 that the camp was safe.\n\nTom Lind told the magazine the claims are false.\n\n"
            + "“I can say it with confidence,” Lind said. “The rest is noise.”"
        let dated = S.date([S.statement(text, content: "the camp was safe", cue: "told", source: "Ann Berg"),
                            S.statement(text, content: "the claims are false", cue: "told", source: "Tom Lind", cueOccurrence: 2),
                            S.statement(text, content: "I can say it with confidence", cue: "said", source: "Tom Lind"),
                            S.statement(text, content: "The rest is noise", cue: nil, source: "Tom Lind", resolution: .continuation)],
                           in: text, dct: "2019-11-20")
        XCTAssertEqual(dated[0].date.value, "2018-10")
        XCTAssertEqual(dated.dropFirst().map(\.date.value), [nil, nil, nil])
    }

    func testContinuationKeepsTheDateOfItsOwnSource() {
        let text = "Ann Berg said on June 4 that the camp was safe. “It is calm,” she added. “Nobody left.”"
        let dated = S.date([S.statement(text, content: "the camp was safe", cue: "said", source: "Ann Berg"),
                            S.statement(text, content: "It is calm", cue: "added", source: "Ann Berg", resolution: .pronoun),
                            S.statement(text, content: "Nobody left", cue: nil, source: "Ann Berg", resolution: .continuation)],
                           in: text, dct: "2021-06-05")
        XCTAssertEqual(dated.map(\.date.value), ["2021-06-04", "2021-06-04", "2021-06-04"])
    }

    func testBoundsOfAPeriodDoNotDateTheStatement() {
        let text = "Since July, the company said it has bought 900,000 shares. Between July 1983 and April 1985, the agency said it found gaps."
        let dated = S.date([S.statement(text, content: "it has bought 900,000 shares", cue: "said", source: "Company", kind: .organisation),
                            S.statement(text, content: "it found gaps", cue: "said", source: "Agency", cueOccurrence: 2, kind: .organisation)],
                           in: text, dct: "1987-03-02")
        XCTAssertEqual(dated.map(\.date.value), [nil, nil])
    }

    func testOpeningDateOfContentBeforeTheCueIsTheContents() {
        // the cue follows the whole content, or interrupts it: the opening date is what the content is about
        let text = "In November, order backlogs rose 0.6 pct, he said. At the end of November, a spokesman noted, the firm did not meet the rule. "
            + "Earlier in the day, the senator attacked the plan, saying, “It is unstable.”"
        var spokesman = S.statement(text, content: "the firm did not meet the rule", cue: "noted", source: "spokesman")
        spokesman.source?.span = S.span(of: "spokesman", in: text)
        var senator = S.statement(text, content: "It is unstable", cue: "saying", source: "senator")
        senator.source?.span = S.span(of: "senator", in: text)
        var maude = S.statement(text, content: "In November, order backlogs rose 0.6 pct", cue: "said", source: "Maude", resolution: .pronoun)
        let he = S.span(of: "he said", in: text)
        maude.source?.span = TextSpan(he.start, he.start + 2)
        let dated = S.date([maude, spokesman, senator],
                           in: text, dct: "1987-02-26")
        XCTAssertEqual(dated.map(\.date.value), [nil, nil, "1987-02-26"])
    }

    func testQuoteOpeningASentenceDatesNoStatementBeforeIt() {
        // the quote's "An hour ago" is what the quote says, not the day of the lawyer's statement before it
        let text = "The lawyer said the court had ruled. “An hour ago, they were all let in,” an agency quoted him as saying."
        let dated = S.date([S.statement(text, content: "the court had ruled", cue: "said", source: "Lawyer")], in: text, dct: "2023-02-11")
        XCTAssertNil(dated[0].date.value)
    }

    func testMonthGranularityAndDatesAfterTheDCT() {
        let text = "In March 2020, the governor said that schools would close. The mayor said on July 9 that the fair is cancelled."
        let dated = S.date([S.statement(text, content: "schools would close", cue: "said", source: "Governor"),
                            S.statement(text, content: "the fair is cancelled", cue: "said", source: "Mayor", cueOccurrence: 2)],
                           in: text, dct: "2020-06-01")
        XCTAssertEqual(dated[0].date.value, "2020-03")
        // 9 July 2020 is after the DCT: never the day something in the article was said
        XCTAssertNotEqual(dated[1].date.value, "2020-07-09")
    }
}

final class EventTests: XCTestCase {
    func testDatedEventsWithEntitiesAndStatements() {
        let text = "Peskov said on June 4 that the summit was on track. The meeting will take place on June 16 in Geneva. It is the first visit since January 2020."
        let scalars = ScalarText(text)
        let sentences = SentenceSplitter.split(scalars)
        let dct = DocumentCreationTime(value: "2021-06-05", provenance: .metadata)
        let timexes = TimeTagger().tag(text: scalars, sentences: sentences, dct: dct)
        var statements = [TimeTestSupport.statement(text, content: "the summit was on track", cue: "said", source: "Dmitry Peskov")]
        StatementDater.assignDates(to: &statements, timexes: timexes, sentences: sentences, text: scalars, dct: dct)
        let geneva = Mention(span: TimeTestSupport.span(of: "Geneva", in: text), text: "Geneva", kind: .place, entityID: "place:geneva")
        let peskov = Mention(span: TimeTestSupport.span(of: "Peskov", in: text), text: "Peskov", kind: .person, entityID: "person:dmitry peskov")
        let events = StatementDater.events(articleID: "a1", timexes: timexes, sentences: sentences, text: scalars,
                                           statements: statements, mentions: [peskov, geneva])
        // "June 4" dates the statement: not an event of its own
        XCTAssertEqual(events.map(\.timex.value), ["2021-06-16", "2020-01"])
        XCTAssertEqual(events[0].text, "The meeting will take place on June 16 in Geneva.")
        XCTAssertEqual(events[0].entityIDs, ["place:geneva"])
        XCTAssertEqual(events[0].id, "a1-event-\(events[0].timex.span.start)-\(events[0].timex.span.end)")
        XCTAssertTrue(events[1].statementIDs.isEmpty)
    }

    func testEventInsideContentLinksTheStatement() {
        let text = "The actor clarified that back in 2022, his contract ended."
        let scalars = ScalarText(text)
        let sentences = SentenceSplitter.split(scalars)
        let timexes = TimeTagger().tag(text: scalars, sentences: sentences, dct: nil)
        var statements = [TimeTestSupport.statement(text, content: "back in 2022, his contract ended", cue: "clarified", source: "Actor")]
        StatementDater.assignDates(to: &statements, timexes: timexes, sentences: sentences, text: scalars, dct: nil)
        let events = StatementDater.events(articleID: "a2", timexes: timexes, sentences: sentences, text: scalars, statements: statements, mentions: [])
        XCTAssertEqual(events.count, 1)
        XCTAssertEqual(events.first?.timex.value, "2022")
        XCTAssertEqual(events.first?.text, "back in 2022, his contract ended")
        XCTAssertEqual(events.first?.statementIDs, [statements[0].id])
    }

    func testStartOfAPeriodIsItsOwnEventNotTheClauses() {
        let text = "The trip to Geneva will be the first foreign visit since January 2020."
        let events = Self.events(text, dct: "2021-06-05")
        XCTAssertEqual(events.map(\.timex.value), ["2020-01"])
        XCTAssertEqual(events.first?.text, "since January 2020")
    }

    func testComparisonTermsAreNotEvents() {
        let text = "For 1986 the company had net income of 6.3 mln dlrs, or 1.07 dlrs per share, vs 3.9 mln dlrs, or 73 cts per share in 1985. "
            + "The plan is much clearer than those in 1997 or 2001. Sales fell compared with 1984. More than a dozen people died in March 1983."
        let events = Self.events(text, dct: "1987-03-02")
        XCTAssertEqual(events.map(\.timex.text), ["1986", "March 1983"])
    }

    static func events(_ text: String, dct: String) -> [Event] {
        let scalars = ScalarText(text)
        let sentences = SentenceSplitter.split(scalars)
        let dct = DocumentCreationTime(value: dct, provenance: .metadata)
        let timexes = TimeTagger().tag(text: scalars, sentences: sentences, dct: dct)
        return StatementDater.events(articleID: "e", timexes: timexes, sentences: sentences, text: scalars, statements: [], mentions: [])
    }

    func testDurationsAreNotEvents() {
        let text = "The strike lasted a month."
        let scalars = ScalarText(text)
        let sentences = SentenceSplitter.split(scalars)
        let timexes = TimeTagger().tag(text: scalars, sentences: sentences, dct: nil)
        XCTAssertTrue(StatementDater.events(articleID: "a3", timexes: timexes, sentences: sentences, text: scalars, statements: [], mentions: []).isEmpty)
    }
}
