import Foundation
import Testing
@testable import GovCredit

/// SPEC §1: the same YAML in GB18030, UTF-8 with a BOM and plain UTF-8 gives the same records.
@Suite("YAML record reader: encodings")
struct YAMLEncodingTests {
    static let text = """
        # 省级导出：违约失信信息
        数据:
          案件:
            - 编号: D-001
              主体:
                名称: 杭州市西湖区经济和信息化局
                统一社会信用代码: "11330106002495318K"
              事实: "以“财政资金紧张”为由，未按协议拨付；€ 𠀀 𪚥"
              金额: 1500000.00
              关联: [C-001, V-001]
            - 编号: D-002
              主体: {名称: 深圳市福田区住房和建设局}
              备注: ~

        """

    static func summaries(_ bytes: [UInt8], encoding: EncodingChoice = .automatic) throws -> [[String]] {
        var options = YAMLReaderOptions()
        options.recordPath = ["数据", "案件"]
        options.encoding = encoding
        let records = try YAMLHarness.records(bytes, options: options)
        return records.map { [$0.location.elementPath ?? "-", "line \($0.location.line)"] + YAMLHarness.summary($0) }
    }

    @Test("GB18030, UTF-8 with BOM and UTF-8 give identical records")
    func identicalRecords() throws {
        let utf8 = try Self.summaries(Array(Self.text.utf8))
        try #require(utf8.count == 2)
        #expect(utf8[0].contains(#"事实 = "以“财政资金紧张”为由，未按协议拨付；€ 𠀀 𪚥" @8"#))
        #expect(utf8[1].contains("备注 = null @13"))
        let gb18030 = try YAMLHarness.gb18030(Self.text)
        #expect(gb18030 != Array(Self.text.utf8))
        #expect(try Self.summaries(gb18030) == utf8)
        #expect(try Self.summaries(gb18030, encoding: .gb18030) == utf8)
        #expect(try Self.summaries([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)) == utf8)
        #expect(try Self.summaries(Array(Self.text.utf8), encoding: .utf8) == utf8)
    }

    @Test("GB18030 text longer than one read chunk keeps its lines")
    func largeGB18030() throws {
        let record = "- 名称: 杭州市西湖区经济和信息化局\n  说明: \(String(repeating: "违约失信", count: 40))\n"
        let text = String(repeating: record, count: 6_000)  // ≈ 2.3 MB as GB18030: several chunks
        let utf8Records = try YAMLHarness.records(text)
        let gbRecords = try YAMLHarness.records(try YAMLHarness.gb18030(text))
        #expect(gbRecords.count == 6_000)
        #expect(gbRecords.map(YAMLHarness.summary) == utf8Records.map(YAMLHarness.summary))
        #expect(gbRecords.last?.location.line == 11_999)
    }
}
