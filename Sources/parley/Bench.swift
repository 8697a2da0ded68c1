import ArgumentParser
import Foundation
import ParleyKit

/// `parley bench`: speed measurements (issue 5, "Speed"). A benchmark, not a test: it prints figures and asserts nothing.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure parley's speed: words per second of the pipeline, peak memory, and an index's open, filter and search times.",
        discussion: """
        `parley bench pipeline [PATH ...]` times reading, the per-article pipeline on one thread and the corpus-level graph build over PolNeAR's train split (or the PATHs given).

        `parley bench index --index FILE` times opening an index and showing the first screen, a person filter and a word search; `parley bench copies` makes varied article copies for a large index.
        """,
        subcommands: [BenchPipeline.self, BenchIndex.self, BenchCopies.self]
    )
}

/// `parley bench pipeline`: words per second of the whole pipeline on one core, with peak memory.
///
/// Words are whitespace-separated tokens of the article texts analyzed (runs of
/// scalars that are not Unicode white space), as `wc -w` and Python's
/// `str.split()` count them: PolNeAR's train split is 623,969 words by `wc -w`
/// over its 840 files. Articles whose text repeats an earlier one are analyzed
/// once, as `parley export` does, and their words counted once.
struct BenchPipeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Time the per-article pipeline (one thread) and the corpus graph build.",
        discussion: """
        With no PATH, reads ../shared/corpora/polnear/train/text (beside the package, or beside the current folder).
        Prints: words, seconds and words/s of reading, of the per-article pipeline and of the whole
        (pipeline + graph), wall clock and CPU time of the measuring thread, statements found, and the
        peak resident memory of the process (getrusage ru_maxrss) in MiB. For one core, also pin the
        process: `taskset -c 0 parley bench pipeline`.
        """)

    @Argument(help: "Article files or folders (default: PolNeAR's train split in ../shared).")
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Run the analysis N times and report the fastest run of each stage.", valueName: "N"))
    var `repeat`: Int = 1

    @Flag(help: "Write the figures as one JSON object.")
    var json = false

    func validate() throws {
        if `repeat` < 1 { throw ValidationError("--repeat takes a count of at least 1, not \(`repeat`).") }
    }

    /// The default corpus: PolNeAR's train texts in ../shared, found from this source file's package or from the current folder.
    static func defaultCorpus() -> String? {
        let relative = "../shared/corpora/polnear/train/text"
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [packageRoot.appendingPathComponent(relative).standardizedFileURL.path,
                          URL(fileURLWithPath: relative).standardizedFileURL.path]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    func run() throws {
        var inputs = paths
        if inputs.isEmpty {
            guard let corpus = Self.defaultCorpus() else {
                Standard.error("parley: bench pipeline: no PATH given and ../shared/corpora/polnear/train/text is absent (looked beside the package and the current folder); give article files or folders")
                throw ExitCode(1)
            }
            inputs = [corpus]
        }

        // Reading: files to normalised articles, duplicates dropped as CorpusLoader does.
        let readStart = Clock.now()
        var read = ArticleReader().read(paths: inputs)
        var seen = Set<String>()
        read.articles.removeAll { !seen.insert($0.id).inserted }
        let reading = Clock.since(readStart)
        for problem in read.problems { Standard.error(PathHint.line(problem)) }
        let articles = read.articles
        guard !articles.isEmpty else {
            Standard.error("parley: bench pipeline: no article could be read from \(inputs.joined(separator: " "))")
            throw ExitCode(1)
        }
        let words = articles.reduce(0) { $0 + Self.wordCount($1.text) }

        let setupStart = Clock.now()
        let pipeline = Pipeline()
        let setup = Clock.since(setupStart)

        var best: (analysis: Clock.Span, graph: Clock.Span)? = nil
        var statements = 0
        for _ in 0..<`repeat` {
            let analysisStart = Clock.now()
            var analyses: [ArticleAnalysis] = []
            analyses.reserveCapacity(articles.count)
            for article in articles { analyses.append(pipeline.analyze(article)) }
            let analysis = Clock.since(analysisStart)
            let graphStart = Clock.now()
            let graph = StatementGraph(analyses: analyses)
            let graphSpan = Clock.since(graphStart)
            statements = graph.statements.count
            if let current = best {
                best = (current.analysis.fastest(analysis), current.graph.fastest(graphSpan))
            } else {
                best = (analysis, graphSpan)
            }
        }
        let analysis = best!.analysis, graph = best!.graph
        let whole = Clock.Span(wall: analysis.wall + graph.wall, cpu: analysis.cpu + graph.cpu)
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peakMiB = Double(usage.ru_maxrss) / 1024  // ru_maxrss counts KiB on Linux

        let report = Report(
            paths: inputs, articles: articles.count, words: words, repeat: `repeat`,
            readSeconds: reading.wall, setupSeconds: setup.wall,
            pipelineSeconds: analysis.wall, pipelineCPUSeconds: analysis.cpu,
            pipelineWordsPerSecond: Self.rate(words, analysis.wall),
            graphSeconds: graph.wall, graphCPUSeconds: graph.cpu,
            wholeSeconds: whole.wall, wholeCPUSeconds: whole.cpu,
            wholeWordsPerSecond: Self.rate(words, whole.wall), wholeWordsPerCPUSecond: Self.rate(words, whole.cpu),
            statements: statements, peakMemoryMiB: (peakMiB * 10).rounded() / 10)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try encoder.encode(report))
            FileHandle.standardOutput.write(Data([0x0A]))
        } else {
            print(report.text)
        }
    }

    /// Whitespace-separated tokens of `text`: maximal runs of scalars that are not white space.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    static func rate(_ words: Int, _ seconds: Double) -> Int { seconds > 0 ? Int((Double(words) / seconds).rounded()) : 0 }

    /// The figures of one benchmark run; seconds are wall clock unless named CPU (CPU time of the measuring thread).
    struct Report: Encodable {
        var paths: [String]
        var articles: Int
        var words: Int
        var `repeat`: Int
        var readSeconds: Double
        var setupSeconds: Double
        var pipelineSeconds: Double
        var pipelineCPUSeconds: Double
        var pipelineWordsPerSecond: Int
        var graphSeconds: Double
        var graphCPUSeconds: Double
        var wholeSeconds: Double
        var wholeCPUSeconds: Double
        var wholeWordsPerSecond: Int
        var wholeWordsPerCPUSecond: Int
        var statements: Int
        var peakMemoryMiB: Double

        var text: String {
            func s(_ x: Double) -> String { String(format: "%.3f s", x) }
            func n(_ x: Int) -> String {
                let formatter = NumberFormatter()
                formatter.numberStyle = .decimal
                formatter.groupingSeparator = ","
                formatter.usesGroupingSeparator = true
                return formatter.string(from: NSNumber(value: x)) ?? "\(x)"
            }
            return """
            corpus        \(paths.joined(separator: " "))
            articles      \(n(articles))
            words         \(n(words)) (whitespace-separated tokens)
            read          \(s(readSeconds))  (files to articles)
            setup         \(s(setupSeconds))  (lexicons)
            pipeline      \(s(pipelineSeconds))  cpu \(s(pipelineCPUSeconds))  \(n(pipelineWordsPerSecond)) words/s  (one thread, best of \(`repeat`))
            graph         \(s(graphSeconds))  cpu \(s(graphCPUSeconds))
            whole         \(s(wholeSeconds))  cpu \(s(wholeCPUSeconds))  \(n(wholeWordsPerSecond)) words/s  (\(n(wholeWordsPerCPUSecond)) per CPU second)
            statements    \(n(statements))
            peak memory   \(String(format: "%.1f", peakMemoryMiB)) MiB  (ru_maxrss)
            """
        }
    }
}

/// Wall clock and thread CPU time, in seconds.
enum Clock {
    /// A measured stretch: wall-clock seconds and CPU seconds of the calling thread.
    struct Span {
        var wall: Double
        var cpu: Double
        /// The faster of two measurements of the same work, figure by figure.
        func fastest(_ other: Span) -> Span { Span(wall: min(wall, other.wall), cpu: min(cpu, other.cpu)) }
    }

    static func read(_ clock: clockid_t) -> Double {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func now() -> (wall: Double, cpu: Double) { (read(CLOCK_MONOTONIC), read(CLOCK_THREAD_CPUTIME_ID)) }

    static func since(_ start: (wall: Double, cpu: Double)) -> Span {
        let end = now()
        return Span(wall: end.wall - start.wall, cpu: end.cpu - start.cpu)
    }
}
