import XCTest
@testable import ParleyKit

/// Mentions: titles, classification, canonical names and aliases.
final class MentionFinderTests: XCTestCase {
    func entities(_ s: String) -> [Entity] { Analyzed(s).result.entities }

    func testTitlesAreStrippedAndKeptAsRoles() {
        let e = entities("Senator Ana Ruiz spoke on Monday. Prime Minister Tom Berg listened.")
        let ruiz = e.first { $0.name == "Ana Ruiz" }
        XCTAssertEqual(ruiz?.kind, .person)
        XCTAssertEqual(ruiz?.roles, ["Senator"])
        XCTAssertEqual(ruiz?.gender, .female)
        XCTAssertNotNil(e.first { $0.name == "Tom Berg" })
    }

    func testAKnightsTitleWithTheGivenNameAloneIsTheSamePerson() {
        let e = entities("Sir Tom Berg spoke on Monday. Later Sir Tom said the plan was sound.")
        XCTAssertEqual(e.filter { $0.kind == .person }.map(\.name), ["Tom Berg"])
    }

    func testAHeadingThatOpensWithAGerundNamesNoPerson() {
        let e = entities("Holm asked about the question.\n\n4. Questioning Berg's judgment\n\nThe counsel questioned Tom Berg.")
        XCTAssertNil(e.first { $0.name.contains("Questioning") }, "\(e.map(\.name))")
    }

    func testAClauseAfterANameAddressedGivesItNoRole() {
        let e = entities("Q    Sam Holm, the president said he would go to Oslo in May.")
        XCTAssertEqual(e.first { $0.name == "Sam Holm" }?.roles, [], "\(e.map(\.roles))")
        let f = entities("Sam Holm, the president of the club, said he would go.")
        XCTAssertEqual(f.first { $0.name == "Sam Holm" }?.roles.count, 1, "\(f.map(\.roles))")
    }

    func testAPlaceInThePossessiveAfterAFullNameIsNoPartOfIt() {
        let e = entities("Deng Li told visiting envoy Tom Berg China's recent troubles were over.")
        XCTAssertNotNil(e.first { $0.name == "Tom Berg" }, "\(e.map(\.name))")
        XCTAssertNotNil(e.first { $0.name == "China" }, "\(e.map(\.name))")
        let f = entities("Deng Li told visiting Secretary of State Tom Berg China's recent troubles were over.")
        XCTAssertNotNil(f.first { $0.name == "Tom Berg" }, "\(f.map(\.name))")
    }

    func testATitleCasePrepositionEndsAName() {
        let e = entities("Press Gaggle by Deputy Press Secretary Ana Ruiz Aboard the Night Train En Route Lund was short.")
        XCTAssertNotNil(e.first { $0.name == "Ana Ruiz" }, "\(e.map(\.name))")
        XCTAssertNil(e.first { $0.name.contains("Aboard") }, "\(e.map(\.name))")
    }

    func testClassification() {
        let e = entities("The Ministry of Finance met officials from France and UKIP in the morning.")
        XCTAssertEqual(e.first { $0.name == "Ministry of Finance" }?.kind, .organisation)
        XCTAssertEqual(e.first { $0.name == "France" }?.kind, .place)
        XCTAssertEqual(e.first { $0.name == "UKIP" }?.kind, .organisation)
    }

    func testSurnameAndTitleSurnameAreAliases() {
        let a = Analyzed("Mark Olsen opened the fair. Later Mr Olsen said the fair was a success. Olsen then left.")
        let people = a.result.entities.filter { $0.kind == .person }
        XCTAssertEqual(people.map { $0.name }, ["Mark Olsen"])
        XCTAssertEqual(a.speakers, ["Mark Olsen"])
        XCTAssertEqual(a.statements.first?.source?.resolution, .alias)
    }

    func testSpellingVariantsAreOnePerson() {
        let a = Analyzed("Nora Lindqvist chairs the board. Lindquist said the board would meet again.")
        XCTAssertEqual(a.speakers, ["Nora Lindqvist"])
        XCTAssertEqual(a.result.entities.filter { $0.kind == .person }.count, 1)
    }

    func testVariantWithDifferentFirstNameIsAnotherPerson() {
        let e = entities("Nora Lindqvist met Paul Lindquist at the station on Monday.")
        XCTAssertEqual(e.filter { $0.kind == .person }.count, 2)
    }

    func testSimilarity() {
        XCTAssertTrue(StringSimilarity.isVariant("Green", "Greene"))
        XCTAssertTrue(StringSimilarity.isVariant("Lindqvist", "Lindquist"))
        XCTAssertFalse(StringSimilarity.isVariant("Brown", "Blair"))
        XCTAssertGreaterThan(StringSimilarity.jaroWinkler(Array("martha".unicodeScalars), Array("marhta".unicodeScalars)), 0.96)
    }
}
