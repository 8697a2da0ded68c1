import ArgumentParser
import Foundation
import ParleyKit
import ParleyTUI

/// Measures what issue 5 asks of a large index: the time to open it and show the
/// browser's first screen, and the time of a person filter and of a word search.
///
/// Each figure is wall-clock time of the real code path: `IndexStore` +
/// `loadGraph()` + `AppState` (which builds `BrowserData` and the timeline)
/// + `render` of a 120×40 screen for the open; `AppState.setFilter` + `render`
/// for a filter; `StatementGraph.statementsContaining` for the browser's `/`.
enum IndexBenchmark {
    /// One measured figure.
    struct Figure {
        /// What was measured.
        var name: String
        /// Wall-clock seconds.
        var seconds: Double
        /// Statements it gave (shown, matched), when that applies.
        var count: Int?
    }

    /// Seconds `body` takes, and what it returns.
    static func time<T>(_ body: () throws -> T) rethrows -> (Double, T) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, value)
    }

    /// Measures the index at `path`.
    ///
    /// - Parameters:
    ///   - person: a speaker name for the `person:` query filter; default the surname of the speaker with most statements.
    ///   - word: a word for the word search; default "government".
    /// - Returns: figures in order: open + first screen, person filter (People pane Enter), person query, word search (query), `/` search.
    /// - Throws: `DatabaseError` when the index cannot be read; `ThemeError`.
    static func measure(index path: String, person: String? = nil, word: String = "government") throws -> [Figure] {
        var figures: [Figure] = []
        let theme = try ThemeLoader.load(named: nil, environment: [:])
        let size = Size(width: 120, height: 40)
        var parts: [Double] = []
        var (openSeconds, state) = try time { () throws -> AppState in
            let (loadSeconds, graph) = try time { try IndexStore(path: path).loadGraph() }
            let (stateSeconds, state) = time { AppState(graph: graph, size: size) }
            let (renderSeconds, _) = time { var canvas = Canvas(size: size); render(state, theme: theme, into: &canvas) }
            parts = [loadSeconds, stateSeconds, renderSeconds]
            return state
        }
        figures.append(Figure(name: "open index + first screen", seconds: openSeconds, count: state.graph.statements.count))
        figures.append(Figure(name: "  of which: load the graph", seconds: parts[0], count: nil))
        figures.append(Figure(name: "  of which: browser state (BrowserData, timeline)", seconds: parts[1], count: nil))
        figures.append(Figure(name: "  of which: draw the first screen", seconds: parts[2], count: nil))
        let top = state.data.people.first { $0.speakerKey != nil }
        if let top, let key = top.speakerKey {
            let (seconds, count) = time { () -> Int in
                state.setFilter(.person(name: top.name, speakerKey: key))
                var canvas = Canvas(size: size)
                render(state, theme: theme, into: &canvas)
                return state.visible.count
            }
            figures.append(Figure(name: "person filter (People pane): \(top.name)", seconds: seconds, count: count))
        }
        let name = person ?? top.map { String($0.name.split(separator: " ").last ?? Substring($0.name)) } ?? "minister"
        for (label, text) in [("person query", "person:\"\(name)\""), ("word search (query)", word)] {
            let query = try Query.parse(text)
            let (seconds, count) = time { () -> Int in
                state.setFilter(.query(text: text, query: query))
                var canvas = Canvas(size: size)
                render(state, theme: theme, into: &canvas)
                return state.visible.count
            }
            figures.append(Figure(name: "\(label): \(text)", seconds: seconds, count: count))
            let graph = state.graph
            let (matchSeconds, matched) = time { graph.matching(query).count }
            figures.append(Figure(name: "  of which: StatementGraph.matching", seconds: matchSeconds, count: matched))
        }
        let (slash, hits) = time { state.graph.statementsContaining(word)?.count ?? -1 }
        figures.append(Figure(name: "/ search: \(word)", seconds: slash, count: hits))
        return figures
    }

    /// Writes `copies` varied copies of every article of `paths` into `folder`, for
    /// an index larger than the corpora at hand: copy k > 0 of an article has
    /// its proper names (capitalized words that follow a lowercase word) swapped
    /// for other names of the corpus by a permutation that depends on k, so that
    /// each copy has other speakers, and its body paragraphs rotated by k. Copy 0
    /// is the article as read. The text stays news text (cues, quotes, dates).
    /// - Returns: the number of files written.
    static func writeVariedCopies(of paths: [String], into folder: String, copies: Int) throws -> Int {
        let read = ArticleReader().read(paths: paths)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var names = Set<String>()
        for article in read.articles { names.formUnion(properNames(in: article.text)) }
        let pool = names.sorted()
        var written = 0
        for (n, article) in read.articles.enumerated() {
            for k in 0..<max(1, copies) {
                var text = article.text
                if k > 0 {
                    var paragraphs = text.components(separatedBy: "\n\n")
                    if paragraphs.count > 2 {
                        let head = paragraphs.removeFirst()
                        let shift = k % paragraphs.count
                        paragraphs = [head] + Array(paragraphs[shift...] + paragraphs[..<shift])
                    }
                    text = paragraphs.joined(separator: "\n\n")
                    var mapping: [String: String] = [:]
                    for name in properNames(in: text) {
                        var hash: UInt64 = 1469598103934665603
                        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 1099511628211 }
                        mapping[name] = pool[Int((hash &+ UInt64(k) &* 7919) % UInt64(pool.count))]
                    }
                    text = replaceWords(in: text, mapping)
                }
                let name = String(format: "%05d-%02d.txt", n, k)
                try text.write(toFile: (folder as NSString).appendingPathComponent(name), atomically: false, encoding: .utf8)
                written += 1
            }
        }
        return written
    }

    /// Capitalized words that follow a lowercase word and a space: mostly proper names.
    static func properNames(in text: String) -> Set<String> {
        var result = Set<String>()
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        for (previous, word) in zip(words, words.dropFirst()) {
            guard let p = previous.last, p.isLowercase, let f = word.first, f.isUppercase else { continue }
            let core = word.prefix { $0.isLetter }
            if core.count > 2, core.dropFirst().allSatisfy(\.isLowercase) { result.insert(String(core)) }
        }
        return result
    }

    /// `text` with whole words replaced through `mapping`.
    static func replaceWords(in text: String, _ mapping: [String: String]) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var word = ""
        func flush() { out += mapping[word] ?? word; word = "" }
        for character in text {
            if character.isLetter { word.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }
}

