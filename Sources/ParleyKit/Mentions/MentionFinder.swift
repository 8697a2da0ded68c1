/// A name mention as the finder sees it: the public `Mention` plus the token
/// range and the clues the speaker resolver needs.
public struct NameMention: Sendable {
    /// The mention (span of the name without its title; entity id set).
    public var mention: Mention
    /// First token of the name.
    public var firstToken: Int
    /// One past the last token of the name (a possessive `'s` stays inside the last token).
    public var endToken: Int
    /// First token of the mention with its title and demonym ("Russian President Maria Lindqvist").
    public var titleStart: Int
    /// Index into `MentionSet.entities`.
    public var entity: Int
    /// True when the name ends in a possessive `'s`.
    public var possessive: Bool
}

/// An entity with the clues gathered about it in one article.
public struct EntityCandidate: Sendable {
    /// The entity as exported.
    public var entity: Entity
    /// Lowercased head role nouns the text gives it ("press secretary", "president").
    public var roleHeads: Set<String>
    /// True when one of its roles leads a country (president, prime minister, leader).
    public var isLeader: Bool
    /// Canonical names of the countries its demonyms or "of the X" phrases give it.
    public var nationalities: Set<String>
    /// Words of the canonical name.
    public var words: [String]
    /// Role heads learned from descriptions resolved to it ("the expert"), weaker evidence than `roleHeads`.
    public var learnedRoles: Set<String> = []
}

/// Mentions and entities of one article.
public struct MentionSet: Sendable {
    /// Name mentions in text order.
    public var mentions: [NameMention]
    /// Entities, in order of first mention.
    public var entities: [EntityCandidate]
    /// For each token, the index of the name mention covering it, or -1.
    public var mentionAtToken: [Int]
    /// For each entity, the index of its first mention, or -1.
    public var firstMention: [Int] = []
}

