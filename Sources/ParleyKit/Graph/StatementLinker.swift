/// Links statements to one another, across the whole corpus.
///
/// Kinds of link, each both ways unless said otherwise:
/// - `same-speaker`: to the previous and next statement of the same source in timeline order;
///   a source the text does not name (an unnamed source such as "reporter", "a statement",
///   "officials", or a source with no entity) is the same speaker only within one article,
///   since the same description in two articles rarely means the same speaker;
/// - `same-topic`: to the nearest statements (in timeline order) of *other*
///   sources that share a topic, at most `maximumTopicLinks` per statement,
///   so that a common topic does not tie every statement to every other;
/// - `reply`: a statement whose sentence opens with a reply marker
///   ("In turn", "In response", "Responding to", "Replying to") links to the
///   nearest earlier statement of another source in the same article;
/// - `same-quote`: two statements in different articles whose content,
///   normalised to lowercase letters, digits and single spaces, is the same
///   and at least `minimumSameQuoteWords` words long.
public enum StatementLinker {
    /// At most this many same-topic links per statement, nearest first.
    public static let maximumTopicLinks = 6
    /// Content shorter than this many words is too common to count as the same quote.
    public static let minimumSameQuoteWords = 6
    /// Openings of a sentence that mark a reply to what was said before.
    public static let replyMarkers = ["in turn", "in response", "responding to", "replying to", "in reply"]

    /// The statements, in the same order, with `links` set.
    ///
    /// - Parameters:
    ///   - statements: every statement of the corpus, in timeline order.
    ///   - analyses: analyses by article id, for content text and sentences.
    public static func link(_ statements: [Statement], analyses: [String: ArticleAnalysis]) -> [Statement] {
        var result = statements
        var links = Array(repeating: [StatementLink](), count: result.count)
        var seen = Array(repeating: Set<String>(), count: result.count)
        func add(_ from: Int, _ to: Int, _ kind: LinkKind, _ label: String?) {
            guard from != to else { return }
            let key = "\(kind.rawValue)|\(result[to].id)"
            if seen[from].insert(key).inserted { links[from].append(StatementLink(to: result[to].id, kind: kind, label: label)) }
        }
        // Speakers as small integers, worked out once: the loops below compare them many times.
        var speakerNumbers: [String: Int] = [:]
        let speakers: [Int] = result.map { statement in
            guard var key = StatementGraph.speakerKey(statement) else { return -1 }
            if !isNamed(statement.source) { key = statement.articleID + "|" + key }
            if let n = speakerNumbers[key] { return n }
            speakerNumbers[key] = speakerNumbers.count
            return speakerNumbers.count - 1
        }
        // Same speaker.
        var lastBySpeaker: [Int: Int] = [:]
        for i in result.indices where speakers[i] >= 0 {
            if let previous = lastBySpeaker[speakers[i]] {
                add(i, previous, .sameSpeaker, result[i].source?.name)
                add(previous, i, .sameSpeaker, result[i].source?.name)
            }
            lastBySpeaker[speakers[i]] = i
        }
        // Same topic, other speakers, nearest in timeline order.
        var byTopic: [String: [Int]] = [:]
        for i in result.indices {
            for topic in result[i].topics { byTopic[topic.lowercased(), default: []].append(i) }
        }
        for i in result.indices {
            var candidates: [(distance: Int, index: Int, topic: String)] = []
            for topic in result[i].topics {
                guard let list = byTopic[topic.lowercased()] else { continue }
                // The nearest statements of other speakers in this topic's list (ascending indices), walking out
                // from i both ways: at most `maximumTopicLinks` of them can be among the nearest of all topics.
                var right = list.partitionPoint { $0 <= i }
                var left = right - 1
                var found = 0
                while found < maximumTopicLinks && (left >= 0 || right < list.count) {
                    let j: Int
                    if left >= 0 && (right >= list.count || i - list[left] <= list[right] - i) {
                        j = list[left]; left -= 1
                    } else {
                        j = list[right]; right += 1
                    }
                    guard j != i, speakers[j] != speakers[i] else { continue }
                    candidates.append((abs(j - i), j, topic))
                    found += 1
                }
            }
            candidates.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.index < $1.index }
            var taken = Set<Int>()
            for candidate in candidates where taken.count < maximumTopicLinks && taken.insert(candidate.index).inserted {
                add(i, candidate.index, .sameTopic, candidate.topic)
            }
        }
        // Replies and same quotes need the text.
        var byArticle: [String: [Int]] = [:]
        for i in result.indices { byArticle[result[i].articleID, default: []].append(i) }
        for (articleID, indices) in byArticle {
            guard let analysis = analyses[articleID] else { continue }
            let inTextOrder = indices.sorted { result[$0].span < result[$1].span }
            for (position, i) in inTextOrder.enumerated() {
                guard let first = result[i].sentenceIndices.first, first < analysis.sentences.count else { continue }
                // the markers are short: the sentence's first 24 scalars hold any of them
                let sentence = analysis.sentences[first].span
                let opening = analysis.text[TextSpan(sentence.start, min(sentence.end, sentence.start + 24))].lowercased()
                guard replyMarkers.contains(where: { opening.hasPrefix($0) }) else { continue }
                if let earlier = inTextOrder[..<position].last(where: { speakers[$0] != speakers[i] }) {
                    add(i, earlier, .reply, result[earlier].source?.name)
                    add(earlier, i, .reply, result[i].source?.name)
                }
            }
        }
        var byContent: [String: [Int]] = [:]
        for i in result.indices {
            guard let analysis = analyses[result[i].articleID] else { continue }
            let content = normalizedWords(result[i].contentSpans.map { analysis.text[$0] }.joined(separator: " "))
            guard content.count >= minimumSameQuoteWords else { continue }
            byContent[content.joined(separator: " "), default: []].append(i)
        }
        for indices in byContent.values where indices.count > 1 {
            for i in indices {
                for j in indices where result[j].articleID != result[i].articleID { add(i, j, .sameQuote, nil) }
            }
        }
        for i in result.indices { result[i].links = links[i] }
        return result
    }

    /// True when `source` is a named person or organisation with an entity: only such a
    /// source is the same speaker across articles (an unnamed description is not).
    static func isNamed(_ source: Source?) -> Bool {
        guard let source, let id = source.entityID else { return false }
        return (source.kind == .person || source.kind == .organisation) && !id.hasPrefix(EntityKind.unnamed.rawValue + ":")
    }

    /// Lowercased words of `text`: runs of letters and digits (Unicode Alphabetic, or any numeric type).
    ///
    /// The same words as splitting `text.lowercased()` at every other scalar, worked out in one pass: each
    /// scalar is lowercased by its own mapping (as `String.lowercased` does), ASCII without the property tables.
    static func normalizedWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []   // UTF-8 of the word so far
        current.reserveCapacity(32)
        func flush() {
            guard !current.isEmpty else { return }
            words.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        func add(_ lower: Unicode.Scalar) {
            if lower.value < 0x80 {
                let b = UInt8(lower.value)
                // ASCII letters and digits are the alphabetic and numeric scalars of ASCII
                if (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) { current.append(b) } else { flush() }
            } else if lower.properties.isAlphabetic || lower.properties.numericType != nil {
                current.append(contentsOf: String(lower).utf8)
            } else {
                flush()
            }
        }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                let b = UInt8(scalar.value)
                add(Unicode.Scalar(b >= 65 && b <= 90 ? b + 32 : b))
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { add(lower) }
            }
        }
        flush()
        return words
    }
}

