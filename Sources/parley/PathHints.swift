import Foundation
import ParleyKit

/// Hints for paths that are not there: the nearest existing name (`bbc-politcs` → `bbc-politics`), whether a
/// query word looks like a path typed wrong, and what parley reads.
enum PathHint {
    /// What parley reads, for messages about input it could not read.
    static let formats = "parley reads text (.txt), Markdown (.md), HTML (.html), JSON (.json, .jsonl), RSS/Atom feeds "
        + "(.rss, .atom, .xml) and Reuters SGML (.sgm) files, and folders of them (see `parley help`)"

    /// The Levenshtein distance between `a` and `b` (insertions, deletions and substitutions of characters).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The edits a name of `length` characters may be away from an existing name to count as a typing slip of
    /// it: none below 4 characters (too many short words are near some short name), 1 up to 7, 2 from 8.
    static func allowedEdits(length: Int) -> Int { length >= 8 ? 2 : length >= 4 ? 1 : 0 }

    /// The existing file or folder whose name is nearest to the last component of `path`, in the folder `path`
    /// names (the working directory when it names none), when it is a likely typing slip: within
    /// `allowedEdits` of it, ignoring case, and not `path` itself. Hidden names are not offered.
    ///
    /// - Returns: the path to offer, written like `path` (`corpora/bbc-politics` for `corpora/bbc-politcs`), or nil.
    static func nearest(to path: String) -> String? {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let name = (trimmed as NSString).lastPathComponent
        let parent = (trimmed as NSString).deletingLastPathComponent
        let typed = Array(name.lowercased())
        let allowed = allowedEdits(length: typed.count)
        guard allowed > 0 else { return nil }
        let folder = parent.isEmpty ? "." : parent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        var best: (name: String, edits: Int)?
        for candidate in names.sorted() where !candidate.hasPrefix(".") && candidate != name {
            let edits = distance(typed, Array(candidate.lowercased()))
            if edits <= allowed && edits < (best?.edits ?? Int.max) { best = (candidate, edits) }
        }
        guard let best else { return nil }
        return parent.isEmpty ? best.name : (parent as NSString).appendingPathComponent(best.name)
    }

    /// " (did you mean X?)" for a path that is not there, when an existing name is near; else "".
    static func suggestion(for path: String) -> String {
        nearest(to: path).map { " (did you mean \($0)?)" } ?? ""
    }

    /// True when `word`, a positional argument taken as a query word because no such file or folder exists,
    /// looks like a path all the same: it holds a `/`, ends in an extension of an article format, or is a
    /// typing slip of a name in the working directory. Words with a `:` (query fields, URLs) never do.
    static func looksLikePath(_ word: String) -> Bool {
        guard !word.contains(":"), !word.hasPrefix("-"), !FileManager.default.fileExists(atPath: word) else { return false }
        if word.contains("/") { return true }
        let ext = (word as NSString).pathExtension.lowercased()
        if !ext.isEmpty && (ArticleReader.supportedExtensions.contains(ext) || ArticleReader.unsupportedExtensions.contains(ext)) {
            return true
        }
        return nearest(to: word) != nil
    }

    /// The warning for a query word that looks like a path: `parley: bbc-politcs: no such file or folder here;
    /// taken as query words (did you mean bbc-politics?)`.
    static func wordWarning(_ word: String) -> String {
        "parley: \(word): no such file or folder here; taken as query words\(suggestion(for: word))"
    }

    /// A read problem as a line for stderr, `parley: path: reason`, with the nearest existing name offered
    /// for a path that does not exist.
    static func line(_ problem: ReadProblem) -> String {
        let hint = problem.reason == "no such file or folder" ? suggestion(for: problem.path) : ""
        return "parley: \(problem)\(hint)"
    }
}
