import ParleyKit

/// The Statement pane: the selected statement in full, and its links to follow;
/// or, when an event row of the timeline is selected, the event (see `eventLines`).
///
/// ```
/// Karl Ostrander
/// press secretary of the Russian president
/// cue    announced · indirect
/// date   2021-06-05 · “Saturday, June 5” (written in the text)
/// from   000_12f8.txt
///
/// No, this is not on the schedule. All the modalities…
///
/// Links 2
/// same speaker
/// → 2021-06-05 · All the modalities…
/// same topic · summit
/// → 2021-06-16 · Maria Lindqvist: We are ready to…
/// ```
public enum StatementPane {
    /// One line of the pane: pieces of text with their theme elements, and the link it shows, if any.
    public struct Line: Sendable {
        /// Text pieces left to right, each with its theme element.
        public var pieces: [(text: String, element: String)]
        /// The index into `AppState.selectedLinks` this line shows, if it is a link.
        public var link: Int?
    }

    /// The pane's title.
    public static func title(_ state: AppState) -> String {
        let links = state.selectedLinks.count
        if state.selectedEvent != nil {
            return links > 0 ? "Event · \(links) statement\(links == 1 ? "" : "s")" : "Event"
        }
        return links > 0 ? "Statement · \(links) link\(links == 1 ? "" : "s")" : "Statement"
    }

    /// How a statement date was found, in words.
    static func dateExplanation(_ date: StatementDate) -> String {
        // Not a switch: a date source added to ParleyKit shows by its raw value instead of breaking the build.
        let source = date.source
        if source == .explicit { return "written in the sentence" }
        if source == .relative { return date.anchor.map { "relative, counted from \($0)" } ?? "relative" }
        if source == .context { return "the date in force earlier in the text" }
        if source == .documentCreationTime { return "the article's publication date" }
        if source == .unknown { return "no date found" }
        return source.rawValue
    }

    /// Where a statement or event comes from: `from` the outlet and headline
    /// (wrapped), and `file` the file name on one line, cut in the middle
    /// when it is long, since the start (often a date) and the extension tell
    /// files apart best (`2021-06-01-press-gaggle…-tulsa-ok.md`).
    static func articleLines(_ article: Article, width: Int, compact: Bool = false) -> [Line] {
        let name = article.source.split(separator: "/").last.map(String.init) ?? article.source
        let heading = [article.outlet, article.headline].compactMap { $0 }.filter { !$0.isEmpty }
        var lines: [Line] = []
        if !heading.isEmpty { lines += labelledLines("from", heading.joined(separator: " · "), "default", width: width, compact: compact) }
        let room = max(1, width - 7)
        lines += labelledLines(heading.isEmpty ? "from" : "file", TextLayout.truncateMiddle(name, width: room), heading.isEmpty ? "default" : "list.dim", width: width)
        return lines
    }

    /// `label` in a 7-column gutter and `value` wrapped beside it, continuation
    /// lines indented; `compact`, on one line cut with `…`.
    static func labelledLines(_ label: String, _ value: String, _ element: String, width: Int, compact: Bool = false) -> [Line] {
        let indent = 7
        let texts = compact ? [TextLayout.truncate(TimelinePane.oneLine(value), width: max(1, width - indent))]
                            : TextLayout.wrap(value, width: max(1, width - indent))
        return texts.enumerated().map { index, text in
            Line(pieces: [(index == 0 ? TextLayout.fit(label, width: indent) : String(repeating: " ", count: indent), "statement.label"),
                          (text, element)], link: nil)
        }
    }

    /// The lines of the pane at `width` columns: the details and content, a blank line, the links.
    public static func lines(_ state: AppState, width: Int) -> [Line] {
        let parts = sections(state, width: width)
        return parts.links.isEmpty ? parts.body : parts.body + [Line(pieces: [], link: nil)] + parts.links
    }

