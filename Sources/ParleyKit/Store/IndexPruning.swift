import Foundation

/// Which stored articles no longer hold on disk: the part of `IndexBuilder` that keeps an index true to its files.
///
/// A stored source is a path as it was given (`corpus/a.txt`, `/news/b.html`)
/// or an item of a many-article file (`feed.jsonl#7`). Its file is the path
/// less a `#N` item suffix (unless a file has the whole name), made absolute
/// against `IndexStore.StoredSource.folder` (the working directory of the run
/// that stored it) or, for a row stored before that was recorded, against the
/// current working directory. Sources with `://` are web addresses and are
/// never removed.
///
/// The rules, like those of file indexers (mlocate, recoll, `git add -A`):
/// - Indexing a folder or a file drops the stored articles under it that the
///   read did not give again, when their file is gone, or when their file was
///   read whole (no problem that skipped it or an item of it) and no longer
///   holds that article (a JSON Lines file that lost lines). A file that is
///   there but could not be read this time (binary, emptied, malformed, in a
///   folder that cannot be read), or was passed over (hidden, other
///   extension), keeps its articles; so does a file that cannot be looked at
///   (no permission to search a folder above it).
/// - A path named but gone (reported as "no such file or folder") drops the
///   articles stored from it.
/// - `pruneGoneFiles` (`parley index --prune`) drops every stored article
///   whose file is gone, under any folder; it does not read files, so items
///   gone from a file that is still there go only when that file is indexed again.
extension IndexBuilder {
    /// Why stored articles are to be removed.
    struct Stale {
        /// Sources whose file is gone.
        var goneFiles: [String] = []
        /// Sources whose file is there but no longer gives them.
        var goneItems: [String] = []
        /// Relative sources stored before folders were recorded, which `pruneGoneFiles` did not check.
        var unchecked = 0
    }

    /// The stored sources to remove after a read of `paths`.
    ///
    /// - Parameters:
    ///   - stored: every stored source (`IndexStore.storedSources()`).
    ///   - paths: the paths of the run, as given.
    ///   - kept: sources the run gave (as read, and as stored when a text was stored under another source).
    ///   - readSources: the sources of the articles read (their files gave at least one article).
    ///   - troubled: files (as given or found) with a problem that skipped them or one of their items.
    ///   - all: also check every other stored source's file (`pruneGoneFiles`).
    ///   - listed: the files the paths name (`ArticleReader.files(in:)`), asked for only when a stored file is
    ///     there and gave nothing.
    static func staleSources(stored: [String: IndexStore.StoredSource], paths: [String], kept: Set<String>,
                             readSources: [String], troubled: [String], all: Bool, workingDirectory: String,
                             listed: () -> [String]) -> Stale {
        var stale = Stale()
        let roots = paths.map { path -> (path: String, exists: Bool) in
            let root = absolute(path, in: workingDirectory)
            return (root, FileManager.default.fileExists(atPath: root))
        }
        let read = Set(readSources.map { storedFile($0, folder: workingDirectory) })
        let skipped = Set(troubled.map { absolute($0, in: workingDirectory) })
        var listedFiles: Set<String>?
        for (source, entry) in stored.sorted(by: { $0.key < $1.key }) where !kept.contains(source) && !source.contains("://") {
            let recorded = source.hasPrefix("/") || !entry.folder.isEmpty
            let file = storedFile(source, folder: entry.folder.isEmpty ? workingDirectory : entry.folder)
            let under = roots.filter { root in
                (file == root.path || file.hasPrefix(root.path == "/" ? "/" : root.path + "/"))
                    // a row of an older parley is placed by the working directory only when the path named is there
                    && (recorded || root.exists)
            }
            if under.isEmpty {
                guard all else { continue }
                guard recorded else { stale.unchecked += 1; continue }
                if isGone(file) { stale.goneFiles.append(source) }
                continue
            }
            if isGone(file) {
                stale.goneFiles.append(source)
            } else if !skipped.contains(file) && !ancestors(of: file).contains(where: skipped.contains) {
                if read.contains(file) {
                    stale.goneItems.append(source)
                } else {
                    if listedFiles == nil { listedFiles = Set(listed().map { absolute($0, in: workingDirectory) }) }
                    // listed and read without a problem, yet no article: the file holds none now
                    if listedFiles!.contains(file) { stale.goneItems.append(source) }
                }
            }
        }
        return stale
    }

    /// True when nothing is at `path` (a dangling symbolic link counts as nothing). A path that cannot be looked at
    /// (a folder on the way without permission) is not gone: its articles wait until it can be checked.
    static func isGone(_ path: String) -> Bool {
        var info = stat()
        if stat(path, &info) == 0 { return false }
        return errno == ENOENT || errno == ENOTDIR
    }

    /// The folders above an absolute path, nearest first, "/" last.
    static func ancestors(of path: String) -> [String] {
        var result: [String] = []
        var current = path
        while current != "/", !current.isEmpty {
            current = (current as NSString).deletingLastPathComponent
            result.append(current.isEmpty ? "/" : current)
        }
        return result
    }

    /// The absolute file of a stored source: `source` less a trailing `#N` (N digits) unless a file has the whole
    /// name, made absolute against `folder`.
    static func storedFile(_ source: String, folder: String) -> String {
        let whole = absolute(source, in: folder)
        guard let hash = source.lastIndex(of: "#") else { return whole }
        let item = source[source.index(after: hash)...]
        guard !item.isEmpty, item.allSatisfy(\.isASCII), item.allSatisfy(\.isNumber),
              !FileManager.default.fileExists(atPath: whole) else { return whole }
        return absolute(String(source[..<hash]), in: folder)
    }

    /// `path` made absolute against `folder` (when relative), with `.` and `..` components and repeated or
    /// trailing slashes taken out by its text alone (symbolic links are not followed).
    static func absolute(_ path: String, in folder: String) -> String {
        let full = path.hasPrefix("/") ? path : folder + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
