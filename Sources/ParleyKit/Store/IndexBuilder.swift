import Foundation

/// Brings an `IndexStore` up to date with files: `parley index PATH...`.
///
/// Reads every article the paths name (`ArticleReader`), skips those the
/// index holds with the same content hash, analyzes the new and changed ones
/// (`CorpusLoader.analyze`, several at a time) and stores them `batchSize` at
/// a time, one transaction per batch. A changed article keeps the ids of its
/// statements whose content and speaker did not change
/// (`IndexStore.carryOverIDs`). Stored articles under the paths that are gone
/// from disk are removed first (see `IndexPruning.swift` for the rules; with
/// `pruneGoneFiles`, those of every folder). Then, when anything changed or an
/// earlier run was interrupted, the corpus-level pass runs over the whole index.
public struct IndexBuilder: Sendable {
    /// Articles stored per transaction. 48 keeps a transaction short (a
    /// second or so of analysis on one core) while the per-transaction cost stays small.
    public var batchSize = 48
    /// The DCT to give every article that has none of its own (`--published`).
    public var published: DocumentCreationTime?
    /// How many articles to analyze at once.
    public var concurrency = ProcessInfo.processInfo.activeProcessorCount
    /// How files are read (`--field` mappings for JSON input).
    public var readerOptions = ArticleReader.Options()
    /// Also remove every stored article, under any folder, whose file is gone (`parley index --prune`).
    public var pruneGoneFiles = false
    /// The directory relative paths are read from: the process's working directory.
    public var workingDirectory = FileManager.default.currentDirectoryPath

    /// Makes a builder.
    public init(published: DocumentCreationTime? = nil) { self.published = published }

    /// How far indexing is, for a progress display.
    public struct Progress: Sendable {
        /// Articles analyzed and stored (or found unchanged) so far.
        public var done: Int
        /// Articles to analyze in this run.
        public var total: Int
        /// Words of the articles analyzed so far.
        public var words: Int
        /// What is happening: "analyzing" or "linking" (the corpus pass).
        public var phase: String
    }

    /// What a run did.
    public struct Report: Sendable {
        /// Problems met reading files, in order; none stopped the others.
        public var problems: [ReadProblem] = []
        /// Files passed over in folders because of their extension.
        public var passedOver: [String] = []
        /// Sources whose text is the same as another's (read once), with that one.
        public var duplicates: [(source: String, sameAs: String)] = []
        /// Sources, as stored, of every article the paths gave (new, changed and unchanged); for a text
        /// already stored under another source, that source (the article is stored once).
        public var sources: [String] = []
        /// Articles new to the index.
        public var added = 0
        /// Articles whose text changed.
        public var updated = 0
        /// Articles skipped as unchanged.
        public var unchanged = 0
        /// Sources removed because their file is gone, in source order.
        public var removedGoneFiles: [String] = []
        /// Sources removed because their file, read again, no longer gives them (items gone from a JSON Lines file), in source order.
        public var removedGoneItems: [String] = []
        /// Articles that `pruneGoneFiles` could not check: stored under a relative path by a parley that did not
        /// record the working directory. Indexing their folder again checks them, and records it.
        public var unchecked = 0
        /// Words analyzed.
        public var words = 0
        /// True when the corpus pass ran.
        public var ranCorpusPass = false
        /// Statements in the index after the run.
        public var statementCount = 0
        /// Seconds spent analyzing and storing articles.
        public var analyzeSeconds = 0.0
        /// Seconds spent in the corpus pass.
        public var corpusPassSeconds = 0.0
    }

