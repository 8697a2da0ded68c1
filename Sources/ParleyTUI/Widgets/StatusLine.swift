/// The bottom line: the active filter, counts, and key hints, or the open prompt.
///
/// ```
///  person: Karl Ostrander · 4/13 statements        Enter open · ⌫ back · ? help · q quit
/// ```
public enum StatusLine {
    /// Key hints, most useful first; cut from the end when the line is short.
    static let hints = ["? help", "q quit", "Enter open", "⌫ back", "/ search", ": query", "Tab pane", "Esc clear", "e events"]

    /// Draws the status line of `state` into `rect`.
    public static func draw(_ state: AppState, theme: Theme, in rect: Rect, into canvas: inout Canvas) {
        let base = theme.style("status")
        canvas.fill(rect, style: base)
        if let prompt = state.prompt {
            let sigil = prompt.kind == .search ? "/" : ":"
            let style = theme.style("prompt")
            canvas.fill(rect, style: style)
            // Show the end of long input so the cursor stays on screen.
            var text = prompt.text
            while DisplayWidth.of(text) > rect.width - 3, !text.isEmpty { text.removeFirst() }
            canvas.write(sigil + text + "█", x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
            return
        }
        let filter = state.filter?.label ?? "all statements"
        var left = " " + filter + " · \(state.visible.count)/\(state.graph.statements.count) statements"
        if let term = state.searchTerm { left += " · /" + term }
        let leftWidth = min(DisplayWidth.of(left), max(rect.width * 2 / 3, rect.width - 20))
        canvas.write(TextLayout.truncate(left, width: leftWidth), x: rect.x, y: rect.y, style: theme.style("status.filter"), maxWidth: leftWidth)
        let room = rect.width - leftWidth - 2
        guard room > 0 else { return }
        var right: String
        if let message = state.message {
            right = TextLayout.truncate(message, width: room)
        } else {
            var chosen: [String] = []
            // With a filter or search on, clearing it is the next thing people look for: it comes third.
            var ordered = hints
            if state.filter != nil || state.searchTerm != nil, let clear = ordered.firstIndex(of: "Esc clear") {
                ordered.insert(ordered.remove(at: clear), at: 2)
            }
            for hint in ordered {
                let candidate = (chosen + [hint]).joined(separator: " · ")
                if DisplayWidth.of(candidate) > room { break }
                chosen.append(hint)
            }
            // Chosen most useful first; shown with `? help · q quit` last, where people look for them.
            let last = chosen.filter { $0 == "? help" || $0 == "q quit" }
            right = (chosen.filter { !last.contains($0) } + last).joined(separator: " · ")
        }
        let width = DisplayWidth.of(right)
        canvas.write(right, x: rect.maxX - width - 1, y: rect.y, style: theme.style(state.message != nil ? "status" : "status.hint"), maxWidth: width)
    }
}
