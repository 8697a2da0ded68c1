/// Draws the whole screen of `state` into `canvas`; never changes the state.
///
/// The canvas should have `state.size`; the layout follows from that size
/// (see `Layout`). Panes, then the tab bar or nothing, then the status line,
/// then the help overlay on top.
public func render(_ state: AppState, theme: Theme, into canvas: inout Canvas) {
    let full = Rect(x: 0, y: 0, width: canvas.size.width, height: canvas.size.height)
    canvas.fill(full, style: theme.style("default"))
    guard canvas.size.width >= 10, canvas.size.height >= 3 else {
        canvas.write("terminal too small", x: 0, y: 0, style: theme.style("default"))
        return
    }
    let layout = Layout.compute(size: canvas.size, focus: state.focus)
    if let tabBar = layout.tabBar { TabBar.draw(focus: state.focus, theme: theme, in: tabBar, into: &canvas) }
    for (pane, frame) in layout.panes {
        let focused = pane == state.focus
        let title: String
        switch pane {
        case .people: title = PeoplePane.title(state)
        case .topics: title = TopicsPane.title(state)
        case .timeline: title = TimelinePane.title(state)
        case .statement: title = StatementPane.title(state)
        case .article: title = ArticlePane.title(state)
        }
        Frame.draw(frame, title: title, focused: focused, theme: theme, into: &canvas)
        let inner = frame.inset(1)
        switch pane {
        case .people: PeoplePane.draw(state, focused: focused, theme: theme, in: inner, into: &canvas)
        case .topics: TopicsPane.draw(state, focused: focused, theme: theme, in: inner, into: &canvas)
        case .timeline: TimelinePane.draw(state, focused: focused, theme: theme, in: inner, into: &canvas)
        case .statement: StatementPane.draw(state, focused: focused, theme: theme, in: inner, into: &canvas)
        case .article: ArticlePane.draw(state, focused: focused, theme: theme, in: inner, into: &canvas)
        }
    }
    StatusLine.draw(state, theme: theme, in: layout.status, into: &canvas)
    if state.showHelp {
        HelpOverlay.draw(keyMap: .standard, theme: theme, scroll: state.helpScroll, in: HelpOverlay.area(for: canvas.size), into: &canvas)
    }
}
