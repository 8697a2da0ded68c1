import Foundation

/// Finds the main text of a news page: the article body without navigation,
/// headers and footers, scripts, forms, reader comments, share bars and
/// related-article lists.
///
/// The method is the readability scoring of Arc90's Readability (2009) as
/// Mozilla's Readability.js carries it on, written anew for parley's tree:
/// 1. Drop what is never text: `script`, `style`, `noscript`, `template`,
///    `iframe`, `svg`, `canvas`, `object`, `embed`, form controls, forms
///    holding fewer than three paragraphs, `nav`,
///    `aside`, `footer`, `header`, `figcaption`, hidden elements (`hidden`,
///    `aria-hidden="true"`, `display:none`) and ARIA navigation, banner,
///    complementary, menu and dialog roles. Comments are never copied.
/// 2. Drop unlikely candidates: elements whose class or id matches
///    `unlikelyHints` (comment, disqus, footer, menu, related, share,
///    sidebar, social, ...) unless it also matches `maybeHints` (article,
///    body, content, main, ...).
/// 3. Turn runs of inline content inside block containers into paragraphs, so
///    that `<div>text<br>text</div>` pages are scored like `<p>` pages.
/// 4. Score each paragraph (`p`, `pre`, `td`, `h2`–`h6`, `section` text of at
///    least 25 characters) as 1 + its commas + one per 100 characters (at
///    most 3), and add the score to its parent in full, its grandparent by
///    half and the three ancestors above by a third of their depth. Each
///    container starts from a score by tag (`div` +5, `article`/`main` +10,
///    `pre`/`td`/`blockquote` +3, lists −3, headings −5) plus ±25 for a
///    positive (`article`, `content`, `story`, `entry`, `post`, `main`, ...)
///    or negative (`comment`, `footer`, `sidebar`, `share`, `related`,
///    `promo`, `ad`, ...) class or id. The score is scaled by (1 − link density).
/// 5. Take the best container (moving up to an ancestor that scores nearly as
///    well), then its siblings that score at least a fifth of it or are
///    paragraphs of prose with few links.
/// 6. Clean the result: drop lists, tables and divisions that look like link
///    lists or furniture (many links, more list items than paragraphs, form
///    inputs, negative hints), headings with negative hints, and short
///    paragraphs and headings that are more than 80% link text ("Read more:
///    …"). In the output, a paragraph whose whole text is a line of
///    `html-furniture-lines.txt` ("Comments", "Advertisement") is left out.
///    Short elements whose class or id says caption or credit, and bylines,
///    are dropped in step 1.
/// 7. When the result is under 500 characters, try again without step 2,
///    then without class hints, then without step 6, and keep the longest.
///
/// The text comes out as paragraphs separated by blank lines; a heading is a
/// paragraph of its own; a list gives one item a line; `<br>` breaks a line.
/// Runs of white space collapse to one space (not inside `pre`); C0 and C1
/// control characters are dropped.
public struct HTMLContentExtractor {
    /// Paragraphs shorter than this many characters are not scored (Readability's 25).
    public static let minimumParagraphLength = 25
    /// Under this many characters a result is retried with fewer rules (Readability's 500).
    public static let retryLength = 500

    /// What to turn off on a retry.
    struct Flags {
        var stripUnlikely = true
        var weightClasses = true
        var cleanConditionally = true
    }

    /// Makes an extractor.
    public init() {}

    /// The main text of `document`: paragraphs separated by blank lines, or "" when the page has no text.
    ///
    /// - Parameter headline: the page's headline, if known; a heading at the start of the body that repeats it is left out.
    public func extract(from document: HTMLDocument, headline: String? = nil) -> String {
        var attempts: [Flags] = [Flags()]
        attempts.append(Flags(stripUnlikely: false, weightClasses: true, cleanConditionally: true))
        attempts.append(Flags(stripUnlikely: false, weightClasses: false, cleanConditionally: true))
        attempts.append(Flags(stripUnlikely: false, weightClasses: false, cleanConditionally: false))
        var best = ""
        for flags in attempts {
            // every attempt works on a fresh copy, since each one removes nodes
            guard let fresh = try? HTMLDocument(copying: document) else { break }
            var attempt = Attempt(flags: flags)
            let text = attempt.run(body: fresh.body, headline: headline)
            if text.count > best.count { best = text }
            if text.count >= Self.retryLength { return text }
        }
        return best
    }