    /// The pane's two parts at `width` columns: `body`, the statement's (or
    /// event's) details and content; `links`, the `Links N` heading and the
    /// links under their group headings (empty when nothing is selected).
    ///
    /// `compact`, for a pane too short for everything: the date and the
    /// secondary fields (roles, via, article, topics, names) take one line
    /// each, and the content comes straight after the speaker, cue and date,
    /// the roles, via, article, topics and names after it.
    static func sections(_ state: AppState, width: Int, compact: Bool = false) -> (body: [Line], links: [Line]) {
        if let event = state.selectedEvent { return eventSections(event, state, width: width, compact: compact) }
        guard let statement = state.selectedStatement else {
            return ([Line(pieces: [("no statement selected", "list.dim")], link: nil)], [])
        }
        let graph = state.graph
        var lines: [Line] = []
        func labelled(_ label: String, _ value: String, _ element: String = "default", secondary: Bool = false) {
            lines += labelledLines(label, value, element, width: width, compact: compact && secondary)
        }
        let source = statement.source
        lines.append(Line(pieces: [(source?.name ?? "unknown source", source == nil ? "list.dim" : "statement.speaker")], link: nil))
        // Who the speaker is and how they were found: under the name, or (compact) after the content.
        var identity: [Line] = []
        if let id = source?.entityID, let entity = graph.entities[id], !entity.roles.isEmpty {
            let roles = entity.roles.joined(separator: "; ")
            if compact {
                // Away from the name, the roles need a label.
                identity += labelledLines("role", roles, "list.dim", width: width, compact: true)
            } else {
                identity += TextLayout.wrap(roles, width: width).map { Line(pieces: [($0, "list.dim")], link: nil) }
            }
        }
        if let source, source.resolution != .name {
            let via = "\(source.resolution.rawValue)" + (source.span.flatMap { span in graph.analysis(of: statement.articleID).map { " “\($0.text[span])”" } } ?? "")
            identity += labelledLines("via", via, "default", width: width, compact: compact)
        }
        if !compact { lines += identity }
        labelled("cue", [statement.cue.map { "“\($0)”" } ?? "none", statement.kind.rawValue].joined(separator: " · "))
        var date = statement.date.value ?? "unknown"
        if let text = statement.date.text, !text.isEmpty { date += " · “\(text)”" }
        date += " (\(dateExplanation(statement.date)))"
        if let index = state.selectedStatementIndex, case .published(let published) = state.data.placements[index] {
            // Not said on that day: the timeline only puts it there.
            date = "none in the text · listed under ≤ \(TimelinePane.heading(TimelinePane.dayKey(published))), the article's publication date"
        }
        labelled("date", date, secondary: true)
        if let channel = statement.channel { labelled("where", channel) }
        let secondaryStart = lines.count
        if compact { lines += identity }
        if let article = graph.articles[statement.articleID] {
            lines += articleLines(article, width: width, compact: compact)
        }
        if !statement.topics.isEmpty { labelled("topics", statement.topics.joined(separator: ", "), secondary: true) }
        let mentioned = statement.mentionedEntityIDs.compactMap { graph.entities[$0]?.name }
        if !mentioned.isEmpty { labelled("names", mentioned.joined(separator: ", "), secondary: true) }
        let content = TextLayout.wrap(TimelinePane.contentText(statement, in: graph), width: width).map {
            Line(pieces: [($0, "statement.content")], link: nil)
        }
        placeContent(content, in: &lines, secondaryStart: secondaryStart, compact: compact)
        let links = state.selectedLinks
        var linkLines = [Line(pieces: [(links.isEmpty ? "No links" : "Links \(links.count)", "statement.label")], link: nil)]
        let texts = linkTexts(links, from: statement, in: graph, width: width)
        var group: String?
        for (index, link) in links.enumerated() {
            let heading = heading(of: link)
            if heading != group {
                linkLines.append(Line(pieces: [(TextLayout.truncate(heading, width: width), "statement.label")], link: nil))
                group = heading
            }
            linkLines.append(Line(pieces: [(texts[index], "link")], link: index))
        }
        return (lines, linkLines)
    }

    /// Puts the content lines into `lines`: after a blank line at the end; or,
    /// `compact`, straight after the speaker, cue and date, before the
    /// secondary fields (`lines[secondaryStart...]`), so that a short pane
    /// shows who said what first.
    static func placeContent(_ content: [Line], in lines: inout [Line], secondaryStart: Int, compact: Bool) {
        guard compact else {
            lines.append(Line(pieces: [], link: nil))
            lines += content
            return
        }
        lines.insert(contentsOf: content, at: min(secondaryStart, lines.count))
    }

    /// The heading a statement's link is listed under: why the statements are
    /// linked, and for a topic the topic (`same topic · tax`).
    ///
    /// The lines under a heading then need only say what tells the linked
    /// statements apart (see `linkTexts`).
    public static func heading(of link: StatementLink) -> String {
        switch link.kind {
        case .sameSpeaker: return "same speaker"
        case .sameTopic: return link.label.map { "same topic · \($0)" } ?? "same topic"
        case .sameEvent: return "same event"
        case .reply: return "reply"
        case .sameQuote: return "same quote elsewhere"
        }
    }

