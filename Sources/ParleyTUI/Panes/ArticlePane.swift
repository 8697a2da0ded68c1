import ParleyKit

/// The Article pane: the source text, wrapped, with the selected statement highlighted.
///
/// The statement's content is drawn in `article.highlight` and the mention
/// that names its speaker in `statement.speaker`. For a selected event, the
/// event's clause is drawn in `article.highlight` and its time expression in
/// `timeline.event`. The pane scrolls itself so that the statement (or event)
/// stands a third of the way down, until the user scrolls.
public enum ArticlePane {
    /// What the pane shows for the selected timeline row: the article, where to scroll to, and the marked spans.
    struct Shown {
        /// The article's id.
        var articleID: String
        /// The scalar offset to bring a third of the way down.
        var start: Int
        /// Spans to draw in a theme element; a later mark wins over an earlier one where they overlap.
        var marks: [(span: TextSpan, element: String)]
    }

    /// The article and marks of the selected statement or event, if any.
    static func shown(_ state: AppState) -> Shown? {
        if let statement = state.selectedStatement {
            var marks: [(span: TextSpan, element: String)] = statement.contentSpans.map { ($0, "article.highlight") }
            if let span = statement.source?.span { marks.append((span, "statement.speaker")) }
            if let span = statement.cueSpan { marks.append((span, "statement.label")) }
            return Shown(articleID: statement.articleID, start: statement.span.start, marks: marks)
        }
        if let event = state.selectedEvent, let id = event.articleID(in: state.graph) {
            return Shown(articleID: id, start: event.span.start, marks: [(event.span, "article.highlight"), (event.timex.span, "timeline.event")])
        }
        return nil
    }

    /// The pane's title: the article's file name or headline.
    public static func title(_ state: AppState) -> String {
        guard let shown = shown(state), let article = state.graph.articles[shown.articleID] else { return "Article" }
        let name = article.headline ?? article.source.split(separator: "/").last.map(String.init) ?? article.source
        return "Article · " + name
    }

    /// The wrapped lines of the selected statement's (or event's) article, as scalar ranges.
    static func lineRanges(_ state: AppState, width: Int) -> [Range<Int>] {
        guard let shown = shown(state), let analysis = state.graph.analysis(of: shown.articleID) else { return [] }
        return TextLayout.wrapRanges(analysis.text.string, width: width)
    }

    /// Number of wrapped lines at `width`.
    public static func lineCount(_ state: AppState, width: Int) -> Int { lineRanges(state, width: width).count }

    /// The first line to show when the user has not scrolled: the statement a third of the way down.
    public static func autoScroll(_ state: AppState, width: Int, height: Int) -> Int {
        guard let shown = shown(state) else { return 0 }
        let ranges = lineRanges(state, width: width)
        let start = shown.start
        let line = ranges.firstIndex { $0.upperBound > start } ?? 0
        return max(0, min(line - height / 3, ranges.count - height))
    }

    /// Draws the pane into `rect`.
    public static func draw(_ state: AppState, focused: Bool, theme: Theme, in rect: Rect, into canvas: inout Canvas) {
        guard let shown = shown(state), let analysis = state.graph.analysis(of: shown.articleID) else {
            canvas.write(TextLayout.truncate("no statement selected", width: rect.width), x: rect.x, y: rect.y, style: theme.style("list.dim"), maxWidth: rect.width)
            return
        }
        let ranges = TextLayout.wrapRanges(analysis.text.string, width: rect.width)
        let top = state.scroll[.article] ?? autoScroll(state, width: rect.width, height: rect.height)
        let marks = shown.marks
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
