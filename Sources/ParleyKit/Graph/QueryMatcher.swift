import Foundation

/// Decides whether a statement matches a `Query`.
public enum QueryMatcher {
    /// True when `statement` satisfies every term of `query`.
    ///
    /// Names and words compare case-insensitively; a name term matches when it
    /// occurs in the speaker's canonical name or one of the aliases.
    public static func matches(_ statement: Statement, query: Query, in graph: StatementGraph) -> Bool {
        if !query.persons.isEmpty {
            guard let source = statement.source else { return false }
            var names = [source.name]
            if let id = source.entityID, let entity = graph.entities[id] { names += [entity.name] + entity.aliases }
            let lowered = names.map { $0.lowercased() }
            guard query.persons.contains(where: { term in lowered.contains { $0.contains(term.lowercased()) } }) else { return false }
        }
        if !query.topics.isEmpty {
            let topics = statement.topics.map { $0.lowercased() }
            guard query.topics.contains(where: { term in topics.contains { $0 == term.lowercased() } }) else { return false }
        }
        if !date(statement.date.value, isWithin: query) { return false }
        if !query.kinds.isEmpty, !query.kinds.contains(statement.kind) { return false }
        if !query.cues.isEmpty {
            guard let cue = statement.cue?.lowercased(), query.cues.contains(where: { cue.contains($0.lowercased()) }) else { return false }
        }
        if !query.sources.isEmpty {
            guard let article = graph.articles[statement.articleID] else { return false }
            let haystack = ((article.outlet ?? "") + " " + article.source).lowercased()
            guard query.sources.contains(where: { haystack.contains($0.lowercased()) }) else { return false }
        }
        if !query.mentions.isEmpty {
            let names = statement.mentionedEntityIDs.compactMap { graph.entities[$0] }.flatMap { [$0.name] + $0.aliases }.map { $0.lowercased() }
            guard query.mentions.contains(where: { term in names.contains { $0.contains(term.lowercased()) } }) else { return false }
        }
        if !query.words.isEmpty || !query.excluded.isEmpty {
            let haystack = searchableText(of: statement, in: graph)
            for group in query.words where !group.contains(where: { haystack.contains($0.lowercased()) }) { return false }
            for word in query.excluded where haystack.contains(word.lowercased()) { return false }
        }
        return true
    }

    /// True when a TIMEX3 date `value` lies inside the query's `after:` and `before:` (inclusive), or the query has neither.
    ///
    /// `after:` compares whole values (`2021-06-05` ≥ `2021-06`); `before:`
    /// compares the value cut to the length of the bound, so `before:2021-06`
    /// keeps every day of June. A missing value, or one whose year is unknown
    /// (`XXXX-06-16`, TIMEX3's form), is outside any bound.
    public static func date(_ value: String?, isWithin query: Query) -> Bool {
        guard query.after != nil || query.before != nil else { return true }
        guard let value, !value.isEmpty, !value.hasPrefix("X") else { return false }
        if let after = query.after, value < after { return false }
        if let before = query.before, String(value.prefix(before.count)) > before { return false }
        return true
    }

    /// True when a dated event matches `query` by itself, judged on what an
    /// event has: the entities it mentions, its text, its date and its article.
    ///
    /// Every term the event can answer must hold, as for a statement:
    /// - `person:` and `mentions:`: an entity the event mentions has the name
    ///   (or an alias) containing it: an event has no speaker, so `person:`
    ///   asks who takes part in it;
    /// - `topic:`: the event's text contains the topic label as whole words
    ///   (case-insensitive): statements get their topics from the words of
    ///   their content (`KeyphraseExtractor`), so an event's words say the same;
    /// - `after:`, `before:`: its TIMEX3 value, as `date(_:isWithin:)`;
    /// - words, phrases and `-excluded`: its text and its article's headline;
    /// - `source:`: its article's outlet or path.
    /// `said:` and `kind:` belong to statements only: a query with them matches no event by itself.
    ///
    /// A browser also shows the events of the statements a query matches
    /// (`Event.statementIDs`); that is the caller's rule, not this one's.
    public static func matches(_ event: Event, query: Query, in graph: StatementGraph) -> Bool {
        EventMatcher(query: query, graph: graph).matches(event)
    }

    /// `matches(_:query:in:)` for many events of one query: the query's terms are lowercased, and the
    /// entities its `person:` and `mentions:` terms name are looked up, once rather than once per event.
    public struct EventMatcher {
        let query: Query
        let graph: StatementGraph
        /// Per `person:`/`mentions:` term list: the ids of the entities whose name or an alias contains one of the terms.
        let entityIDs: [Set<String>]
        let topics: [String], words: [[String]], excluded: [String], sources: [String]

