import Foundation
import XCTest
@testable import ParleyKit

private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

final class MetadataDateTests: XCTestCase {
    func testCommonFeedAndDumpForms() {
        let cases: [(String, String?)] = [
            ("Wed, 31 Jan 2018 20:15:15 GMT", "2018-01-31"),
            ("Fri, 21 Aug 2026 22:00:54 -0400", "2026-08-21"),
            ("2016-06-27T07:36:54.007-07:00", "2016-06-27"),
            ("2018-01-31T20:15:15Z", "2018-01-31"),
            ("2021/06/05", "2021-06-05"),
            ("20210605", "2021-06-05"),
            ("03 Apr 02 1500 GMT", "2002-04-03"),
            ("Seg, 24 Set 2018 19:22:00 -0300", "2018-09-24"),
            ("26-FEB-1987 15:01:01.79", "1987-02-26"),
            ("June 5, 2021", "2021-06-05"),
            ("Sept. 14, 2020", "2020-09-14"),
            ("31 Feb 2020", nil),
            ("yesterday", nil),
            ("", nil),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(MetadataDate.parse(input)?.timexValue, expected, input)
        }
        XCTAssertEqual(MetadataDate.date(epoch: 1_622_851_200)?.timexValue, "2021-06-05")
        XCTAssertEqual(MetadataDate.date(epoch: 1_622_851_200_000)?.timexValue, "2021-06-05")
        XCTAssertEqual(MetadataDate.documentCreationTime("2021-06-05")?.provenance, .metadata)
    }
}

final class JSONArticleReaderTests: XCTestCase {
    func testArrayOfRecordsWithCommonFieldNames() throws {
        let folder = try temporaryFolder(self)
        let json = """
        [{"headline": "Talks resume", "articleBody": "Anna Berg said the talks would resume.", "datePublished": "2021-06-05T10:00:00Z",
          "url": "https://example.org/a", "publisher": {"name": "Example News"}, "author": [{"name": "Jo Doe"}, "Sam Roe"]},
         {"title": "Second", "content": "<p>First paragraph.</p><p>Second &amp; last.</p>", "publishedAt": 1622851200,
          "source": {"id": null, "name": "Wire"}, "author": {"name": "Ann Lee"}}]
        """
        let path = try write(json, "dump.json", in: folder)
        let (articles, problems) = try ArticleReader().read(file: path)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(articles.count, 2)
        XCTAssertEqual(articles[0].headline, "Talks resume")
        XCTAssertEqual(articles[0].text, "Talks resume\n\nAnna Berg said the talks would resume.")
        XCTAssertEqual(articles[0].bodyStart, 14)
        XCTAssertEqual(articles[0].published, DocumentCreationTime(value: "2021-06-05", provenance: .metadata))
        XCTAssertEqual(articles[0].url, "https://example.org/a")
        XCTAssertEqual(articles[0].outlet, "Example News")
        XCTAssertEqual(articles[0].author, "Jo Doe, Sam Roe")
        XCTAssertEqual(articles[0].source, path + "#1")
        XCTAssertEqual(articles[1].text, "Second\n\nFirst paragraph.\n\nSecond & last.")
        XCTAssertEqual(articles[1].published?.value, "2021-06-05")
        XCTAssertEqual(articles[1].outlet, "Wire")
        XCTAssertEqual(articles[1].author, "Ann Lee")
        XCTAssertEqual(articles[1].source, path + "#2")
    }

