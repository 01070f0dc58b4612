import Foundation
import Testing
@testable import GovCredit

// Provincial exports (SPEC §6): nested documents with Chinese element names, attributes, headers beside the record
// list, and a record path from the profile.

@Suite("XML reader: provincial exports")
struct XMLProvincialReaderTests {
    static let recordPath = ["导出", "案件列表", "案件"]
    static var options: XMLReaderOptions { XMLReaderOptions(recordPath: recordPath) }

    /// Line numbers matter: line 8 is the first <案件>.
    static let document = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- 某省信用平台导出 -->
    <导出 版本="2.1" 报送日期="2024-09-30">
      <报送单位>
        <名称>某省发展和改革委员会</名称>
      </报送单位>
      <案件列表>
        <案件 编号="A-1">
          <主体 类型="机关">
            <名称>某某区经济和信息化局</名称>
            <代码>11330106002495318K</代码>
          </主体>
          <关联编号>D-1</关联编号>
          <关联编号>D-2</关联编号>
          <说明><![CDATA[含 <特殊> 字符 & 符号]]>，以及 &amp; 和 &#x4E2D;</说明>
          <备注/>
          <空></空>
          <?处理 指令?>
          <!-- 注释不是数据 -->
          <金额 单位="元">  1500000.00 </金额>
          <多行>第一行
    第二行</多行>
        </案件>
        <案件 编号="A-2"><主体 类型="企业"><名称>乙公司</名称></主体></案件>
      </案件列表>
      <附件><案件 编号="不是记录"><名称>不在记录路径上</名称></案件></附件>
    </导出>

