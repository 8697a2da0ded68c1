import Foundation

/// A statement's source once resolved.
struct ResolvedSpeaker {
    var name: String
    var entity: Int?
    var kind: EntityKind
    var resolution: SpeakerResolution
}

extension AttributionReader {
    /// True when the environment variable `PARLEY_DEBUG_ATTRIBUTION` is set: the stage then writes
    /// its mentions and statements to standard error, one line each, for tuning rules. Read once.
    static let debugTrace = ProcessInfo.processInfo.environment["PARLEY_DEBUG_ATTRIBUTION"] != nil

    /// Runs extraction and resolution and builds the result.
    mutating func run(articleID: String) -> AttributionAnalyzer.Result {
        readCues()
        readQuotes()
        // one statement per content: drop one whose content lies inside another's (a sweep in text order)
        let ordered = found.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var kept: [FoundStatement] = []
        var container: FoundStatement?
        for f in ordered {
            let span = TextSpan(f.start, f.end)
            if let c = container {
                let other = TextSpan(c.start, c.end)
                if other == span { continue }
                if other.contains(span) && c.content.contains(where: { $0.overlaps(span) }) { continue }
            }
            kept.append(f)
            if container == nil || f.end > container!.end { container = f }
        }
        found = kept
        var contentTokens = [Bool](repeating: false, count: tokens.count)
        for f in found {
            for span in f.content {
                var t = tokens.partitionPoint { $0.start < span.start }
                while t < tokens.count && tokens[t].end <= span.end { contentTokens[t] = true; t += 1 }
            }
        }
        inContent = contentTokens

        var starts = [[Int]](repeating: [], count: mentionSet.entities.count)
        for m in mentionSet.mentions { starts[m.entity].append(m.mention.span.start) }
        mentionStartsByEntity = starts
        let firstPersonMention = mentionSet.mentions.first { mentionSet.entities[$0.entity].entity.kind == .person }?.mention.span.start ?? Int.max
        var firstPersonSpeaker = Int.max
        var entities = mentionSet.entities
        var unnamedIndex: [String: Int] = [:]
        var extraMentions: [Mention] = []
        var previous: ResolvedSpeaker?
        var previousSpan: TextSpan?
        var resolvedAt: [(position: Int, speaker: ResolvedSpeaker)] = []
        var statements: [Statement] = []
        for f in found {
            var speaker: ResolvedSpeaker?
            var speakerSpan = f.speakerSpan
            switch f.speaker {
            case .mention(let m):
                let nm = mentionSet.mentions[m]
                let e = entities[nm.entity].entity
                let asWritten = nm.mention.text
                speaker = ResolvedSpeaker(name: e.name, entity: nm.entity, kind: e.kind,
                                          resolution: markInferred.contains(f.anchor) ? .inferred : (asWritten == e.name ? .name : .alias))
            case .pronoun(let p):
                speaker = resolvePronoun(at: p, entities: &entities, resolved: resolvedAt, ownContent: f.content)
                if let sp = speaker {
                    extraMentions.append(Mention(span: tokens[p].span, text: tokens[p].text, kind: sp.kind, form: .pronoun,
                                                 entityID: sp.entity.map { entities[$0].entity.id }))
                }
            case .description(let lo, let hi):
                let here = min(tokens[lo].sentence, sentenceOf(offset: f.start)) // a long quote before "the doctor said" counts from its start
                // the last speaker, when within three sentences or in the same paragraph
                let recent = resolvedAt.last(where: { $0.speaker.kind == .person }).flatMap { r -> ResolvedSpeaker? in
                    let rs = sentenceOf(offset: r.position)
                    return rs >= here - 3 || sentences[rs].paragraph == sentences[here].paragraph ? r.speaker : nil
                }
                let earliest = min(firstPersonMention, firstPersonSpeaker)
                speaker = resolveDescription(lo, hi, entities: &entities, unnamed: &unnamedIndex, previousSpeaker: recent,
                                             resolvedBefore: { p in earliest < p })
                if let sp = speaker {
                    extraMentions.append(Mention(span: TextSpan(tokens[lo].start, tokens[hi - 1].end), text: text[TextSpan(tokens[lo].start, tokens[hi - 1].end)],
                                                 kind: sp.kind, form: .description, entityID: sp.entity.map { entities[$0].entity.id }))
                }
            case .previous(let how):
                // a continuation's source is named where the previous statement named it
                if var p = previous { p.resolution = how; speaker = p; if speakerSpan == nil { speakerSpan = previousSpan } }
            case .subject(let s):
                let subject = subjectOf(sentence: s, before: f.cueSpan?.start ?? f.start, entities: &entities, resolved: resolvedAt, unnamed: &unnamedIndex)
                speaker = subject?.speaker
                speakerSpan = subject?.span
            case .none:
                speaker = nil
            }
            guard let sp = speaker else { continue }
            previous = sp
            previousSpan = speakerSpan
            resolvedAt.append((speakerSpan?.start ?? f.anchor, sp))
            if sp.kind == .person { firstPersonSpeaker = min(firstPersonSpeaker, speakerSpan?.start ?? f.anchor) }
            let contentTokens = f.content
            var mentioned: [String] = []
            for span in contentTokens {
                // mentions are in text order: binary search the first that starts inside the span
                var lo = mentionSet.mentions.partitionPoint { $0.mention.span.start < span.start }
                while lo < mentionSet.mentions.count && mentionSet.mentions[lo].mention.span.start < span.end {
                    let m = mentionSet.mentions[lo]
                    if span.contains(m.mention.span) {
                        let id = entities[m.entity].entity.id
                        if !mentioned.contains(id) { mentioned.append(id) }
                    }
                    lo += 1
                }
            }
            let source = Source(name: sp.name, entityID: sp.entity.map { entities[$0].entity.id }, kind: sp.kind, span: speakerSpan,
                                resolution: sp.resolution)
            statements.append(Statement(articleID: articleID, source: source, cue: f.cueText, cueSpan: f.cueSpan,
                                        kind: kind(of: f.content), contentSpans: f.content, sentenceIndices: f.sentences.sorted(),
                                        channel: f.channel, mentionedEntityIDs: mentioned))
        }
        if AttributionReader.debugTrace {
            for m in mentionSet.mentions { FileHandle.standardError.write("M \(m.mention.text) -> \(entities[m.entity].entity.id) \(entities[m.entity].roleHeads) \(entities[m.entity].nationalities) \(entities[m.entity].entity.gender)\n".data(using: .utf8)!) }
            for st in statements { FileHandle.standardError.write("S \(st.source?.name ?? "-") [\(st.source?.resolution.rawValue ?? "")] cue=\(st.cue ?? "-") \(st.kind) ch=\(st.channel ?? "-") :: \(st.contentSpans.map { text[$0] }.joined(separator: " | ").prefix(100))\n".data(using: .utf8)!) }
        }
        var mentions = mentionSet.mentions.map { m -> Mention in
            var x = m.mention
            x.entityID = entities[m.entity].entity.id
            x.kind = entities[m.entity].entity.kind
            return x
        }
        mentions += extraMentions
        mentions.sort { $0.span < $1.span }
        return AttributionAnalyzer.Result(mentions: mentions, entities: entities.map { $0.entity }, statements: statements)
    }