/// Finds mentions of people, organisations and places and groups them into
/// entities, one linear pass over the tokens plus a grouping pass over the names.
///
/// Rules: a mention is a run of capitalised words (with "of (the)" inside an
/// organisation name, name particles, "Number 10"); leading function words
/// and a sentence-initial word the article also writes in lower case are
/// dropped; a leading demonym and title are stripped from the name and kept
/// as clues. Classification: place list → organisation list or head word or
/// acronym → person (title, given name, or two or more words). One-word names
/// join the person whose surname they are (exact, a hyphen part, one edit
/// apart, or Jaro-Winkler ≥ 0.93, after Winkler 1990's usual threshold), else
/// they are kept only when `speakerSlot` says a cue follows or precedes them.
public enum MentionFinder {
    /// Finds the mentions of `text`.
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - tokens: its tokens from `WordTokenizer`.
    ///   - speakerSlot: tells whether a one-word name at a token index stands where a speaker stands.
    /// - Returns: mentions in text order and their entities.
    public static func find(text: ScalarText, tokens writtenTokens: [WordToken], lexicon: MentionLexicon = .shared,
                            speakerSlot: (Int) -> Bool) -> MentionSet {
        // words the article writes in lower case: a capitalised one at a sentence start is not a name
        var lowerWords = Set<String>()
        lowerWords.reserveCapacity(writtenTokens.count / 2)  // only asked `contains`: sized once, never regrown
        for t in writtenTokens where t.kind == .word && !t.isCapitalised { lowerWords.insert(t.lower) }
        // a dateline's city is a place and the rest of the dateline no name; capitals of headlines say nothing of names
        let datelines = Datelines.find(writtenTokens, lowerWords: lowerWords, lexicon: lexicon)
        var datelineAt = [Int](repeating: -1, count: writtenTokens.count)
        for (d, line) in datelines.enumerated() { for x in line.whole { datelineAt[x] = d } }
        let tokens = ShoutedText.truecased(writtenTokens, ignoring: datelineAt.map { $0 >= 0 }, lexicon: lexicon)

        struct Raw { var lo: Int; var hi: Int; var titleStart: Int; var words: [String]; var kind: EntityKind?
            var gender: Gender; var roleHeads: Set<String>; var leader: Bool; var nationalities: Set<String>
            var roles: [String]; var possessive: Bool }
        var raws: [Raw] = []
        let n = tokens.count
        var i = 0
        while i < n {
            if datelineAt[i] >= 0 {
                let line = datelines[datelineAt[i]]
                if i == line.city.lowerBound {
                    let city = Datelines.cityName(line.city.filter { writtenTokens[$0].kind == .word }.map { writtenTokens[$0].text }, lexicon: lexicon)
                    raws.append(Raw(lo: i, hi: line.city.upperBound, titleStart: i, words: [city], kind: .place, gender: .unknown,
                                    roleHeads: [], leader: false, nationalities: [], roles: [], possessive: false))
                }
                i = max(i + 1, line.whole.upperBound)
                continue
            }
            let t = tokens[i]
            guard t.kind == .word, t.isCapitalised, t.sentence >= 0, !lexicon.notNames.contains(t.text) else { i += 1; continue }
            var j = i + 1
            var possessive = t.lower.hasSuffix("'s")
            while !possessive && j < n && datelineAt[j] < 0 && (tokens[j].sentence == tokens[j - 1].sentence || tokens[j - 1].text == ".") {
                let u = tokens[j]
                if u.kind == .word && u.isCapitalised && (!lexicon.notNames.contains(u.text) || lexicon.firstNames[tokens[j - 1].text] != nil) {
                    possessive = u.lower.hasSuffix("'s")
                    j += 1
                } else if u.text == ".", j + 1 < n, tokens[j + 1].isCapitalised, tokens[j + 1].kind == .word,
                          lexicon.titles[tokens[j - 1].text + "."] != nil || lexicon.nameAbbreviations.contains(tokens[j - 1].text)
                            || (tokens[j - 1].text.unicodeScalars.count == 1 && tokens[j - 1].isCapitalised && j - 1 > i) {
                    j += 1 // "Mr. McKinley", "Rep. Jim Clyburn", "St. Petersburg"
                } else if u.kind == .number && tokens[j - 1].text == "Number" {
                    j += 1
                } else if u.lower == "of", j + 1 < n, !lexicon.companyForms.contains(tokens[j - 1].text),
                          lexicon.orgHeads.contains(tokens[j - 1].text) || lexicon.titles[tokens[j - 1].text] != nil && j - 1 == i {
                    var k = j + 1
                    if k < n && tokens[k].lower == "the" { k += 1 }
                    if k < n && tokens[k].isCapitalised && tokens[k].sentence == t.sentence && lexicon.orgHeads.contains(tokens[j - 1].text) { j = k } else { break }
                } else if ["de", "van", "von", "bin", "al", "da", "di", "du", "del", "der", "le", "la"].contains(u.lower),
                          j + 1 < n, tokens[j + 1].isCapitalised {
                    j += 1
                } else { break }
            }
            // "George Shultz China's recent troubles": a place in the possessive after a full name opens the next noun phrase
            if possessive, j - i >= 3, (i..<(j - 2)).contains(where: { lexicon.firstNames[tokens[$0].text] != nil }), tokens[j - 1].kind == .word {
                let last = tokens[j - 1].text
                let bare = String(last.unicodeScalars.dropLast(2))
                if lexicon.places[bare] != nil, tokens[j - 2].kind == .word, tokens[j - 2].isCapitalised { j -= 1; possessive = false }
            }
            // a stock symbol in angle brackets ("Dow Chemical Co <DOW> said", "<BBCZ.Z>", the wire's ticker markup) names no one of its own
            if let close = tickerEnd(at: i, in: writtenTokens) {
                i = close
                continue
            }
            // word tokens of the run (an abbreviation's full stop is left out) and where each stands
            let at = (i..<j).filter { tokens[$0].kind != .punctuation }
            var words = at.map { tokens[$0].text }
            for (w, x) in at.enumerated() where x + 1 < j && tokens[x + 1].text == "." && lexicon.titles[words[w] + "."] != nil { words[w] += "." }
            if possessive, var last = words.popLast() {
                last.unicodeScalars.removeLast(2)
                words.append(last)
            }
            var k = 0
            // leading function words and sentence-initial common words
            while k < words.count {
                let lower = tokens[at[k]].lower
                let first = at[k] == 0 || tokens[at[k] - 1].sentence != t.sentence || tokens[at[k] - 1].kind == .quote
                    || [":", "(", "—", "-"].contains(tokens[at[k] - 1].text)
                // a lone capital letter with no full stop ("Q" before a question in a transcript) starts no name
                let loneLetter = words[k].unicodeScalars.count == 1 && !(at[k] + 1 < j && tokens[at[k] + 1].text == ".")
                // a title that opens the sentence ("Deputy Prime Minister X said") stays, though its words occur in lower case too
                let opensTitle = lexicon.title(in: words, from: k).map { k + $0.words.count < words.count } ?? false
                // a heading or sentence that opens with a gerund ("4. Questioning Vindman's judgment"): the verb is no name
                let opensLine = first || (at[k] > 0 && (tokens[at[k] - 1].text == "." || tokens[at[k] - 1].kind == .number))
                let gerund = opensLine && k + 1 < words.count && isGerund(lower, lowerWords: lowerWords, lexicon: lexicon)
                if lexicon.functionWords[lower] != nil || loneLetter || gerund
                    || (first && lowerWords.contains(lower) && lexicon.demonyms[words[k]] == nil && !opensTitle) { k += 1 } else { break }
            }
            let titleStart = k < at.count ? at[k] : j
            var gender = Gender.unknown
            var roleHeads = Set<String>()
            var nationalities = Set<String>()
            var leader = false
            var roles: [String] = []
            var kind: EntityKind?
            var nameStart = titleStart
            let rest = words[k...].joined(separator: " ")
            if k < words.count, let place = lexicon.places[rest] {
                kind = .place
                words = [place]
            } else {
                if k < words.count - 2, let country = lexicon.demonyms[words[k] + " " + words[k + 1]] {
                    nationalities.insert(country) // "South Korean President …"
                    k += 2
                } else if k < words.count - 1, let country = lexicon.demonyms[words[k]] {
                    nationalities.insert(country)
                    k += 1
                }
                if let title = lexicon.title(in: words, from: k), !title.keep || k + title.words.count == words.count {
                    if !title.keep {
                        k += title.words.count
                        // honorifics (Mr, Dr) are titles, not roles
                        if title.gender == .unknown || lexicon.role(in: title.words.map { $0.lowercased() }, from: 0) != nil {
                            roles.append(title.words.joined(separator: " "))
                        }
                        let titleWords = title.words.map { $0.lowercased().trimmingCharacters(in: ["."]) }
                        for x in titleWords.indices {
                            if let r = lexicon.role(in: titleWords, from: x) { roleHeads.insert(r.role); leader = leader || r.leader; break }
                        }
                    }
                    gender = title.gender
                    kind = .person
                }
                if k < words.count, let country = lexicon.demonyms[words[k]], k == words.count - 1 || lexicon.titles[words[k + 1]] != nil {
                    nationalities.insert(country); k += 1
                    if let title = lexicon.title(in: words, from: k), !title.keep { k += title.words.count; gender = title.gender; kind = .person }
                }
                // "UKIP Leader Roger X", "White House Chief Of Staff Y": a title after other capitalised words
                if kind != .person, k < words.count - 2 {
                    for t in (k + 1)..<(words.count - 1) {
                        if words[k..<t].contains(where: { $0.first?.isLowercase ?? true }) { break }
                        if let title = lexicon.title(in: words, from: t), !title.keep, t + title.words.count < words.count,
                           words.count - t - title.words.count >= 2 || lexicon.firstNames[words[t + title.words.count]] != nil {
                            roles.append(words[k..<(t + title.words.count)].joined(separator: " "))
                            let titleWords = title.words.map { $0.lowercased().trimmingCharacters(in: ["."]) }
                            for x in titleWords.indices {
                                if let r = lexicon.role(in: titleWords, from: x) { roleHeads.insert(r.role); leader = leader || r.leader; break }
                            }
                            gender = title.gender
                            kind = .person
                            k = t + title.words.count
                            break
                        }
                    }
                }
                words = Array(words[min(k, words.count)...])
                // "East Midlands MEP Robert X", "UN Secretary-General António Y": the name starts at a given name
                if kind == nil || kind == .person || words.count >= 3,
                   let f = words.indices.dropFirst().first(where: { lexicon.firstNames[words[$0]] != nil && $0 < words.count - 1 }),
                   !words[..<f].contains(where: { lexicon.firstNames[$0] != nil }) {
                    k += f
                    words = Array(words[f...])
                    kind = .person
                }
                nameStart = k < at.count ? at[k] : j
                let full = words.joined(separator: " ")
                if words.isEmpty {
                    kind = nil
                } else if let place = lexicon.places[full] {
                    kind = .place; words = [place]
                } else if words.allSatisfy({ isAllCapitals($0) }), let place = lexicon.placesByLowercase[full.lowercased()] {
                    kind = .place; words = [place] // "CHINA", "HONG KONG"
                } else if lexicon.organisations.contains(full) || words.contains(where: { lexicon.orgHeads.contains($0) })
                            || (words.count == 1 && isOrganisationAcronym(words[0], lowerWords: lowerWords, lexicon: lexicon)) {
                    if kind != .person || words.count > 1 && !(lexicon.firstNames[words[0]] != nil) { kind = .organisation }
                } else if words.count >= 2, kind != .person, ["Die", "Der", "Das", "Le", "La", "Les", "El", "Il", "Los"].contains(words[0]) {
                    kind = .organisation // a title with a foreign article: "Die Welt", "Le Monde"
                } else if words.count >= 2, kind != .person, let last = words.last, lexicon.placeHeads.contains(last), lexicon.firstNames[words[0]] == nil {
                    kind = .place
                } else if kind == .person || lexicon.firstNames[words[0]] != nil
                            || (words.count >= 2 && !lowerWords.contains(words[0].lowercased()) && !words.contains(where: { lexicon.roles[$0.lowercased()] != nil })
                                && !(titleStart > 0 && ["the", "of"].contains(tokens[titleStart - 1].lower))) {
                    kind = .person
                    if gender == .unknown, words.count >= 2, let g = lexicon.firstNames[words[0]] { gender = g }
                } else if words.count >= 2 && titleStart > 0 && ["the", "of"].contains(tokens[titleStart - 1].lower) {
                    kind = .organisation // "the State Prize", "the Countryside Alliance"
                } else if words.count >= 2 {
                    words = []
                } else {
                    kind = nil // one unknown word: decided below
                }
            }
            if !words.isEmpty, nameStart < j {
                raws.append(Raw(lo: nameStart, hi: j, titleStart: titleStart, words: words, kind: kind, gender: gender,
                                roleHeads: roleHeads, leader: leader, nationalities: nationalities, roles: roles, possessive: possessive))
            }
            i = j
        }

        // Group into entities: longer person names first so one-word names find their full form.
        var entities: [EntityCandidate] = []
        var byName: [String: Int] = [:]
        var entityOf = [Int](repeating: -1, count: raws.count)
        func addEntity(_ kind: EntityKind, _ words: [String], _ r: Raw) -> Int {
            let name = words.joined(separator: " ")
            let key = Entity.identifier(kind: kind, name: name)
            if let e = byName[key] { return e }
            entities.append(EntityCandidate(entity: Entity(kind: kind, name: name, gender: r.gender), roleHeads: [], isLeader: false,
                                         nationalities: [], words: words))
            byName[key] = entities.count - 1
            return entities.count - 1
        }
        let order = raws.indices.sorted { raws[$0].words.count != raws[$1].words.count ? raws[$0].words.count > raws[$1].words.count : $0 < $1 }
        // Names are grouped longest first, so the answer for a one-word name no longer changes once asked: memoise it.
        var oneWordMatch: [String: Int?] = [:]
        var initialsIndex: [String: Int]?
        for r in order {
            let raw = raws[r]
            var kind = raw.kind
            // "Sir Ian" after "Sir Ian Blair": a title that goes with the given name and a given name alone
            if raw.words.count == 1, raw.titleStart < raw.lo,
               lexicon.title(in: (raw.titleStart..<raw.lo).map { tokens[$0].text }, from: 0)?.givenName == true {
                let named = entities.indices.filter { entities[$0].entity.kind == .person && entities[$0].words.count > 1 && entities[$0].words[0] == raw.words[0] }
                if named.count == 1 {
                    entityOf[r] = named[0]
                    continue
                }
            }
            if raw.words.count == 1 || kind == nil {
                let match: Int?
                if raw.words.count == 1, let known = oneWordMatch[raw.words[0]] { match = known } else {
                    match = personMatching(raw.words, entities: entities, lexicon: lexicon)
                    if raw.words.count == 1 { oneWordMatch[raw.words[0]] = .some(match) }
                }
                if let e = match {
                    entityOf[r] = e
                    continue
                }
                if kind == nil {
                    guard speakerSlot(raw.lo) && lexicon.roles[raw.words[0].lowercased()] == nil && !lowerWords.contains(raw.words[0].lowercased()) else { continue }
                    // a word in capitals where a speaker stands is a company ("PACCAR said"), unless it names a thing ("GDP", "MD-11")
                    if isAllCapitals(raw.words[0]) {
                        let word = raw.words[0]
                        if lexicon.acronymsNotOrganisations.contains(word) || isModelCode(word) { continue }
                        kind = .organisation
                    } else { kind = .person }
                }
            } else if kind == .person, let e = personMatching(raw.words, entities: entities, lexicon: lexicon) {
                entityOf[r] = e
                continue
            }
            if kind == .organisation, raw.words.count == 1, raw.words[0].count >= 2 {
                if initialsIndex == nil {
                    var index: [String: Int] = [:]
                    for (e, record) in entities.enumerated() where record.entity.kind == .organisation && record.words.count > 1 {
                        let initials = String(record.words.filter { !["of", "the", "and", "for"].contains($0) }.compactMap { $0.first })
                        if index[initials] == nil { index[initials] = e }
                    }
                    initialsIndex = index
                }
            }
            if kind == .organisation, raw.words.count == 1, let e = initialsIndex?[raw.words[0]] {
                entityOf[r] = e
                continue
            }
            entityOf[r] = addEntity(kind!, raw.words, raw)
        }

        var mentions: [NameMention] = []
        var mentionAtToken = [Int](repeating: -1, count: n)
        for (r, raw) in raws.enumerated() where entityOf[r] >= 0 {
            let e = entityOf[r]
            let name = raw.words.joined(separator: " ")
            var record = entities[e]
            if name != record.entity.name && !record.entity.aliases.contains(name) { record.entity.aliases.append(name) }
            if record.entity.gender == .unknown { record.entity.gender = raw.gender }
            record.roleHeads.formUnion(raw.roleHeads)
            record.isLeader = record.isLeader || raw.leader
            record.nationalities.formUnion(raw.nationalities)
            for role in raw.roles where !record.entity.roles.contains(role) { record.entity.roles.append(role) }
            entities[e] = record
            var endOffset = tokens[raw.hi - 1].end
            if raw.possessive { endOffset -= 2 }
            let span = TextSpan(tokens[raw.lo].start, endOffset)
            let m = Mention(span: span, text: text[span], kind: record.entity.kind, form: .name, entityID: record.entity.id)
            mentions.append(NameMention(mention: m, firstToken: raw.lo, endToken: raw.hi, titleStart: raw.titleStart,
                                        entity: e, possessive: raw.possessive))
            for x in raw.titleStart..<raw.hi { mentionAtToken[x] = mentions.count - 1 }
        }
        // roles from the words around person mentions
        for m in mentions where entities[m.entity].entity.kind == .person {
            gatherRoles(m, tokens: tokens, mentions: mentions, mentionAtToken: mentionAtToken, entities: &entities, lexicon: lexicon)
        }
        var firstMention = [Int](repeating: -1, count: entities.count)
        for (i, m) in mentions.enumerated() where firstMention[m.entity] < 0 { firstMention[m.entity] = i }
        return MentionSet(mentions: mentions, entities: entities, mentionAtToken: mentionAtToken, firstMention: firstMention)
    }

