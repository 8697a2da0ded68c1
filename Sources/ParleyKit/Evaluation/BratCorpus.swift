import Foundation

/// Runs the pipeline over a brat-annotated corpus folder and scores it.
///
/// The folder holds `text/NAME.txt` and `attributions/NAME_<annotator>.ann`
/// (PolNeAR's layout). Where several annotators marked one article, the
/// first file in name order is used, so each article counts once.
public struct BratCorpusEvaluator: Sendable {
    /// Makes an evaluator.
    public init() {}

    /// What a run gave.
    public struct Report: Sendable {
        /// The scores.
        public var evaluation: AttributionEvaluation
        /// Files that could not be read or parsed; they were passed over.
        public var problems: [ReadProblem]
        /// The articles scored, by id: to show the text of `evaluation.errors`.
        public var articles: [String: Article] = [:]
    }

    /// Scores every annotated article under `folder`.
    ///
    /// - Parameters:
    ///   - folder: the split's folder, e.g. `polnear/dev`.
    ///   - limit: score at most this many articles (nil: all).
    ///   - isSpeechCue: whether a cue is an act of communication.
    ///   - joinContinuations: when set, continuation quotes are joined to the
    ///     statement before them before scoring (`AttributionEvaluation.joiningContinuations`),
    ///     as PolNeAR annotates `“A,” X said. “B.”`; nil scores the statements as exported.
    ///   - predictions: when given, another extractor's statements by text file name (`NAME.txt`), scored
    ///     instead of parley's own (see `ExternalPrediction`); their offsets count scalars of the raw file.
    public func evaluate(folder: URL, limit: Int? = nil, isSpeechCue: @escaping (String) -> Bool,
                         joinContinuations: AttributionEvaluation.ContinuationJoin? = nil,
                         predictions: [String: [ExternalPrediction]]? = nil) -> Report {
        let manager = FileManager.default
        let annotations = folder.appendingPathComponent("attributions")
        let texts = folder.appendingPathComponent("text")
        var problems: [ReadProblem] = []
        guard let names = try? manager.contentsOfDirectory(atPath: annotations.path) else {
            return Report(evaluation: AttributionEvaluation(), problems: [ReadProblem(path: annotations.path, reason: "folder cannot be read", isFatal: true)])
        }
        var chosen: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".ann") {
            guard let underscore = name.lastIndex(of: "_") else { continue }
            let article = String(name[..<underscore])
            if chosen[article] == nil { chosen[article] = name }
        }
        var articles: [(Article, [BratAttribution], [Int])] = []
        for (article, annotationName) in chosen.sorted(by: { $0.key < $1.key }) {
            if let limit, articles.count >= limit { break }
            let textPath = texts.appendingPathComponent(article + ".txt").path
            let annotationPath = annotations.appendingPathComponent(annotationName).path
            do {
                let raw = try String(contentsOfFile: textPath, encoding: .utf8)
                let annotation = try String(contentsOfFile: annotationPath, encoding: .utf8)
                let gold = try BratReader.attributions(in: annotation, path: annotationPath)
                guard let parsed = ArticleReader.plainArticle(source: textPath, raw: raw) else { continue }
                articles.append((parsed, gold, OffsetMap.scalarMap(from: raw, to: parsed.text)))
            } catch let error as BratReader.FormatError {
                problems.append(ReadProblem(path: error.path, line: error.line, reason: error.reason, isFatal: true))
            } catch {
                problems.append(ReadProblem(path: textPath, reason: "cannot be read: \(error)", isFatal: true))
            }
        }
        let graph = StatementGraph(analyses: predictions == nil ? CorpusLoader().analyze(articles.map(\.0)) : [])
        var evaluation = AttributionEvaluation()
        var statementsByArticle: [String: [Statement]] = [:]
        for statement in graph.statements { statementsByArticle[statement.articleID, default: []].append(statement) }
        if let predictions {
            for (article, _, map) in articles {
                let name = (article.source as NSString).lastPathComponent
                statementsByArticle[article.id] = (predictions[name] ?? []).map { $0.statement(articleID: article.id, offsetMap: map) }
            }
        }
        for (article, gold, map) in articles {
            let moved = gold.map { OffsetMap.apply(map, to: $0) }
            var statements = statementsByArticle[article.id] ?? []
            if let join = joinContinuations {
                statements = AttributionEvaluation.joiningContinuations(statements, text: ScalarText(article.text), join: join)
            }
            evaluation.add(gold: moved, statements: statements, names: { statement in
                guard let source = statement.source else { return [] }
                let entity = source.entityID.flatMap { graph.entities[$0] }
                return [source.name] + (entity?.aliases ?? [])
            }, isSpeechCue: isSpeechCue, articleID: article.id)
        }
        let byID = Dictionary(articles.map { ($0.0.id, $0.0) }, uniquingKeysWith: { first, _ in first })
        return Report(evaluation: evaluation, problems: problems, articles: byID)
    }
}

