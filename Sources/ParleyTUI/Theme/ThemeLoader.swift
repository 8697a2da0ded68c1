import Foundation
import ParleyThemes
import TOMLKit

/// Why a theme did not load. Each case names the file, so a person can fix it.
public enum ThemeError: Error, CustomStringConvertible, Equatable {
    /// No user or built-in theme has this name.
    case notFound(name: String, available: [String])
    /// The file is not valid TOML: where and why.
    case syntax(file: String, line: Int, column: Int, reason: String)
    /// The TOML is valid but a value is not what a theme allows.
    case invalid(file: String, key: String, reason: String)
    /// The file could not be read.
    case unreadable(file: String, reason: String)

    /// A one-line message for the person running parley.
    public var description: String {
        switch self {
        case .notFound(let name, let available):
            return "no theme named \"\(name)\"; themes: \(available.joined(separator: ", "))"
        case .syntax(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): theme is not valid TOML: \(reason)"
        case .invalid(let file, let key, let reason):
            return "\(file): \(key): \(reason)"
        case .unreadable(let file, let reason):
            return "\(file): cannot read theme: \(reason)"
        }
    }
}

/// Finds, reads and parses themes.
///
/// A theme is a TOML file shaped like Helix and aerc themes:
///
/// ```toml
/// [palette]
/// fg = "#d0d0d0"
/// accent = 75            # an xterm colour index
/// warn = "bright-yellow" # an ANSI name
///
/// [styles]
/// "default" = { fg = "fg", bg = "bg" }
/// "list.selected" = { fg = "bg", bg = "accent", bold = true }
/// ```
///
/// Colours in `[styles]` are palette names, `#rrggbb`, an index 0–255, an
/// ANSI name (`black`, `red`, …, `bright-white`; `_` or no separator work too)
/// or `default` (the terminal's own). Element keys may be quoted
/// (`"pane.border"`) or dotted (`pane.border`, a nested table in TOML).
/// Built-in themes ship in the package's resources; themes in
/// `$XDG_CONFIG_HOME/parley/themes/` (or `~/.config/parley/themes/`) win
/// over built-in ones of the same name.
public enum ThemeLoader {
    /// The theme used when none is named.
    public static let defaultName = "default"

