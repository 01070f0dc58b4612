import Foundation
import Testing
@testable import GovCredit

/// The block scanner (``YAMLBlockScanner`` through ``YAMLFileEvents``) gives libyaml's events, or lets libyaml read:
/// compared event by event, and error by error, with libyaml on hand-written files and on hundreds of generated ones
/// that mix the shape it reads with everything it must leave to libyaml, at the first, a middle and the last record.
@Suite("YAML block scanner: libyaml's events, or libyaml")
struct YAMLBlockScannerTests {
    /// The scanning reading of `bytes`, after checking it against libyaml's (``YAMLEventComparison``).
    static func expectSameAsLibYAML(_ bytes: [UInt8], _ label: String, maximumScalarBytes: Int = 16 << 20,
                                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> YAMLEventComparison.Reading {
        let path = try TestFiles.temporaryFile(named: "events.yaml", contents: bytes)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let (scanned, _, disagreement) = YAMLEventComparison.compare(path: path, maximumScalarBytes: maximumScalarBytes)
        #expect(disagreement == nil, "\(label)", sourceLocation: sourceLocation)
        return scanned
    }

    static let export = """
        - record_id: SX140000000001
          失信主体名称: 晋城市沙河县农业农村局
          失信主体统一社会信用代码: '111405120202121742'
          合同名称: "\\"智慧晋中\\"公园提升工程施工合同"
          合同金额: '309055293.52'
          失信行为描述: "签订《合同》，合同金额30905.53万元。\\n经核实情况属实。\\t\\u00e9\\/\\\\"
          惩戒措施: 取消评优评先资格;暂停审批新建项目
          说明: it's a plain value with 'quotes' and "quotes", a#hash, 1,000 [x] {y} a:b
          单引号: 'it''s, ''quoted'''
          修复日期: ''
          空值:
          null词: ~
          多空格:   three spaces before
          emoji: 😀 𠀀 NBSP here
        - record_id: SX340000000002
          失信主体名称: 铜陵市长宁县体育局
          修复日期: ''

        """

    @Test("An export of one-line records is read by the scanner to its end, with libyaml's events")
    func exportReadsWithoutLibYAML() throws {
        let run = try Self.expectSameAsLibYAML(Array(Self.export.utf8), "export")
        #expect(!run.usedLibYAML)
        #expect(run.error == nil)
        #expect(run.events.count == 3 + (2 + 2 * 14) + (2 + 2 * 3) + 3)
        // Windows line ends: CR LF ends a line as LF does.
        let crlf = Self.export.replacingOccurrences(of: "\n", with: "\r\n")
        let windows = try Self.expectSameAsLibYAML(Array(crlf.utf8), "export, CR LF")
        #expect(!windows.usedLibYAML)
        #expect(windows.events == run.events)
    }

    @Test("Blank lines and whole-line comments are read past by the scanner, as libyaml does")
    func blankAndCommentLines() throws {
        let text = "# 导出：2026-01-01\n\n" + Self.export.replacingOccurrences(of: "  合同名称:", with: "\n  # 合同\n    \n  合同名称:")
            .replacingOccurrences(of: "- record_id: SX34", with: "# next\n\n- record_id: SX34") + "\n# end\n"
        let run = try Self.expectSameAsLibYAML(Array(text.utf8), "comments")
        #expect(!run.usedLibYAML)
        #expect(run.events.contains { $0.hasPrefix("mappingStart anchor=- @22:3") })
    }

    @Test("The bundled sample of the bench workload (bench/gen.py) is read by the scanner to its end, with libyaml's events")
    func benchSample() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../samples/bench-wide/yaml/sample.yaml").standardizedFileURL
        let bytes = try [UInt8](Data(contentsOf: path))
        let run = try Self.expectSameAsLibYAML(bytes, "samples/bench-wide/yaml/sample.yaml")
        #expect(!run.usedLibYAML)
        #expect(run.events.filter { $0.hasPrefix("mappingStart") }.count == bytes.split(separator: 0x0A).filter { $0.first == UInt8(ascii: "-") }.count)
    }

