/// The bottom line: the active filter, counts, and key hints, or the open prompt.
///
/// ```
///  person: Karl Ostrander · 4/13 statements        Enter open · ⌫ back · ? help · q quit
///  all statements · 12/12 statements · /summit · match 2 of 3                 ? help · q quit
/// ```
public enum StatusLine {
    /// Key hints, most useful first; cut from the end when the line is short.
    static let hints = ["? help", "q quit", "Enter open", "⌫ back", "/ search", ": query", "Tab pane", "Esc clear", "e events"]

    /// The left part, at most `width` columns: the filter and the statement
    /// counts, then the search and where the selection stands among its
    /// matches (`SearchMatches.summary`).
    ///
    /// ```
    ///  person: Karl Ostrander · 4/13 statements · /summit · match 2 of 3
    ///  all statements · 12/12 statements · /geneva · 5 matches
    ///  all statements · 12/12 statements · /zzz · no match
    /// ```
    ///
    /// When the line is short the filter is cut first, so that the match count shows.
    static func leftText(_ state: AppState, width: Int) -> String {
        let filter = state.filter?.label ?? "all statements"
        let counts = " " + filter + " · \(state.visible.count)/\(state.graph.statements.count) statements"
        var search = ""
        if let term = state.searchTerm {
            search = " · /" + TextLayout.truncate(term, width: 24) + (state.searchSummary.map { " · " + $0 } ?? "")
        }
        let whole = counts + search
        if DisplayWidth.of(whole) <= width { return whole }
        let searchWidth = DisplayWidth.of(search)
        // Keep at least a few columns of the filter, so the line still says what it shows.
        guard width - searchWidth >= 12 else { return TextLayout.truncate(whole, width: width) }
        return TextLayout.truncate(counts, width: width - searchWidth) + search
    }

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
        let left = leftText(state, width: max(rect.width * 2 / 3, rect.width - 20))
        let leftWidth = DisplayWidth.of(left)
        canvas.write(left, x: rect.x, y: rect.y, style: theme.style("status.filter"), maxWidth: leftWidth)
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
