import Foundation
import ParleyKit

/// Options the command line passes to the browser.
public struct BrowserOptions: Sendable {
    /// A speaker name to filter the timeline by at start (`--person`).
    public var person: String?
    /// The theme's name (`--theme`), or nil for the default.
    public var theme: String?
    /// A message for the status line of the first screen (e.g. how many files could not be read), or nil.
    public var notice: String?
    /// A query (the `:` prompt's syntax) to open filtered by (`--query`), or nil.
    public var query: String?

    /// Makes options.
    public init(person: String? = nil, theme: String? = nil, notice: String? = nil, query: String? = nil) {
        self.person = person
        self.theme = theme
        self.notice = notice
        self.query = query
    }
}

/// Runs the ncurses browser over a statement graph.
///
/// The loop: read a key from the terminal, turn it into an `Action` with the
/// `KeyMap`, `update` the state, `render` it into a canvas, and copy the
/// canvas to the screen. Only `Terminal` talks to ncurses.
///
/// Environment: `NO_COLOR` (set and not empty) drops colours, keeping
/// attributes; `PARLEY_JOIN_EMOJI=1` sends emoji ZWJ sequences (👩‍💻) whole,
/// for terminals that draw them in two columns (kitty, WezTerm, iTerm2);
/// otherwise only their first emoji is drawn, so that rows stay aligned in
/// terminals that do not join them (xterm, tmux, VTE).
public enum Browser {
    /// Opens the browser and returns when the user quits.
    /// - Throws: `ThemeError` when the theme does not load (before the screen
    ///   is touched), `TerminalError` when the terminal cannot be set up.
    public static func run(graph: StatementGraph, options: BrowserOptions) throws {
        let environment = ProcessInfo.processInfo.environment
        let theme = try ThemeLoader.load(named: options.theme, environment: environment)
        // Printed before the screen is taken, so they are there again after quitting; the first screen shows them too.
        for warning in theme.warnings { FileHandle.standardError.write(Data("parley: warning: \(warning)\n".utf8)) }
        let terminal = try Terminal.start(noColor: ColorDegradation.noColorRequested(environment: environment))
        terminal.joinsEmojiSequences = !(environment["PARLEY_JOIN_EMOJI"] ?? "").isEmpty
        defer { terminal.stop() }
        var state = AppState(graph: graph, size: terminal.size, person: options.person)
        if let text = options.query, !text.isEmpty, let query = try? Query.parse(text) {
            state.setFilter(.query(text: text, query: query))
        }
        state.message = firstMessage(notice: options.notice, themeWarnings: theme.warnings)
        let keyMap = KeyMap.standard
        var needsDrawing = true
        while !state.shouldQuit {
            if needsDrawing {
                var canvas = Canvas(size: state.size)
                render(state, theme: theme, into: &canvas)
                terminal.draw(canvas)
                needsDrawing = false
            }
            // readKey gives up after a short wait, so a resize that came in while
            // drawing (and never reached wget_wch as KEY_RESIZE) is still seen.
            let key = terminal.readKey()
            let size = terminal.size
            if size != state.size {
                update(&state, .resize(size))
                needsDrawing = true
            }
            guard let key, let action = keyMap.action(for: key, in: state) else { continue }
            update(&state, action)
            needsDrawing = true
        }
    }

    /// The status message of the first screen: the command line's notice, then
    /// the theme's warnings (`Theme.warnings`), joined with ` · `; nil when there is none.
    public static func firstMessage(notice: String?, themeWarnings: [String]) -> String? {
        let parts = ([notice].compactMap { $0 } + themeWarnings.map { "theme: " + $0 }).filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// Names of the themes `--theme` accepts: user themes and built-in ones.
    public static func themeNames() -> [String] { ThemeLoader.available() }
}
