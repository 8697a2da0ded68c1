import ParleyKit

/// The rows of one pane that contain the search term: what n and N step
/// through, what the status line counts (`/tax · match 3 of 17`) and what
/// the list panes mark as matches.
///
/// Worked out when the term is set and again when the rows change (a new
/// filter, events shown or hidden), so that a key press does not search every
/// row again.
public struct SearchMatches: Hashable, Sendable {
    /// The pane searched: People, Topics or Timeline (a search from the
    /// Statement or Article pane searches the timeline, see `AppState.searchPane`).
    public var pane: PaneID
    /// The matching rows, ascending: row numbers of the People and Topics
    /// lists, positions in `AppState.items` for the timeline.
    public var positions: [Int]

    /// The matching rows of `pane` for `term` (lowercased, not empty) in `state`.
    ///
    /// A statement matches when its content, speaker or headline contain the
    /// term (`QueryMatcher.searchableText`; a graph read from an index asks its
    /// full-text search once instead, see `StatementGraph.statementsContaining`);
    /// an event when its text does; a person or topic when the name or label does.
    static func find(_ term: String, in pane: PaneID, of state: AppState) -> [Int] {
        let count = rowCount(state, pane)
        guard count > 0 else { return [] }
        let hits: Set<Int>? = pane == .timeline ? state.graph.statementsContaining(term).map(Set.init) : nil
        return (0..<count).filter { position in
            if let hits, case .statement(let index) = state.items[position] { return hits.contains(index) }
            return rowText(state, pane, position).contains(term)
        }
    }

    /// The 1-based number of `position` among the matches, or nil when it is not a match.
    public func number(of position: Int) -> Int? {
        var low = 0, high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < positions.count && positions[low] == position ? low + 1 : nil
    }

    /// The short form for a narrow status line: `3 of 17`, `17 matches`, `no match`.
    public func shortSummary(selected: Int) -> String {
        if let number = number(of: selected) { return "\(number) of \(positions.count)" }
        return summary(selected: selected)
    }

    /// How the status line says where the selection stands: `match 3 of 17`
    /// when the selected row (`selected`) is a match, `17 matches` when it is
    /// not, `no match` when nothing matches.
    public func summary(selected: Int) -> String {
        if positions.isEmpty { return "no match" }
        if let number = number(of: selected) { return "match \(number) of \(positions.count)" }
        return positions.count == 1 ? "1 match" : "\(positions.count) matches"
    }
}

extension AppState {
    /// The pane a search from the focused pane looks in: People and Topics
    /// search their own lists; the Timeline, Statement and Article panes the timeline.
    public var searchPane: PaneID {
        focus == .people || focus == .topics ? focus : .timeline
    }

    /// `match 3 of 17`, `17 matches` or `no match` for the search in force, or nil when there is none.
    public var searchSummary: String? {
        guard searchTerm != nil, let matches = searchMatches else { return nil }
        return matches.summary(selected: selection[matches.pane] ?? 0)
    }
}
