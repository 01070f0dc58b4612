import Foundation
import Testing
@testable import GovCredit

/// The reader against PyYAML's pure-Python parser (`yaml.BaseLoader`: no type resolution, an implementation
/// independent of libyaml): same records, same leaf paths and values, same lines; and the same lines for syntax
/// errors. python3 or PyYAML missing is a failure, not a skip.
@Suite("YAML reader cross-checked with PyYAML")
struct YAMLPyYAMLCrossCheckTests {
    /// Flattens each file the way the reader documents it: records at `recordPath` (or the document roots), one
    /// `[path, kind, value, line]` per leaf. Null: a plain (style None) null word; BaseLoader itself keeps it text.
    static let script = #"""
    import json, sys, yaml
    assert yaml.BaseLoader.__mro__[1].__module__ == 'yaml.reader', 'pure-Python BaseLoader expected'
    NULLS = {'', '~', 'null', 'Null', 'NULL'}
    def is_null(node):
        return isinstance(node, yaml.ScalarNode) and node.style is None and node.value in NULLS
    def leaves(node, path, out):
        line = node.start_mark.line + 1
        if isinstance(node, yaml.ScalarNode):
            out.append([path, 'null' if is_null(node) else 'text', node.value, line])
        elif isinstance(node, yaml.MappingNode):
            if not node.value:
                out.append([path, 'null', '', line])
            for key, value in node.value:
                leaves(value, path + [key.value], out)
        elif all(isinstance(item, yaml.ScalarNode) for item in node.value):
            out.append([path, 'list', ['' if is_null(item) else item.value for item in node.value], line])
        else:
            for index, item in enumerate(node.value):
                leaves(item, path + [str(index)], out)
    def records(document, record_path):
        node = document
        for key in record_path:
            node = next(value for k, value in node.value if k.value == key)
        if isinstance(node, yaml.SequenceNode):
            return node.value
        return [] if is_null(node) else [node]
    result = []
    for job in json.loads(sys.stdin.read()):
        raw = open(job['path'], 'rb').read()
        try:
            text = raw.decode('utf-8-sig')
        except UnicodeDecodeError:
            text = raw.decode('gb18030')
        try:
            out = []
            for document in yaml.compose_all(text, Loader=yaml.BaseLoader):
                if document is None:
                    continue
                for record in records(document, job['recordPath']):
                    fields = []
                    leaves(record, [], fields)
                    out.append({'line': record.start_mark.line + 1, 'fields': fields})
            result.append({'records': out})
        except yaml.MarkedYAMLError as error:
            result.append({'errorLine': error.problem_mark.line + 1})
    print(json.dumps(result, ensure_ascii=False))
    """#

    static let files: [(name: String, yaml: String, recordPath: [String])] = [
        ("scalars", """
            - id: "0123"
              plain: 0123
              bool: no
              amount: 1.50
              date: 2023-08-05
              nulls: [~, null, Null, NULL, "null", '~', ""]
              empty:
              quoted: "tab\\there \\u4e2d \\x41 \\\\ \\" end"
              single: 'it''s ''quoted'''
              literal: |
                line one
                  indented
              folded: >-
                folded
                text

