import XCTest
@testable import ParleyKit

/// One test per construction the tagger knows, each on sentences written for it.
final class TimeTaggerTests: XCTestCase {
    // MARK: dates with and without a year

    func testWeekdayWithDateTakesYearFromDCT() {
        let found = TimeTestSupport.tags("This was announced on Saturday, June 5, by the press secretary.", dct: "2021-06-05")
        AssertTimex(found, "Saturday, June 5", .date, "2021-06-05")
    }

    func testFullDates() {
        let found = TimeTestSupport.tags("The law took effect on 5 June 2021. It was drafted on June 4, 2020 and revised on Saturday 5 June 2021.", dct: "2021-07-01")
        AssertTimex(found, "5 June 2021", .date, "2021-06-05")
        AssertTimex(found, "June 4, 2020", .date, "2020-06-04")
        AssertTimex(found, "Saturday 5 June 2021", .date, "2021-06-05")
    }

    func testMonthAndYearNeverGetsADay() {
        let found = TimeTestSupport.tags("Prices peaked in June 2021 and fell in June.", dct: "2021-09-15")
        AssertTimex(found, "June 2021", .date, "2021-06")
        AssertTimex(found, "June", .date, "2021-06")
    }

    func testYearAlone() {
        let found = TimeTestSupport.tags("The party was founded in 2021. Its rival dates from 1998.", dct: nil)
        AssertTimex(found, "2021", .date, "2021")
        AssertTimex(found, "1998", .date, "1998")
    }

    func testAbbreviatedMonthAndOrdinalDay() {
        let found = TimeTestSupport.tags("Officials met on Jan. 5 and again since 28th October. The fund opened on June 4.", dct: "2016-10-30")
        AssertTimex(found, "Jan. 5", .date, "2016-01-05")
        AssertTimex(found, "28th October", .date, "2016-10-28")
        AssertTimex(found, "June 4", .date, "2016-06-04")
    }

    func testYearlessDateTakesNearestYear() {
        // late December in an article of early January is last year's
        let found = TimeTestSupport.tags("The deal was signed on December 28.", dct: "2022-01-03")
        AssertTimex(found, "December 28", .date, "2021-12-28")
    }

    func testTenseChoosesTheSideOfTheDCT() {
        // past: the last 16 June before the DCT; future: the next one
        AssertTimex(TimeTestSupport.tags("The summit was held on June 16.", dct: "2021-03-01"), "June 16", .date, "2020-06-16")
        AssertTimex(TimeTestSupport.tags("The summit is to be held on June 16.", dct: "2021-09-01"), "June 16", .date, "2022-06-16")
        AssertTimex(TimeTestSupport.tags("The bilateral summit to be held in Geneva on June 16 is near.", dct: "2021-06-05"), "June 16", .date, "2021-06-16")
    }

    func testYearlessDayJustAfterTheDCTIsTheSameYear() {
        // a wire story filed on 2 March with a dateline of the next day, in a past clause: 3 March of the same year,
        // not of the year before; a week after the DCT the past wins again
        AssertTimex(TimeTestSupport.tags("PEKING, March 3 - The leader told visitors the troubles were over.", dct: "1987-03-02"),
                    "March 3", .date, "1987-03-03")
        AssertTimex(TimeTestSupport.tags("TOKYO, Feb 27 - The exchange said it raised margins.", dct: "1987-02-26"), "Feb 27", .date, "1987-02-27")
        AssertTimex(TimeTestSupport.tags("The bank said on March 9 that it cut rates.", dct: "1987-03-02"), "March 9", .date, "1986-03-09")
    }

    func testNoDCTKeepsUnknownYear() {
        let found = TimeTestSupport.tags("The summit will take place on June 16 in Geneva.", dct: nil)
        AssertTimex(found, "June 16", .date, "XXXX-06-16")
    }

    // MARK: numeric dates

    func testISODate() {
        AssertTimex(TimeTestSupport.tags("Filed 2021-06-04 by the clerk.", dct: nil), "2021-06-04", .date, "2021-06-04")
    }