    /// Lines the scanner must leave to libyaml (or, for some, read the same way): each goes into a small export at
    /// the first, a middle and the last record.
    static let oddLines: [String] = [
        "  key: value # comment", "  # comment", "", "  key: 'a", "  key: \"a", "  key: |", "  key: >-", "  key: &a x",
        "  key: *a", "  key: !!str x", "  key: [a, b]", "  key: {a: b}", "  key: a: b", "  key: a:", "  key: x ",
        "  key: ", "  key:\t x", "  key: a\tb", "  key: -5", "  key: - x", "  key: ?x", "  key: :x", "  key: %x",
        "  key: @x", "  key: `x", "  key: \"\\x41\"", "  key: \"\\ud800\"", "  key: \"\\U0001F600\"", "  key: \"\\e\"",
        "  key: \"\\u00\"", "  key: \"a\" # c", "  key: 'a' ", "  'quoted key': v", "  \"quoted\": v", "  ? key", "  : v",
        "  <<: {a: b}", "  <<: x", "   deeper: v", " shallow: v", "    continued plain", "  key:\n    nested: v",
        "  key:\n  - item", "  key:\n    - item", "---", "...", "- scalar record", "-", "- ", "-\tkey: v",
        "  key: \u{85}", "  key: a\u{2028}b", "  key: a\u{2029}b", "  key: \u{FEFF}x", "  key: a\u{FFFE}",
        "  key: \u{7F}", "  key: \u{1}", "  key: a\rb", "  key: v\r", "  k\u{80}: v", "  key: \u{A0}x",
        "  key: 'a\u{85}b'", "  key: \"a\u{2028}b\"", "  key:v", "  key : v", "  ke#y: v", "  key #: v",
        "  " + String(repeating: "长", count: 400) + ": long key", "  " + String(repeating: "k", count: 1_025) + ": v",
        "  dup: 1\n  dup: 2", "  key: !x", "  key: \"unterminated", "  key: 'multi\n    line'",
        "  key:\n  # comment\n  other: v", "  key: plain\n      # deeper comment", "  key: plain\n\n  after: blank",
        "  key: plain\n    \n  after: spaces", "# column-0 comment", "  #\tcomment with a tab", "  # 注释：中文",
        "  key: plain\n\n    continued after a blank", "  key:\n\n    nested: after a blank", "  # c\u{85}",
    ]

    @Test("Lines outside the scanner's shape give libyaml's events or libyaml's error",
          arguments: [0, 1, 2], ["\n", "\r\n"])
    func oddLinesAnywhere(place: Int, lineEnd: String) throws {
        for odd in Self.oddLines {
            var records = ["- id: A-1\n  name: 一\n", "- id: A-2\n  name: 二\n", "- id: A-3\n  name: 三\n"]
            records[place] += odd + "\n"
            let text = records.joined().replacingOccurrences(of: "\n", with: lineEnd)
            _ = try Self.expectSameAsLibYAML(Array(text.utf8), "\(odd.debugDescription) in record \(place)")
        }
    }

