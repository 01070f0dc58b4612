import Testing
@testable import GovCredit

/// A profile with a mistake is rejected before any data is read, at the profile's own line (issue 3).
@Suite("Profile loading")
struct ProfileLoaderTests {
    static let valid = """
        profile: 1
        standard: gov-integrity/1.0
        name: 测试导出
        source:
          format: csv
          encoding: gbk
        defaults:
          dateStyles: [yyyy年M月d日]
          amountUnit: 万元
        categories:
          - category: complaint
            when: 投诉编号
            fields:
              id: 投诉编号
              receivedDate: 受理日期
              channel: {from: 渠道, values: {来信来访: PETITION, 网站: 信用网站}}
              status: {value: RECEIVED}
              amountInvolved: {from: 金额, unit: 元}
          - category: typicalCase
            fields:
              id: 案例编号
              dishonestyIds: {from: 关联记录, separator: 、}
        """

    @Test func aValidProfileLoads() throws {
        let profile = try ProfileLoader.load(text: Self.valid, file: "p.yaml")
        #expect(profile.name == "测试导出")
        #expect(profile.source.format == .csv && profile.source.encoding == .gb18030 && profile.source.delimiter == ",")
        #expect(profile.producedCategories == [.complaint, .typicalCase])
        let channel = try #require(profile.categories[0].fields.first { $0.path == "channel" })
        #expect(channel.values == ["来信来访": "PETITION", "网站": "CREDIT_WEBSITE"])
        #expect(profile.categories[0].fields.first { $0.path == "amountInvolved" }?.unit == .yuan)
        #expect(profile.categories[0].fields.first { $0.path == "receivedDate" }?.dateStyles.map(\.description) == ["yyyy年M月d日"])
        #expect(profile.categories[1].fields.first { $0.path == "dishonestyIds" }?.separator == "、")
    }

    /// Replaces one line of the valid profile (1-based) and expects an error at `line` mentioning `fragment`.
    @Test(arguments: [
        (1, "profile: 2", 1, "version"),
        (1, "format_version: 1", 1, "unknown key"),
        (5, "  format: json", 5, "unknown format"),
        (6, "  encoding: big5", 6, "unknown encoding"),
        (8, "  dateStyles: [yy年M月d日]", 8, "date style"),
        (9, "  amountUnit: 亿元", 9, "amount unit"),
        (11, "  - category: petition", 11, "unknown category"),
        (14, "      idx: 投诉编号", 14, "has no field 'idx'"),
        (15, "      receivedDate: {from: 受理日期, unit: 万元}", 15, "not an amount"),
        (16, "      channel: {from: 渠道, values: {来信来访: LETTER}}", 16, "not a code of Channel"),
        (17, "      status: {value: DONE}", 17, "not a code of ComplaintStatus"),
        (17, "      status: {value: RECEIVED, from: 状态}", 17, "exactly one of"),
        (18, "      amountInvolved: {from: 金额, dateStyles: [yyyy/M/d]}", 18, "not a date"),
        (18, "      summary: {from: 内容, values: {a: b}}", 18, "no code list"),
        (18, "      respondent: 被投诉单位", 18, "is a block"),
        (18, "      id: 重复", 18, "duplicate"),
        (22, "      dishonestyIds: {from: 关联记录, separator: \"\"}", 22, "must not be empty"),
        (5, "  format: xml\n  delimiter: \";\"", 6, "csv only"),
    ])
    func mistakesAreReportedAtTheirLine(replacing: Int, with text: String, line: Int, fragment: String) {
        var lines = Self.valid.components(separatedBy: "\n")
        lines[replacing - 1] = text
        do {
            _ = try ProfileLoader.load(text: lines.joined(separator: "\n"), file: "p.yaml")
            Issue.record("accepted a profile with a mistake on line \(line)")
        } catch {
            #expect(error.line == line, "\(error.message.en)")
            #expect(error.message.en.lowercased().contains(fragment.lowercased()), "\(error.message.en)")
            #expect(!error.message.zh.isEmpty)
        }
    }

    @Test func theBundledProfilesLoad() throws {
        for province in ["zhejiang-33", "guangdong-44", "sichuan-51"] {
            let path = TestFiles.repositoryRoot.appendingPathComponent("samples/\(province)/profile.yaml").path
            _ = try Profile.load(path: path)
        }
    }
}
