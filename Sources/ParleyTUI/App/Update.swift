import ParleyKit

/// Applies an action to the state: the only place the state changes.
///
/// Pure: no terminal, no clock, no files. The terminal size in the state
/// gives the pane heights that scrolling and half-page moves need.
public func update(_ state: inout AppState, _ action: Action) {
    if case .resize = action {} else { state.message = nil }
    if state.showHelp, let delta = helpScrollDelta(action, size: state.size) {
        state.helpScroll = min(HelpOverlay.maxScroll(size: state.size), max(0, clampAdd(state.helpScroll, delta)))
        return
    }
    switch action {
    case .moveDown: move(&state, by: 1)
    case .moveUp: move(&state, by: -1)
    case .top: move(&state, by: -Int.max / 2)
    case .bottom: move(&state, by: Int.max / 2)
    case .halfPageDown, .halfPageUp:
        let sign = action == .halfPageDown ? 1 : -1
        if state.focus == .statement {
            // Ctrl-d and Ctrl-u page the text; j and k walk the links.
            let arrangement = StatementPane.arrangement(state, width: innerWidth(state, .statement), height: innerHeight(state, .statement))
            scrollStatementText(&state, by: sign * max(1, arrangement.bodyHeight / 2))
        } else {
            move(&state, by: sign * max(1, innerHeight(state, state.focus) / 2))
        }
    case .nextPane, .previousPane:
        let order = Layout.compute(size: state.size, focus: state.focus).focusOrder
        let current = order.firstIndex(of: state.focus) ?? 0
        let step = action == .nextPane ? 1 : order.count - 1
        state.focus = order[(current + step) % order.count]
    case .focus(let pane):
        if Layout.compute(size: state.size, focus: pane).focusOrder.contains(pane) { state.focus = pane }
    case .activate: activate(&state)
    case .filterBySpeaker:
        if state.focus == .people { activate(&state); break }
        if state.selectedEvent != nil { state.message = "an event has no speaker: select a statement"; break }
        guard let statement = state.selectedStatement, let source = statement.source,
              let key = StatementGraph.speakerKey(statement) else { state.message = "no speaker to filter by"; break }
        let name = state.data.people.first { $0.speakerKey == key }?.name ?? source.name
        applyFilter(&state, .person(name: name, speakerKey: key))
    case .filterByTopic:
        if state.focus == .topics { activate(&state); break }
        if state.selectedEvent != nil { state.message = "an event has no topic: select a statement"; break }
        guard let topic = state.selectedStatement?.topics.first else { state.message = "this statement has no topic"; break }
        applyFilter(&state, .topic(topic))
    case .back:
        guard let entry = state.history.popLast() else { state.message = "no earlier view"; break }
        restore(&state, entry)
    case .clearFilter:
        state.searchTerm = nil
        if state.filter != nil { pushHistory(&state); state.setFilter(nil) }
    case .startSearch: state.prompt = Prompt(kind: .search, text: "")
    case .startQuery: state.prompt = Prompt(kind: .query, text: "")
    case .promptInput(let character):
        state.prompt?.text.append(character)
    case .promptDeleteBackward:
        if state.prompt?.text.isEmpty == true { state.prompt = nil } else { state.prompt?.text.removeLast() }
    case .promptCancel: state.prompt = nil
    case .promptSubmit:
        guard let prompt = state.prompt else { break }
        state.prompt = nil
        let text = prompt.text.trimmedSpaces
        switch prompt.kind {
        case .search:
            guard !text.isEmpty else { state.searchTerm = nil; break }
            state.searchTerm = text
            findMatch(&state, forward: true, includeCurrent: true)
        case .query:
            if text.isEmpty { if state.filter != nil { pushHistory(&state); state.setFilter(nil) }; break }
            do {
                applyFilter(&state, .query(text: text, query: try Query.parse(text)))
                if state.visible.isEmpty { state.message = "no statement matches \(text)" }
            } catch {
                state.message = "\(error)"
            }
        }
    case .nextMatch, .previousMatch:
        guard state.searchTerm != nil else { state.message = "no search: press / first"; break }
        findMatch(&state, forward: action == .nextMatch, includeCurrent: false)
    case .toggleEvents:
        state.setShowsEvents(!state.showsEvents)
        keepSelectionVisible(&state, .timeline)
        let count = state.visibleEvents.count
        state.message = state.showsEvents ? "events shown (\(count)) · e hides them" : "events hidden · e shows them"
    case .toggleHelp:
        state.showHelp.toggle()
        state.helpScroll = 0
    case .quit: state.shouldQuit = true
    case .resize(let size):
        state.size = size
        let order = Layout.compute(size: size, focus: state.focus).focusOrder
        if !order.contains(state.focus) { state.focus = .timeline }
        for pane in [PaneID.people, .topics, .timeline] { keepSelectionVisible(&state, pane) }
    }
}

