import Foundation
import Testing
@testable import GovCredit

/// Where records are found, what their fields look like, and where the reader says they are.
@Suite("YAML record reader: shapes, values, positions")
struct YAMLRecordReaderTests {
    struct Shape: CustomTestStringConvertible, Sendable {
        let name: String
        let yaml: String
        var recordPath: [String] = []
        /// Per record: its line, its element path, and its fields as `path = value @line`.
        let expected: [(line: Int, elementPath: String?, fields: [String])]
        var testDescription: String { name }
    }

    static let shapes: [Shape] = [
        Shape(name: "top-level sequence", yaml: """
            - id: C-1
              status: RECEIVED
            - id: C-2
              status: CLOSED
            """, expected: [
                (1, "[0]", [#"id = "C-1" @1"#, #"status = "RECEIVED" @2"#]),
                (3, "[1]", [#"id = "C-2" @3"#, #"status = "CLOSED" @4"#]),
            ]),
        Shape(name: "multi-document stream, one record each", yaml: """
            ---
            id: C-1
            ---
            id: C-2
            ...
            ---
            """, expected: [
                (2, nil, [#"id = "C-1" @2"#]),
                (4, nil, [#"id = "C-2" @4"#]),
            ]),
        Shape(name: "multi-document stream, each a sequence", yaml: """
            - id: A
            ---
            - id: B
            - id: C
            """, expected: [
                (1, "[0]", [#"id = "A" @1"#]),
                (3, "[0]", [#"id = "B" @3"#]),
                (4, "[1]", [#"id = "C" @4"#]),
            ]),
        Shape(name: "record path through nested keys, other keys read past", yaml: """
            版本: "1"
            附件: [{名称: a}, {名称: b}]
            数据:
              说明: 省级导出
              案件:
                - 编号: A-1
                - 编号: A-2
              合计: 2
            """, recordPath: ["数据", "案件"], expected: [
                (6, "数据.案件[0]", [#"编号 = "A-1" @6"#]),
                (7, "数据.案件[1]", [#"编号 = "A-2" @7"#]),
            ]),
        Shape(name: "nested mappings, lists, sequences of mappings, empty mapping", yaml: """
            - id: D-1
              entity:
                name: 某局
                uscc: "11330106002495318K"
              dishonestyIds: [D-1, D-2]
              tags:
                - a
                - ~
              items:
                - name: x
                - [p, q]
              counterparty: {}
              none: []
            """, expected: [
                (1, "[0]", [
                    #"id = "D-1" @1"#, #"entity.name = "某局" @3"#, #"entity.uscc = "11330106002495318K" @4"#,
                    #"dishonestyIds = ["D-1", "D-2"] @5"#, #"tags = ["a", ""] @7"#, #"items.0.name = "x" @10"#,
                    #"items.1 = ["p", "q"] @11"#, "counterparty = null @12", "none = [] @13",
                ]),
            ]),
        Shape(name: "flow style on one line", yaml: "[{id: a, n: 1}, {id: b}]\n", expected: [
            (1, "[0]", [#"id = "a" @1"#, #"n = "1" @1"#]),
            (1, "[1]", [#"id = "b" @1"#]),
        ]),
        Shape(name: "CJK keys and values", yaml: """
            - 案件编号: 案-001
              被投诉主体:
                名称: 杭州市西湖区经济和信息化局
                统一社会信用代码: "11330106002495318K"
              事由: 拖欠账款，“财政资金紧张”；𠀀𪚥
            """, expected: [
                (1, "[0]", [#"案件编号 = "案-001" @1"#, #"被投诉主体.名称 = "杭州市西湖区经济和信息化局" @3"#,
                            #"被投诉主体.统一社会信用代码 = "11330106002495318K" @4"#, #"事由 = "拖欠账款，“财政资金紧张”；𠀀𪚥" @5"#]),
            ]),
        Shape(name: "comments and blank lines before, multi-line scalars keep their first line", yaml: """
            # 导出说明

            # 第二行注释
            - id: C-1
              note: |
                第一行
                第二行
              summary: >
                folded
                text
              plain: a
                b
            - id: C-2
            """, expected: [
                (4, "[0]", [#"id = "C-1" @4"#, #"note = "第一行\n第二行\n" @5"#, #"summary = "folded text\n" @8"#,
                            #"plain = "a b" @11"#]),
                (13, "[1]", [#"id = "C-2" @13"#]),
            ]),
        Shape(name: "empty stream, empty documents, comments only", yaml: "# nothing\n---\n---\n~\n", expected: []),
        Shape(name: "record path whose value is null: no records", yaml: "数据:\n  案件: ~\n---\n数据: {案件: }\n",
              recordPath: ["数据", "案件"], expected: []),
    ]

    @Test("Records are found and flattened", arguments: shapes)
    func shape(_ shape: Shape) throws {
        var options = YAMLReaderOptions()
        options.recordPath = shape.recordPath
        let records = try YAMLHarness.records(shape.yaml, options: options)
        try #require(records.count == shape.expected.count, "\(records.map(YAMLHarness.summary))")
        for (index, (record, expected)) in zip(records, shape.expected).enumerated() {
            #expect(record.kind == nil)
            #expect(record.location.file == YAMLHarness.displayName)
            #expect(record.location.record == index + 1)
            #expect(record.location.line == expected.line)
            #expect(record.location.elementPath == expected.elementPath)
            #expect(YAMLHarness.summary(record) == expected.fields)
        }
    }

    /// No YAML 1.1 or 1.2 type guessing: only plain null words become `.null`.
    static let scalars: [(yaml: String, value: SourceValue)] = [
        ("0123", .text("0123")), ("012345", .text("012345")), ("no", .text("no")), ("yes", .text("yes")),
        ("on", .text("on")), ("true", .text("true")), ("1.50", .text("1.50")), ("2023-08-05", .text("2023-08-05")),
        ("2001-12-14t21:59:43.10-05:00", .text("2001-12-14t21:59:43.10-05:00")), ("0x1F", .text("0x1F")),
        ("1e3", .text("1e3")), (".inf", .text(".inf")), ("+12", .text("+12")), ("110105194912310021", .text("110105194912310021")),
        ("12345678901234567890.12", .text("12345678901234567890.12")), ("!!int 0123", .text("0123")),
        ("!!float 1.50", .text("1.50")), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("", .null),
        ("nULL", .text("nULL")), ("\"null\"", .text("null")), ("'~'", .text("~")), ("\"\"", .text("")),
        ("!!str ~", .text("~")), ("!!null null", .text("null")), ("\"  padded  \"", .text("  padded  ")),
        ("'it''s'", .text("it's")), (#""\u4e2d\t文""#, .text("中\t文")), ("a # comment", .text("a")),
        ("1,234.50", .text("1,234.50")), ("2023年8月5日", .text("2023年8月5日")), ("=", .text("=")),
    ]

    @Test("Scalars stay text as written; only plain null words are null", arguments: scalars)
    func scalar(_ yaml: String, _ value: SourceValue) throws {
        let records = try YAMLHarness.records("- v: \(yaml)\n")
        let field = try #require(records.first?.fields.first)
        #expect(field.path == ["v"])
        #expect(field.value == value, "\(yaml)")
    }

    @Test("Field positions name the full key path, lines are 1-based")
    func positions() throws {
        var options = YAMLReaderOptions()
        options.recordPath = ["数据", "案件"]
        let yaml = "\n数据:\n  案件:\n  - 编号: A\n    主体:\n      名称: 某局\n    列表: [x]\n"
        let record = try #require(try YAMLHarness.records(yaml, options: options).first)
        #expect(record.location.line == 4)
        #expect(record.location.column == 5)
        let positions = record.fields.map { "\($0.position.elementPath ?? "-") @\($0.position.line)" }
        #expect(positions == ["数据.案件[0].编号 @4", "数据.案件[0].主体.名称 @6", "数据.案件[0].列表 @7"])
    }

    @Test("Aliases repeat scalars and small mappings")
    func aliases() throws {
        let records = try YAMLHarness.records("""
            - department: &dept {name: 某市发展改革委, uscc: "11330100002482089X"}
              name: &n 张三
              contact: *n
            - department: *dept
            """)
        try #require(records.count == 2)
        #expect(YAMLHarness.summary(records[0]).contains(#"contact = "张三" @2"#))
        #expect(YAMLHarness.summary(records[1]) == [#"department.name = "某市发展改革委" @1"#,
                                                   #"department.uscc = "11330100002482089X" @1"#])
    }

    @Test("An alias may be a whole record")
    func aliasRecord() throws {
        let records = try YAMLHarness.records("- &r {id: a}\n- *r\n")
        #expect(records.map(YAMLHarness.summary) == [[#"id = "a" @1"#], [#"id = "a" @1"#]])
        #expect(records.map(\.location.line) == [1, 2])
    }
}
