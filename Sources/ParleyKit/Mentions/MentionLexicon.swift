import Foundation

/// The word lists the mention finder classifies names with, loaded once from
/// the data files in `Resources/` (see each file's header for its source).
///
/// - `mentions-titles.txt`: titles before a name, with the gender they mark.
/// - `mentions-first-names.txt`: given names with gender.
/// - `mentions-countries.txt`: countries, their other names and demonyms.
/// - `mentions-org-heads.txt`: head words of organisation names; `mentions-company-forms.txt`: company legal forms.
/// - `mentions-place-heads.txt`: head words of place names.
/// - `mentions-roles.txt`: role nouns; `attribution-words.txt`: function words.
/// - `mentions-organisations.txt`: organisations known by one name or an acronym.
/// - `mentions-role-modifiers.txt`: rank modifiers (deputy, shadow) that make another office.
/// - `mentions-name-abbreviations.txt`: abbreviations that keep their full stop inside a name.
/// - `mentions-acronyms-not-organisations.txt`: acronyms of things and measures (GDP), not of bodies.
public struct MentionLexicon: Sendable {
    /// A title that may stand before a name.
    public struct Title: Sendable {
        /// Its words as written ("Prime", "Minister").
        public var words: [String]
        /// The gender it marks, if any.
        public var gender: Gender
        /// True when the title stays part of the name ("Lord Goldsmith").
        public var keep: Bool
        /// True when the title goes with the given name, so that the title and a given name alone
        /// name the person ("Sir Ian" for "Sir Ian Blair"); `given` in the file's third field.
        public var givenName: Bool = false
    }

    /// Titles by their first word, longest first.
    public let titles: [String: [Title]]
    /// Given names (as written) with gender.
    public let firstNames: [String: Gender]
    /// Every name or alias of a place (as written) → canonical place name.
    public let places: [String: String]
    /// Demonyms (as written, "Russian") → canonical country name.
    public let demonyms: [String: String]
    /// Organisation head words, as written ("Ministry"), company legal forms included.
    public let orgHeads: Set<String>
    /// Company legal forms that end a name ("AG", "PLC"), from `mentions-company-forms.txt`; they take no "of" phrase.
    public let companyForms: Set<String>
    /// Capitalised words that are never names (weekdays, months), from `mentions-not-names.txt`.
    public let notNames: Set<String>
    /// Head words of place names, as written ("Region").
    public let placeHeads: Set<String>
    /// Known organisations (as written, words joined by one space).
    public let organisations: Set<String>
    /// Longest number of words in a place or organisation name.
    public let longestName: Int
    /// Role nouns (lowercased words) by first word, longest first; `leader` marks offices that lead a country.
    public let roles: [String: [(words: [String], leader: Bool)]]
    /// Rank modifiers ("deputy", "shadow", "former") from `mentions-role-modifiers.txt`, lowercased.
    public let roleModifiers: Set<String>
    /// Abbreviations that keep their full stop inside a name ("St. Petersburg"), from `mentions-name-abbreviations.txt`, as written.
    public let nameAbbreviations: Set<String>
    /// Lowercased function words (determiners, pronouns, auxiliaries, prepositions, conjunctions)
    /// from `attribution-words.txt`, with their class.
    public let functionWords: [String: String]
    /// Every name or alias of a place, lowercased ("new york") → canonical place name.
    public let placesByLowercase: [String: String]
    /// Each word of a known name (place, demonym, given name, title, organisation or its head word, place head)
    /// lowercased → as those lists write it ("hong" → "Hong"); the first list to give a word wins.
    public let nameWordsByLowercase: [String: String]
    /// Acronyms that stand for things, measures or offices, not for organisations ("GDP", "CEO"),
    /// from `mentions-acronyms-not-organisations.txt`, as written.
    public let acronymsNotOrganisations: Set<String>

    /// The lexicon from the bundled data files, loaded once.
    public static let shared = MentionLexicon()

