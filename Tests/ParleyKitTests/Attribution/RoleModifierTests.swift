import XCTest
@testable import ParleyKit

/// A rank modifier makes another office: "the prime minister" is not the deputy prime minister.
final class RoleModifierTests: XCTestCase {
    func testDeputyIsADifferentOffice() {
        let a = Analyzed("Prime Minister Ann Holt met her deputy. Deputy Prime Minister Joe Marsh hosted the dinner. The prime minister said the budget was safe.")
        XCTAssertEqual(a.statement(containing: "the budget was safe")?.source?.name, "Ann Holt")
    }

    func testLexiconJoinsTheModifier() {
        let lexicon = MentionLexicon.shared
        let role = lexicon.role(in: ["shadow", "chancellor"], from: 0)
        XCTAssertEqual(role?.role, "shadow chancellor")
        XCTAssertEqual(role?.length, 2)
        XCTAssertEqual(role?.leader, false)
        XCTAssertEqual(lexicon.role(in: ["chancellor"], from: 0)?.leader, true)
    }

    func testRolesKeepOnlyTheDescription() {
        let a = Analyzed("The minister's spokesman set out Mr Holt's view on Monday. Ann Holt, the foreign minister, said talks would resume.")
        let holt = a.result.entities.first { $0.name == "Ann Holt" }
        XCTAssertNotNil(holt)
        XCTAssertFalse(holt?.roles.contains { $0.contains("set out") } ?? true, "\(holt?.roles ?? [])")
    }
}