/// `parley bench index`: opening an index and showing the first screen, a person filter and a word search,
/// each timed over the real code path (see `IndexBenchmark.measure`).
struct BenchIndex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Time opening an index and showing the first screen, a person filter and a word search.",
        discussion: """
        Measures the index given with --index (default $XDG_DATA_HOME/parley/index.sqlite). To measure a large index (100,000 statements and more), `parley bench copies` writes varied copies of real articles to index. With --repeat N, each figure is the fastest of N runs, and the first (cold) run is printed too.
        """)

    @Option(name: .long, help: ArgumentHelp("The index to measure.", valueName: "file"))
    var index: String?

    @Option(name: .long, help: ArgumentHelp("A name for the person: query (default: the surname of the speaker with most statements).", valueName: "name"))
    var person: String?

    @Option(name: .long, help: ArgumentHelp("A word to search for.", valueName: "word"))
    var word: String = "government"

    @Option(name: .long, help: ArgumentHelp("Measure N times; report the fastest of each figure.", valueName: "N"))
    var `repeat`: Int = 1

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat takes a count of at least 1, not \(`repeat`).") }
    }

    func run() throws {
        let path = index ?? IndexStore.defaultPath()
        guard FileManager.default.fileExists(atPath: path) else {
            Standard.error("parley: bench index: \(path): no index there; build one with `parley index --index \(path) PATH...`")
            throw ExitCode(1)
        }
        var runs: [[IndexBenchmark.Figure]] = []
        for _ in 0..<`repeat` { runs.append(try IndexBenchmark.measure(index: path, person: person, word: word)) }
        if runs.count > 1 { print("first run: open index + first screen \(String(format: "%.1f ms", runs[0][0].seconds * 1000))") }
        for (i, figure) in runs[0].enumerated() {
            let best = runs.map { $0[i].seconds }.min() ?? figure.seconds
            let count = figure.count.map { " · \($0) statements" } ?? ""
            print(figure.name.padding(toLength: 50, withPad: " ", startingAt: 0) + String(format: " %9.1f ms", best * 1000) + count)
        }
    }
}

/// `parley bench copies`: varied copies of real articles, to make an index large enough to measure.
struct BenchCopies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copies",
        abstract: "Write varied copies of articles (names swapped, paragraphs rotated) into a folder, for a large test index.",
        discussion: "Copy 0 is the article as read; the others swap its proper names by a permutation and rotate its body paragraphs, so the copies keep real cues, quotes and dates. They are for timing only.")

    @Option(name: .long, help: ArgumentHelp("The folder to write into.", valueName: "folder"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Copies of each article.", valueName: "n"))
    var copies: Int = 5

    @Argument(help: "Article files or folders to copy.")
    var paths: [String]

    func run() throws {
        let written = try IndexBenchmark.writeVariedCopies(of: paths, into: output, copies: copies)
        print("wrote \(written) articles to \(output)")
    }
}
