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
    /// An event shows when it belongs to a shown statement (one of its
    /// `Event.statementIDs` is among `visibleStatements`), or when it matches
    /// the filter by itself:
    /// - `person` and `mentions`: it mentions that person (or entity);
    /// - `topic`: its text contains the topic label as whole words;
    /// - `query`: every term it can answer holds (`QueryMatcher.matches(_:query:in:)`):
    ///   `person:` and `mentions:` names among the entities it mentions, `topic:`
    ///   labels in its text, words in its text or headline; so `person:Blair
    ///   topic:tax` shows the events that mention Blair and tax, not every event
    ///   that mentions Blair.
    /// A query's `after:` and `before:` hold for every event shown, its
    /// statements' events too: the timeline keeps to the dates asked for.
    ///
    /// - Parameter visibleStatements: indices into `graph.statements` that the filter shows.
    public func eventIndices(in graph: StatementGraph, visibleStatements: [Int]) -> [Int] {
        let shown = Set(visibleStatements.map { graph.statements[$0].id })
        let matchesByItself: (Event) -> Bool
        var inDates: (Event) -> Bool = { _ in true }
        switch self {
        case .person(_, let id), .mentions(_, let id):
            matchesByItself = { $0.entityIDs.contains(id) }
        case .topic(let label):
            // the rule of a query's topic: `QueryMatcher.EventMatcher` (the label as whole words of the event's text)
            var query = Query()
            query.topics = [label]
            let matcher = QueryMatcher.EventMatcher(query: query, graph: graph)
            matchesByItself = { matcher.matches($0) }
        case .query(_, let query):
            let matcher = QueryMatcher.EventMatcher(query: query, graph: graph)
            matchesByItself = { matcher.matches($0) }
            inDates = { QueryMatcher.date($0.timex.value, isWithin: query) }
        }
        return graph.events.indices.filter { index in
            let event = graph.events[index]
            return inDates(event) && (event.statementIDs.contains(where: shown.contains) || matchesByItself(event))
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