    // MARK: - Hints

    /// Class or id hints of page furniture (after Readability.js's `unlikelyCandidates`, plus share/nav/promo words).
    static let unlikelyHints = try! NSRegularExpression(pattern:
        "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|reply|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|subscribe|promo|outbrain|taboola|navbar|navigation|masthead|cookie|signup|sign-up|toolbar|tooltip|popover|hovercard|rollover")
    /// Hints that keep an element an unlikely hint would drop (Readability.js's `okMaybeItsACandidate`).
    static let maybeHints = try! NSRegularExpression(pattern: "and|article|body|column|content|main|shadow")
    /// Positive class or id hints (Readability.js's `positive`, with `story`).
    static let positiveHints = try! NSRegularExpression(pattern:
        "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story")
    /// Negative class or id hints (Readability.js's `negative`, with `nav`, `ad`, `reply`, `social`).
    static let negativeHints = try! NSRegularExpression(pattern:
        "-ad-|\\bad\\b|\\bads\\b|advert|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|\\bnav|reply|replies|social|newsletter|subscribe|byline|caption|credit|disqus")
    /// Class or id hints of an image caption or credit.
    static let captionHints = try! NSRegularExpression(pattern: "caption|credit|photo-?info")
    /// Class or id hints of a byline (not of a dateline: "CAIRO —" opens the body and dates it).
    static let bylineHints = try! NSRegularExpression(pattern: "byline|author|writtenby|p-author")

    static func matches(_ regex: NSRegularExpression, _ string: String) -> Bool {
        regex.firstMatch(in: string, range: NSRange(string.startIndex..., in: string)) != nil
    }

    /// +25 for a positive hint, −25 for a negative one, in class and in id separately (Readability's class weight).
    static func classWeight(_ node: HTMLNode) -> Double {
        var weight = 0.0
        for value in [node.attributes["class"], node.attributes["id"]] {
            guard let value = value?.lowercased(), !value.isEmpty else { continue }
            if matches(negativeHints, value) { weight -= 25 }
            if matches(positiveHints, value) { weight += 25 }
        }
        return weight
    }

    // MARK: - Element kinds

    /// Elements removed before scoring.
    static let neverText: Set<String> = ["script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
                                         "embed", "button", "input", "select", "textarea", "option", "nav", "aside",
                                         "footer", "header", "figcaption", "link", "meta", "title", "head",
                                         "dialog", "menu", "audio", "video", "map", "label"]
    /// ARIA roles of page furniture.
    static let furnitureRoles: Set<String> = ["navigation", "banner", "complementary", "menu", "menubar", "dialog",
                                              "alertdialog", "contentinfo", "search"]
    /// Block-level elements: they start a new paragraph in the output, and a container holding one is not a paragraph.
    static let blockElements: Set<String> = ["address", "article", "aside", "blockquote", "body", "center", "dd", "details",
                                             "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                                             "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
                                             "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
                                             "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "img",
                                             "picture", "video", "iframe", "noscript", "canvas", "svg", "object", "embed"]
    /// Whole lines of page furniture, from `html-furniture-lines.txt`.
    static let furnitureLines: Set<String> = Set(ResourceFile.lines("html-furniture-lines.txt").map { $0.lowercased() })

