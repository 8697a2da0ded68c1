import ArgumentParser
import Foundation
import ParleyKit

/// The `--index FILE` option.
struct IndexOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The index file (default $XDG_DATA_HOME/parley/index.sqlite).", valueName: "file"))
    var index: String?

    /// The index file to use: `--index`, else the default.
    var path: String { index ?? IndexStore.defaultPath() }
}

/// `parley index PATH...`: analyzes articles into the SQLite index.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Analyze articles into the index (default $XDG_DATA_HOME/parley/index.sqlite).",
        discussion: """
        Unchanged articles (same text and metadata) are skipped, changed ones replaced, new ones analyzed; articles stored from files under the paths that are gone (or no longer hold them, as a JSON Lines file that lost lines) are removed; then entities are merged, topics weighed and statements linked over the whole index. With --prune, every stored article whose file is gone is removed, under any folder. Safe to interrupt: running the same command again finishes the work. Problems with single files are reported on stderr and the others are indexed; the exit status is 1 when there was any (a path that does not exist is one, though the articles stored from it are removed).
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var indexOption: IndexOption

    @Option(name: .long, help: ArgumentHelp("Articles stored per transaction.", valueName: "n"))
    var batchSize: Int = 48

    @Flag(name: .long, help: "Remove every stored article whose file is gone (no path needed).")
    var prune = false

    func validate() throws {
        if input.paths.isEmpty && !prune { throw ValidationError("give at least one article file or folder to index, or --prune.") }
        if batchSize < 1 { throw ValidationError("--batch-size takes a positive number.") }
    }

    func run() throws {
        let (_, report) = try indexPaths(input.paths, options: input, index: indexOption.path, progress: true, batchSize: batchSize,
                                         prune: prune)
        if !report.problems.isEmpty { throw ExitCode(1) }
    }
}

/// Indexes `paths` into the index at `index`, reporting problems, duplicates, removed articles and progress on stderr.
///
/// - Parameter prune: also remove every stored article whose file is gone (`IndexBuilder.pruneGoneFiles`).
/// - Returns: the opened store and what the run did.
/// - Throws: `ExitCode(1)` when the index cannot be opened or written (with a message).
func indexPaths(_ paths: [String], options: InputOptions, index: String, progress: Bool,
                reportProblems: Bool = true, batchSize: Int = 48, prune: Bool = false) throws -> (IndexStore, IndexBuilder.Report) {
    let store: IndexStore
    do {
        store = try IndexStore(path: index)
    } catch {
        Standard.error("parley: \(index): cannot open the index: \(error)")
        throw ExitCode(1)
    }
    var builder = IndexBuilder(published: options.published.map { DocumentCreationTime(value: $0, provenance: .commandLine) })
    builder.batchSize = batchSize
    builder.pruneGoneFiles = prune
    builder.readerOptions.fieldMap = options.fieldMap
    let reporter = ProgressReporter()
    let report: IndexBuilder.Report
    do {
        if progress {
            report = try builder.index(paths: paths, into: store, progress: { (step: IndexBuilder.Progress) in reporter.update(step) })
        } else {
            report = try builder.index(paths: paths, into: store)
        }
    } catch {
        Standard.error("parley: \(index): cannot write the index: \(error)")
        throw ExitCode(1)
    }
    if reportProblems { for problem in report.problems { Standard.error(PathHint.line(problem)) } }
    for duplicate in report.duplicates { Standard.error("parley: \(duplicate.source): same text as \(duplicate.sameAs); read once") }
    reportPassedOver(report.passedOver)
    func articles(_ n: Int) -> String { n == 1 ? "1 article" : "\(n) articles" }
    let removedFiles = "removed \(articles(report.removedGoneFiles.count)) "
        + (report.removedGoneFiles.count == 1 ? "whose file is gone" : "whose files are gone")
    let pruneOnly = paths.isEmpty && prune
    if pruneOnly {
        // `--prune` alone reads no file: say what it did and what is left, not "0 new, 0 changed, 0 unchanged"
        let left = (try? store.articleCount()).map { "; \(articles($0)) in the index" } ?? ""
        Standard.error("parley: \(removedFiles)\(left)")
    } else if !report.removedGoneFiles.isEmpty || prune {
        Standard.error("parley: \(removedFiles)")
    }
    if !report.removedGoneItems.isEmpty {
        Standard.error("parley: removed \(articles(report.removedGoneItems.count)) no longer in \(report.removedGoneItems.count == 1 ? "its file" : "their files")")
    }
    if report.unchecked > 0 {
        Standard.error("parley: \(articles(report.unchecked)) stored under relative paths by an older parley not checked; "
                       + "index their folders again to check them")
    }
    if progress && !pruneOnly { reporter.finish(report, index: index) } else { reporter.end() }
    return (store, report)
}

/// What the browser and `export` read: positional arguments split into paths and query words, and the graph they give.
struct IndexedInput {
    /// The graph to show or export.
    var graph: StatementGraph
    /// Problems met reading files.
    var problems: [ReadProblem]
    /// Query words from positional arguments that are not paths (joined with spaces), or nil.
    var words: String?
    /// Warnings, as stderr lines, for query words that look like paths typed wrong (`PathHint.looksLikePath`);
    /// printed already unless `load` was told to leave problems to the caller.
    var warnings: [String] = []
    /// The positional arguments taken as paths.
    var paths: [String] = []

    /// True when `argument` names a file or folder (existing, or written like a path) rather than a query word.
    static func isPath(_ argument: String) -> Bool {
        if FileManager.default.fileExists(atPath: argument) { return true }
        if argument.contains("/") && !argument.contains(":") { return true }
        let ext = (argument as NSString).pathExtension.lowercased()
        return ArticleReader.supportedExtensions.contains(ext) || ArticleReader.unsupportedExtensions.contains(ext)
    }

    /// Splits the positional arguments, indexes the paths (into `--index` or the default index) and loads the graph of
    /// their articles; with no path, loads the whole index.
    /// - Parameter reportProblems: false to leave file problems for the caller to print (the browser prints them after it quits).
    static func load(_ input: InputOptions, index: IndexOption, reportProblems: Bool = true) throws -> IndexedInput {
        let paths = input.paths.filter(isPath)
        let words = input.paths.filter { !isPath($0) }
        let wordQuery = words.isEmpty ? nil : words.joined(separator: " ")
        // a word that looks like a path typed wrong (`bbc-politcs`) is still a query word, but never silently
        let warnings = words.filter(PathHint.looksLikePath).map(PathHint.wordWarning)
        if reportProblems { for warning in warnings { Standard.error(warning) } }
        if paths.isEmpty {
            guard FileManager.default.fileExists(atPath: index.path) else {
                if !reportProblems { for warning in warnings { Standard.error(warning) } }
                for word in words where !PathHint.looksLikePath(word) { Standard.error("parley: \(word): no such file or folder\(PathHint.suggestion(for: word))") }
                Standard.error("parley: \(index.path): no index yet; run `parley index PATH...` first")
                throw ExitCode(1)
            }
            do {
                let store = try IndexStore(path: index.path, readOnly: true)
                return IndexedInput(graph: try store.loadGraph(), problems: [], words: wordQuery, warnings: warnings, paths: [])
            } catch {
                Standard.error("parley: \(index.path): cannot read the index: \(error)")
                throw ExitCode(1)
            }
        }
        let (store, report) = try indexPaths(paths, options: input, index: index.path, progress: isatty(STDERR_FILENO) == 1,
                                         reportProblems: reportProblems)
        do {
            return IndexedInput(graph: try store.loadGraph(sources: Set(report.sources)), problems: report.problems, words: wordQuery,
                                warnings: warnings, paths: paths)
        } catch {
            Standard.error("parley: \(index.path): cannot read the index: \(error)")
            throw ExitCode(1)
        }
    }
}
