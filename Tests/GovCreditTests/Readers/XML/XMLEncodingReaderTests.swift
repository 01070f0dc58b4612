import Foundation
import Testing
@testable import GovCredit

// SPEC §1 for XML: a byte-order mark, else strict UTF-8, else GB18030 — whatever the XML declaration says. The bytes
// under test are made by Python's codecs, independent of the decoder under test.

@Suite("XML reader: encodings")
struct XMLEncodingReaderTests {
    /// Text with 4-byte GB18030 characters (𠀀, 𪚥), € and full-width punctuation, in elements and attributes.
    static func document(declaration: String) -> String {
        """
        \(declaration)<导出>
          <案件列表>
            <案件 编号="甲-1" 类别="政府失信">
              <名称>杭州市西湖区经济和信息化局（𠀀𪚥）</名称>
              <说明>拖欠“产业扶持资金”共 350 万元，€ 亦可；
        第二行</说明>
            </案件>
            <案件 编号="乙-2"><名称>深圳市福田区住房和建设局</名称></案件>
          </案件列表>
        </导出>

        """
    }

    static let options = XMLReaderOptions(recordPath: ["导出", "案件列表", "案件"])

    static func summaries(_ bytes: [UInt8], _ options: XMLReaderOptions = options) throws -> [[String]] {
        try XMLTestSupport.records(try XMLTestSupport.file(bytes), options).map(XMLTestSupport.summary)
    }

    @Test("GB18030 with and without a declaration, UTF-8 with a BOM and a UTF-8 file that declares GB18030 read the same")
    func sameRecordsWhateverTheEncoding() throws {
        let utf8 = try Self.summaries(Array(Self.document(declaration: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").utf8))
        try #require(utf8.count == 2)
        #expect(utf8[0].contains("名称 = \"杭州市西湖区经济和信息化局（𠀀𪚥）\" @5 /导出/案件列表/案件[1]/名称"))
        #expect(utf8[0].contains("@类别 = \"政府失信\" @4 /导出/案件列表/案件[1]/@类别"))

        let variants: [(String, [UInt8])] = [
            ("GB18030, declared", try XMLTestSupport.encoded(
                Self.document(declaration: "<?xml version=\"1.0\" encoding=\"GB18030\"?>\n"), codec: "gb18030")),
            ("GB18030, no declaration", try XMLTestSupport.encoded(Self.document(declaration: "\n"), codec: "gb18030")),
            ("GB18030, declared as UTF-8", try XMLTestSupport.encoded(
                Self.document(declaration: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), codec: "gb18030")),
            ("UTF-8 with BOM", try XMLTestSupport.encoded(
                Self.document(declaration: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), codec: "utf-8-sig")),
            ("UTF-8 declared as GB18030", Array(Self.document(declaration: "<?xml version=\"1.0\" encoding=\"GB18030\"?>\n").utf8)),
            ("UTF-8, no declaration", Array(Self.document(declaration: "\n").utf8)),
        ]
        for (label, bytes) in variants {
            #expect(try Self.summaries(bytes) == utf8, "\(label)")
        }
        // The variants really differ in their bytes: GB18030 is not UTF-8 in disguise.
        #expect(variants[1].1 != Array(Self.document(declaration: "\n").utf8))
        #expect(variants[3].1.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test("a profile that fixes GB18030 reads a GB18030 file")
    func fixedEncoding() throws {
        let bytes = try XMLTestSupport.encoded(Self.document(declaration: "\n"), codec: "gb18030")
        var options = Self.options
        options.encoding = .gb18030
        let records = try Self.summaries(bytes, options)
        #expect(records.first?.contains("名称 = \"杭州市西湖区经济和信息化局（𠀀𪚥）\" @5 /导出/案件列表/案件[1]/名称") == true)
    }

    @Test("bytes in neither UTF-8 nor GB18030 stop reading with the line", arguments: [
        // (bytes before the bad ones, the bad bytes, the line they are on). 0xFF is in neither encoding anywhere;
        // 0x80 after an ASCII byte is a stray continuation byte in UTF-8 and no lead byte in GB18030. (Bytes that
        // GB18030 reads, such as 0x81 0x20 after 甲's last byte, make the file GB18030: SPEC §1's second choice.)
        ("<导出>\n<案件列表>\n<案件><名称>甲", [UInt8]([0xFF]), 3),
        ("<导出>\n<案件列表>\n\n<案件><名称>", [UInt8]([0x80]), 4),
    ])
    func undecodableBytes(prefix: String, bad: [UInt8], line: Int) throws {
        let bytes = Array(prefix.utf8) + bad + Array("</名称></案件></案件列表></导出>".utf8)
        let error = try XMLTestSupport.inputError(try XMLTestSupport.file(bytes), Self.options)
        #expect(error.line == line)
        #expect(error.message.en.contains("neither valid UTF-8 nor GB18030"))
        #expect(error.message.zh.contains("不是有效的 UTF-8 或 GB18030 编码"))
    }

    @Test("a GB18030 file with a byte in neither encoding stops reading with the line")
    func undecodableInGB18030() throws {
        var bytes = try XMLTestSupport.encoded(Self.document(declaration: "\n"), codec: "gb18030")
        // Put 0xFF right after the "<名称>" of line 5 (ASCII "<" and ">" are the same bytes in GB18030).
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
        let fifth = lineStarts[4]
        let close = try #require(bytes[fifth...].firstIndex(of: UInt8(ascii: ">")))
        bytes.insert(0xFF, at: close + 1)
        let error = try XMLTestSupport.inputError(try XMLTestSupport.file(bytes), Self.options)
        #expect(error.line == 5)
        #expect(error.message.en.contains("neither valid UTF-8 nor GB18030"))
    }

    @Test("a profile that fixes UTF-8 refuses GB18030 bytes with the line")
    func fixedUTF8RefusesGB18030() throws {
        let bytes = try XMLTestSupport.encoded(Self.document(declaration: "\n"), codec: "gb18030")
        var options = Self.options
        options.encoding = .utf8
        let error = try XMLTestSupport.inputError(try XMLTestSupport.file(bytes), options)
        #expect(error.line == 2)
    }
}