/// Maps scalar offsets of a raw text to those of its normalised form.
///
/// Normalisation (NFC, dropped soft hyphens) can change the number of
/// scalars, but not the number of grapheme clusters except for dropped
/// format characters; offsets are carried across cluster by cluster.
public enum OffsetMap {
    /// For every raw scalar offset 0...raw.count, the normalised offset.
    public static func scalarMap(from raw: String, to normalized: String) -> [Int] {
        let rawCount = raw.unicodeScalars.count
        if rawCount == normalized.unicodeScalars.count { return Array(0...rawCount) }
        var map: [Int] = []
        map.reserveCapacity(rawCount + 1)
        let normalizedClusters = Array(normalized)
        var position = 0
        var clusterIndex = 0
        for character in raw {
            let rawLength = character.unicodeScalars.count
            let normalizedLength: Int
            if clusterIndex < normalizedClusters.count,
               normalizedClusters[clusterIndex].unicodeScalars.elementsEqual(character.precomposedScalars) ||
                String(normalizedClusters[clusterIndex]) == String(character) {
                normalizedLength = normalizedClusters[clusterIndex].unicodeScalars.count
                clusterIndex += 1
            } else if character == "\u{AD}" {
                normalizedLength = 0
            } else {
                normalizedLength = clusterIndex < normalizedClusters.count ? normalizedClusters[clusterIndex].unicodeScalars.count : 0
                clusterIndex += 1
            }
            for k in 0..<rawLength { map.append(position + min(k, normalizedLength)) }
            position += normalizedLength
        }
        map.append(position)
        return map
    }

    /// `attribution` with every span carried through `map`.
    public static func apply(_ map: [Int], to attribution: BratAttribution) -> BratAttribution {
        func move(_ span: TextSpan) -> TextSpan {
            let clamp = { (i: Int) in map[max(0, min(i, map.count - 1))] }
            return TextSpan(clamp(span.start), clamp(span.end))
        }
        var moved = attribution
        moved.content = attribution.content.map(move)
        moved.cue = attribution.cue.map(move)
        moved.source = attribution.source.map(move)
        return moved
    }
}

private extension Character {
    /// The scalars of this character in NFC.
    var precomposedScalars: String.UnicodeScalarView {
        String(self).precomposedStringWithCanonicalMapping.unicodeScalars
    }
}

/// A statement found by another extractor, to score it with the same evaluation as parley's
/// (`parley eval --predictions FILE`): one JSON object a line,
/// `{"article": "NAME.txt", "spans": [[start, end], ...], "speaker": "…"}`, offsets in Unicode
/// scalars of the raw text file (Python string indices), end exclusive.
public struct ExternalPrediction: Decodable, Sendable, Equatable {
    /// The text file's name, as in the split's `text/` folder.
    public var article: String
    /// Content spans in scalars of the raw file.
    public var spans: [[Int]]
    /// The speaker as the extractor gives it, if any.
    public var speaker: String?

    /// Reads predictions from JSON Lines, grouped by article file name.
    ///
    /// - Throws: `ReadProblem` naming the file and line of the first malformed line.
    public static func read(jsonLines data: Data, path: String) throws -> [String: [ExternalPrediction]] {
        var result: [String: [ExternalPrediction]] = [:]
        let decoder = JSONDecoder()
        for (n, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            do {
                let prediction = try decoder.decode(ExternalPrediction.self, from: Data(line))
                guard prediction.spans.allSatisfy({ $0.count == 2 && $0[0] <= $0[1] }) else {
                    throw ReadProblem(path: path, line: n + 1, reason: "spans must be [start, end] pairs", isFatal: true)
                }
                result[prediction.article, default: []].append(prediction)
            } catch let problem as ReadProblem {
                throw problem
            } catch {
                throw ReadProblem(path: path, line: n + 1, reason: "not a prediction object: \(error)", isFatal: true)
            }
        }
        return result
    }

    /// The prediction as a statement of `articleID`, its spans carried into the normalised text by `offsetMap`
    /// (`OffsetMap.scalarMap`).
    public func statement(articleID: String, offsetMap map: [Int]) -> Statement {
        let clamp = { (i: Int) in map[max(0, min(i, map.count - 1))] }
        let content = spans.map { TextSpan(clamp($0[0]), clamp($0[1])) }
        return Statement(articleID: articleID, source: speaker.map { Source(name: $0) }, cue: nil, kind: .indirect,
                         contentSpans: content)
    }
}