        /// A matcher of `query` over the events of `graph`.
        public init(query: Query, graph: StatementGraph) {
            self.query = query
            self.graph = graph
            var entityIDs: [Set<String>] = []
            for names in [query.persons, query.mentions] where !names.isEmpty {
                let terms = names.map { $0.lowercased() }.filter { !$0.isEmpty }
                var ids = Set<String>()
                func named(_ name: String) -> Bool { terms.contains { StatementGraph.name(name, containsLowercased: $0) } }
                // only entities some event mentions can decide an event
                for id in graph.eventEntityIDs {
                    guard let entity = graph.entities[id], named(entity.name) || entity.aliases.contains(where: named) else { continue }
                    ids.insert(id)
                }
                entityIDs.append(ids)
            }
            self.entityIDs = entityIDs
            topics = query.topics.map { $0.lowercased() }
            words = query.words.map { $0.map { $0.lowercased() } }
            excluded = query.excluded.map { $0.lowercased() }
            sources = query.sources.map { $0.lowercased() }
        }

        /// True when `event` matches the query by itself (see `QueryMatcher.matches(_:query:in:)`).
        public func matches(_ event: Event) -> Bool {
            if !query.cues.isEmpty || !query.kinds.isEmpty { return false }
            if !QueryMatcher.date(event.timex.value, isWithin: query) { return false }
            for ids in entityIDs where !event.entityIDs.contains(where: ids.contains) { return false }
            if !topics.isEmpty {
                let text = event.text.lowercased()
                if !topics.contains(where: { QueryMatcher.containsWords(text, $0) }) { return false }
            }
            guard !sources.isEmpty || !words.isEmpty || !excluded.isEmpty else { return true }
            let article = event.articleID(in: graph).flatMap { graph.articles[$0] }
            if !sources.isEmpty {
                guard let article else { return false }
                let haystack = (article.outlet ?? "") + " " + article.source
                guard sources.contains(where: { StatementGraph.name(haystack, containsLowercased: $0) }) else { return false }
            }
            // words in the event's text or its article's headline, compared without case
            let headline = article?.headline ?? ""
            func has(_ word: String) -> Bool {
                StatementGraph.name(event.text, containsLowercased: word) || StatementGraph.name(headline, containsLowercased: word)
            }
            for group in words where !group.contains(where: has) { return false }
            for word in excluded where has(word) { return false }
            return true
        }
    }

    /// True when `text` contains `phrase` (both lowercased) with no letter or digit right before or after it.
    public static func containsWords(_ text: String, _ phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        func isWordCharacter(_ character: Character?) -> Bool { character.map { $0.isLetter || $0.isNumber } ?? false }
        var searchStart = text.startIndex
        while let range = text.range(of: phrase, range: searchStart..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
            if !isWordCharacter(before) && !isWordCharacter(after) { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    /// Lowercased content, speaker name and headline of a statement: what plain words search.
    public static func searchableText(of statement: Statement, in graph: StatementGraph) -> String {
        var parts: [String] = []
        if let analysis = graph.analyses[statement.articleID] {
            parts += statement.contentSpans.map { analysis.text[$0] }
            if let headline = analysis.article.headline { parts.append(headline) }
        } else if graph.backend != nil {
            // a graph loaded from an index: content from the index, headline from the article
            parts.append(graph.contentText(of: statement))
            if let headline = graph.articles[statement.articleID]?.headline { parts.append(headline) }
        }
        if let source = statement.source { parts.append(source.name) }
        return parts.joined(separator: " ").lowercased()
    }
}

extension Event {
    /// The id of the article this event comes from, or nil when the graph has no such article.
    ///
    /// An event's id is `<article id>-event-<start>-<end>` (see `StatementDater.events`); when it
    /// is not, the article of its first linked statement.
    public func articleID(in graph: StatementGraph) -> String? {
        // the id is `<article>-event-<start>-<end>`: the article is what stands before the last "-event-"
        let marker = Array("-event-".utf8)
        let bytes = Array(id.utf8)
        if bytes.count >= marker.count {
            for start in stride(from: bytes.count - marker.count, through: 0, by: -1) where bytes[start..<(start + marker.count)].elementsEqual(marker) {
                let article = String(decoding: bytes[..<start], as: UTF8.self)
                if graph.articles[article] != nil { return article }
                break
            }
        }
        return statementIDs.lazy.compactMap { graph.statement(id: $0)?.articleID }.first
    }
}
