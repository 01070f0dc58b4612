import Foundation
import Testing
@testable import GovCredit

/// The JSON parser against Python's `json` module, made strict the RFC 8259 way: NaN and Infinity refused, strings
/// must be encodable as UTF-8 (no lone surrogates). Depth is left out: Python's limit is its recursion limit.
@Suite("JSON parser cross-checked with Python")
struct JSONParserCrossCheckTests {
    static let valid: [String] = [
        "{}", "[]", "0", "-0", "1.5e10", "-1.25E-3", "1E+2", "1e400", "12345678901234567890123", "[-0.0e-0]",
        #""a""#, #""""#, "true", "false", "null", " [1 , 2 ] ", "\t{\"a\":[]}\r\n", #"{"a":{"b":[null,true,{"c":"d"}]}}"#,
        #""\u00e9""#, #""\ud83d\ude00""#, #""\"\\\/\b\f\n\r\t""#, "\"中文\"", #""\u0000""#, #""\u001f""#, #""\uFFFF""#,
        #""\uDBFF\uDFFF""#, #"{"a":1,"a":2}"#, "\"\u{7F}\"", "\"\u{2028}\u{2029}\"", #""\u20AC""#, "\"😀\"",
        #"{"":""}"#, "[[[[[[[[[[1]]]]]]]]]]", #"{"a" : 1 , "b" : [ ] }"#,
    ]

    static let invalid: [String] = [
        "", " ", "{", "}", "[1,]", #"{"a":1,}"#, "[,1]", "{,}", "01", "-01", "1.", ".5", "1e", "1e+", "+1", "-", "0x10",
        "NaN", "Infinity", "-Infinity", "'a'", #""a"#, #""\x""#, #""\u12""#, #""\u12G4""#, #""\ud800""#, #""\udc00""#,
        #""\ud800\u0041""#, #""\ud800x""#, "\"\t\"", "\"\n\"", "\"\u{1}\"", "tru", "nul", "truex", "[1 2]", #"{"a" 1}"#,
        "{a:1}", #"{"a":1 "b":2}"#, "[1]]", "1 2", "{}{}", #""\a""#, "\u{FEFF}{}", "[1,,2]", "TRUE", #"{"a":}"#, "[",
        #""\"#, "-1.5e", "0.1.2", "1_000", "\u{A0}{}", "\u{3000}[]", #"{"a":1}}"#, #"["a",]"#, #""\U0041""#, "[01]",
    ]

    static let script = """
    import json, sys
    def refuse(name):
        raise ValueError(name)
    def utf8(value):
        if isinstance(value, str):
            value.encode('utf-8')
        elif isinstance(value, list):
            for item in value: utf8(item)
        elif isinstance(value, dict):
            for key, item in value.items(): utf8(key); utf8(item)
    results = []
    for text in json.loads(sys.stdin.buffer.read().decode('utf-8')):
        try:
            value = json.loads(text, parse_constant=refuse)
            utf8(value)
            results.append([ord(c) for c in value] if isinstance(value, str) else True)
        except (ValueError, UnicodeEncodeError, RecursionError):
            results.append(False)
    print(json.dumps(results))
    """

    /// What Python says of each text: `false` invalid, `true` valid, or the code points of a valid string.
    static func pythonVerdicts(_ texts: [String]) throws -> [Any] {
        let input = try JSONSerialization.data(withJSONObject: texts)
        let output = try ReaderTestPython.run(script, input: input)
        return try #require(try JSONSerialization.jsonObject(with: output) as? [Any])
    }

    @Test("Python agrees with the table: valid texts are valid, invalid ones invalid")
    func tableAgreesWithPython() throws {
        let verdicts = try Self.pythonVerdicts(Self.valid + Self.invalid)
        try #require(verdicts.count == Self.valid.count + Self.invalid.count)
        for (text, verdict) in zip(Self.valid + Self.invalid, verdicts) {
            let pythonValid = (verdict as? Bool) ?? true
            #expect(pythonValid == Self.valid.contains(text), "table disagrees with python on \(text.debugDescription)")
        }
    }

    @Test("The parser accepts exactly what strict Python accepts, and decodes strings to the same code points")
    func parserAgreesWithPython() throws {
        let texts = Self.valid + Self.invalid
        let verdicts = try Self.pythonVerdicts(texts)
        try #require(verdicts.count == texts.count)
        for (text, verdict) in zip(texts, verdicts) {
            let bytes = Array(text.utf8)
            let parsed: JSONValue?
            do {
                parsed = try JSONParser.parse(bytes)
            } catch {
                parsed = nil
                #expect((0...bytes.count).contains(error.offset), "\(text.debugDescription): offset \(error.offset)")
                #expect(!error.reason.en.isEmpty && !error.reason.zh.isEmpty)
            }
            let pythonValid = (verdict as? Bool) ?? true
            #expect((parsed != nil) == pythonValid, "\(text.debugDescription): parser \(parsed != nil), python \(pythonValid)")
            if case .string(let string)? = parsed, let codePoints = verdict as? [Int] {
                #expect(string.unicodeScalars.map { Int($0.value) } == codePoints, "\(text.debugDescription)")
            }
        }
    }

    @Test("Numbers keep their source text")
    func numbersKeepTheirText() throws {
        for text in ["12345678901234.56", "0.10", "-0", "1E+2", "12345678901234567890123"] {
            #expect(try JSONParser.parse(Array(text.utf8)) == .number(text))
        }
    }

    @Test("Nesting is bounded: shallow nesting parses, 10,000 levels throw instead of overflowing the stack")
    func nestingIsBounded() throws {
        let shallow = String(repeating: "[", count: 32) + String(repeating: "]", count: 32)
        #expect(throws: Never.self) { _ = try JSONParser.parse(Array(shallow.utf8)) }
        for depth in [10_000, 1_000_000] {
            let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            #expect(throws: JSONSyntaxError.self) { _ = try JSONParser.parse(Array(deep.utf8)) }
        }
    }
}