/// How far a moving action scrolls the help overlay at `size`, or nil for an action that does not move.
private func helpScrollDelta(_ action: Action, size: Size) -> Int? {
    let page = max(1, (HelpOverlay.area(for: size).height - 4) / 2)
    switch action {
    case .moveDown: return 1
    case .moveUp: return -1
    case .halfPageDown: return page
    case .halfPageUp: return -page
    case .top: return -Int.max / 2
    case .bottom: return Int.max / 2
    default: return nil
    }
}

private extension String {
    /// The string without spaces and tabs at either end.
    var trimmedSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}

/// Rows inside the frame of `pane` in the current layout (a full screen's worth when the pane is hidden).
func innerHeight(_ state: AppState, _ pane: PaneID) -> Int {
    let layout = Layout.compute(size: state.size, focus: pane)
    return max(1, (layout.frame(of: pane)?.height ?? state.size.height - 2) - 2)
}

/// Inner width of `pane` in the current layout.
func innerWidth(_ state: AppState, _ pane: PaneID) -> Int {
    let layout = Layout.compute(size: state.size, focus: pane)
    return max(1, (layout.frame(of: pane)?.width ?? state.size.width) - 2)
}

/// Number of selectable rows of a list pane.
func rowCount(_ state: AppState, _ pane: PaneID) -> Int {
    switch pane {
    case .people: return state.data.people.count
    case .topics: return state.data.topics.count
    case .timeline: return state.items.count
    case .statement: return state.selectedLinks.count
    case .article: return 0
    }
}

private func move(_ state: inout AppState, by delta: Int) {
    let pane = state.focus
    switch pane {
    case .people, .topics, .timeline:
        let count = rowCount(state, pane)
        guard count > 0 else { return }
        let old = state.selection[pane] ?? 0
        let new = min(count - 1, max(0, old.addingReportingOverflow(delta).overflow ? (delta > 0 ? count - 1 : 0) : old + delta))
        state.selection[pane] = new
        if pane == .timeline && new != old {
            state.selection[.statement] = 0
            state.scroll[.statement] = 0
            state.scroll[.article] = nil
        }
        keepSelectionVisible(&state, pane)
    case .statement:
        moveInStatement(&state, by: delta)
    case .article:
        let current = state.scroll[.article] ?? ArticlePane.autoScroll(state, width: innerWidth(state, .article), height: innerHeight(state, .article))
        let lines = ArticlePane.lineCount(state, width: innerWidth(state, .article))
        state.scroll[.article] = min(max(0, lines - 1), max(0, clampAdd(current, delta)))
    }
}

/// Moves in the Statement pane: j and k walk the links (which show below
/// the text, see `StatementPane.arrangement`); past the last link j scrolls
/// the text down, before the first k scrolls it up. Where there is no link
/// j and k scroll the text.
private func moveInStatement(_ state: inout AppState, by delta: Int) {
    let arrangement = StatementPane.arrangement(state, width: innerWidth(state, .statement), height: innerHeight(state, .statement))
    var top = arrangement.bodyTop
    var selected = state.selection[.statement] ?? 0
    let linkCount = state.selectedLinks.count
    let steps = min(abs(delta), arrangement.body.count + linkCount + 1)
    for _ in 0..<steps {
        if delta > 0 {
            if selected + 1 < linkCount { selected += 1 } else if top < arrangement.bodyMost { top += 1 } else { break }
        } else {
            if selected > 0 { selected -= 1 } else if top > 0 { top -= 1 } else { break }
        }
    }
    state.scroll[.statement] = top
    state.selection[.statement] = selected
}

