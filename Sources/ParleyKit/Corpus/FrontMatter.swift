import Foundation
import Yams

/// YAML front matter of a Markdown article, read with Yams (a YAML 1.1 parser).
///
/// Only top-level `key: value` pairs are kept. A scalar value is taken as
/// written after YAML's own unquoting, escapes and line folding (so a title
/// that runs over two lines, or holds `\_`, a no-break space, comes out as one
/// line of text, its no-break spaces made plain: they only steer line breaks
/// on a web page); a list of scalars is joined with ", " (several authors);
/// nested mappings are passed over. Keys are lowercased. Timestamps stay text:
/// `compose` gives nodes, not values, so "2021-06-01" is not turned into a date
/// in some time zone.
enum FrontMatter {
    /// Keys that may hold the publication date, most specific first (Jekyll, Hugo, and the White House archive's export).
    static let dateKeys = ["date", "published_time", "published", "publishdate", "pubdate", "created"]
    /// Keys that may hold the article's web address.
    static let urlKeys = ["source_url", "url", "canonical_url", "link", "permalink"]
    /// Keys that may hold the outlet.
    static let outletKeys = ["outlet", "publisher", "site", "site_name", "source"]

    /// The fields of `yaml`, the text between the `---` lines.
    ///
    /// - Returns: lowercased keys to their text (empty for empty front matter).
    /// - Throws: Yams' error when the text is not valid YAML.
    static func fields(in yaml: String) throws -> [String: String] {
        guard let node = try Yams.compose(yaml: yaml), let mapping = node.mapping else { return [:] }
        var fields: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string?.lowercased() else { continue }
            if let text = value.string {
                fields[name] = plain(text)
            } else if let items = value.sequence {
                let texts = items.compactMap { $0.string.map(plain) }.filter { !$0.isEmpty }
                if !texts.isEmpty { fields[name] = texts.joined(separator: ", ") }
            }
        }
        return fields
    }

    /// `text` trimmed, with no-break spaces (U+00A0, U+202F) made plain spaces.
    private static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The 1-based line of the front matter where a Yams error lies, when it tells
    /// (Yams counts lines from 1; the file's line is one more, for the opening `---`).
    static func line(of error: Error) -> Int? {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return mark.line
            default:
                return nil
            }
        }
        return nil
    }

    /// A short reason for a Yams error, for a person.
    static func reason(of error: Error) -> String {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
                return problem
            default:
                break
            }
        }
        return "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
    }
}
