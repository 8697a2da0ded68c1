/// The `?` overlay: every key of the key map and what it does, in a box over the panes.
///
/// In one column, or two when that is what makes every line fit. When the
/// screen is too small for every line whole, the descriptions wrap under
/// their keys and the box scrolls: j/k (and the other moving keys) scroll it,
/// any other key closes it, and the box's edges say so and where it stands.
public enum HelpOverlay {
    /// One row inside the box: a key column and a description, or a line of the footer.
    struct Row: Equatable {
        /// The keys, or "" on a description's continuation line and in the footer.
        var keys: String
        /// The description, or the footer's text.
        var text: String
        /// True for the footer, drawn across the whole box.
        var isFooter: Bool
    }

    /// Where the box goes and what it shows.
    struct Arrangement {
        /// The box, border included.
        var box: Rect
        /// Columns of rows side by side: 1 or 2.
        var columns: Int
        /// Width of the key column.
        var keyWidth: Int
        /// All rows, in reading order (column by column when two).
        var rows: [Row]
        /// Rows shown at once (per column).
        var visibleRows: Int
        /// The first row inside the box when it does not show every row.
        var firstRowY: Int
        /// True when the rows do not all show and j/k scroll them.
        var scrolls: Bool { columns == 1 && rows.count > visibleRows }
        /// The largest scroll offset.
        var maxScroll: Int { max(0, rows.count - visibleRows) }
    }

    /// The area the overlay is centred in: the screen above the status line.
    public static func area(for size: Size) -> Rect { Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 1)) }

    /// The footer that explains the prompt, the People counts, the event and `≤` rows, and the Statement pane's keys.
    static let footer = "In a / or : prompt: Enter runs it, Esc cancels, Backspace on empty closes. "
        + "People: the first count is statements made, the second (m) statements that mention the person. "
        + "Timeline: ◆ rows are events the articles date; e hides them; ≤ day: no date in the text, listed under the article's publication day. "
        + "Statement: j/k walk the links, Ctrl-d/Ctrl-u page the text."

    /// How the overlay lays out `keyMap` in `area`.
    static func arrangement(keyMap: KeyMap, in area: Rect) -> Arrangement {
        let entries = keyMap.bindings.map { binding in
            (keys: binding.keys.map(\.label).joined(separator: " "), help: binding.help)
        }
        let keyWidth = min(16, entries.map { DisplayWidth.of($0.keys) }.max() ?? 8)
        let helpWidth = entries.map { DisplayWidth.of($0.help) }.max() ?? 20
        let columnWidth = keyWidth + 2 + helpWidth
        let maxInnerWidth = max(1, area.width - 4)
        // A blank row above and below the lines when there is room for it.
        let padded = area.height - 4 >= 8
        let maxInnerHeight = max(1, area.height - (padded ? 4 : 2))
        func footerRows(_ width: Int) -> [Row] { TextLayout.wrap(footer, width: max(1, width)).map { Row(keys: "", text: $0, isFooter: true) } }
        func whole(_ entry: (keys: String, help: String)) -> Row { Row(keys: entry.keys, text: entry.help, isFooter: false) }
        func box(innerWidth: Int, innerHeight: Int) -> Rect {
            let width = min(area.width, innerWidth + 4), height = min(area.height, innerHeight + (padded ? 4 : 2))
            return Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        }
        let firstY = padded ? 2 : 1
        // One column, every line whole.
        let oneWidth = min(maxInnerWidth, columnWidth)
        let oneFooter = footerRows(oneWidth)
        if columnWidth <= maxInnerWidth, entries.count + oneFooter.count <= maxInnerHeight {
            let rows = entries.map(whole) + oneFooter
            let frame = box(innerWidth: oneWidth, innerHeight: rows.count)
            return Arrangement(box: frame, columns: 1, keyWidth: keyWidth, rows: rows, visibleRows: rows.count, firstRowY: frame.y + firstY)
        }
        // Two columns, every line whole.
        let twoWidth = 2 * columnWidth + 3
        let perColumn = (entries.count + 1) / 2
        let twoFooter = footerRows(twoWidth)
        if twoWidth <= maxInnerWidth, perColumn + twoFooter.count <= maxInnerHeight {
            let rows = entries.map(whole) + twoFooter
            let frame = box(innerWidth: twoWidth, innerHeight: perColumn + twoFooter.count)
            return Arrangement(box: frame, columns: 2, keyWidth: keyWidth, rows: rows, visibleRows: perColumn, firstRowY: frame.y + firstY)
        }
        // One column, descriptions wrapped under their keys, scrolling.
        let innerWidth = oneWidth
        let besideRoom = innerWidth - keyWidth - 2
        var rows: [Row] = []
        for entry in entries {
            if besideRoom >= 12 {
                for (index, line) in TextLayout.wrap(entry.help, width: besideRoom).enumerated() {
                    rows.append(Row(keys: index == 0 ? entry.keys : "", text: line, isFooter: false))
                }
            } else {
                // Too narrow to stand beside the keys: the description goes under them, indented.
                rows.append(Row(keys: TextLayout.truncate(entry.keys, width: innerWidth), text: "", isFooter: false))
                for line in TextLayout.wrap(entry.help, width: max(1, innerWidth - 2)) { rows.append(Row(keys: "", text: "  " + line, isFooter: true)) }
            }
        }
        rows += footerRows(innerWidth)
        let visible = min(rows.count, maxInnerHeight)
        let frame = box(innerWidth: innerWidth, innerHeight: visible)
        return Arrangement(box: frame, columns: 1, keyWidth: keyWidth, rows: rows, visibleRows: visible, firstRowY: frame.y + firstY)
    }

    /// True when the overlay does not show every line at `size` and j/k scroll it.
    public static func scrolls(size: Size, keyMap: KeyMap = .standard) -> Bool {
        arrangement(keyMap: keyMap, in: area(for: size)).scrolls
    }

    /// The largest scroll offset of the overlay at `size` (0 when everything shows).
    public static func maxScroll(size: Size, keyMap: KeyMap = .standard) -> Int {
        arrangement(keyMap: keyMap, in: area(for: size)).maxScroll
    }

    /// Draws the overlay centred in `area`, its rows from `scroll` when it scrolls.
    public static func draw(keyMap: KeyMap, theme: Theme, scroll: Int = 0, in area: Rect, into canvas: inout Canvas) {
        guard area.width >= 4, area.height >= 3 else { return }
        let arrangement = arrangement(keyMap: keyMap, in: area)
        let box = arrangement.box
        let style = theme.style("overlay")
        canvas.fill(box, style: style)
        var frameTheme = theme
        frameTheme.styles["pane.border.focused"] = style
        frameTheme.styles["pane.title.focused"] = theme.style("overlay.key")
        let top = arrangement.scrolls ? min(max(0, scroll), arrangement.maxScroll) : 0
        Frame.draw(box, title: arrangement.scrolls ? "Keys — j/k scroll, others close" : "Keys — any key closes",
                   focused: true, theme: frameTheme, into: &canvas)
        if arrangement.scrolls, box.width > 8 {
            // Where the rows shown stand among all, in the bottom edge.
            let last = min(arrangement.rows.count, top + arrangement.visibleRows)
            let position = " \(top + 1)–\(last) of \(arrangement.rows.count)" + (last < arrangement.rows.count ? " ↓ " : " ")
            canvas.write(TextLayout.truncate(position, width: box.width - 4), x: box.x + 2, y: box.maxY - 1, style: theme.style("overlay.key"), maxWidth: box.width - 4)
        }
        let innerWidth = box.width - 4
        let columnSpace = arrangement.columns == 1 ? innerWidth : (innerWidth - 3) / 2
        let keyWidth = min(arrangement.keyWidth, columnSpace)
        let entryRows = arrangement.rows.filter { !$0.isFooter || arrangement.columns == 1 }
        let footerRows = arrangement.columns == 1 ? [] : arrangement.rows.filter(\.isFooter)
        let perColumn = arrangement.visibleRows
        for (index, row) in entryRows.enumerated() {
            let shownIndex = index - top
            let column = arrangement.columns == 1 ? 0 : index / perColumn
            let line = arrangement.columns == 1 ? shownIndex : index % perColumn
            guard line >= 0, line < arrangement.visibleRows else { continue }
            let y = arrangement.firstRowY + line
            guard y < box.maxY - 1 else { continue }
            let x = box.x + 2 + column * (columnSpace + 3)
            if row.isFooter {
                canvas.write(TextLayout.truncate(row.text, width: innerWidth), x: box.x + 2, y: y, style: theme.style("list.dim").over(style), maxWidth: innerWidth)
                continue
            }
            canvas.write(TextLayout.fit(row.keys, width: keyWidth), x: x, y: y, style: theme.style("overlay.key"), maxWidth: columnSpace)
            let room = columnSpace - keyWidth - 2
            if room > 0 { canvas.write(TextLayout.truncate(row.text, width: room), x: x + keyWidth + 2, y: y, style: style, maxWidth: room) }
        }
        for (k, line) in footerRows.enumerated() {
            let y = arrangement.firstRowY + arrangement.visibleRows + k
            guard y < box.maxY - 1 else { break }
            canvas.write(line.text, x: box.x + 2, y: y, style: theme.style("list.dim").over(style), maxWidth: innerWidth)
        }
    }
}

