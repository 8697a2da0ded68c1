import ArgumentParser
import Foundation
import ParleyKit
import ParleyTUI

/// The `parley` command line: browse (the default), export and analyze.
@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Who said what, when, about what: statements in news articles, browsed in a terminal.",
        discussion: """
        With no subcommand, parley browses: `parley [PATH ...] [--index FILE] [--person NAME] [--theme NAME] [--query QUERY]` (see `parley browse --help`).

        PATHs are article files (text, Markdown, HTML, JSON/JSONL, RSS/Atom, Reuters SGML) or folders of them, read recursively; they are indexed first (`parley index`) into --index or $XDG_DATA_HOME/parley/index.sqlite, and their statements shown. Other arguments are query words. With --index and no path, the whole index is shown; with neither, the sample article that ships inside parley.
        """,
        version: "parley 0.2.0",
        subcommands: [Browse.self, IndexCommand.self, Export.self, Analyze.self, Evaluate.self, Extract.self, Bench.self],
        defaultSubcommand: Browse.self
    )
}

/// Says on stderr how many files in the folders read were passed over for their extension, with up to three
/// examples, each by its path from the folder given (`corpus/bbc/LICENSE.repo`, not a bare `LICENSE.repo` that
/// several folders may hold).
func reportPassedOver(_ passedOver: [String]) {
    guard !passedOver.isEmpty else { return }
    let examples = passedOver.prefix(3).joined(separator: ", ")
    let known = ArticleReader.supportedExtensions.sorted().map { "." + $0 }.joined(separator: " ")
    Standard.error("parley: passed over \(passedOver.count) file(s) not in a format parley reads (\(known)): \(examples)\(passedOver.count > 3 ? ", …" : "")")
}

/// Options shared by the subcommands that read articles.
struct InputOptions: ParsableArguments {
    @Argument(help: "Article files (text, Markdown, HTML, JSON, JSONL, RSS/Atom, Reuters SGML) or folders of them; for browse and export, other arguments are query words.")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Publication date (YYYY-MM-DD) for articles that give none.", valueName: "date"))
    var published: String?

    @Option(name: .long, help: ArgumentHelp("For JSON input: read article field NAME (title, text, date, url, source, author) from the input's FIELD, e.g. text=body or text=fields.bodyText (repeatable).", valueName: "NAME=FIELD"))
    var field: [String] = []