    /// Inline elements: text-level markup inside a paragraph.
    static let inlineElements: Set<String> = ["span", "a", "em", "strong", "b", "i", "cite", "small", "abbr", "sup", "sub",
                                              "font", "u", "time", "q", "mark"]
    /// Elements scored as paragraphs.
    static let scoredElements: Set<String> = ["p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "section"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// One extraction with one set of flags.
    struct Attempt {
        let flags: Flags
        var scores: [ObjectIdentifier: Double] = [:]

        init(flags: Flags) { self.flags = flags }

        mutating func run(body: HTMLNode, headline: String?) -> String {
            prune(body)
            wrapInlineRuns(body)
            score(body)
            guard let top = topCandidate(body) else { return render([body], headline: headline) }
            let chosen = withSiblings(top)
            for node in chosen where flags.cleanConditionally { clean(node) }
            return render(chosen, headline: headline)
        }

        // MARK: step 1–2

        func isHidden(_ node: HTMLNode) -> Bool {
            if node.attributes["hidden"] != nil { return true }
            if node.attributes["aria-hidden"] == "true" { return true }
            if let style = node.attributes["style"]?.lowercased().replacingOccurrences(of: " ", with: ""),
               style.contains("display:none") || style.contains("visibility:hidden") { return true }
            if let role = node.attributes["role"]?.lowercased(), HTMLContentExtractor.furnitureRoles.contains(role) { return true }
            return false
        }

        func prune(_ node: HTMLNode) {
            for child in node.children where !child.isText {
                if HTMLContentExtractor.neverText.contains(child.name) || isHidden(child) {
                    child.remove()
                    continue
                }
                // A form is a search box or a sign-up form, unless the whole page sits in one (ASP.NET pages do).
                if child.name == "form", child.elements(named: ["p"]).count < 3 {
                    child.remove()
                    continue
                }
                if flags.stripUnlikely, !["body", "html", "article", "main", "a", "table", "tbody", "tr", "td", "th"].contains(child.name) {
                    let hints = child.classAndID
                    if hints.count > 1, isUnlikely(hints), !child.hasAncestor(named: "table"),
                       // an inline element goes only when no element inside it is also furniture: of a hover card
                       // wrapped around a name, the card goes and the name stays
                       !(HTMLContentExtractor.inlineElements.contains(child.name)
                         && child.descendantElements.contains { isUnlikely($0.classAndID) }) {
                        child.remove()
                        continue
                    }
                }
                if isByline(child) || isCaption(child) {
                    child.remove()
                    continue
                }
                prune(child)
            }
        }

        func isUnlikely(_ hints: String) -> Bool {
            hints.count > 1 && matches(HTMLContentExtractor.unlikelyHints, hints) && !matches(HTMLContentExtractor.maybeHints, hints)
        }

        /// A short element whose class, id, rel or itemprop says it names the author.
        func isByline(_ node: HTMLNode) -> Bool {
            let rel = node.attributes["rel"]?.lowercased() ?? ""
            let itemprop = node.attributes["itemprop"]?.lowercased() ?? ""
            let hinted = rel == "author" || itemprop.contains("author")
                || matches(HTMLContentExtractor.bylineHints, node.classAndID)
            guard hinted else { return false }
            let text = collapse(node.textContent)
            return !text.isEmpty && text.count < 100
        }

        /// A short element whose class or id says it is a caption or a photo credit, holding no paragraph.
        func isCaption(_ node: HTMLNode) -> Bool {
            guard matches(HTMLContentExtractor.captionHints, node.classAndID), node.first(named: "p") == nil else { return false }
            return collapse(node.textContent).count < 300
        }

        // MARK: step 3

        /// Wraps runs of inline children of block containers that also hold blocks into new `p` elements.
        func wrapInlineRuns(_ node: HTMLNode) {
            for child in node.children where !child.isText { wrapInlineRuns(child) }
            guard ["div", "section", "article", "main", "body", "td", "blockquote", "li", "dd"].contains(node.name),
                  node.children.contains(where: { !$0.isText && HTMLContentExtractor.blockElements.contains($0.name) }) else { return }
            var newChildren: [HTMLNode] = []
            var run: [HTMLNode] = []
            func flush() {
                defer { run = [] }
                guard run.contains(where: { !collapse($0.textContent).isEmpty }) else {
                    newChildren.append(contentsOf: run)
                    return
                }
                let p = HTMLNode(name: "p")
                for n in run { p.append(n) }
                p.parent = node
                newChildren.append(p)
            }
            for child in node.children {
                if !child.isText && HTMLContentExtractor.blockElements.contains(child.name) {
                    flush()
                    newChildren.append(child)
                } else {
                    run.append(child)
                }
            }
            flush()
            for child in newChildren { child.parent = node }
            node.children = newChildren
        }

        // MARK: step 4

        func initialScore(_ node: HTMLNode) -> Double {
            var s: Double
            switch node.name {
            case "article", "main": s = 10
            case "div": s = 5
            case "pre", "td", "blockquote": s = 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s = -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": s = -5
            default: s = 0
            }
            if flags.weightClasses { s += HTMLContentExtractor.classWeight(node) }
            return s
        }

        mutating func score(_ body: HTMLNode) {
            var paragraphs: [HTMLNode] = []
            func walk(_ node: HTMLNode) {
                for child in node.children where !child.isText {
                    if HTMLContentExtractor.scoredElements.contains(child.name) {
                        paragraphs.append(child)
                    } else if child.name == "div",
                              !child.children.contains(where: { !$0.isText && HTMLContentExtractor.blockElements.contains($0.name) }) {
                        paragraphs.append(child) // a div holding only inline content is a paragraph
                    }
                    walk(child)
                }
            }
            walk(body)
            for p in paragraphs {
                let text = collapse(p.textContent)
                guard text.count >= HTMLContentExtractor.minimumParagraphLength, let parent = p.parent else { continue }
                let commas = text.unicodeScalars.filter { $0 == "," || $0 == "，" || $0 == "、" || $0 == "،" }.count
                let contentScore = 1 + Double(commas) + Double(min(text.count / 100, 3))
                var ancestor: HTMLNode? = parent
                var level = 0
                while let a = ancestor, level < 5 {
                    if a.name == "#document" { break }
                    let key = ObjectIdentifier(a)
                    if scores[key] == nil { scores[key] = initialScore(a) }
                    let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                    scores[key]! += contentScore / divider
                    ancestor = a.parent
                    level += 1
                }
            }
        }

        // MARK: step 5

        func finalScore(_ node: HTMLNode) -> Double? {
            guard let s = scores[ObjectIdentifier(node)] else { return nil }
            return s * (1 - linkDensity(node))
        }

        func topCandidate(_ body: HTMLNode) -> HTMLNode? {
            var best: HTMLNode?
            var bestScore = -Double.infinity
            var all = [body] + body.descendantElements
            all.removeAll { scores[ObjectIdentifier($0)] == nil }
            for node in all {
                let s = finalScore(node)!
                if s > bestScore { best = node; bestScore = s }
            }
            guard var top = best, top !== body else { return best }
            // Move up while the parent scores nearly as well (content split in several sibling containers).
            var lastScore = bestScore
            let threshold = bestScore / 3
            var parent = top.parent
            while let p = parent, p.name != "body", p.name != "html" {
                guard let ps = finalScore(p) else { parent = p.parent; continue }
                if ps < threshold { break }
                if ps > lastScore { top = p; break }
                lastScore = ps
                parent = p.parent
            }
            // An only child says no more than its parent.
            while let p = top.parent, p.name != "body", p.name != "html",
                  p.children.filter({ !$0.isText }).count == 1 {
                top = p
            }
            return top
        }

        func withSiblings(_ top: HTMLNode) -> [HTMLNode] {
            guard let parent = top.parent, parent.name != "#document" else { return [top] }
            let topScore = finalScore(top) ?? 0
            let threshold = max(10, topScore * 0.2)
            var chosen: [HTMLNode] = []
            for sibling in parent.children where !sibling.isText {
                if sibling === top { chosen.append(sibling); continue }
                var bonus = 0.0
                if let c = top.attributes["class"], !c.isEmpty, sibling.attributes["class"] == c { bonus = topScore * 0.2 }
                if let s = finalScore(sibling), s + bonus >= threshold {
                    chosen.append(sibling)
                } else if sibling.name == "p" {
                    let text = collapse(sibling.textContent)
                    let density = linkDensity(sibling)
                    if text.count > 80 && density < 0.25 {
                        chosen.append(sibling)
                    } else if text.count < 80, text.count > 0, density == 0,
                              text.range(of: "\\.( |$)", options: .regularExpression) != nil {
                        chosen.append(sibling)
                    }
                }
            }
            return chosen
        }

        // MARK: step 6

        func linkDensity(_ node: HTMLNode) -> Double {
            let total = collapse(node.textContent).count
            guard total > 0 else { return 0 }
            var linked = 0.0
            for a in node.elements(named: ["a"]) {
                let weight = (a.attributes["href"] ?? "").hasPrefix("#") ? 0.3 : 1
                linked += Double(collapse(a.textContent).count) * weight
            }
            return min(1, linked / Double(total))
        }

        /// Removes furniture below `node`, deepest first.
        func clean(_ node: HTMLNode) {
            for child in node.children where !child.isText { clean(child) }
            for child in node.children where !child.isText {
                // a paragraph or heading that is nearly all link text: "Read more: ...", a promoted story
                if child.name == "p" || HTMLContentExtractor.headings.contains(child.name), linkDensity(child) > 0.8,
                   collapse(child.textContent).count < 300 {
                    child.remove()
                    continue
                }
                if HTMLContentExtractor.headings.contains(child.name) {
                    if flags.weightClasses, HTMLContentExtractor.classWeight(child) < 0 { child.remove() }
                    continue
                }
                guard ["ul", "ol", "table", "div", "section", "fieldset", "dl"].contains(child.name) else { continue }
                if shouldRemove(child) { child.remove() }
            }
        }

        func shouldRemove(_ node: HTMLNode) -> Bool {
            let isList = node.name == "ul" || node.name == "ol" || node.name == "dl"
            let weight = flags.weightClasses ? HTMLContentExtractor.classWeight(node) : 0
            let score = scores[ObjectIdentifier(node)] ?? 0
            if weight + score < 0 { return true }
            let text = collapse(node.textContent)
            let commas = text.filter { $0 == "," }.count
            guard commas < 10 else { return false }
            let paragraphs = node.elements(named: ["p"]).count
            let images = node.elements(named: ["img"]).count
            let items = node.elements(named: ["li"]).count - 100
            let inputs = node.elements(named: ["input"]).count
            let density = linkDensity(node)
            let length = text.count
            if node.name == "table", length > 0, density < 0.5 { return false } // data tables in the text
            if images > 1, Double(paragraphs) / Double(images) < 0.5, !node.hasAncestor(named: "figure") { return true }
            if !isList, items > paragraphs { return true }
            if inputs > paragraphs / 3 { return true }
            if !isList, length < HTMLContentExtractor.minimumParagraphLength, images == 0 || images > 2,
               !node.hasAncestor(named: "figure") { return true }
            if !isList, weight < 25, density > 0.2 { return true }
            if weight >= 25, density > 0.5 { return true }
            if isList, density > 0.5 { return true } // related-article and share lists
            return false
        }

        // MARK: output

        func render(_ nodes: [HTMLNode], headline: String?) -> String {
            var renderer = TextRenderer()
            for node in nodes { renderer.block(node) }
            var paragraphs = renderer.finish()
            // whole lines of furniture ("Comments", "Advertisement", "You may also like")
            paragraphs.removeAll { HTMLContentExtractor.furnitureLines.contains(furnitureKey($0)) }
            // a first heading that repeats the headline
            if let headline, let first = paragraphs.first, normalizedTitle(first) == normalizedTitle(headline) {
                paragraphs.removeFirst()
            }
            return paragraphs.joined(separator: "\n\n")
        }
    }
}

/// A paragraph as `furnitureLines` lists it: lowercased, white space collapsed, a trailing ":" dropped.
func furnitureKey(_ paragraph: String) -> String {
    var key = collapse(paragraph).lowercased()
    while key.hasSuffix(":") { key.removeLast() }
    return key
}

/// Lowercased letters and digits of a title, for comparing titles written with different quotes and spaces.
func normalizedTitle(_ s: String) -> String {
    String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
}

/// Collapses runs of white space to one space, drops C0 and C1 control characters, and trims the ends.
func collapse(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in s.unicodeScalars {
        if scalar.properties.isWhitespace {
            pendingSpace = !out.isEmpty
            continue
        }
        if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) { continue }
        if pendingSpace { out.append(" "); pendingSpace = false }
        out.append(scalar)
    }
    return String(out)
}

