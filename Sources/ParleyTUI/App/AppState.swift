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

/// A selectable entry of the timeline: a statement or a dated event.
public enum TimelineItem: Hashable, Sendable {
    /// A statement, by its index into `StatementGraph.statements`.
    case statement(Int)
    /// An event, by its index into `StatementGraph.events`.
    case event(Int)
}

/// One step of the browsing history, restored by Backspace.
public struct HistoryEntry: Hashable, Sendable {
    /// The filter then in force.
    public var filter: Filter?
    /// The statement then selected, by id.
    public var statementID: String?
    /// The event then selected, by id (`Event.id`), when an event row was selected.
    public var eventID: String? = nil
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
    /// Indices into `data.graph.statements` of the statements shown, in timeline order
    /// (a statement with no date of its own under its article's publication date, see `TimelinePlacement`).
    ///
    /// Follows from `filter`; kept so that a key press does not rerun the query.
    public private(set) var visible: [Int]
    /// True when the timeline shows dated events beside the statements (the `e` key).
    ///
    /// On by default: a journalist reading what was said wants to see, on the
    /// same day, what was announced to happen ("the summit will take place on
    /// June 16 in Geneva") — that is the context the statements are about.
    public private(set) var showsEvents: Bool
    /// Indices into `data.graph.events` of the events the filter lets through, in date order.
    ///
    /// Follows from `filter` and `visible` (see `Filter.eventIndices`), whether or not `showsEvents` is on.
    public private(set) var visibleEvents: [Int]
    /// The selectable rows of the timeline in order: the shown statements,
    /// and the events when `showsEvents` is on, merged by date (see `TimelineMerge`).
    public private(set) var items: [TimelineItem]
    /// The selected row of each list pane: People and Topics rows, Timeline
    /// position in `items`, Statement link index.
    public var selection: [PaneID: Int] = [:]
    /// The first row shown in each pane.
    public var scroll: [PaneID: Int] = [:]
    /// Earlier views, most recent last.
    public var history: [HistoryEntry] = []
    /// The last search term, for n and N; setting it finds its matches (`searchMatches`) in `searchPane`.
    public var searchTerm: String? {
        didSet { if searchTerm != oldValue { refreshSearchMatches(in: searchPane) } }
    }
    /// The rows that contain `searchTerm`, in the pane last searched; nil without a search.
    public private(set) var searchMatches: SearchMatches?
    /// The open prompt, if any.
    public var prompt: Prompt?
    /// True while the help overlay shows.
    public var showHelp = false
    /// The first row of the help overlay shown, when the screen is too small for all of them (see `HelpOverlay`).
    public var helpScroll = 0
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
    ///
    /// `showsEvents` sets whether dated events show in the timeline (on unless asked otherwise).
    public init(graph: StatementGraph, size: Size, person: String? = nil, showsEvents: Bool = true) {
        data = BrowserData(graph: graph)
        self.size = size
        visible = data.allInTimelineOrder
        self.showsEvents = showsEvents
        visibleEvents = Array(graph.events.indices)
        items = TimelineMerge.items(graph: graph, statements: visible, events: showsEvents ? visibleEvents : [], placements: data.placements)
        selection[.timeline] = firstStatementPosition
        keepSelectionVisible(&self, .timeline)
        if let person, !person.isEmpty {
            // A speaker's whole name picks that speaker, unless the name also stands inside other speakers'
            // names ("Blair" is a stray one-word speaker and part of "Tony Blair"): then every one of them.
            let lowered = person.lowercased()
            let speakers = data.people.filter { $0.speakerKey != nil }
            let exact = speakers.first { $0.name.lowercased() == lowered }
            let inOthers = speakers.contains { $0.name.lowercased() != lowered && $0.name.lowercased().contains(lowered) }
            if let row = exact, let key = row.speakerKey, !inOthers {
                setFilter(.person(name: row.name, speakerKey: key))
            } else {
                var query = Query()
                query.persons = [person]
                setFilter(.query(text: "person: \(person)", query: query))
            }
        }
    }

    /// The position in `items` of the first statement (0 when there is none).
    ///
    /// The timeline opens, and a new filter starts, on a statement rather than
    /// on an event that comes before it, so that the Statement pane first
    /// shows what someone said; the events above it are one `k` or `g` away.
    public var firstStatementPosition: Int {
        items.firstIndex { if case .statement = $0 { return true } else { return false } } ?? 0
    }

