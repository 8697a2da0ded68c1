import Foundation
import ParleyThemes
import XCTest

/// Package.swift lists the built-in themes by name; this catches a theme file added to Themes/ but not listed.
final class BuiltInThemeListTests: XCTestCase {
    func testEveryThemeFileShipsInTheBundle() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let source = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Themes").path)
            .filter { $0.hasSuffix(".toml") }
        let shipped = Set(try FileManager.default.contentsOfDirectory(atPath: BuiltInThemes.directory.path))
        XCTAssertFalse(source.isEmpty)
        for file in source {
            XCTAssertTrue(shipped.contains(file), "Themes/\(file) is not in Package.swift's themeFiles list, so it does not ship")
        }
    }
}
