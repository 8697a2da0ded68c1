import ParleyKit

/// Options the command line passes to the browser.
public struct BrowserOptions: Sendable {
    /// A speaker name to filter the timeline by at start (`--person`).
    public var person: String?
    /// The theme's name (`--theme`), or nil for the default.
    public var theme: String?

    /// Makes options.
    public init(person: String? = nil, theme: String? = nil) {
        self.person = person
        self.theme = theme
    }
}

/// Runs the ncurses browser over a statement graph.
///
/// PLACEHOLDER until the front end lands.
public enum Browser {
    /// Opens the browser and returns when the user quits.
    /// - Throws: when the terminal cannot be set up or the theme does not load.
    public static func run(graph: StatementGraph, options: BrowserOptions) throws {
        print("\(graph.statements.count) statements")
    }
}
