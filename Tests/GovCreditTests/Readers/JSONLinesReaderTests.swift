import Foundation
import Testing
@testable import GovCredit

// The JSON Lines reader as the pipeline uses it (RecordFileValidator): numbering, line breaks, BOM, malformed and
// hostile lines. Each bad line is one rejected record with a located finding; reading goes on; read = accepted +
// rejected (SPEC §7).

/// A piece of a test file: the UTF-8 BOM, fixture record n (0-based), or literal text.
enum FilePiece: Sendable {
    case bom
    case record(Int)
    case text(String)
}

struct LayoutCase: Sendable, CustomTestStringConvertible {
    let label: String
    let pieces: [FilePiece]
    /// (record, line) of each record, in order.
    let positions: [[Int]]
    var testDescription: String { label }
}

@Suite("JSON Lines reader")
struct JSONLinesReaderTests {
    static func bytes(_ pieces: [FilePiece], records: [String]) -> [UInt8] {
        pieces.flatMap { piece -> [UInt8] in
            switch piece {
            case .bom: return ReaderHarness.bom
            case .record(let index): return Array(records[index].utf8)
            case .text(let text): return Array(text.utf8)
            }
        }
    }

    // MARK: - Numbering

    static let layouts: [LayoutCase] = [
        .init(label: "LF, final newline", pieces: [.record(0), .text("\n"), .record(1), .text("\n"), .record(2), .text("\n")],
              positions: [[1, 1], [2, 2], [3, 3]]),
        .init(label: "no final newline", pieces: [.record(0), .text("\n"), .record(1), .text("\n"), .record(2)],
              positions: [[1, 1], [2, 2], [3, 3]]),
        .init(label: "CRLF", pieces: [.record(0), .text("\r\n"), .record(1), .text("\r\n"), .record(2), .text("\r\n")],
              positions: [[1, 1], [2, 2], [3, 3]]),
        .init(label: "CRLF, last line ends in CR only", pieces: [.record(0), .text("\r\n"), .record(1), .text("\r\n"), .record(2), .text("\r")],
              positions: [[1, 1], [2, 2], [3, 3]]),
        .init(label: "blank and white-space lines", pieces: [.text("\n"), .record(0), .text("\n\n"), .record(1),
                                                             .text("\n \t \n"), .record(2), .text("\n\n")],
              positions: [[1, 2], [2, 4], [3, 6]]),
        .init(label: "CRLF blank lines", pieces: [.record(0), .text("\r\n\r\n\r\n"), .record(1), .text("\r\n  \r\n"), .record(2)],
              positions: [[1, 1], [2, 4], [3, 6]]),
        .init(label: "BOM", pieces: [.bom, .record(0), .text("\n"), .record(1), .text("\n"), .record(2), .text("\n")],
              positions: [[1, 1], [2, 2], [3, 3]]),
        .init(label: "BOM then a blank line", pieces: [.bom, .text("\n"), .record(0), .text("\n"), .record(1), .text("\n"), .record(2)],
              positions: [[1, 2], [2, 3], [3, 4]]),
        .init(label: "BOM, CRLF, blank line, no final newline",
              pieces: [.bom, .record(0), .text("\r\n\r\n"), .record(1), .text("\r\n"), .record(2)],
              positions: [[1, 1], [2, 3], [3, 4]]),
    ]

