import Foundation

/// One speaker turn of a transcript: a label line (`MS. LINDQVIST:`, `THE PRESIDENT:`, `Q`)
/// and the text up to the next turn.
///
/// Spans count Unicode scalars in the article text.
public struct TranscriptTurn: Hashable, Sendable {
    /// The label as written, without its colon ("MS. LINDQVIST", "Q").
    public var label: String
    /// Where the label stands, without its colon.
    public var labelSpan: TextSpan
    /// The label with its colon, when it has one: the statement cue.
    public var cueSpan: TextSpan
    /// The turn's paragraphs of speech, trimmed, in text order; stage notes
    /// ("(Laughter.)") and closing lines ("END", "1:15 P.M. EDT") left out.
    public var paragraphs: [TextSpan]

    /// Makes a turn.
    public init(label: String, labelSpan: TextSpan, cueSpan: TextSpan, paragraphs: [TextSpan]) {
        self.label = label
        self.labelSpan = labelSpan
        self.cueSpan = cueSpan
        self.paragraphs = paragraphs
    }

    /// True for a questioner's turn (`Q`, `Q:`).
    public var isQuestion: Bool { label == "Q" }
}

/// Finds the speaker turns of a transcript (press briefings, interviews,
/// hearings) and makes each turn paragraph a statement of the turn's speaker.
///
/// A text is a transcript when its body has at least `minimumTurns` turn
/// lines with at least two different labels. A turn line opens a paragraph
/// (at the body start or after a blank line) with either
/// - `Q` alone, or followed by a colon or white space (a reporter's question), or
/// - a speaker label: up to `maximumLabelWords` words of upper-case letters
///   (with `.`, `-`, `'`, `’` inside), no lower-case letter and no digit, then a
///   colon and white space or the line end ("MS. LINDQVIST:", "THE VICE PRESIDENT:",
///   "SENIOR ADMINISTRATION OFFICIAL:").
/// These are the conventions of U.S. government and newswire transcripts
/// (White House, State Department, Congressional Record style); the counts
/// keep a news story with a single "UPDATE:" or a dateline from being taken
/// for one. Once the text is a transcript, a label already seen at a
/// paragraph start also starts a turn right after a line that ends a sentence
/// or a Markdown hard break (two trailing spaces), with no blank line between.
///
/// A turn runs to the next turn line. Its paragraphs (split at blank lines)
/// are its statements, one per paragraph: a long answer of a press secretary
/// holds several topics, and a statement per paragraph keeps topics, dates and
/// links apart. A later paragraph with no lower-case letter and no question
/// mark ("END", "12:42 P.M. EDT") ends the turn; one wholly in brackets ("(Laughter.)", "[Redacted.]") is a
/// stage note and is left out.
public enum TranscriptTurns {
    /// Fewest turn lines for a text to count as a transcript.
    public static let minimumTurns = 3
    /// Most words in a speaker label ("SENIOR ADMINISTRATION OFFICIAL" has three).
    public static let maximumLabelWords = 6