    func testNumericDateFollowsArticleConvention() {
        // the article writes "4 June": day first
        let british = TimeTestSupport.tags("The vote on 4 June was close. A recount followed on 04/06/2021.", dct: nil)
        AssertTimex(british, "04/06/2021", .date, "2021-06-04")
        // the article writes "June 4": month first
        let american = TimeTestSupport.tags("The vote on June 4 was close. A recount followed on 04/06/2021.", dct: nil)
        AssertTimex(american, "04/06/2021", .date, "2021-04-06")
        // a number above 12 settles it
        AssertTimex(TimeTestSupport.tags("Filed on 25/12/2021.", dct: nil), "25/12/2021", .date, "2021-12-25")
        // an explicit order wins
        AssertTimex(TimeTestSupport.tags("Filed on 04/06/2021.", dct: nil, order: .monthDay), "04/06/2021", .date, "2021-04-06")
        // a European dotted date is day first
        AssertTimex(TimeTestSupport.tags("Filed on 4.6.2021.", dct: nil, order: .monthDay), "4.6.2021", .date, "2021-06-04")
    }

    func testShortNumericDateAfterPreposition() {
        let found = TimeTestSupport.tags("Polls opened on 6/4 across the state.", dct: "2021-06-10", order: .monthDay)
        AssertTimex(found, "6/4", .date, "2021-06-04")
        XCTAssertTrue(TimeTestSupport.tags("Half the seats, or 1/2 of them, changed hands.", dct: "2021-06-10").isEmpty)
    }

    // MARK: weekdays

    func testWeekdaysByTenseAndModifier() {
        // Friday 8 March 2019
        let found = TimeTestSupport.tags("The minister said on Friday that talks failed. On Monday, envoys met. They will meet again next Monday, not last Friday. The vote is on Tuesday, officials will say.", dct: "2019-03-08")
        AssertTimex(found, "Friday", .date, "2019-03-08")
        AssertTimex(found, "Monday", .date, "2019-03-04")
        AssertTimex(found, "next Monday", .date, "2019-03-11")
        AssertTimex(found, "last Friday", .date, "2019-03-01")
        AssertTimex(found, "Tuesday", .date, "2019-03-12")
    }

    func testWeekdayRightAfterTheCue() {
        // American style: "said Friday" with no "on"; a Friday article
        AssertTimex(TimeTestSupport.tags("A Homeland Security official said Friday that hackers struck.", dct: "2016-09-30"), "Friday", .date, "2016-09-30")
    }

    func testCoarseDCTStillGivesYears() {
        AssertTimex(TimeTestSupport.tags("The vote was held on March 3.", dct: "2021-04"), "March 3", .date, "2021-03-03")
    }

    func testOddInputDoesNotTrap() {
        for text in ["", " ", "\n\n", "2021", "June", "on 6/", "12:", "the day", "in 7", "Q", "'", "1/2/3/4/5", "🇺🇦 2021-13-45 99/99/9999", "May"] {
            _ = TimeTestSupport.tags(text, dct: "2021-06-05")
            _ = TimeTestSupport.tags(text, dct: nil)
        }
        XCTAssertTrue(TimeTestSupport.tags("2021-13-45 and 99/99/9999", dct: nil).isEmpty)
    }

    func testWeekdayWithPartOfDay() {
        // Sunday 30 October 2016
        AssertTimex(TimeTestSupport.tags("The floods hit on Friday evening.", dct: "2016-10-30"), "Friday evening", .time, "2016-10-28TEV")
    }

    func testWeekdayWithoutDCT() {
        AssertTimex(TimeTestSupport.tags("The talks ended on Tuesday.", dct: nil), "Tuesday", .date, "XXXX-WXX-2")
    }

    func testWeekdayAsPartOfAName() {
        XCTAssertTrue(TimeTestSupport.tags("Shops expect record sales this year on Black Friday.", dct: "2019-03-08").allSatisfy { $0.0 != "Friday" })
    }

