import Foundation
import XCTest
@testable import ParleyTUI

final class ThemeTests: XCTestCase {
    func testBuiltInThemesParse() throws {
        let names = ThemeLoader.available(environment: [:])
        for name in ["default", "light", "mono"] { XCTAssertTrue(names.contains(name), "\(name) is built in") }
        for name in names {
            let theme = try ThemeLoader.load(named: name, environment: [:])
            XCTAssertFalse(theme.styles.isEmpty, name)
            for key in theme.styles.keys {
                XCTAssertTrue(Theme.elements.contains { $0.name == key }, "\(name): unknown element \(key)")
            }
        }
        let dark = try ThemeLoader.load(named: nil, environment: [:])
        XCTAssertEqual(dark.name, "default")
        XCTAssertNotNil(dark.style("list.selected").background)
    }

    func testStylesAndFallback() throws {
        let theme = try ThemeLoader.parse("""
            [palette]
            accent = "#5fafff"
            [styles]
            "default" = { fg = "white" }
            "pane.border" = { fg = "accent", bold = true }
            list.selected = { bg = 24, reverse = true }
            """, name: "t", file: "t.toml")
        XCTAssertEqual(theme.style("pane.border").foreground, .rgb(0x5F, 0xAF, 0xFF))
        XCTAssertEqual(theme.style("pane.border.focused"), theme.style("pane.border"), "falls back to the parent element")
        XCTAssertEqual(theme.style("list.selected").background, .indexed(24), "dotted keys nest")
        XCTAssertEqual(theme.style("list.selected").foreground, .indexed(7), "unset colours come from default")
        XCTAssertEqual(theme.style("nothing").foreground, .indexed(7))
        XCTAssertTrue(theme.style("list.selected").attributes.contains(.reverse))
    }