    /// When token `i` opens a stock symbol in angle brackets — capitals with an optional exchange
    /// suffix after a full stop ("<DOW>", "<BBCZ.Z>", "<BK.N>"), the ticker markup of Reuters wire
    /// copy — the index of the closing `>`; otherwise nil.
    static func tickerEnd(at i: Int, in tokens: [WordToken]) -> Int? {
        guard i > 0, tokens[i - 1].text == "<", ShoutedText.isShouted(tokens[i]) else { return nil }
        var k = i + 1
        while k < tokens.count && k < i + 4 && tokens[k].text != ">" {
            let t = tokens[k]
            guard t.text == "." || t.kind == .word && isAllCapitals(t.text) && t.start == tokens[k - 1].end else { return nil }
            k += 1
        }
        return k < tokens.count && tokens[k].text == ">" ? k : nil
    }

    /// True when `word` has a letter and no lower-case letter ("OECD", "MD-11").
    static func isAllCapitals(_ word: String) -> Bool {
        var letter = false
        for c in word.unicodeScalars where c.properties.isAlphabetic {
            if !c.properties.isUppercase { return false }
            letter = true
        }
        return letter
    }

    /// True when `word` is a model or product code: two or more digits, with a hyphen before a digit
    /// ("MD-11", "CF6-80C2") or one or two letters straight before the digits ("A300", "F16").
    /// "MIR24", "G-7" and "EB-5" are not: a name, a group, a programme that a text may call "they".
    static func isModelCode(_ word: String) -> Bool {
        let s = Array(word.unicodeScalars)
        guard s.filter({ $0.properties.numericType != nil }).count >= 2 else { return false }
        for x in s.indices.dropFirst() where s[x].properties.numericType != nil {
            if s[x - 1] == "-" { return true }
        }
        guard let firstDigit = s.firstIndex(where: { $0.properties.numericType != nil }), firstDigit > 0, firstDigit <= 2 else { return false }
        return s[..<firstDigit].allSatisfy { $0.properties.isAlphabetic }
    }

