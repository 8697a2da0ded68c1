import Foundation

/// Reads parley's data files from the package's `Resources/` folder.
///
/// A data file is UTF-8 text. Lines that start with `#` are comments (each
/// file's header names its source); blank lines are skipped; white space at
/// both ends of a line is trimmed.
public enum ResourceFile {
    /// The `Resources` folder shipped inside the package's bundle.
    ///
    /// Built from `bundleURL`, not `resourceURL`: on Linux, Foundation takes a
    /// bundle's `Resources` subfolder as its resource folder when one exists,
    /// so `resourceURL` would already end in `Resources`.
    public static var directory: URL {
        Bundle.module.bundleURL.appendingPathComponent("Resources")
    }

    /// The URL of `name` (a path relative to `Resources/`, with extension).
    public static func url(_ name: String) -> URL {
        directory.appendingPathComponent(name)
    }

    /// The non-comment, non-blank lines of the data file `name`, trimmed.
    ///
    /// A missing resource is a packaging error, so it stops the program with
    /// a message naming the file rather than being thrown to every caller.
    public static func lines(_ name: String) -> [String] {
        let url = url(name)
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            fatalError("parley: the data file \(url.path) is missing or not UTF-8; the package was not built whole")
        }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// The sample articles `parley` browses when it is given no path: the `.txt` files of `Resources/Sample/`.
    public static var sampleArticleURLs: [URL] {
        let folder = url("Sample")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
