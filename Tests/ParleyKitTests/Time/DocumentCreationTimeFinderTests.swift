import XCTest
@testable import ParleyKit

final class DocumentCreationTimeFinderTests: XCTestCase {
    func find(_ text: String, source: String = "article.txt", published: DocumentCreationTime? = nil, today: CalendarDate) -> DocumentCreationTime? {
        let article = Article(source: source, text: text, published: published)
        let scalars = ScalarText(text)
        return DocumentCreationTimeFinder.find(article: article, text: scalars, sentences: SentenceSplitter.split(scalars), today: today)
    }

    let today = CalendarDate(year: 2026, month: 11, day: 30)

    func testPublishedWins() {
        let published = DocumentCreationTime(value: "2020-01-02", provenance: .commandLine)
        XCTAssertEqual(find("MOSCOW, June 5 (Reuters) - Talks.", source: "cnn_2016-03-11_x.txt", published: published, today: today), published)
    }

    func testDatelineWithYearFromFileName() {
        let dct = find("MOSCOW, June 5 (Reuters) - Talks will resume.", source: "/corpus/reuters_2021-06-06_talks.txt", today: today)
        XCTAssertEqual(dct, DocumentCreationTime(value: "2021-06-05", provenance: .dateline))
    }

    func testDatelineWithoutYearTakesLatestNotAfterToday() {
        let dct = find("WASHINGTON, Jan. 5 (AP) — The Senate met.", today: CalendarDate(year: 2021, month: 3, day: 1))
        XCTAssertEqual(dct, DocumentCreationTime(value: "2021-01-05", provenance: .dateline))
        let written = find("LONDON, 5 June 2019 - Markets fell.", today: today)
        XCTAssertEqual(written, DocumentCreationTime(value: "2019-06-05", provenance: .dateline))
    }

    func testFileNameDates() {
        XCTAssertEqual(find("Text.", source: "polnear/dev/text/breitbart_2016-09-12_stealth.txt", today: today),
                       DocumentCreationTime(value: "2016-09-12", provenance: .fileName))
        XCTAssertEqual(find("Text.", source: "https://example.com/news/2016/09/12/story.html", today: today)?.value, "2016-09-12")
        XCTAssertEqual(find("Text.", source: "scan_20160912.txt", today: today)?.value, "2016-09-12")
        XCTAssertNil(find("Text.", source: "case_2882015.txt", today: today))
    }

    func testWeekdayWithDateFixesTheYear() {
        let text = "Talks are not planned. This was announced on Saturday, June 5, by the press secretary."
        // the latest year not after today in which 5 June is a Saturday
        XCTAssertEqual(find(text, today: today), DocumentCreationTime(value: "2021-06-05", provenance: .weekdayAndDate))
        XCTAssertEqual(find(text, today: CalendarDate(year: 2021, month: 6, day: 4))?.value, "2010-06-05")
    }

    func testNothingToGoBy() {
        XCTAssertNil(find("The minister said on Tuesday that talks failed.", today: today))
    }

    func testCalendarArithmetic() {
        XCTAssertEqual(CalendarDate(year: 2021, month: 6, day: 5).weekday, 6)
        XCTAssertEqual(CalendarDate(year: 1970, month: 1, day: 1).daysSinceEpoch, 0)
        XCTAssertEqual(CalendarDate(year: 2020, month: 3, day: 1).adding(days: -1), CalendarDate(year: 2020, month: 2, day: 29))
        XCTAssertEqual(CalendarDate(year: 2021, month: 3, day: 31).adding(months: 1), CalendarDate(year: 2021, month: 4, day: 30))
        XCTAssertEqual(CalendarDate(year: 2021, month: 1, day: 15).adding(months: -2), CalendarDate(year: 2020, month: 11, day: 15))
        XCTAssertEqual(CalendarDate(year: 2021, month: 1, day: 1).weekValue, "2020-W53")
        XCTAssertEqual(CalendarDate(year: 2017, month: 5, day: 10).weekValue, "2017-W19")
        XCTAssertNil(CalendarDate(timex: "2021-02-29"))
    }
}
