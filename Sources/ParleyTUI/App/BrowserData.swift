import ParleyKit

/// A person in the People pane: someone who speaks, or is mentioned, or both.
public struct PersonRow: Hashable, Sendable {
    /// Canonical name, or an unnamed source's description.
    public var name: String
    /// The key the graph indexes this person's statements under (`StatementGraph.speakerKey`), when they speak.
    public var speakerKey: String?
    /// The entity id, when the person is an entity (needed to find where they are mentioned).
    public var entityID: String?
    /// Number of statements they make.
    public var said: Int
    /// Number of statements that mention them.
    public var mentioned: Int
    /// True for an unnamed source ("a senior official").
    public var isUnnamed: Bool
}

/// What the browser shows that follows from the graph alone, worked out once.
///
/// The graph does not change while the browser runs, so the People and
/// Topics lists are built here once rather than on every key.
public struct BrowserData: Sendable {
    /// The statement graph.
    public let graph: StatementGraph
    /// Speakers (most statements first), then people only mentioned (most mentions first).
    public let people: [PersonRow]
    /// Topic labels with their statement counts, most first.
    public let topics: [(label: String, count: Int)]
    /// Where the timeline puts each statement (by index into `graph.statements`), see `TimelinePlacement`.
    public let placements: [TimelinePlacement]
    /// Every statement index in the timeline's order (statements with no date of their own under their
    /// article's publication date); nil when that is the graph's own order.
    public let timelineOrder: [Int]?
    /// Each statement's position in `timelineOrder`, by index into `graph.statements` (empty when that order is nil).
    let timelineRank: [Int]

    /// Builds the lists from `graph`.
    public init(graph: StatementGraph) {
        self.graph = graph
        var rows: [PersonRow] = []
        var seenEntities = Set<String>()
        for speaker in graph.speakers {
            let entity = graph.entities[speaker.key]
            let first = graph.statementsBySpeaker[speaker.key]?.first.map { graph.statements[$0] }
            let isUnnamed = first?.source?.kind == .unnamed || speaker.key.hasPrefix("unnamed:")
            // Organisations that speak are listed too: they are sources like people.
            rows.append(PersonRow(name: speaker.name, speakerKey: speaker.key, entityID: entity?.id,
                                  said: speaker.count, mentioned: graph.statementsByMentionedEntity[speaker.key]?.count ?? 0,
                                  isUnnamed: isUnnamed))
            if let id = entity?.id { seenEntities.insert(id) }
        }
        var mentionedOnly: [PersonRow] = []
        for (id, indices) in graph.statementsByMentionedEntity where !seenEntities.contains(id) {
            guard let entity = graph.entities[id], entity.kind == .person else { continue }
            mentionedOnly.append(PersonRow(name: entity.name, speakerKey: nil, entityID: id, said: 0, mentioned: indices.count, isUnnamed: false))
        }
        mentionedOnly.sort { $0.mentioned != $1.mentioned ? $0.mentioned > $1.mentioned : $0.name < $1.name }
        people = rows + mentionedOnly
        topics = graph.topics
        let placements = graph.statements.map { TimelinePlacement.of($0, in: graph) }
        self.placements = placements
        let order = placements.contains { $0.isByPublication }
            ? TimelinePlacement.ordered(Array(graph.statements.indices), placements: placements) : nil
        timelineOrder = order
        var rank = order == nil ? [] : Array(repeating: 0, count: graph.statements.count)
        for (position, index) in (order ?? []).enumerated() { rank[index] = position }
        timelineRank = rank
    }

    /// `indices` (into `graph.statements`, in the graph's order) in the timeline's order.
    public func timelineOrdered(_ indices: [Int]) -> [Int] {
        guard timelineOrder != nil else { return indices }
        return indices.sorted { timelineRank[$0] < timelineRank[$1] }
    }

    /// Every statement index, in the timeline's order.
    public var allInTimelineOrder: [Int] { timelineOrder ?? Array(graph.statements.indices) }
}
