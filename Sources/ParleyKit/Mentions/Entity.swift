/// What kind of thing an entity is.
public enum EntityKind: String, Codable, Sendable, CaseIterable {
    /// A named person.
    case person
    /// A company, party, government body, news agency, group.
    case organisation
    /// A country, city, region.
    case place
    /// A source the article does not name ("a senior official", "the ministry's press service").
    case unnamed
}

/// Grammatical gender, as far as the text tells (titles, first names, pronouns).
public enum Gender: String, Codable, Sendable {
    case female, male, unknown
}

/// How a mention refers to its entity.
public enum MentionForm: String, Codable, Sendable {
    /// A proper name: "Maria Lindqvist", "Lindqvist", "Mr Blair".
    case name
    /// A personal pronoun: he, she, they.
    case pronoun
    /// A role description: "the Russian leader", "the minister".
    case description
}

/// A span of text that refers to an entity.
public struct Mention: Hashable, Codable, Sendable {
    /// Where it stands (Unicode scalars).
    public var span: TextSpan
    /// Its text as written.
    public var text: String
    /// What it refers to.
    public var kind: EntityKind
    /// Name, pronoun or description.
    public var form: MentionForm
    /// The entity it was resolved to, if any.
    public var entityID: String?

    /// Makes a mention.
    public init(span: TextSpan, text: String, kind: EntityKind, form: MentionForm = .name, entityID: String? = nil) {
        self.span = span
        self.text = text
        self.kind = kind
        self.form = form
        self.entityID = entityID
    }
}

/// A person, organisation, place or unnamed source, with every name the text gives it.
public struct Entity: Hashable, Codable, Sendable {
    /// Stable id: the kind and the normalised canonical name (`person:vladimir putin`),
    /// so the same name in two articles has the same id before corpus-level merging.
    public var id: String
    /// What kind of entity it is.
    public var kind: EntityKind
    /// The fullest name the text gives (for unnamed sources, the description without its article).
    public var name: String
    /// Other names and spellings that refer to it ("Lindqvist", "Holme").
    public var aliases: [String]
    /// Roles the text gives it ("press secretary of the Russian president"), as written.
    public var roles: [String]
    /// Gender, where titles, first names or pronouns tell.
    public var gender: Gender

    /// Makes an entity; `id` is derived from `kind` and `name`.
    public init(kind: EntityKind, name: String, aliases: [String] = [], roles: [String] = [], gender: Gender = .unknown) {
        self.id = Entity.identifier(kind: kind, name: name)
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.roles = roles
        self.gender = gender
    }

    /// `kind:lowercased name with white space folded`.
    public static func identifier(kind: EntityKind, name: String) -> String {
        let lowered = name.lowercased()
        let folded: String
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the same folding byte by byte (ASCII white space is tab, line feed, vertical tab,
            // form feed, carriage return and space), without a Character split.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(lowered.utf8.count)
            var pendingSpace = false
            for byte in lowered.utf8 {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    if !bytes.isEmpty { pendingSpace = true }
                } else {
                    if pendingSpace { bytes.append(0x20); pendingSpace = false }
                    bytes.append(byte)
                }
            }
            folded = String(decoding: bytes, as: UTF8.self)
        } else {
            folded = lowered.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return "\(kind.rawValue):\(folded)"
    }
}