    /// Index of the sentence holding scalar `offset` (or the last before it).
    func sentenceOf(offset: Int) -> Int {
        max(0, sentences.partitionPoint { $0.span.start <= offset } - 1)
    }

    /// Direct when the content is all quotes (or plain text closed by a lone closing mark, whose
    /// opening mark the article left out); mixed when it holds a quote of two words or more;
    /// otherwise indirect — a single scare-quoted word ("did not expect any “breakthroughs”")
    /// leaves reported speech indirect (thresholds set on the kinds annotated in gold/dev).
    func kind(of content: [TextSpan]) -> StatementKind {
        guard let first = content.first, let last = content.last else { return .indirect }
        // quotes are in text order: look only at those that end after the content starts
        var lo = quotes.partitionPoint { $0.pieces.last!.end <= first.start }
        var near: [QuoteRegion] = []
        while lo < quotes.count && quotes[lo].pieces[0].start < last.end { near.append(quotes[lo]); lo += 1 }
        if content.allSatisfy({ span in near.contains { $0.pieces.contains(span) } }) { return .direct }
        for q in near where q.wordCount >= 2 {
            if q.pieces.contains(where: { piece in content.contains { $0.contains(piece) } }) { return .mixed }
        }
        if content.count == 1, let span = content.first, span.length > 1, WordTokenizer.isQuoteMark(text.scalars[span.end - 1]) {
            var marks = 0
            for i in span.start..<span.end where WordTokenizer.isQuoteMark(text.scalars[i]) { marks += 1 }
            if marks == 1 { return .direct }
        }
        return .indirect
    }

