/// A colour theme: a style for each element of the screen.
///
/// Element names are dotted (`pane.border.focused`, `list.selected`,
/// `statement.speaker`). A name that the theme does not define falls back to
/// its parent (`pane.border.focused` → `pane.border` → `pane`), and at the
/// top to `default`; so a theme may be small.
public struct Theme: Sendable {
    /// The theme's name (its file name without `.toml`).
    public var name: String
    /// Styles by element name.
    public var styles: [String: Style]
    /// What the theme file holds that parley does not know and ignored (an
    /// unknown table, an unknown element name), one line each, naming the
    /// file and the key and suggesting the nearest known name; empty for a clean theme.
    ///
    /// Filled by `ThemeLoader.parse`; the browser prints them to stderr and shows them on its first screen.
    public var warnings: [String] = []

    /// Makes a theme.
    public init(name: String, styles: [String: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style of `element`, falling back to its parents and then to `default`,
    /// laid over `default` so that unset colours inherit the default's.
    public func style(_ element: String) -> Style {
        let base = styles["default"] ?? .plain
        var name = Substring(element)
        while true {
            if let style = styles[String(name)] { return style.over(base) }
            guard let dot = name.lastIndex(of: ".") else { return base }
            name = name[..<dot]
        }
    }

    /// Every element the front end draws, with what it is: the names a theme may style.
    public static let elements: [(name: String, meaning: String)] = [
        ("default", "text and background of the whole screen"),
        ("pane.border", "the frame of a pane"),
        ("pane.border.focused", "the frame of the pane that has the focus"),
        ("pane.title", "a pane's title"),
        ("pane.title.focused", "the focused pane's title"),
        ("list.selected", "the selected row of the focused pane"),
        ("list.selected.unfocused", "the selected row of another pane"),
        ("list.count", "counts beside names and topics"),
        ("list.dim", "secondary text: unnamed sources, people only mentioned"),
        ("timeline.date", "day headings of the timeline"),
        ("timeline.speaker", "speaker column of the timeline"),
        ("timeline.event", "an event row of the timeline (◆ event) and its date in the article"),
        ("statement.label", "field names in the Statement pane"),
        ("statement.speaker", "the speaker's name"),
        ("statement.content", "the statement's content"),
        ("link", "a link to another statement"),
        ("link.selected", "the selected link"),
        ("search.match", "a row that matches the search"),
        ("article.text", "article text"),
        ("article.highlight", "the statement inside the article"),
        ("tab", "a tab in the tab bar (narrow terminals)"),
        ("tab.active", "the tab shown"),
        ("status", "the status line"),
        ("status.filter", "the active filter in the status line"),
        ("status.hint", "key hints in the status line"),
        ("prompt", "the search and query prompt"),
        ("overlay", "the help overlay"),
        ("overlay.key", "key names in the help overlay"),
    ]

    /// The element names a theme may style: `elements` and every dotted
    /// parent of them (`pane`, `pane.border`), which `style(_:)` falls back to.
    public static let knownElementNames: Set<String> = {
        var names = Set<String>()
        for element in elements {
            var name = Substring(element.name)
            names.insert(String(name))
            while let dot = name.lastIndex(of: ".") {
                name = name[..<dot]
                names.insert(String(name))
            }
        }
        return names
    }()

    /// The theme used when no theme file loads: terminal colours and attributes only.
    public static let fallback = Theme(name: "fallback", styles: [
        "pane.border.focused": Style(attributes: .bold),
        "pane.title.focused": Style(attributes: .bold),
        "list.selected": Style(attributes: .reverse),
        "list.selected.unfocused": Style(attributes: .underline),
        "list.dim": Style(attributes: .dim),
        "timeline.date": Style(attributes: .bold),
        "timeline.event": Style(attributes: .italic),
        "statement.label": Style(attributes: .dim),
        "statement.speaker": Style(attributes: .bold),
        "link.selected": Style(attributes: .reverse),
        "link": Style(attributes: .underline),
        "search.match": Style(attributes: .bold),
        "article.highlight": Style(attributes: [.bold, .underline]),
        "tab.active": Style(attributes: .reverse),
        "status": Style(attributes: .reverse),
        "overlay.key": Style(attributes: .bold),
    ])
}
