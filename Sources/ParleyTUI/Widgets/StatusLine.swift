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
    /// When the line is short, it gives way in this order, so that the match
    /// count shows longest: `all statements` when there is no filter, the
    /// word `statements`, the filter (cut, then dropped), the long form of the
    /// match count (`match 3 of 17` becomes `3 of 17`), the search term (cut);
    /// anything cut ends in `…`.
    static func leftText(_ state: AppState, width: Int) -> String {
        guard width > 0 else { return "" }
        let filter = state.filter?.label ?? "all statements"
        let counts = "\(state.visible.count)/\(state.graph.statements.count)"
        let term = state.searchTerm.map { "/" + TextLayout.truncate($0, width: 24) }
        let summary = state.searchSummary
        let short = state.searchMatches.map { $0.shortSummary(selected: state.selection[$0.pane] ?? 0) }
        func line(_ parts: [String?]) -> String { " " + parts.compactMap { $0 }.joined(separator: " · ") }
        let search: [String?] = [term, summary]
        var candidates = [line([filter, counts + " statements"] + search)]
        if state.filter == nil {
            // "all statements" says nothing the counts do not: it goes first.
            candidates.append(line([counts + " statements"] + search))
        } else {
            candidates.append(line([filter, counts] + search))
            // The filter cut to what is left, keeping at least a few columns so the line still says what it shows.
            let rest = DisplayWidth.of(line([counts] + search)) + 3
            if width - rest >= 8 { candidates.append(line([TextLayout.truncate(filter, width: width - rest), counts] + search)) }
        }
        candidates += [line([counts] + search), line([counts, term, short]), line([term, short])]
        if let fitting = candidates.first(where: { DisplayWidth.of($0) <= width }) { return fitting }
        // Not even the term and the count: the count first, then as much of the term as fits.
        if let short {
            let room = width - DisplayWidth.of(short) - 4
            if room >= 2, let term { return " " + TextLayout.truncate(term, width: room) + " · " + short }
            return TextLayout.truncate(" " + short, width: width)
        }
        return TextLayout.truncate(candidates[1], width: width)
    }

    /// The most lines a long message takes, the status line included; it covers the bottom of the panes.
    static let maxMessageLines = 3

    /// The lines of `message` at `width` columns: one when it fits, else
    /// wrapped onto at most `maxMessageLines`, the last cut with `…` when more is left.
    static func messageLines(_ message: String, width: Int) -> [String] {
        let room = max(1, width - 2)
        if DisplayWidth.of(message) <= room { return [message] }
        var lines = TextLayout.wrap(message, width: room)
        if lines.count > maxMessageLines {
            lines = Array(lines.prefix(maxMessageLines))
            lines[maxMessageLines - 1] = TextLayout.truncate(lines[maxMessageLines - 1] + " …", width: room)
            if !lines[maxMessageLines - 1].hasSuffix("…") { lines[maxMessageLines - 1] += "…" }
        }
        return lines
    }

    /// Draws the status line of `state` into `rect`.
    ///
    /// A message that does not fit beside the filter takes the whole line;
    /// one longer than the line wraps upwards over the bottom rows of the
    /// panes (at most `maxMessageLines`), so that nothing it says is lost to
    /// a cut (the list of query fields, the fix for a theme).
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
        // With a search on, the match count matters more than the key hints: only `? help` needs to stay.
        let leftRoom = state.searchTerm != nil ? max(rect.width * 2 / 3, rect.width - 9) : max(rect.width * 2 / 3, rect.width - 20)
        let left = leftText(state, width: leftRoom)
        let leftWidth = DisplayWidth.of(left)
        let room = rect.width - leftWidth - 2
        if let message = state.message, DisplayWidth.of(message) > room {
            let lines = messageLines(message, width: rect.width)
            for (index, line) in lines.enumerated() {
                let y = rect.y - (lines.count - 1) + index
                guard y >= 0 else { continue }
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: base)
                canvas.write(" " + line, x: rect.x, y: y, style: base, maxWidth: rect.width)
            }
            return
        }
        canvas.write(left, x: rect.x, y: rect.y, style: theme.style("status.filter"), maxWidth: leftWidth)
        guard room > 0 else { return }
        var right: String
        if let message = state.message {
            right = message
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
