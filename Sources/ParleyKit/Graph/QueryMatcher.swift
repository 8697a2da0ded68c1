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
        if let after = query.after, (statement.date.value ?? "") < after { return false }
        if let before = query.before {
            guard let value = statement.date.value, String(value.prefix(before.count)) <= before else { return false }
        }
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