/// Turns an element tree into paragraphs of text.
struct TextRenderer {
    private var paragraphs: [String] = []
    private var lines: [String] = []
    private var current = ""

    /// Ends the current line.
    private mutating func endLine() {
        let line = collapse(current)
        if !line.isEmpty { lines.append(line) }
        current = ""
    }

    /// Ends the current paragraph.
    private mutating func endParagraph() {
        endLine()
        if !lines.isEmpty { paragraphs.append(lines.joined(separator: "\n")) }
        lines = []
    }

    mutating func block(_ node: HTMLNode) {
        if node.isText { current += node.text; return }
        switch node.name {
        case "br":
            endLine()
        case "hr":
            endParagraph()
        case "pre":
            endParagraph()
            let text = node.textContent.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || $0.value >= 0x20 && !($0.value >= 0x7F && $0.value < 0xA0) }
            let kept = String(String.UnicodeScalarView(text)).trimmingCharacters(in: .newlines)
            if !kept.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { paragraphs.append(kept) }
        case "ul", "ol", "dl":
            endParagraph()
            for child in node.children {
                if child.isText { current += child.text; continue }
                if child.name == "li" || child.name == "dt" || child.name == "dd" {
                    endLine()
                    inline(child)
                    endLine()
                } else {
                    block(child)
                }
            }
            endParagraph()
        case "li", "dt", "dd":
            endLine()
            inline(node)
            endLine()
        case "td", "th":
            current += " "
            for child in node.children { block(child) }
            current += " "
        case "tr":
            endLine()
            for child in node.children { block(child) }
            endLine()
        case "img":
            break
        default:
            let isBlock = HTMLContentExtractor.blockElements.contains(node.name)
            if isBlock { endParagraph() }
            for child in node.children { block(child) }
            if isBlock { endParagraph() }
        }
    }

    /// A list item: nested blocks keep to the item's line, nested lists give lines of their own.
    private mutating func inline(_ node: HTMLNode) {
        for child in node.children {
            if child.isText { current += child.text; continue }
            switch child.name {
            case "br": endLine()
            case "ul", "ol":
                endLine()
                for item in child.children {
                    if item.isText { current += item.text } else { inline(item); endLine() }
                }
            default:
                if HTMLContentExtractor.blockElements.contains(child.name) { current += " " }
                inline(child)
                if HTMLContentExtractor.blockElements.contains(child.name) { current += " " }
            }
        }
    }

    mutating func finish() -> [String] {
        endParagraph()
        return paragraphs
    }
}

extension HTMLDocument {
    /// A deep copy of `other`'s tree, for an extraction attempt that removes nodes.
    init(copying other: HTMLDocument) throws {
        func copy(_ node: HTMLNode) -> HTMLNode {
            let n = HTMLNode(name: node.name, attributes: node.attributes, text: node.text)
            for child in node.children { n.append(copy(child)) }
            return n
        }
        self.init(root: copy(other.root), encoding: other.encoding)
    }
}
