import Foundation

/// Parses the query syntax of DESIGN.md into a `Query`.
///
/// ```
/// person:Ostrander topic:"bilateral relations" after:2021-06-01 before:2021-06-30
/// said:announced source:tass kind:direct words "exact phrase" -excluded OR other
/// ```
///
/// - Field terms are `field:value` or `field:"quoted value"`. Fields:
///   `person`, `mentions`, `topic`, `after`, `before`, `said`, `source`, `kind`.
/// - Plain words and `"phrases"` must all occur; `a OR b` makes either enough.
/// - `-word` or `-"phrase"` must not occur.
/// - `OR` with no term on one side, and a `-` with no term after it, are
///   errors (rather than matching everything, or nothing).
/// - An unknown field (`speakr:X`) is an error that lists the fields, so a
///   typo does not silently match nothing; a value that starts with `/`
///   (`http://…`) is a plain word. An empty value, a bad `kind:` and a date
///   that is not a calendar date are errors too.
extension Query {
    /// Why a query string could not be parsed.
    public struct ParseError: Error, Equatable, CustomStringConvertible {
        /// What is wrong, for a person.
        public var reason: String
        /// Scalar offset in the query string where the problem starts.
        public var offset: Int
        /// `query: reason (at column N)`, columns counted from 1.
        public var description: String { "query: \(reason) (at column \(offset + 1))" }
    }

    /// Parses `string`.
    ///
    /// - Throws: `Query.ParseError` for an unclosed quote (at the quote), an
    ///   `OR` without a term on each side, a `-` without a term after it, an unknown field,
    ///   a field with no value, an unknown `kind:` or a date that is not
    ///   `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day.
    public static func parse(_ string: String) throws -> Query {
        var query = Query()
        var orPending = false
        let terms = try tokenize(string)
        func isOr(_ term: Term) -> Bool { term.raw == "OR" && !term.quoted }
        for (index, term) in terms.enumerated() {
            if isOr(term) {
                // "a OR b": a term on each side; a lone OR, or OR at either end, would match everything silently
                guard index > 0, index + 1 < terms.count, !isOr(terms[index - 1]), !isOr(terms[index + 1]) else {
                    throw ParseError(reason: "OR needs a term on each side", offset: term.offset)
                }
                orPending = !query.words.isEmpty
                continue
            }
            if term.raw == "-" && !term.quoted {
                throw ParseError(reason: "- needs a term after it (with no space: -word)", offset: term.offset)
            }
            if term.negated {
                query.excluded.append(term.value)
                orPending = false
                continue
            }
            if let field = term.field {
                let value = term.value
                if value.trimmingCharacters(in: .whitespaces).isEmpty {
                    throw ParseError(reason: "\(field): has no value", offset: term.offset)
                }
                switch field {
                case "person", "speaker": query.persons.append(value)
                case "mentions", "mention": query.mentions.append(value)
                case "topic": query.topics.append(value)
                case "said", "cue": query.cues.append(value)
                case "source", "outlet": query.sources.append(value)
                case "kind":
                    guard let kind = StatementKind(rawValue: value.lowercased()) else {
                        throw ParseError(reason: "kind must be direct, indirect or mixed, not \"\(value)\"", offset: term.offset)
                    }
                    query.kinds.append(kind)
                case "after", "before":
                    guard isDate(value) else {
                        throw ParseError(reason: "\(field): takes YYYY, YYYY-MM or YYYY-MM-DD, not \"\(value)\"", offset: term.offset)
                    }
                    if field == "after" { query.after = value } else { query.before = value }
                default:
                    guard value.hasPrefix("/") else {
                        throw ParseError(reason: "unknown field \"\(field):\"; the fields are person, mentions, topic, after, before, said, source, kind", offset: term.offset)
                    }
                    query.addWord(term.raw, or: orPending)
                }
                orPending = false
                continue
            }
            query.addWord(term.value, or: orPending)
            orPending = false
        }
        return query
    }

    private mutating func addWord(_ word: String, or: Bool) {
        guard !word.isEmpty else { return }
        if or, !words.isEmpty { words[words.count - 1].append(word) } else { words.append([word]) }
    }

    private static func isDate(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4 else { return false }
        for (i, part) in parts.enumerated() {
            guard part.allSatisfy({ $0.isASCII && $0.isNumber }), i == 0 || part.count == 2 else { return false }
        }
        if parts.count >= 2, !(1...12).contains(Int(parts[1]) ?? 0) { return false }
        if parts.count == 3 {
            let year = Int(parts[0]) ?? 0, month = Int(parts[1]) ?? 0, day = Int(parts[2]) ?? 0
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            guard (1...days).contains(day) else { return false }
        }
        return true
    }

    private struct Term {
        var raw: String
        var field: String?
        var value: String
        var negated: Bool
        var quoted: Bool
        var offset: Int
    }

    private static func tokenize(_ string: String) throws -> [Term] {
        let s = Array(string.unicodeScalars)
        var terms: [Term] = []
        var i = 0
        func isQuote(_ c: Unicode.Scalar) -> Bool { c == "\"" || c == "\u{201C}" || c == "\u{201D}" }
        while i < s.count {
            if s[i].properties.isWhitespace { i += 1; continue }
            let start = i
            var negated = false
            if s[i] == "-" && i + 1 < s.count && !s[i + 1].properties.isWhitespace { negated = true; i += 1 }
            var field: String?
            var j = i
            while j < s.count, s[j].properties.isAlphabetic { j += 1 }
            if j > i, j < s.count, s[j] == ":" {
                field = String(String.UnicodeScalarView(s[i..<j])).lowercased()
                i = j + 1
            }
            var value = String.UnicodeScalarView()
            var quoted = false
            if i < s.count, isQuote(s[i]) {
                quoted = true
                let quote = i
                i += 1
                while i < s.count, !isQuote(s[i]) { value.append(s[i]); i += 1 }
                guard i < s.count else { throw ParseError(reason: "the quote opened here is not closed", offset: quote) }
                i += 1
            } else {
                while i < s.count, !s[i].properties.isWhitespace { value.append(s[i]); i += 1 }
            }
            let raw = String(String.UnicodeScalarView(s[start..<i]))
            terms.append(Term(raw: raw, field: field, value: String(value), negated: negated, quoted: quoted, offset: start))
        }
        return terms
    }
}
