import Foundation
import Ink

/// Reads articles from files and folders.
///
/// Folders are read recursively, in name order; hidden files and folders
/// (names starting with `.`) are passed over. Files are taken by extension
/// (see `InputFormat`); a file named on the command line is read whatever its
/// extension, as plain text when the extension says nothing.
///
/// One file may hold many articles (JSON Lines, a feed, an SGML collection);
/// each then gets the source `path#N`: N is the item's 1-based position in a
/// JSON array or feed, the line number in JSON Lines, the story's NEWID in
/// Reuters SGML (see `JSONArticleReader`, `FeedReader`, `ReutersSGMLReader`).
/// An item's own web address goes in `Article.url`.
///
/// Each article's text is normalised (`TextNormalizer`). In plain text, a
/// first line followed by a blank line is the headline. In Markdown, YAML
/// front matter (`---` … `---`) is taken off and its `title`, `date` and
/// `author` fields read; a first `# heading` is the headline.
///
/// Nothing stops the reading: every input that cannot be read gives a
/// `ReadProblem`, and the others go on.
public struct ArticleReader: Sendable {
    /// What the user can set about reading.
    public struct Options: Sendable, Hashable {
        /// Extra field names for JSON input, from `--field NAME=FIELD`: the
        /// article field (`title`, `text`, `date`, `url`, `source`, `author`)
        /// mapped to the input's own field name, tried before the common names.
        public var fieldMap: [String: String] = [:]

        /// Makes options; by default no extra field names.
        public init(fieldMap: [String: String] = [:]) { self.fieldMap = fieldMap }
    }

    /// File extensions read from folders, lowercased, without the dot.
    public static var supportedExtensions: Set<String> { InputFormat.readExtensions }
    /// Files larger than this many bytes are skipped with a problem (64 MiB):
    /// a news article is rarely over 1 MiB, and the pipeline holds a file whole in memory.
    public var maximumFileSize: Int = 64 << 20
    /// What the user set.
    public var options: Options

    /// The longest first line taken as a headline, in scalars. News headlines
    /// run to about 70 characters and seldom pass 150; a longer first line
    /// is a paragraph of the body.
    public static let maximumHeadlineLength = 200

    /// Makes a reader with `options`.
    public init(options: Options = Options()) { self.options = options }

    /// What reading gave: articles in input order, and the problems met.
    public struct Output: Sendable {
        /// Articles read, in the order their files were found.
        public var articles: [Article] = []
        /// Problems, in the order they were met.
        public var problems: [ReadProblem] = []
        /// Files found in folders but passed over because of their extension, in the order found.
        public var passedOver: [String] = []
    }