    /// The turns of `text` after `bodyStart`, or nil when the text is not a transcript.
    ///
    /// - Parameters:
    ///   - text: the article text.
    ///   - bodyStart: scalar offset of the body; the headline is never a turn.
    /// - Returns: turns in text order; spans count Unicode scalars.
    public static func find(text: ScalarText, bodyStart: Int) -> [TranscriptTurn]? {
        let s = text.scalars
        struct Line { var start: Int; var end: Int; var first: Int }   // first = first non-white-space scalar
        var lines: [Line] = []
        var i = min(max(0, bodyStart), s.count)
        // the body may start mid-line: its first line starts there
        while i <= s.count {
            var j = i
            while j < s.count && s[j] != "\n" { j += 1 }
            var f = i
            while f < j && s[f].properties.isWhitespace { f += 1 }
            lines.append(Line(start: i, end: j, first: f))
            i = j + 1
        }
        // label lines at paragraph starts
        var heads: [(line: Int, label: String, labelSpan: TextSpan, cueSpan: TextSpan, contentStart: Int)] = []
        var previousBlank = true
        var inside: [Int] = []   // label lines inside a paragraph, looked at once the text is known to be a transcript
        for (n, line) in lines.enumerated() {
            let blank = line.first == line.end
            if !blank, let l = label(in: s, from: line.first, to: line.end) {
                if previousBlank { heads.append((n, l.label, l.labelSpan, l.cueSpan, l.contentStart)) } else { inside.append(n) }
            }
            previousBlank = blank
        }
        let known = Set(heads.map { $0.label })
        guard heads.count >= minimumTurns, known.count >= 2 else { return nil }
        // a known label right after a line that ends a sentence or a Markdown hard break ("  ")
        // starts a turn though no blank line comes before it
        for n in inside {
            let line = lines[n], previous = lines[n - 1]
            guard let l = label(in: s, from: line.first, to: line.end), known.contains(l.label) else { continue }
            var e = previous.end
            var trailingSpaces = 0
            while e > previous.first && s[e - 1].properties.isWhitespace { e -= 1; trailingSpaces += 1 }
            let endsSentence = e > previous.first && ".?!…—–\"”)".unicodeScalars.contains(s[e - 1])
            guard endsSentence || trailingSpaces >= 2 else { continue }
            heads.append((n, l.label, l.labelSpan, l.cueSpan, l.contentStart))
        }
        heads.sort { $0.line < $1.line }
        var turns: [TranscriptTurn] = []
        for (h, head) in heads.enumerated() {
            let lastLine = h + 1 < heads.count ? heads[h + 1].line : lines.count
            var paragraphs: [TextSpan] = []
            var start: Int? = head.contentStart
            var end = head.contentStart
            var closed = false
            func flush() {
                guard let st = start else { return }
                start = nil
                let span = text.trimmed(TextSpan(st, max(st, end)))
                guard !span.isEmpty, !closed else { return }
                var hasLetter = false, hasLower = false
                for x in span.start..<span.end {
                    let p = s[x].properties
                    if p.isAlphabetic { hasLetter = true }
                    if p.isLowercase { hasLower = true; break }
                }
                guard hasLetter else { return }
                // a closing line ("END", "1:15 P.M. EDT"); a turn's first paragraph ("NATO?") is always speech
                if !hasLower && !paragraphs.isEmpty && !(span.start..<span.end).contains(where: { s[$0] == "?" }) { closed = true; return }
                if isStageNote(s, span) { return }
                paragraphs.append(span)
            }
            // the label line's rest, then the following lines up to the next turn
            end = lines[head.line].end
            for n in (head.line + 1)..<max(head.line + 1, lastLine) {
                let line = lines[n]
                if line.first == line.end { flush(); continue }
                if start == nil { start = line.first }
                end = line.end
            }
            flush()
            turns.append(TranscriptTurn(label: head.label, labelSpan: head.labelSpan, cueSpan: head.cueSpan, paragraphs: paragraphs))
        }
        return turns
    }

    /// A turn label starting at `p` on a line ending at `lineEnd`, with the
    /// offset where the turn's speech starts.
    static func label(in s: [Unicode.Scalar], from p: Int, to lineEnd: Int) -> (label: String, labelSpan: TextSpan, cueSpan: TextSpan, contentStart: Int)? {
        guard p < lineEnd else { return nil }
        func skipSpace(_ x: Int) -> Int { var x = x; while x < lineEnd && s[x].properties.isWhitespace { x += 1 }; return x }
        // `Q`, `Q:`, `Q.` followed by white space or the line end
        if s[p] == "Q" {
            let next = p + 1
            if next == lineEnd || s[next].properties.isWhitespace {
                return ("Q", TextSpan(p, p + 1), TextSpan(p, p + 1), skipSpace(next))
            }
            if s[next] == ":" || s[next] == ".", next + 1 == lineEnd || s[next + 1].properties.isWhitespace {
                return ("Q", TextSpan(p, p + 1), TextSpan(p, next + 1), skipSpace(next + 1))
            }
        }
        guard s[p].properties.isUppercase else { return nil }
        var x = p
        var letters = 0, words = 1
        while x < lineEnd && s[x] != ":" {
            let c = s[x]
            if c.properties.isUppercase { letters += 1 } else if c == " " || c == "\u{A0}" {
                if x > p && (s[x - 1] == " " || s[x - 1] == "\u{A0}") { return nil }
                words += 1
            } else if !(c == "." || c == "-" || c == "'" || c == "’") { return nil }
            x += 1
            if x - p > 60 { return nil }
        }
        guard x < lineEnd, letters >= 2, words <= maximumLabelWords else { return nil }
        let before = s[x - 1]
        guard before.properties.isUppercase || before == "." else { return nil }
        guard x + 1 == lineEnd || s[x + 1].properties.isWhitespace else { return nil }
        let label = String(String.UnicodeScalarView(s[p..<x]))
        return (label, TextSpan(p, x), TextSpan(p, x + 1), skipSpace(x + 1))
    }

