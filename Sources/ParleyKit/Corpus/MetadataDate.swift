import Foundation

/// Reads the publication date that an input's metadata gives (an RSS
/// `pubDate`, an Atom `updated`, a JSON `date` field, a Reuters `<DATE>`)
/// into a document creation time (DCT).
///
/// The forms read, with what is left after the date ignored (a time, a zone):
/// - ISO 8601 and its RFC 3339 profile: `2016-02-01`, `2016-02-01T17:54:50+01:00`,
///   `2016-02-01 17:54`, also with `/` or `.` between the parts (`2016/02/01`);
/// - RFC 822 / RFC 1123 (RSS 2.0 `pubDate`): `Wed, 31 Jan 2018 20:15:15 GMT`, with
///   or without the weekday, a two-digit year (`03 Apr 02` is 2002, RFC 822's own
///   form; 00–49 → 20xx, 50–99 → 19xx, the RFC 2822 §4.3 rule), and month names of
///   other languages (`Seg, 24 Set 2018`), listed in `metadata-month-names.txt`;
/// - the Reuters-21578 form `26-FEB-1987 15:01:01.79` (day-month-year with dashes);
/// - `Month D, YYYY` (`June 5, 2021`, `Jan. 5, 2021`) and `D Month YYYY`;
/// - a count of seconds (or, above 10^11, milliseconds) since 1970 (JSON dumps), see `date(epoch:)`.
///
/// The day is the one written, in the zone the date is written in (not
/// converted to UTC): `Fri, 21 Aug 2026 22:00:00 -0400` is 21 August, the
/// publisher's day. A date that is not a real day (31 February) or lies
/// outside the years 1800–2199 gives nil.
public enum MetadataDate {
    /// The DCT of a metadata date string, with provenance `metadata`; nil when it is not a date.
    ///
    /// - Parameter string: the field's text, e.g. `"Wed, 31 Jan 2018 20:15:15 GMT"`.
    /// - Returns: a DCT whose value is `YYYY-MM-DD`, or nil.
    public static func documentCreationTime(_ string: String) -> DocumentCreationTime? {
        parse(string).map { DocumentCreationTime(value: $0.timexValue, provenance: .metadata) }
    }

    /// The calendar day of a metadata date string (see the type's documentation for the forms read).
    ///
    /// - Returns: the day, or nil when the string holds none of the forms read.
    public static func parse(_ string: String) -> CalendarDate? {
        let tokens = tokenize(string)
        guard !tokens.isEmpty else { return nil }
        // ISO: a 4-digit year first, then month and day.
        if case .number(let y, let yDigits) = tokens[0], yDigits == 4 {
            if tokens.count >= 3, case .number(let m, _) = tokens[1], case .number(let d, _) = tokens[2] {
                return valid(y, m, d)
            }
            if yDigits == 4, tokens.count == 1, let compact = compactISO(string) { return compact }
            return nil
        }
        if tokens.count == 1, case .number(let n, let digits) = tokens[0], digits == 8 {
            return valid(n / 10000, n / 100 % 100, n % 100)
        }
        // D Month YYYY (RFC 822, Reuters) or Month D, YYYY; a leading weekday ("Wed", "Seg") is passed over.
        if let date = dayMonthYear(tokens, at: 0) { return date }
        if case .word = tokens[0] { return dayMonthYear(tokens, at: 1) }
        return nil
    }

    private static func dayMonthYear(_ tokens: [Token], at i: Int) -> CalendarDate? {
        guard i + 2 < tokens.count else { return nil }
        switch (tokens[i], tokens[i + 1], tokens[i + 2]) {
        case (.number(let d, let dDigits), .word(let w), .number(let y, let yDigits)) where dDigits <= 2 && (yDigits == 2 || yDigits == 4):
            guard let m = month(w) else { return nil }
            return valid(fullYear(y, digits: yDigits), m, d)
        case (.word(let w), .number(let d, let dDigits), .number(let y, let yDigits)) where dDigits <= 2 && yDigits == 4:
            guard let m = month(w) else { return nil }
            return valid(y, m, d)
        default:
            return nil
        }
    }

    /// The day (UTC) of a count of seconds since 1970-01-01T00:00:00Z; a count
    /// above 10^11 is taken as milliseconds (10^11 seconds is the year 5138, so
    /// no real date is misread).
    ///
    /// - Returns: the day, or nil outside 1800–2199.
    public static func date(epoch: Double) -> CalendarDate? {
        let seconds = abs(epoch) > 1e11 ? epoch / 1000 : epoch
        guard seconds.isFinite else { return nil }
        let date = CalendarDate(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
        return (1800...2199).contains(date.year) ? date : nil
    }

    private enum Token { case number(Int, digits: Int), word(String) }

    /// Letters runs and digit runs; everything else separates. A time ("20:15:15") gives numbers after the date, ignored.
    private static func tokenize(_ string: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var isDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if isDigits {
                if current.count <= 9, let n = Int(current) { tokens.append(.number(n, digits: current.count)) } else { tokens.append(.word(current)) }
            } else {
                tokens.append(.word(current.lowercased()))
            }
            current = ""
        }
        for scalar in string.unicodeScalars.prefix(80) {
            let digit = scalar.isASCII && scalar.properties.numericType == .decimal
            if digit || scalar.properties.isAlphabetic {
                if !current.isEmpty, digit != isDigits { flush() }
                isDigits = digit
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
            if tokens.count >= 6 { break }
        }
        flush()
        return tokens
    }

    private static func compactISO(_ string: String) -> CalendarDate? {
        let digits = string.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 8, let n = Int(digits) else { return nil }
        return valid(n / 10000, n / 100 % 100, n % 100)
    }

    private static func fullYear(_ y: Int, digits: Int) -> Int {
        guard digits <= 2 else { return y }
        return y < 50 ? 2000 + y : 1900 + y
    }

    private static func valid(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate? {
        let date = CalendarDate(year: y, month: m, day: d)
        return (1800...2199).contains(y) && date.isValid ? date : nil
    }

    /// Month number of a month name or abbreviation (any language listed in the data file), lowercased, a final dot dropped.
    static func month(_ word: String) -> Int? {
        monthNames[word.lowercased()]
    }

    /// `metadata-month-names.txt`: spelling → month number.
    private static let monthNames: [String: Int] = {
        var names: [String: Int] = [:]
        for line in ResourceFile.lines("metadata-month-names.txt") {
            guard let colon = line.firstIndex(of: ":"), let number = Int(line[..<colon].trimmingCharacters(in: .whitespaces)) else { continue }
            for name in line[line.index(after: colon)...].split(separator: ",") {
                names[name.trimmingCharacters(in: .whitespaces).lowercased()] = number
            }
        }
        return names
    }()
}