    /// True when a one-word name is an acronym of an organisation ("SEC", "OECD"): two to five
    /// characters in capitals, not an acronym of a thing or measure (`acronymsNotOrganisations`: "GDP"),
    /// not a model or product code (`isModelCode`: "MD-11"), and, from three letters on,
    /// not an ordinary word the article also writes in lower case ("AIDS" beside "aids").
    static func isOrganisationAcronym(_ word: String, lowerWords: Set<String>, lexicon: MentionLexicon) -> Bool {
        let count = word.count
        guard count >= 2, count <= 5, isAllCapitals(word), !lexicon.acronymsNotOrganisations.contains(word) else { return false }
        if isModelCode(word) { return false }
        if count >= 3 && lowerWords.contains(word.lowercased()) { return false }
        return true
    }

    /// True when capitalised word `lower` (in lower case) is a gerund: it ends in "-ing", its stem has
    /// at least four letters, it is no given name or place, and the article writes a form of the
    /// same verb in lower case ("questioning" with "question", "questioned"; "making" with "make").
    static func isGerund(_ lower: String, lowerWords: Set<String>, lexicon: MentionLexicon) -> Bool {
        guard lower.hasSuffix("ing"), lower.count >= 7 else { return false }
        let stem = String(lower.dropLast(3))
        let capitalised = lower.prefix(1).uppercased() + lower.dropFirst()
        guard lexicon.firstNames[capitalised] == nil, lexicon.places[capitalised] == nil else { return false }
        var forms = [stem, stem + "e", stem + "s", stem + "es", stem + "ed", stem + "ion", stem + "er"]
        if let last = stem.last, stem.dropLast().last == last { forms.append(String(stem.dropLast())) } // "running" → "run"
        return forms.contains { lowerWords.contains($0) }
    }

