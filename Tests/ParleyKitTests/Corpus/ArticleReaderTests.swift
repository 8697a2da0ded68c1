import Foundation
import XCTest
@testable import ParleyKit

final class ArticleReaderTests: XCTestCase {
    func testHeadlineIsAShortFirstLineFollowedByABlankLine() {
        let text = "Minister quits\n\nThe minister resigned on Monday. She said nothing."
        let (headline, bodyStart) = ArticleReader.headline(of: text)
        XCTAssertEqual(headline, "Minister quits")
        XCTAssertEqual(bodyStart, 16)
    }

    func testLongFirstParagraphIsNotAHeadline() {
        let paragraph = String(repeating: "The talks went on for hours. ", count: 10)
        XCTAssertNil(ArticleReader.headline(of: paragraph + "\n\nMore text.").headline)
        XCTAssertNil(ArticleReader.headline(of: "Talks end. Both sides agree.\n\nMore text.").headline)
        XCTAssertNil(ArticleReader.headline(of: "Only one line").headline)
        XCTAssertNil(ArticleReader.headline(of: "Line one\nLine two\n\nBody").headline)
    }

    func testFoldersAreReadRecursivelyAndOtherFilesSkipped() throws {
        let folder = try temporaryFolder(self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try "One\n\nFirst body.".write(to: folder.appendingPathComponent("a/one.txt"), atomically: true, encoding: .utf8)
        try "# Two\n\nSecond body.".write(to: folder.appendingPathComponent("a/b/two.md"), atomically: true, encoding: .utf8)
        try "ignored".write(to: folder.appendingPathComponent("a/b/three.csv"), atomically: true, encoding: .utf8)
        try "hidden".write(to: folder.appendingPathComponent(".hidden.txt"), atomically: true, encoding: .utf8)
        let output = ArticleReader().read(paths: [folder.path])
        XCTAssertEqual(output.articles.map(\.headline), ["Two", "One"], "files come in path order: a/b/two.md before a/one.txt")
        XCTAssertEqual(output.problems, [])
    }

    func testInvalidUTF8IsRepairedAndReportedWithFileAndLine() throws {
        let folder = try temporaryFolder(self)
        let file = folder.appendingPathComponent("bad.txt")
        var bytes = Array("Headline\n\nGood line.\nBad ".utf8)
        bytes.append(0xFC)
        bytes += Array(" byte here.".utf8)
        try Data(bytes).write(to: file)
        let output = ArticleReader().read(paths: [file.path])
        XCTAssertEqual(output.articles.count, 1)
        XCTAssertTrue(output.articles[0].text.contains("Bad \u{FFFD} byte"))
        XCTAssertEqual(output.problems.count, 1)
        XCTAssertEqual(output.problems[0].path, file.path)
        XCTAssertEqual(output.problems[0].line, 4)
        XCTAssertFalse(output.problems[0].isFatal)
        XCTAssertTrue(output.problems[0].description.contains("bad.txt:4: invalid UTF-8"))
    }

    func testBinaryAndMissingFilesAreReportedAndTheOthersGoOn() throws {
        let folder = try temporaryFolder(self)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2]).write(to: folder.appendingPathComponent("program.txt"))
        try "Fine\n\nA good article.".write(to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let missing = folder.appendingPathComponent("missing.txt").path
        let output = ArticleReader().read(paths: [folder.path, missing])
        XCTAssertEqual(output.articles.map(\.headline), ["Fine"])
        XCTAssertEqual(output.problems.count, 2)
        XCTAssertTrue(output.problems.contains { $0.path.hasSuffix("program.txt") && $0.reason.contains("binary") && $0.isFatal })
        XCTAssertTrue(output.problems.contains { $0.path == missing && $0.reason.contains("no such file") })
    }

    func testUnreadableFileIsReported() throws {
        guard getuid() != 0 else { throw XCTSkip("running as root: permissions do not stop reading") }
        let folder = try temporaryFolder(self)
        let file = folder.appendingPathComponent("locked.txt")
        try "Secret".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let output = ArticleReader().read(paths: [file.path])
        XCTAssertEqual(output.articles.count, 0)
        XCTAssertEqual(output.problems.first?.isFatal, true)
    }

    func testEmptyFileGivesAProblemAndNoArticle() throws {
        let folder = try temporaryFolder(self)
        let file = folder.appendingPathComponent("empty.txt")
        try Data().write(to: file)
        let output = ArticleReader().read(paths: [file.path])
        XCTAssertEqual(output.articles.count, 0)
        XCTAssertEqual(output.problems.map(\.reason), ["no text; skipped"])
    }

    func testMarkdownFrontMatterGivesTitleDateAndAuthor() {
        let raw = "---\ntitle: \"Briefing by\\_the Secretary\"\ndate: '2021-06-03'\nauthor: Press Office\n---\n\nMS. SMITH: Good morning.\n"
        let article = ArticleReader.markdownArticle(source: "b.md", raw: raw)
        XCTAssertEqual(article?.headline, "Briefing by the Secretary")
        XCTAssertEqual(article?.published, DocumentCreationTime(value: "2021-06-03", provenance: .metadata))
        XCTAssertEqual(article?.author, "Press Office")
        XCTAssertTrue(article?.text.hasSuffix("MS. SMITH: Good morning.") ?? false)
    }