    @Test("A character libyaml's reader refuses stops the file after the records libyaml reads before it, near or far")
    func refusedCharacters() throws {
        let record = "- id: A-1\n  name: 杭州市西湖区经济和信息化局\n"
        for (count, refused) in [(3, "\u{1}"), (3, "\u{7F}"), (3, "\u{9F}"), (3, "\u{FFFE}"), (5_000, "\u{1}"), (5_000, "\u{FFFF}")] {
            let text = String(repeating: record, count: count) + "- id: x\n  b: " + refused + "\n"
            let reading = try Self.expectSameAsLibYAML(Array(text.utf8), "\(count) records, then \(refused.unicodeScalars.first!.value)")
            #expect(reading.error != nil)
            // Far from the records before it (5,000 records: 300 KiB), the scanner read them.
            if count > 3 { #expect(reading.events.count > 4 * count) }
        }
        // The reader hands out the same records before the error (libyaml refuses the byte before the first record).
        let near = Array("- a: 1\n- a: 2\n- a: 3\n  b: \u{1}\n".utf8)
        var reference = YAMLReaderOptions()
        reference.scansBlockSequences = false
        let expected = try YAMLHarness.collect(near, options: reference)
        let actual = try YAMLHarness.collect(near)
        #expect(actual.items.map(Self.describe) == expected.items.map(Self.describe))
        #expect(actual.error.map { "\($0)" } == expected.error.map { "\($0)" })
        #expect(actual.error != nil)
    }

    @Test("Limits below a record's size leave it to libyaml, which applies them")
    func smallLimits() throws {
        for text in ["- abcdefgh: 1\n", "- a: 1\n" + String(repeating: "# comment\n", count: 10) + "- b: 2\n",
                     "- a:" + String(repeating: " ", count: 2_000) + "x\n", "-" + String(repeating: " ", count: 2_000) + "a: x\n"] {
            _ = try Self.expectSameAsLibYAML(Array(text.utf8), text.prefix(40).debugDescription, maximumScalarBytes: 5)
            _ = try Self.expectSameAsLibYAML(Array(text.utf8), text.prefix(40).debugDescription)
        }
    }

    @Test("Files that start or end in another way give libyaml's events")
    func startsAndEnds() throws {
        for text in ["", "\n", "# only a comment\n", "\n\n# c\n- a: b\n", "  # c\n- a: b\n  # c\n\n", "- a: b\n# c",
                     "- a: b\n   ", "---\n- a: b\n", "- a: b", "- a: b\n\n", "- a: b\n...\n", "\u{FEFF}- a: b\n", "# c\n- a: b\n",
                     "-  a: b\n   c: d\n", "- a: b\n- c: d\n  e: f\n", "a: b\n", "[a, b]\n", "- a: b\r\n", "-- a: b\n",
                     "- a: b\r", "- a: b\rc: d\n", "- a: b\r\r\n", "- a:\r\n  b: c\r\n", "- a: 'x'\r\n", "- a: \"x\"\r\n",
                     "# c\r\n- a: b\r\n\r\n  \r\n# d\r\n", "- a: b\n  c: d\r\n", "- a: b \r\n", "- a:\r", "- a: b:\r\n"] {
            _ = try Self.expectSameAsLibYAML(Array(text.utf8), text.debugDescription)
        }
        // GB18030 bytes are decoded before scanning: same events as libyaml through the same decoder.
        _ = try Self.expectSameAsLibYAML(try YAMLHarness.gb18030(Self.export), "export in GB18030")
        // Bytes that decode in neither encoding: libyaml's error at libyaml's line.
        _ = try Self.expectSameAsLibYAML(Array("- a: b\n- a: c\n".utf8) + [0xFF, 0xFE, 0x0A], "undecodable")
        // A value over the scalar limit is libyaml's to refuse.
        _ = try Self.expectSameAsLibYAML(Array("- a: 1234567890\n".utf8), "over the scalar limit", maximumScalarBytes: 5)
    }

    /// Deterministic generator (SplitMix64), so that a failure names a seed that reproduces it.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        mutating func pick(_ items: [String]) -> String { items[next(items.count)] }
    }

    static let keys = ["record_id", "失信主体名称", "a b", "k:x", "x", "名称#1", "<<", "dup", "dup", "键"]
    static let values = [
        "SX1", "晋城市沙河县农业农村局：（一）“二”…", "'2017-08-03'", "'it''s'", "''", "\"\"", "\"\\\"q\\\" \\\\ \\/ \\n\\t\\u4e2d\"",
        "~", "null", "Null", "NULL", "'~'", "\"null\"", "1,000", "a#b", "a:b", "12:30", "😀𠀀", "a  b", "-5", "a # c",
        "x ", "&a v", "*a", "[a]", "\"\\x41\"", "'a\u{2028}b'", "a\u{85}b", "\u{A0}", "v\t", "", "'unterminated",
    ]