    func testOneObjectAndAContainerObject() throws {
        let folder = try temporaryFolder(self)
        let one = try write(#"{"title": "Alone", "text": "Only one."}"#, "one.json", in: folder)
        XCTAssertEqual(try ArticleReader().read(file: one).articles.map(\.headline), ["Alone"])
        let wrapped = try write(#"{"status": "ok", "totalResults": 2, "articles": [{"title": "A", "body": "x."}, {"title": "B", "body": "y."}]}"#,
                                "wrapped.json", in: folder)
        XCTAssertEqual(try ArticleReader().read(file: wrapped).articles.map(\.headline), ["A", "B"])
        let nested = try write(#"{"response": {"status": "ok", "results": [{"webTitle": "G", "fields": {"bodyText": "Guardian text."}}]}}"#,
                               "nested.json", in: folder)
        var options = ArticleReader.Options()
        options.fieldMap = ["title": "webTitle", "text": "fields.bodyText"]
        let read = try ArticleReader(options: options).read(file: nested)
        XCTAssertEqual(read.articles.map(\.text), ["G\n\nGuardian text."])
    }

    func testGuardianAndNYTimesShapesNeedNoMapping() throws {
        let folder = try temporaryFolder(self)
        let guardian = try write(#"{"response": {"results": [{"webTitle": "G", "webUrl": "https://g.com/1", "webPublicationDate": "2021-06-05T10:00:00Z", "fields": {"bodyText": "Guardian text.", "byline": "Ann Lee"}}]}}"#,
                                 "g.json", in: folder)
        let g = try ArticleReader().read(file: guardian).articles
        XCTAssertEqual(g.map(\.text), ["G\n\nGuardian text."])
        XCTAssertEqual(g.first?.url, "https://g.com/1")
        XCTAssertEqual(g.first?.published?.value, "2021-06-05")
        XCTAssertEqual(g.first?.author, "Ann Lee")
        let nyt = try write(#"{"response": {"docs": [{"headline": {"main": "N", "kicker": "k"}, "lead_paragraph": "Lead.", "pub_date": "2020-01-02T00:00:00+0000", "web_url": "https://n.com/1", "byline": {"original": "By Bo Ek"}}]}}"#,
                            "n.json", in: folder)
        let n = try ArticleReader().read(file: nyt).articles
        XCTAssertEqual(n.map(\.text), ["N\n\nLead."])
        XCTAssertEqual(n.first?.author, "By Bo Ek")
        XCTAssertEqual(n.first?.published?.value, "2020-01-02")
    }

    func testFieldMappingComesBeforeTheCommonNames() throws {
        let folder = try temporaryFolder(self)
        let path = try write(#"{"title": "T", "text": "short", "story": "The long story."}"#, "m.json", in: folder)
        let read = try ArticleReader(options: .init(fieldMap: ["text": "story"])).read(file: path)
        XCTAssertEqual(read.articles.first?.text, "T\n\nThe long story.")
    }

    func testJSONLinesSourceIsTheLineNumberAndBlankLinesAreSkipped() throws {
        let folder = try temporaryFolder(self)
        let path = try write("{\"title\": \"One\", \"text\": \"a.\"}\n\n{\"title\": \"Three\", \"text\": \"c.\", \"link\": \"https://x.org/3\"}\n",
                             "lines.jsonl", in: folder)
        let (articles, problems) = try ArticleReader().read(file: path)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(articles.map(\.source), [path + "#1", path + "#3"])
        XCTAssertEqual(articles[1].url, "https://x.org/3")
    }

    func testARecordWithoutTextIsAProblemNamingIt() throws {
        let folder = try temporaryFolder(self)
        let path = try write(#"[{"title": "Fine", "text": "Good."}, {"id": 7}, 12]"#, "mixed.json", in: folder)
        let (articles, problems) = try ArticleReader().read(file: path)
        XCTAssertEqual(articles.count, 1)
        XCTAssertEqual(problems.map(\.reason), ["item 2 has no title or text; skipped", "item 3 is not a JSON object; skipped"])
        XCTAssertFalse(problems[0].isFatal)
    }
}

final class FeedReaderTests: XCTestCase {
    func testRSS2ItemsBecomeArticles() throws {
        let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
             xmlns:media="http://search.yahoo.com/mrss/">
        <channel><title>Example Times</title><link>https://example.org</link>
        <item><title>Minister quits</title><link>https://example.org/quits</link>
          <description>&lt;p&gt;Short.&lt;/p&gt;</description>
          <content:encoded><![CDATA[<p>Anna Berg said she would go.</p><p>More <b>text</b> here.<script>alert(1)</script></p>]]></content:encoded>
          <media:content url="https://example.org/img.jpg"><media:title>Photo</media:title></media:content>
          <pubDate>Wed, 31 Jan 2018 20:15:15 GMT</pubDate><dc:creator>Jo Doe</dc:creator></item>
        <item><title>Only a title</title><guid>https://example.org/2</guid><dc:date>2018-02-01T08:00:00Z</dc:date></item>
        </channel></rss>
        """
        let (articles, problems) = try FeedReader().read(Data(rss.utf8), path: "f.rss")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(articles.count, 2)
        XCTAssertEqual(articles[0].text, "Minister quits\n\nAnna Berg said she would go.\n\nMore text here.")
        XCTAssertEqual(articles[0].url, "https://example.org/quits")
        XCTAssertEqual(articles[0].published?.value, "2018-01-31")
        XCTAssertEqual(articles[0].author, "Jo Doe")
        XCTAssertEqual(articles[0].outlet, "Example Times")
        XCTAssertEqual(articles[0].source, "f.rss#1")
        XCTAssertEqual(articles[1].text, "Only a title")
        XCTAssertEqual(articles[1].url, "https://example.org/2")
        XCTAssertEqual(articles[1].published?.value, "2018-02-01")
    }

    func testAtomEntriesAndRSS1Items() throws {
        let atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Blog</title>
        <entry><title type="html">A &lt;b&gt;bold&lt;/b&gt; move</title>
          <link rel="replies" href="https://b.org/1#comments"/><link rel="alternate" href="https://b.org/1"/>
          <published>2016-02-01T17:54:50+01:00</published><updated>2016-03-01T00:00:00Z</updated>
          <author><name>Kim Park</name></author>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p><p>Two.</p></div></content></entry>
        <entry><title>Plain</title><summary type="text">Summary text.</summary><updated>2016-03-02T00:00:00Z</updated></entry>
        </feed>
        """
        let (entries, problems) = try FeedReader().read(Data(atom.utf8), path: "a.atom")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(entries.map(\.text), ["A bold move\n\nOne.\n\nTwo.", "Plain\n\nSummary text."])
        XCTAssertEqual(entries[0].url, "https://b.org/1")
        XCTAssertEqual(entries[0].published?.value, "2016-02-01", "published before updated")
        XCTAssertEqual(entries[0].author, "Kim Park")
        XCTAssertEqual(entries[1].published?.value, "2016-03-02")
        let rdf = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://s.org"><title>Science</title></channel>
        <item rdf:about="https://s.org/1"><title>Food for fungi</title><description>Fungi eat.</description><dc:date>2017-06-15T10:29:47-07:00</dc:date><dc:creator>Hines, P. J.</dc:creator></item>
        </rdf:RDF>
        """
        let (items, _) = try FeedReader().read(Data(rdf.utf8), path: "s.rss")
        XCTAssertEqual(items.map(\.headline), ["Food for fungi"])
        XCTAssertEqual(items[0].url, "https://s.org/1")
        XCTAssertEqual(items[0].outlet, "Science")
        XCTAssertEqual(items[0].author, "Hines, P. J.")
        XCTAssertEqual(items[0].published?.value, "2017-06-15")
    }

    func testContinueReadingLinkIsDropped() {
        XCTAssertEqual(FeedReader.dropTrailer("Caves in IndiaContinue reading..."), "Caves in India")
        XCTAssertEqual(FeedReader.dropTrailer("He said so.\n\nRead more »"), "He said so.")
        XCTAssertEqual(FeedReader.dropTrailer("Read more books, he said."), "Read more books, he said.")
        XCTAssertEqual(FeedReader.dropTrailer("He wants to read more"), "He wants to read more")
        XCTAssertEqual(FeedReader.dropTrailer("The virus could spread more"), "The virus could spread more")
        XCTAssertEqual(FeedReader.dropTrailer("It rained. Read more"), "It rained.")
    }

    func testAFileThatIsNotAFeedIsReported() {
        XCTAssertThrowsError(try FeedReader().read(Data("<html><body>x</body></html>".utf8), path: "p.xml")) { error in
            XCTAssertTrue((error as? ReadProblem)?.reason.contains("not an RSS or Atom feed") ?? false, "\(error)")
        }
    }

    func testUndeclaredLatin1AndWindows1251FeedsAreDetected() throws {
        var latin1 = Array("<rss><channel><title>UOL</title><item><title>Not".utf8)
        latin1 += [0xED] + Array("cias de hoje</title><description>Elei".utf8) + [0xE7, 0xF5] + Array("es</description></item></channel></rss>".utf8)
        let (a, problems) = try FeedReader().read(Data(latin1), path: "l.rss")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(a.first?.text, "Notícias de hoje\n\nEleições")
        // "Привет мир" in Windows-1251, declared (wrongly) as UTF-8.
        var cyrillic = Array(#"<?xml version="1.0" encoding="UTF-8"?><rss><channel><item><title>"#.utf8)
        cyrillic += [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x20, 0xEC, 0xE8, 0xF0] + Array("</title></item></channel></rss>".utf8)
        XCTAssertEqual(try FeedReader().read(Data(cyrillic), path: "c.rss").articles.first?.headline, "Привет мир")
    }
}

final class ReutersSGMLReaderTests: XCTestCase {
    func testStoriesWithABodyBecomeArticles() {
        let sgml = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" NEWID="7">
        <DATE>26-FEB-1987 15:01:01.79</DATE>
        <UNKNOWN>&#5;&#5;&#5;C T</UNKNOWN>
        <TEXT>&#2;
        <TITLE>COCOA &lt;BAHIA&gt; REVIEW</TITLE>
        <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued &amp; the
        zone improved, Comissaria Smith said.
            The dry period means the crop
        will be late.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS NEWID="8"><DATE>27-FEB-1987</DATE><TEXT TYPE="BRIEF">&#2;<TITLE>BRIEF ONLY</TITLE>&#3;</TEXT></REUTERS>
        """
        let output = ReutersSGMLReader().read(text: sgml, path: "r.sgm")
        XCTAssertEqual(output.articles.count, 1)
        XCTAssertEqual(output.skippedWithoutBody, 1)
        let article = output.articles[0]
        XCTAssertEqual(article.headline, "COCOA <BAHIA> REVIEW")
        // the wire's line wraps undone; an indented line opens a paragraph
        XCTAssertEqual(article.text, "COCOA <BAHIA> REVIEW\n\nSALVADOR, Feb 26 - Showers continued & the zone improved, Comissaria Smith said."
                       + "\n\nThe dry period means the crop will be late.")
        XCTAssertEqual(article.published, DocumentCreationTime(value: "1987-02-26", provenance: .metadata))
        XCTAssertEqual(article.source, "r.sgm#7")
        XCTAssertEqual(article.outlet, "Reuters")
        XCTAssertFalse(article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}

final class CharsetDetectorTests: XCTestCase {
    func testLatinAndCyrillicAreToldApart() throws {
        let portuguese: [UInt8] = Array("Elei".utf8) + [0xE7, 0xF5] + Array("es: o candidato ".utf8) + [0xE9] + Array(" l".utf8) + [0xED] + Array("der".utf8)
        let evidence = CharsetDetector.evidence(portuguese)
        XCTAssertTrue(CharsetDetector.plausibleLegacyText(evidence))
        XCTAssertEqual(CharsetDetector.legacyEncoding(evidence), .windows1252)
        XCTAssertEqual(try TextDecoder.decode(Data(portuguese)).text, "Eleições: o candidato é líder")
        // "Путин заявил" in Windows-1251.
        let russian: [UInt8] = [0xCF, 0xF3, 0xF2, 0xE8, 0xED, 0x20, 0xE7, 0xE0, 0xFF, 0xE2, 0xE8, 0xEB]
        let decoded = try TextDecoder.decode(Data(russian))
        XCTAssertEqual(decoded.text, "Путин заявил")
        XCTAssertEqual(decoded.encoding, "windows-1251")
        // Ukrainian "Рівень зріс" in Windows-1251: "Рі" (0xD0 0xB3) is by chance valid UTF-8 ("г").
        let ukrainian: [UInt8] = [0xD0, 0xB3, 0xE2, 0xE5, 0xED, 0xFC, 0x20, 0xE7, 0xF0, 0xB3, 0xF1]
        XCTAssertEqual(try TextDecoder.decode(Data(ukrainian)).text, "Рівень зріс")
        // Windows-1252 punctuation: curly quotes and an em dash.
        XCTAssertEqual(try TextDecoder.decode(Data([0x93] + Array("Caf".utf8) + [0xE9, 0x94, 0x20, 0x97, 0x20] + Array("ok".utf8))).text, "“Café” — ok")
    }

    func testALoneBadByteInUTF8IsDamageNotLegacyText() throws {
        let bytes = Array("Headline\n\nGood line.\nBad ".utf8) + [0xFC] + Array(" byte here.".utf8)
        let decoded = try TextDecoder.decode(Data(bytes))
        XCTAssertEqual(decoded.encoding, "UTF-8")
        XCTAssertEqual(decoded.invalidSequences, 1)
        XCTAssertEqual(decoded.firstInvalidLine, 4)
        // The same byte inside a word of an otherwise ASCII file is a Latin-1 letter.
        XCTAssertEqual(try TextDecoder.decode(Data(Array("Gr".utf8) + [0xFC] + Array("n".utf8))).text, "Grün")
        // With a valid UTF-8 letter elsewhere, a bad byte in a word is still damage.
        XCTAssertEqual(try TextDecoder.decode(Data(Array("é Gr".utf8) + [0xFC] + Array("n".utf8))).invalidSequences, 1)
    }
}

/// Reads every file of ../shared/corpora/feeds and reuters-sgml and checks what comes out.
final class SharedFormatCorpusTests: XCTestCase {
    func testEveryFeedReads() throws {
        let folder = try SharedMaterial.folder("corpora/feeds")
        // items in each feed, counted by hand from the files
        let expected = ["encoding.rss": 40, "feedburner.atom": 25, "guardian.rss": 55, "heise.atom": 15, "heraldsun.rss": 2,
                        "rss-1.rss": 69, "uolNoticias.rss": 15, "whitehouse_briefing_room.rss.xml": 30]
        for (name, count) in expected.sorted(by: { $0.key < $1.key }) {
            let path = folder.appendingPathComponent(name).path
            let (articles, problems) = try ArticleReader().read(file: path)
            XCTAssertEqual(articles.count, count, name)
            XCTAssertEqual(problems, [], name)
            XCTAssertTrue(articles.allSatisfy { !($0.headline ?? "").isEmpty }, name)
            XCTAssertFalse(articles.contains { $0.text.contains("\u{FFFD}") || $0.text.contains("Ã") || $0.text.contains("<p>") }, name)
            XCTAssertFalse(articles.contains { $0.text.hasSuffix("Continue reading...") }, name)
            let dated = articles.filter { $0.published != nil }.count
            print("feed \(name): \(articles.count) items, \(dated) DCTs, \(problems.count) problems; first: \(articles.first.map { String($0.text.prefix(120)).replacingOccurrences(of: "\n", with: " | ") } ?? "-")")
        }
        let uol = try ArticleReader().read(file: folder.appendingPathComponent("uolNoticias.rss").path).articles
        XCTAssertEqual(uol.first?.headline, "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno")
    }

    func testReutersSGMLReads() throws {
        let folder = try SharedMaterial.folder("corpora/reuters-sgml")
        let path = folder.appendingPathComponent("reut2-000.sgm").path
        let (articles, problems) = try ArticleReader().read(file: path)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(articles.count, 925, "1000 stories, 60 BRIEF and 15 UNPROC without a body")
        XCTAssertEqual(articles.first?.headline, "BAHIA COCOA REVIEW")
        XCTAssertEqual(articles.first?.published?.value, "1987-02-26")
        XCTAssertTrue(articles.first?.text.hasPrefix("BAHIA COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued") ?? false)
        XCTAssertEqual(articles.filter { $0.published != nil }.count, 925)
        XCTAssertFalse(articles.contains { $0.text.hasSuffix("Reuter") || $0.text.contains("&#") || $0.text.contains("&lt;") })
    }
}

final class FormatEncodingTests: XCTestCase {
    func testUTF16FeedAndJSONWithABOM() throws {
        func utf16LE(_ text: String) -> Data {
            var bytes: [UInt8] = [0xFF, 0xFE]
            for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            return Data(bytes)
        }
        let feed = utf16LE(#"<?xml version="1.0" encoding="UTF-16"?><rss><channel><item><title>Привет, Zürich</title></item></channel></rss>"#)
        XCTAssertEqual(try FeedReader().read(feed, path: "u.rss").articles.first?.headline, "Привет, Zürich")
        let json = utf16LE(#"{"title": "Grüße", "text": "Ja."}"#)
        XCTAssertEqual(try JSONArticleReader().readJSON(json, path: "u.json").articles.first?.headline, "Grüße")
    }

    func testDeclaredLatin1FeedIsReadByLibxml2() throws {
        let bytes = Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><title>Not"#.utf8) + [0xED]
            + Array("cias ".utf8) + [0x93] + Array("hoje".utf8) + [0x94] + Array("</title></item></channel></rss>".utf8)
        // 0x93 and 0x94 are control codes in ISO-8859-1 but curly quotes in Windows-1252, which is read instead.
        XCTAssertEqual(try FeedReader().read(Data(bytes), path: "d.rss").articles.first?.headline, "Notícias “hoje”")
    }

    func testBrokenJSONNamesItsLine() throws {
        let data = Data("[{\"title\": \"A\", \"text\": \"x\"},\n {\"title\": }]".utf8)
        XCTAssertThrowsError(try JSONArticleReader().readJSON(data, path: "b.json")) { error in
            XCTAssertEqual((error as? ReadProblem)?.line, 2, "\(error)")
        }
    }
}

final class JSONLinesLimitsTests: XCTestCase {
    func testAFileOfAnotherKindNamedJSONLGivesOneProblem() throws {
        let folder = try temporaryFolder(self)
        let csv = (1...50).map { "\($0),some,comma,separated,values" }.joined(separator: "\n")
        let path = try write(csv, "table.jsonl", in: folder)
        let output = ArticleReader().read(paths: [path])
        XCTAssertEqual(output.articles.count, 0)
        XCTAssertEqual(output.problems.count, 1, "\(output.problems)")
        XCTAssertEqual(output.problems.first?.line, 1)
        XCTAssertEqual(output.problems.first?.isFatal, true)
        XCTAssertTrue(output.problems.first?.reason.contains("and 49 more bad line(s)") ?? false, "\(output.problems)")
    }

    func testManyBadLinesAreSummedUp() throws {
        let folder = try temporaryFolder(self)
        let lines = ["{\"Title\": \"Kept\", \"Body\": \"Fine.\"}"] + (2...16).map { _ in "{broken" }
        let path = try write(lines.joined(separator: "\n"), "many.jsonl", in: folder)
        let (articles, problems) = try ArticleReader().read(file: path)
        XCTAssertEqual(articles.map(\.text), ["Kept\n\nFine."], "keys match in any case")
        XCTAssertEqual(problems.count, 11)
        XCTAssertEqual(problems.last?.line, 12)
        XCTAssertTrue(problems.last?.reason.hasPrefix("5 more line(s) skipped") ?? false, "\(problems.last!)")
    }

    func testLatin1PlainTextFileComesInWithoutRepairs() throws {
        let folder = try temporaryFolder(self)
        let url = folder.appendingPathComponent("latin1.txt")
        try Data(Array("Elei".utf8) + [0xE7, 0xF5] + Array("es\n\nO candidato disse que a economia ".utf8) + [0xE9] + Array(" forte.".utf8)).write(to: url)
        let output = ArticleReader().read(paths: [url.path])
        XCTAssertEqual(output.problems, [])
        XCTAssertEqual(output.articles.first?.headline, "Eleições")
        XCTAssertEqual(output.articles.first?.text.hasSuffix("economia é forte."), true)
    }
}

final class JSONLinesEncodingTests: XCTestCase {
    func testALatin1LineIsDecoded() throws {
        let folder = try temporaryFolder(self)
        let url = folder.appendingPathComponent("l.jsonl")
        try Data(Array("{\"title\": \"Not".utf8) + [0xED] + Array("cias\", \"text\": \"Ol".utf8) + [0xE1] + Array(" mundo.\"}\n".utf8)).write(to: url)
        let (articles, problems) = try ArticleReader().read(file: url.path)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(articles.first?.text, "Notícias\n\nOlá mundo.")
    }
}
