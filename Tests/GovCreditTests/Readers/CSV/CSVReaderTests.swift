import Foundation
import Testing
@testable import GovCredit

// The CSV reader on well-formed input (RFC 4180 and what provincial exports do with it, SPEC §6): line breaks,
// quoting, empty cells, numbering, delimiters, encodings, the header.

struct CSVCase: Sendable, CustomTestStringConvertible {
    let label: String
    let text: String
    let expected: [CSVItem]
    var testDescription: String { label }
}

@Suite("CSV reader")
struct CSVReaderTests {
    static let cases: [CSVCase] = [
        .init(label: "LF", text: "a,b,c\n1,2,3\n4,5,6\n", expected: [.row(1, line: 2, ["1", "2", "3"]), .row(2, line: 3, ["4", "5", "6"])]),
        .init(label: "CRLF", text: "a,b,c\r\n1,2,3\r\n4,5,6\r\n", expected: [.row(1, line: 2, ["1", "2", "3"]), .row(2, line: 3, ["4", "5", "6"])]),
        .init(label: "no final line break", text: "a,b,c\n1,2,3\n4,5,6", expected: [.row(1, line: 2, ["1", "2", "3"]), .row(2, line: 3, ["4", "5", "6"])]),
        .init(label: "CRLF, last line ends in CR", text: "a,b,c\r\n1,2,3\r", expected: [.row(1, line: 2, ["1", "2", "3"])]),
        .init(label: "lone CR ends a record, as in Python and old Mac exports", text: "a,b,c\r1,2,3\r4,5,6",
              expected: [.row(1, line: 2, ["1", "2", "3"]), .row(2, line: 3, ["4", "5", "6"])]),
        .init(label: "quoted delimiter", text: "a,b,c\n\"x,y\",\",\",3\n", expected: [.row(1, line: 2, ["x,y", ",", "3"])]),
        .init(label: "doubled quotes", text: "a,b,c\n\"say \"\"hi\"\"\",\"\"\"\"\"\",\"\"\"\"\n",
              expected: [.row(1, line: 2, ["say \"hi\"", "\"\"", "\""])]),
        .init(label: "embedded LF, CRLF and lone CR are data", text: "a,b,c\n\"x\ny\",\"p\r\nq\",\"r\rs\"\n7,8,9\n",
              expected: [.row(1, line: 2, ["x\ny", "p\r\nq", "r\rs"]), .row(2, line: 6, ["7", "8", "9"])]),
        .init(label: "empty cells are null, quoted or not", text: "a,b,c\n,,\n\"\",\"\",\"\"\n1,,3\n",
              expected: [.row(1, line: 2, [nil, nil, nil]), .row(2, line: 3, [nil, nil, nil]), .row(3, line: 4, ["1", nil, "3"])]),
        .init(label: "trailing empty field", text: "a,b,c\n1,2,\n1,2,\"\"", expected: [.row(1, line: 2, ["1", "2", nil]), .row(2, line: 3, ["1", "2", nil])]),
        .init(label: "trailing empty field at the end of the file", text: "a,b,c\n1,2,", expected: [.row(1, line: 2, ["1", "2", nil])]),
        .init(label: "empty last line and blank lines", text: "\n\na,b,c\n\n1,2,3\r\n\r\n\r\n4,5,6\n\n",
              expected: [.row(1, line: 5, ["1", "2", "3"]), .row(2, line: 8, ["4", "5", "6"])]),
        .init(label: "white space is data (no trimming of values)", text: "a,b,c\n 1 ,\t2\t,\u{3000}3\n",
              expected: [.row(1, line: 2, [" 1 ", "\t2\t", "\u{3000}3"])]),
        .init(label: "a line of spaces is a record, not a blank line", text: "a\n \n", expected: [.row(1, line: 2, [" "])]),
        .init(label: "a quoted empty field alone is a record", text: "a\n\"\"\nx\n", expected: [.row(1, line: 2, [nil]), .row(2, line: 3, ["x"])]),
        .init(label: "Chinese text, 4-byte characters, emoji", text: "名称,编号,备注\n杭州市西湖区,𠀀𪚥,\"说明，含逗号\"\n😀,\"中\"\"文\",\u{FEFF}x\n",
              expected: [.row(1, line: 2, ["杭州市西湖区", "𠀀𪚥", "说明，含逗号"]), .row(2, line: 3, ["😀", "中\"文", "\u{FEFF}x"])]),
        .init(label: "quoted field ends the file without a line break", text: "a,b\n1,\"x\ny\"", expected: [.row(1, line: 2, ["1", "x\ny"])]),
        .init(label: "header only", text: "a,b,c\n", expected: []),
        .init(label: "empty file", text: "", expected: []),
        .init(label: "blank lines only", text: "\n\r\n\r\n", expected: []),
    ]

