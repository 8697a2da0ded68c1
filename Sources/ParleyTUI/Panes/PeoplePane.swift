/// The People pane: speakers with their number of statements, then people only mentioned.
///
/// ```
/// Karl Ostrander    4  1m
/// Maria Lindqvist   2  5m
/// Tom Ruiz          –  3m
/// ```
/// The first count is statements made, the second (`m`) statements that mention the person.
public enum PeoplePane {
    /// The pane's title with the number of people.
    public static func title(_ state: AppState) -> String { "People \(state.data.people.count)" }

    /// Draws the list into `rect` (inside the frame).
    public static func draw(_ state: AppState, focused: Bool, theme: Theme, in rect: Rect, into canvas: inout Canvas) {
        let people = state.data.people
        if people.isEmpty {
            canvas.write(TextLayout.truncate("no speakers found", width: rect.width - 1), x: rect.x + 1, y: rect.y, style: theme.style("list.dim"), maxWidth: rect.width - 1)
            return
        }
        // Count columns as wide as their largest number needs; no mention column when nobody is mentioned.
        var mostSaid = 0, mostMentions = 0
        for person in people {
            mostSaid = max(mostSaid, person.said)
            mostMentions = max(mostMentions, person.mentioned)
        }
        let countWidth = String(mostSaid).count + 1
        let mentionWidth = mostMentions > 0 ? String(mostMentions).count + 2 : 0
        let nameWidth = max(4, rect.width - countWidth - mentionWidth - 1)
        // rows built for the lines on screen only: an index holds tens of thousands of people
        func row(_ index: Int) -> ListRow {
            let person = people[index]
            let element = person.isUnnamed || person.said == 0 ? "list.dim" : "default"
            return ListRow([
                (" " + person.name, element, nameWidth, false),
                (person.said > 0 ? String(person.said) : "–", "list.count", countWidth, true),
                (person.mentioned > 0 ? "\(person.mentioned)m" : "", "list.count", mentionWidth, true),
            ])
        }
        let term = state.searchTerm?.lowercased()
        ListView.draw(count: people.count, row: row, selected: state.selection[.people] ?? 0, scroll: state.scroll[.people] ?? 0,
                      focused: focused, theme: theme, matches: { index in term.map { people[index].name.lowercased().contains($0) } ?? false },
                      in: rect, into: &canvas)
    }
}

/// The Topics pane: topic labels with their number of statements.
public enum TopicsPane {
    /// The pane's title with the number of topics.
    public static func title(_ state: AppState) -> String { "Topics \(state.data.topics.count)" }

    /// Draws the list into `rect`.
    public static func draw(_ state: AppState, focused: Bool, theme: Theme, in rect: Rect, into canvas: inout Canvas) {
        let topics = state.data.topics
        if topics.isEmpty {
            canvas.write(TextLayout.truncate("no topics found", width: rect.width - 1), x: rect.x + 1, y: rect.y, style: theme.style("list.dim"), maxWidth: rect.width - 1)
            return
        }
        func row(_ index: Int) -> ListRow {
            ListRow([(" " + topics[index].label, "default", max(4, rect.width - 5), false), (String(topics[index].count), "list.count", 4, true)])
        }
        let term = state.searchTerm?.lowercased()
        ListView.draw(count: topics.count, row: row, selected: state.selection[.topics] ?? 0, scroll: state.scroll[.topics] ?? 0,
                      focused: focused, theme: theme, matches: { index in term.map { topics[index].label.lowercased().contains($0) } ?? false },
                      in: rect, into: &canvas)
    }
}
