import Foundation

/// Reads, analyzes and links a corpus: the whole path from files to a `StatementGraph`.
public struct CorpusLoader: Sendable {
    /// The DCT to give every article that has none of its own (`--published`).
    public var published: DocumentCreationTime?
    /// How files are read (`--field` mappings for JSON input).
    public var readerOptions = ArticleReader.Options()
    /// How many articles to analyze at once; defaults to the number of active processors.
    public var concurrency: Int = ProcessInfo.processInfo.activeProcessorCount

    /// Makes a loader.
    public init(published: DocumentCreationTime? = nil) { self.published = published }

    /// What loading gave.
    public struct Output: Sendable {
        /// The linked statements of every article read.
        public var graph: StatementGraph
        /// Problems met while reading, in order; none of them stopped the others.
        public var problems: [ReadProblem]
        /// Number of articles read (duplicates counted once).
        public var articleCount: Int
        /// Files whose text is the same as an earlier file's, with that file: read once, under the earlier path.
        public var duplicates: [(path: String, sameAs: String)] = []
        /// Files found in folders but passed over because of their extension.
        public var passedOver: [String] = []
    }

    /// Reads every article `paths` name (files and folders), analyzes them and builds the graph.
    ///
    /// - Parameter progress: called after each article is analyzed with (done, total); may be called from several threads.
    public func load(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) -> Output {
        var read = ArticleReader(options: readerOptions).read(paths: paths)
        if let published {
            for i in read.articles.indices where read.articles[i].published == nil { read.articles[i].published = published }
        }
        // The article id is a hash of the text, so a text met twice (a wire story filed under two
        // names) is one article: keep the first, name the others.
        var firstPath: [String: String] = [:]
        var duplicates: [(path: String, sameAs: String)] = []
        read.articles.removeAll { article in
            if let first = firstPath[article.id] { duplicates.append((article.source, first)); return true }
            firstPath[article.id] = article.source
            return false
        }
        let analyses = analyze(read.articles, progress: progress)
        return Output(graph: StatementGraph(analyses: analyses), problems: read.problems, articleCount: read.articles.count,
                      duplicates: duplicates, passedOver: read.passedOver)
    }

    /// Analyzes `articles` with the pipeline, `concurrency` at a time, keeping their order.
    public func analyze(_ articles: [Article], progress: (@Sendable (Int, Int) -> Void)? = nil) -> [ArticleAnalysis] {
        let pipeline = Pipeline()
        let results = ResultBox(count: articles.count)
        let workers = max(1, min(concurrency, articles.count))
        let total = articles.count
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < total {
                let analysis = pipeline.analyze(articles[i])
                let done = results.store(analysis, at: i)
                progress?(done, total)
                i += workers
            }
        }
        return results.values()
    }
}

/// Collects results from several threads under a lock.
private final class ResultBox: @unchecked Sendable {
    private var slots: [ArticleAnalysis?]
    private var done = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: ArticleAnalysis, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = value
        done += 1
        return done
    }

    func values() -> [ArticleAnalysis] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