    /// The person entity that one-word or short name `words` refers to, if any.
    static func personMatching(_ words: [String], entities: [EntityCandidate], lexicon: MentionLexicon) -> Int? {
        guard let last = words.last else { return nil }
        var best: Int?
        for e in entities.indices.reversed() where entities[e].entity.kind == .person && entities[e].words.count > words.count {
            let recordWords = entities[e].words
            guard let surname = recordWords.last else { continue }
            if words.count > 1 && words[0] != recordWords[0] { continue }
            if words.count == 1 && words[0] == recordWords[0] && lexicon.firstNames[words[0]] != nil { continue }
            if surname.unicodeScalars.first != last.unicodeScalars.first { continue }
            let parts = surname.split(whereSeparator: { $0 == "-" }).map(String.init)
            if last == surname || (parts.count > 1 && parts.contains(last)) { return e }
            if best == nil, last.count >= 4, StringSimilarity.isVariant(last, surname) { best = e }
        }
        if best == nil, words.count >= 2 {
            // same full name written with a variant surname ("Olof Holme" for "Olof Holm")
            for e in entities.indices where entities[e].entity.kind == .person && entities[e].words.count == words.count {
                let recordWords = entities[e].words
                if recordWords.dropLast() == words.dropLast(), StringSimilarity.isVariant(last, recordWords.last!) { return e }
            }
        }
        return best
    }

