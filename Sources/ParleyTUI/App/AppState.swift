import ParleyKit

/// An open prompt at the bottom line: `/` search or `:` query.
public struct Prompt: Hashable, Sendable {
    /// What the prompt is for.
    public enum Kind: Hashable, Sendable { case search, query }
    /// Search or query.
    public var kind: Kind
    /// The text typed so far.
    public var text: String
}

/// One step of the browsing history, restored by Backspace.
public struct HistoryEntry: Hashable, Sendable {
    /// The filter then in force.
    public var filter: Filter?
    /// The statement then selected, by id.
    public var statementID: String?
    /// The pane that had the focus.
    public var focus: PaneID
    /// The selected link in the Statement pane.
    public var linkSelection: Int
}

/// Everything the browser shows, as a value.
///
/// `update(&state, action)` changes it; `render(state, into:)` draws it.
/// Nothing else holds state, so any screen can be rebuilt in a test from a
/// graph and a list of actions.
public struct AppState: Sendable {
    /// The graph and the lists made from it once.
    public let data: BrowserData
    /// The terminal's size.
    public var size: Size
    /// The pane with the focus.
    public var focus: PaneID = .timeline
    /// The filter on the timeline, if any.
    public private(set) var filter: Filter?
    /// Indices into `data.graph.statements` of the statements shown, in timeline order.
    ///
    /// Follows from `filter`; kept so that a key press does not rerun the query.
    public private(set) var visible: [Int]
    /// The selected row of each list pane: People and Topics rows, Timeline
    /// position in `visible`, Statement link index.
    public var selection: [PaneID: Int] = [:]
    /// The first row shown in each pane.
    public var scroll: [PaneID: Int] = [:]
    /// Earlier views, most recent last.
    public var history: [HistoryEntry] = []
    /// The last search term, for n and N.
    public var searchTerm: String?
    /// The open prompt, if any.
    public var prompt: Prompt?
    /// True while the help overlay shows.
    public var showHelp = false
    /// A one-off message for the status line, cleared by the next key.
    public var message: String?
    /// True once the user has asked to quit.
    public var shouldQuit = false

    /// The graph being browsed.
    public var graph: StatementGraph { data.graph }

    /// Makes the first state for `graph` at `size`, optionally filtered to a person.
    ///
    /// `person` equal to a speaker's whole name (case-insensitive) filters to
    /// that speaker; otherwise it becomes a `person:` query, as the `:` prompt
    /// would make, which matches any part of speakers' names and aliases — so
    /// `--person Blair` and `:person:Blair` show the same statements.
    public init(graph: StatementGraph, size: Size, person: String? = nil) {
        data = BrowserData(graph: graph)
        self.size = size
        visible = Array(graph.statements.indices)
        if let person, !person.isEmpty {
            let lowered = person.lowercased()
            let exact = data.people.first { $0.speakerKey != nil && $0.name.lowercased() == lowered }
            if let row = exact, let key = row.speakerKey {
                setFilter(.person(name: row.name, speakerKey: key))
            } else {
                var query = Query()
                query.persons = [person]
                setFilter(.query(text: "person: \(person)", query: query))
            }
        }
    }

    /// Sets the filter and recomputes the visible statements; selection goes to the first.
    public mutating func setFilter(_ filter: Filter?) {
        self.filter = filter
        visible = filter?.statementIndices(in: data.graph) ?? Array(data.graph.statements.indices)
        selection[.timeline] = 0
        scroll[.timeline] = 0
        selection[.statement] = 0
        scroll[.statement] = 0
        scroll[.article] = nil
    }

    /// The index into `graph.statements` of the selected statement, if any is shown.
    public var selectedStatementIndex: Int? {
        let position = selection[.timeline] ?? 0
        return visible.indices.contains(position) ? visible[position] : nil
    }

    /// The selected statement, if any.
    public var selectedStatement: Statement? { selectedStatementIndex.map { data.graph.statements[$0] } }

    /// The selected statement's links whose target exists in the graph.
    public var selectedLinks: [StatementLink] {
        guard let statement = selectedStatement else { return [] }
        return statement.links.filter { data.graph.indexByID[$0.to] != nil }
    }
}
