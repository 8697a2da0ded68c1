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