/// Scrolls the Statement pane's text (not its links) by `delta` lines, kept inside the text.
private func scrollStatementText(_ state: inout AppState, by delta: Int) {
    let arrangement = StatementPane.arrangement(state, width: innerWidth(state, .statement), height: innerHeight(state, .statement))
    state.scroll[.statement] = min(arrangement.bodyMost, max(0, clampAdd(arrangement.bodyTop, delta)))
}

private func clampAdd(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? Int.max / 2 : 0) : sum
}

/// Scrolls a list pane so that its selected row (and, in the timeline, its day heading) shows.
func keepSelectionVisible(_ state: inout AppState, _ pane: PaneID) {
    let height = innerHeight(state, pane)
    let selected = state.selection[pane] ?? 0
    var top = state.scroll[pane] ?? 0
    switch pane {
    case .timeline:
        let rows = TimelinePane.rows(state)
        guard let row = rows.firstIndex(of: .entry(selected)) else { return }
        let first = row > 0 && rows[row - 1].isDay ? row - 1 : row
        if first < top { top = first }
        if row >= top + height { top = row - height + 1 }
        top = TimelinePane.clampedTop(top, rows: rows, height: height)
        // A pinned heading takes the first line: the row may need one more step down.
        while !TimelinePane.shownRows(rows: rows, top: top, height: height).contains(row), top < row {
            top += 1
        }
    default:
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
    }
    state.scroll[pane] = max(0, top)
}

private func activate(_ state: inout AppState) {
    switch state.focus {
    case .people:
        let rows = state.data.people
        let index = state.selection[.people] ?? 0
        guard rows.indices.contains(index) else { return }
        applyPerson(&state, rows[index])
    case .topics:
        let topics = state.data.topics
        let index = state.selection[.topics] ?? 0
        guard topics.indices.contains(index) else { return }
        applyFilter(&state, .topic(topics[index].label))
    case .timeline:
        // Opening is a step Backspace takes back, like following a link: the timeline, where it was.
        if state.selectedItem != nil, state.focus != .statement {
            pushHistory(&state)
            state.focus = .statement
        }
    case .statement:
        let links = state.selectedLinks
        let index = state.selection[.statement] ?? 0
        guard links.indices.contains(index) else { state.message = "no link to follow"; return }
        // The selected link always shows (see `StatementPane.arrangement`), so Enter follows it at once.
        follow(&state, links[index])
    case .article:
        state.focus = .statement
    }
}

private func applyPerson(_ state: inout AppState, _ row: PersonRow) {
    if let key = row.speakerKey {
        applyFilter(&state, .person(name: row.name, speakerKey: key))
    } else if let id = row.entityID {
        applyFilter(&state, .mentions(name: row.name, entityID: id))
    }
}

/// Records the current view, sets `filter`, and shows the timeline.
private func applyFilter(_ state: inout AppState, _ filter: Filter) {
    pushHistory(&state)
    state.setFilter(filter)
    if Layout.compute(size: state.size, focus: .timeline).focusOrder.contains(.timeline) { state.focus = .timeline }
}

private func pushHistory(_ state: inout AppState) {
    state.history.append(HistoryEntry(filter: state.filter, statementID: state.selectedStatement?.id, eventID: state.selectedEvent?.id,
                                      focus: state.focus, linkSelection: state.selection[.statement] ?? 0))
    if state.history.count > 200 { state.history.removeFirst() }
}

private func restore(_ state: inout AppState, _ entry: HistoryEntry) {
    if entry.filter != state.filter { state.setFilter(entry.filter) }
    if let eventID = entry.eventID, let index = state.graph.events.firstIndex(where: { $0.id == eventID }) {
        select(&state, item: .event(index))
    } else {
        select(&state, item: entry.statementID.flatMap { state.graph.indexByID[$0] }.map { .statement($0) })
    }
    state.focus = entry.focus
    state.selection[.statement] = entry.linkSelection
}

/// Selects `item` in the timeline (the first row when it is not shown).
private func select(_ state: inout AppState, item: TimelineItem?) {
    guard let item, let position = state.items.firstIndex(of: item) else {
        state.selection[.timeline] = state.firstStatementPosition
        keepSelectionVisible(&state, .timeline)
        return
    }
    state.selection[.timeline] = position
    state.selection[.statement] = 0
    state.scroll[.statement] = 0
    state.scroll[.article] = nil
    keepSelectionVisible(&state, .timeline)
}