    /// Indexes the articles of `paths` into `store`.
    ///
    /// - Parameters:
    ///   - paths: files and folders, as `ArticleReader.read(paths:)` takes them.
    ///   - store: the index.
    ///   - afterBatch: called after each batch is committed, with the number of articles stored in this run so far.
    ///   - progress: called as articles are analyzed, from any thread.
    /// - Throws: `DatabaseError` when the index cannot be written; problems with single files are in the report
    ///   instead (a path that does not exist among them, though the articles stored from it are removed).
    public func index(paths: [String], into store: IndexStore, afterBatch: ((Int) -> Void)? = nil,
                      progress: (@Sendable (Progress) -> Void)? = nil) throws -> Report {
        var report = Report()
        var read = ArticleReader(options: readerOptions).read(paths: paths)
        report.problems = read.problems
        report.passedOver = read.passedOver
        if let published {
            for i in read.articles.indices where read.articles[i].published == nil { read.articles[i].published = published }
        }
        Self.distinguishSources(&read.articles)
        let stored = try store.storedSources()
        var storedByID: [String: String] = [:]
        for (source, entry) in stored { storedByID[entry.articleID] = source }
        var firstByID: [String: String] = [:]
        var work: [(article: Article, replaces: Bool)] = []
        for article in read.articles {
            if let first = firstByID[article.id] { report.duplicates.append((article.source, first)); continue }
            if let entry = stored[article.source], entry.articleID == article.id, entry.isCurrent,
               entry.inputMetadata == article.inputMetadataKey {
                firstByID[article.id] = article.source
                report.sources.append(article.source)
                report.unchanged += 1
                continue
            }
            if let other = storedByID[article.id], other != article.source,
               stored[other]?.isCurrent == true, FileManager.default.fileExists(atPath: other) || other.contains("://") {
                // the same text is stored under another source that still exists: stored once, under that one
                report.duplicates.append((article.source, other))
                if firstByID[article.id] == nil { report.sources.append(other) }
                firstByID[article.id] = other
                continue
            }
            firstByID[article.id] = article.source
            report.sources.append(article.source)
            work.append((article, stored[article.source] != nil))
        }
        let reader = ArticleReader(options: readerOptions)
        let stale = Self.staleSources(stored: stored, paths: paths, kept: Set(read.articles.map(\.source)).union(report.sources),
                                      readSources: read.articles.map(\.source),
                                      troubled: read.problems.filter(\.isFatal).map(\.path), all: pruneGoneFiles,
                                      workingDirectory: workingDirectory, listed: { reader.files(in: paths).files })
        report.unchecked = stale.unchecked
        // Removed before the new articles are written, in a transaction of its own that marks the corpus pass
        // pending: killed after it, the next run finds them gone and finishes the rest.
        try store.remove(sources: stale.goneFiles + stale.goneItems)
        report.removedGoneFiles = stale.goneFiles
        report.removedGoneItems = stale.goneItems
        // Rows stored before the working directory was recorded get it from a run that read them again.
        try store.recordFolder(workingDirectory, sources: report.sources.filter { stored[$0]?.folder == "" && !$0.hasPrefix("/") })
        let total = work.count
        let words = WordCounter()
        let start = Date()
        var loader = CorpusLoader(published: nil)
        loader.concurrency = concurrency
        var done = 0
        for batchStart in stride(from: 0, to: work.count, by: max(1, batchSize)) {
            let batch = Array(work[batchStart..<min(work.count, batchStart + batchSize)])
            let base = done
            var analyses = loader.analyze(batch.map(\.article)) { finished, _ in
                progress?(Progress(done: base + finished, total: total, words: words.value, phase: "analyzing"))
            }
            for (i, entry) in batch.enumerated() {
                words.add(IndexStore.wordCount(entry.article.text))
                if entry.replaces, let previous = try? store.storedAnalysis(source: entry.article.source) {
                    IndexStore.carryOverIDs(to: &analyses[i], from: previous)
                }
            }
            try store.write(analyses, inputMetadata: batch.map(\.article.inputMetadataKey), folder: workingDirectory)
            for entry in batch { if entry.replaces { report.updated += 1 } else { report.added += 1 } }
            done += batch.count
            progress?(Progress(done: done, total: total, words: words.value, phase: "analyzing"))
            afterBatch?(done)
        }
        report.words = words.value
        report.analyzeSeconds = Date().timeIntervalSince(start)
        if try store.isCorpusPassPending() {
            progress?(Progress(done: done, total: total, words: words.value, phase: "linking"))
            let passStart = Date()
            report.statementCount = try store.runCorpusPass()
            report.corpusPassSeconds = Date().timeIntervalSince(passStart)
            report.ranCorpusPass = true
        } else {
            report.statementCount = try store.statementCount()
        }
        return report
    }
}

extension IndexBuilder {
    /// Gives articles that share a source (several items of one feed or JSONL file, when the
    /// reader names them all by the file) the sources `source#1`, `source#2`, … in reading order,
    /// since the index keys articles by source. Sources already distinct are left as they are.
    static func distinguishSources(_ articles: inout [Article]) {
        var counts: [String: Int] = [:]
        for article in articles { counts[article.source, default: 0] += 1 }
        guard counts.values.contains(where: { $0 > 1 }) else { return }
        var seen: [String: Int] = [:]
        for i in articles.indices where counts[articles[i].source, default: 0] > 1 {
            let source = articles[i].source
            seen[source, default: 0] += 1
            articles[i].source = "\(source)#\(seen[source]!)"
        }
    }
}

/// A word count shared with the progress callback.
private final class WordCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    func add(_ n: Int) { lock.lock(); count += n; lock.unlock() }
}
