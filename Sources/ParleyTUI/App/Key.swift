/// A key press, as the terminal backend reports it.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case character(Character)
    /// A letter with Control held (`control("d")` is Ctrl-D).
    case control(Character)
    /// Arrow and paging keys.
    case up, down, left, right, pageUp, pageDown, home, end
    /// Enter, Tab, Shift-Tab, Backspace, Escape and Delete.
    case enter, tab, backTab, backspace, escape, delete
    /// The terminal changed size.
    case resize(Size)

    /// How the help overlay writes it.
    public var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-\(c)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .escape: return "Esc"
        case .delete: return "Del"
        case .resize: return "resize"
        }
    }
}

/// The panes of the browser.
public enum PaneID: String, CaseIterable, Hashable, Sendable {
    /// Speakers and people mentioned; topics; statements by date; the selected statement; its article.
    case people, topics, timeline, statement, article

    /// The pane's title.
    public var title: String {
        switch self {
        case .people: return "People"
        case .topics: return "Topics"
        case .timeline: return "Timeline"
        case .statement: return "Statement"
        case .article: return "Article"
        }
    }
}

/// Everything the user can do; `update` applies one to the state.
public enum Action: Hashable, Sendable {
    /// Moves the selection (or scrolls) in the focused pane.
    case moveDown, moveUp, top, bottom, halfPageDown, halfPageUp
    /// Moves the focus along the panes shown (Tab, Shift-Tab).
    case nextPane, previousPane
    /// Shows a pane (the digit keys).
    case focus(PaneID)
    /// Enter: filter by the person or topic, open the statement, follow the link.
    case activate
    /// Filters by the speaker of the selected statement (or the selected person).
    case filterBySpeaker
    /// Filters by the first topic of the selected statement (or the selected topic).
    case filterByTopic
    /// Goes back to the view before the last filter or link.
    case back
    /// Clears the filter and the search.
    case clearFilter
    /// Opens the `/` or `:` prompt; repeats the last search forwards or backwards.
    case startSearch, startQuery, nextMatch, previousMatch
    /// Edits, runs or closes the open prompt.
    case promptInput(Character), promptDeleteBackward, promptSubmit, promptCancel
    /// Shows or hides the dated events in the timeline.
    case toggleEvents
    /// Shows or hides the key overlay.
    case toggleHelp
    /// Leaves the browser.
    case quit
    /// The terminal now has this size.
    case resize(Size)
}