    /// `--field` as a map from article field to input field name.
    var fieldMap: [String: String] {
        var map: [String: String] = [:]
        for entry in field {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            map[String(entry[..<equals]).trimmingCharacters(in: .whitespaces)] = String(entry[entry.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
        }
        return map
    }

    /// The subcommand `word` looks like a typing slip of (at most two edits away), if any: `exprot` → `export`.
    static func commandNear(_ word: String) -> String? {
        let typed = Array(word.lowercased())
        guard typed.count >= 3, typed.allSatisfy(\.isLetter) else { return nil }
        let names = Parley.configuration.subcommands.map { $0._commandName }
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var previous = Array(0...b.count)
            for i in 1...max(1, a.count) where !a.isEmpty {
                var current = [i] + Array(repeating: 0, count: b.count)
                for j in 1...max(1, b.count) where !b.isEmpty {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                previous = current
            }
            return previous[b.count]
        }
        return names.filter { $0 != word }.map { ($0, distance(typed, Array($0))) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    func validate() throws {
        // `parley exprot FOLDER` would browse FOLDER filtered by the word "exprot": say what was meant instead
        if let first = paths.first, !IndexedInput.isPath(first), paths.dropFirst().contains(where: IndexedInput.isPath),
           let command = Self.commandNear(first) {
            throw ValidationError("\"\(first)\" is neither a file nor a command; did you mean `parley \(command)`?")
        }
        for entry in field {
            guard let equals = entry.firstIndex(of: "="), !entry[entry.index(after: equals)...].isEmpty,
                  JSONArticleReader.articleFields.contains(String(entry[..<equals])) else {
                throw ValidationError("--field takes NAME=FIELD with NAME one of \(JSONArticleReader.articleFields.joined(separator: ", ")), not \"\(entry)\".")
            }
        }
        if let published, published.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil
            || CalendarDate(timex: published) == nil {
            throw ValidationError("--published takes a real date as YYYY-MM-DD, not \"\(published)\".")
        }
    }

    /// Loads the corpus, reporting problems on stderr as `parley: path:line: reason`.
    ///
    /// - Parameter reportNow: false to leave the problems for the caller to print (the browser prints them after it quits).
    func load(defaultToSample: Bool, reportNow: Bool = true) -> CorpusLoader.Output {
        let sample = ResourceFile.sampleArticleURLs.map(\.path)
        let inputs = paths.isEmpty && defaultToSample ? sample : paths
        var loader = CorpusLoader(published: published.map { DocumentCreationTime(value: $0, provenance: .commandLine) })
        loader.readerOptions.fieldMap = fieldMap
        // a transient line on a terminal, taken away once read, so that the browser leaves nothing behind
        StatusLine.standardError.show("parley: reading \(inputs.count == 1 ? inputs[0] : "\(inputs.count) paths") …")
        let output = loader.load(paths: inputs)
        StatusLine.standardError.clear()
        if reportNow { for problem in output.problems { Standard.error(PathHint.line(problem)) } }
        for duplicate in output.duplicates { Standard.error("parley: \(duplicate.path): same text as \(duplicate.sameAs); read once") }
        reportPassedOver(output.passedOver)
        return output
    }
}

/// The `--query` option of the commands that select statements.
struct QueryOption: ParsableArguments {
    @Option(name: [.short, .long], help: ArgumentHelp("Only statements that match this query, e.g. 'person:Ostrander topic:summit after:2021-06-01' (syntax in README).", valueName: "query"))
    var query: String?

    func validate() throws {
        if let query {
            do { _ = try Query.parse(query) } catch { throw ValidationError("\(error)") }
        }
    }

    /// The parsed query; the empty query (everything) when none was given.
    func parsed() -> Query {
        (query.flatMap { try? Query.parse($0) }) ?? Query()
    }
}

/// Writes to standard error.
enum Standard {
    /// Writes `line` and a newline to standard error, after taking away a progress line drawn there (`StatusLine`).
    static func error(_ line: String) {
        StatusLine.standardError.message(line)
    }
}

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse statements in the terminal (the default; the bundled sample when no path is given).")

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: QueryOption
    @OptionGroup var indexOption: IndexOption

    @Option(help: ArgumentHelp("Open with the timeline filtered to this speaker: a whole name, or part of speakers' names and aliases, as person: in a query.", valueName: "name"))
    var person: String?

    @Option(help: ArgumentHelp("Colour theme: default, light or mono (built in), or the name of a NAME.toml in $XDG_CONFIG_HOME/parley/themes/.", valueName: "name"))
    var theme: String?

    func validate() throws {
        // query words among the paths are checked as --query is: a lone OR would otherwise open an unfiltered browser
        let words = input.paths.filter { !IndexedInput.isPath($0) }
        if !words.isEmpty {
            do { _ = try Query.parse(words.joined(separator: " ")) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() throws {
        let graph: StatementGraph
        let problems: [ReadProblem]
        var words: String?
        var warnings: [String] = []
        var paths: [String] = []
        if input.paths.isEmpty && indexOption.index == nil {
            // neither paths nor an index: the bundled sample, read in memory (never written to the user's index)
            let output = input.load(defaultToSample: true, reportNow: false)
            graph = output.graph
            problems = output.problems
        } else {
            let loaded = try IndexedInput.load(input, index: indexOption, reportProblems: false)
            graph = loaded.graph
            problems = loaded.problems
            words = loaded.words
            warnings = loaded.warnings
            paths = loaded.paths
        }
        if graph.articles.isEmpty {
            for warning in warnings { Standard.error(warning) }
            for problem in problems { Standard.error(PathHint.line(problem)) }
            let missing = problems.filter { $0.reason == "no such file or folder" }.map(\.path)
            if paths.isEmpty {
                Standard.error("parley: \(indexOption.path) holds no article yet; index articles with `parley index PATH...`")
            } else if !Set(paths).isSubset(of: missing) {
                // every path missing: the lines above said so; otherwise say what parley could have read
                Standard.error("parley: no article could be read from \(paths.joined(separator: " ")); \(PathHint.formats)")
            }
            throw ExitCode(1)
        }
        let trouble = problems.count
        // the browser shows the first warning (it hides the terminal's lines); all are printed again when it quits
        let notice = trouble == 0 ? warnings.first.map { String($0.dropFirst("parley: ".count)) }
            : "\(trouble) file problem(s): the list is printed when you quit (q)"
        // --person with --query: the person becomes one more term of the query
        var query = [selection.query, words].compactMap { $0 }.joined(separator: " ")
        var person = self.person
        if let name = person, !query.isEmpty {
            query = "person:\"\(name)\" " + query
            person = nil
        }
        StatusLine.standardError.clear()
        try Browser.run(graph: graph, options: BrowserOptions(person: person, theme: theme, notice: notice, query: query.isEmpty ? nil : query))
        for warning in warnings { Standard.error(warning) }
        for problem in problems { Standard.error(PathHint.line(problem)) }
        if trouble > 0 { throw ExitCode(1) }
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write statements as JSONL, CSV, Markdown or GraphML.",
        discussion: "Problems with single files are reported on stderr and the others are exported; the exit status is 1 when there was any.")

    @OptionGroup var input: InputOptions
    @OptionGroup var selection: QueryOption
    @OptionGroup var indexOption: IndexOption

    @Option(name: [.short, .long], help: ArgumentHelp("jsonl, csv, markdown or graphml.", valueName: "format"))
    var format: ExportFormat = .jsonl

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        if input.paths.isEmpty && indexOption.index == nil {
            throw ValidationError("give at least one article file or folder to export, or --index FILE.")
        }
        let words = input.paths.filter { !IndexedInput.isPath($0) }
        if !words.isEmpty {
            do { _ = try Query.parse(words.joined(separator: " ")) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() throws {
        let loaded = try IndexedInput.load(input, index: indexOption)
        let text = [selection.query, loaded.words].compactMap { $0 }.joined(separator: " ")
        let query = (try? Query.parse(text)) ?? Query()
        let indices = loaded.graph.matching(query)
        let sink: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let handle = FileHandle(forWritingAtPath: output) else {
                let folder = (output as NSString).deletingLastPathComponent
                var isDirectory: ObjCBool = false
                let why = folder.isEmpty || FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
                    ? "permission denied or not a file" : "no such folder \(folder)"
                Standard.error("parley: \(output): cannot write (\(why))")
                throw ExitCode(1)
            }
            sink = handle
        } else {
            sink = FileHandle.standardOutput
        }
        var buffer = Data()
        try Exporter(graph: loaded.graph).export(indices, format: format) { chunk in
            buffer.append(contentsOf: chunk.utf8)
            if buffer.count > 1 << 16 { sink.write(buffer); buffer.removeAll(keepingCapacity: true) }
        }
        sink.write(buffer)
        if !loaded.problems.isEmpty { throw ExitCode(1) }
    }
}

extension ExportFormat: ExpressibleByArgument {}

/// `parley analyze`: the intermediate analysis, one JSON object a line, for checking stages against other tools' data.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write time expressions, sentences and mentions as JSONL.",
        discussion: """
        One line per item: {"type": "timex", "article", "span": [start, end], "text", "timexType", "value"},
        {"type": "sentence", "article", "span"}, {"type": "mention", "article", "span", "text", "kind", "form", "entity"}.
        Spans count Unicode scalars in the article text.
        """)

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("What to write: timex, sentence, mention (repeatable; default all).", valueName: "type"))
    var only: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("jsonl (the only format).", valueName: "format"))
    var format: String = "jsonl"

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("give at least one article file or folder to analyze.") }
        if format != "jsonl" { throw ValidationError("analyze writes jsonl only, not \(format).") }
        for type in only where !["timex", "sentence", "mention"].contains(type) {
            throw ValidationError("--only takes timex, sentence or mention, not \(type).")
        }
    }

    func run() throws {
        let loaded = input.load(defaultToSample: false)
        let wanted = Set(only.isEmpty ? ["timex", "sentence", "mention"] : only)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data()
        func emit(_ object: [String: AnyEncodable]) throws {
            out.append(try encoder.encode(object))
            out.append(0x0A)
            if out.count > 1 << 16 { FileHandle.standardOutput.write(out); out.removeAll(keepingCapacity: true) }
        }
        let analyses = loaded.graph.analyses.values.sorted { $0.article.source < $1.article.source }
        for analysis in analyses {
            let article = AnyEncodable(analysis.article.source)
            if wanted.contains("sentence") {
                for sentence in analysis.sentences {
                    try emit(["type": AnyEncodable("sentence"), "article": article, "span": AnyEncodable(sentence.span),
                              "paragraph": AnyEncodable(sentence.paragraph)])
                }
            }
            if wanted.contains("mention") {
                for mention in analysis.mentions {
                    try emit(["type": AnyEncodable("mention"), "article": article, "span": AnyEncodable(mention.span),
                              "text": AnyEncodable(mention.text), "kind": AnyEncodable(mention.kind.rawValue),
                              "form": AnyEncodable(mention.form.rawValue), "entity": AnyEncodable(mention.entityID)])
                }
            }
            if wanted.contains("timex") {
                for timex in analysis.timexes {
                    try emit(["type": AnyEncodable("timex"), "article": article, "span": AnyEncodable(timex.span),
                              "text": AnyEncodable(timex.text), "timexType": AnyEncodable(timex.type.rawValue),
                              "value": AnyEncodable(timex.value)])
                }
            }
        }
        FileHandle.standardOutput.write(out)
        if !loaded.problems.isEmpty { throw ExitCode(1) }
    }
}

/// Wraps any encodable value so that mixed values fit in one dictionary.
struct AnyEncodable: Encodable {
    private let encodeValue: (Encoder) throws -> Void
    init<T: Encodable>(_ value: T) { encodeValue = value.encode }
    func encode(to encoder: Encoder) throws { try encodeValue(encoder) }
}