                paragraph
              plain multi: first
                second
                third
              tagged: !!int 0123
              url: http://example.com/a#b
              colon: "a: b"
            """, []),
        ("nested and CJK", """
            # 注释
            数据:
              版本: "1.0"
              案件:
                - 编号: A-001
                  主体:
                    名称: 杭州市西湖区经济和信息化局
                    统一社会信用代码: "11330106002495318K"
                  关联: [C-1, C-2]
                  明细:
                    - {项目: 一, 金额: "100.00"}
                    - 项目: 二
                      金额: 200
                  空块: {}
                - 编号: A-002
                  备注: >
                    多行
                    折叠
            """, ["数据", "案件"]),
        ("documents, flow, anchors", """
            --- {id: a, tags: [x, y], 'k: v': "quoted key"}
            ---
            id: b
            dept: &d {name: 某局, code: "330106"}
            copy: *d
            list: &l [1, 2, 3]
            again: *l
            ---
            - id: c
              n: &n 七
              m: *n
            - {id: d}
            - ? complex-looking plain key
              : value
            """, []),
        // The shape the block scanner reads without libyaml (YAMLBlockScannerTests), to its last line.
        ("one-line export", YAMLBlockScannerTests.export, []),
    ]

    struct PythonRecord: Decodable {
        let line: Int
        let fields: [[PythonValue]]
    }

    enum PythonValue: Decodable, Equatable {
        case text(String), number(Int), list([String])
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) { self = .number(number) }
            else if let text = try? container.decode(String.self) { self = .text(text) }
            else { self = .list(try container.decode([String].self)) }
        }
    }

    struct PythonResult: Decodable {
        let records: [PythonRecord]?
        let errorLine: Int?
    }

    static func python(_ jobs: [(path: String, recordPath: [String])]) throws -> [PythonResult] {
        let input = try JSONSerialization.data(withJSONObject: jobs.map { ["path": $0.path, "recordPath": $0.recordPath] })
        return try JSONDecoder().decode([PythonResult].self, from: try ReaderTestPython.run(script, input: input))
    }

    /// The reader's records rendered as Python renders them.
    static func swiftRecords(path: String, recordPath: [String]) throws -> [(line: Int, fields: [[PythonValue]])] {
        var options = YAMLReaderOptions()
        options.recordPath = recordPath
        let (items, error) = YAMLHarness.collect(path: path, options: options)
        if let error { Issue.record("reader error: \(error)") }
        return try items.map { item in
            guard case .record(let record) = item else { throw ReaderTestPython.Failure(description: "malformed: \(item)") }
            return (record.location.line, record.fields.map { field -> [PythonValue] in
                let (kind, value): (String, PythonValue)
                switch field.value {
                case .text(let text): (kind, value) = ("text", .text(text))
                case .null: (kind, value) = ("null", .text(""))
                case .list(let items): (kind, value) = ("list", .list(items))
                }
                return [.list(field.path), .text(kind), value, .number(field.position.line)]
            })
        }
    }

    @Test("Leaf paths, values and lines agree with PyYAML, in UTF-8 and in GB18030")
    func leavesAgree() throws {
        var jobs: [(path: String, recordPath: [String])] = []
        for file in Self.files {
            jobs.append((try TestFiles.temporaryFile(named: "\(file.name).yaml", text: file.yaml), file.recordPath))
            jobs.append((try TestFiles.temporaryFile(named: "\(file.name).gb.yaml", contents: try YAMLHarness.gb18030(file.yaml)),
                         file.recordPath))
        }
        let expected = try Self.python(jobs)
        try #require(expected.count == jobs.count)
        for (job, python) in zip(jobs, expected) {
            let pythonRecords = try #require(python.records, "PyYAML failed on \(job.path)")
            let swift = try Self.swiftRecords(path: job.path, recordPath: job.recordPath)
            #expect(swift.map(\.line) == pythonRecords.map(\.line), "\(job.path)")
            // Python renders a null as its source text; the reader's `.null` has none, so compare kinds only there.
            let normalised = pythonRecords.map { record in
                record.fields.map { $0[1] == .text("null") ? [$0[0], $0[1], .text(""), $0[3]] : $0 }
            }
            #expect(swift.map(\.fields) == normalised, "\(job.path)")
            #expect(!pythonRecords.isEmpty)
        }
    }

    @Test("Syntax errors are reported at the line PyYAML reports")
    func syntaxErrorLines() throws {
        let cases = YAMLReaderErrorTests.syntaxErrors
        let paths = try cases.enumerated().map { try TestFiles.temporaryFile(named: "bad\($0.offset).yaml", text: $0.element.yaml) }
        let expected = try Self.python(paths.map { ($0, []) })
        for ((yaml, line, _), (path, python)) in zip(cases, zip(paths, expected)) {
            #expect(python.errorLine == line, "PyYAML on \(yaml.debugDescription)")
            #expect(YAMLHarness.collect(path: path).error?.line == line, "reader on \(yaml.debugDescription)")
        }
    }
}
