/// Merges the entities of different articles that name the same person or organisation.
///
/// Within an article the Mentions stage already clusters names. Across
/// articles, parley joins:
/// - entities with the same id (same kind and same canonical name);
/// - a person known by one name only ("Lindqvist") with the one person in the
///   corpus whose canonical name ends with that name ("Maria Lindqvist"),
///   when exactly one such person fits — with two candidates ("Tony Blair",
///   "Cherie Blair") nothing is merged unless the corpus settles it (see below);
/// - a person whose canonical name is one of another person's aliases.
///
/// Among several candidates for a one-word name, parley keeps those whose
/// gender does not clash (a "Mrs Berg" is not "Olof Berg"); then, if one of them
/// shares a role with the one-word entity ("Biden", President, and "Joe Biden",
/// President, against "Hunter Biden"), that one; else the candidate named in at
/// least `dominantArticles` articles and in at least `dominanceRatio` times as many
/// articles as any other candidate (the one the corpus is about). Entities that
/// differ only by case ("AVERY" from a transcript label, "Avery") share an id and
/// keep the name written in mixed case.
public enum CorpusEntityMerger {
    /// The merged entities by id, and a map from every old id to its merged id.
    ///
    /// - Parameter entities: the entities of all articles (ids may repeat).
    public static func merge(_ entities: [Entity]) -> (entities: [String: Entity], canonicalID: [String: String]) {
        var byID: [String: Entity] = [:]
        // in how many articles each id is named: each article lists an entity once
        var articleCount: [String: Int] = [:]
        for entity in entities {
            articleCount[entity.id, default: 0] += 1
            if var known = byID[entity.id] {
                if isShouted(known.name) && !isShouted(entity.name) { known.name = entity.name }
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
            if let target = choose(among: candidates, for: person, byID: byID, articleCount: articleCount) { canonical[person.id] = target }
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

    /// A candidate named in fewer articles than this is never taken as the dominant one.
    public static let dominantArticles = 3
    /// The dominant candidate is named in at least this many times as many articles as any other.
    public static let dominanceRatio = 3

    /// The one candidate id a one-word person entity stands for, or nil when the corpus does not settle it
    /// (rules in the type's documentation).
    static func choose(among candidates: Set<String>, for person: Entity, byID: [String: Entity], articleCount: [String: Int]) -> String? {
        var fitting = candidates.sorted().filter { id in
            guard let gender = byID[id]?.gender else { return false }
            return person.gender == .unknown || gender == .unknown || gender == person.gender
        }
        if fitting.count == 1 { return fitting[0] }
        guard fitting.count > 1 else { return nil }
        let roles = Set(person.roles.map { $0.lowercased() })
        if !roles.isEmpty {
            let sharing = fitting.filter { id in byID[id]?.roles.contains { roles.contains($0.lowercased()) } ?? false }
            if sharing.count == 1 { return sharing[0] }
            if sharing.count > 1 { fitting = sharing }
        }
        fitting.sort { (articleCount[$0] ?? 0, $1) > (articleCount[$1] ?? 0, $0) }
        let first = articleCount[fitting[0]] ?? 0, second = articleCount[fitting[1]] ?? 0
        return first >= dominantArticles && first >= dominanceRatio * second ? fitting[0] : nil
    }

    /// True when `name` has letters and none of them is lower case ("AVERY").
    static func isShouted(_ name: String) -> Bool {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        return !letters.isEmpty && !letters.contains { $0.properties.isLowercase }
    }

    private static func union(_ a: [String], _ b: [String]) -> [String] {
        var seen = Set<String>()
        return (a + b).filter { seen.insert($0).inserted }
    }
}
