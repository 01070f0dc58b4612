/// A strict RFC 8259 parser for one JSON text (one line of a JSON Lines file).
///
/// Hand-written rather than `JSONSerialization` because the canonical form needs what Foundation drops: exact
/// number text (amounts), key order and duplicate keys, and a byte offset for every error. Nesting is capped:
/// the standard's records are three levels deep, and unbounded recursion on `[[[[…` would overflow the stack.
struct JSONParser {
    /// Deeper input is rejected, not recursed into (records need 3 levels; 64 leaves room for extensions).
    static let maximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Parses `bytes` (valid UTF-8) as exactly one JSON value with optional surrounding white space.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == bytes.count else { throw parser.error("JSON 值之后还有多余内容", "unexpected text after the JSON value") }
        return value
    }

    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var result: Result<JSONValue, JSONSyntaxError> = .success(.null)
        bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONSyntaxError) { result = .success(try parse(buffer)) } catch { result = .failure(error) }
        }
        return try result.get()
    }

    private func error(_ reasonZh: String, _ reasonEn: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? index, reason: LocalizedMessage(zh: reasonZh, en: reasonEn))
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard let byte = current else { throw error("记录意外结束，此处应有一个值", "unexpected end of the record, a value was expected") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("意外的字符“\(Self.describe(byte))”，此处应有一个值", "unexpected character '\(Self.describe(byte))', a value was expected")
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        guard depth <= JSONParser.maximumDepth else { throw error("嵌套超过 \(JSONParser.maximumDepth) 层", "nesting deeper than \(JSONParser.maximumDepth) levels") }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { index += 1; depth -= 1; return .object(members) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error("此处应为带双引号的字段名", "a member name in double quotes was expected") }
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("字段名之后应为“:”", "':' was expected after the member name") }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; depth -= 1; return .object(members)
            default: throw error("此处应为“,”或“}”", "',' or '}' was expected")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter()
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { index += 1; depth -= 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; depth -= 1; return .array(items)
            default: throw error("此处应为“,”或“]”", "',' or ']' was expected")
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let start = index
        for byte in UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount) {
            guard current == byte else { throw error("无效的字面量，应为 \(literal)", "invalid literal, expected \(literal)", at: start) }
            index += 1
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        guard let first = current, Self.isDigit(first) else { throw error("数字中此处应为数字字符", "a digit was expected in the number") }
        if first == UInt8(ascii: "0") {
            index += 1
            if let next = current, Self.isDigit(next) { throw error("数字不能有前导零", "a number may not have a leading zero") }
        } else {
            while let byte = current, Self.isDigit(byte) { index += 1 }
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard let byte = current, Self.isDigit(byte) else { throw error("小数点后应为数字", "a digit was expected after '.'") }
            while let byte = current, Self.isDigit(byte) { index += 1 }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard let byte = current, Self.isDigit(byte) else { throw error("指数部分应为数字", "a digit was expected in the exponent") }
            while let byte = current, Self.isDigit(byte) { index += 1 }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = index
        index += 1
        var segmentStart = index
        var scratch: [UInt8] = []
        var escaped = false
        while true {
            guard let byte = current else { throw error("字符串没有结束引号", "unterminated string", at: open) }
            if byte == UInt8(ascii: "\"") {
                let segment = UnsafeBufferPointer(rebasing: bytes[segmentStart..<index])
                index += 1
                if !escaped { return String(decoding: segment, as: UTF8.self) }
                scratch.append(contentsOf: segment)
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte < 0x20 { throw error("字符串中的控制字符 U+00\(Self.hex(byte)) 必须转义", "control character U+00\(Self.hex(byte)) in a string must be escaped") }
            if byte == UInt8(ascii: "\\") {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
                escaped = true
                try parseEscape(into: &scratch)
                segmentStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func parseEscape(into scratch: inout [UInt8]) throws(JSONSyntaxError) {
        let start = index
        index += 1
        guard let code = current else { throw error("转义序列不完整", "unterminated escape", at: start) }
        index += 1
        switch code {
        case UInt8(ascii: "\""): scratch.append(0x22)
        case UInt8(ascii: "\\"): scratch.append(0x5C)
        case UInt8(ascii: "/"): scratch.append(0x2F)
        case UInt8(ascii: "b"): scratch.append(0x08)
        case UInt8(ascii: "f"): scratch.append(0x0C)
        case UInt8(ascii: "n"): scratch.append(0x0A)
        case UInt8(ascii: "r"): scratch.append(0x0D)
        case UInt8(ascii: "t"): scratch.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try parseHex4()
            if (0xD800...0xDBFF).contains(scalar) {
                guard current == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("高位代理项之后必须是低位代理项", "a high surrogate must be followed by a low surrogate", at: start)
                }
                index += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error("无效的低位代理项", "invalid low surrogate", at: start) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error("单独的低位代理项不是字符", "a lone low surrogate is not a character", at: start)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error("无效的 \\u 转义", "invalid \\u escape", at: start) }
            scratch.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw error("无效的转义“\\\(Self.describe(code))”", "invalid escape '\\\(Self.describe(code))'", at: start)
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current else { throw error("\\u 之后应为四位十六进制数字", "four hex digits were expected after \\u") }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("\\u 之后应为四位十六进制数字", "four hex digits were expected after \\u")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    private static func describe(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "0x" + hex(byte)
    }
}
