import Foundation
import Testing
@testable import GovCredit

/// The configuration loader: a tree with a line on every node, strict about what YAML tolerates.
@Suite("YAML configuration tree")
struct YAMLTreeTests {
    @Test("Nodes carry their 1-based lines and text as written")
    func tree() throws {
        let root = try YAMLTree.load(text: """
            # profile
            profile: 1
            name: 浙江省
            source:
              format: yaml
              records: [数据, 案件]
            values:
              否: "no"
              是: no
              空: ~
              金额: 1.50
            """)
        #expect(root.line == 2)
        #expect(root["profile"] == .scalar("1", plain: true, line: 2))
        #expect(root["name"]?.string == "浙江省")
        #expect(root["source"]?["records"] == .sequence([.scalar("数据", plain: true, line: 6),
                                                          .scalar("案件", plain: true, line: 6)], line: 6))
        let values = try #require(root["values"]?.entries)
        #expect(values.map(\.key) == ["否", "是", "空", "金额"])
        #expect(values.map(\.keyLine) == [8, 9, 10, 11])
        #expect(values[0].value == .scalar("no", plain: false, line: 8))
        #expect(values[1].value == .scalar("no", plain: true, line: 9))
        #expect(values[2].value.isNull && !values[0].value.isNull)
        #expect(values[3].value.string == "1.50")
        #expect(root["missing"] == nil && root["name"]?["x"] == nil)
        #expect(root["source"]?["records"]?.items?.count == 2)
    }

    @Test("Aliases resolve; anchors keep their own lines")
    func aliases() throws {
        let root = try YAMLTree.load(text: "a: &x {k: v}\nb: *x\n")
        #expect(root["b"] == root["a"])
        #expect(root["b"]?["k"]?.line == 1)
    }

    static let errors: [(yaml: String, line: Int, message: String)] = [
        ("a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a' (first at line 1)"),
        ("outer:\n  x: 1\n  y: [1, {k: a, k: b}]\n", 3, "duplicate key 'k'"),
        ("base: &b {x: 1}\nuse:\n  <<: *b\n", 3, "merge keys"),
        ("? [a, b]\n: c\n", 1, "a key must be a single value"),
        ("a: 1\n---\nb: 2\n", 2, "one YAML document"),
        ("a: [1, 2\nb: 3\n", 2, "YAML syntax error"),
        ("a: *missing\n", 1, "*missing"),
        ("a: " + String(repeating: "[", count: 10_000) + "\n", 1, "deeper than 64"),
    ]

    @Test("Mistakes are InputErrors at the line of the mistake", arguments: errors)
    func error(_ yaml: String, _ line: Int, _ message: String) throws {
        do {
            _ = try YAMLTree.load(text: yaml, file: "profile.yaml")
            Issue.record("no error for \(yaml.prefix(40))")
        } catch {
            #expect(error.file == "profile.yaml")
            #expect(error.line == line, "\(error)")
            #expect(error.message.en.contains(message), "\(error)")
        }
    }

    @Test("Alias bombs and oversized files are refused")
    func limits() throws {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip("bcdefghij", "abcdefghi") {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(throws: InputError.self) { try YAMLTree.load(text: bomb) }
        let big = "a: \"" + String(repeating: "x", count: YAMLTree.maximumBytes) + "\"\n"
        #expect(throws: InputError.self) { try YAMLTree.load(text: big) }
        let path = try TestFiles.temporaryFile(named: "big.yaml", text: big)
        #expect(throws: InputError.self) { try YAMLTree.load(path: path) }
    }

    @Test("A file in GB18030 or UTF-8 with BOM loads the same tree; an empty file is a null document")
    func files() throws {
        let text = "名称: 四川省\n映射:\n  投诉: complaint\n"
        let utf8 = try YAMLTree.load(text: text)
        let gbPath = try TestFiles.temporaryFile(named: "p.yaml", contents: try YAMLHarness.gb18030(text))
        let bomPath = try TestFiles.temporaryFile(named: "p.yaml", contents: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(try YAMLTree.load(path: gbPath) == utf8)
        #expect(try YAMLTree.load(path: bomPath) == utf8)
        #expect(try YAMLTree.load(text: "").isNull)
        #expect(try YAMLTree.load(text: "# only a comment\n").isNull)
        #expect(throws: InputError.self) { try YAMLTree.load(path: "/nonexistent/profile.yaml") }
    }
}