    /// True when `span` is wholly one bracketed note: "(Laughter.)", "[Redacted.]".
    static func isStageNote(_ s: [Unicode.Scalar], _ span: TextSpan) -> Bool {
        // Markdown may escape the brackets: `\[Redacted.\]`
        let lo = s[span.start] == "\\" ? span.start + 1 : span.start
        guard span.length >= 2, lo < span.end - 1 else { return false }
        let open = s[lo], close = s[span.end - 1]
        guard (open == "(" && close == ")") || (open == "[" && close == "]") else { return false }
        // one bracket pair: no closing bracket before the end
        for x in (lo + 1)..<(span.end - 1) where s[x] == close { return false }
        return true
    }
}

/// Who a turn label names, once resolved.
struct TurnSpeaker {
    var name: String
    var entityID: String?
    var kind: EntityKind
    var resolution: SpeakerResolution
    var form: MentionForm
}

extension TranscriptTurns {
    /// Makes each turn paragraph a statement of the turn's speaker and merges
    /// them into `result`, the statements the cue and quote readings found.
    ///
    /// - Statements found before keep their own speaker ("The President said …"
    ///   inside a turn stays the President's). One is dropped when its speaker
    ///   or cue lies in a turn label (the label read as a name or a colon
    ///   introduction), when its content runs across a turn boundary, or when
    ///   it covers 80% or more of a turn paragraph (the same span counted twice).
    /// - Mentions found inside labels are replaced by one mention per label,
    ///   resolved as `resolveLabel` says; entities left without any mention or
    ///   statement after that are dropped.
    ///
    /// - Parameters:
    ///   - turns: the transcript's turns, from `find`.
    ///   - result: the attribution stage's result for the article, changed in place.
    ///   - text: the article text; all spans count its Unicode scalars.
    ///   - sentences: its sentences, for each statement's sentence indices.
    ///   - articleID: the article's id, for statement ids.
    ///   - bodyStart: scalar offset of the body; mentions before it are the headline's.
    static func apply(_ turns: [TranscriptTurn], to result: inout AttributionAnalyzer.Result, text: ScalarText,
                      sentences: [Sentence], articleID: String, bodyStart: Int,
                      mentionLexicon: MentionLexicon, unnamedHeads: Set<String>) {
        guard !turns.isEmpty else { return }
        let referencedBefore = referencedEntities(result)
        // turns, labels and paragraphs are in text order: binary searches keep this linear in the text's size
        func lastStart<T>(_ items: [T], before offset: Int, _ start: (T) -> Int) -> Int? {
            let lo = items.partitionPoint { start($0) < offset }
            return lo > 0 ? lo - 1 : nil
        }
        func inLabel(_ span: TextSpan?) -> Bool {
            guard let sp = span, let t = lastStart(turns, before: sp.end, { $0.cueSpan.start }) else { return false }
            return turns[t].cueSpan.overlaps(sp)
        }
        // each turn's reach: from its label to the next label
        var regions: [TextSpan] = []
        for (t, turn) in turns.enumerated() {
            regions.append(TextSpan(turn.cueSpan.end, t + 1 < turns.count ? turns[t + 1].cueSpan.start : text.count))
        }
        let paragraphs = turns.flatMap { $0.paragraphs }
        // labels the mention finder read as names of people ("JAKE TAPPER", "HOLM")
        var personLabels = Set<String>()
        for m in result.mentions where m.kind == .person && m.form == .name {
            if let k = lastStart(turns, before: m.span.end, { $0.labelSpan.start }), turns[k].labelSpan.contains(m.span) {
                personLabels.insert(turns[k].label)
            }
        }
        result.mentions.removeAll { inLabel($0.span) }
        result.statements.removeAll { st in
            if inLabel(st.source?.span) || inLabel(st.cueSpan) { return true }
            let span = st.span
            if span.end > turns[0].cueSpan.start {
                guard let k = lastStart(regions, before: span.start + 1, { $0.start }), regions[k].contains(span) else { return true }
            }
            let covered = st.contentSpans.reduce(0) { $0 + $1.length }
            var k = (lastStart(paragraphs, before: span.start + 1, { $0.start }) ?? 0)
            while k < paragraphs.count && paragraphs[k].start < span.end {
                let p = paragraphs[k]
                let overlap = st.contentSpans.reduce(0) { $0 + $1.overlapLength(p) }
                if overlap > 0 && Double(overlap) >= 0.8 * Double(p.length) && covered <= p.length + p.length / 5 { return true }
                k += 1
            }
            return false
        }
        // resolve each label once
        var speakers: [String: TurnSpeaker] = [:]
        var turnStatements: [Statement] = []
        var labelMentions: [Mention] = []
        for turn in turns {
            let speaker: TurnSpeaker
            if let known = speakers[turn.label] { speaker = known } else {
                speaker = resolveLabel(turn.label, result: &result, text: text, bodyStart: bodyStart,
                                       lexicon: mentionLexicon, unnamedHeads: unnamedHeads, readAsPerson: personLabels.contains(turn.label))
                speakers[turn.label] = speaker
            }
            labelMentions.append(Mention(span: turn.labelSpan, text: turn.label, kind: speaker.kind, form: speaker.form,
                                         entityID: speaker.entityID))
            for p in turn.paragraphs {
                let source = Source(name: speaker.name, entityID: speaker.entityID, kind: speaker.kind, span: turn.labelSpan,
                                    resolution: speaker.resolution)
                turnStatements.append(Statement(articleID: articleID, source: source, cue: text[turn.cueSpan], cueSpan: turn.cueSpan,
                                                kind: .direct, contentSpans: [p], sentenceIndices: sentenceIndices(of: p, in: sentences),
                                                channel: Statement.transcriptChannel))
            }
        }
        result.mentions += labelMentions
        result.mentions.sort { $0.span < $1.span }
        // entities mentioned in each turn paragraph
        for k in turnStatements.indices {
            let p = turnStatements[k].contentSpans[0]
            var ids: [String] = []
            var m = (lastStart(result.mentions, before: p.start, { $0.span.start }) ?? -1) + 1
            while m < result.mentions.count && result.mentions[m].span.start < p.end {
                if p.contains(result.mentions[m].span), let id = result.mentions[m].entityID, !ids.contains(id) { ids.append(id) }
                m += 1
            }
            turnStatements[k].mentionedEntityIDs = ids
        }
        // statements of the other readings whose source is an entity renamed from its label
        let names = Dictionary(result.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for k in result.statements.indices {
            if let id = result.statements[k].source?.entityID, let name = names[id], result.statements[k].source?.kind == .person {
                result.statements[k].source?.name = name
            }
        }
        result.statements += turnStatements
        result.statements.sort { $0.span != $1.span ? $0.span < $1.span : ($0.cueSpan ?? $0.span) < ($1.cueSpan ?? $1.span) }
        let lost = referencedBefore.subtracting(referencedEntities(result))
        result.entities.removeAll { lost.contains($0.id) }
    }

    /// Ids of the entities that a mention or a statement refers to.
    static func referencedEntities(_ result: AttributionAnalyzer.Result) -> Set<String> {
        var ids = Set(result.mentions.compactMap { $0.entityID })
        for st in result.statements {
            if let id = st.source?.entityID { ids.insert(id) }
            ids.formUnion(st.mentionedEntityIDs)
        }
        return ids
    }

    /// Indices of the sentences that overlap `span`.
    static func sentenceIndices(of span: TextSpan, in sentences: [Sentence]) -> [Int] {
        var lo = sentences.partitionPoint { $0.span.end <= span.start }
        var out: [Int] = []
        while lo < sentences.count && sentences[lo].span.start < span.end {
            if sentences[lo].span.overlaps(span) { out.append(lo) }
            lo += 1
        }
        return out
    }

    /// A label word in title case: "BERG" → "Berg", "RUIZ-LOPEZ" → "Ruiz-Lopez", "MS." → "Ms.".
    static func titleCased(_ word: Substring) -> String {
        var out = ""
        var startOfPart = true
        for ch in word {
            out += startOfPart ? ch.uppercased() : ch.lowercased()
            startOfPart = ch == "-" || ch == "'" || ch == "’"
        }
        return out
    }

    /// The speaker a turn label names.
    ///
    /// - `Q` → the unnamed source "reporter" (the questioner).
    /// - `THE PRESIDENT`, or a label that is all title (`SECRETARY`) → the person
    ///   the article gives that role (an entity whose roles include it, the
    ///   one named in the headline or mentioned at least twice as often as any
    ///   other holder), else an unnamed source named by the office ("President").
    /// - A title from `mentions-titles.txt` then a name (`MS. LINDQVIST`,
    ///   `DR. HOLME`, `AMBASSADOR RUIZ`), or a given name from
    ///   `mentions-first-names.txt` then more words (`TOM BERG`) → the person of
    ///   the article whose name or alias ends in that name (the fullest
    ///   name, then the most mentioned), else a name written in the text as a
    ///   given name right before that surname ("Press Secretary Ana Ruiz"),
    ///   else a new person named by the label; gender from the title.
    /// - Anything else: a label whose head is an unnamed-source head of
    ///   `attribution-unnamed.txt` (`SENIOR ADMINISTRATION OFFICIAL`) → an unnamed
    ///   source named by the label in lower case; a name of a person of the
    ///   article (`LINDQVIST`, when "Maria Lindqvist" is named) → that person;
    ///   a label the mention finder reads as a person's name (`TOM BERG`) →
    ///   that person, in title case; otherwise (`MODERATOR`, `HOST`) a role held by one person as above,
    ///   else an unnamed source named by the label in lower case.
    static func resolveLabel(_ label: String, result: inout AttributionAnalyzer.Result, text: ScalarText, bodyStart: Int,
                             lexicon: MentionLexicon, unnamedHeads: Set<String>, readAsPerson: Bool = false) -> TurnSpeaker {
        func unnamed(_ name: String) -> TurnSpeaker {
            let entity = Entity(kind: .unnamed, name: name)
            if !result.entities.contains(where: { $0.id == entity.id }) { result.entities.append(entity) }
            return TurnSpeaker(name: name, entityID: entity.id, kind: .unnamed, resolution: .description, form: .description)
        }
        if label == "Q" { return unnamed("reporter") }
        var words = label.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(titleCased)
        if words.count > 1, words[0] == "The" {
            words.removeFirst()
            return holder(ofRole: words, result: result, bodyStart: bodyStart) ?? unnamed(words.joined(separator: " "))
        }
        if let title = lexicon.title(in: words, from: 0) {
            if title.words.count == words.count {
                return holder(ofRole: words, result: result, bodyStart: bodyStart) ?? unnamed(words.joined(separator: " "))
            }
            return person(named: Array(words[title.words.count...]), gender: title.gender, result: &result, text: text, lexicon: lexicon)
        }
        if words.count >= 2, let gender = lexicon.firstNames[words[0]] {
            return person(named: words, gender: gender, result: &result, text: text, lexicon: lexicon)
        }
        let lower = words.map { $0.lowercased() }
        if unnamedHeads.contains(lower.last ?? "") { return unnamed(lower.joined(separator: " ")) }
        let isRole = lexicon.role(in: lower, from: 0)?.length == lower.count
        // a surname alone ("LINDQVIST:", as interview transcripts in news write it) names a person of the article
        if !isRole, let named = existingPerson(named: words, gender: .unknown, result: &result, lexicon: lexicon) { return named }
        if !isRole, readAsPerson { return person(named: words, gender: .unknown, result: &result, text: text, lexicon: lexicon) }
        return holder(ofRole: words, result: result, bodyStart: bodyStart) ?? unnamed(lower.joined(separator: " "))
    }

    /// The one person of the article who holds the role `words` ("President",
    /// "Vice President"), compared in lower case with the entities' roles.
    static func holder(ofRole words: [String], result: AttributionAnalyzer.Result, bodyStart: Int) -> TurnSpeaker? {
        let role = words.joined(separator: " ").lowercased()
        var scored: [(entity: Entity, headline: Bool, count: Int)] = []
        for e in result.entities where e.kind == .person && e.roles.contains(where: { $0.lowercased() == role }) {
            let ms = result.mentions.filter { $0.entityID == e.id && $0.form == .name }
            scored.append((e, ms.contains { $0.span.end <= bodyStart }, ms.count))
        }
        guard !scored.isEmpty else { return nil }
        if scored.filter({ $0.headline }).count == 1, let e = scored.first(where: { $0.headline }) {
            return TurnSpeaker(name: e.entity.name, entityID: e.entity.id, kind: .person, resolution: .description, form: .description)
        }
        scored.sort { $0.count > $1.count }
        guard scored.count == 1 || scored[0].count >= 2 * scored[1].count else { return nil }
        let e = scored[0].entity
        return TurnSpeaker(name: e.name, entityID: e.id, kind: .person, resolution: .description, form: .description)
    }

    /// The person a label name (`["Berg"]`, `["Ruiz-Lopez"]`, `["Tom", "Berg"]`) names.
    static func person(named words: [String], gender: Gender, result: inout AttributionAnalyzer.Result, text: ScalarText,
                       lexicon: MentionLexicon) -> TurnSpeaker {
        if let known = existingPerson(named: words, gender: gender, result: &result, lexicon: lexicon) { return known }
        let written = words.joined(separator: " ")
        var name = written
        var g = gender
        if words.count == 1, let given = givenName(before: written, in: text, lexicon: lexicon) {
            name = given + " " + written
            if g == .unknown { g = lexicon.firstNames[given] ?? .unknown }
        }
        let entity = Entity(kind: .person, name: name, aliases: name == written ? [] : [written], gender: g)
        if let k = result.entities.firstIndex(where: { $0.id == entity.id }) {
            // the mention finder read the upper-case label as a name ("JAKE TAPPER"): keep the title-cased one
            if !result.entities[k].name.unicodeScalars.contains(where: { $0.properties.isLowercase }) { result.entities[k].name = name }
            if result.entities[k].gender == .unknown { result.entities[k].gender = g }
        } else {
            result.entities.append(entity)
        }
        return TurnSpeaker(name: name, entityID: entity.id, kind: .person, resolution: name == written ? .name : .alias, form: .name)
    }

    /// The person of the article whose name or alias is, or ends in, the label
    /// name `words`: an exact name first, then the fullest name, then the most
    /// mentioned; its gender is set from the label's title when unknown.
    ///
    /// An entity the mention finder made from upper-case labels alone (all its
    /// name mentions were in labels, "ADMIRAL BERG") is compared by its name in
    /// title case without a leading title ("Berg"), and renamed so.
    static func existingPerson(named words: [String], gender: Gender, result: inout AttributionAnalyzer.Result,
                               lexicon: MentionLexicon) -> TurnSpeaker? {
        let written = words.joined(separator: " ")
        let full = written.lowercased()
        let surname = (words.last ?? "").lowercased()
        func lastWord(_ name: String) -> String { name.split(separator: " ").last.map { $0.lowercased() } ?? "" }
        var best: (index: Int, score: Int, name: String)?
        for (k, e) in result.entities.enumerated() where e.kind == .person {
            let count = result.mentions.filter { $0.entityID == e.id && $0.form == .name }.count
            var name = e.name
            if count == 0 && !e.name.unicodeScalars.contains(where: { $0.properties.isLowercase }) {
                var parts = e.name.split(separator: " ").map(titleCased)
                if let title = lexicon.title(in: parts, from: 0), title.words.count < parts.count { parts.removeFirst(title.words.count) }
                name = parts.joined(separator: " ")
            }
            let names = [name] + e.aliases
            guard names.contains(where: { $0.lowercased() == full || lastWord($0) == surname }) else { continue }
            let exact = names.contains { $0.lowercased() == full } ? 1 : 0
            let score = exact * 1_000_000 + name.split(separator: " ").count * 10_000 + count
            if best == nil || score > best!.score { best = (k, score, name) }
        }
        guard let b = best else { return nil }
        if result.entities[b.index].gender == .unknown && gender != .unknown { result.entities[b.index].gender = gender }
        let id = b.name == result.entities[b.index].name ? result.entities[b.index].id : rename(entity: b.index, to: b.name, in: &result)
        let e = result.entities.first { $0.id == id }!
        return TurnSpeaker(name: e.name, entityID: e.id, kind: .person, resolution: e.name == written ? .name : .alias, form: .name)
    }

    /// Renames entity `k` of `result` (its id follows the name) and points every
    /// mention and statement that referred to it at the renamed one, merging it
    /// into an entity that already has the new id.
    ///
    /// - Returns: the new id.
    static func rename(entity k: Int, to name: String, in result: inout AttributionAnalyzer.Result) -> String {
        let old = result.entities[k]
        var renamed = Entity(kind: old.kind, name: name, aliases: old.aliases, roles: old.roles, gender: old.gender)
        let id = renamed.id
        if id != old.id, let existing = result.entities.firstIndex(where: { $0.id == id }) {
            if result.entities[existing].gender == .unknown { result.entities[existing].gender = old.gender }
            result.entities.remove(at: k)
        } else {
            renamed.aliases = old.aliases
            result.entities[k] = renamed
        }
        guard id != old.id else { return id }
        for m in result.mentions.indices where result.mentions[m].entityID == old.id { result.mentions[m].entityID = id }
        for s in result.statements.indices {
            if result.statements[s].source?.entityID == old.id {
                result.statements[s].source?.entityID = id
                result.statements[s].source?.name = name
            }
            result.statements[s].mentionedEntityIDs = result.statements[s].mentionedEntityIDs.map { $0 == old.id ? id : $0 }
        }
        return id
    }

    /// A given name (from `mentions-first-names.txt`) written right before
    /// `surname` somewhere in the text, joined to it by white space (one line break at most) or by the
    /// YAML escape `\_` (a no-break space) that reaches the text when a front
    /// matter title is read without unescaping; the first one found.
    static func givenName(before surname: String, in text: ScalarText, lexicon: MentionLexicon) -> String? {
        let target = Array(surname.unicodeScalars)
        let s = text.scalars
        guard !target.isEmpty, s.count >= target.count else { return nil }
        var i = 0
        while i + target.count <= s.count {
            defer { i += 1 }
            guard s[i] == target[0], Array(s[i..<(i + target.count)]) == target else { continue }
            let after = i + target.count
            if after < s.count && s[after].properties.isAlphabetic { continue }
            var j = i
            if j >= 2 && s[j - 1] == "_" && s[j - 2] == "\\" { j -= 2 } else {
                // white space, with at most one line break (a wrapped line: "Jake⏎Sullivan")
                var breaks = 0
                while j >= 1, s[j - 1] == " " || s[j - 1] == "\u{A0}" || s[j - 1] == "\t" || s[j - 1] == "\n" || s[j - 1] == "\r" {
                    if s[j - 1] == "\n" { breaks += 1 }
                    j -= 1
                }
                guard j < i, breaks <= 1 else { continue }
            }
            var k = j
            while k > 0 && s[k - 1].properties.isAlphabetic { k -= 1 }
            guard k < j else { continue }
            let given = String(String.UnicodeScalarView(s[k..<j]))
            if lexicon.firstNames[given] != nil { return given }
        }
        return nil
    }
}
