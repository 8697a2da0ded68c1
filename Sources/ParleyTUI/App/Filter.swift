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

    /// How the status line shows it: `person: Karl Ostrander`, `topic: summit`.
    public var label: String {
        switch self {
        case .person(let name, _): return "person: \(name)"
        case .mentions(let name, _): return "mentions: \(name)"
        case .topic(let label): return "topic: \(label)"
        case .query(let text, _): return text.contains(":") ? text : "query: \(text)"
        }
    }

    /// Indices into `graph.events` of the events this filter lets through, in date order.
    ///
    /// An event shows when one of its linked statements (`Event.statementIDs`)
    /// is among `visibleStatements`, or when it mentions the person the filter
    /// names: the speaker of a `person` filter, the entity of a `mentions`
    /// filter, or, for a query, an entity whose name or alias contains one of
    /// its `person:` or `mentions:` names (case-insensitive, as the query
    /// matches speakers). Topics, dates and words of a query act only through
    /// the statements: an event has no topic of its own.
    ///
    /// - Parameter visibleStatements: indices into `graph.statements` that the filter shows.
    public func eventIndices(in graph: StatementGraph, visibleStatements: [Int]) -> [Int] {
        let shown = Set(visibleStatements.map { graph.statements[$0].id })
        var people = Set<String>()
        switch self {
        case .person(_, let key): people.insert(key)
        case .mentions(_, let id): people.insert(id)
        case .topic: break
        case .query(_, let query):
            let names = (query.persons + query.mentions).map { $0.lowercased() }.filter { !$0.isEmpty }
            if !names.isEmpty {
                for id in graph.eventEntityIDs {
                    guard let entity = graph.entities[id] else { continue }
                    let known = [entity.name] + entity.aliases
                    if names.contains(where: { name in known.contains { StatementGraph.name($0, containsLowercased: name) } }) {
                        people.insert(id)
                    }
                }
            }
        }
        return graph.events.indices.filter { index in
            let event = graph.events[index]
            return event.statementIDs.contains(where: shown.contains) || event.entityIDs.contains(where: people.contains)
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
