import ParleyKit

/// The Article pane: the source text, wrapped, with the selected statement highlighted.
///
/// The statement's content is drawn in `article.highlight` and the mention
/// that names its speaker in `statement.speaker`. The pane scrolls itself so
/// that the statement stands a third of the way down, until the user scrolls.
public enum ArticlePane {
    /// The pane's title: the article's file name or headline.
    public static func title(_ state: AppState) -> String {
        guard let statement = state.selectedStatement, let article = state.graph.articles[statement.articleID] else { return "Article" }
        let name = article.headline ?? article.source.split(separator: "/").last.map(String.init) ?? article.source
        return "Article · " + name
    }

    /// The wrapped lines of the selected statement's article, as scalar ranges.
    static func lineRanges(_ state: AppState, width: Int) -> [Range<Int>] {
        guard let statement = state.selectedStatement, let analysis = state.graph.analyses[statement.articleID] else { return [] }
        return TextLayout.wrapRanges(analysis.text.string, width: width)
    }

    /// Number of wrapped lines at `width`.
    public static func lineCount(_ state: AppState, width: Int) -> Int { lineRanges(state, width: width).count }

    /// The first line to show when the user has not scrolled: the statement a third of the way down.
    public static func autoScroll(_ state: AppState, width: Int, height: Int) -> Int {
        guard let statement = state.selectedStatement else { return 0 }
        let ranges = lineRanges(state, width: width)
        let start = statement.span.start
        let line = ranges.firstIndex { $0.upperBound > start } ?? 0
        return max(0, min(line - height / 3, ranges.count - height))
    }

    /// Draws the pane into `rect`.
    public static func draw(_ state: AppState, focused: Bool, theme: Theme, in rect: Rect, into canvas: inout Canvas) {
        guard let statement = state.selectedStatement, let analysis = state.graph.analyses[statement.articleID] else {
            canvas.write("no statement selected", x: rect.x, y: rect.y, style: theme.style("list.dim"), maxWidth: rect.width)
            return
        }
        let ranges = TextLayout.wrapRanges(analysis.text.string, width: rect.width)
        let top = state.scroll[.article] ?? autoScroll(state, width: rect.width, height: rect.height)
        var marks: [(span: TextSpan, element: String)] = statement.contentSpans.map { ($0, "article.highlight") }
        if let span = statement.source?.span { marks.append((span, "statement.speaker")) }
        if let span = statement.cueSpan { marks.append((span, "statement.label")) }
        for row in 0..<rect.height {
            let index = top + row
            guard index < ranges.count else { break }
            let range = ranges[index]
            // Cut the line where a marked span starts or ends.
            var cuts = Set([range.lowerBound, range.upperBound])
            for mark in marks {
                if range.contains(mark.span.start) { cuts.insert(mark.span.start) }
                if range.contains(mark.span.end) { cuts.insert(mark.span.end) }
            }
            let points = cuts.sorted()
            var x = rect.x
            for (start, end) in zip(points, points.dropFirst()) where end > start {
                let piece = TextSpan(start, end)
                let element = marks.last { $0.span.contains(piece) }?.element ?? "article.text"
                let room = rect.maxX - x
                guard room > 0 else { break }
                x = canvas.write(analysis.text[piece], x: x, y: rect.y + row, style: theme.style(element), maxWidth: room)
            }
        }
    }
}
