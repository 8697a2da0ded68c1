import Foundation

/// Scores extracted statements against annotated attribution relations.
///
/// Content match: a predicted statement's content and a gold content match
/// at threshold t when the scalars they share are at least t of *each*
/// side's length — `|g ∩ p| / max(|g|, |p|) ≥ t`. That is stricter than a
/// one-sided overlap, so a long prediction cannot match a short gold span
/// by covering it. Matching is one to one, best overlap first.
///
/// - Recall at t: gold attributions *with a speech cue* matched, over all of them.
/// - Precision at t: predicted statements that match any gold attribution
///   (speech cue or not, since PolNeAR also annotates beliefs), over all predicted.
/// - Source accuracy: of the speech-cue gold attributions matched at 0.3,
///   the share whose predicted source is right: the predicted speaker mention
///   overlaps the gold source span, or the gold source text (without a
///   leading article) equals, or is contained in, the predicted speaker's
///   name or one of its aliases, case-insensitively.
public struct AttributionEvaluation: Sendable {
    /// Counts for one threshold.
    public struct Counts: Sendable, Equatable {
        /// Gold speech-cue attributions.
        public var gold = 0
        /// Of those, matched.
        public var goldMatched = 0
        /// Predicted statements.
        public var predicted = 0
        /// Of those, matching any gold attribution.
        public var predictedMatched = 0
        /// goldMatched / gold.
        public var recall: Double { gold == 0 ? 0 : Double(goldMatched) / Double(gold) }
        /// predictedMatched / predicted.
        public var precision: Double { predicted == 0 ? 0 : Double(predictedMatched) / Double(predicted) }
        /// Harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Thresholds scored, and the counts for each.
    public private(set) var counts: [Double: Counts] = [:]
    /// Speech-cue gold attributions matched at 0.3.
    public private(set) var sourceJudged = 0
    /// Of those, with the right source.
    public private(set) var sourceRight = 0
    /// Number of articles scored.
    public private(set) var articles = 0

    /// sourceRight / sourceJudged.
    public var sourceAccuracy: Double { sourceJudged == 0 ? 0 : Double(sourceRight) / Double(sourceJudged) }

    /// One disagreement at overlap 0.3, for reading what the extractor gets wrong.
    public struct Error: Sendable, Hashable {
        /// True for an annotated speech-cue attribution no statement matched
        /// (a miss); false for a statement that matched no annotation.
        public var isMiss: Bool
        /// The article's id (`Article.id`).
        public var articleID: String
        /// The content spans (annotated ones for a miss, the statement's otherwise), in scalars.
        public var content: [TextSpan]
        /// The cue as annotated, or the statement's cue.
        public var cue: String
        /// The source as annotated, or the statement's speaker name.
        public var source: String
    }

    /// Misses and unmatched statements at overlap 0.3, in article order.
    public private(set) var errors: [Error] = []

    /// The thresholds reported by default, from the issue: 0.3 (lenient) and 0.8 (strict).
    public static let defaultThresholds: [Double] = [0.3, 0.8]

    /// Makes an empty evaluation.
    public init(thresholds: [Double] = AttributionEvaluation.defaultThresholds) {
        for t in thresholds { counts[t] = Counts() }
    }

    /// Adds one article.
    ///
    /// - Parameters:
    ///   - gold: its annotated attributions.
    ///   - statements: the statements extracted from the same text (spans in the same scalars).
    ///   - names: for a statement, its speaker's canonical name and aliases.
    ///   - isSpeechCue: whether a cue text is an act of communication (from the cue lexicon).
    ///   - articleID: the article's id, recorded with its `errors`.
    public mutating func add(gold: [BratAttribution], statements: [Statement], names: (Statement) -> [String],
                             isSpeechCue: (String) -> Bool, articleID: String = "") {
        articles += 1
        let speech = gold.indices.filter { isSpeechCue(gold[$0].cueText) }
        for t in counts.keys.sorted() {
            let pairs = Self.match(gold: gold, statements: statements, threshold: t)
            var c = counts[t]!
            c.gold += speech.count
            c.goldMatched += speech.filter { pairs[$0] != nil }.count
            c.predicted += statements.count
            c.predictedMatched += Set(pairs.values).count
            counts[t] = c
            if t == 0.3 {
                for g in speech where pairs[g] == nil {
                    errors.append(Error(isMiss: true, articleID: articleID, content: gold[g].content,
                                        cue: gold[g].cueText, source: gold[g].sourceText))
                }
                let matched = Set(pairs.values)
                for p in statements.indices where !matched.contains(p) {
                    errors.append(Error(isMiss: false, articleID: articleID, content: statements[p].contentSpans,
                                        cue: statements[p].cue ?? "", source: statements[p].source?.name ?? ""))
                }
                for g in speech {
                    guard let p = pairs[g] else { continue }
                    sourceJudged += 1
                    if Self.sourceIsRight(gold[g], statements[p], names: names(statements[p])) { sourceRight += 1 }
                }
            }
        }
    }

