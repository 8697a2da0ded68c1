import Foundation
import XCTest
@testable import ParleyKit

/// Speaker turns of transcripts (`MS. RUIZ:`, `THE PRESIDENT:`, `Q`) as statements of their speakers.
final class TranscriptTurnTests: XCTestCase {
    /// A short briefing of our own: headline, preamble, turns.
    static let briefing = """
    Press Briefing by Press Secretary Ana Ruiz and Chair Tom Berg

    Briefing Room

    1:02 P.M. EDT

    MS. RUIZ:  Good afternoon, everyone.  I have two items for you today.

    First, the plan goes to the committee this week.

    Q    Ana, will the plan pass the Senate?

    MS. RUIZ:  We think so.  Senator Mia Holm said on Monday that the votes were there.

    (Laughter.)

    Q:  And the timing?

    MR. BERG:  Thank you, Ana.  We start the hearings in July.

    Q    NATO?

    MR. BERG:  NATO.

    END

    1:30 P.M. EDT
    """

    func analyzed(_ string: String) -> Analyzed {
        let bodyStart = ArticleReader.headline(of: string).bodyStart
        return Analyzed(string, bodyStart: bodyStart)
    }

    func turnStatements(_ a: Analyzed) -> [Statement] {
        a.statements.filter { ($0.cue ?? "").hasSuffix(":") || $0.cue == "Q" }
    }

    func testTurnsAreFoundWithTheirParagraphs() throws {
        let text = ScalarText(Self.briefing)
        let turns = try XCTUnwrap(TranscriptTurns.find(text: text, bodyStart: ArticleReader.headline(of: Self.briefing).bodyStart))
        XCTAssertEqual(turns.map { $0.label }, ["MS. RUIZ", "Q", "MS. RUIZ", "Q", "MR. BERG", "Q", "MR. BERG"])
        XCTAssertEqual(turns[0].paragraphs.map { text[$0] }, ["Good afternoon, everyone.  I have two items for you today.",
                                                               "First, the plan goes to the committee this week."])
        // the stage note is left out; "END" and the time after it close the last turn
        XCTAssertEqual(turns[2].paragraphs.count, 1)
        XCTAssertEqual(turns[4].paragraphs.map { text[$0] }, ["Thank you, Ana.  We start the hearings in July."])
        // an upper-case answer opening its turn is speech, not a closing line
        XCTAssertEqual(turns[5].paragraphs.map { text[$0] }, ["NATO?"])
        XCTAssertEqual(turns[6].paragraphs.map { text[$0] }, ["NATO."])
        XCTAssertEqual(text[turns[3].cueSpan], "Q:")
    }

    func testEachTurnParagraphIsADirectStatementOfItsSpeaker() {
        let a = analyzed(Self.briefing)
        let turns = turnStatements(a)
        XCTAssertEqual(turns.map { a.content($0) }, [
            "Good afternoon, everyone.  I have two items for you today.",
            "First, the plan goes to the committee this week.",
            "Ana, will the plan pass the Senate?",
            "We think so.  Senator Mia Holm said on Monday that the votes were there.",
            "And the timing?",
            "Thank you, Ana.  We start the hearings in July.",
            "NATO?",
            "NATO.",
        ])
        XCTAssertEqual(turns.map { $0.source?.name }, ["Ana Ruiz", "Ana Ruiz", "reporter", "Ana Ruiz", "reporter", "Tom Berg", "reporter", "Tom Berg"])
        XCTAssertEqual(turns.map { $0.source?.kind }, [.person, .person, .unnamed, .person, .unnamed, .person, .unnamed, .person])
        XCTAssertTrue(turns.allSatisfy { $0.kind == .direct })
        XCTAssertEqual(turns[0].cue, "MS. RUIZ:")
        XCTAssertEqual(turns[0].source?.resolution, .alias)
        XCTAssertEqual(turns[0].source?.span.map { a.text[$0] }, "MS. RUIZ")
        XCTAssertEqual(turns[2].cue, "Q")
    }

    func testReportedSpeechInsideATurnKeepsItsOwnSpeaker() {
        let a = analyzed(Self.briefing)
        let holm = a.statements.filter { a.content($0).contains("the votes were there") && !($0.cue ?? "").hasSuffix(":") }
        XCTAssertEqual(holm.count, 1)
        XCTAssertEqual(holm.first?.source?.name, "Mia Holm")
        XCTAssertEqual(holm.first?.kind, .indirect)
    }

    func testLabelsLeaveNoMentionsOfTheirOwnWords() {
        let a = analyzed(Self.briefing)
        // "MS" or "RUIZ" read as an organisation or acronym would be an entity of its own
        XCTAssertFalse(a.result.entities.contains { ["MS", "MR", "RUIZ", "BERG"].contains($0.name) }, "\(a.result.entities.map { $0.name })")
        let labelMentions = a.result.mentions.filter { $0.text == "MS. RUIZ" }
        XCTAssertEqual(labelMentions.count, 2)
        XCTAssertEqual(labelMentions.first?.entityID, "person:ana ruiz")
        XCTAssertEqual(a.result.entities.first { $0.id == "person:ana ruiz" }?.gender, .female)
    }

