import Foundation

/// A day of the proleptic Gregorian calendar, with the arithmetic TIMEX3
/// normalisation needs: adding days and months, weekdays, ISO weeks.
///
/// It never reads the machine's clock or time zone: a `CalendarDate` is
/// three numbers. Day arithmetic goes through the day count from
/// 1970-01-01 (Howard Hinnant's `days_from_civil` / `civil_from_days`
/// algorithms, http://howardhinnant.github.io/date_algorithms.html).
public struct CalendarDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2021.
    public var year: Int
    /// The month, 1–12.
    public var month: Int
    /// The day of the month, 1–31.
    public var day: Int

    /// Makes a date; the numbers are not checked, use `isValid`.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Makes the date `days` days after 1970-01-01 (negative: before).
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Reads `YYYY-MM-DD` (a longer TIMEX3 value such as `2021-06-04T16:49` is cut to its day); nil for anything else.
    public init?(timex value: String) {
        let parts = value.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
        guard isValid else { return nil }
    }

    /// Days from 1970-01-01 to this date (negative before it).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// True for a leap year of the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// True when month and day exist in the year (no 31 June, no 29 February 2021).
    public var isValid: Bool {
        (1...12).contains(month) && day >= 1 && day <= CalendarDate.daysIn(month: month, year: year)
    }

    /// ISO 8601 weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday.
    public var weekday: Int {
        let r = ((daysSinceEpoch % 7) + 7) % 7
        return (r + 3) % 7 + 1
    }

    /// The date `n` days later (earlier for negative `n`).
    public func adding(days n: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + n) }

    /// The date `n` months later, the day clamped to the month's length (31 March + 1 month = 30 April).
    public func adding(months n: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + n
        let y = Int((Double(total) / 12).rounded(.down))
        let m = total - y * 12 + 1
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
    }

    /// The ISO 8601 week-numbering year and week (1–53) of this date.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let firstOfYear = CalendarDate(year: thursday.year, month: 1, day: 1)
        let ordinal = thursday.daysSinceEpoch - firstOfYear.daysSinceEpoch
        return (thursday.year, ordinal / 7 + 1)
    }

    /// `YYYY-MM-DD`.
    public var timexValue: String { "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))" }
    /// `YYYY-MM`.
    public var monthValue: String { "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))" }
    /// `YYYY-Www`, the ISO week.
    public var weekValue: String { let w = isoWeek; return "\(CalendarDate.pad(w.year, 4))-W\(CalendarDate.pad(w.week, 2))" }
    /// `YYYY-MM-DD`, for messages.
    public var description: String { timexValue }

    /// Orders by day.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    /// `n` written with at least `width` digits.
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Today's date in UTC from the system clock. Only the outermost caller
    /// (the command line) should use it; everything below takes "today" as a
    /// parameter so that results do not depend on the clock.
    public static func todayUTC() -> CalendarDate {
        let seconds = Int(Date().timeIntervalSince1970)
        return CalendarDate(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }
}

/// The parts of a TIMEX3 DATE value, as far as they are given (`2021-06`, `XXXX-06-16`, `2021`).
///
/// Used to tell a value's granularity and to compare values; a missing part is nil.
public struct TimexValueParts: Hashable, Sendable {
    /// The year, nil for `XXXX`.
    public var year: Int?
    /// The month, nil when not given.
    public var month: Int?
    /// The day, nil when not given.
    public var day: Int?

    /// Reads the leading `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of a TIMEX3 value (`XXXX` for an unknown year);
    /// nil for durations, weeks, seasons, decades and references such as `PRESENT_REF`.
    public init?(_ value: String) {
        let head = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? value
        let parts = head.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, first.count == 4 else { return nil }
        if first == "XXXX" { year = nil } else if let y = Int(first) { year = y } else { return nil }
        month = nil
        day = nil
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count >= 3 {
            guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return nil }
            day = d
        }
        if parts.count > 3 { return nil }
    }

    /// The full date, when year, month and day are all known.
    public var date: CalendarDate? {
        guard let year, let month, let day else { return nil }
        let d = CalendarDate(year: year, month: month, day: day)
        return d.isValid ? d : nil
    }
}
