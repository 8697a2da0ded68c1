import Foundation
import XCTest
@testable import ParleyKit
@testable import ParleyTUI

/// Graphs, screens and snapshot files shared by the ParleyTUI tests.
enum Fixtures {
    /// The graph of the bundled sample articles, built as `parley` builds it.
    static let sampleGraph: StatementGraph = {
        let pipeline = Pipeline()
        let analyses = ResourceFile.sampleArticleURLs.map { url -> ArticleAnalysis in
            let raw = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            return pipeline.analyze(Article(source: url.lastPathComponent, text: TextNormalizer.normalize(raw)))
        }
        return StatementGraph(analyses: analyses)
    }()

    /// The scalar span of the first occurrence of `needle` in `text`.
    static func span(of needle: String, in text: String) -> TextSpan {
        let haystack = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<start + pattern.count]) == pattern {
            return TextSpan(start, start + pattern.count)
        }
        fatalError("\(needle) not in text")
    }

    /// A hand-built graph whose names and contents mix scripts and widths:
    /// Cyrillic, CJK, emoji (with a ZWJ sequence and a flag) and a combining mark.
    ///
    /// Two statements share a speaker, so the linker links them.
    static let mixedScriptGraph: StatementGraph = {
        let text = """
        Summit news
        Дмитрий Песков said: "Summit ends 🤝 talks go on."
        习近平 said: "和平发展是共同的目标。"
        Zoe\u{301} Durand said: "Teams 👩‍💻 and 🇺🇦 flags align."
        Дмитрий Песков added: "Next round in June."
        """
        let article = Article(source: "mixed.txt", text: text)
        func statement(_ speaker: String, _ content: String, _ date: String?) -> Statement {
            let entity = Entity.identifier(kind: .person, name: speaker)
            return Statement(articleID: article.id, source: Source(name: speaker, entityID: entity, span: span(of: speaker, in: text)),
                             cue: "said", kind: .direct, contentSpans: [span(of: content, in: text)],
                             date: date.map { StatementDate(value: $0, source: .explicit) } ?? .unknown,
                             topics: ["summit"])
        }
        let statements = [
            statement("Дмитрий Песков", "Summit ends 🤝 talks go on.", "2021-06-05"),
            statement("习近平", "和平发展是共同的目标。", "2021-06-05"),
            statement("Zoe\u{301} Durand", "Teams 👩‍💻 and 🇺🇦 flags align.", "2021-06-16"),
            statement("Дмитрий Песков", "Next round in June.", nil),
        ]
        let entities = ["Дмитрий Песков", "习近平", "Zoe\u{301} Durand"].map { Entity(kind: .person, name: $0) }
        // Start from the pipeline's analysis (so new fields get their values) and put the hand-made parts in.
        var analysis = Pipeline().analyze(article)
        analysis.mentions = []
        analysis.entities = entities
        analysis.statements = statements
        analysis.events = []
        return StatementGraph(analyses: [analysis])
    }()

    /// A hand-built graph with dated events among the statements.
    ///
    /// Statements: Anna Berg on 2021-06-05 (topic "talks"), Omar Diaz on
    /// 2021-06-16 (topic "economy"). Events, by date: "May 2021" (month, linked
    /// to nothing), June 16 (a day, linked to Anna Berg's statement), and 2022
    /// (a year, mentioning Anna Berg but linked to no statement).
    static let eventGraph: StatementGraph = {
        let text = """
        Talks planned
        Anna Berg said on Saturday: "The talks will open in Oslo on June 16."
        Omar Diaz said: "Prices will fall."
        The treaty was first drafted in May 2021.
        Anna Berg will chair the next round in 2022.
        """
        let article = Article(source: "events.txt", text: text)
        func statement(_ speaker: String, _ content: String, _ date: String, _ topic: String) -> Statement {
            let entity = Entity.identifier(kind: .person, name: speaker)
            return Statement(articleID: article.id, source: Source(name: speaker, entityID: entity, span: span(of: speaker, in: text)),
                             cue: "said", kind: .direct, contentSpans: [span(of: content, in: text)],
                             date: StatementDate(value: date, source: .explicit), topics: [topic])
        }
        let anna = statement("Anna Berg", "The talks will open in Oslo on June 16.", "2021-06-05", "talks")
        let omar = statement("Omar Diaz", "Prices will fall.", "2021-06-16", "economy")
        func event(_ clause: String, _ when: String, _ value: String, entities: [String] = [], statements: [Statement] = []) -> Event {
            let timexSpan = span(of: when, in: text)
            let clauseSpan = span(of: clause, in: text)
            return Event(id: "\(article.id)-event-\(timexSpan.start)-\(timexSpan.end)", span: clauseSpan, text: clause,
                         timex: TimeExpression(span: timexSpan, text: when, type: .date, value: value),
                         entityIDs: entities, statementIDs: statements.map(\.id))
        }
        let events = [
            event("The talks will open in Oslo on June 16.", "June 16", "2021-06-16", statements: [anna]),
            event("The treaty was first drafted in May 2021.", "May 2021", "2021-05"),
            event("Anna Berg will chair the next round in 2022.", "2022", "2022", entities: [Entity.identifier(kind: .person, name: "Anna Berg")]),
        ]
        var analysis = Pipeline().analyze(article)
        analysis.mentions = []
        analysis.entities = ["Anna Berg", "Omar Diaz"].map { Entity(kind: .person, name: $0) }
        analysis.statements = [anna, omar]
        analysis.events = events
        return StatementGraph(analyses: [analysis])
    }()

    /// A hand-built graph where one person says three things on one day about
    /// one topic, and two of them open with the same words.
    ///
    /// Timeline: Anna Berg "Taxes will rise for the rich next year.", Anna Berg
    /// "We will cut spending on roads." (linked by same speaker to both of the
    /// others), Anna Berg "Taxes will rise for the poor never.", Omar Diaz
    /// "Taxes are too high." — all on 2021-06-05, all with the topic "tax".
    /// An event, "The tax vote is on June 16.", is linked to the two statements that open alike.
    static let sameSpeakerGraph: StatementGraph = {
        let text = """
        Tax plans
        Anna Berg said: "Taxes will rise for the rich next year."
        Anna Berg said: "We will cut spending on roads."
        Anna Berg said: "Taxes will rise for the poor never."
        Omar Diaz said: "Taxes are too high."
        The tax vote is on June 16.
        """
        let article = Article(source: "tax.txt", text: text)
        func statement(_ speaker: String, _ content: String) -> Statement {
            // Each speaker span is the occurrence on the statement's own line.
            let scalars = Array(text.unicodeScalars)
            let contentSpan = span(of: content, in: text)
            let lineStart = (scalars[..<contentSpan.start].lastIndex(of: "\n") ?? -1) + 1
            let entity = Entity.identifier(kind: .person, name: speaker)
            return Statement(articleID: article.id,
                             source: Source(name: speaker, entityID: entity, span: TextSpan(lineStart, lineStart + speaker.unicodeScalars.count)),
                             cue: "said", kind: .direct, contentSpans: [contentSpan],
                             date: StatementDate(value: "2021-06-05", source: .explicit), topics: ["tax"])
        }
        var analysis = Pipeline().analyze(article)
        analysis.mentions = []
        analysis.entities = ["Anna Berg", "Omar Diaz"].map { Entity(kind: .person, name: $0) }
        analysis.statements = [
            statement("Anna Berg", "Taxes will rise for the rich next year."),
            statement("Anna Berg", "We will cut spending on roads."),
            statement("Anna Berg", "Taxes will rise for the poor never."),
            statement("Omar Diaz", "Taxes are too high."),
        ]
        let clause = span(of: "The tax vote is on June 16.", in: text), when = span(of: "June 16", in: text)
        analysis.events = [Event(id: "\(article.id)-event-\(when.start)-\(when.end)", span: clause, text: "The tax vote is on June 16.",
                                 timex: TimeExpression(span: when, text: "June 16", type: .date, value: "2021-06-16"),
                                 statementIDs: [analysis.statements[0].id, analysis.statements[2].id])]
        return StatementGraph(analyses: [analysis])
    }()

    /// A hand-built graph like a long White House briefing: a file name of
    /// 110 characters, a headline of 90, and (second in the timeline) a
    /// statement of some 600 characters by a speaker who says three more
    /// things that day, so its Statement pane has more lines than rows at
    /// 120x40, and links to the others.
    static let longStatementGraph: StatementGraph = {
        let long = "We do need to finish these negotiations soon because we are in a race to win the century, "
            + "and the pandemic exposed just how badly we need to invest in the foundation of this country: roads, "
            + "bridges, broadband, water pipes, the care economy and the workers who keep it going every single day. "
            + "The committee is doing a markup on infrastructure next week, which is a relevant date in terms of the "
            + "overall timeline, and we will keep talking with senators of both parties about how to pay for it, "
            + "without raising taxes on anyone making less than four hundred thousand dollars a year."
        let text = """
        Press Briefing by the Press Secretary and the National Security Advisor aboard the plane en route
        Jen Psaki said: "The President will travel on Thursday."
        Jen Psaki said: "\(long)"
        Jen Psaki said: "We have nothing to announce on that today."
        Jen Psaki said: "The talks went well."
        """
        let article = Article(source: "corpus/2021-06-07-press-briefing-by-press-secretary-jen-psaki-and-national-security-advisor-jake-sullivan-june-7-2021.md",
                              text: text, headline: "Press Briefing by the Press Secretary and the National Security Advisor aboard the plane en route")
        let scalars = Array(text.unicodeScalars)
        func statement(_ content: String) -> Statement {
            let contentSpan = span(of: content, in: text)
            let lineStart = (scalars[..<contentSpan.start].lastIndex(of: "\n") ?? -1) + 1
            return Statement(articleID: article.id,
                             source: Source(name: "Jen Psaki", entityID: Entity.identifier(kind: .person, name: "Jen Psaki"),
                                            span: TextSpan(lineStart, lineStart + 9)),
                             cue: "said", kind: .direct, contentSpans: [contentSpan],
                             date: StatementDate(value: "2021-06-07", source: .explicit), topics: ["negotiations", "infrastructure", "taxes"])
        }
        var analysis = Pipeline().analyze(article)
        analysis.mentions = []
        analysis.entities = [Entity(kind: .person, name: "Jen Psaki")]
        analysis.statements = [statement("The President will travel on Thursday."), statement(long),
                               statement("We have nothing to announce on that today."), statement("The talks went well.")]
        analysis.events = []
        return StatementGraph(analyses: [analysis])
    }()

    /// The rows of `pane`'s frame in the screen of `state`, inside the borders.
    static func paneText(_ state: AppState, _ pane: PaneID) -> [String] {
        var canvas = Canvas(size: state.size)
        render(state, theme: .fallback, into: &canvas)
        guard let frame = Layout.compute(size: state.size, focus: state.focus).frame(of: pane) else { return [] }
        return (frame.y + 1..<frame.maxY - 1).map { y in
            (frame.x + 1..<frame.maxX - 1).map { canvas[$0, y].text }.joined()
        }
    }

    /// The screen of `state` as text.
    static func screen(_ state: AppState, theme: Theme = .fallback) -> String {
        var canvas = Canvas(size: state.size)
        render(state, theme: theme, into: &canvas)
        return canvas.text
    }

    /// A state after `actions`.
    static func state(_ graph: StatementGraph, _ width: Int, _ height: Int, person: String? = nil, _ actions: [Action] = []) -> AppState {
        var state = AppState(graph: graph, size: Size(width: width, height: height), person: person)
        for action in actions { update(&state, action) }
        return state
    }
}

