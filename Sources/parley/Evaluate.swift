import ArgumentParser
import Foundation
import ParleyKit

/// `parley eval`: scores the extractor against brat attribution annotations (PolNeAR's layout).
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score statement extraction against brat attribution annotations (e.g. PolNeAR).",
        discussion: """
        FOLDER holds text/NAME.txt and attributions/NAME_<annotator>.ann, as a PolNeAR split does.

        Content: a statement and an annotated content match at overlap t when the characters they share are at least t of each one's length.
        Recall counts annotated attributions whose cue is a speech cue (said, told, according to ...); precision counts every statement found against all annotated attributions.
        Source accuracy: of the speech-cue attributions matched at 0.3, the share whose speaker mention overlaps the annotated source or whose name contains it.
        """)

    @Argument(help: "A brat corpus split folder, e.g. polnear/dev.")
    var folder: String

    @Option(help: "Score at most this many articles.")
    var limit: Int?

    @Flag(help: "Write the figures as one JSON object.")
    var json = false

    @Option(help: ArgumentHelp("Score another extractor's statements instead of parley's: JSON lines {\"article\": \"NAME.txt\", \"spans\": [[start, end]], \"speaker\": \"…\"}, offsets in Unicode scalars of the raw text file.", valueName: "file"))
    var predictions: String?

    @Option(help: "Write every miss and unmatched statement at overlap 0.3 to this file, one block each, to read what goes wrong.")
    var errors: String?

    @Option(name: .customLong("join-continuations"),
            help: ArgumentHelp("Before scoring, join each cue-less continuation quote to the statement of the same speaker just before it, as PolNeAR annotates “A,” X said. “B.” as one attribution: same-paragraph or across-paragraphs. Exported statements are not changed.",
                               valueName: "mode"))
    var joinContinuations: String?

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("\(folder) is not a folder\(PathHint.suggestion(for: folder)); `parley eval` takes one split of a brat "
                                  + "attribution corpus (text/ and attributions/), such as data/dev of PolNeAR's release "
                                  + "(https://github.com/networkdynamics/PolNeAR); see the README.")
        }
        if let mode = joinContinuations, AttributionEvaluation.ContinuationJoin(rawValue: mode) == nil {
            throw ValidationError("--join-continuations takes \(AttributionEvaluation.ContinuationJoin.allCases.map(\.rawValue).joined(separator: " or ")), not \(mode).")
        }
        guard FileManager.default.fileExists(atPath: folder + "/attributions"), FileManager.default.fileExists(atPath: folder + "/text") else {
            throw ValidationError("\(folder) has no attributions/ and text/ folders (the layout of a PolNeAR split).")
        }
    }

    func run() throws {
        let lexicon = AttributionLexicon.shared
        let report = BratCorpusEvaluator().evaluate(folder: URL(fileURLWithPath: folder), limit: limit,
                                                    isSpeechCue: { lexicon.containsSpeechCue($0) },
                                                    joinContinuations: joinContinuations.flatMap(AttributionEvaluation.ContinuationJoin.init(rawValue:)),
                                                    predictions: try predictions.map(readPredictions))
        for problem in report.problems { Standard.error("parley: \(problem)") }
        let e = report.evaluation
        if let errors { try write(errors: e.errors, articles: report.articles, to: errors) }
        if json {
            var object: [String: Any] = ["articles": e.articles, "sourceAccuracy": e.sourceAccuracy, "sourceJudged": e.sourceJudged,
                                         "joinContinuations": joinContinuations ?? "none"]
            for (t, c) in e.counts {
                object["overlap\(t)"] = ["recall": c.recall, "precision": c.precision, "f1": c.f1, "gold": c.gold,
                                         "goldMatched": c.goldMatched, "predicted": c.predicted, "predictedMatched": c.predictedMatched]
            }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print("articles \(e.articles)")
            if let predictions { print("scoring the statements in \(predictions), not parley's") }
            if let mode = joinContinuations {
                print("scoring option: continuation quotes joined to the statement before them (\(mode)); exported statements are unchanged")
            }
            for t in e.counts.keys.sorted() {
                let c = e.counts[t]!
                print(String(format: "content@%.1f  recall %.3f (%d/%d)  precision %.3f (%d/%d)  F1 %.3f",
                             t, c.recall, c.goldMatched, c.gold, c.precision, c.predictedMatched, c.predicted, c.f1))
            }
            print(String(format: "source accuracy %.3f (%d/%d)", e.sourceAccuracy, e.sourceRight, e.sourceJudged))
        }
        if !report.problems.isEmpty { throw ExitCode(1) }
    }

    /// The predictions in `path`, or exit 1 with a message naming the file and line.
    private func readPredictions(_ path: String) throws -> [String: [ExternalPrediction]] {
        do {
            return try ExternalPrediction.read(jsonLines: try Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        } catch let problem as ReadProblem {
            Standard.error("parley: \(problem)")
            throw ExitCode(1)
        } catch {
            Standard.error("parley: \(path): cannot be read (\(error.localizedDescription))")
            throw ExitCode(1)
        }
    }

    /// Writes `errors` as blocks: MISS or EXTRA, the article, source and cue, then the content text.
    private func write(errors: [AttributionEvaluation.Error], articles: [String: Article], to path: String) throws {
        var out = ""
        for error in errors {
            guard let article = articles[error.articleID] else { continue }
            let scalars = Array(article.text.unicodeScalars)
            let content = error.content.map { span in
                String(String.UnicodeScalarView(scalars[max(0, span.start)..<min(scalars.count, span.end)]))
            }.joined(separator: " … ")
            out += "\(error.isMiss ? "MISS" : "EXTRA")\t\((article.source as NSString).lastPathComponent)\t\(error.source)\t\(error.cue)\n  \(content)\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