    /// Loads the bundled data files.
    public init() {
        var titles: [String: [Title]] = [:]
        for line in ResourceFile.lines("mentions-titles.txt") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let words = parts[0].split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            let gender = Gender(rawValue: parts.count > 1 ? parts[1] : "") ?? .unknown
            titles[first, default: []].append(Title(words: words, gender: gender, keep: parts.count > 2 && parts[2] == "keep",
                                                    givenName: parts.count > 2 && parts[2] == "given"))
        }
        for key in titles.keys { titles[key]!.sort { $0.words.count > $1.words.count } }
        self.titles = titles
        var names: [String: Gender] = [:]
        for line in ResourceFile.lines("mentions-first-names.txt") {
            let parts = line.split(separator: "|").map(String.init)
            guard parts.count == 2 else { continue }
            names[parts[0]] = Gender(rawValue: parts[1]) ?? .unknown
        }
        firstNames = names
        var places: [String: String] = [:]
        var demonyms: [String: String] = [:]
        var longest = 1
        for line in ResourceFile.lines("mentions-countries.txt") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let name = parts[0]
            places[name] = name
            longest = max(longest, name.split(separator: " ").count)
            if parts.count > 1 {
                for alias in parts[1].split(separator: ";") {
                    places[String(alias)] = name
                    longest = max(longest, alias.split(separator: " ").count)
                }
            }
            if parts.count > 2 { for d in parts[2].split(separator: ";") { demonyms[String(d)] = name } }
        }
        self.places = places
        self.demonyms = demonyms
        let orgHeadList = ResourceFile.lines("mentions-org-heads.txt")
        let placeHeadList = ResourceFile.lines("mentions-place-heads.txt")
        let forms = ResourceFile.lines("mentions-company-forms.txt")
        companyForms = Set(forms)
        orgHeads = Set(orgHeadList + forms)
        placeHeads = Set(placeHeadList)
        notNames = Set(ResourceFile.lines("mentions-not-names.txt"))
        let orgs = ResourceFile.lines("mentions-organisations.txt")
        for o in orgs { longest = max(longest, o.split(separator: " ").count) }
        organisations = Set(orgs)
        longestName = longest
        var roles: [String: [(words: [String], leader: Bool)]] = [:]
        for line in ResourceFile.lines("mentions-roles.txt") {
            let parts = line.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            let words = parts[0].lowercased().split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            roles[first, default: []].append((words, parts.count > 1))
        }
        for key in roles.keys { roles[key]!.sort { $0.words.count > $1.words.count } }
        self.roles = roles
        roleModifiers = Set(ResourceFile.lines("mentions-role-modifiers.txt").map { $0.lowercased() })
        nameAbbreviations = Set(ResourceFile.lines("mentions-name-abbreviations.txt"))
        var function: [String: String] = [:]
        for line in ResourceFile.lines("attribution-words.txt") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, function[parts[1]] == nil else { continue }
            function[parts[1]] = parts[0]
        }
        functionWords = function
        var byLowercase: [String: String] = [:]
        for (name, place) in places { byLowercase[name.lowercased()] = place }
        placesByLowercase = byLowercase
        var nameWords: [String: String] = [:]
        let nameLists = [Array(places.keys), Array(demonyms.keys), Array(names.keys), titles.values.flatMap { $0.flatMap(\.words) },
                         orgs, orgHeadList, placeHeadList]
        for list in nameLists {
            for name in list.sorted() {
                for word in name.split(separator: " ") where word.first?.isUppercase == true {
                    let lower = word.lowercased()
                    if nameWords[lower] == nil { nameWords[lower] = String(word) }
                }
            }
        }
        nameWordsByLowercase = nameWords
        acronymsNotOrganisations = Set(ResourceFile.lines("mentions-acronyms-not-organisations.txt"))
    }

    /// The longest role noun starting at `words[from...]` (lowercased words), with its length.
    ///
    /// A rank modifier before the role joins it ("deputy prime minister"): a
    /// different office, which never counts as a leader.
    public func role(in words: [String], from: Int) -> (role: String, length: Int, leader: Bool)? {
        guard from < words.count else { return nil }
        if roleModifiers.contains(words[from]), let inner = role(in: words, from: from + 1) {
            return (words[from] + " " + inner.role, inner.length + 1, false)
        }
        guard let candidates = roles[words[from]] else { return nil }
        for r in candidates where from + r.words.count <= words.count {
            if Array(words[from..<(from + r.words.count)]) == r.words {
                return (r.words.joined(separator: " "), r.words.count, r.leader)
            }
        }
        return nil
    }

    /// The longest title starting at `words[from...]`, if any.
    public func title(in words: [String], from: Int) -> Title? {
        guard from < words.count, let candidates = titles[words[from]] else { return nil }
        for t in candidates where from + t.words.count <= words.count {
            if Array(words[from..<(from + t.words.count)]) == t.words { return t }
        }
        return nil
    }
}