    """

    @Test("a record path reads the records, skips headers, keeps attributes, CDATA, empty elements and white space")
    func nestedDocument() throws {
        let records = try XMLTestSupport.records(try XMLTestSupport.file(Self.document), Self.options)
        try #require(records.count == 2)
        #expect(XMLTestSupport.summary(records[0]) == [
            "案件 #1 @8 /导出/案件列表/案件[1]",
            "@编号 = \"A-1\" @8 /导出/案件列表/案件[1]/@编号",
            "主体/@类型 = \"机关\" @9 /导出/案件列表/案件[1]/主体/@类型",
            "主体/名称 = \"某某区经济和信息化局\" @10 /导出/案件列表/案件[1]/主体/名称",
            "主体/代码 = \"11330106002495318K\" @11 /导出/案件列表/案件[1]/主体/代码",
            "关联编号 = \"D-1\" @13 /导出/案件列表/案件[1]/关联编号[1]",
            "关联编号 = \"D-2\" @14 /导出/案件列表/案件[1]/关联编号[2]",
            "说明 = \"含 <特殊> 字符 & 符号，以及 & 和 中\" @15 /导出/案件列表/案件[1]/说明",
            "备注 = null @16 /导出/案件列表/案件[1]/备注",
            "空 = null @17 /导出/案件列表/案件[1]/空",
            "金额/@单位 = \"元\" @20 /导出/案件列表/案件[1]/金额/@单位",
            "金额 = \"  1500000.00 \" @20 /导出/案件列表/案件[1]/金额",
            "多行 = \"第一行\n第二行\" @21 /导出/案件列表/案件[1]/多行",
        ])
        #expect(XMLTestSupport.summary(records[1]) == [
            "案件 #2 @24 /导出/案件列表/案件[2]",
            "@编号 = \"A-2\" @24 /导出/案件列表/案件[2]/@编号",
            "主体/@类型 = \"企业\" @24 /导出/案件列表/案件[2]/主体/@类型",
            "主体/名称 = \"乙公司\" @24 /导出/案件列表/案件[2]/主体/名称",
        ])
    }

    @Test("names are matched without namespace; namespace declarations and xsi: attributes are not fields")
    func namespaces() throws {
        let text = """
        <p:导出 xmlns:p="urn:province" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:province x.xsd">
          <p:案件列表><p:案件 编号="A-1" xmlns:q="urn:other"><q:名称>甲</q:名称></p:案件></p:案件列表>
        </p:导出>
        """
        let records = try XMLTestSupport.records(try XMLTestSupport.file(text), Self.options)
        try #require(records.count == 1)
        #expect(records[0].kind == "案件")
        #expect(records[0].fields.map(\.path) == [["@编号"], ["名称"]])
        #expect(records[0].location.elementPath == "/导出/案件列表/案件[1]")
    }

    @Test("a second record list gets its index in the element path")
    func repeatedContainers() throws {
        let text = "<导出><案件列表><案件><a>1</a></案件></案件列表><案件列表><案件><a>2</a></案件></案件列表></导出>"
        let records = try XMLTestSupport.records(try XMLTestSupport.file(text), Self.options)
        #expect(records.map(\.location.elementPath) == ["/导出/案件列表/案件[1]", "/导出/案件列表[2]/案件[1]"])
        #expect(records.map(\.location.record) == [1, 2])
    }

    @Test("no element on the record path is an InputError naming the path", arguments: [
        ["导出", "案件列表", "案例"],   // the records are misspelt: the list holds only other elements
        ["导出", "记录列表", "案件"],   // the list is misspelt
        ["出口", "案件列表", "案件"],   // the root is misspelt
    ])
    func noMatch(recordPath: [String]) throws {
        let error = try XMLTestSupport.inputError(try XMLTestSupport.file(Self.document), XMLReaderOptions(recordPath: recordPath))
        #expect(error.message.en.contains("no element matches the record path /\(recordPath.joined(separator: "/"))"))
        #expect(error.message.zh.contains("没有元素与记录路径"))
    }

    @Test("an empty record list is an empty export, not a wrong path")
    func emptyList() throws {
        for text in ["<导出><报送单位/><案件列表/></导出>", "<导出><案件列表>\n</案件列表></导出>"] {
            #expect(try XMLTestSupport.records(try XMLTestSupport.file(text), Self.options).isEmpty)
        }
    }

    @Test("mixed content makes the record malformed with a located finding; the next record is read",
          arguments: [
              ("<主体>文字<名称>甲</名称></主体>", "主体", "/导出/案件列表/案件[1]/主体"),
              ("<主体><名称>甲</名称>尾巴</主体>", "主体", "/导出/案件列表/案件[1]/主体"),
              ("直接的文字<名称>甲</名称>", "", "/导出/案件列表/案件[1]"),
              ("只有文字", "", "/导出/案件列表/案件[1]"),
          ])
    func mixedContent(inner: String, path: String, elementPath: String) throws {
        let text = "<导出><案件列表>\n<案件>\(inner)</案件>\n<案件><名称>乙</名称></案件>\n</案件列表></导出>"
        let (items, error) = XMLTestSupport.read(try XMLTestSupport.file(text), Self.options)
        #expect(error == nil)
        try #require(items.count == 2)
        guard case .malformed(let location, let findings) = items[0] else { Issue.record("\(items[0])"); return }
        #expect(location.record == 1 && location.line == 2)
        #expect(findings.map(\.rule.rawValue) == ["xml.mixed-content"])
        #expect(findings.first?.path == path)
        #expect(findings.first?.location.elementPath == elementPath)
        #expect(findings.first?.severity == .error)
        guard case .record(let next) = items[1] else { Issue.record("\(items[1])"); return }
        #expect(next.location.record == 2 && next.location.line == 3)
    }

    @Test("white space between child elements is layout, not mixed content or a value")
    func layoutWhiteSpace() throws {
        let text = "<导出><案件列表><案件>\n\t <主体>\r\n <名称> 甲 </名称>\n</主体>  </案件></案件列表></导出>"
        let records = try XMLTestSupport.records(try XMLTestSupport.file(text), Self.options)
        #expect(records.first?.fields.map(\.path) == [["主体", "名称"]])
        #expect(records.first?.fields.map(\.value) == [.text(" 甲 ")])
    }

    @Test("a record over the byte cap or the field cap is rejected and skipped; reading goes on")
    func caps() throws {
        let big = String(repeating: "长", count: 400)  // 1,200 bytes
        let many = String(repeating: "<x/>", count: 30)
        let text = "<导出><案件列表><案件><a>\(big)</a></案件><案件>\(many)</案件><案件><a>ok</a></案件></案件列表></导出>"
        var options = Self.options
        options.maximumRecordBytes = 1_000
        options.maximumFields = 20
        let (items, error) = XMLTestSupport.read(try XMLTestSupport.file(text), options)
        #expect(error == nil)
        try #require(items.count == 3)
        guard case .malformed(_, let tooLarge) = items[0], case .malformed(_, let tooMany) = items[1],
              case .record(let last) = items[2] else { Issue.record("\(items)"); return }
        #expect(tooLarge.map(\.rule) == [.inputRecordTooLarge])
        #expect(tooLarge.first?.message.en.contains("1000") == true)
        #expect(tooMany.map(\.rule.rawValue) == ["input.too-many-fields"])
        #expect(last.location.record == 3)
        #expect(last.fields.map(\.value) == [.text("ok")])
    }

    @Test("deep chains of elements count their paths against the byte cap")
    func deepChainsAreCharged() throws {
        // 200 chains 60 deep: 200 fields and 12,000 bytes of names, but 12,000 elements whose paths (made for every
        // element) would take about 6.6 MB.
        let chain = String(repeating: "<a>", count: 60) + "x" + String(repeating: "</a>", count: 60)
        let text = "<导出><案件列表><案件>" + String(repeating: chain, count: 200) + "</案件></案件列表></导出>"
        var options = Self.options
        options.maximumRecordBytes = 1 << 20
        let (items, error) = XMLTestSupport.read(try XMLTestSupport.file(text), options)
        #expect(error == nil)
        guard case .malformed(_, let findings) = items.first else { Issue.record("\(items)"); return }
        #expect(findings.map(\.rule) == [.inputRecordTooLarge])
        options.maximumRecordBytes = 16 << 20
        let records = try XMLTestSupport.records(try XMLTestSupport.file(text), options)
        #expect(records.first?.fields.count == 200)
    }

    @Test("a record path of one element reads the root as the only record")
    func rootAsRecord() throws {
        let records = try XMLTestSupport.records(try XMLTestSupport.file("<案件 编号=\"1\"><名称>甲</名称></案件>"),
                                                 XMLReaderOptions(recordPath: ["案件"]))
        #expect(records.map(\.location.elementPath) == ["/案件[1]"])
        #expect(records.first?.fields.map(\.path) == [["@编号"], ["名称"]])
    }

    @Test("options that cannot work are an InputError", arguments: [
        XMLReaderOptions(recordPath: []),
        XMLReaderOptions(recordPath: ["导出", ""]),
        XMLReaderOptions(maximumDepth: 1),
        XMLReaderOptions(maximumRecordBytes: 0),
        XMLReaderOptions(maximumFields: 0),
    ])
    func invalidOptions(options: XMLReaderOptions) throws {
        let error = try XMLTestSupport.inputError(try XMLTestSupport.file(Self.document), options)
        #expect(error.message.en.hasPrefix("invalid XML options"))
    }
}