    func testSyntaxErrorNamesFileLineAndColumn() {
        XCTAssertThrowsError(try ThemeLoader.parse("[styles]\n\"a\" = { fg = \"red\"\nbroken", name: "bad", file: "/x/bad.toml")) { error in
            guard case ThemeError.syntax(let file, let line, let column, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(file, "/x/bad.toml")
            XCTAssertEqual(line, 2)
            XCTAssertGreaterThan(column, 0)
            XCTAssertTrue("\(error)".hasPrefix("/x/bad.toml:2:"), "\(error)")
        }
    }

    func testInvalidValuesAreNamed() {
        XCTAssertThrowsError(try ThemeLoader.parse("[styles]\n\"link\" = { fg = \"chartreuse-ish\" }", name: "b", file: "b.toml")) { error in
            XCTAssertEqual(error as? ThemeError, .invalid(file: "b.toml", key: "styles.link.fg", reason: "unknown colour \"chartreuse-ish\""))
        }
        XCTAssertThrowsError(try ThemeLoader.parse("[styles]\n\"link\" = { fg = 300 }", name: "b", file: "b.toml"))
        XCTAssertThrowsError(try ThemeLoader.parse("[styles]\n\"link\" = { blink = true }", name: "b", file: "b.toml"))
        XCTAssertThrowsError(try ThemeLoader.load(named: "no-such-theme", environment: [:])) { error in
            XCTAssertTrue("\(error)".contains("default"), "lists the themes there are: \(error)")
        }
    }

    /// A typo in a table or element name is reported with the file, the key
    /// and the nearest known name, and the rest of the theme still loads.
    func testUnknownTablesAndElementsAreWarnedAbout() throws {
        let theme = try ThemeLoader.parse("""
            [colors]
            fg = "#ffffff"
            [styles]
            "pane.bordr" = { fg = "red" }
            "list.selected" = { reverse = true }
            statement.speakr = { bold = true }
            pane = { fg = "blue" }
            """, name: "typo", file: "/home/u/.config/parley/themes/typo.toml")
        XCTAssertEqual(theme.warnings.count, 3, "\(theme.warnings)")
        XCTAssertTrue(theme.warnings.contains("/home/u/.config/parley/themes/typo.toml: unknown table [colors] (ignored); did you mean [palette]?"),
                      "\(theme.warnings)")
        XCTAssertTrue(theme.warnings.contains("/home/u/.config/parley/themes/typo.toml: unknown style \"pane.bordr\" (ignored); did you mean \"pane.border\"?"),
                      "\(theme.warnings)")
        XCTAssertTrue(theme.warnings.contains { $0.contains("\"statement.speakr\"") && $0.hasSuffix("did you mean \"statement.speaker\"?") },
                      "dotted keys are checked too: \(theme.warnings)")
        XCTAssertTrue(theme.style("list.selected").attributes.contains(.reverse), "the known styles load")
        XCTAssertEqual(theme.style("pane.border.focused").foreground, .indexed(4), "a parent element (pane) is known")
        XCTAssertEqual(ThemeLoader.editDistance("bordr", "border"), 1)
        for name in ThemeLoader.available(environment: [:]) {
            XCTAssertEqual(try ThemeLoader.load(named: name, environment: [:]).warnings, [], "built-in \(name) is clean")
        }
    }

    /// Theme warnings reach the first screen, after the command line's notice.
    func testThemeWarningsMakeTheFirstMessage() {
        XCTAssertNil(Browser.firstMessage(notice: nil, themeWarnings: []))
        XCTAssertEqual(Browser.firstMessage(notice: "2 files could not be read", themeWarnings: ["t.toml: unknown table [colors] (ignored); did you mean [palette]?"]),
                       "2 files could not be read · theme: t.toml: unknown table [colors] (ignored); did you mean [palette]?")
    }

    func testUserThemeWinsOverBuiltIn() throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("parley-theme-test-\(getpid())")
        let folder = config.appendingPathComponent("parley/themes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: config) }
        try "[styles]\n\"status\" = { fg = \"red\" }\n".write(to: folder.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        try "[styles]\n".write(to: folder.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": config.path]
        let theme = try ThemeLoader.load(named: "default", environment: environment)
        XCTAssertEqual(theme.styles.count, 1)
        XCTAssertEqual(theme.style("status").foreground, .indexed(1))
        XCTAssertTrue(ThemeLoader.available(environment: environment).contains("mine"))
    }

    func testColourDegradation() {
        let orange = Color.rgb(0xFF, 0x87, 0x00)
        XCTAssertEqual(ColorDegradation.fit(orange, to: .trueColor), orange)
        XCTAssertEqual(ColorDegradation.fit(orange, to: .indexed256), .indexed(208), "xterm 208 is #ff8700")
        XCTAssertEqual(ColorDegradation.fit(.rgb(0x80, 0x80, 0x80), to: .indexed256), .indexed(244))
        XCTAssertEqual(ColorDegradation.fit(orange, to: .ansi16), .indexed(3), "orange is nearest to xterm's yellow (205, 205, 0)")
        XCTAssertEqual(ColorDegradation.fit(.indexed(12), to: .ansi8), .indexed(4), "bright blue becomes blue")
        XCTAssertEqual(ColorDegradation.fit(.indexed(196), to: .ansi8), .indexed(1))
        XCTAssertEqual(ColorDegradation.fit(.indexed(3), to: .ansi8), .indexed(3))
        XCTAssertEqual(ColorDegradation.fit(.terminalDefault, to: .ansi8), .terminalDefault)
        XCTAssertNil(ColorDegradation.fit(orange, to: .none))
        XCTAssertEqual(ColorDegradation.Depth(colors: 256), .indexed256)
        XCTAssertEqual(ColorDegradation.Depth(colors: 16_777_216), .trueColor)
        XCTAssertEqual(ColorDegradation.Depth(colors: 88), .ansi16)
        XCTAssertEqual(ColorDegradation.Depth(colors: 0), ColorDegradation.Depth.none)
    }

    func testNoColorKeepsAttributesOnly() throws {
        XCTAssertTrue(ColorDegradation.noColorRequested(environment: ["NO_COLOR": "1"]))
        XCTAssertFalse(ColorDegradation.noColorRequested(environment: ["NO_COLOR": ""]))
        XCTAssertFalse(ColorDegradation.noColorRequested(environment: [:]))
        let theme = try ThemeLoader.load(named: "default", environment: [:])
        let fitted = ColorDegradation.fit(theme.style("list.selected"), to: .none)
        XCTAssertNil(fitted.foreground)
        XCTAssertNil(fitted.background)
        XCTAssertTrue(fitted.attributes.contains(.bold))
        XCTAssertTrue(fitted.attributes.contains(.reverse), "a painted background becomes reverse video")
        XCTAssertEqual(ColorDegradation.fit(Style(foreground: .indexed(1), attributes: .underline), to: .none), Style(attributes: .underline))
    }

    func testColourNames() {
        XCTAssertEqual(ThemeLoader.parseColor("bright-yellow"), .indexed(11))
        XCTAssertEqual(ThemeLoader.parseColor("bright_black"), .indexed(8))
        XCTAssertEqual(ThemeLoader.parseColor("#abc"), .rgb(0xAA, 0xBB, 0xCC))
        XCTAssertEqual(ThemeLoader.parseColor("default"), .terminalDefault)
        XCTAssertNil(ThemeLoader.parseColor("#12345"))
    }
}
