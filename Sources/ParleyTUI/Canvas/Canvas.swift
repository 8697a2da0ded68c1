/// A point or size on the terminal grid, in columns and rows.
public struct Size: Hashable, Sendable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int
    /// Makes a size.
    public init(width: Int, height: Int) { self.width = width; self.height = height }
}

/// A rectangle of the terminal grid: origin column and row, width and height in cells.
public struct Rect: Hashable, Sendable {
    /// Column and row of the top-left cell; width and height in cells (never negative).
    public var x: Int, y: Int, width: Int, height: Int
    /// Makes a rectangle.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y; self.width = max(0, width); self.height = max(0, height)
    }
    /// The rectangle shrunk by `by` cells on every side.
    public func inset(_ by: Int) -> Rect { Rect(x: x + by, y: y + by, width: width - 2 * by, height: height - 2 * by) }
    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }
}

/// One cell of the canvas: a grapheme cluster and its style.
///
/// A wide (2-column) grapheme sits in its first cell; the cell to its right
/// is a continuation with empty text, which the terminal backend skips.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown, with any zero-width marks on it; empty for a continuation cell.
    public var text: String
    /// How it looks.
    public var style: Style
    /// Columns the grapheme takes (1 or 2), 0 for a continuation cell.
    public var width: Int

    /// A blank cell.
    public static let blank = Cell(text: " ", style: .plain, width: 1)
}

/// An in-memory grid of styled cells: what the screen will show.
///
/// Rendering draws into a canvas; the terminal backend copies it to ncurses,
/// and tests compare its text with snapshot files. Writing never leaves the
/// grid: text is cut at the edge (or at a given width) by display width and
/// never in the middle of a grapheme, and control characters are removed
/// (`TextLayout.sanitize`) before they land in a cell.
public struct Canvas: Sendable {
    /// The grid's size.
    public let size: Size
    /// Cells row by row.
    public private(set) var cells: [Cell]

    /// Makes a blank canvas of `size`.
    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell { cells[y * size.width + x] }

    /// Fills `rect` (clipped to the canvas) with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        let (rows, columns) = clip(rect)
        for y in rows { for x in columns { set(x, y, Cell(text: " ", style: style, width: 1)) } }
    }

    /// The rows and columns of `rect` that lie on the canvas (empty ranges when none do).
    private func clip(_ rect: Rect) -> (Range<Int>, Range<Int>) {
        let top = max(0, rect.y), bottom = min(size.height, rect.maxY)
        let left = max(0, rect.x), right = min(size.width, rect.maxX)
        return (top < bottom ? top..<bottom : 0..<0, left < right ? left..<right : 0..<0)
    }

    /// Writes `text` at (`x`, `y`) in `style`, at most `maxWidth` columns (default: to the right edge).
    ///
    /// - Returns: the column after the last one written.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return x }
        let limit = min(size.width, maxWidth.map { x + max(0, $0) } ?? size.width)
        var column = x
        for character in TextLayout.sanitize(text) {
            let width = DisplayWidth.of(character)
            if width == 0 {
                // A zero-width grapheme joins the cell before it.
                if column > x, column - 1 >= 0 {
                    var lead = column - 1
                    if cells[y * size.width + lead].width == 0 && lead > 0 { lead -= 1 }
                    var cell = cells[y * size.width + lead]
                    cell.text += String(character)
                    cells[y * size.width + lead] = cell
                }
                continue
            }
            if column + width > limit {
                // A wide grapheme that does not fit leaves blanks, never half a character.
                while column < limit { set(column, y, Cell(text: " ", style: style, width: 1)); column += 1 }
                break
            }
            if column >= 0 {
                set(column, y, Cell(text: String(character), style: style, width: width))
                if width == 2 { set(column + 1, y, Cell(text: "", style: style, width: 0)) }
            }
            column += width
        }
        return column
    }

    /// Sets one cell, blanking the other half of any wide grapheme it overwrites.
    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, x < size.width, y >= 0, y < size.height else { return }
        let index = y * size.width + x
        let old = cells[index]
        if old.width == 2, x + 1 < size.width, cell.width != 0 {
            cells[index + 1] = Cell(text: " ", style: cells[index + 1].style, width: 1)
        }
        if old.width == 0, x > 0, cells[index - 1].width == 2 {
            cells[index - 1] = Cell(text: " ", style: cells[index - 1].style, width: 1)
        }
        cells[index] = cell
    }

    /// Applies `change` to the style of every cell in `rect` (for highlighting).
    public mutating func restyle(_ rect: Rect, _ change: (Style) -> Style) {
        let (rows, columns) = clip(rect)
        for y in rows { for x in columns { cells[y * size.width + x].style = change(cells[y * size.width + x].style) } }
    }

    /// The text of row `y`, continuation cells skipped.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<size.width { text += cells[y * size.width + x].text }
        return text
    }

    /// The whole grid as text, one line a row, trailing spaces trimmed: what snapshot tests compare.
    public var text: String {
        (0..<size.height).map { y in
            var line = self.line(y)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }
}