/// The tab bar of the narrow layout: the five panes, the shown one marked.
///
/// ```
///  1 People  2 Topics  3 Timeline [4 Statement] 5 Article     (80 columns)
///  1  2  3 [4 Statement] 5                                     (40 columns)
/// ```
/// When the names do not all fit, the other tabs keep only their numbers
/// (the keys that show them), so the shown tab is always whole.
public enum TabBar {
    /// The labels of the tabs for `focus` at `width` columns, in order.
    static func labels(focus: PaneID, width: Int) -> [String] {
        // Brackets mark the shown tab even without colour or attributes.
        func label(_ number: Int, _ pane: PaneID, short: Bool) -> String {
            if pane == focus { return "[\(number) \(pane.title)]" }
            return short ? " \(number) " : " \(number) \(pane.title) "
        }
        let full = PaneID.allCases.enumerated().map { label($0.offset + 1, $0.element, short: false) }
        if DisplayWidth.of(full.joined()) <= width { return full }
        let short = PaneID.allCases.enumerated().map { label($0.offset + 1, $0.element, short: true) }
        if DisplayWidth.of(short.joined()) <= width { return short }
        // Narrower still: the shown tab alone.
        return PaneID.allCases.map { $0 == focus ? TextLayout.truncate(label((PaneID.allCases.firstIndex(of: $0) ?? 0) + 1, $0, short: true), width: width) : "" }
    }

    /// Draws the tabs into `rect`.
    public static func draw(focus: PaneID, theme: Theme, in rect: Rect, into canvas: inout Canvas) {
        canvas.fill(rect, style: theme.style("tab"))
        var x = rect.x
        for (pane, label) in zip(PaneID.allCases, labels(focus: focus, width: rect.width)) {
            x = canvas.write(label, x: x, y: rect.y, style: theme.style(pane == focus ? "tab.active" : "tab"), maxWidth: rect.maxX - x)
            guard x < rect.maxX else { break }
        }
    }
}