    /// Folders searched for `NAME.toml`, first match wins: the user's folder, then the built-in one.
    public static func searchDirectories(environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var folders: [URL] = []
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            folders.append(URL(fileURLWithPath: config).appendingPathComponent("parley/themes"))
        } else if let home = environment["HOME"], !home.isEmpty {
            folders.append(URL(fileURLWithPath: home).appendingPathComponent(".config/parley/themes"))
        }
        folders.append(BuiltInThemes.directory)
        return folders
    }

    /// Names of every theme found, sorted, each once.
    public static func available(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var names = Set<String>()
        for folder in searchDirectories(environment: environment) {
            for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where file.hasSuffix(".toml") {
                names.insert(String(file.dropLast(5)))
            }
        }
        return names.sorted()
    }

    /// Loads the theme called `name` (nil: the default).
    /// - Throws: `ThemeError` naming the file, and for TOML errors the line and column.
    public static func load(named name: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Theme {
        let name = name ?? defaultName
        for folder in searchDirectories(environment: environment) {
            let file = folder.appendingPathComponent(name + ".toml")
            if FileManager.default.fileExists(atPath: file.path) { return try load(file: file) }
        }
        throw ThemeError.notFound(name: name, available: available(environment: environment))
    }

    /// Loads a theme file.
    /// - Throws: `ThemeError`.
    public static func load(file: URL) throws -> Theme {
        let text: String
        do { text = try String(contentsOf: file, encoding: .utf8) } catch {
            throw ThemeError.unreadable(file: file.path, reason: error.localizedDescription)
        }
        return try parse(text, name: file.deletingPathExtension().lastPathComponent, file: file.path)
    }

    /// Parses theme TOML.
    /// - Parameters:
    ///   - text: the TOML document.
    ///   - name: the theme's name.
    ///   - file: the path named in errors.
    /// - Throws: `ThemeError.syntax` with TOMLKit's line and column, or `ThemeError.invalid`.
    public static func parse(_ text: String, name: String, file: String) throws -> Theme {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw ThemeError.syntax(file: file, line: error.source.begin.line, column: error.source.begin.column, reason: error.description)
        }
        var warnings: [String] = []
        for key in table.keys.sorted() where !topLevelTables.contains(key) {
            warnings.append("\(file): unknown table [\(key)] (ignored); \(suggestion(for: key, among: topLevelTables, aliases: tableAliases, format: { "[\($0)]" }))")
        }
        var palette: [String: Color] = [:]
        if let value = table["palette"] {
            guard let paletteTable = value.table else { throw ThemeError.invalid(file: file, key: "palette", reason: "must be a table") }
            for (key, entry) in paletteTable {
                palette[key] = try color(entry, palette: [:], file: file, key: "palette.\(key)")
            }
        }
        var styles: [String: Style] = [:]
        if let value = table["styles"] {
            guard let stylesTable = value.table else { throw ThemeError.invalid(file: file, key: "styles", reason: "must be a table") }
            try collectStyles(stylesTable.map { ($0.0, $0.1) }, prefix: "", palette: palette, file: file, into: &styles)
        }
        for element in styles.keys.sorted() where !Theme.knownElementNames.contains(element) {
            warnings.append("\(file): unknown style \"\(element)\" (ignored); "
                + suggestion(for: element, among: Theme.knownElementNames, aliases: [:], format: { "\"\($0)\"" }))
        }
        var theme = Theme(name: name, styles: styles)
        theme.warnings = warnings
        return theme
    }

    /// The tables a theme file may have.
    static let topLevelTables: Set<String> = ["palette", "styles"]

    /// Table names other themes and programs use for ours (Helix and aerc say `palette`; some say `colors`).
    static let tableAliases: [String: String] = [
        "colors": "palette", "colours": "palette", "color": "palette", "colour": "palette",
        "style": "styles", "ui": "styles", "theme": "styles",
    ]

    /// `did you mean X?` with the known name nearest to `key`: an alias when
    /// `aliases` has one, else the fewest edits (Levenshtein distance,
    /// ties to the alphabetically first).
    static func suggestion(for key: String, among known: Set<String>, aliases: [String: String], format: (String) -> String) -> String {
        let lowered = key.lowercased()
        if let alias = aliases[lowered], known.contains(alias) { return "did you mean \(format(alias))?" }
        let nearest = known.sorted().min { editDistance(lowered, $0) < editDistance(lowered, $1) }
        return nearest.map { "did you mean \(format($0))?" } ?? ""
    }

    /// The Levenshtein distance between `a` and `b`: the fewest insertions,
    /// deletions and substitutions of characters that turn one into the other.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    static let styleKeys: Set<String> = ["fg", "bg", "bold", "italic", "underline", "reverse", "dim"]

    /// Reads `[styles]`, flattening dotted keys (nested tables) into dotted element names.
    static func collectStyles(_ table: [(String, TOMLValueConvertible)], prefix: String, palette: [String: Color], file: String, into styles: inout [String: Style]) throws {
        for (key, value) in table {
            let element = prefix.isEmpty ? key : prefix + "." + key
            if value.string != nil {
                // `element = "colour"` is shorthand for a foreground colour.
                styles[element] = Style(foreground: try color(value, palette: palette, file: file, key: "styles.\(element)"))
                continue
            }
            guard let entry = value.table else {
                throw ThemeError.invalid(file: file, key: "styles.\(element)", reason: "must be a table like { fg = \"red\", bold = true }")
            }
            var style = Style()
            var hasStyleKey = false
            for (field, fieldValue) in entry {
                let path = "styles.\(element).\(field)"
                switch field {
                case "fg": style.foreground = try color(fieldValue, palette: palette, file: file, key: path); hasStyleKey = true
                case "bg": style.background = try color(fieldValue, palette: palette, file: file, key: path); hasStyleKey = true
                case "bold", "italic", "underline", "reverse", "dim":
                    guard let flag = fieldValue.bool else { throw ThemeError.invalid(file: file, key: path, reason: "must be true or false") }
                    let attribute: Attributes = ["bold": .bold, "italic": .italic, "underline": .underline, "reverse": .reverse, "dim": .dim][field]!
                    if flag { style.attributes.insert(attribute) }
                    hasStyleKey = true
                default:
                    if fieldValue.table != nil { continue } // a nested element, read below
                    throw ThemeError.invalid(file: file, key: path, reason: "unknown field; a style has fg, bg, bold, italic, underline, reverse, dim")
                }
            }
            if hasStyleKey { styles[element] = style }
            // Dotted keys nest: `pane.border.focused` inside `pane.border`.
            let nested = entry.filter { !styleKeys.contains($0.0) && $0.1.table != nil }.map { ($0.0, $0.1) }
            let hasNested = !nested.isEmpty
            if hasNested { try collectStyles(nested, prefix: element, palette: palette, file: file, into: &styles) }
        }
    }

    /// The 16 ANSI colour names and their indices.
    static let ansiNames: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "brightblack": 8, "gray": 8, "grey": 8, "brightred": 9, "brightgreen": 10, "brightyellow": 11,
        "brightblue": 12, "brightmagenta": 13, "brightcyan": 14, "brightwhite": 15,
    ]

    /// Reads a colour: a palette name, `#rrggbb`, 0–255, an ANSI name or `default`.
    static func color(_ value: TOMLValueConvertible, palette: [String: Color], file: String, key: String) throws -> Color {
        if let index = value.int {
            guard (0...255).contains(index) else { throw ThemeError.invalid(file: file, key: key, reason: "colour index \(index) is outside 0–255") }
            return .indexed(index)
        }
        guard let text = value.string else {
            throw ThemeError.invalid(file: file, key: key, reason: "a colour is a palette name, \"#rrggbb\", 0–255 or an ANSI name")
        }
        if let named = palette[text] { return named }
        if let parsed = parseColor(text) { return parsed }
        throw ThemeError.invalid(file: file, key: key, reason: "unknown colour \"\(text)\"")
    }

    /// Parses `#rrggbb`, `#rgb`, a decimal index, an ANSI name or `default`; nil when it is none of these.
    public static func parseColor(_ text: String) -> Color? {
        let lowered = text.lowercased()
        if lowered == "default" || lowered == "reset" || lowered == "none" { return .terminalDefault }
        if lowered.hasPrefix("#") {
            var hex = String(lowered.dropFirst())
            if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
            guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
            return .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
        }
        if let index = Int(lowered), (0...255).contains(index) { return .indexed(index) }
        let folded = lowered.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "").replacingOccurrences(of: " ", with: "")
        if let index = ansiNames[folded] { return .indexed(index) }
        return nil
    }
}
