/// Something wrong with one input, reported with the file and the reason.
///
/// A problem never stops the other inputs: readers collect problems and go on.
/// `isFatal` tells whether the input was skipped (true) or read with repairs
/// (false, e.g. invalid UTF-8 replaced by U+FFFD).
public struct ReadProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file or folder, as given or as found under a given folder.
    public var path: String
    /// 1-based line where the problem is, when the input has lines.
    public var line: Int?
    /// What is wrong, for a person ("binary file (NUL bytes); skipped").
    public var reason: String
    /// True when the input was skipped; false when it was read with repairs.
    public var isFatal: Bool

    /// Makes a problem.
    public init(path: String, line: Int? = nil, reason: String, isFatal: Bool) {
        self.path = path
        self.line = line
        self.reason = reason
        self.isFatal = isFatal
    }

    /// `path:line: reason`, the shape compilers use, so editors can jump to it.
    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}