    @Test("Generated files: libyaml's events or libyaml's error, seed by seed")
    func generatedFiles() throws {
        var scannedWhole = 0
        for seed in UInt64(1)...400 {
            var random = Generator(state: seed)
            var text = ""
            for _ in 0..<(1 + random.next(5)) {
                // Most records `- key`, some `-  key` (their keys one column further in).
                let spaces = random.next(8) == 0 ? 2 : 1
                for index in 0..<(1 + random.next(4)) {
                    text += index == 0 ? "-" + String(repeating: " ", count: spaces) : String(repeating: " ", count: 1 + spaces)
                    if index > 0 && random.next(50) == 0 { text += " " }
                    let value = random.pick(Self.values)
                    text += random.pick(Self.keys) + ":" + (value.isEmpty ? "" : " " + value) + "\n"
                    if random.next(20) == 0 { text += random.pick(["\n", "  # c\n", "# c: d\n", "    \n"]) }
                }
            }
            if random.next(10) == 0 { text.removeLast() }
            if random.next(3) == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            let run = try Self.expectSameAsLibYAML(Array(text.utf8), "seed \(seed):\n\(text)")
            if !run.usedLibYAML { scannedWhole += 1 }
        }
        // The generator is not only producing files the scanner refuses at once.
        #expect(scannedWhole > 20)
    }

    @Test("Records read the same with the scanner and flat-record path as with libyaml and the composer")
    func readerItemsAgree() throws {
        var texts = [Self.export, Self.export + "- id: x\n  nested:\n    a: b\n", "- a: 1\n  a: 2\n- b: 1\n  \u{212B}: x\n  \u{C5}: y\n"]
        texts += Self.oddLines.map { "- id: A-1\n  name: 一\n" + $0 + "\n- id: A-2\n" }
        texts += Self.oddLines.map { "- id: A-1\n- id: A-2\n  name: 二\n" + $0 + "\n- id: A-3\n" }
        var reference = YAMLReaderOptions()
        reference.scansBlockSequences = false
        reference.readsFlatRecordsDirectly = false
        var tightBudget = YAMLReaderOptions()
        tightBudget.maximumRecordBytes = 200
        var tightReference = reference
        tightReference.maximumRecordBytes = 200
        for text in texts {
            let bytes = Array(text.utf8)
            let expected = try YAMLHarness.collect(bytes, options: reference)
            let actual = try YAMLHarness.collect(bytes)
            #expect(actual.items.map(Self.describe) == expected.items.map(Self.describe), "\(text.debugDescription)")
            #expect(actual.error.map { "\($0)" } == expected.error.map { "\($0)" }, "\(text.debugDescription)")
            let tight = try YAMLHarness.collect(bytes, options: tightBudget)
            let tightExpected = try YAMLHarness.collect(bytes, options: tightReference)
            #expect(tight.items.map(Self.describe) == tightExpected.items.map(Self.describe), "budget: \(text.debugDescription)")
        }
    }

    @Test("Records of one layout share one layout identity; another layout gets another")
    func layoutIdentity() throws {
        let records = try YAMLHarness.records("- a: 1\n  b: 2\n- a: 3\n  b: 4\n- a: 5\n- a: 6\n  b: 7\n")
        let layouts = records.map(\.layout)
        #expect(layouts.allSatisfy { $0 != nil })
        #expect(layouts[0] == layouts[1])
        #expect(layouts[1] != layouts[2])
        #expect(layouts[2] != layouts[3] && layouts[0] != layouts[3])
    }

    static func describe(_ item: ReaderItem) -> String {
        switch item {
        case .record(let record):
            let fields = record.fields.map { field in
                "\(field.path) = \(YAMLHarness.render(field.value)) @\(field.position.line) \(field.position.elementPath ?? "-")"
            }
            return "record \(describe(record.location)) \(fields)"
        case .malformed(let location, let findings):
            let described = findings.map { "\($0.rule.rawValue)@\($0.path) \(describe($0.location)) \($0.message.en)" }
            return "malformed \(describe(location)) \(described)"
        }
    }

    static func describe(_ location: GovCredit.SourceLocation) -> String {
        "#\(location.record) \(location.line):\(location.column.map(String.init) ?? "-") \(location.elementPath ?? "-")"
    }
}