/// Compares `text` with the snapshot file `Snapshots/<name>.txt`.
///
/// With `RECORD_SNAPSHOTS=1` (or when the file is missing) the file is
/// (re)written in the source tree, found through `#filePath`, and a missing
/// file fails the test once so that a new snapshot is looked at. Re-record
/// after the model changes with:
/// `RECORD_SNAPSHOTS=1 swift test --filter ParleyTUITests.SnapshotTests`.
func assertSnapshot(_ text: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let folder = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().appendingPathComponent("Snapshots")
    let url = folder.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
    var expected = try? String(contentsOf: url, encoding: .utf8)
    if expected == nil, let bundled = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Snapshots") {
        expected = try? String(contentsOf: bundled, encoding: .utf8)
    }
    if recording || expected == nil {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        if expected == nil && !recording { XCTFail("recorded a new snapshot \(url.path); check it and run again", file: file, line: line) }
        return
    }
    if expected != text {
        let expectedLines = expected!.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let e = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
            let a = index < actualLines.count ? String(actualLines[index]) : "<none>"
            if e != a { diff.append("line \(index + 1):\n  expected: \(e)\n  actual:   \(a)") }
        }
        XCTFail("screen differs from \(name).txt (re-record with RECORD_SNAPSHOTS=1):\n" + diff.prefix(8).joined(separator: "\n") + "\n\n" + text,
                file: file, line: line)
    }
}