    /// Records the role description standing right before a person's name
    /// ("Russian presidential press secretary Karl Ostrander") or in apposition after it
    /// ("Olof Holm, senior director for Russia, said").
    static func gatherRoles(_ m: NameMention, tokens: [WordToken], mentions: [NameMention], mentionAtToken: [Int],
                            entities: inout [EntityCandidate], lexicon: MentionLexicon) {
        let sentence = tokens[m.firstToken].sentence
        // before: walk back over words; a determiner ends the description unless "of" precedes it
        var b = m.titleStart
        while b > 0 {
            let t = tokens[b - 1]
            guard t.sentence == sentence, t.kind == .word else { break }
            let cls = lexicon.functionWords[t.lower]
            if cls == "det" {
                if b >= 2 && tokens[b - 2].lower == "of" { b -= 2; continue }
                b -= 1; break
            }
            if t.lower == "of" { b -= 1; continue }
            if cls != nil { break }
            if mentionAtToken[b - 1] >= 0 && entities[mentions[mentionAtToken[b - 1]].entity].entity.kind == .person { break }
            b -= 1
        }
        var spans: [(Int, Int)] = []
        if b < m.titleStart { spans.append((b, m.titleStart)) }
        // after: ", role words ," apposition (unclosed words that hold a verb are a clause, not an apposition)
        if m.endToken < tokens.count, tokens[m.endToken].text == "," {
            var a = m.endToken + 1
            let start = a
            while a < tokens.count, tokens[a].sentence == sentence, tokens[a].text != ",", tokens[a].kind != .quote, a - start < 14 { a += 1 }
            if a > start, tokens[start].kind == .word, !tokens[start].isCapitalised || lexicon.demonyms[tokens[start].text] != nil,
               lexicon.functionWords[tokens[start].lower] != "pron", lexicon.functionWords[tokens[start].lower] != "bound",
               !VerbLexicon.shared.forms.contains(tokens[start].lower),
               // not a clause of its own: words not closed by a comma that hold a verb ("Q Jen, the President said he …")
               a < tokens.count && tokens[a].text == "," || !tokens[start..<a].contains(where: { VerbLexicon.shared.forms.contains($0.lower) }) {
                spans.append((start, a))
            }
        }
        for (index, (lo, hi)) in spans.enumerated() {
            let before = index == 0 && hi == m.titleStart
            let words = tokens[lo..<hi].map { $0.lower }
            var head: (String, Bool)?
            var headStart = 0
            var headEnd = 0
            var nationalities = Set<String>()
            var x = 0
            var seenOf = false
            while x < words.count {
                if words[x] == "of" || words[x] == "for" || words[x] == "at" { seenOf = true }
                if let c = lexicon.demonyms[tokens[lo + x].text] { nationalities.insert(c) }
                if seenOf, words[x] == "of", x + 1 < words.count {
                    var y = x + 1
                    if words[y] == "the" { y += 1 }
                    if y < words.count, mentionAtToken[lo + y] >= 0, entities[mentions[mentionAtToken[lo + y]].entity].entity.kind == .place {
                        nationalities.insert(entities[mentions[mentionAtToken[lo + y]].entity].entity.name)
                    }
                }
                if !seenOf, let r = lexicon.role(in: words, from: x) {
                    head = (r.role, r.leader)
                    headStart = x
                    headEnd = x + r.length
                    x += r.length
                    continue
                }
                x += 1
            }
            guard let (role, leader) = head else { continue }
            // A description before a name ends in its role noun ("Russian presidential press secretary
            // Karl Ostrander"); words between the role and the name ("The prime minister's spokesman set
            // out Mr X's view") mean the role is someone else's. After a name, the apposition names its
            // role within its first words ("X, senior director for Russia, said").
            if before ? headEnd != words.count : headStart > 3 { continue }
            let e = m.entity
            entities[e].roleHeads.insert(role)
            entities[e].isLeader = entities[e].isLeader || leader
            entities[e].nationalities.formUnion(nationalities)
            let written = tokens[lo..<min(hi, lo + 12)].map { $0.text }.joined(separator: " ")
            if !entities[e].entity.roles.contains(written) { entities[e].entity.roles.append(written) }
        }
    }
}

