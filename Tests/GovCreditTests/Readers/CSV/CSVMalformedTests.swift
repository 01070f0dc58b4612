import Foundation
import Testing
@testable import GovCredit

// Rows that break the format: each is one rejected record with located findings, and reading goes on with the next
// record (SPEC §5: findings are data; SPEC §7: read = accepted + rejected). A header that cannot be read is an
// InputError: without column names nothing can be mapped.

struct CSVMalformedCase: Sendable, CustomTestStringConvertible {
    let label: String
    let bad: [UInt8]
    /// `rule@line:column` of the findings of the bad row (which starts on line 3).
    let findings: [String]
    /// Line of the good row after it.
    let nextLine: Int
    var options = CSVReaderOptions()
    var testDescription: String { label }

    init(_ label: String, _ bad: String, _ findings: [String], nextLine: Int = 4, options: CSVReaderOptions = CSVReaderOptions()) {
        self.init(label, Array(bad.utf8), findings, nextLine: nextLine, options: options)
    }

    init(_ label: String, _ bad: [UInt8], _ findings: [String], nextLine: Int = 4, options: CSVReaderOptions = CSVReaderOptions()) {
        self.label = label
        self.bad = bad
        self.findings = findings
        self.nextLine = nextLine
        self.options = options
    }
}

@Suite("CSV reader: malformed rows")
struct CSVMalformedTests {
    static let cases: [CSVMalformedCase] = [
        .init("quote inside an unquoted field", "1,x\"y,3", ["input.syntax@3:2"]),
        .init("text after the closing quote", "1,\"x\"y,3", ["input.syntax@3:2"]),
        .init("text after a closing quote on the field's second line", "1,\"x\ny\"z,3", ["input.syntax@4:2"], nextLine: 5),
        .init("fewer fields than the header", "1,2", ["input.column-count@3:-"]),
        .init("more fields than the header", "1,2,3,4", ["input.column-count@3:-"]),
        .init("one empty field too many", "1,2,3,", ["input.column-count@3:-"]),
        .init("every problem of the row is reported", "x\"y,\"a\"b,3", ["input.syntax@3:1", "input.syntax@3:2"]),
        .init("a quote problem and a wrong count", "1,x\"y", ["input.syntax@3:2", "input.column-count@3:-"]),
        .init("more fields than maximumFields", "1,2,3,4,5,6", ["input.too-many-fields@3:-"],
              options: CSVReaderOptions(maximumFields: 5)),
        .init("longer than maximumRecordBytes", "\"" + String(repeating: "长", count: 20) + "\",2,3", ["input.record-too-large@3:-"],
              options: CSVReaderOptions(maximumRecordBytes: 40)),
        .init("longer than maximumRecordBytes, with line breaks in quotes", "\"" + String(repeating: "x\n", count: 30) + "\",2,3",
              ["input.record-too-large@3:-"], nextLine: 34, options: CSVReaderOptions(maximumRecordBytes: 40)),
        .init("bytes that are neither UTF-8 nor GB18030", [0x31, 0x2C, 0xFF, 0xFE, 0x2C, 0x33], ["input.encoding@3:2"]),
        .init("bad bytes on the second line of a quoted cell", Array("1,2,\"a\n".utf8) + [0xFF] + Array("\"".utf8),
              ["input.encoding@4:3"], nextLine: 5),
        .init("bad bytes in the third cell", Array("1,2,".utf8) + [0x80], ["input.encoding@3:3"]),
        .init("a quote that never closes: the row up to the end of its line", "1,\"abc,3", ["input.syntax@3:2"]),
    ]