    @Test("Records and physical lines are numbered across blank lines, CRLF, a BOM and a missing final newline",
          arguments: layouts)
    func numbering(_ layout: LayoutCase) throws {
        let records = try ReaderHarness.lines(.complaint)
        let (counts, outcomes) = try ReaderHarness.run(Self.bytes(layout.pieces, records: records))
        #expect(counts.read == 3 && counts.accepted == 3 && counts.rejected == 0)
        #expect(ReaderHarness.positions(outcomes) == layout.positions)
        #expect(outcomes.map { $0.record?[path: "id"]?.text } == ["C-001", "C-002", "C-003"])
        for outcome in outcomes { #expect(outcome.findings.isEmpty, "\(outcome.findings.map(\.message.en))") }
    }

    @Test("Numbering stays exact across read-chunk boundaries (a 3 MB file, a blank line every seventh)")
    func numberingAcrossChunks() throws {
        let records = try ReaderHarness.lines(.performance)
        var text = ""
        var expected: [[Int]] = []
        var line = 0
        for index in 0..<16_000 {
            line += 1
            if index % 7 == 6 { text += index % 2 == 0 ? "\n" : "\r\n"; line += 1 }
            text += records[index % records.count] + (index % 3 == 0 ? "\r\n" : "\n")
            expected.append([index + 1, line])
        }
        #expect(text.utf8.count > 3 << 20)
        let (counts, outcomes) = try ReaderHarness.run(Array(text.utf8), category: .performance)
        #expect(counts.read == 16_000 && counts.accepted == 16_000)
        #expect(ReaderHarness.positions(outcomes) == expected)
    }

    @Test("An empty file, or one with only blank lines or a BOM, reads no record",
          arguments: [[], ReaderHarness.bom, Array("\n\n  \r\n\t\n".utf8), ReaderHarness.bom + Array("\r\n".utf8)])
    func emptyFiles(_ bytes: [UInt8]) throws {
        let (counts, outcomes) = try ReaderHarness.run(bytes)
        #expect(counts == RecordCounts() && outcomes.isEmpty)
    }

    @Test("A file that cannot be opened throws InputError, not an outcome")
    func missingFile() throws {
        let validator = RecordFileValidator(options: ValidationOptions(today: fixtureToday))
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-\(UUID().uuidString)/complaint.jsonl")
        #expect(throws: InputError.self) { _ = try validator.validateFile(at: missing.path, category: .complaint) { _ in } }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-\(UUID().uuidString).jsonl")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(throws: InputError.self) { _ = try validator.validateFile(at: directory.path, category: .complaint) { _ in } }
    }

    // MARK: - Malformed lines

    /// (malformed line, the text its column must point at; `nil`: one past the end of the line).
    static let malformed: [(String, String?)] = [
        (#"{"id": "C-001",, "x": 1}"#, ", \"x\""),
        (#"{"id" "C-001"}"#, "\"C-001\""),
        (#"{"摘要": x}"#, "x}"),
        (#"{"id": 'C-001'}"#, "'"),
        (#"{"id": "C-001"} x"#, "x"),
        (#"{"a": tru}"#, "tru"),
        (#"{"a": 01}"#, "1}"),
        (#"{"a": "x\qy"}"#, "\\q"),
        (#"{"a": 1,}"#, "}"),
        (#"{"a": "中文", "b": [1 2]}"#, "2]"),
        (#"{"id": "C-001""#, nil),
        (#"{"a": -}"#, "}"),
    ]

    @Test("A malformed line among good ones: input.syntax at its column; the good ones are accepted",
          arguments: malformed.indices)
    func malformedLine(_ index: Int) throws {
        let (bad, pointer) = Self.malformed[index]
        let good = try ReaderHarness.lines(.complaint)
        let (counts, outcomes) = try ReaderHarness.run(text: [good[0], bad, "", good[1]].joined(separator: "\n") + "\n")
        #expect(counts.read == 3 && counts.accepted == 2 && counts.rejected == 1)
        #expect(ReaderHarness.positions(outcomes) == [[1, 1], [2, 2], [3, 4]])
        #expect(outcomes[0].isAccepted && outcomes[2].isAccepted)
        let finding = try #require(outcomes[1].findings.first)
        #expect(outcomes[1].findings.count == 1 && outcomes[1].record == nil)
        #expect(finding.rule.rawValue == "input.syntax" && finding.severity == .error && finding.path.isEmpty)
        let column = try pointer.map { try ReaderHarness.column(of: $0, in: bad) } ?? bad.unicodeScalars.count + 1
        #expect(finding.location.column == column, "\(bad): \(finding.message.en)")
        #expect(finding.location.line == 2 && finding.location.record == 2)
        #expect(finding.message.en.contains("column \(column)") && finding.message.zh.contains("第 \(column) 列"))
    }

    @Test("A line that is not an object: input.not-object, naming what it is",
          arguments: [("[1,2]", "an array"), ("\"text\"", "a string"), ("42", "a number"), ("true", "a boolean"),
                      ("null", "null"), (" [ ] ", "an array")])
    func notAnObject(_ line: String, _ found: String) throws {
        let good = try ReaderHarness.lines(.complaint)
        let (counts, outcomes) = try ReaderHarness.run(text: [line, good[0]].joined(separator: "\n"))
        #expect(counts.read == 2 && counts.accepted == 1 && counts.rejected == 1)
        #expect(outcomes.first?.errorKeys == ["input.not-object@"])
        #expect(outcomes.first?.findings.first?.message.en.contains(found) == true)
    }

    // MARK: - Encoding (SPEC §1: never a silent replacement)

    @Test("Bytes that are neither UTF-8 nor GB18030: input.encoding at their column; UTF-8 neighbours intact",
          arguments: [[0xFF], [0x80], [0xFE, 0xFF], [0xFF, 0xFF, 0xFF]] as [[UInt8]])
    func invalidBytes(_ bad: [UInt8]) throws {
        let good = try ReaderHarness.lines(.complaint)
        let prefix = #"{"id": "C-009", "summary": "投诉"#
        let line = Array(prefix.utf8) + bad + Array(#"内容"}"#.utf8)
        let bytes = Array(good[0].utf8) + [0x0A] + line + [0x0A] + Array(good[1].utf8) + [0x0A]
        let (counts, outcomes) = try ReaderHarness.run(bytes)
        #expect(counts.read == 3 && counts.accepted == 2 && counts.rejected == 1)
        let finding = try #require(outcomes[1].findings.first)
        #expect(outcomes[1].errorKeys == ["input.encoding@"] && outcomes[1].record == nil)
        #expect(finding.location.column == prefix.unicodeScalars.count + 1 && finding.location.line == 2)
        #expect(!finding.message.en.contains("\u{FFFD}") && !finding.message.zh.contains("\u{FFFD}"))
        // The lines around it are still read as UTF-8.
        #expect(outcomes[0].record?[path: "respondent.name"]?.text == "杭州市西湖区经济和信息化局")
        #expect(outcomes[2].record?[path: "respondent.name"]?.text == "深圳市福田区住房和建设局")
    }

    @Test("UTF-8 sequences that are not characters are input.encoding (surrogates, overlong, beyond U+10FFFF)",
          arguments: [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8]] as [[UInt8]])
    func invalidUTF8Sequences(_ bad: [UInt8]) throws {
        // Alone in a file of ASCII text, these bytes are not UTF-8; the test accepts either reading SPEC §1 allows
        // (GB18030 fallback for the whole file, or a located error) but never U+FFFD.
        let line = Array(#"{"id": "C-009", "summary": "a"#.utf8) + bad + Array(#"b"}"#.utf8)
        let (counts, outcomes) = try ReaderHarness.run(line + [0x0A])
        #expect(counts.read == 1)
        let outcome = try #require(outcomes.first)
        if let summary = outcome.record?[path: "summary"]?.text {
            #expect(!summary.contains("\u{FFFD}"), "silently replaced: \(summary)")
        } else {
            #expect(outcome.errorKeys.contains("input.encoding@"), "\(outcome.errorKeys)")
        }
    }

    @Test("A GB18030 file (SPEC §1: strict UTF-8, then GB18030) is read as GB18030")
    func gb18030File() throws {
        let text = try ReaderHarness.lines(.complaint).joined(separator: "\n") + "\n"
        let encoded = try ReaderTestPython.run("import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('gb18030'))",
                                               input: Data(text.utf8))
        #expect(String(validating: Array(encoded), as: UTF8.self) == nil, "the GB18030 bytes must not be UTF-8")
        let (counts, outcomes) = try ReaderHarness.run(Array(encoded))
        #expect(counts.read == 3 && counts.accepted == 3, "\(outcomes.map(\.errorKeys))")
        #expect(outcomes.first?.record?[path: "respondent.name"]?.text == "杭州市西湖区经济和信息化局")
    }

    // MARK: - Keys and values

    /// (how to edit the compact fixture line, the duplicated path).
    static let duplicates: [(String, String, String)] = [
        ("{", #"{"id":"C-009","#, "id"),
        ("{", #"{"summary":"同样的摘要","#, "summary"),
        (#""respondent":{"#, #""respondent":{"uscc":"11330106002495318K","#, "respondent.uscc"),
        ("{", #"{"\u0069d":"C-001","#, "id"),
    ]

    @Test("A key given twice in a record is input.duplicate-key at its path (escapes decoded first)",
          arguments: duplicates.indices)
    func duplicateKey(_ index: Int) throws {
        let (target, replacement, path) = Self.duplicates[index]
        let good = try ReaderHarness.lines(.complaint)[0]
        let range = try #require(good.range(of: target))
        let line = good.replacingCharacters(in: range, with: replacement)
        let (counts, outcomes) = try ReaderHarness.run(text: line + "\n")
        #expect(counts.rejected == 1)
        #expect(outcomes.first?.errorKeys == ["input.duplicate-key@\(path)"])
    }

    @Test("Keys differing in case are not duplicates: the unknown one is field.unknown")
    func keysAreCaseSensitive() throws {
        let good = try ReaderHarness.lines(.complaint)[0]
        let (_, outcomes) = try ReaderHarness.run(text: good.replacingOccurrences(of: #"{"id":"C-001","#, with: #"{"id":"C-001","ID":"C-001","#))
        #expect(outcomes.first?.errorKeys == ["field.unknown@ID"])
    }

    @Test("null counts as absent", arguments: [
        ("channelTicket", [String]()), ("complainantContact", []), ("amountInvolved", []), ("complainantContact.idNumber", []),
        ("summary", ["field.required@summary"]), ("respondent", ["field.required@respondent"]),
        ("respondent.name", ["field.required@respondent.name"]),
        ("transferredDate", ["field.conditional-required@transferredDate"]),
    ])
    func nullIsAbsent(_ path: String, _ errors: [String]) throws {
        let record = try TestFiles.validRecords(.complaint)[0].setting(path, to: .null)
        #expect(record.text.contains("null"))
        let (_, outcomes) = try ReaderHarness.run(text: record.text)
        let outcome = try #require(outcomes.first)
        #expect(outcome.errorKeys == errors && outcome.warningKeys.isEmpty)
        #expect(outcome.record?[path: path] == nil)
    }

    @Test("An amount given as a JSON number is read from its digits, exactly", arguments: [
        ("12345678901234.56", "12345678901234.56"), ("9999999999999999.99", "9999999999999999.99"), ("12.5", "12.50"),
        ("0", "0.00"), ("1500000", "1500000.00"), ("0.07", "0.07"), ("0.1", "0.10"),
        ("1e3", nil), ("1E3", nil), ("1.5e2", nil), ("1.0e0", nil), ("12.345", nil), ("-1", nil), ("-0", nil),
        ("10000000000000000", nil),
    ] as [(String, String?)])
    func amountAsNumber(_ number: String, _ canonical: String?) throws {
        let record = try TestFiles.validRecords(.complaint)[0].setting("amountInvolved", to: .number(number))
        #expect(record.text.contains(#""amountInvolved":\#(number),"#))
        let (_, outcomes) = try ReaderHarness.run(text: record.text)
        let outcome = try #require(outcomes.first)
        if let canonical {
            #expect(outcome.findings.isEmpty, "\(outcome.errorKeys)")
            #expect(outcome.record?[path: "amountInvolved"]?.text == canonical)
        } else {
            #expect(outcome.errorKeys == ["field.amount@amountInvolved"])
        }
    }

    // MARK: - Escapes

    /// Replaces the summary of the first complaint fixture with raw JSON string content.
    static func lineWithSummary(_ raw: String) throws -> String {
        let record = try TestFiles.validRecords(.complaint)[0].setting("summary", to: .string("@@SUMMARY@@"))
        return record.text.replacingOccurrences(of: "@@SUMMARY@@", with: raw)
    }

    @Test("Escapes decode to the characters they name (then NFC)", arguments: [
        (#"第一行\n第二行"#, "第一行\n第二行"), (#"他说\"好\""#, "他说\"好\""), (#"\u4e2d\u6587"#, "中文"), (#"\u4E2D"#, "中"),
        (#"\ud83d\ude00 ok"#, "\u{1F600} ok"), (#"\uD834\uDD1E"#, "\u{1D11E}"), (#"a\\b"#, "a\\b"), (#"a\/b"#, "a/b"),
        (#"a\tb"#, "a\tb"), (#"x\r\ny"#, "x\r\ny"), (#"\u00e9"#, "\u{E9}"), (#"e\u0301"#, "\u{E9}"),
        (#"\u0022\u005c"#, "\"\\"),
    ])
    func escapes(_ raw: String, _ expected: String) throws {
        let (_, outcomes) = try ReaderHarness.run(text: try Self.lineWithSummary(raw))
        let outcome = try #require(outcomes.first)
        #expect(outcome.findings.isEmpty, "\(outcome.errorKeys)")
        let summary = outcome.record?[path: "summary"]?.text
        #expect(summary.map { Array($0.unicodeScalars) } == Array(expected.unicodeScalars), "\(summary.debugDescription)")
    }

    @Test("Escaped control characters are decoded, then refused by the field rule",
          arguments: [#"a\u0000b"#, #"a\bb"#, #"a\fb"#, #"a\u001fb"#, #"a\u007fb"#])
    func escapedControlCharacters(_ raw: String) throws {
        let (_, outcomes) = try ReaderHarness.run(text: try Self.lineWithSummary(raw))
        #expect(outcomes.first?.errorKeys == ["field.control-character@summary"])
    }

    @Test("An escaped key names the field", arguments: [#""\u0073ummary":"#, #""summ\u0061ry":"#])
    func escapedKey(_ key: String) throws {
        let line = try ReaderHarness.lines(.complaint)[0].replacingOccurrences(of: #""summary":"#, with: key)
        #expect(line.contains(key))
        let (_, outcomes) = try ReaderHarness.run(text: line)
        #expect(outcomes.first?.findings.isEmpty == true, "\(outcomes.first?.errorKeys ?? [])")
    }

    @Test("Lone or mismatched surrogate escapes are input.syntax at the escape", arguments: [
        #"\ud800"#, #"\udc00"#, #"\ud800\u0041"#, #"\ud800x"#, #"\ud83d\ud83d"#, #"\ude00\ud83d"#, #"ok \uDFFF"#,
    ])
    func loneSurrogates(_ raw: String) throws {
        let line = try Self.lineWithSummary(raw)
        let (counts, outcomes) = try ReaderHarness.run(text: line)
        #expect(counts.rejected == 1)
        let finding = try #require(outcomes.first?.findings.first)
        #expect(outcomes.first?.errorKeys == ["input.syntax@"])
        let escape = try #require(raw.range(of: "\\"))
        let expected = try ReaderHarness.column(of: raw, in: line) + raw[..<escape.lowerBound].unicodeScalars.count
        #expect(finding.location.column == expected, "\(finding.message.en)")
    }

    // MARK: - Hostile input: depth, size

    @Test("Nesting 10,000 and 100,000 deep is a located input.syntax, not a crash; the next line is read",
          arguments: [10_000, 100_000])
    func deepNesting(_ depth: Int) throws {
        let good = try ReaderHarness.lines(.complaint)[0]
        let arrays = #"{"id": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
        let unclosed = String(repeating: "[", count: depth)
        let (counts, outcomes) = try ReaderHarness.run(text: [arrays, objects, unclosed, good].joined(separator: "\n"))
        #expect(counts.read == 4 && counts.accepted == 1 && counts.rejected == 3)
        for outcome in outcomes.prefix(3) {
            #expect(outcome.errorKeys == ["input.syntax@"])
            let column = try #require(outcome.findings.first?.location.column)
            #expect(column > 1 && column <= depth * 6)
        }
        #expect(ReaderHarness.positions(outcomes) == [[1, 1], [2, 2], [3, 3], [4, 4]])
    }

    /// (path, rule) for a 10 MB value: the record is rejected and no message quotes the value.
    static let hugeValues: [(String, String)] = [
        ("summary", "field.length"), ("channel", "field.code"), ("receivedDate", "field.date"),
        ("complainant.uscc", "uscc.length"), ("id", "field.pattern"), ("respondent.divisionCode", "division.format"),
    ]

    @Test("A 10 MB value is reported by its field rule; messages stay short and do not contain it",
          arguments: hugeValues.indices)
    func tenMegabyteValue(_ index: Int) throws {
        let (path, rule) = Self.hugeValues[index]
        let huge = String(repeating: "a", count: 10 << 20)
        let record = try TestFiles.validRecords(.complaint)[0].setting(path, to: .string(huge))
        let (counts, outcomes) = try ReaderHarness.run(text: record.text + "\n")
        #expect(counts.read == 1 && counts.rejected == 1)
        let outcome = try #require(outcomes.first)
        #expect(outcome.errorKeys.contains("\(rule)@\(path)"), "\(outcome.errorKeys)")
        for finding in outcome.findings {
            for message in [finding.message.zh, finding.message.en] {
                #expect(message.unicodeScalars.count < 1_000, "\(finding.rule): \(message.unicodeScalars.count) characters")
                #expect(!message.contains(String(repeating: "a", count: 100)))
            }
        }
        if rule == "field.length" {
            #expect(outcome.findings.first?.message.en.contains("\(10 << 20) characters") == true)
        }
    }

    // MARK: - Records over the size limit

    /// A performance fixture line padded with spaces after its closing brace to exactly `size` bytes.
    static func performanceLine(bytes size: Int) throws -> String {
        let line = try ReaderHarness.lines(.performance)[2]
        precondition(line.utf8.count <= size)
        return line + String(repeating: " ", count: size - line.utf8.count)
    }

    struct OversizeCase: Sendable, CustomTestStringConvertible {
        let label: String
        /// Byte sizes of the lines (each a padded valid record); `oversized` ones must be rejected.
        let sizes: [Int]
        let finalNewline: Bool
        var testDescription: String { label }
    }

    static let oversizeCases: [OversizeCase] = [
        .init(label: "small, 5 000 bytes, small", sizes: [300, 5_000, 300], finalNewline: true),
        .init(label: "first line too large", sizes: [5_000, 300], finalNewline: true),
        .init(label: "last line too large, no final newline", sizes: [300, 5_000], finalNewline: false),
        .init(label: "exactly the limit, one byte more", sizes: [1_024, 1_025, 1_024], finalNewline: true),
        .init(label: "larger than a read chunk", sizes: [300, 3 << 20, 300, 2 << 20], finalNewline: true),
        .init(label: "two in a row", sizes: [2_000, 2_000, 1_000], finalNewline: false),
    ]

    @Test("A record over maximumRecordBytes is input.record-too-large and reading goes on", arguments: oversizeCases)
    func oversizedRecords(_ testCase: OversizeCase) throws {
        let limit = 1_024
        let lines = try testCase.sizes.map { try Self.performanceLine(bytes: $0) }
        let text = lines.joined(separator: "\n") + (testCase.finalNewline ? "\n" : "")
        let (counts, outcomes) = try ReaderHarness.run(Array(text.utf8), category: .performance, maximumRecordBytes: limit)
        let tooLarge = testCase.sizes.map { $0 > limit }
        #expect(counts.read == testCase.sizes.count)
        #expect(counts.rejected == tooLarge.filter { $0 }.count)
        #expect(ReaderHarness.positions(outcomes) == testCase.sizes.indices.map { [$0 + 1, $0 + 1] })
        for (outcome, isTooLarge) in zip(outcomes, tooLarge) {
            if isTooLarge {
                #expect(outcome.errorKeys == ["input.record-too-large@"] && outcome.record == nil,
                        "line \(outcome.location.line): \(outcome.errorKeys)")
                #expect(outcome.findings.first?.message.en.contains("1024") == true)
            } else {
                #expect(outcome.isAccepted && outcome.findings.isEmpty, "line \(outcome.location.line): \(outcome.errorKeys)")
            }
        }
    }
}