    func testWeekdayInsideANewspaperOrClubName() {
        // newspapers and clubs named after a weekday are no time expressions
        let text = "A report in the Sunday Telegraph claims the plan failed. Sunday Times reporters agreed. The Mail on Sunday said so too, "
            + "as did the Sunday Business. He joined the Monday Club. He told Sky News' Sunday with Adam Boulton and the BBC's Sunday Programme. "
            + "A book by Sunday Telegraph journalist Robert Peston came out."
        let found = TimeTestSupport.tags(text, dct: "2005-02-07")
        XCTAssertTrue(found.isEmpty, "\(found)")
        // a weekday after a date word stays a date, even before a capitalised word
        AssertTimex(TimeTestSupport.tags("On Sunday Post Office workers went on strike.", dct: "2005-02-07"), "Sunday", .date, "2005-02-06")
        AssertTimex(TimeTestSupport.tags("On Sunday, the Telegraph said the plan failed.", dct: "2005-02-07"), "Sunday", .date, "2005-02-06")
        AssertTimex(TimeTestSupport.tags("The Times on Saturday wrote that talks failed.", dct: "2005-02-07"), "Saturday", .date, "2005-02-05")
        AssertTimex(TimeTestSupport.tags("Russia's Sunday election was calm.", dct: "2005-02-07"), "Sunday", .date, "2005-02-06")
    }

    // MARK: relative expressions

    func testDeicticDays() {
        let found = TimeTestSupport.tags("Yesterday the court ruled. Today the minister resigned. Tomorrow parliament votes.", dct: "2020-02-29")
        AssertTimex(found, "Yesterday", .date, "2020-02-28")
        AssertTimex(found, "Today", .date, "2020-02-29")
        AssertTimex(found, "Tomorrow", .date, "2020-03-01")
    }

    func testAnaphoricDaysFollowTheDateInForce() {
        let text = "On June 4, the army crossed the border. The day before, envoys had met. The next day, talks resumed. Earlier in the day, shots were fired. On the same day, the UN met. Two days later, a truce began."
        let found = TimeTestSupport.tags(text, dct: "2021-06-20")
        AssertTimex(found, "June 4", .date, "2021-06-04")
        AssertTimex(found, "The day before", .date, "2021-06-03")
        // "the day before" moved the date in force to 3 June, so "the next day" is 4 June
        AssertTimex(found, "The next day", .date, "2021-06-04")
        AssertTimex(found, "Earlier in the day", .date, "2021-06-04")
        AssertTimex(found, "the same day", .date, "2021-06-04")
        AssertTimex(found, "Two days later", .date, "2021-06-06")
    }

    func testAnaphoricWithoutADateInForceUsesDCT() {
        let found = TimeTestSupport.timexes("The day before, the minister left.", dct: "2021-06-05")
        XCTAssertEqual(found.first?.value, "2021-06-04")
        XCTAssertEqual(found.first?.isRelative, true)
        XCTAssertEqual(found.first?.anchor, "2021-06-05")
    }

    func testTheDayBeforeAnEventIsNotAnaphoric() {
        XCTAssertTrue(TimeTestSupport.tags("Crowds gathered the day before the vote.", dct: "2021-06-05").isEmpty)
    }

    func testCountedShifts() {
        let found = TimeTestSupport.tags("A week ago the mayor quit. The council meets 7 days from now. A vote follows in 7 days.", dct: "2018-11-20")
        AssertTimex(found, "A week ago", .date, "2018-11-13")
        AssertTimex(found, "7 days from now", .date, "2018-11-27")
        AssertTimex(found, "7 days", .date, "2018-11-27")
    }

    func testCalendarPeriods() {
        let found = TimeTestSupport.tags("Last month exports fell. This year looks better. Shares rose over the last week. Last week the board met. Next month it meets again.", dct: "2017-05-10")
        AssertTimex(found, "Last month", .date, "2017-04")
        AssertTimex(found, "This year", .date, "2017")
        AssertTimex(found, "the last week", .duration, "P1W")
        AssertTimex(found, "Last week", .date, "2017-W18")
        AssertTimex(found, "Next month", .date, "2017-06")
    }

