import XCTest
@testable import ParleyKit

/// Mentions in wire copy set partly in capitals: datelines, headlines, acronyms.
final class WireCapitalsTests: XCTestCase {
    /// A wire story: headline, blank line, then dateline and body; the body starts after the blank line.
    func story(_ headline: String, _ body: String) -> Analyzed {
        let text = headline + "\n\n" + body
        return Analyzed(text, bodyStart: headline.unicodeScalars.count + 2)
    }

    func testADatelineCityIsAPlaceNotTheCompany() {
        let a = story("KELVALE TO BUY MILL", "VALDO, March 3 - Kelvale Corp said it would buy a paper mill. The company said the deal closes in May.")
        XCTAssertEqual(a.speakers, ["Kelvale Corp", "Kelvale Corp"])
        XCTAssertEqual(a.result.entities.first { $0.name == "Valdo" }?.kind, .place, "\(a.result.entities.map(\.name))")
        XCTAssertNil(a.result.entities.first { $0.name == "VALDO" })
    }

    func testADatelineStateIsNoOrganisation() {
        let a = story("BRANTWELL SEES FLAT YEAR", "LAKEMOOR, ORE., March 2 - Brantwell Inc said it expects flat earnings. Costs rose in the quarter, it said.")
        XCTAssertEqual(a.speakers, ["Brantwell Inc", "Brantwell Inc"])
        XCTAssertNil(a.result.entities.first { $0.name == "ORE" || $0.name == "LAKEMOOR" }, "\(a.result.entities.map(\.name))")
    }

    func testAnAgencyDatelineWithAnEmDash() {
        let a = Analyzed("NEW HARLOW (AP) — Mayor Lena Voss said the bridge would reopen.")
        XCTAssertEqual(a.speakers, ["Lena Voss"])
        XCTAssertEqual(a.result.entities.first { $0.name == "New Harlow" }?.kind, .place, "\(a.result.entities.map(\.name))")
    }

    func testAHeadlineRunIsNoName() {
        let a = story("KELL <KLF> IN BUYOUT WITH MARLOWE", "Kell Foods Inc said it agreed to be acquired by a group led by Marlowe. Marlowe said the financing was in place.")
        XCTAssertEqual(a.speakers, ["Kell Foods Inc", "Marlowe"])
        XCTAssertNil(a.result.entities.first { $0.name.contains("BUYOUT") }, "\(a.result.entities.map(\.name))")
    }

    func testAHeadlineNameTakesTheBodysCase() {
        let a = story("TEXAS DYNAMICS <TXD> DEVELOPS NEW CHIP", "NEW YORK, Feb 26 - Texas Dynamics said it has developed a new chip.")
        XCTAssertEqual(a.speakers, ["Texas Dynamics"])
        XCTAssertNil(a.result.entities.first { $0.name == "TEXAS DYNAMICS" }, "\(a.result.entities.map(\.name))")
    }

    func testTruecasingKeepsTheArticlesAcronyms() {
        let text = ScalarText("WEDGE AND TOLLAN TO MERGE\n\nWEDGE Group Inc said it will merge with Tollan. Plans to merge were announced.")
        let tokens = WordTokenizer.tokenize(text, sentences: SentenceSplitter.split(text))
        let cased = ShoutedText.truecased(tokens).prefix(5).map(\.text)
        XCTAssertEqual(cased, ["WEDGE", "and", "Tollan", "to", "merge"])
    }

    func testTickerInAngleBracketsIsNoEvidence() {
        let text = ScalarText("JURY FINDS FOR KORVEX IN CASE\n\nKorvex Chemical Co's <KORVEX> unit said a jury found for it.")
        let tokens = WordTokenizer.tokenize(text, sentences: SentenceSplitter.split(text))
        XCTAssertEqual(ShoutedText.truecased(tokens)[3].text, "Korvex")
    }

    func testATickerInAngleBracketsIsNoMention() {
        let a = story("JURY FINDS FOR KORVEX <KVX>", "Korvex Chemical Co's <KVX> Lennart Pharma Inc unit said a jury found for it. It said appeals were likely.")
        XCTAssertNil(a.result.entities.first { $0.name == "KVX" }, "\(a.result.entities.map(\.name))")
        XCTAssertFalse(a.speakers.contains("KVX"), "\(a.speakers)")
        let b = Analyzed("Lumen Holding Corp <LUMZ.Z> said it will omit its dividend. It said a bond issue was planned.")
        XCTAssertEqual(b.speakers.last, "Lumen Holding Corp", "\(b.speakers)")
        XCTAssertNil(b.result.entities.first { $0.name.hasPrefix("LUMZ") }, "\(b.result.entities.map(\.name))")
    }

    func testACompanyLegalFormEndsAnOrganisationName() {
        let a = Analyzed("Vessler AG of Austria said it bought a paper mill. It said the price was not disclosed.")
        XCTAssertEqual(a.speakers, ["Vessler AG", "Vessler AG"])
        XCTAssertEqual(a.result.entities.first { $0.name == "Vessler AG" }?.kind, .organisation)
    }

    func testRunningTextCapitalsAreNoContext() {
        let text = ScalarText("The OECD and the IMF said growth would slow.")
        let tokens = WordTokenizer.tokenize(text, sentences: SentenceSplitter.split(text))
        XCTAssertFalse(ShoutedText.capitalsContext(tokens).contains(true))
    }

    func testAcronymsOfMeasuresAndModelCodesAreNoOrganisations() {
        let e = Analyzed("The OECD said GDP would grow, and Korlan Air ordered four MD-11 jets by 5 p.m. EST on Monday.").result.entities
        XCTAssertEqual(e.first { $0.name == "OECD" }?.kind, .organisation)
        XCTAssertNil(e.first { $0.name == "GDP" }, "\(e.map(\.name))")
        XCTAssertNil(e.first { $0.name == "MD-11" }, "\(e.map(\.name))")
        XCTAssertNil(e.first { $0.name == "EST" }, "\(e.map(\.name))")
    }

    func testModelCodes() {
        XCTAssertTrue(MentionFinder.isModelCode("MD-11"))
        XCTAssertTrue(MentionFinder.isModelCode("CF6-80C2"))
        XCTAssertTrue(MentionFinder.isModelCode("A300"))
        XCTAssertFalse(MentionFinder.isModelCode("MIR24"))
        XCTAssertFalse(MentionFinder.isModelCode("G7"))
        XCTAssertFalse(MentionFinder.isModelCode("EB-5"))
        XCTAssertFalse(MentionFinder.isModelCode("OECD"))
    }

    func testDatelineFinder() {
        let text = ScalarText("EDEN FALLS, MINN., March 2 - Gelvo Corp said sales rose.")
        let tokens = WordTokenizer.tokenize(text, sentences: SentenceSplitter.split(text))
        let lines = Datelines.find(tokens, lowerWords: [])
        XCTAssertEqual(lines.count, 1)
        XCTAssertEqual(lines.first.map { tokens[$0.city].map(\.text) }, ["EDEN", "FALLS"])
        XCTAssertEqual(lines.first.map { tokens[$0.whole.upperBound].text }, "Gelvo")
        XCTAssertEqual(Datelines.cityName(["EDEN", "FALLS"]), "Eden Falls")
    }

    func testASentenceOpeningInCapitalsWithoutADashIsNoDateline() {
        let text = ScalarText("NATO, the alliance, met in Brussels on Monday.")
        let tokens = WordTokenizer.tokenize(text, sentences: SentenceSplitter.split(text))
        XCTAssertTrue(Datelines.find(tokens, lowerWords: []).isEmpty)
    }
}
