/// A key press, as the terminal backend reports it.
public enum Key: Hashable, Sendable {
    /// A printable character.
    case character(Character)
    /// A letter with Control held (`control("d")` is Ctrl-D).
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
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
    case moveDown, moveUp, top, bottom, halfPageDown, halfPageUp
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
    case startSearch, startQuery, nextMatch, previousMatch
    case promptInput(Character), promptDeleteBackward, promptSubmit, promptCancel
    case toggleHelp
    case quit
    case resize(Size)
}