    /// One line for each of `links` (statements linked to `statement`), each
    /// telling its statement apart from the others at a glance:
    ///
    /// ```
    /// → 2005-02-03 · voters will have to wait for Labour's manifesto…
    /// → 2005-02-01 · Michael Howard: Labour would raise taxes…
    /// → 2005-02-03 · Tony Blair · BBC · Blair rejects tax claim
    /// ```
    ///
    /// The date (for a statement with none of its own, its article's
    /// publication date after `≤`, else `undated`), then the speaker when it is not the
    /// speaker of `statement`, then the first words of the content. A
    /// `same-quote` link's content is the same quote, so it names the article
    /// (outlet and headline, else the file name) instead. When two lines would
    /// still read the same within `width` columns, the article comes before
    /// the content if their articles differ; if not, the content starts, after
    /// `…`, at the first word where they differ, and if that word still does
    /// not show, the date and speaker they share give way to it. Lines are cut
    /// to `width` with `…`.
    ///
    /// - Parameters:
    ///   - statement: the statement the links start from; nil for an event's statements, which all name their speaker.
    ///   - date: how a TIMEX3 value shows (nil when there is none); the value itself by default.
    static func linkTexts(_ links: [StatementLink], from statement: Statement?, in graph: StatementGraph, width: Int,
                          date: (String?) -> String? = { $0 }) -> [String] {
        let speaker = statement.flatMap { StatementGraph.speakerKey($0) }
        let targets = links.map { graph.statement(id: $0.to) }
        let contents = targets.map { $0.map { TimelinePane.oneLine(TimelinePane.contentText($0, in: graph)) } ?? "" }
        func article(_ target: Statement) -> String {
            guard let article = graph.articles[target.articleID] else { return target.articleID }
            let name = article.source.split(separator: "/").last.map(String.init) ?? article.source
            return [article.outlet, article.headline ?? name].compactMap { $0 }.joined(separator: " · ")
        }
        /// The line of link `index`; `shared` drops the speaker and the date (which the colliding lines share).
        func text(_ index: Int, withArticle: Bool = false, content: String? = nil, shared: Bool = false) -> String {
            let link = links[index]
            guard let target = targets[index] else { return TextLayout.truncate("→ \(link.to)", width: width) }
            var parts = shared ? [] : [date(target.date.value) ?? TimelinePlacement.of(target, in: graph).shortText { date($0) ?? $0 }]
            let sameSpeaker = speaker != nil && StatementGraph.speakerKey(target) == speaker
            let who = sameSpeaker || shared ? nil : (target.source?.name ?? "—")
            if link.kind == .sameQuote {
                parts += [who, article(target)].compactMap { $0 }
                return TextLayout.truncate("→ " + parts.joined(separator: " · "), width: width)
            }
            if withArticle { parts.append(article(target)) }
            parts.append((who.map { $0 + ": " } ?? "") + (content ?? contents[index]))
            return TextLayout.truncate("→ " + parts.joined(separator: " · "), width: width)
        }
        var texts = links.indices.map { text($0) }
        for indices in Dictionary(grouping: links.indices, by: { texts[$0] }).values where indices.count > 1 {
            if Set(indices.map { targets[$0]?.articleID }).count == indices.count {
                for index in indices { texts[index] = text(index, withArticle: true) }
                continue
            }
            // Same article, same date, same opening: show each from the first word where they differ,
            // and when the date and speaker leave no room for that word, without them.
            let words = indices.map { contents[$0].split(separator: " ") }
            var common = 0
            while let first = words.first, common < first.count, words.allSatisfy({ common < $0.count && $0[common] == first[common] }) {
                common += 1
            }
            let tails = words.map { "…" + $0.dropFirst(common).joined(separator: " ") }
            var changed = zip(indices, tails).map { text($0, content: $1) }
            if Set(changed).count < changed.count { changed = zip(indices, tails).map { text($0, content: $1, shared: true) } }
            for (index, line) in zip(indices, changed) { texts[index] = line }
        }
        return texts
    }

