/// Cutting, padding, wrapping and cleaning text by display width.
///
/// Every function here works on grapheme clusters, so a cut never falls
/// inside a character with its combining marks, an emoji sequence or a flag.
public enum TextLayout {
    /// Text made safe to show: control and escape characters never reach the terminal.
    ///
    /// Tabs, newlines and other white-space controls become one space; other
    /// C0 and C1 controls (ESC included, so no escape sequence from an article
    /// can drive the terminal), DEL, and the bidirectional embedding, override
    /// and isolate controls (U+202A–U+202E, U+2066–U+2069) are dropped.
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsCleaning) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsCleaning(scalar) else { scalars.append(scalar); continue }
            switch scalar.value {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85: scalars.append(" ")
            default: break
            }
        }
        return String(scalars)
    }

    static func needsCleaning(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F..<0xA0).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The longest prefix of `text` that fits in `width` columns, whole graphemes only.
    public static func prefix(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = DisplayWidth.of(text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// `text` cut to `width` columns with `…` marking the cut, or unchanged when it fits.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        return prefix(text, width: width - 1) + "…"
    }

    /// `text` cut in the middle to `width` columns, `…` where the cut is, or
    /// unchanged when it fits: for file names, whose start and end say most.
    public static func truncateMiddle(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        guard width >= 5 else { return truncate(text, width: width) }
        let tailWidth = (width - 1) / 3
        var tail = ""
        for character in text.reversed() {
            if DisplayWidth.of(tail) + DisplayWidth.of(character) > tailWidth { break }
            tail.insert(character, at: tail.startIndex)
        }
        return prefix(text, width: width - 1 - DisplayWidth.of(tail)) + "…" + tail
    }

    /// `text` truncated and then padded with spaces to exactly `width` columns.
    ///
    /// A wide character that would straddle the edge is dropped and the gap
    /// filled with a space, so the column after always starts at `width`.
    public static func fit(_ text: String, width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, width: width)
        let gap = String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        return alignRight ? gap + cut : cut + gap
    }

    /// Word-wraps `text` into lines of at most `width` columns.
    ///
    /// Breaks at spaces; a word longer than a line is broken between
    /// graphemes. Newlines in `text` start new lines. Text with no spaces
    /// (Chinese, Japanese) breaks between any two graphemes.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            var word = ""
            var wordWidth = 0
            var spaceBefore = false
            func flushWord() {
                guard !word.isEmpty else { return }
                let gap = spaceBefore ? 1 : 0
                if lineWidth > 0 && lineWidth + gap + wordWidth > width {
                    lines.append(line); line = ""; lineWidth = 0
                }
                if lineWidth > 0 && gap > 0 { line += " "; lineWidth += 1 }
                spaceBefore = false
                // A word wider than the line is broken between graphemes.
                for character in word {
                    let w = DisplayWidth.of(character)
                    if lineWidth + w > width && lineWidth > 0 { lines.append(line); line = ""; lineWidth = 0 }
                    line.append(character); lineWidth += w
                }
                word = ""; wordWidth = 0
            }
            for character in sanitize(String(paragraph)) {
                if character == " " {
                    flushWord()
                    spaceBefore = true
                } else {
                    let w = DisplayWidth.of(character)
                    word.append(character); wordWidth += w
                    // Wide (CJK) characters may break anywhere: treat each as a word of its own.
                    if w == 2 && !character.unicodeScalars.first!.properties.isEmoji { flushWord() }
                }
            }
            flushWord()
            lines.append(line)
        }
        return lines
    }
}

extension TextLayout {
    /// Word-wraps `text` into lines of at most `width` columns, giving each
    /// line as a range of Unicode scalar offsets into `text`.
    ///
    /// Offsets count scalars, like every `TextSpan`, so a caller can style
    /// parts of a line by span (the Article pane highlights a statement this
    /// way). A line's range excludes the spaces where it was broken; an empty
    /// range is a blank line. Words wider than a line break between graphemes.
    public static func wrapRanges(_ text: String, width: Int) -> [Range<Int>] {
        guard width > 0 else { return [] }
        var lines: [Range<Int>] = []
        var lineStart = 0, lineEnd = 0, lineWidth = 0
        var isEmpty = true
        var pendingSpaces = 0
        var offset = 0
        let scalars = Array(text.unicodeScalars)
        for character in text {
            let count = character.unicodeScalars.count
            defer { offset += count }
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append(isEmpty ? lineStart..<lineStart : lineStart..<lineEnd)
                isEmpty = true; lineWidth = 0; pendingSpaces = 0
                lineStart = offset + count; lineEnd = lineStart
                continue
            }
            if character == " " || character == "\t" {
                if !isEmpty { pendingSpaces += 1 }
                continue
            }
            let w = DisplayWidth.of(character)
            let breaksHere = pendingSpaces > 0 || w == 2
            if !isEmpty && breaksHere && lineWidth + pendingSpaces + w > width {
                lines.append(lineStart..<lineEnd)
                isEmpty = true; lineWidth = 0; pendingSpaces = 0
            } else if !isEmpty && lineWidth + pendingSpaces + w > width {
                // Inside a word: move the word to a new line if it fits there, else break it.
                var wordStart = lineEnd
                var wordWidth = 0
                while wordStart > lineStart, scalars[wordStart - 1] != " ", scalars[wordStart - 1] != "\t" { wordStart -= 1 }
                if wordStart > lineStart {
                    wordWidth = DisplayWidth.of(String(String.UnicodeScalarView(scalars[wordStart..<lineEnd])))
                    var end = wordStart
                    while end > lineStart, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
                    lines.append(lineStart..<end)
                    lineStart = wordStart; lineWidth = wordWidth
                    if lineWidth + w > width { lines.append(lineStart..<lineEnd); isEmpty = true; lineWidth = 0 }
                } else {
                    lines.append(lineStart..<lineEnd)
                    isEmpty = true; lineWidth = 0
                }
                pendingSpaces = 0
            }
            if isEmpty { lineStart = offset; isEmpty = false; pendingSpaces = 0 }
            lineWidth += pendingSpaces + w
            pendingSpaces = 0
            lineEnd = offset + count
        }
        lines.append(isEmpty ? lineStart..<lineStart : lineStart..<lineEnd)
        return lines
    }
}