    /// Scalars shared by two span lists.
    static func shared(_ a: [TextSpan], _ b: [TextSpan]) -> Int {
        var total = 0
        for x in a { for y in b { total += x.overlapLength(y) } }
        return total
    }

    /// One-to-one matches from gold index to statement index at `threshold`, best overlap first.
    static func match(gold: [BratAttribution], statements: [Statement], threshold: Double) -> [Int: Int] {
        var candidates: [(score: Double, g: Int, p: Int)] = []
        for (g, attribution) in gold.enumerated() {
            let goldLength = attribution.content.reduce(0) { $0 + $1.length }
            for (p, statement) in statements.enumerated() {
                let common = shared(attribution.content, statement.contentSpans)
                guard common > 0 else { continue }
                let predictedLength = statement.contentSpans.reduce(0) { $0 + $1.length }
                let score = Double(common) / Double(max(goldLength, predictedLength))
                if score >= threshold { candidates.append((score, g, p)) }
            }
        }
        candidates.sort { $0.score > $1.score }
        var pairs: [Int: Int] = [:]
        var usedPredictions = Set<Int>()
        for c in candidates where pairs[c.g] == nil && !usedPredictions.contains(c.p) {
            pairs[c.g] = c.p
            usedPredictions.insert(c.p)
        }
        return pairs
    }

    /// Which cue-less continuation quotes `joiningContinuations` joins to the statement before them.
    public enum ContinuationJoin: String, Sendable, CaseIterable {
        /// Only when nothing but white space and punctuation without a line break lies between them.
        case sameParagraph = "same-paragraph"
        /// Also across paragraph breaks.
        case acrossParagraphs = "across-paragraphs"
    }

    /// The statements with each continuation quote joined to the statement just
    /// before it, for scoring against corpora that annotate `“A,” X said. “B.”`
    /// as one attribution whose content covers both quotes (PolNeAR does;
    /// parley and the gold/dev files keep two statements, the second with
    /// speaker resolution `continuation`).
    ///
    /// A statement B is joined to the statement A before it when B has no cue and
    /// its speaker resolution is `continuation`, A is the statement whose content
    /// ends last before B's starts, A and B have the same source (entity id, else
    /// name), no other statement's content lies between them, and (unless `join`
    /// is `acrossParagraphs`) no line break lies between them in `text`'s
    /// scalars. Chains join in order (A + B + C). Only the evaluation
    /// sees the joined statements; nothing exported changes.
    ///
    /// - Returns: statements in text order; a joined one keeps A's id, source and cue.
    public static func joiningContinuations(_ statements: [Statement], text: ScalarText, join: ContinuationJoin) -> [Statement] {
        let ordered = statements.sorted { $0.span < $1.span }
        var out: [Statement] = []
        for st in ordered {
            if st.cue == nil, st.source?.resolution == .continuation,
               let k = out.indices.filter({ out[$0].span.end <= st.span.start }).max(by: { out[$0].span.end < out[$1].span.end }),
               sameSource(out[k], st), gapAllowed(from: out[k].span.end, to: st.span.start, text: text, join: join),
               !out.contains(where: { $0.span.overlaps(TextSpan(out[k].span.end, st.span.start)) }) {
                out[k].contentSpans = (out[k].contentSpans + st.contentSpans).sorted()
                out[k].sentenceIndices = Array(Set(out[k].sentenceIndices + st.sentenceIndices)).sorted()
                continue
            }
            out.append(st)
        }
        return out
    }

    static func sameSource(_ a: Statement, _ b: Statement) -> Bool {
        guard let x = a.source, let y = b.source else { return false }
        if let i = x.entityID, let j = y.entityID { return i == j }
        return x.name == y.name
    }

    /// True when `text[from..<to]` may lie between a statement and its joined
    /// continuation: any text (the attribution "X said" stands there), but no
    /// line break when joining within a paragraph only.
    static func gapAllowed(from: Int, to: Int, text: ScalarText, join: ContinuationJoin) -> Bool {
        guard from <= to, to <= text.count else { return false }
        if join == .acrossParagraphs { return true }
        return !text.scalars[from..<to].contains("\n")
    }

    static func sourceIsRight(_ gold: BratAttribution, _ statement: Statement, names: [String]) -> Bool {
        if let span = statement.source?.span, gold.source.contains(where: { $0.overlaps(span) }) { return true }
        var goldName = gold.sourceText.lowercased().trimmingCharacters(in: .whitespaces)
        for article in ["the ", "a ", "an "] where goldName.hasPrefix(article) { goldName.removeFirst(article.count) }
        guard !goldName.isEmpty else { return false }
        return names.map { $0.lowercased() }.contains { $0 == goldName || $0.contains(goldName) }
    }
}
