/// Turns keys into actions, and lists every binding for the help overlay.
///
/// The keys follow vim, less and the mail and news readers: j/k and arrows,
/// g/G, Ctrl-D/Ctrl-U, Tab between panes, Enter to drill in or follow a link,
/// Backspace to go back, / to search, n/N, `:` for a query, ? for help;
/// `e` shows or hides the dated events in the timeline (e for event; free in
/// vim's sense here, as nothing in the browser edits text outside a prompt).
public struct KeyMap: Sendable {
    /// One binding: the keys, the action, and what the help overlay says about it.
    public struct Binding: Sendable {
        /// The keys that do it (the first is the one hints show).
        public var keys: [Key]
        /// What they do.
        public var action: Action
        /// A short line for the help overlay.
        public var help: String
    }

    /// The bindings in the order the help overlay lists them.
    public var bindings: [Binding]

    /// The standard key map.
    public static let standard = KeyMap(bindings: [
        Binding(keys: [.character("j"), .down], action: .moveDown, help: "next row / link"),
        Binding(keys: [.character("k"), .up], action: .moveUp, help: "previous row / link"),
        Binding(keys: [.character("g"), .home], action: .top, help: "first row"),
        Binding(keys: [.character("G"), .end], action: .bottom, help: "last row"),
        Binding(keys: [.control("d"), .pageDown], action: .halfPageDown, help: "half a page down"),
        Binding(keys: [.control("u"), .pageUp], action: .halfPageUp, help: "half a page up"),
        Binding(keys: [.tab, .character("l"), .right], action: .nextPane, help: "next pane"),
        Binding(keys: [.backTab, .character("h"), .left], action: .previousPane, help: "previous pane"),
        Binding(keys: [.character("1")], action: .focus(.people), help: "People pane"),
        Binding(keys: [.character("2")], action: .focus(.topics), help: "Topics pane"),
        Binding(keys: [.character("3")], action: .focus(.timeline), help: "Timeline pane"),
        Binding(keys: [.character("4")], action: .focus(.statement), help: "Statement pane"),
        Binding(keys: [.character("5")], action: .focus(.article), help: "Article pane"),
        Binding(keys: [.enter], action: .activate, help: "open, filter, follow"),
        Binding(keys: [.character("p")], action: .filterBySpeaker, help: "filter by speaker"),
        Binding(keys: [.character("t")], action: .filterByTopic, help: "filter by topic"),
        Binding(keys: [.backspace], action: .back, help: "go back (history)"),
        Binding(keys: [.escape, .character("x")], action: .clearFilter, help: "clear filter and search"),
        Binding(keys: [.character("/")], action: .startSearch, help: "search words"),
        Binding(keys: [.character("n")], action: .nextMatch, help: "next match"),
        Binding(keys: [.character("N")], action: .previousMatch, help: "previous match"),
        Binding(keys: [.character(":")], action: .startQuery, help: "query: person:X words"),
        Binding(keys: [.character("e")], action: .toggleEvents, help: "show or hide events ◆"),
        Binding(keys: [.character("?")], action: .toggleHelp, help: "this help"),
        Binding(keys: [.character("q")], action: .quit, help: "quit"),
    ])

    /// The action for `key` in `state`, or nil when the key means nothing there.
    ///
    /// While a prompt is open, keys edit it; while help shows, any key closes it.
    public func action(for key: Key, in state: AppState) -> Action? {
        if case .resize(let size) = key { return .resize(size) }
        if state.prompt != nil {
            switch key {
            case .enter: return .promptSubmit
            case .escape, .control("c"), .control("g"): return .promptCancel
            case .backspace, .delete: return .promptDeleteBackward
            case .character(let c): return .promptInput(c)
            default: return nil
            }
        }
        if state.showHelp {
            // A help box too small for every line scrolls with the moving keys; any other key closes it.
            if HelpOverlay.scrolls(size: state.size, keyMap: self) {
                switch key {
                case .character("j"), .down: return .moveDown
                case .character("k"), .up: return .moveUp
                case .control("d"), .pageDown, .character(" "): return .halfPageDown
                case .control("u"), .pageUp: return .halfPageUp
                case .character("g"), .home: return .top
                case .character("G"), .end: return .bottom
                default: break
                }
            }
            return .toggleHelp
        }
        if key == .control("c") { return .quit }
        return bindings.first { $0.keys.contains(key) }?.action
    }
}
