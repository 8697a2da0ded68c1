/// Merges the entities of different articles that name the same person or organisation.
///
/// Within an article the Mentions stage already clusters names. Across
/// articles, parley joins:
/// - entities with the same id (same kind and same canonical name);
/// - a person known by one name only ("Lindqvist") with the one person in the
///   corpus whose canonical name ends with that name ("Maria Lindqvist"),
///   when exactly one such person exists — with two candidates ("Tony Blair",
///   "Cherie Blair") nothing is merged, since the text does not settle it;
/// - a person whose canonical name is one of another person's aliases.
public enum CorpusEntityMerger {
    /// The merged entities by id, and a map from every old id to its merged id.
    ///
    /// - Parameter entities: the entities of all articles (ids may repeat).
    public static func merge(_ entities: [Entity]) -> (entities: [String: Entity], canonicalID: [String: String]) {
        var byID: [String: Entity] = [:]
        for entity in entities {
            if var known = byID[entity.id] {
                known.aliases = union(known.aliases, entity.aliases)
                known.roles = union(known.roles, entity.roles)
                if known.gender == .unknown { known.gender = entity.gender }
                byID[entity.id] = known
            } else {
                byID[entity.id] = entity
            }
        }
        var canonical: [String: String] = [:]
        let persons = byID.values.filter { $0.kind == .person }
        // Index multi-word person names by their last word and by each alias.
        var byLastWord: [String: [String]] = [:]
        var byAlias: [String: [String]] = [:]
        for person in persons {
            let words = person.name.split(separator: " ")
            if words.count > 1, let last = words.last { byLastWord[last.lowercased(), default: []].append(person.id) }
            for alias in person.aliases { byAlias[alias.lowercased(), default: []].append(person.id) }
        }
        for person in persons {
            let key = person.name.lowercased()
            guard !key.contains(" ") else { continue }
            let candidates = Set((byLastWord[key] ?? []) + (byAlias[key] ?? [])).subtracting([person.id])
            if candidates.count == 1, let target = candidates.first { canonical[person.id] = target }
        }
        for (from, to) in canonical {
            guard let source = byID[from], var target = byID[to] else { continue }
            target.aliases = union(target.aliases, [source.name] + source.aliases)
            target.roles = union(target.roles, source.roles)
            if target.gender == .unknown { target.gender = source.gender }
            byID[to] = target
            byID[from] = nil
        }
        for id in byID.keys { canonical[id] = id }
        return (byID, canonical)
    }

    private static func union(_ a: [String], _ b: [String]) -> [String] {
        var seen = Set<String>()
        return (a + b).filter { seen.insert($0).inserted }
    }
}