    /// True when an unresolved description names one person by a role ("chancellor", "senior official"):
    /// a later "he" or "she" may refer back to it, as to a named person. Plural heads ("officials") do not.
    func isOnePersonDescription(_ name: String) -> Bool {
        let words = name.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last, !(last.hasSuffix("s") && !last.hasSuffix("ss")) else { return false }
        return words.indices.contains { mentionLexicon.role(in: words, from: $0) != nil }
    }

    /// True when name mention `m` addresses someone ("Q Jen, the President said …", "Thank you, Jen."):
    /// a name followed by a comma or the sentence's end and preceded by a transcript's `Q` or a
    /// thanks, or opening a question. A person addressed is no antecedent of a later "he" or description.
    func isVocative(_ m: Int) -> Bool {
        let mention = mentionSet.mentions[m]
        let first = mention.titleStart, end = mention.endToken
        guard end < tokens.count, tokens[end].kind == .punctuation, [",", ".", "?", "!"].contains(tokens[end].text) else { return false }
        let s = tokens[first].sentence
        guard s >= 0, s < sentenceTokens.count else { return false }
        if first > 0, tokens[first - 1].text == "Q" { return true }
        // at a sentence start only in a question ("Jen, did the President …?"): "Trump, appearing …, said" is a subject
        if first == sentenceTokens[s].lowerBound {
            return tokens[end].text == "," && sentenceTokens[s].count > 1 && isPunct(sentenceTokens[s].upperBound - 1, ["?"])
        }
        let before = tokens[first - 1]
        if before.text == "Q" { return true }
        if before.text == "," { return ["you", "thanks"].contains(word(first - 2)) }
        return false
    }

    /// The nearest person who agrees with the pronoun at token `p` (he/she: gender; they/it: a group).
    ///
    /// Looks at the sentence of the pronoun and up to three sentences back; in the most
    /// recent sentence with an agreeing candidate, takes the first one (the subject).
    /// A name inside the content of a statement ("the chancellor said the cuts proposed by
    /// Oliver Letwin were …, he told activists") is what was said, not who said it: it is
    /// taken only when its sentence has no other agreeing candidate.
    /// - Parameter ownContent: the content of the statement whose speaker the pronoun is: names in it are never taken.
    func resolvePronoun(at p: Int, entities: inout [EntityCandidate], resolved: [(position: Int, speaker: ResolvedSpeaker)],
                        ownContent: [TextSpan] = []) -> ResolvedSpeaker? {
        let pronoun = tokens[p].lower
        let s = tokens[p].sentence
        let wantGroup = pronoun == "they" || pronoun == "it" || pronoun == "them"
        let wantGender: Gender = pronoun == "he" || pronoun == "him" ? .male : (pronoun == "she" || pronoun == "her" ? .female : .unknown)
        var sentence = s
        while sentence >= 0 && sentence >= s - 3 {
            var candidates: [(Int, ResolvedSpeaker)] = []
            var inContentCandidates: [(Int, ResolvedSpeaker)] = []
            let range = sentenceTokens[sentence]
            for i in range where i < p && !inQuote(i) {
                let m = mentionSet.mentionAtToken[i]
                guard m >= 0, mentionSet.mentions[m].titleStart == i || mentionSet.mentions[m].firstToken == i, !isVocative(m) else { continue }
                let e = entities[mentionSet.mentions[m].entity]
                let ok: Bool
                if wantGroup { ok = e.entity.kind == .organisation || (pronoun == "they" && e.entity.kind == .unnamed) }
                else { ok = e.entity.kind == .person && (e.entity.gender == .unknown || e.entity.gender == wantGender) }
                guard ok, !ownContent.contains(where: { $0.contains(tokens[i].span) }) else { continue }
                let candidate = (tokens[i].start, ResolvedSpeaker(name: e.entity.name, entity: mentionSet.mentions[m].entity, kind: e.entity.kind, resolution: .pronoun))
                if i < inContent.count && inContent[i] { inContentCandidates.append(candidate) } else { candidates.append(candidate) }
            }
            let lo = range.isEmpty ? 0 : tokens[range.lowerBound].start
            for r in resolved where r.position >= lo && r.position < tokens[p].start && (range.isEmpty || r.position <= tokens[range.upperBound - 1].end) {
                let sp = r.speaker
                let ok: Bool
                if wantGroup { ok = sp.kind != .person }
                else {
                    ok = sp.kind == .person && (sp.entity.map { entities[$0].entity.gender == .unknown || entities[$0].entity.gender == wantGender } ?? true)
                        || sp.kind == .unnamed && isOnePersonDescription(sp.name)
                }
                if ok { var x = sp; x.resolution = .pronoun; candidates.append((r.position, x)) }
            }
            if candidates.isEmpty { candidates = inContentCandidates }
            if let best = candidates.min(by: { $0.0 < $1.0 }) {
                if let e = best.1.entity, entities[e].entity.gender == .unknown, wantGender != .unknown { entities[e].entity.gender = wantGender }
                return best.1
            }
            sentence -= 1
        }
        // fall back on the last speaker
        if let last = resolved.last(where: { $0.position < tokens[p].start }) {
            let sp = last.speaker
            let agrees = sp.entity.map { entities[$0].entity.gender == .unknown || entities[$0].entity.gender == wantGender } ?? true
            if wantGroup ? sp.kind != .person : (sp.kind == .person && agrees) { var x = sp; x.resolution = .pronoun; return x }
        }
        return nil
    }