    /// The files that `paths` name: files as given, folders expanded recursively.
    ///
    /// - Returns: file paths in order, and problems for paths that do not
    ///   exist or folders that cannot be read.
    public func files(in paths: [String]) -> (files: [String], problems: [ReadProblem], passedOver: [String]) {
        var files: [String] = []
        var problems: [ReadProblem] = []
        var passedOver: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(ReadProblem(path: path, reason: "no such file or folder", isFatal: true))
                continue
            }
            if !isDirectory.boolValue {
                let ext = (path as NSString).pathExtension.lowercased()
                if Self.unsupportedExtensions.contains(ext) {
                    let known = InputFormat.readExtensions.sorted().map { "." + $0 }.joined(separator: ", ")
                    problems.append(ReadProblem(path: path, reason: "a .\(ext) file: parley reads \(known); skipped", isFatal: true))
                } else {
                    files.append(path)
                }
                continue
            }
            collect(folder: path, into: &files, problems: &problems, passedOver: &passedOver)
        }
        return (files, problems, passedOver)
    }

    /// Extensions of formats parley does not read; a file named on the
    /// command line with one of them is reported rather than read as text.
    public static var unsupportedExtensions: Set<String> {
        InputFormat.knownExtensions.subtracting(InputFormat.readExtensions)
    }

    private func collect(folder: String, into files: inout [String], problems: inout [ReadProblem], passedOver: inout [String]) {
        let manager = FileManager.default
        guard manager.isReadableFile(atPath: folder),
              let names = try? manager.contentsOfDirectory(atPath: folder) else {
            problems.append(ReadProblem(path: folder, reason: "folder cannot be read (permission denied)", isFatal: true))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                collect(folder: path, into: &files, problems: &problems, passedOver: &passedOver)
            } else if Self.supportedExtensions.contains((name as NSString).pathExtension.lowercased()) {
                files.append(path)
            } else {
                passedOver.append(path)
            }
        }
    }

    /// Reads every article that `paths` name.
    public func read(paths: [String]) -> Output {
        let found = files(in: paths)
        var output = Output(problems: found.problems, passedOver: found.passedOver)
        for file in found.files {
            do {
                let (articles, problems) = try read(file: file)
                output.problems.append(contentsOf: problems)
                output.articles.append(contentsOf: articles)
            } catch let problem as ReadProblem {
                output.problems.append(problem)
            } catch {
                output.problems.append(ReadProblem(path: file, reason: "\(error)", isFatal: true))
            }
        }
        return output
    }

    /// Reads one file.
    ///
    /// - Returns: the articles in the file, in order (none for a file with no
    ///   text), and problems that did not stop the file: repairs (invalid
    ///   UTF-8) and items of a many-article file that were skipped.
    /// - Throws: `ReadProblem` for a file that cannot be read at all: missing,
    ///   unreadable, binary, too large, or malformed as a whole.
    public func read(file path: String) throws -> (articles: [Article], problems: [ReadProblem]) {
        let format = InputFormat(path: path)
        if format == .jsonLines {
            // Streamed line by line (JSONArticleReader), so no file size limit; each line has one.
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw ReadProblem(path: path, reason: "cannot be read (permission denied); skipped", isFatal: true)
            }
            return try JSONArticleReader(options: options).readJSONLines(path: path)
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumFileSize {
            throw ReadProblem(path: path, reason: "file too large (\(size >> 20) MiB; the limit is \(maximumFileSize >> 20) MiB); skipped", isFatal: true)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReadProblem(path: path, reason: "cannot be read (\(Self.reason(error))); skipped", isFatal: true)
        }
        switch format {
        case .plainText, .markdown:
            return try readText(data, path: path, isMarkdown: format == .markdown)
        case .html:
            return try readHTML(data, path: path)
        case .json:
            return try JSONArticleReader(options: options).readJSON(data, path: path)
        case .jsonLines:
            return try JSONArticleReader(options: options).readJSONLines(path: path)
        case .feed:
            return try FeedReader().read(data, path: path)
        case .reutersSGML:
            return try readReuters(data, path: path)
        }
    }

    /// Splits `source`, an article's source as an export gives it, into the many-article file it comes from
    /// and the item after the `#`: `reuters-sgml/reut2-000.sgm#654` → (`reuters-sgml/reut2-000.sgm`, `654`).
    ///
    /// - Returns: nil when `source` holds no `#` with an existing file before it and something after it.
    ///   A file whose own name holds a `#` is no item reference when it exists (the caller checks that first).
    public static func itemReference(_ source: String) -> (file: String, item: String)? {
        var search = source.startIndex
        while let hash = source[search...].firstIndex(of: "#") {
            let file = String(source[..<hash]), item = String(source[source.index(after: hash)...])
            var isDirectory: ObjCBool = false
            if !file.isEmpty, !item.isEmpty, FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue {
                return (file, item)
            }
            search = source.index(after: hash)
        }
        return nil
    }

    /// Reads the one article `source` names: a file, or an item `FILE#N` of a many-article file (JSON Lines,
    /// a JSON array, a feed, Reuters SGML), as sources name them.
    ///
    /// - Returns: the article (none for a file with no text) and problems that did not stop the reading.
    /// - Throws: `ReadProblem` when the file cannot be read, or holds no item `N` (the reason says which
    ///   items it holds).
    public func read(source: String) throws -> (articles: [Article], problems: [ReadProblem]) {
        guard !FileManager.default.fileExists(atPath: source), let reference = Self.itemReference(source) else {
            return try read(file: source)
        }
        var (articles, problems) = try read(file: reference.file)
        // sources given twice in one file are told apart as the index does (`path#N#2`)
        IndexBuilder.distinguishSources(&articles)
        if let article = articles.first(where: { $0.source == source })
            ?? articles.first(where: { $0.source.hasPrefix(reference.file + "#") && $0.source.hasSuffix("#" + reference.item) }) {
            return ([article], problems.filter { $0.line == nil || !$0.isFatal })
        }
        let items = articles.compactMap { $0.source.hasPrefix(reference.file + "#") ? String($0.source.dropFirst(reference.file.count)) : nil }
        let holds: String
        switch items.count {
        case 0: holds = articles.count == 1 ? "it holds one article, named \(articles[0].source)" : "it holds no article"
        case 1...6: holds = "it holds \(items.joined(separator: ", "))"
        default: holds = "it holds \(items.count) items, \(items[0]) to \(items[items.count - 1])"
        }
        throw ReadProblem(path: source, reason: "no item #\(reference.item) in \(reference.file); \(holds)", isFatal: true)
    }

    /// Reads a Reuters-21578 SGML file: one article per story with a body (`ReutersSGMLReader`).
    func readReuters(_ data: Data, path: String) throws -> (articles: [Article], problems: [ReadProblem]) {
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(data)
        } catch TextDecoder.Rejection.binary(let reason) {
            throw ReadProblem(path: path, reason: "\(reason); skipped", isFatal: true)
        }
        guard decoded.text.contains(where: { !$0.isWhitespace }) else {
            throw ReadProblem(path: path, reason: "no text; skipped", isFatal: true)
        }
        let output = ReutersSGMLReader().read(text: decoded.text, path: path)
        var problems = output.problems
        if decoded.invalidSequences > 0 {
            problems.insert(ReadProblem(path: path, line: decoded.firstInvalidLine,
                                        reason: "invalid UTF-8: \(decoded.invalidSequences) byte sequence(s) replaced by U+FFFD", isFatal: false), at: 0)
        }
        if output.articles.isEmpty && output.problems.isEmpty {
            throw ReadProblem(path: path, reason: "no <REUTERS> story with a <BODY>; skipped", isFatal: true)
        }
        return (output.articles, problems)
    }

    /// Reads plain text or Markdown bytes: one article.
    func readText(_ data: Data, path: String, isMarkdown: Bool) throws -> (articles: [Article], problems: [ReadProblem]) {
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(data)
        } catch TextDecoder.Rejection.binary(let reason) {
            throw ReadProblem(path: path, reason: "\(reason); skipped", isFatal: true)
        }
        var problems: [ReadProblem] = []
        if decoded.invalidSequences > 0 {
            problems.append(ReadProblem(path: path, line: decoded.firstInvalidLine,
                                        reason: "invalid UTF-8: \(decoded.invalidSequences) byte sequence(s) replaced by U+FFFD", isFatal: false))
        }
        let article = isMarkdown ? Self.markdownArticle(source: path, raw: decoded.text, problems: &problems)
            : Self.plainArticle(source: path, raw: decoded.text)
        if article == nil {
            problems.append(ReadProblem(path: path, reason: "no text; skipped", isFatal: false))
        }
        return (article.map { [$0] } ?? [], problems)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message).lowercased()
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }

    /// An article from plain text: a first line followed by a blank line is the headline.
    ///
    /// - Returns: nil when the text is empty or only white space.
    public static func plainArticle(source: String, raw: String, published: DocumentCreationTime? = nil) -> Article? {
        let text = TextNormalizer.normalize(raw)
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        let (headline, bodyStart) = headline(of: text)
        return Article(source: source, text: text, headline: headline, bodyStart: bodyStart, published: published)
    }

    /// The headline of normalised `text` and the scalar offset where the body starts.
    ///
    /// The headline is the first non-blank line when a blank line follows it,
    /// more text comes after, and the line looks like a headline rather than
    /// a paragraph: at most `maximumHeadlineLength` scalars and no sentence
    /// boundary inside (". " followed by more text). Otherwise there is none
    /// and the body starts at 0.
    public static func headline(of text: String) -> (headline: String?, bodyStart: Int) {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
        let lineStart = i
        while i < scalars.count, scalars[i] != "\n" { i += 1 }
        let lineEnd = i
        // A blank line: the next line holds only white space.
        guard i < scalars.count else { return (nil, 0) }
        i += 1
        var blank = false
        while i < scalars.count, scalars[i] != "\n", scalars[i].properties.isWhitespace { i += 1 }
        if i < scalars.count, scalars[i] == "\n" { blank = true }
        guard blank else { return (nil, 0) }
        var bodyStart = i
        while bodyStart < scalars.count, scalars[bodyStart].properties.isWhitespace { bodyStart += 1 }
        guard bodyStart < scalars.count else { return (nil, 0) }
        let headline = String(String.UnicodeScalarView(scalars[lineStart..<lineEnd])).trimmingCharacters(in: .whitespaces)
        guard !headline.isEmpty, lineEnd - lineStart <= maximumHeadlineLength,
              !headline.dropLast().contains(". ") else { return (nil, 0) }
        return (headline, bodyStart)
    }

    /// An article from Markdown: front matter read and taken off, a first `#` heading as headline.
    ///
    /// Front matter is parsed as YAML (see `FrontMatter`): `title`, a date
    /// (`date`, `published_time`, …: its `YYYY-MM-DD` start becomes the DCT,
    /// provenance `metadata`), `author` or `authors`, a URL (`source_url`,
    /// `url`, …) and an outlet (`outlet`, `publisher`, …).
    public static func markdownArticle(source: String, raw: String) -> Article? {
        var problems: [ReadProblem] = []
        return markdownArticle(source: source, raw: raw, problems: &problems)
    }

    /// `markdownArticle(source:raw:)`, adding a problem to `problems` when the front matter is not valid YAML
    /// (the article is then read without its fields).
    static func markdownArticle(source: String, raw: String, problems: inout [ReadProblem]) -> Article? {
        var body = Substring(raw)
        var fields: [String: String] = [:]
        if body.hasPrefix("---\n") || body.hasPrefix("---\r\n") {
            let afterOpen = body.index(body.startIndex, offsetBy: body.hasPrefix("---\n") ? 4 : 5)
            if let close = body.range(of: "\n---", range: afterOpen..<body.endIndex) {
                do {
                    fields = try FrontMatter.fields(in: String(body[afterOpen..<close.lowerBound]))
                } catch {
                    problems.append(ReadProblem(path: source, line: FrontMatter.line(of: error).map { $0 + 1 },
                                                reason: "front matter is not valid YAML (\(FrontMatter.reason(of: error))); read without it",
                                                isFatal: false))
                }
                var rest = body[close.upperBound...]
                if let newline = rest.firstIndex(of: "\n") { rest = rest[rest.index(after: newline)...] } else { rest = "" }
                body = rest
            }
        }
        var published: DocumentCreationTime?
        for key in FrontMatter.dateKeys {
            guard let date = fields[key], date.count >= 10 else { continue }
            let day = String(date.prefix(10))
            if day.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil {
                published = DocumentCreationTime(value: day, provenance: .metadata)
                break
            }
        }
        // The body's Markdown goes to HTML (Ink) and then to text as any page does, so emphasis, links,
        // code spans and escapes come off and a heading is a paragraph of its own. The front matter's
        // title is the headline; without one, a first heading is (a short first paragraph, see `headline(of:)`).
        // A line of white space only is blank, no-break spaces included (Markdown counts only spaces and
        // tabs; web exports separate paragraphs with lines of U+00A0).
        // A hard break ("  " at a line's end) right before a blank line is dropped: the paragraph ends there
        // anyway, and Ink 0.6 would carry the paragraph on across the blank line.
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.allSatisfy(\.isWhitespace) ? Substring("") : $0 }
        for i in lines.indices where i + 1 < lines.count && lines[i + 1].isEmpty {
            while let last = lines[i].last, last == " " || last == "\t" { lines[i].removeLast() }
        }
        let markdown = lines.joined(separator: "\n")
        var text = MarkupText.plainText(fromHTML: MarkdownParser().html(from: markdown))
        if let title = fields["title"], !title.isEmpty {
            text = title + "\n\n" + text
        }
        guard var article = plainArticle(source: source, raw: text, published: published) else { return nil }
        article.author = fields["author"] ?? fields["authors"]
        article.url = FrontMatter.urlKeys.lazy.compactMap { fields[$0] }.first
        article.outlet = FrontMatter.outletKeys.lazy.compactMap { fields[$0] }.first
        return article
    }
}