    /// Sets the filter and recomputes the visible statements and events; selection goes to the first statement.
    public mutating func setFilter(_ filter: Filter?) {
        self.filter = filter
        visible = filter.map { data.timelineOrdered($0.statementIndices(in: data.graph)) } ?? data.allInTimelineOrder
        visibleEvents = filter?.eventIndices(in: data.graph, visibleStatements: visible) ?? Array(data.graph.events.indices)
        items = TimelineMerge.items(graph: data.graph, statements: visible, events: showsEvents ? visibleEvents : [], placements: data.placements)
        selection[.timeline] = firstStatementPosition
        scroll[.timeline] = 0
        selection[.statement] = 0
        scroll[.statement] = 0
        scroll[.article] = nil
        keepSelectionVisible(&self, .timeline)
        if searchMatches?.pane == .timeline { refreshSearchMatches() }
    }

    /// Finds the rows of `pane` that contain `searchTerm` (by default the pane
    /// searched last, or `searchPane`), or clears the matches when there is no term.
    ///
    /// Called when the term changes and when the timeline's rows do; `n` and
    /// `N` call it for a pane that was not searched yet.
    public mutating func refreshSearchMatches(in pane: PaneID? = nil) {
        guard let term = searchTerm?.lowercased(), !term.isEmpty else { searchMatches = nil; return }
        let pane = pane ?? searchMatches?.pane ?? searchPane
        searchMatches = SearchMatches(pane: pane, positions: SearchMatches.find(term, in: pane, of: self))
    }

    /// Shows or hides the events in the timeline, keeping the selected row where it can.
    ///
    /// The selected statement stays selected. A selected event that is hidden
    /// gives its place to the first statement after it (or the last before it).
    public mutating func setShowsEvents(_ on: Bool) {
        guard on != showsEvents else { return }
        let position = selection[.timeline] ?? 0
        let old = items
        showsEvents = on
        items = TimelineMerge.items(graph: data.graph, statements: visible, events: on ? visibleEvents : [], placements: data.placements)
        if searchMatches?.pane == .timeline { refreshSearchMatches() }
        guard old.indices.contains(position) else { selection[.timeline] = 0; return }
        let selected = old[position]
        if let same = items.firstIndex(of: selected) {
            selection[.timeline] = same
            return
        }
        // The selected event went: the next statement in the old order, else the one before.
        let after = old[position...].first { if case .statement = $0 { return true } else { return false } }
        let before = old[..<position].last { if case .statement = $0 { return true } else { return false } }
        selection[.timeline] = (after ?? before).flatMap { items.firstIndex(of: $0) } ?? 0
        selection[.statement] = 0
        scroll[.statement] = 0
        scroll[.article] = nil
    }

    /// The selected timeline entry, if any is shown.
    public var selectedItem: TimelineItem? {
        let position = selection[.timeline] ?? 0
        return items.indices.contains(position) ? items[position] : nil
    }

    /// The index into `graph.statements` of the selected statement, if a statement is selected.
    public var selectedStatementIndex: Int? {
        if case .statement(let index) = selectedItem { return index }
        return nil
    }

    /// The selected statement, if any.
    public var selectedStatement: Statement? { selectedStatementIndex.map { data.graph.statements[$0] } }

    /// The index into `graph.events` of the selected event, if an event is selected.
    public var selectedEventIndex: Int? {
        if case .event(let index) = selectedItem { return index }
        return nil
    }

    /// The selected event, if any.
    public var selectedEvent: Event? { selectedEventIndex.map { data.graph.events[$0] } }

    /// The links the Statement pane lists for the selected row, whose targets exist in the graph:
    /// a statement's own links, or (for an event) one `same-event` link to each statement linked to the event.
    ///
    /// A statement's links come grouped under the heading the pane shows
    /// them under (`StatementPane.heading(of:)`: same speaker, same topic X,
    /// reply …), the groups in the order they first occur and each group in
    /// the graph's order, so that j and k walk the list top to bottom.
    public var selectedLinks: [StatementLink] {
        if let event = selectedEvent {
            return event.statementIDs.filter { data.graph.indexByID[$0] != nil }.map { StatementLink(to: $0, kind: .sameEvent) }
        }
        guard let statement = selectedStatement else { return [] }
        let links = data.graph.links(of: statement).filter { data.graph.indexByID[$0.to] != nil }
        var groupOrder: [String: Int] = [:]
        for link in links where groupOrder[StatementPane.heading(of: link)] == nil {
            groupOrder[StatementPane.heading(of: link)] = groupOrder.count
        }
        guard groupOrder.count > 1 else { return links }
        return links.enumerated().sorted { a, b in
            let groupA = groupOrder[StatementPane.heading(of: a.element)] ?? 0, groupB = groupOrder[StatementPane.heading(of: b.element)] ?? 0
            return groupA != groupB ? groupA < groupB : a.offset < b.offset
        }.map(\.element)
    }
}