    // MARK: times, durations, sets, seasons, quarters, decades

    func testClockTimes() {
        let found = TimeTestSupport.tags("The plane landed at 4:49 PM on June 5. Talks began at 7 a.m. and ended at noon.", dct: "2021-06-05")
        AssertTimex(found, "4:49 PM", .time, "2021-06-05T16:49")
        AssertTimex(found, "7 a.m.", .time, "2021-06-05T07:00")
        AssertTimex(found, "noon", .time, "2021-06-05T12:00")
        XCTAssertTrue(TimeTestSupport.tags("It happened at 4:49 PM.", dct: nil).contains { $0.2.hasSuffix("T16:49") })
    }

    func testDurationsAreNotDates() {
        let found = TimeTestSupport.tags("The strike lasted a month. Talks took two weeks, then 24 hours, then several years.", dct: "2021-06-05")
        AssertTimex(found, "a month", .duration, "P1M")
        AssertTimex(found, "two weeks", .duration, "P2W")
        AssertTimex(found, "24 hours", .duration, "PT24H")
        AssertTimex(found, "several years", .duration, "PXY")
    }

    func testRecurrences() {
        let found = TimeTestSupport.tags("The board meets every week and reports twice a year. Prayers are held every Monday.", dct: nil)
        AssertTimex(found, "every week", .set, "P1W")
        AssertTimex(found, "twice a year", .set, "P1Y")
        AssertTimex(found, "every Monday", .set, "XXXX-WXX-1")
    }

    func testSeasonsQuartersDecades() {
        let found = TimeTestSupport.tags("Sales slumped in the summer of 2021 and in the first quarter of 2021, as in Q3 2019 and during the 2010s.", dct: nil)
        AssertTimex(found, "the summer of 2021", .date, "2021-SU")
        AssertTimex(found, "the first quarter of 2021", .date, "2021-Q1")
        AssertTimex(found, "Q3 2019", .date, "2019-Q3")
        AssertTimex(found, "the 2010s", .date, "201")
        // "last summer" is the latest summer already begun: in October, this year's; in April, last year's
        let autumn = TimeTestSupport.tags("Growth slowed last summer and this winter.", dct: "2021-10-01")
        AssertTimex(autumn, "last summer", .date, "2021-SU")
        AssertTimex(autumn, "this winter", .date, "2021-WI")
        AssertTimex(TimeTestSupport.tags("Growth slowed last summer.", dct: "2021-04-01"), "last summer", .date, "2020-SU")
        // a bare season takes the clause's tense: a fourth dose "will be required in the summer" of next year
        let future = TimeTestSupport.tags("A fourth dose will be required in the summer, at the latest in the fall.", dct: "2021-12-11")
        AssertTimex(future, "the summer", .date, "2022-SU")
        AssertTimex(future, "the fall", .date, "2022-FA")
        AssertTimex(TimeTestSupport.tags("Prices rose in the summer.", dct: "2021-12-11"), "the summer", .date, "2021-SU")
    }

    // MARK: what is not a date

    func testNumbersThatAreNotYears() {
        let found = TimeTestSupport.tags("The case number is 2882015. Some 2021 people signed, and 1500 troops left. Call 2020 now.", dct: "2021-06-05")
        XCTAssertFalse(found.contains { $0.1 == .date && $0.2.first?.isNumber == true }, "\(found)")
    }

    func testModalMayAndNamesAreNotMonths() {
        let found = TimeTestSupport.tags("They may agree. April Ryan asked a question, and June Carter sang.", dct: "2021-06-05")
        XCTAssertTrue(found.isEmpty, "\(found)")
    }

    func testSpansCountUnicodeScalars() {
        let text = "“Café” owners said on June 4 that 🇺🇦 flags flew."
        let found = TimeTestSupport.timexes(text, dct: "2021-06-05")
        XCTAssertEqual(found.first?.span, TimeTestSupport.span(of: "June 4", in: text))
        XCTAssertEqual(found.first?.text, "June 4")
    }
}
