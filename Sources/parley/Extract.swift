import ArgumentParser
import Foundation
import ParleyKit

/// `parley extract`: shows what parley reads from input files, and scores HTML extraction against expected texts.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Show what parley reads from files (headline, date, URL, author, outlet, text), or score HTML extraction.",
        discussion: """
        For each FILE: the headline, the document creation time with its provenance, URL, author, outlet, \
        then the text parley analyses. FILE#N (an article's source in an export, e.g. reut2-000.sgm#654) shows \
        that one item of a file that holds many.

        --expected TEXT compares the body of the one FILE with the expected text TEXT.
        --evaluate CORPORA scores every page of CORPORA/readability-pages and CORPORA/web-news-html \
        (against CORPORA/web-news-text) and prints per-page and average figures.

        Scores are bags of words: lowercased letter-and-digit tokens; recall = tokens in common ÷ expected \
        tokens, precision = tokens in common ÷ extracted tokens (multiset intersection).
        """)

    @Argument(help: "Files to read (.html, .txt, .md, ...); FILE#N for one item of a file that holds many (JSON Lines, a feed, Reuters SGML), as exports name articles.")
    var files: [String] = []

    @Option(help: ArgumentHelp("The expected main text of the one FILE, to score its body against.", valueName: "file"))
    var expected: String?

    @Option(help: ArgumentHelp("A corpora folder holding readability-pages/ and web-news-html/ with web-news-text/.", valueName: "folder"))
    var evaluate: String?

    @Flag(help: "Print only the metadata lines, not the text.")
    var metadataOnly = false

    func validate() throws {
        if files.isEmpty && evaluate == nil { throw ValidationError("Name a FILE to read, or --evaluate CORPORA.") }
        if expected != nil && files.count != 1 { throw ValidationError("--expected compares one FILE.") }
    }

    func run() throws {
        var failed = false
        let reader = ArticleReader()
        for file in files {
            if !FileManager.default.fileExists(atPath: file) && ArticleReader.itemReference(file) == nil {
                Standard.error("parley: \(file): no such file or folder\(PathHint.suggestion(for: file))")
                failed = true
                continue
            }
            do {
                let (articles, problems) = try reader.read(source: file)
                for problem in problems { Standard.error(PathHint.line(problem)); failed = failed || problem.isFatal }
                for article in articles {
                    print("source:    \(article.source)")
                    print("headline:  \(article.headline ?? "-")")
                    print("published: \(article.published.map { "\($0.value) (\($0.provenance.rawValue))" } ?? "-")")
                    print("url:       \(article.url ?? "-")")
                    print("author:    \(article.author ?? "-")")
                    print("outlet:    \(article.outlet ?? "-")")
                    if let expected {
                        let text = try String(contentsOfFile: expected, encoding: .utf8)
                        let body = String(String.UnicodeScalarView(article.text.unicodeScalars.dropFirst(article.bodyStart)))
                        let c = ExtractionScore.compare(extracted: body, expected: text)
                        print(String(format: "recall:    %.3f (%d/%d tokens)", c.recall, c.common, c.expected))
                        print(String(format: "precision: %.3f (%d/%d tokens)", c.precision, c.common, c.extracted))
                    }
                    if !metadataOnly { print("\n" + article.text) }
                    print("")
                }
            } catch {
                Standard.error("parley: \(error)")
                failed = true
            }
        }
        if let evaluate { try runEvaluation(URL(fileURLWithPath: evaluate)) }
        if failed { throw ExitCode(1) }
    }

    private func runEvaluation(_ corpora: URL) throws {
        let readability = corpora.appendingPathComponent("readability-pages")
        let html = corpora.appendingPathComponent("web-news-html"), text = corpora.appendingPathComponent("web-news-text")
        let manager = FileManager.default
        guard manager.fileExists(atPath: readability.path) || manager.fileExists(atPath: html.path) else {
            throw ValidationError("\(corpora.path) holds neither readability-pages/ nor web-news-html/.")
        }
        func show(_ title: String, _ pages: [HTMLCorpusEvaluation.Page]) {
            print(title)
            for p in pages {
                var marks: [String] = []
                if let m = p.titleMatches { marks.append("title " + (m ? "ok" : "differs")) }
                if let m = p.dateMatches { marks.append("date " + (m ? "ok" : "differs")) }
                if let m = p.authorMatches { marks.append("author " + (m ? "ok" : "differs")) }
                if let m = p.urlMatches { marks.append("url " + (m ? "ok" : "differs")) }
                print(String(format: "  %-20@ recall %.3f  precision %.3f  (%5d expected, %5d extracted)  %@",
                             p.name as NSString, p.counts.recall, p.counts.precision, p.counts.expected, p.counts.extracted,
                             marks.joined(separator: ", ") as NSString))
            }
            let s = HTMLCorpusEvaluation.Summary(pages)
            print(String(format: "  mean recall %.3f  mean precision %.3f  pooled recall %.3f  pooled precision %.3f  (%d pages)",
                         s.meanRecall, s.meanPrecision, s.pooled.recall, s.pooled.precision, s.pages))
            for (name, t) in [("titles", s.titles), ("dates", s.dates), ("authors", s.authors), ("urls", s.urls)] where t.1 > 0 {
                print("  \(name) matching: \(t.0)/\(t.1)")
            }
        }
        if manager.fileExists(atPath: readability.path) {
            show("readability-pages", HTMLCorpusEvaluation.readabilityPages(folder: readability))
        }
        if manager.fileExists(atPath: html.path) {
            show("web-news-html", HTMLCorpusEvaluation.webNews(html: html, text: text))
        }
    }
}