    @Test("Tricky but well-formed input", arguments: cases)
    func wellFormed(_ testCase: CSVCase) throws {
        let result = try CSVHarness.read(testCase.text)
        #expect(result.compared == testCase.expected)
    }

    @Test("Records, lines and cell positions with embedded line breaks and blank lines")
    func numbering() throws {
        let text = "\n名称,编号,备注\r\n\r\n1,\"x\ny\",3\n\"p\r\nq\",\"r\",s\n\n\n4,5,\"6\n\n7\"\n"
        let result = try CSVHarness.read(text)
        #expect(result.columns == ["名称", "编号", "备注"])
        #expect(result.compared == [.row(1, line: 4, ["1", "x\ny", "3"]), .row(2, line: 6, ["p\r\nq", "r", "s"]),
                                    .row(3, line: 10, ["4", "5", "6\n\n7"])])
        // (line, column) of every cell, and the names it carries.
        let positions = result.records.map { $0.fields.map { [$0.position.line, $0.position.column ?? 0] } }
        #expect(positions == [[[4, 1], [4, 2], [5, 3]], [[6, 1], [7, 2], [7, 3]], [[10, 1], [10, 2], [10, 3]]])
        for record in result.records {
            #expect(record.kind == nil && record.location.file == "exports.csv")
            #expect(record.fields.map(\.path) == [["名称"], ["编号"], ["备注"]])
            #expect(record.fields.map(\.position.elementPath) == ["名称", "编号", "备注"])
        }
    }

    @Test("Header names are trimmed of surrounding white space, values are not")
    func headerTrimmed() throws {
        let result = try CSVHarness.read(" 名称 ,\t编号\t,\"\u{3000}备注 \"\r\n 甲 ,1,2\r\n")
        #expect(result.columns == ["名称", "编号", "备注"])
        #expect(result.compared == [.row(1, line: 2, [" 甲 ", "1", "2"])])
    }

    static let otherDelimiters: [String] = ["\t", ";", "|", "，"]

    @Test("Other delimiters give the same records as the comma", arguments: otherDelimiters)
    func delimiters(_ delimiter: String) throws {
        let rows: [[String]] = [["名称", "编号", "备注"], ["甲（乙）", "１２", "含\(delimiter)分隔符"], ["", "x\"y", "多\n行"],
                                ["，，", "｜", "；"], ["a", "", ""]]
        func render(_ separator: String) -> String {
            rows.map { row in
                row.map { cell in
                    cell.contains(separator) || cell.contains("\"") || cell.contains("\n")
                        ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
                }.joined(separator: separator)
            }.joined(separator: "\r\n") + "\r\n"
        }
        let expected = try CSVHarness.read(render(","))
        #expect(expected.compared.count == 4 && expected.findings.isEmpty)
        let result = try CSVHarness.read(render(delimiter), options: CSVReaderOptions(delimiter: delimiter))
        #expect(result.columns == ["名称", "编号", "备注"])
        #expect(result.compared == expected.compared)
        #expect(result.records.first.map(CSVHarness.cells) == ["甲（乙）", "１２", "含\(delimiter)分隔符"])
    }

    @Test("The full-width comma: a neighbour sharing its lead byte is text, not a delimiter")
    func fullWidthCommaNeighbours() throws {
        // U+FF0C is EF BC 8C; U+FF08 （ is EF BC 88 and U+FF5C ｜ is EF BD 9C.
        let result = try CSVHarness.read("甲，乙\n（，）\n｜，\n，\n", options: CSVReaderOptions(delimiter: "，"))
        #expect(result.compared == [.row(1, line: 2, ["（", "）"]), .row(2, line: 3, ["｜", nil]), .row(3, line: 4, [nil, nil])])
    }

    @Test("A multi-character delimiter", arguments: ["||", "，，"])
    func multiCharacterDelimiter(_ delimiter: String) throws {
        let text = ["a", "b", "c"].joined(separator: delimiter) + "\n1" + delimiter + "\"2" + delimiter + "\"" + delimiter + "3\n"
        let result = try CSVHarness.read(text, options: CSVReaderOptions(delimiter: delimiter))
        #expect(result.compared == [.row(1, line: 2, ["1", "2" + delimiter, "3"])])
    }

    /// Text with everything that differs between encodings: 4-byte GB18030 characters, the full-width comma, a
    /// quoted line break.
    static let encodedRows = [
        "名称,统一社会信用代码,备注",
        "杭州市西湖区经济和信息化局,11330106002493011L,\"𠀀与𪚥，\n第二行\"",
        "深圳市福田区住房和建设局,,€ 1234.56",
    ]

    @Test("GB18030 and BOM'd UTF-8 with CRLF give identical records", arguments: [EncodingChoice.automatic, .gb18030])
    func gb18030MatchesUTF8(_ choice: EncodingChoice) throws {
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)  // PLATFORM.md §4: GB_18030_2000
        let gbBytes = try #require((Self.encodedRows.joined(separator: "\n") + "\n").data(using: gb18030))
        #expect(String(validating: Array(gbBytes), as: UTF8.self) == nil, "must not be UTF-8 as well")
        #expect(Array(gbBytes).firstRange(of: [0x95, 0x32, 0x82, 0x36] as [UInt8]) != nil, "𠀀 as a 4-byte sequence")
        let utf8 = CSVHarness.utf8ByteOrderMark + Array((Self.encodedRows.joined(separator: "\r\n") + "\r\n").utf8)

        let fromGB = try CSVHarness.read(Array(gbBytes), options: CSVReaderOptions(encoding: choice))
        let fromUTF8 = try CSVHarness.read(utf8)
        #expect(fromGB.encoding == .gb18030 && fromUTF8.encoding == .utf8)
        #expect(fromGB.columns == fromUTF8.columns && fromGB.columns == ["名称", "统一社会信用代码", "备注"])
        #expect(fromGB.compared == fromUTF8.compared)
        #expect(fromGB.compared == [.row(1, line: 2, ["杭州市西湖区经济和信息化局", "11330106002493011L", "𠀀与𪚥，\n第二行"]),
                                    .row(2, line: 4, ["深圳市福田区住房和建设局", nil, "€ 1234.56"])])
        let positions = { (result: CSVReadResult) in result.records.flatMap { $0.fields.map(\.position) } }
        #expect(positions(fromGB) == positions(fromUTF8))
    }

    @Test("Without a header: columns are numbered and every row is a record")
    func noHeader() throws {
        let result = try CSVHarness.read("1,2,3\n4,5,6\n7,8\n", options: CSVReaderOptions(hasHeader: false))
        #expect(result.columns == ["1", "2", "3"])
        #expect(result.compared == [.row(1, line: 1, ["1", "2", "3"]), .row(2, line: 2, ["4", "5", "6"]),
                                    .malformed(3, line: 3, ["input.column-count@3:-"])])
        #expect(result.records.first?.fields.map(\.path) == [["1"], ["2"], ["3"]])
    }

    /// The tricky bytes of a record straddle the first 1 MiB chunk end at every offset.
    @Test("Records across the chunk boundary", arguments: 0..<12)
    func chunkBoundary(_ shift: Int) throws {
        let header = "a，b，c\r\n"
        let tricky = "\"x\"\"y\r\nz\"，（，\"\r\"\r\n"
        // A first row that ends `shift` bytes before the boundary puts the tricky row across it.
        let fillerLength = ByteFileReader.chunkSize - header.utf8.count - shift - "，，\r\n".utf8.count
        let text = header + String(repeating: "填", count: fillerLength / 3) + String(repeating: "f", count: fillerLength % 3)
            + "，，\r\n" + tricky + tricky
        let result = try CSVHarness.read(text, options: CSVReaderOptions(delimiter: "，"))
        try #require(result.compared.count == 3)
        #expect(result.compared[1] == .row(2, line: 3, ["x\"y\r\nz", "（", "\r"]))
        #expect(result.compared[2] == .row(3, line: 6, ["x\"y\r\nz", "（", "\r"]))
    }

    @Test("Options that cannot work are an InputError", arguments: ["", "\"", "\n", ",\r"])
    func invalidDelimiter(_ delimiter: String) throws {
        let error = CSVHarness.inputError("a,b\n", options: CSVReaderOptions(delimiter: delimiter))
        #expect(error?.message.en.contains("delimiter") == true)
        #expect(error?.message.zh.contains("分隔符") == true)
    }

    @Test("Record limits must be positive", arguments: [(0, 10), (10, 0)])
    func invalidLimits(_ bytes: Int, _ fields: Int) throws {
        let error = CSVHarness.inputError("a,b\n", options: CSVReaderOptions(maximumRecordBytes: bytes, maximumFields: fields))
        #expect(error?.message.en.contains("must be positive") == true)
    }
}
