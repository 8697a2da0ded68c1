/// A terminal colour as a theme names it, before it is fitted to the terminal.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// One of the 256 indexed colours (0–15 are the ANSI colours).
    case indexed(Int)
    /// A 24-bit colour.
    case rgb(UInt8, UInt8, UInt8)
}

/// Text attributes a cell may carry.
public struct Attributes: OptionSet, Hashable, Sendable {
    /// The attribute bits.
    public let rawValue: UInt8
    /// Makes attributes from their bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// Bold (or bright) text.
    public static let bold = Attributes(rawValue: 1 << 0)
    /// Italic text.
    public static let italic = Attributes(rawValue: 1 << 1)
    /// Underlined text.
    public static let underline = Attributes(rawValue: 1 << 2)
    /// Foreground and background swapped.
    public static let reverse = Attributes(rawValue: 1 << 3)
    /// Dim (faint) text.
    public static let dim = Attributes(rawValue: 1 << 4)
}

/// How a cell looks: colours and attributes. `nil` colours inherit from the style below.
public struct Style: Hashable, Sendable {
    /// Foreground colour, or nil to inherit.
    public var foreground: Color?
    /// Background colour, or nil to inherit.
    public var background: Color?
    /// Attributes.
    public var attributes: Attributes

    /// Makes a style.
    public init(foreground: Color? = nil, background: Color? = nil, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The plain style: terminal colours, no attributes.
    public static let plain = Style()

    /// This style drawn over `base`: its colours where set, else the base's; attributes combined.
    public func over(_ base: Style) -> Style {
        Style(foreground: foreground ?? base.foreground, background: background ?? base.background,
              attributes: attributes.union(base.attributes))
    }
}