    /// The sentence's subject, for a participial cue: its first name, pronoun or description, with its span;
    /// a noun group right after a preposition that opens the sentence is passed over.
    mutating func subjectOf(sentence s: Int, before offset: Int, entities: inout [EntityCandidate], resolved: [(position: Int, speaker: ResolvedSpeaker)],
                            unnamed: inout [String: Int]) -> (speaker: ResolvedSpeaker, span: TextSpan)? {
        let range = sentenceTokens[s]
        var i = range.lowerBound
        while i < range.upperBound && tokens[i].start < offset {
            if inQuote(i) { i += 1; continue }
            if let np = nounGroup(from: i, limit: range.upperBound) {
                // the object of a sentence-opening preposition is no subject ("In a statement announcing its vote, the commission said")
                if i == range.lowerBound + 1, cls(i - 1) == "prep" { i = np.hi; continue }
                switch np.ref {
                case .mention(let m):
                    let nm = mentionSet.mentions[m]
                    let e = entities[nm.entity]
                    if e.entity.kind != .place {
                        return (ResolvedSpeaker(name: e.entity.name, entity: nm.entity, kind: e.entity.kind,
                                                resolution: nm.mention.text == e.entity.name ? .name : .alias), nm.mention.span)
                    }
                case .pronoun(let p):
                    return resolvePronoun(at: p, entities: &entities, resolved: resolved).map { ($0, tokens[p].span) }
                case .description(let lo, let hi):
                    return resolveDescription(lo, hi, entities: &entities, unnamed: &unnamed).map { ($0, TextSpan(tokens[lo].start, tokens[hi - 1].end)) }
                default: break
                }
                i = np.hi
                continue
            }
            i += 1
        }
        return nil
    }

    /// The person a role description refers to, or an unnamed source named by the description.
    ///
    /// A definite description ("the Russian leader", "his American counterpart",
    /// "the President of the Russian Federation") goes to the person mentioned
    /// before it whose roles and nationality fit best (role head +2, nationality
    /// +2, other nationality −3; ties to the latest mentioned). Indefinite or plural
    /// descriptions, and those with no role or nationality, stay unnamed sources.
    /// True when `longer` is `shorter` with more words before it that do not
    /// change the office ("presidential press secretary" / "press secretary"),
    /// unlike a rank modifier ("deputy prime minister" / "prime minister").
    func sameOffice(_ longer: String, _ shorter: String) -> Bool {
        guard longer.hasSuffix(" " + shorter) else { return false }
        let extra = longer.dropLast(shorter.count + 1).split(separator: " ").map(String.init)
        return !extra.contains { mentionLexicon.roleModifiers.contains($0) }
    }

    func resolveDescription(_ lo: Int, _ hi: Int, entities: inout [EntityCandidate], unnamed: inout [String: Int],
                            previousSpeaker: ResolvedSpeaker? = nil, resolvedBefore: (Int) -> Bool = { _ in false }) -> ResolvedSpeaker? {
        let found = describedSource(lo, hi, entities: &entities, unnamed: &unnamed, previousSpeaker: previousSpeaker, resolvedBefore: resolvedBefore)
        // a description that named a person teaches that person its role ("the expert" … "the expert said")
        if let f = found, f.kind == .person, let e = f.entity {
            let words = tokens[lo..<hi].map { $0.lower }
            for x in words.indices {
                if words[x] == "of" || words[x] == "for" { break }
                if let r = mentionLexicon.role(in: words, from: x) { entities[e].learnedRoles.insert(r.role) }
            }
        }
        return found
    }