    func testThePresidentIsThePersonTheArticleGivesThatOffice() {
        let a = analyzed("""
        Remarks by President Mia Holm in Press Conference

        THE PRESIDENT:  Good evening.  We have a plan.

        Q    Madam President, what is next?

        THE PRESIDENT:  The hearings.
        """)
        let turns = turnStatements(a)
        XCTAssertEqual(turns.map { $0.source?.name }, ["Mia Holm", "reporter", "Mia Holm"])
        XCTAssertEqual(turns.first?.source?.resolution, .description)
    }

    func testAnOfficeNobodyHoldsStaysAnUnnamedSource() {
        let a = analyzed("""
        Remarks in a Press Conference

        THE PRESIDENT:  Good evening.  We have a plan.

        Q    What is next?

        THE PRESIDENT:  The hearings.

        SENIOR ADMINISTRATION OFFICIAL:  And the budget.
        """)
        let turns = turnStatements(a)
        XCTAssertEqual(turns.map { $0.source?.name }, ["President", "reporter", "President", "senior administration official"])
        XCTAssertTrue(turns.allSatisfy { $0.source?.kind == .unnamed })
    }

    func testAGivenNameBeforeAnEscapedNoBreakSpaceCompletesTheLabelName() {
        // a YAML title read without unescaping keeps `\\_` for a no-break space
        let a = analyzed("""
        "Press Gaggle by Press Secretary Ana\\_Ruiz and Chair\\

        MS. RUIZ:  Hello, everyone.

        Q    Is the plan ready?

        MR. BERG:  It is ready.
        """)
        let turns = turnStatements(a)
        XCTAssertEqual(turns.map { $0.source?.name }, ["Ana Ruiz", "reporter", "Berg"])
        XCTAssertEqual(turns.last?.source?.kind, .person)
    }

    func testAGivenNameAtTheEndOfAWrappedLineCompletesTheLabelName() {
        let a = analyzed("""
        Press Gaggle Aboard the Plane

        MS. RUIZ:  Hello, everyone.  And we have joining us our Chair Tom
        Berg, who will take some questions.

        Q    Is the plan ready?

        MR. BERG:  It is ready.
        """)
        XCTAssertEqual(turnStatements(a).last?.source?.name, "Tom Berg")
        XCTAssertEqual(TranscriptTurns.givenName(before: "Berg", in: ScalarText("our Chair Tom\nBerg, who"), lexicon: .shared), "Tom")
        XCTAssertNil(TranscriptTurns.givenName(before: "Berg", in: ScalarText("with Tom\n\nBerg said"), lexicon: .shared))
    }

    func testInterviewLabelsWithASurnameAloneNameThePersonOfTheArticle() {
        let a = analyzed("""
        Gov. Mia Holm defends the plan

        Governor Mia Holm spoke on Sunday with host Tom Berg.

        TOM BERG: Why now?

        HOLM: Because the money is there.

        BERG: And the vote?

        MODERATOR: We have to leave it there.
        """)
        let turns = turnStatements(a)
        XCTAssertEqual(turns.map { $0.source?.name }, ["Tom Berg", "Mia Holm", "Tom Berg", "moderator"])
        XCTAssertEqual(turns.map { $0.source?.kind }, [.person, .person, .person, .unnamed])
    }

    func testAnUpperCaseLabelNameIsWrittenInTitleCase() {
        let a = analyzed("""
        Plan debated

        TOM BERG: Why now?

        MIA HOLM: Because the money is there. He said we must wait, but we cannot.

        TOM BERG: And the vote?
        """)
        XCTAssertEqual(turnStatements(a).map { $0.source?.name }, ["Tom Berg", "Mia Holm", "Tom Berg"])
        XCTAssertFalse(a.result.entities.contains { $0.name == "TOM BERG" || $0.name == "MIA HOLM" }, "\(a.result.entities.map { $0.name })")
        XCTAssertFalse(a.statements.contains { $0.source?.name == "TOM BERG" }, "\(a.speakers)")
    }

    func testHonorificsComeFromTheTitleList() {
        let a = analyzed("""
        Briefing on the storm

        ADMIRAL BERG:  The ships are in port.

        DR. HOLM:  The clinics are open.

        AMBASSADOR RUIZ:  The embassy is closed.

        Q    When does it reopen?

        SECRETARY:  Next week.
        """)
        let turns = turnStatements(a)
        XCTAssertEqual(turns.map { $0.source?.name }, ["Berg", "Holm", "Ruiz", "reporter", "Secretary"])
        XCTAssertEqual(turns.map { $0.source?.kind }, [.person, .person, .person, .unnamed, .unnamed])
    }

