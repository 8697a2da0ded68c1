/// A pane's frame: a box of line-drawing characters with the title in the top edge.
///
/// ```
/// ┌ People 12 ─────────┐
/// │                    │
/// └────────────────────┘
/// ```
public enum Frame {
    /// Draws the frame of `rect` with `title`; the focused pane's frame uses the `.focused` styles.
    public static func draw(_ rect: Rect, title: String, focused: Bool, theme: Theme, into canvas: inout Canvas) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = theme.style(focused ? "pane.border.focused" : "pane.border")
        let horizontal = String(repeating: "─", count: rect.width - 2)
        canvas.write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: border)
        for y in rect.y + 1..<rect.maxY - 1 {
            canvas.write("│", x: rect.x, y: y, style: border)
            canvas.write("│", x: rect.maxX - 1, y: y, style: border)
        }
        canvas.write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: border)
        guard rect.width > 6 else { return }
        let label = " " + TextLayout.truncate(title, width: rect.width - 6) + " "
        canvas.write(label, x: rect.x + 2, y: rect.y, style: theme.style(focused ? "pane.title.focused" : "pane.title"))
    }
}

/// One row of a list: pieces of text, each with a theme element.
public struct ListRow: Sendable {
    /// Pieces drawn left to right: text, its theme element, and a fixed width (padded and cut) or nil.
    public var pieces: [(text: String, element: String, width: Int?, alignRight: Bool)]

    /// Makes a row.
    public init(_ pieces: [(text: String, element: String, width: Int?, alignRight: Bool)]) { self.pieces = pieces }
}

/// A scrolling list with a selected row.
public enum ListView {
    /// Draws `rows` from `scroll` into `rect`; the row `selected` is drawn in the selection style.
    public static func draw(_ rows: [ListRow], selected: Int?, scroll: Int, focused: Bool, theme: Theme,
                            matches: (Int) -> Bool = { _ in false }, in rect: Rect, into canvas: inout Canvas) {
        draw(count: rows.count, row: { rows[$0] }, selected: selected, scroll: scroll, focused: focused, theme: theme,
             matches: matches, in: rect, into: &canvas)
    }

    /// Draws `count` rows made on demand by `row`, so only the rows on screen are built.
    public static func draw(count: Int, row: (Int) -> ListRow, selected: Int?, scroll: Int, focused: Bool, theme: Theme,
                            matches: (Int) -> Bool = { _ in false }, in rect: Rect, into canvas: inout Canvas) {
        guard rect.height > 0, rect.width > 0 else { return }
        let top = max(0, min(scroll, count - rect.height))
        for line in 0..<rect.height {
            let index = top + line
            guard index < count else { break }
            let y = rect.y + line
            let isSelected = index == selected
            let rowStyle: Style? = isSelected ? theme.style(focused ? "list.selected" : "list.selected.unfocused") : nil
            if let rowStyle { canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: rowStyle) }
            var x = rect.x
            for piece in row(index).pieces {
                let remaining = rect.maxX - x
                guard remaining > 0 else { break }
                var element = piece.element
                if matches(index) && element != "timeline.date" { element = "search.match" }
                let style = rowStyle ?? theme.style(element)
                let text = piece.width.map { TextLayout.fit(piece.text, width: min($0, remaining), alignRight: piece.alignRight) }
                    ?? TextLayout.truncate(piece.text, width: remaining)
                x = canvas.write(text, x: x, y: y, style: style, maxWidth: remaining)
            }
        }
    }
}