    /// The lines for an event at `width` columns: its details and clause, then its statements.
    ///
    /// ```
    /// ◆ event
    /// date   Wed 2021-06-16 · “June 16”
    /// TIMEX3 2021-06-16 · DATE, counted from 2021-06-05
    /// from   000_12f8.txt
    /// names  Geneva
    ///
    /// The meeting of the Russian and American leaders will take place on June 16 in Geneva
    ///
    /// Statements 1
    /// → Sat 2021-06-05 · Karl Ostrander: No, this is not on the schedule…
    /// ```
    ///
    /// The statements are `AppState.selectedLinks`, selected and followed with
    /// j/k and Enter like a statement's links.
    static func eventSections(_ event: Event, _ state: AppState, width: Int, compact: Bool = false) -> (body: [Line], links: [Line]) {
        let graph = state.graph
        var lines: [Line] = []
        func labelled(_ label: String, _ value: String, _ element: String = "default", secondary: Bool = false) {
            lines += labelledLines(label, value, element, width: width, compact: compact && secondary)
        }
        lines.append(Line(pieces: [(TimelinePane.eventMarker, "timeline.event")], link: nil))
        let timex = event.timex
        labelled("date", TimelinePane.heading(TimelinePane.dayKey(timex.value)) + " · “\(TimelinePane.oneLine(timex.text))”")
        // The type, and for a relative expression ("the day after") the date it was counted from.
        var how = timex.type.rawValue
        if timex.isRelative { how += timex.anchor.map { ", counted from \($0)" } ?? ", relative" }
        labelled("TIMEX3", timex.value + " · " + how)
        let secondaryStart = lines.count
        if let id = event.articleID(in: graph), let article = graph.articles[id] {
            lines += articleLines(article, width: width, compact: compact)
        }
        let mentioned = event.entityIDs.compactMap { graph.entities[$0]?.name }
        if !mentioned.isEmpty { labelled("names", mentioned.joined(separator: ", "), secondary: true) }
        let content = TextLayout.wrap(TimelinePane.oneLine(event.text), width: width).map { Line(pieces: [($0, "statement.content")], link: nil) }
        placeContent(content, in: &lines, secondaryStart: secondaryStart, compact: compact)
        let links = state.selectedLinks
        var linkLines = [Line(pieces: [(links.isEmpty ? "No linked statement" : "Statements \(links.count)", "statement.label")], link: nil)]
        let texts = linkTexts(links, from: nil, in: graph, width: width) { value in value.map { TimelinePane.heading(TimelinePane.dayKey($0)) } }
        for (index, text) in texts.enumerated() {
            linkLines.append(Line(pieces: [(text, "link")], link: index))
        }
        return (lines, linkLines)
    }

    /// How the pane's rows are shared at a given size: the details and
    /// content above (`body`, scrolled by `scroll[.statement]`), and, when
    /// not everything fits, the links below in a part of their own, so that
    /// they always show however long the content is.
    ///
    /// ```
    /// Joe Biden
    /// cue    “said” · indirect
    /// …
    /// last week, we do need to finish these
    /// ── Links 7 · ↓ 2 more lines · Ctrl-d ───
    /// same speaker
    /// › 2021-06-01 · we’re in a race to win…
    /// → 2021-06-03 · the bill will pass…
    /// ```
    struct Arrangement {
        /// The details and content (everything, when it all fits).
        var body: [Line]
        /// Rows given to the body.
        var bodyHeight: Int
        /// The first body line shown.
        var bodyTop: Int
        /// The largest `bodyTop`: the body's last line at the bottom of its rows.
        var bodyMost: Int
        /// The `Links N` heading, then the group headings and links; empty when everything fits in `body`.
        var links: [Line]
        /// Rows given to the links, their heading included (0 when they are part of the body).
        var linksHeight: Int
        /// The first of `links` after the heading that shows (the heading always does).
        var linksTop: Int

        /// True when the body does not show whole: a line says how many lines are below.
        var bodyIsCut: Bool { bodyTop + bodyHeight < body.count }
    }