    @Test("A malformed row is rejected with the right rule at the right line, and the next row is read", arguments: cases)
    func malformedRow(_ testCase: CSVMalformedCase) throws {
        let bytes = Array("a,b,c\n中文,2,3\n".utf8) + testCase.bad + Array("\n7,8,9\n".utf8)
        let result = try CSVHarness.read(bytes, options: testCase.options)
        #expect(result.compared == [
            .row(1, line: 2, ["中文", "2", "3"]),
            .malformed(2, line: 3, testCase.findings),
            .row(3, line: testCase.nextLine, ["7", "8", "9"]),
        ])
        for finding in result.findings {
            #expect(finding.severity == .error && finding.path.isEmpty)
            #expect(finding.location.file == "exports.csv" && finding.location.record == 2)
            CSVMalformedTests.expectFilled(finding)
        }
    }

    /// Every placeholder of the rule's templates is filled (for rules the catalogue has; see CSVRules).
    static func expectFilled(_ finding: Finding, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for text in [finding.message.zh, finding.message.en] {
            #expect(!text.contains("{") && !text.contains("}"), "unfilled: \(text)", sourceLocation: sourceLocation)
        }
        if finding.rule.entry != nil {
            #expect(finding.message.en != finding.rule.rawValue, "no catalogue message", sourceLocation: sourceLocation)
        }
    }

    @Test("Messages name the column, the limit or both counts")
    func messages() throws {
        let text = "a,b,c\n1,x\"y,3\n1,2\n1,2,3,4,5,6\n" + String(repeating: "z", count: 50) + "\n"
        let result = try CSVHarness.read(Array(text.utf8) + [0x31, 0x2C, 0xFF, 0x2C, 0x33, 0x0A],
                                         options: CSVReaderOptions(maximumRecordBytes: 40, maximumFields: 5))
        let findings = result.findings
        try #require(findings.count == 5, "\(result.compared)")
        #expect(findings[0].message.en.contains("column 2") && findings[0].message.zh.contains("第 2 列"))
        #expect(findings[0].message.en.contains("quote") && findings[0].location.elementPath == "b")
        #expect(findings[1].location.elementPath == nil)
        #expect(findings[4].location.elementPath == "b" && findings[4].message.zh.contains("第 2 列"))
        #expect(findings[3].message.en.contains("40") && findings[3].message.zh.contains("40"))
        // Rules not in the catalogue yet (CSVRules) carry their id as the message until rules.yaml has them.
        for (finding, values) in [(findings[1], ["2", "3"]), (findings[2], ["5"])] where finding.rule.entry != nil {
            for value in values {
                #expect(finding.message.en.contains(value) && finding.message.zh.contains(value), "\(finding.message)")
            }
        }
        #expect(findings.map(\.rule.rawValue) == ["input.syntax", "input.column-count", "input.too-many-fields",
                                                  "input.record-too-large", "input.encoding"])
        for finding in findings { Self.expectFilled(finding) }
    }

    @Test("A quote that never closes does not swallow the rest of the file")
    func unterminatedQuoteRecovers() throws {
        let text = "a,b,c\n1,2,3\n4,\"open,6\n7,8,9\n10,11\n13,14,15"
        let result = try CSVHarness.read(text)
        #expect(result.compared == [
            .row(1, line: 2, ["1", "2", "3"]),
            .malformed(2, line: 3, ["input.syntax@3:2"]),
            .row(3, line: 4, ["7", "8", "9"]),
            .malformed(4, line: 5, ["input.column-count@5:-"]),
            .row(5, line: 6, ["13", "14", "15"]),
        ])
        #expect(result.findings.first?.message.en.contains("never closed") == true)
    }

    @Test("A stray opening quote closed by a later one: the rows between are one rejected record, then reading is back in step")
    func strayQuoteClosedLater() throws {
        let text = "a,b,c\n1,2,3\n4,\"open,6\n7,8,9\n\"q\"x,1,2\n13,14,15\n"
        let result = try CSVHarness.read(text)
        #expect(result.compared == [
            .row(1, line: 2, ["1", "2", "3"]),
            .malformed(2, line: 3, ["input.syntax@5:2", "input.column-count@3:-"]),
            .row(3, line: 6, ["13", "14", "15"]),
        ])
    }

    @Test("A quote that never closes, opened in a row that started lines earlier")
    func unterminatedQuoteInMultilineRow() throws {
        let result = try CSVHarness.read("a,b,c\n\"x\ny\",\"p\nq\",\"open\r\n1,2,3\r\n")
        #expect(result.compared == [.malformed(1, line: 2, ["input.syntax@4:3"]), .row(2, line: 5, ["1", "2", "3"])])
    }

    @Test("An unterminated quote followed by more than maximumRecordBytes: one too-large record naming the quote's line")
    func unterminatedQuoteBeyondLimit() throws {
        let text = "a,b,c\n1,2,3\n4,\"open,6\n" + String(repeating: "7,8,9\n", count: 20)
        let result = try CSVHarness.read(text, options: CSVReaderOptions(maximumRecordBytes: 64))
        #expect(result.compared == [.row(1, line: 2, ["1", "2", "3"]),
                                    .malformed(2, line: 3, ["input.record-too-large@3:-", "input.syntax@3:2"])])
    }

    @Test("A record of several MiB over the limit is skipped across chunks; lines still count", arguments: [false, true])
    func largeRecordAcrossChunks(_ quoted: Bool) throws {
        let lineBreaks = quoted ? 150_000 : 0
        let body = quoted ? "\"" + String(repeating: "长文本\n", count: lineBreaks) + String(repeating: "x", count: 1 << 20) + "\""
                          : String(repeating: "长文本", count: 1 << 20)
        let text = "a,b,c\n1,2,3\n" + body + ",2,3\r\n4,5,6\n"
        let result = try CSVHarness.read(text, options: CSVReaderOptions(maximumRecordBytes: 1024))
        #expect(result.compared == [.row(1, line: 2, ["1", "2", "3"]), .malformed(2, line: 3, ["input.record-too-large@3:-"]),
                                    .row(3, line: 4 + lineBreaks, ["4", "5", "6"])])
    }

    @Test("A row under the default limits that is bigger than a chunk is read whole")
    func largeRecordWithinLimit() throws {
        let note = String(repeating: "备注，\"\"含引号\r\n", count: 500_000)  // ~11 MiB (more than the buffer keeps), quotes doubled
        let result = try CSVHarness.read("a,b,c\n1,\"" + note + "\",3\n4,5,6\n")
        let expectedNote = note.replacingOccurrences(of: "\"\"", with: "\"")
        #expect(result.compared == [.row(1, line: 2, ["1", expectedNote, "3"]), .row(2, line: 500_003, ["4", "5", "6"])])
    }

    @Test("A GB18030 file with bytes that decode in neither: input.encoding at the line; neighbours intact")
    func gb18030WithInvalidBytes() throws {
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        func encoded(_ text: String) throws -> [UInt8] { Array(try #require(text.data(using: gb18030))) }
        let bytes = try encoded("名称,编号,备注\n杭州,𠀀,一\n深圳,") + [0xFF] + (try encoded("乙,二\n北京,𪚥,三\n"))
        let result = try CSVHarness.read(bytes)
        #expect(result.encoding == .gb18030)
        #expect(result.compared == [.row(1, line: 2, ["杭州", "𠀀", "一"]), .malformed(2, line: 3, ["input.encoding@3:2"]),
                                    .row(3, line: 4, ["北京", "𪚥", "三"])])
    }

    static let headerCases: [(String, Int, String, String)] = [
        ("a,b,a\n1,2,3\n", 1, "column 3 repeats the name 'a' of column 1", "第 3 列的列名“a”与第 1 列重复"),
        ("a, ,c\n", 1, "column 2 has no name", "第 2 列没有列名"),
        ("a,,c\n", 1, "column 2 has no name", "第 2 列没有列名"),
        ("\n\r\n a ,\"a\"\n", 3, "column 2 repeats the name 'a' of column 1", "第 2 列的列名“a”与第 1 列重复"),
        ("a,\"b\n1,2\n", 1, "line 1, column 2: this opening quote is never closed", "第 1 行第 2 列"),
        ("a,x\"y\n", 1, "line 1, column 2: a quote inside a field", "第 1 行第 2 列"),
        ("a,\"b\"c\n", 1, "text after the closing quote", "右引号后还有字符"),
    ]

    @Test("A header with an empty, repeated or unreadable name is an InputError at its line", arguments: headerCases)
    func badHeader(_ text: String, _ line: Int, _ english: String, _ chinese: String) throws {
        let error = try #require(CSVHarness.inputError(text))
        #expect(error.file == "exports.csv" && error.line == line)
        #expect(error.message.en.contains(english), "\(error.message.en)")
        #expect(error.message.zh.contains(chinese), "\(error.message.zh)")
    }

    @Test("Header limits and bad bytes are InputErrors too")
    func headerLimits() throws {
        let tooMany = try #require(CSVHarness.inputError("a,b,c\n", options: CSVReaderOptions(maximumFields: 2)))
        #expect(tooMany.message.en.contains("more than 2 columns") && tooMany.line == 1)
        let tooLarge = try #require(CSVHarness.inputError("\nabcdef,g\n", options: CSVReaderOptions(maximumRecordBytes: 4)))
        #expect(tooLarge.message.en.contains("limit of 4 bytes") && tooLarge.line == 2)
        let path = try TestFiles.temporaryFile(named: "bad.csv", contents: Array("a,b".utf8) + [0xFF] + Array("\n1,2\n".utf8))
        do {
            _ = try CSVHarness.read(path: path, displayName: "bad.csv", options: CSVReaderOptions(encoding: .utf8))
            Issue.record("no error")
        } catch let error as InputError {
            #expect(error.message.en.contains("column 2 holds bytes that are neither UTF-8 nor GB18030") && error.line == 1)
        }
    }
}
