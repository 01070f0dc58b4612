/// Hand-built JSON text: ~8× faster than `JSONEncoder` and with a fixed key order (`PLATFORM.md` §5), so the
/// same input always gives the same bytes.
enum JSONText {
    /// `text` as a JSON string literal: `"` `\` and every control character escaped, UTF-8 passed through.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string to `out`, working on UTF-8 bytes: the per-scalar `String` building this
    /// replaced took a fifth of a validation run that reported a warning per record (callgrind, BENCHMARKS.md).
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        text.withUTF8Bytes { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var escape: [UInt8]? = nil
                switch byte {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0x00..<0x20, 0x7F: escape = unicodeEscape(UInt32(byte))
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 end lines in JavaScript: escaped so the text is safe to embed anywhere.
                    escape = unicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                default: break
                }
                guard let escape else { index += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: escape)
                index += byte == 0xE2 ? 3 : 1
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }

    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        return [0x5C, 0x75] + [12, 8, 4, 0].map { hex[Int((value >> UInt32($0)) & 0xF)] }
    }

    /// An object from ordered members whose values are already JSON text.
    static func object(_ members: [(String, String)]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(members.reduce(2) { $0 + $1.0.utf8.count + $1.1.utf8.count + 4 })
        out.append(0x7B)
        for (position, member) in members.enumerated() {
            if position > 0 { out.append(0x2C) }
            appendQuoted(member.0, to: &out)
            out.append(0x3A)
            out.append(contentsOf: member.1.utf8)
        }
        out.append(0x7D)
        return String(decoding: out, as: UTF8.self)
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
        // Built in one buffer: a run with a warning per record prints a million of these.
        let message = self.message
        let file = location.file  // a look-up in the name table (``InternedText``): once
        var out: [UInt8] = []
        out.reserveCapacity(160 + message.zh.utf8.count + message.en.utf8.count + file.utf8.count)
        out.append(contentsOf: #"{"rule":"#.utf8)
        JSONText.appendQuoted(rule.rawValue, to: &out)
        out.append(contentsOf: #","severity":""#.utf8)
        out.append(contentsOf: severity.rawValue.utf8)
        out.append(contentsOf: #"","path":"#.utf8)
        JSONText.appendQuoted(path, to: &out)
        out.append(contentsOf: #","location":{"file":"#.utf8)
        JSONText.appendQuoted(file, to: &out)
        out.append(contentsOf: #","record":"#.utf8)
        out.append(contentsOf: String(location.record).utf8)
        out.append(contentsOf: #","line":"#.utf8)
        out.append(contentsOf: String(location.line).utf8)
        if let column = location.column {
            out.append(contentsOf: #","column":"#.utf8)
            out.append(contentsOf: String(column).utf8)
        }
        if let elementPath = location.elementPath {
            out.append(contentsOf: #","elementPath":"#.utf8)
            JSONText.appendQuoted(elementPath, to: &out)
        }
        out.append(contentsOf: #"},"message":{"zh":"#.utf8)
        JSONText.appendQuoted(message.zh, to: &out)
        out.append(contentsOf: #","en":"#.utf8)
        JSONText.appendQuoted(message.en, to: &out)
        out.append(contentsOf: "}}".utf8)
        return String(decoding: out, as: UTF8.self)
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