    /// The arrangement of the pane at `width` × `height` (inside the frame).
    ///
    /// When everything fits, or there is no link, one list scrolls. Otherwise
    /// the secondary fields shrink to a line each (`compact`), the body gets
    /// the rows it needs as long as the links keep a quarter of them (at least
    /// three, or what they need if less), and the links' rows scroll to keep
    /// the selected link in their middle. The links' heading says how many
    /// lines of the body are below its rows.
    static func arrangement(_ state: AppState, width: Int, height: Int) -> Arrangement {
        var parts = sections(state, width: width)
        var whole = parts.links.isEmpty ? parts.body : parts.body + [Line(pieces: [], link: nil)] + parts.links
        let height = max(1, height)
        guard !state.selectedLinks.isEmpty, whole.count > height, height >= 2 else {
            let most = max(0, whole.count - height)
            return Arrangement(body: whole, bodyHeight: height, bodyTop: min(max(0, state.scroll[.statement] ?? 0), most), bodyMost: most,
                               links: [], linksHeight: 0, linksTop: 0)
        }
        // Short of rows: the secondary fields take one line each, and the links their share.
        parts = sections(state, width: width, compact: true)
        whole = parts.body + [Line(pieces: [], link: nil)] + parts.links
        if whole.count <= height {
            return Arrangement(body: whole, bodyHeight: height, bodyTop: 0, bodyMost: 0, links: [], linksHeight: 0, linksTop: 0)
        }
        // The body first, as long as the links keep a quarter of the rows (at least three: the heading and two more).
        let least = min(parts.links.count, max(3, height / 4))
        let linksHeight = min(parts.links.count, height - 1, max(height - parts.body.count, least))
        let bodyHeight = height - linksHeight
        let most = max(0, parts.body.count - bodyHeight)
        let window = linksHeight - 1
        var linksTop = 0
        let listed = parts.links.count - 1
        if window > 0, listed > window, let row = parts.links.dropFirst().firstIndex(where: { $0.link == (state.selection[.statement] ?? 0) }) {
            linksTop = max(0, min(row - 1 - window / 2, listed - window))
        }
        return Arrangement(body: parts.body, bodyHeight: bodyHeight, bodyTop: min(max(0, state.scroll[.statement] ?? 0), most), bodyMost: most,
                           links: parts.links, linksHeight: linksHeight, linksTop: linksTop)
    }

    /// The marker in front of the selected link, in place of its `→`: it
    /// shows which link Enter follows without colour (mono theme, `NO_COLOR`).
    public static let selectedLinkMarker = "›"

    /// Draws the pane into `rect`.
    public static func draw(_ state: AppState, focused: Bool, theme: Theme, in rect: Rect, into canvas: inout Canvas) {
        guard rect.height > 0, rect.width > 0 else { return }
        let arrangement = arrangement(state, width: rect.width, height: rect.height)
        let selected = state.selection[.statement] ?? 0
        func draw(_ line: Line, y: Int) {
            if let link = line.link, link == selected {
                let style = theme.style(focused ? "link.selected" : "list.selected.unfocused")
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
                var text = line.pieces.map(\.text).joined()
                if text.hasPrefix("→") { text = selectedLinkMarker + text.dropFirst() } else { text = selectedLinkMarker + " " + text }
                canvas.write(TextLayout.truncate(text, width: rect.width), x: rect.x, y: y, style: style, maxWidth: rect.width)
                return
            }
            var x = rect.x
            for piece in line.pieces {
                let room = rect.maxX - x
                guard room > 0 else { break }
                x = canvas.write(TextLayout.truncate(piece.text, width: room), x: x, y: y, style: theme.style(piece.element), maxWidth: room)
            }
        }
        let body = arrangement.body
        for row in 0..<arrangement.bodyHeight {
            let index = arrangement.bodyTop + row
            guard index < body.count else { break }
            let y = rect.y + row
            if row == arrangement.bodyHeight - 1, arrangement.bodyIsCut, arrangement.bodyHeight > 1, arrangement.linksHeight == 0 {
                let more = body.count - index
                let hint = "↓ \(more) more line\(more == 1 ? "" : "s")" + (focused ? " · Ctrl-d" : "")
                canvas.write(TextLayout.truncate(hint, width: rect.width), x: rect.x, y: y, style: theme.style("list.dim"), maxWidth: rect.width)
                continue
            }
            draw(body[index], y: y)
        }
        guard arrangement.linksHeight > 0, let heading = arrangement.links.first else { return }
        let headingY = rect.y + arrangement.bodyHeight
        var title = "── " + heading.pieces.map(\.text).joined()
        if arrangement.bodyIsCut {
            let more = arrangement.body.count - arrangement.bodyTop - arrangement.bodyHeight
            title += " · ↓ \(more) more line\(more == 1 ? "" : "s")" + (focused ? " · Ctrl-d" : "")
        }
        title += " "
        canvas.write(TextLayout.truncate(title + String(repeating: "─", count: max(0, rect.width - DisplayWidth.of(title))), width: rect.width),
                     x: rect.x, y: headingY, style: theme.style("statement.label"), maxWidth: rect.width)
        for row in 0..<(arrangement.linksHeight - 1) {
            let index = 1 + arrangement.linksTop + row
            guard index < arrangement.links.count else { break }
            draw(arrangement.links[index], y: headingY + 1 + row)
        }
    }
}