    func testControlCharactersNeverReachTheText() {
        let article = ArticleReader.plainArticle(source: "x", raw: "Head\n\nA \u{1B}[31mred\u{07} word.")
        XCTAssertNotNil(article)
        XCTAssertFalse(article!.text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    func testArticleIdIsStableAndDependsOnTheText() {
        XCTAssertEqual(Article.identifier(for: "abc"), Article.identifier(for: "abc"))
        XCTAssertNotEqual(Article.identifier(for: "abc"), Article.identifier(for: "abd"))
        XCTAssertEqual(Article.identifier(for: "").count, 16)
        // FNV-1a 64 of the empty string is its offset basis.
        XCTAssertEqual(Article.identifier(for: ""), "cbf29ce484222325")
    }
}

final class CorpusLoaderTests: XCTestCase {
    func testTheSameTextUnderTwoNamesIsOneArticle() throws {
        let folder = try temporaryFolder(self)
        let text = "Talks\n\nAnna Berg said the talks will go on until Friday."
        try text.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let output = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(output.articleCount, 1)
        XCTAssertEqual(output.graph.articles.count, 1)
        XCTAssertEqual(output.duplicates.count, 1)
        XCTAssertTrue(output.duplicates[0].path.hasSuffix("b.txt"))
        XCTAssertTrue(output.duplicates[0].sameAs.hasSuffix("a.txt"))
        XCTAssertEqual(Set(output.graph.statements.map(\.id)).count, output.graph.statements.count)
    }
}

final class UnsupportedFormatTests: XCTestCase {
    func testNamedPDFIsReportedAndFolderFilesArePassedOver() throws {
        let folder = try temporaryFolder(self)
        let page = folder.appendingPathComponent("page.pdf")
        try "%PDF-1.4 Hi".write(to: page, atomically: true, encoding: .utf8)
        try "Fine\n\nA good article.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let named = ArticleReader().read(paths: [page.path])
        XCTAssertEqual(named.articles.count, 0)
        XCTAssertEqual(named.problems.count, 1)
        XCTAssertTrue(named.problems[0].reason.contains(".pdf"))
        let walked = ArticleReader().read(paths: [folder.path])
        XCTAssertEqual(walked.articles.count, 1)
        XCTAssertEqual(walked.problems, [])
        XCTAssertEqual(walked.passedOver, [page.path])
    }
}

/// YAML front matter read with a YAML parser.
final class FrontMatterTests: XCTestCase {
    func testFoldedEscapedTitleDateURLAndAuthors() throws {
        let raw = """
        ---
        date: '2021-06-01'
        source_url: https://example.org/briefing/2021/06/01/gaggle/
        title: "Press Gaggle by Deputy Press Secretary Ana Ruiz Aboard\\
          \\ the Train En Route Lund,\\_SE"
        authors:
          - Ana Ruiz
          - Tom Berg
        ---
        MS. RUIZ: Good afternoon.
        """
        let article = try XCTUnwrap(ArticleReader.markdownArticle(source: "b.md", raw: raw))
        XCTAssertEqual(article.headline, "Press Gaggle by Deputy Press Secretary Ana Ruiz Aboard the Train En Route Lund, SE")
        XCTAssertEqual(article.published?.value, "2021-06-01")
        XCTAssertEqual(article.url, "https://example.org/briefing/2021/06/01/gaggle/")
        XCTAssertEqual(article.author, "Ana Ruiz, Tom Berg")
    }

    func testInvalidFrontMatterIsReportedWithItsLineAndTheTextStillRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-fm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.md")
        try "---\ntitle: fine\ndate: [unclosed\n---\nTom Berg said the plan would work.\n".write(to: file, atomically: true, encoding: .utf8)
        let output = ArticleReader().read(paths: [file.path])
        XCTAssertEqual(output.articles.count, 1)
        XCTAssertEqual(output.problems.count, 1, "\(output.problems)")
        XCTAssertFalse(output.problems.first?.isFatal ?? true)
        XCTAssertTrue(output.problems.first?.reason.contains("YAML") ?? false)
        XCTAssertNotNil(output.problems.first?.line)
    }
}

/// Markdown bodies read through a Markdown parser.
final class MarkdownBodyTests: XCTestCase {
    func testInlineMarkupComesOffAndTheFrontMatterTitleIsTheHeadline() throws {
        let raw = """
        ---
        title: Budget row
        ---
        # A heading

        "Taxes will fall," **Tom Berg** said. Ana Berg said *the plan* was [good](http://example.org) \\[in part\\].
        """
        let article = try XCTUnwrap(ArticleReader.markdownArticle(source: "m.md", raw: raw))
        XCTAssertEqual(article.headline, "Budget row")
        XCTAssertEqual(article.text, "Budget row\n\nA heading\n\n\"Taxes will fall,\" Tom Berg said. Ana Berg said the plan was good [in part].")
    }

    func testParagraphsSeparatedByNoBreakSpaceLinesAndHardBreaksStayApart() throws {
        let raw = "MS. RUIZ:\u{A0} All right.  \n\u{A0}  \nIn today's report,\nclaims fell.  \n\u{A0}\nQ    Is it true?\n"
        let article = try XCTUnwrap(ArticleReader.markdownArticle(source: "m.md", raw: raw))
        XCTAssertTrue(article.text.contains("All right.\n\nIn today's report, claims fell.\n\nQ Is it true?"), article.text)
    }
}
