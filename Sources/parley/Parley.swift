import ArgumentParser
import Foundation
import ParleyKit
import ParleyTUI

/// The `parley` command: browse (the default), export.
@main
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "Who said what, when, about what: statements in news articles, browsed in a terminal.",
        subcommands: [Browse.self, Export.self],
        defaultSubcommand: Browse.self
    )
}

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Browse the statements of articles (the bundled sample when no path is given).")
    @Argument(help: "Article files or folders.") var paths: [String] = []
    @Option(help: "Open filtered to this speaker.") var person: String?
    @Option(help: "Colour theme name.") var theme: String?

    func run() throws {
        let urls = paths.isEmpty ? ResourceFile.sampleArticleURLs : paths.map { URL(fileURLWithPath: $0) }
        let graph = try CorpusLoader.load(urls)
        try Browser.run(graph: graph, options: BrowserOptions(person: person, theme: theme))
    }
}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write statements as JSONL.")
    @Argument(help: "Article files or folders.") var paths: [String] = []
    @Option(help: "jsonl") var format: String = "jsonl"

    func run() throws {
        let graph = try CorpusLoader.load(paths.map { URL(fileURLWithPath: $0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for statement in graph.statements {
            guard let analysis = graph.analyses[statement.articleID] else { continue }
            let line: [String: String?] = [
                "type": "statement", "article": analysis.article.source,
                "text": statement.contentSpans.map { analysis.text[$0] }.joined(separator: " "),
                "speaker": statement.source?.name, "date": statement.date.value,
            ]
            print(String(data: try encoder.encode(line), encoding: .utf8)!)
        }
    }
}

enum CorpusLoader {
    static func load(_ urls: [URL]) throws -> StatementGraph {
        var analyses: [ArticleAnalysis] = []
        let pipeline = Pipeline()
        for url in urls {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            let files = isDirectory.boolValue
                ? (FileManager.default.enumerator(atPath: url.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted().map { url.appendingPathComponent($0) } ?? [])
                : [url]
            for file in files {
                let raw = try String(contentsOf: file, encoding: .utf8)
                let article = Article(source: file.path, text: TextNormalizer.normalize(raw))
                analyses.append(pipeline.analyze(article))
            }
        }
        return StatementGraph(analyses: analyses)
    }
}
