/// The `?` overlay: every key of the key map and what it does, in a box over the panes.
public enum HelpOverlay {
    /// Draws the overlay centred in `area`, in one column or two as the height needs.
    public static func draw(keyMap: KeyMap, theme: Theme, in area: Rect, into canvas: inout Canvas) {
        let entries = keyMap.bindings.map { binding in
            (keys: binding.keys.map(\.label).joined(separator: " "), help: binding.help)
        }
        let keyWidth = min(16, entries.map { DisplayWidth.of($0.keys) }.max() ?? 8)
        let helpWidth = entries.map { DisplayWidth.of($0.help) }.max() ?? 20
        let maxInnerHeight = max(1, area.height - 4)
        let columns = entries.count > maxInnerHeight ? 2 : 1
        let perColumn = (entries.count + columns - 1) / columns
        let columnWidth = keyWidth + 2 + helpWidth
        let innerWidth = min(area.width - 4, columns * columnWidth + (columns - 1) * 3)
        let width = innerWidth + 4
        let footer = TextLayout.wrap("In a / or : prompt: Enter runs it, Esc cancels, Backspace on empty closes. "
            + "People: the first count is statements made, the second (m) statements that mention the person. "
            + "Timeline: ◆ rows are events the articles date; e hides them.", width: max(1, innerWidth))
        let height = min(area.height, perColumn + 4 + footer.count)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let style = theme.style("overlay")
        canvas.fill(box, style: style)
        var frameTheme = theme
        frameTheme.styles["pane.border.focused"] = style
        frameTheme.styles["pane.title.focused"] = theme.style("overlay.key")
        Frame.draw(box, title: "Keys — any key closes", focused: true, theme: frameTheme, into: &canvas)
        let columnSpace = columns == 1 ? innerWidth : (innerWidth - 3) / 2
        for (index, entry) in entries.enumerated() {
            let column = index / perColumn, row = index % perColumn
            let y = box.y + 2 + row
            guard y < box.maxY - 1 else { continue }
            let x = box.x + 2 + column * (columnSpace + 3)
            canvas.write(TextLayout.fit(entry.keys, width: min(keyWidth, columnSpace)), x: x, y: y, style: theme.style("overlay.key"), maxWidth: columnSpace)
            let helpX = x + keyWidth + 2
            let room = columnSpace - keyWidth - 2
            if room > 0 { canvas.write(TextLayout.truncate(entry.help, width: room), x: helpX, y: y, style: style, maxWidth: room) }
        }
        for (k, line) in footer.enumerated() {
            let footerY = box.y + 2 + perColumn + k
            guard footerY < box.maxY - 1 else { break }
            canvas.write(line, x: box.x + 2, y: footerY, style: theme.style("list.dim").over(style), maxWidth: innerWidth)
        }
    }
}

/// The tab bar of the narrow layout: the five panes, the shown one marked.
public enum TabBar {
    /// Draws the tabs into `rect`.
    public static func draw(focus: PaneID, theme: Theme, in rect: Rect, into canvas: inout Canvas) {
        canvas.fill(rect, style: theme.style("tab"))
        var x = rect.x
        for (number, pane) in PaneID.allCases.enumerated() {
            // Brackets mark the shown tab even without colour or attributes.
            let label = pane == focus ? "[\(number + 1) \(pane.title)]" : " \(number + 1) \(pane.title) "
            x = canvas.write(label, x: x, y: rect.y, style: theme.style(pane == focus ? "tab.active" : "tab"), maxWidth: rect.maxX - x)
            guard x < rect.maxX else { break }
        }
    }
}
