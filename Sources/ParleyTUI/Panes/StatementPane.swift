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

    /// `label` in a 7-column gutter and `value` wrapped beside it, continuation lines indented.
    static func labelledLines(_ label: String, _ value: String, _ element: String, width: Int) -> [Line] {
        let indent = 7
        return TextLayout.wrap(value, width: max(1, width - indent)).enumerated().map { index, text in
            Line(pieces: [(index == 0 ? TextLayout.fit(label, width: indent) : String(repeating: " ", count: indent), "statement.label"),
                          (text, element)], link: nil)
        }
    }

    /// The lines of the pane at `width` columns.
    public static func lines(_ state: AppState, width: Int) -> [Line] {
        if let event = state.selectedEvent { return eventLines(event, state, width: width) }
        guard let statement = state.selectedStatement else {
            return [Line(pieces: [("no statement selected", "list.dim")], link: nil)]
        }
        let graph = state.graph
        var lines: [Line] = []
        func labelled(_ label: String, _ value: String, _ element: String = "default") {
            lines += labelledLines(label, value, element, width: width)
        }
        let source = statement.source
        lines.append(Line(pieces: [(source?.name ?? "unknown source", source == nil ? "list.dim" : "statement.speaker")], link: nil))
        if let id = source?.entityID, let entity = graph.entities[id], !entity.roles.isEmpty {
            for text in TextLayout.wrap(entity.roles.joined(separator: "; "), width: width) { lines.append(Line(pieces: [(text, "list.dim")], link: nil)) }
        }
        if let source, source.resolution != .name {
            labelled("via", "\(source.resolution.rawValue)" + (source.span.flatMap { span in graph.analysis(of: statement.articleID).map { " “\($0.text[span])”" } } ?? ""))
        }
        labelled("cue", [statement.cue.map { "“\($0)”" } ?? "none", statement.kind.rawValue].joined(separator: " · "))
        var date = statement.date.value ?? "unknown"
        if let text = statement.date.text, !text.isEmpty { date += " · “\(text)”" }
        date += " (\(dateExplanation(statement.date)))"
        labelled("date", date)
        if let channel = statement.channel { labelled("where", channel) }
        if let article = graph.articles[statement.articleID] {
            let name = article.source.split(separator: "/").last.map(String.init) ?? article.source
            labelled("from", [article.outlet, article.headline, name].compactMap { $0 }.joined(separator: " · "))
        }
        if !statement.topics.isEmpty { labelled("topics", statement.topics.joined(separator: ", ")) }
        let mentioned = statement.mentionedEntityIDs.compactMap { graph.entities[$0]?.name }
        if !mentioned.isEmpty { labelled("names", mentioned.joined(separator: ", ")) }
        lines.append(Line(pieces: [], link: nil))
        for text in TextLayout.wrap(TimelinePane.contentText(statement, in: graph), width: width) {
            lines.append(Line(pieces: [(text, "statement.content")], link: nil))
        }
        let links = state.selectedLinks
        lines.append(Line(pieces: [], link: nil))
        lines.append(Line(pieces: [(links.isEmpty ? "No links" : "Links \(links.count)", "statement.label")], link: nil))
        let texts = linkTexts(links, from: statement, in: graph, width: width)
        var group: String?
        for (index, link) in links.enumerated() {
            let heading = heading(of: link)
            if heading != group {
                lines.append(Line(pieces: [(TextLayout.truncate(heading, width: width), "statement.label")], link: nil))
                group = heading
            }
            lines.append(Line(pieces: [(texts[index], "link")], link: index))
        }
        return lines
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
    /// The date (`undated` when none), then the speaker when it is not the
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
            var parts = shared ? [] : [date(target.date.value) ?? "undated"]
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

    /// The lines for an event at `width` columns.
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
    static func eventLines(_ event: Event, _ state: AppState, width: Int) -> [Line] {
        let graph = state.graph
        var lines: [Line] = []
        func labelled(_ label: String, _ value: String, _ element: String = "default") {
            lines += labelledLines(label, value, element, width: width)
        }
        lines.append(Line(pieces: [(TimelinePane.eventMarker, "timeline.event")], link: nil))
        let timex = event.timex
        labelled("date", TimelinePane.heading(TimelinePane.dayKey(timex.value)) + " · “\(TimelinePane.oneLine(timex.text))”")
        // The type, and for a relative expression ("the day after") the date it was counted from.
        var how = timex.type.rawValue
        if timex.isRelative { how += timex.anchor.map { ", counted from \($0)" } ?? ", relative" }
        labelled("TIMEX3", timex.value + " · " + how)
        if let id = event.articleID(in: graph), let article = graph.articles[id] {
            let name = article.source.split(separator: "/").last.map(String.init) ?? article.source
            labelled("from", [article.outlet, article.headline, name].compactMap { $0 }.joined(separator: " · "))
        }
        let mentioned = event.entityIDs.compactMap { graph.entities[$0]?.name }
        if !mentioned.isEmpty { labelled("names", mentioned.joined(separator: ", ")) }
        lines.append(Line(pieces: [], link: nil))
        for text in TextLayout.wrap(TimelinePane.oneLine(event.text), width: width) {
            lines.append(Line(pieces: [(text, "statement.content")], link: nil))
        }
        let links = state.selectedLinks
        lines.append(Line(pieces: [], link: nil))
        lines.append(Line(pieces: [(links.isEmpty ? "No linked statement" : "Statements \(links.count)", "statement.label")], link: nil))
        let texts = linkTexts(links, from: nil, in: graph, width: width) { value in value.map { TimelinePane.heading(TimelinePane.dayKey($0)) } }
        for (index, text) in texts.enumerated() {
            lines.append(Line(pieces: [(text, "link")], link: index))
        }
        return lines
    }

    /// The first line shown: the pane's scroll, kept inside the text.
    static func scroll(_ state: AppState, lines: [Line], height: Int) -> Int {
        max(0, min(state.scroll[.statement] ?? 0, lines.count - height))
    }

    /// Draws the pane into `rect`.
    public static func draw(_ state: AppState, focused: Bool, theme: Theme, in rect: Rect, into canvas: inout Canvas) {
        let lines = lines(state, width: rect.width)
        let top = scroll(state, lines: lines, height: rect.height)
        let selected = state.selection[.statement] ?? 0
        for row in 0..<rect.height {
            let index = top + row
            guard index < lines.count else { break }
            let line = lines[index]
            let y = rect.y + row
            if let link = line.link, link == selected {
                let style = theme.style(focused ? "link.selected" : "list.selected.unfocused")
                canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
                canvas.write(TextLayout.truncate(line.pieces.map(\.text).joined(), width: rect.width), x: rect.x, y: y, style: style, maxWidth: rect.width)
                continue
            }
            var x = rect.x
            for piece in line.pieces {
                let room = rect.maxX - x
                guard room > 0 else { break }
                x = canvas.write(TextLayout.truncate(piece.text, width: room), x: x, y: y, style: theme.style(piece.element), maxWidth: room)
            }
        }
    }
}
