/// Fits theme colours to what the terminal can show.
///
/// A terminal reports how many colours it has (curses' `COLORS`): 2^24 for
/// direct colour, 256, 16 or 8. A colour the terminal lacks is replaced by
/// the nearest one it has (by squared distance in RGB over the xterm palette:
/// the 6×6×6 cube levels 0, 95, 135, 175, 215, 255 and the grey ramp
/// 8 + 10·n, as xterm's 256colres.h defines them; the 16 ANSI colours take
/// the VGA values xterm uses by default).
public enum ColorDegradation {
    /// How many colours the terminal offers.
    public enum Depth: Int, Sendable, Comparable {
        /// No colour at all (monochrome terminal, or `NO_COLOR`).
        case none = 0
        /// The 8 basic ANSI colours.
        case ansi8 = 8
        /// 8 colours and their bright forms.
        case ansi16 = 16
        /// The xterm 256-colour palette.
        case indexed256 = 256
        /// Any 24-bit colour (direct colour terminals).
        case trueColor = 16_777_216

        /// The depth for a curses `COLORS` value.
        public init(colors: Int) {
            switch colors {
            case 16_777_216...: self = .trueColor
            case 256...: self = .indexed256
            case 16...: self = .ansi16
            case 8...: self = .ansi8
            default: self = .none
            }
        }

        /// Orders depths by how many colours they have.
        public static func < (a: Depth, b: Depth) -> Bool { a.rawValue < b.rawValue }
    }

    /// `color` fitted to `depth`: nil when the terminal has no colour.
    public static func fit(_ color: Color, to depth: Depth) -> Color? {
        if depth == .none { return nil }
        switch color {
        case .terminalDefault: return .terminalDefault
        case .indexed(let index):
            if index < depth.rawValue || depth == .trueColor { return color }
            let (r, g, b) = rgb(ofIndex: index)
            return .indexed(nearest(r, g, b, among: depth.rawValue))
        case .rgb(let r, let g, let b):
            if depth == .trueColor { return color }
            return .indexed(nearest(Int(r), Int(g), Int(b), among: depth.rawValue))
        }
    }

    /// The RGB value of xterm colour `index` (0–255).
    public static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        switch index {
        case 0..<16: return ansi[index]
        case 16..<232:
            let n = index - 16
            return (cubeLevels[n / 36], cubeLevels[(n / 6) % 6], cubeLevels[n % 6])
        default:
            let grey = 8 + 10 * (min(index, 255) - 232)
            return (grey, grey, grey)
        }
    }

    /// The index among the first `count` xterm colours nearest to (r, g, b).
    static func nearest(_ r: Int, _ g: Int, _ b: Int, among count: Int) -> Int {
        var best = 0, bestDistance = Int.max
        for index in 0..<min(count, 256) {
            let (cr, cg, cb) = rgb(ofIndex: index)
            let distance = (cr - r) * (cr - r) + (cg - g) * (cg - g) + (cb - b) * (cb - b)
            if distance < bestDistance { best = index; bestDistance = distance }
        }
        return best
    }

    static let cubeLevels = [0, 95, 135, 175, 215, 255]
    static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// `style` with its colours fitted to `depth`; with no colour, attributes only.
    ///
    /// Without colour, a style that paints a background (the selected row,
    /// the status line) becomes reverse video, so the area still stands out.
    public static func fit(_ style: Style, to depth: Depth) -> Style {
        if depth == .none {
            var attributes = style.attributes
            if let background = style.background, background != .terminalDefault { attributes.formSymmetricDifference(.reverse) }
            return Style(attributes: attributes)
        }
        return Style(foreground: style.foreground.flatMap { fit($0, to: depth) },
              background: style.background.flatMap { fit($0, to: depth) },
              attributes: style.attributes)
    }

    /// True when the `NO_COLOR` convention (no-color.org) asks for no colour: the variable is set and not empty.
    public static func noColorRequested(environment: [String: String]) -> Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }
}
