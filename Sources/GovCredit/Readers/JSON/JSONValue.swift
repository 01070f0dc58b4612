/// A JSON value as the canonical JSON form needs it: numbers keep their source text, so amounts are read as
/// exact decimals (SPEC §1) and never pass through `Double`; objects keep key order and duplicates, so a
/// duplicate key can be reported instead of silently overwritten.
indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)): return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The JSON type's name, for messages.
    var typeName: (zh: String, en: String) {
        switch self {
        case .null: return ("null", "null")
        case .bool: return ("布尔值", "a boolean")
        case .number: return ("数字", "a number")
        case .string: return ("字符串", "a string")
        case .array: return ("数组", "an array")
        case .object: return ("对象", "an object")
        }
    }
}

/// A JSON syntax error at a byte offset of the parsed text.
struct JSONSyntaxError: Error, Equatable {
    /// 0-based byte offset where the error was noticed.
    let offset: Int
    /// What is wrong, in both languages.
    let reason: LocalizedMessage
}
