import CNCursesW
import Foundation

/// Why the terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// ncurses does not know `$TERM`.
    case unknownTerminal(String)

    /// A message for the person running parley.
    public var description: String {
        switch self {
        case .notATerminal: return "parley's browser needs a terminal; to write statements to a file use `parley export`"
        case .unknownTerminal(let name): return "the terminal type \"\(name)\" is unknown to ncurses; set TERM (e.g. TERM=xterm-256color)"
        }
    }
}

/// The ncurses backend: the only code that touches the C API.
///
/// It turns key codes into `Key`s and copies a `Canvas` to the screen:
/// each cell's style becomes attributes and a colour pair (pairs made on
/// demand with `init_extended_pair`, so more than 255 work), colours fitted
/// to the terminal's `COLORS` by `ColorDegradation`. Wide and composed
/// graphemes are written one by one at their own column, so a terminal
/// that measures one differently cannot shift the rest of the row; a
/// grapheme of several characters that ncurses would split over cells
/// (an emoji ZWJ sequence) goes into a single ncurses cell.
final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let depth: ColorDegradation.Depth
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private let maxPairs: Int32
    /// Whether ZWJ emoji sequences go to the terminal whole (see `firstEmoji(of:)`).
    var joinsEmojiSequences = false

    private struct PairKey: Hashable { var foreground: Int32, background: Int32 }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, depth: ColorDegradation.Depth, maxPairs: Int32) {
        self.screen = screen
        self.window = window
        self.depth = depth
        self.maxPairs = maxPairs
    }

    /// Sets the terminal up: locale, raw keys, no echo, keypad, hidden cursor, colours.
    /// - Parameter noColor: attributes only (`NO_COLOR`).
    /// - Throws: `TerminalError`.
    static func start(noColor: Bool) throws -> Terminal {
        guard isatty(0) != 0, isatty(1) != 0 else { throw TerminalError.notATerminal }
        _ = parley_set_locale()
        guard let screen = parley_newterm() else {
            throw TerminalError.unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        set_term(screen)
        let window = parley_stdscr()!
        // Put the terminal back if parley is told to stop from outside (kill, a closed window).
        for signalNumber in [SIGTERM, SIGHUP] {
            signal(signalNumber) { number in
                endwin()
                _exit(128 + number)
            }
        }
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        // Key reads time out after 250 ms so the browser loop can notice a missed resize.
        wtimeout(window, 250)
        curs_set(0)
        var depth = ColorDegradation.Depth.none
        if !noColor && has_colors() {
            start_color()
            use_default_colors()
            depth = ColorDegradation.Depth(colors: Int(parley_colors()))
        }
        return Terminal(screen: screen, window: window, depth: depth, maxPairs: Int32(parley_color_pairs()))
    }

    /// A terminal that draws into ncurses' own screen copy and writes to /dev/null, for tests.
    ///
    /// - Parameters:
    ///   - size: the screen's size.
    ///   - colors: whether to start colours (the terminal type has 256).
    /// - Returns: nil when ncurses cannot set up `xterm-256color` or the C.UTF-8 locale is missing.
    static func headless(size: Size, colors: Bool = true) -> Terminal? {
        guard parley_set_locale_named("C.UTF-8") != 0 else { return nil }
        var output: UnsafeMutablePointer<FILE>?
        var input: UnsafeMutablePointer<FILE>?
        guard let screen = parley_newterm_headless("xterm-256color", &output, &input) else { return nil }
        set_term(screen)
        resizeterm(Int32(size.height), Int32(size.width))
        let window = parley_stdscr()!
        var depth = ColorDegradation.Depth.none
        if colors && has_colors() {
            start_color()
            use_default_colors()
            depth = ColorDegradation.Depth(colors: Int(parley_colors()))
        }
        return Terminal(screen: screen, window: window, depth: depth, maxPairs: Int32(parley_color_pairs()))
    }

    /// The text ncurses holds for row `y` (wide characters once each), trailing spaces trimmed.
    func rowText(_ y: Int) -> String {
        var text = ""
        var x: Int32 = 0
        let width = parley_getmaxx(window)
        var buffer = [wchar_t](repeating: 0, count: 8)
        while x < width {
            let count = parley_read_cell(window, Int32(y), x, &buffer)
            guard count > 0 else { x += 1; continue }
            var scalars = String.UnicodeScalarView()
            for value in buffer.prefix(Int(count)) { if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { scalars.append(scalar) } }
            text += String(scalars)
            x += Int32(max(1, wcwidth(buffer[0])))
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Colour pairs made so far.
    var pairCount: Int { pairs.count }

    /// Restores the terminal.
    func stop() {
        endwin()
        delscreen(screen)
    }

    /// The screen's size.
    var size: Size { Size(width: Int(parley_getmaxx(window)), height: Int(parley_getmaxy(window))) }

    /// Copies `canvas` to the screen.
    func draw(_ canvas: Canvas) {
        werase(window)
        for y in 0..<canvas.size.height {
            var x = 0
            while x < canvas.size.width {
                let cell = canvas[x, y]
                // A run of plain one-column cells in one style goes out in one call.
                var run: [wchar_t] = []
                let start = x
                let style = cell.style
                while x < canvas.size.width {
                    let next = canvas[x, y]
                    guard next.style == style, next.width == 1, next.text.unicodeScalars.count == 1 else { break }
                    run.append(wchar_t(bitPattern: next.text.unicodeScalars.first!.value))
                    x += 1
                }
                if !run.isEmpty {
                    put(run, x: start, y: y, style: style)
                    continue
                }
                if cell.width == 0 && cell.text.isEmpty { x += 1; continue }
                let characters = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                // One cell for the whole cluster when ncurses measures its first character as the
                // canvas measures the cluster (👩‍💻: 2 = 2). Otherwise (a flag: two characters of width
                // 1) ncurses' own cells add up to the same width, so the characters go in as text.
                if characters.count > 1 && Int(wcwidth(characters[0])) == cell.width {
                    let sent = joinsEmojiSequences ? characters : Self.firstEmoji(of: characters)
                    let (attributes, pair) = curses(cell.style)
                    _ = parley_put_cluster(window, Int32(y), Int32(x), sent, Int32(sent.count), attributes, pair)
                } else {
                    put(characters, x: x, y: y, style: cell.style)
                }
                x += max(1, cell.width)
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ characters: [wchar_t], x: Int, y: Int, style: Style) {
        let (attributes, pair) = curses(style)
        _ = parley_set_style(window, attributes, pair)
        characters.withUnsafeBufferPointer { buffer in
            _ = mvwaddnwstr(window, Int32(y), Int32(x), buffer.baseAddress, Int32(buffer.count))
        }
    }

    /// The first character of a cluster and the zero-width characters that
    /// follow it, up to the first zero width joiner.
    ///
    /// Many terminals (xterm, tmux, VTE, Alacritty) do not join emoji ZWJ
    /// sequences: they draw 👩‍💻 as 👩 and 💻, four columns, which would push
    /// the rest of the row two columns right. So unless the user says their
    /// terminal joins them (`PARLEY_JOIN_EMOJI=1`, for kitty, WezTerm,
    /// iTerm2), only the first emoji is sent, in the two columns the
    /// sequence takes.
    static func firstEmoji(of characters: [wchar_t]) -> [wchar_t] {
        guard let first = characters.first else { return [] }
        return [first] + characters.dropFirst().prefix { $0 != 0x200D && wcwidth($0) == 0 }
    }

    /// Attributes and colour pair for a style, making the pair on first use.
    private func curses(_ style: Style) -> (attr_t, Int32) {
        let style = depth == .none ? ColorDegradation.fit(style, to: .none) : style
        var attributes = parley_a_normal()
        if style.attributes.contains(.bold) { attributes |= parley_a_bold() }
        if style.attributes.contains(.dim) { attributes |= parley_a_dim() }
        if style.attributes.contains(.underline) { attributes |= parley_a_underline() }
        if style.attributes.contains(.reverse) { attributes |= parley_a_reverse() }
        if style.attributes.contains(.italic) { attributes |= parley_a_italic() }
        guard depth != .none else { return (attributes, 0) }
        let key = PairKey(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if key.foreground == -1 && key.background == -1 { return (attributes, 0) }
        if let pair = pairs[key] { return (attributes, pair) }
        guard nextPair < maxPairs else { return (attributes, 0) }
        let pair = nextPair
        nextPair += 1
        init_extended_pair(pair, key.foreground, key.background)
        pairs[key] = pair
        return (attributes, pair)
    }

    /// The curses colour number: -1 for the terminal's default, an index, or 0xRRGGBB on direct-colour terminals.
    private func colorNumber(_ color: Color?) -> Int32 {
        guard let color, let fitted = ColorDegradation.fit(color, to: depth) else { return -1 }
        switch fitted {
        case .terminalDefault: return -1
        case .indexed(let index): return Int32(index)
        case .rgb(let r, let g, let b): return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        }
    }

    /// Waits for a key; nil when the read was interrupted or meant nothing.
    func readKey() -> Key? {
        var isFunctionKey: Int32 = 0
        var value: UInt32 = 0
        guard parley_get_key(window, &isFunctionKey, &value) == 0 else { return nil }
        if isFunctionKey != 0 {
            switch Int32(value) {
            case parley_key_resize(): return .resize(size)
            case parley_key_up(): return .up
            case parley_key_down(): return .down
            case parley_key_left(): return .left
            case parley_key_right(): return .right
            case parley_key_ppage(): return .pageUp
            case parley_key_npage(): return .pageDown
            case parley_key_home(): return .home
            case parley_key_end(): return .end
            case parley_key_btab(): return .backTab
            case parley_key_backspace(): return .backspace
            case parley_key_enter(): return .enter
            case parley_key_dc(): return .delete
            default: return nil
            }
        }
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }
}
