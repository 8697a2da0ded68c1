/// Where each pane goes for a terminal size.
///
/// - Narrow (under 100 columns or 20 rows, e.g. 80×24): a tab bar on the
///   first row and one pane at a time, except that the Timeline and the
///   Statement share the screen (timeline above) when there are 18 rows or
///   more; Tab walks all five panes.
/// - Medium (100 columns and more): People over Topics on the left, the
///   Timeline in the middle, the Statement on the right, with the Article
///   below it when there are 34 rows or more; with fewer rows the Article
///   takes the Statement's place while it has the focus.
/// - Wide (160×40 and more, e.g. 200×60): as medium, with a wider timeline
///   and the Article always below the Statement.
///
/// The last row is always the status line.
public struct Layout: Equatable, Sendable {
    /// Panes shown and their frames (borders included), in Tab order.
    public var panes: [(id: PaneID, frame: Rect)]
    /// The tab bar's row in the narrow layout.
    public var tabBar: Rect?
    /// The status line.
    public var status: Rect
    /// True when one pane shows at a time.
    public var isTabbed: Bool { tabBar != nil }

    /// Panes that can take the focus, in Tab order (all five when some take turns on screen).
    public var focusOrder: [PaneID]

    /// The frame of `pane`, if shown.
    public func frame(of pane: PaneID) -> Rect? { panes.first { $0.id == pane }?.frame }

    /// Same panes in the same frames, same tab bar and status line.
    public static func == (a: Layout, b: Layout) -> Bool {
        a.panes.map(\.id) == b.panes.map(\.id) && a.panes.map(\.frame) == b.panes.map(\.frame) && a.tabBar == b.tabBar && a.status == b.status
    }

    /// The layout for `size` with `focus` shown (it matters in the narrow layout).
    public static func compute(size: Size, focus: PaneID) -> Layout {
        let width = max(size.width, 1), height = max(size.height, 2)
        let status = Rect(x: 0, y: height - 1, width: width, height: 1)
        if width < 100 || height < 20 {
            let tabBar = Rect(x: 0, y: 0, width: width, height: 1)
            let bodyHeight = height - 2
            if (focus == .timeline || focus == .statement) && bodyHeight >= 16 {
                // Reading the timeline needs the statement beside it: stack the two.
                let timelineHeight = bodyHeight / 2
                return Layout(panes: [(.timeline, Rect(x: 0, y: 1, width: width, height: timelineHeight)),
                                      (.statement, Rect(x: 0, y: 1 + timelineHeight, width: width, height: bodyHeight - timelineHeight))],
                              tabBar: tabBar, status: status, focusOrder: PaneID.allCases)
            }
            return Layout(panes: [(focus, Rect(x: 0, y: 1, width: width, height: bodyHeight))], tabBar: tabBar, status: status,
                          focusOrder: PaneID.allCases)
        }
        let bodyHeight = height - 1
        let wide = width >= 160 && height >= 40
        // wide enough for a full name with both counts ("Michael Howard  164  27m")
        let left = min(36, max(28, width / 4))
        let peopleHeight = bodyHeight * 3 / 5
        var panes: [(id: PaneID, frame: Rect)] = [
            (.people, Rect(x: 0, y: 0, width: left, height: peopleHeight)),
            (.topics, Rect(x: 0, y: peopleHeight, width: left, height: bodyHeight - peopleHeight)),
        ]
        let rest = width - left
        let timelineWidth = wide ? rest * 11 / 20 : rest / 2
        panes.append((.timeline, Rect(x: left, y: 0, width: timelineWidth, height: bodyHeight)))
        let rightX = left + timelineWidth, rightWidth = width - rightX
        if wide || bodyHeight >= 34 {
            let statementHeight = bodyHeight * (wide ? 9 : 11) / 20
            panes.append((.statement, Rect(x: rightX, y: 0, width: rightWidth, height: statementHeight)))
            panes.append((.article, Rect(x: rightX, y: statementHeight, width: rightWidth, height: bodyHeight - statementHeight)))
        } else {
            // No room for both: the Article stands in for the Statement while it has the focus.
            panes.append((focus == .article ? .article : .statement, Rect(x: rightX, y: 0, width: rightWidth, height: bodyHeight)))
        }
        return Layout(panes: panes, tabBar: nil, status: status, focusOrder: PaneID.allCases)
    }
}