    func describedSource(_ lo: Int, _ hi: Int, entities: inout [EntityCandidate], unnamed: inout [String: Int],
                         previousSpeaker: ResolvedSpeaker?, resolvedBefore: (Int) -> Bool) -> ResolvedSpeaker? {
        let words = tokens[lo..<hi].map { $0.lower }
        let det = lexicon.words[words[0]] == "det" ? words[0] : ""
        var role: (String, Bool)?
        var nationalities = Set<String>()
        var x = 0
        var seenOf = false
        while x < words.count {
            if words[x] == "of" || words[x] == "for" { seenOf = true }
            if let c = mentionLexicon.demonyms[tokens[lo + x].text] { nationalities.insert(c) }
            let m = mentionSet.mentionAtToken[lo + x]
            if seenOf, m >= 0, mentionSet.entities[mentionSet.mentions[m].entity].entity.kind == .place {
                nationalities.insert(mentionSet.entities[mentionSet.mentions[m].entity].entity.name)
            }
            if !seenOf, role == nil || lexicon.unnamedHeads.contains(words[x]) == false, let r = mentionLexicon.role(in: words, from: x) {
                role = (r.role, r.leader)
                x += r.length
                continue
            }
            x += 1
        }
        let headWord = words.last ?? ""
        let indefinite = ["a", "an", "one", "some", "two", "three", "several", "many", "another"].contains(det)
        let plural = headWord.hasSuffix("s") && !headWord.hasSuffix("ss") && role == nil
        let position = tokens[lo].start
        // people named in the rest of the sentence are not the description's referent
        // ("the chancellor said Mr Baume was never at meetings": not Baume)
        var namedAfter = Set<Int>()
        if tokens[lo].sentence >= 0 {
            for i in sentenceTokens[tokens[lo].sentence] where i >= hi {
                let m = mentionSet.mentionAtToken[i]
                if m >= 0 { namedAfter.insert(mentionSet.mentions[m].entity) }
            }
        }
        if !indefinite && !plural && (role != nil || !nationalities.isEmpty) {
            var best: (score: Int, last: Int, entity: Int)?
            // where each entity was last mentioned before the description, in one pass over the mentions
            func lastBefore(_ e: Int) -> Int? {
                guard e < mentionStartsByEntity.count else { return nil }
                let starts = mentionStartsByEntity[e]
                let lo = starts.partitionPoint { $0 < position }
                return lo > 0 ? starts[lo - 1] : nil
            }
            for (e, record) in entities.enumerated() where record.entity.kind == .person && !namedAfter.contains(e) {
                guard e < mentionSet.firstMention.count, mentionSet.firstMention[e] >= 0 else { continue }
                let firstMention = mentionSet.mentions[mentionSet.firstMention[e]]
                let later = firstMention.mention.span.start > position
                var score = 0
                if let (r, leader) = role {
                    if record.roleHeads.contains(where: { $0 == r || sameOffice($0, r) || sameOffice(r, $0) }) { score += 2 }
                    else if record.learnedRoles.contains(r) { score += 1 }
                    else if (leader || r == "leader") && record.isLeader { score += 2 }
                    else if r == "counterpart" || record.roleHeads.contains("counterpart") { score += 1 }
                }
                if !nationalities.isEmpty {
                    if !record.nationalities.isDisjoint(with: nationalities) { score += 2 }
                    else if !record.nationalities.isEmpty { score -= 3 }
                }
                if let recent = previousSpeaker, recent.entity == e { score += 1 }
                guard score >= 2 else { continue }
                // a person named only later (cataphora: "the minister said …; Minister X") counts for less
                if later { if role == nil || score < 2 || sentenceOf(offset: firstMention.mention.span.start) > sentenceOf(offset: position) + 4 { continue }; score -= 1 }
                let last = later ? 0 : lastBefore(e) ?? 0
                if best == nil || score > best!.score || (score == best!.score && last > best!.last) { best = (score, last, e) }
            }
            // a person named only later loses to the speaker of the statements just before
            if let b = best, b.last == 0, let recent = previousSpeaker, recent.kind == .person, let e = recent.entity, e != b.entity, !namedAfter.contains(e),
               entities[e].nationalities.isDisjoint(with: nationalities) == nationalities.isEmpty {
                return ResolvedSpeaker(name: recent.name, entity: e, kind: .person, resolution: .description)
            }
            if let b = best {
                return ResolvedSpeaker(name: entities[b.entity].entity.name, entity: b.entity, kind: .person, resolution: .description)
            }
            // the speaker of a statement in the last three sentences, when a person
            if det == "the", role != nil, let last = previousSpeaker, last.kind == .person, let e = last.entity, !namedAfter.contains(e),
               let r = role?.0, entities[e].roleHeads.isEmpty || entities[e].roleHeads.contains(r) || !entities[e].nationalities.isDisjoint(with: nationalities) {
                return ResolvedSpeaker(name: last.name, entity: e, kind: .person, resolution: .description)
            }
            // "The real estate agent said": the person the sentence before brings in, when the role fits nobody else
            if det == "the", let (r, _) = role, !lexicon.unnamedHeads.contains(r) {
                let s = tokens[lo].sentence
                for sentence in [s, s - 1] where sentence >= 0 {
                    for i in sentenceTokens[sentence] where tokens[i].start < position && !inQuote(i) {
                        let m = mentionSet.mentionAtToken[i]
                        guard m >= 0, !isVocative(m) else { continue }
                        let e = mentionSet.mentions[m].entity
                        if entities[e].entity.kind == .person && entities[e].roleHeads.isEmpty && !namedAfter.contains(e) {
                            return ResolvedSpeaker(name: entities[e].entity.name, entity: e, kind: .person, resolution: .description)
                        }
                        break
                    }
                }
            }
        }
        // "According to the expert, A. … Dr X …": a person named in the next sentences
        if det == "the", role != nil, !resolvedBefore(position) {
            let s = tokens[lo].sentence
            var k = hi
            while k < tokens.count && tokens[k].sentence <= s + 3 {
                let m = mentionSet.mentionAtToken[k]
                if m >= 0, !isVocative(m) {
                    let e = mentionSet.mentions[m].entity
                    if entities[e].entity.kind == .person && !namedAfter.contains(e) {
                        return ResolvedSpeaker(name: entities[e].entity.name, entity: e, kind: .person, resolution: .description)
                    }
                }
                k += 1
            }
        }
        // "the ministry", "the party", "the companies": the organisation named just before
        let orgLike: Set<String> = ["party", "company", "companies", "firm", "organisation", "organization", "ministry", "agency",
                                    "government", "council", "committee", "commission", "department", "bank", "union", "group", "manufacturers"]
        if ["the", "its", "both"].contains(det) || det.isEmpty, orgLike.contains(headWord), role == nil {
            let singular = headWord == "companies" ? "company" : headWord
            let s = tokens[lo].sentence
            var fallback: Int?
            // sentence by sentence back, the first organisation of each sentence (its subject) first
            for sentence in stride(from: s, through: max(0, s - 3), by: -1) {
                for i in sentenceTokens[sentence] where tokens[i].start < position {
                    let m = mentionSet.mentionAtToken[i]
                    guard m >= 0, mentionSet.mentions[m].titleStart == i else { continue }
                    let entity = mentionSet.mentions[m].entity
                    let e = entities[entity].entity
                    guard e.kind == .organisation else { continue }
                    if e.name.lowercased().contains(singular) { return ResolvedSpeaker(name: e.name, entity: entity, kind: .organisation, resolution: .description) }
                    if fallback == nil && !["government", "ministry", "department", "council", "committee", "commission", "bank"].contains(headWord) { fallback = entity }
                }
                if fallback != nil { break }
            }
            if let e = fallback { return ResolvedSpeaker(name: entities[e].entity.name, entity: e, kind: .organisation, resolution: .description) }
        }
        // an unnamed source: the description without its article
        var from = lo
        if !det.isEmpty && ["the", "a", "an", "his", "her", "its", "their", "one", "some"].contains(det) { from += 1 }
        guard from < hi else { return nil }
        let name = text[TextSpan(tokens[from].start, tokens[hi - 1].end)]
        let id = Entity.identifier(kind: .unnamed, name: name)
        var index = unnamed[id]
        if index == nil {
            entities.append(EntityCandidate(entity: Entity(kind: .unnamed, name: name), roleHeads: [], isLeader: false, nationalities: [], words: [name]))
            index = entities.count - 1
            unnamed[id] = index
        }
        return ResolvedSpeaker(name: name, entity: index, kind: .unnamed, resolution: .description)
    }
}
