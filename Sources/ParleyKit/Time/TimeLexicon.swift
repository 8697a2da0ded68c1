/// The word lists the time tagger reads, loaded once from `Resources/`.
///
/// Each list is a data file with its own source header: `months-en.txt`,
/// `weekdays-en.txt`, `time-units.txt`, `time-numbers.txt`,
/// `time-ordinals.txt`, `time-seasons.txt`, `time-parts-of-day.txt`,
/// `time-year-context.txt`, `time-future-markers.txt`,
/// `time-report-cues.txt`, `time-weekday-name-words.txt`. All keys are lowercase.
struct TimeLexicon: Sendable {
    /// Month name or abbreviation → month number (1–12).
    let months: [String: Int]
    /// Full month names (not abbreviations).
    let fullMonthNames: Set<String>
    /// Weekday name or abbreviation → ISO weekday (1 = Monday).
    let weekdays: [String: Int]
    /// Full weekday names.
    let fullWeekdayNames: Set<String>
    /// Unit word (singular or plural) → TIMEX3 unit code (`D`, `W`, `M`, `Y`, `DE`, `CE`, `H`, `TM` for minutes, `S`).
    let units: [String: String]
    /// Number word → value; nil for a vague amount ("several"), written `X`.
    let numbers: [String: Int?]
    /// Ordinal word → value.
    let ordinals: [String: Int]
    /// Season word → TIMEX3 season code.
    let seasons: [String: String]
    /// Part-of-day word → TIMEX3 code.
    let partsOfDay: [String: String]
    /// Words before a four-digit number that make it a year.
    let yearContext: Set<String>
    /// Words that mark a clause as future.
    let futureMarkers: Set<String>
    /// Reporting words and phrases, each split into lowercase words.
    let reportCues: [[String]]
    /// Words that make a name right after a weekday ("Sunday Times", "Monday Club").
    let weekdayNameWords: Set<String>
    /// Whole names that end in a weekday ("mail on sunday"), each split into lowercase words.
    let weekdayNames: [[String]]
    /// Every word a time pattern may start with (`TimexRecognizer.mayStart(at:)`): the words the patterns
    /// test at their first token (`TimexRecognizer.patternStartWords`) and every month, weekday, ordinal,
    /// season and unit word of the lists above.
    let startWords: Set<String>

    /// The lists, read once.
    static let shared = TimeLexicon()

    private init() {
        func table(_ name: String) -> [(String, [String])] {
            ResourceFile.lines(name).compactMap { line in
                let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { String($0).lowercased() }
                guard fields.count >= 2 else { return nil }
                return (fields[0], Array(fields.dropFirst()))
            }
        }
        var months: [String: Int] = [:]
        var fullMonths: Set<String> = []
        for (number, names) in table("months-en.txt") {
            guard let n = Int(number) else { continue }
            for name in names { months[name] = n }
            if let first = names.first { fullMonths.insert(first) }
        }
        self.months = months
        self.fullMonthNames = fullMonths
        var weekdays: [String: Int] = [:]
        var fullWeekdays: Set<String> = []
        for (number, names) in table("weekdays-en.txt") {
            guard let n = Int(number) else { continue }
            for name in names { weekdays[name] = n }
            if let first = names.first { fullWeekdays.insert(first) }
        }
        self.weekdays = weekdays
        self.fullWeekdayNames = fullWeekdays
        var units: [String: String] = [:]
        for (code, words) in table("time-units.txt") {
            for word in words { units[word] = code.uppercased() }
        }
        self.units = units
        var numbers: [String: Int?] = [:]
        for (word, values) in table("time-numbers.txt") {
            numbers[word] = Int(values[0])
        }
        self.numbers = numbers
        var ordinals: [String: Int] = [:]
        for (word, values) in table("time-ordinals.txt") {
            if let v = Int(values[0]) { ordinals[word] = v }
        }
        self.ordinals = ordinals
        var seasons: [String: String] = [:]
        for (code, words) in table("time-seasons.txt") {
            for word in words { seasons[word] = code.uppercased() }
        }
        self.seasons = seasons
        var parts: [String: String] = [:]
        for (code, words) in table("time-parts-of-day.txt") {
            for word in words { parts[word] = code.uppercased() }
        }
        self.partsOfDay = parts
        self.yearContext = Set(ResourceFile.lines("time-year-context.txt").map { $0.lowercased() })
        self.futureMarkers = Set(ResourceFile.lines("time-future-markers.txt").map { $0.lowercased() })
        self.reportCues = ResourceFile.lines("time-report-cues.txt").map { $0.lowercased().split(separator: " ").map(String.init) }
        let nameLines = ResourceFile.lines("time-weekday-name-words.txt").map { $0.lowercased().split(separator: " ").map(String.init) }
        self.weekdayNameWords = Set(nameLines.filter { $0.count == 1 }.map { $0[0] })
        self.weekdayNames = nameLines.filter { $0.count > 1 }
        var start = TimexRecognizer.patternStartWords
        for words in [Array(months.keys), Array(weekdays.keys), Array(ordinals.keys), Array(seasons.keys), Array(units.keys)] {
            start.formUnion(words)
        }
        self.startWords = start
    }
}