/// Follows a link: selects the linked statement, dropping the filter when it hides it.
private func follow(_ state: inout AppState, _ link: StatementLink) {
    guard let index = state.graph.indexByID[link.to] else { return }
    let fromEvent = state.selectedEvent != nil
    pushHistory(&state)
    if !state.visible.contains(index) { state.setFilter(nil) }
    select(&state, item: .statement(index))
    state.message = fromEvent ? "a statement about the event · ⌫ back" : "followed \(link.kind.rawValue) link · ⌫ back"
}

/// Moves the selection of the focused list (the timeline from the Statement
/// and Article panes) to the next or previous row containing the search term.
///
/// The status line then says which match is selected (`match 3 of 17`, see
/// `SearchMatches.summary`); the message says when the search wrapped, or
/// that nothing matches, and where it looked.
private func findMatch(_ state: inout AppState, forward: Bool, includeCurrent: Bool) {
    guard let term = state.searchTerm, !term.isEmpty else { return }
    let pane = state.searchPane
    if state.searchMatches?.pane != pane { state.refreshSearchMatches(in: pane) }
    let positions = state.searchMatches?.positions ?? []
    guard let first = positions.first, let last = positions.last else {
        state.message = noMatchMessage(state, term: term, pane: pane)
        return
    }
    let start = state.selection[pane] ?? 0
    let candidate: Int
    let wrapped: Bool
    if forward {
        let next = positions.first { includeCurrent ? $0 >= start : $0 > start }
        candidate = next ?? first
        wrapped = next == nil
    } else {
        let previous = positions.last { includeCurrent ? $0 <= start : $0 < start }
        candidate = previous ?? last
        wrapped = previous == nil
    }
    if pane == .timeline && candidate != start {
        state.selection[.statement] = 0
        state.scroll[.statement] = 0
        state.scroll[.article] = nil
    }
    state.selection[pane] = candidate
    keepSelectionVisible(&state, pane)
    if wrapped {
        if positions.count == 1 && candidate == start {
            state.message = "the only match"
        } else {
            state.message = forward ? "search wrapped to the top" : "search wrapped to the bottom"
        }
    }
}

/// What the status line says when `term` matches no row of `pane`: where it
/// looked, and, under a filter, that the filter may hide the matches.
///
/// A term shaped like a query (`person:Blair`) gets told where queries go instead.
private func noMatchMessage(_ state: AppState, term: String, pane: PaneID) -> String {
    if looksLikeQuery(term) { return "/ searches words; press : for a query like \(term)" }
    switch pane {
    case .people: return "no match for “\(term)” among the people"
    case .topics: return "no match for “\(term)” among the topics"
    default:
        guard state.filter != nil else { return "no match for “\(term)” in the timeline" }
        return "no match for “\(term)” in the filtered timeline · Esc clears the filter"
    }
}

/// True when some word of `text` is `field:value` with a field of letters
/// (`person:Blair`, `topic:"tax"`, `-kind:direct`) — what the `:` prompt takes,
/// typed at `/` by mistake. A value starting with `/` (`http://…`) is a plain word.
func looksLikeQuery(_ text: String) -> Bool {
    text.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains { word in
        let word = word.hasPrefix("-") ? word.dropFirst() : word
        guard let colon = word.firstIndex(of: ":") else { return false }
        let field = word[..<colon], value = word[word.index(after: colon)...]
        return field.count >= 2 && field.allSatisfy(\.isLetter) && !value.isEmpty && !value.hasPrefix("/")
    }
}

/// Lowercased text of a list row, as search sees it.
func rowText(_ state: AppState, _ pane: PaneID, _ row: Int) -> String {
    switch pane {
    case .people: return state.data.people[row].name.lowercased()
    case .topics: return state.data.topics[row].label.lowercased()
    default:
        switch state.items[row] {
        case .statement(let index): return QueryMatcher.searchableText(of: state.graph.statements[index], in: state.graph)
        case .event(let index): return state.graph.events[index].text.lowercased()
        }
    }
}