    func testNewsWithAFewCapitalisedLeadsIsNoTranscript() {
        let news = """
        Plan passes the committee

        UPDATE: The committee voted on Monday.

        Senator Mia Holm said the plan would pass. "We have the votes," she said.

        NOTE: An earlier version misspelt a name.
        """
        XCTAssertNil(TranscriptTurns.find(text: ScalarText(news), bodyStart: 0))
        let a = analyzed(news)
        XCTAssertTrue(turnStatements(a).isEmpty, "\(a.contents)")
        XCTAssertNil(TranscriptTurns.find(text: ScalarText("Q: Who said it?\n\nQ: When?\n\nQ: Where?"), bodyStart: 0),
                     "one label alone is a list of questions, not a transcript")
    }

    func testLabelsMustOpenAParagraphAndHaveNoLowerCaseOrDigits() {
        let s = Array("MS. RUIZ:  Hi.".unicodeScalars)
        XCTAssertEqual(TranscriptTurns.label(in: s, from: 0, to: s.count)?.label, "MS. RUIZ")
        for line in ["12:42 P.M. EDT", "Ms. Ruiz: hi", "WASHINGTON (Reuters) - x", "END", "Quite so.", "USA:the end"] {
            let t = Array(line.unicodeScalars)
            XCTAssertNil(TranscriptTurns.label(in: t, from: 0, to: t.count), line)
        }
        // inside a paragraph, only a label seen at a paragraph start, after a sentence end or a hard break, opens a turn
        let text = "A:\n\nMS. RUIZ: we met\nMR. BERG: and went.\nNOTE: no.\n\nMR. BERG: three.  \nMS. RUIZ: four.\n\nQ five?"
        let turns = TranscriptTurns.find(text: ScalarText(text), bodyStart: 0)
        XCTAssertEqual(turns?.map { $0.label }, ["MS. RUIZ", "MR. BERG", "MS. RUIZ", "Q"])
        XCTAssertEqual(turns?.first.map { ScalarText(text)[$0.paragraphs[0]] }, "we met\nMR. BERG: and went.\nNOTE: no.")
    }

    /// Every label line of the White House briefings, counted independently with a
    /// regular expression over the raw lines, is found as a turn.
    func testWhiteHouseBriefingTurnsMatchAnIndependentCount() throws {
        let folder = try SharedMaterial.folder("corpora/whitehouse-briefings")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertFalse(files.isEmpty)
        let pattern = try NSRegularExpression(pattern: #"^(Q(:|\s|$)|[A-Z][A-Z.’' \x{A0}-]*[A-Z.]:(\s|$))"#)
        var total = 0, found = 0
        for name in files {
            let raw = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let article = try XCTUnwrap(ArticleReader.markdownArticle(source: name, raw: raw))
            let text = ScalarText(article.text)
            let turns = TranscriptTurns.find(text: text, bodyStart: article.bodyStart) ?? []
            var expected = 0
            for line in article.text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(1) {
                let l = String(line.drop(while: { $0.isWhitespace }))
                if pattern.firstMatch(in: l, range: NSRange(l.startIndex..., in: l)) != nil, !(l.first?.isNumber ?? true) { expected += 1 }
            }
            let silent = turns.filter { $0.paragraphs.isEmpty }
            let paragraphs = turns.reduce(0) { $0 + $1.paragraphs.count }
            print("transcript turns \(turns.count) label lines \(expected) paragraphs \(paragraphs) \(name)")
            for turn in silent { print("  no speech: \(text[TextSpan(turn.cueSpan.start, min(text.count, turn.cueSpan.end + 40))].debugDescription)") }
            XCTAssertEqual(turns.count, expected, name)
            total += expected
            found += turns.count
        }
        print("transcript turns \(found) of \(total) label lines")
    }

    func testTurnsAreSaidOnTheDayOfTheDocumentWhateverDayTheyNameAndOtherStatementsAreNot() {
        let article = ArticleReader.plainArticle(source: "b.txt", raw: Self.briefing,
                                                 published: DocumentCreationTime(value: "2021-06-13", provenance: .metadata))!
        let analysis = Pipeline().analyze(article)
        let turns = analysis.statements.filter { $0.channel == Statement.transcriptChannel }
        XCTAssertFalse(turns.isEmpty)
        for turn in turns {
            XCTAssertEqual(turn.date.value, "2021-06-13", analysis.text[turn.contentSpans[0]])
            XCTAssertEqual(turn.date.source, .documentCreationTime)
        }
        // "Senator Mia Holm said on Monday that …" inside a turn keeps the day it names
        let holm = analysis.statements.first { $0.source?.name == "Mia Holm" }
        XCTAssertEqual(holm?.date.value, "2021-06-07")
    }
}