/// String similarity for name variants.
public enum StringSimilarity {
    /// True when `a` and `b` are spelling variants: one edit apart, or Jaro-Winkler ≥ 0.93.
    public static func isVariant(_ a: String, _ b: String) -> Bool {
        let x = Array(a.lowercased().unicodeScalars), y = Array(b.lowercased().unicodeScalars)
        if x == y { return true }
        if min(x.count, y.count) < 4 { return false }
        return editDistanceAtMostOne(x, y) || jaroWinkler(x, y) >= 0.93
    }

    /// True when one insertion, deletion or substitution turns `x` into `y`.
    public static func editDistanceAtMostOne(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Bool {
        if abs(x.count - y.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }

    /// Jaro-Winkler similarity in [0, 1] (Winkler 1990; prefix scale 0.1, prefix up to 4).
    public static func jaroWinkler(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Double {
        if x.isEmpty || y.isEmpty { return 0 }
        let window = max(0, max(x.count, y.count) / 2 - 1)
        var xm = [Bool](repeating: false, count: x.count), ym = [Bool](repeating: false, count: y.count)
        var matches = 0
        for i in 0..<x.count {
            let lo = max(0, i - window), hi = min(y.count - 1, i + window)
            if lo > hi { continue }
            for j in lo...hi where !ym[j] && x[i] == y[j] { xm[i] = true; ym[j] = true; matches += 1; break }
        }
        if matches == 0 { return 0 }
        var t = 0, k = 0
        for i in 0..<x.count where xm[i] {
            while !ym[k] { k += 1 }
            if x[i] != y[k] { t += 1 }
            k += 1
        }
        let m = Double(matches)
        let jaro = (m / Double(x.count) + m / Double(y.count) + (m - Double(t) / 2) / m) / 3
        var prefix = 0
        while prefix < min(4, min(x.count, y.count)) && x[prefix] == y[prefix] { prefix += 1 }
        return jaro + Double(prefix) * 0.1 * (1 - jaro)
    }
}
