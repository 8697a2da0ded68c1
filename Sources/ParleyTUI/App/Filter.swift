import ParleyKit

/// What narrows the timeline.
public enum Filter: Hashable, Sendable {
    /// Statements whose speaker is this person (by `StatementGraph.speakerKey`).
    case person(name: String, speakerKey: String)
    /// Statements that mention this entity.
    case mentions(name: String, entityID: String)
    /// Statements with this topic label.
    case topic(String)
    /// Statements that match a query typed at the `:` prompt (or given on the command line).
    case query(text: String, query: Query)

    /// How the status line shows it: `person: Dmitry Peskov`, `topic: summit`.
    public var label: String {
        switch self {
        case .person(let name, _): return "person: \(name)"
        case .mentions(let name, _): return "mentions: \(name)"
        case .topic(let label): return "topic: \(label)"
        case .query(let text, _): return text.contains(":") ? text : "query: \(text)"
        }
    }

    /// Indices of the matching statements of `graph`, in timeline order.
    public func statementIndices(in graph: StatementGraph) -> [Int] {
        switch self {
        case .person(_, let key): return graph.statementsBySpeaker[key] ?? []
        case .mentions(_, let id): return graph.statementsByMentionedEntity[id] ?? []
        case .topic(let label): return graph.statementsByTopic[label] ?? []
        case .query(_, let query): return graph.matching(query)
        }
    }
}

/// Turns the text of the `:` prompt into a `Query`.
///
/// Interim until ParleyKit's `Query.parse(String)` lands: it reads the
/// field terms of DESIGN.md's query language (`person:`, `mentions:`,
/// `topic:`, `after:`, `before:`, `said:`, `source:`, `kind:`), `"quoted
/// phrases"`, `-excluded` words and `OR` between words; everything else is a
/// plain word that must occur in the content, speaker or headline.
public enum QueryText {
    /// The query that `text` describes.
    public static func parse(_ text: String) -> Query {
        var query = Query()
        var pendingOr = false
        for token in tokens(text) {
            if token == "OR" { pendingOr = true; continue }
            if let colon = token.firstIndex(of: ":"), colon != token.startIndex {
                let field = token[..<colon].lowercased()
                let value = String(token[token.index(after: colon)...]).replacingOccurrences(of: "\"", with: "")
                switch field {
                case "person": query.persons.append(value); continue
                case "mentions": query.mentions.append(value); continue
                case "topic": query.topics.append(value); continue
                case "after": query.after = value; continue
                case "before": query.before = value; continue
                case "said": query.cues.append(value); continue
                case "source": query.sources.append(value); continue
                case "kind": if let kind = StatementKind(rawValue: value.lowercased()) { query.kinds.append(kind) }; continue
                default: break
                }
            }
            if token.hasPrefix("-") && token.count > 1 { query.excluded.append(String(token.dropFirst())); continue }
            if pendingOr, !query.words.isEmpty { query.words[query.words.count - 1].append(token) } else { query.words.append([token]) }
            pendingOr = false
        }
        return query
    }

    /// Splits at spaces, keeping `"quoted phrases"` (also after `field:`) whole, quotes removed from bare phrases.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle(); if current.contains(":") { current.append(character) }; continue }
            if character == " " && !quoted {
                if !current.isEmpty { tokens.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
