/// A YAML node as written: text is never typed (`0123`, `no`, `1.50`, `2023-08-05` stay text; `!!int` tags are
/// ignored), and every node carries its 1-based line so that a mistake is reported where it is.
indirect enum YAMLNode: Sendable {
    /// `plain`: written unquoted and untagged, the only form YAML's null words (`~`, `null`, empty) apply to.
    case scalar(String, plain: Bool, line: Int)
    case sequence([YAMLNode], line: Int)
    /// Entries in source order. Keys are scalars (a collection as a key is refused by the loaders).
    case mapping([(key: String, keyLine: Int, value: YAMLNode)], line: Int)

    /// Where the node starts.
    var line: Int {
        switch self {
        case .scalar(_, _, let line), .sequence(_, let line), .mapping(_, let line): return line
        }
    }

    /// The value of the first entry named `key` in a mapping; `nil` for a missing key or a node that is not a mapping.
    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let entries, _) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// A scalar's text (a null scalar's too: `~` gives "~"); `nil` for collections.
    var string: String? {
        guard case .scalar(let text, _, _) = self else { return nil }
        return text
    }

    /// A plain `~`, `null`, `Null`, `NULL` or nothing at all: YAML's null, the one word this project resolves.
    var isNull: Bool {
        guard case .scalar(let text, let plain, _) = self else { return false }
        return Self.isNull(text, plain: plain)
    }

    /// The items of a sequence; `nil` for other nodes.
    var items: [YAMLNode]? {
        guard case .sequence(let items, _) = self else { return nil }
        return items
    }

    /// The entries of a mapping; `nil` for other nodes.
    var entries: [(key: String, keyLine: Int, value: YAMLNode)]? {
        guard case .mapping(let entries, _) = self else { return nil }
        return entries
    }

    /// YAML 1.2's core-schema null forms, applied to plain scalars only: quoted `"null"` is text.
    static func isNull(_ text: String, plain: Bool) -> Bool {
        // Longer text is never a null word: compared without it, every Chinese value took Unicode's slow path.
        plain && text.utf8.count <= 4 && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }

    /// What a node is, for messages.
    var kindName: (zh: String, en: String) {
        switch self {
        case .scalar where isNull: return ("空值", "null")
        case .scalar: return ("单个值（标量）", "a single value (a scalar)")
        case .sequence: return ("列表（序列）", "a list (a sequence)")
        case .mapping: return ("键值映射", "a mapping")
        }
    }
}

extension YAMLNode: Equatable {
    static func == (lhs: YAMLNode, rhs: YAMLNode) -> Bool {
        switch (lhs, rhs) {
        case let (.scalar(a, aPlain, aLine), .scalar(b, bPlain, bLine)):
            return a == b && aPlain == bPlain && aLine == bLine
        case let (.sequence(a, aLine), .sequence(b, bLine)):
            return a == b && aLine == bLine
        case let (.mapping(a, aLine), .mapping(b, bLine)):
            return aLine == bLine && a.count == b.count
                && zip(a, b).allSatisfy { $0.key == $1.key && $0.keyLine == $1.keyLine && $0.value == $1.value }
        default:
            return false
        }
    }
}
