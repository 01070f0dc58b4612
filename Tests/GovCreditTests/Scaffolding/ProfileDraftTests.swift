import Foundation
import Testing
@testable import GovCredit

/// `govcredit profile init`: a draft from the export's own names must load as it is, recover most of what a person
/// mapped by hand, and be accepted by validate once its TODOs are filled.
@Suite("Profile drafts")
struct ProfileDraftTests {
    static func sample(_ path: String) -> String { TestFiles.repositoryRoot.appendingPathComponent(path).path }

    /// `category|field path|source` of every mapping from a source (constants are a person's decision).
    static func mappings(_ profile: Profile) -> Set<String> {
        Set(profile.categories.flatMap { mapping in
            mapping.fields.compactMap { field -> String? in
                guard case .source(let source) = field.origin else { return nil }
                return "\(mapping.category.rawValue)|\(field.path)|\(source.joined(separator: "/"))"
            }
        })
    }

    /// The share of `reference`'s source mappings, in the categories both profiles have, that `draft` proposes
    /// identically, and those it misses.
    static func recall(_ draft: Profile, against reference: Profile) -> (share: Double, missed: [String]) {
        let shared = Set(draft.producedCategories).intersection(reference.producedCategories).map(\.rawValue)
        let expected = mappings(reference).filter { shared.contains(String($0.split(separator: "|")[0])) }
        let missed = expected.subtracting(mappings(draft))
        return (expected.isEmpty ? 0 : Double(expected.count - missed.count) / Double(expected.count), missed.sorted())
    }

    @Test("The bench wide export (25 Chinese columns, one row per case): a draft with complaint, contract and dishonesty recovering 80% of the reference",
          arguments: [("sample.csv", "profile.yaml"), ("xml/sample.xml", "xml/profile.yaml"), ("yaml/sample.yaml", "yaml/profile.yaml")])
    func benchWideExport(file: String, profile: String) throws {
        let draft = try ProfileDraft.propose(samplePath: Self.sample("samples/bench-wide/\(file)"))
        let proposed = try ProfileLoader.load(text: draft.text, file: "draft.yaml")
        let reference = try Profile.load(path: Self.sample("samples/bench-wide/\(profile)"))
        #expect(Set(reference.producedCategories).isSubset(of: proposed.producedCategories), "\(proposed.producedCategories)")
        let (share, missed) = Self.recall(proposed, against: reference)
        print("bench-wide \(file) recall: \(share) missed: \(missed)")
        #expect(share >= 0.8, "recall \(share), missed: \(missed)")
        // The draft as written to disk loads too: TODO lines are comments.
        let path = try TestFiles.temporaryFile(named: "bench-draft.yaml", text: draft.text)
        #expect(throws: Never.self) { try Profile.load(path: path) }
    }

    @Test("A wide row with one record_id: every category its columns clearly hold, each fed by the row, linked to the row's other records")
    func wideRowCategories() throws {
        let csv = """
        record_id,投诉日期,投诉渠道,投诉企业名称,投诉企业统一社会信用代码,被投诉主体名称,被投诉主体统一社会信用代码,行政区划代码,领域,投诉内容,认定部门,认定文书号,认定日期,失信程度
        R-1,2024-01-08,信用网站,杭州西溪智造科技有限公司,91330106906842191F,杭州市西湖区经济和信息化局,11330106333271677L,330106,产业扶持,扶持资金逾期未拨付。,杭州市西湖区人民政府,西政信认〔2024〕1号,2024-03-10,一般
        R-2,2024-02-01,来信来访,杭州云栖装备有限公司,91330106MA2CFE8X1R,杭州市西湖区财政局,113301060024953180,330106,政府采购,采购款拖欠一年。,杭州市西湖区人民政府,西政信认〔2024〕2号,2024-04-02,严重
        """
        let path = try TestFiles.temporaryFile(named: "wide-row.csv", text: csv + "\n")
        let draft = try ProfileDraft.propose(samplePath: path)
        // Not contract (no title, no signing date), arrears or restoration: their own fields are missing.
        #expect(draft.categories == [.complaint, .dishonesty])
        let profile = try ProfileLoader.load(text: draft.text, file: "draft.yaml")
        let found = Self.mappings(profile)
        for expected in ["complaint|id|record_id", "complaint|receivedDate|投诉日期", "complaint|respondent.divisionCode|行政区划代码",
                         "complaint|summary|投诉内容", "dishonesty|id|record_id", "dishonesty|complaintId|record_id",
                         "dishonesty|entity.name|被投诉主体名称", "dishonesty|entity.divisionCode|行政区划代码",
                         "dishonesty|department.name|认定部门", "dishonesty|decisionNumber|认定文书号", "dishonesty|counterparty.uscc|投诉企业统一社会信用代码"] {
            #expect(found.contains(expected), "\(expected) not in \(found.sorted())")
        }
        #expect(profile.categories.allSatisfy { $0.when == ["record_id"] })
    }

    @Test("Synonyms, 的 and 单位/部门 variants, bare division codes, value fit and value maps from the sample")
    func synonymsAndValues() throws {
        let csv = """
        序号,责任单位的名称,责任单位统一社会信用代码,区划代码,失信认定单位,认定文号,认定时间,所属领域,失信行为,情况描述,信用修复状态
        1,杭州市西湖区经济和信息化局,11330106002495318K,330106,杭州市西湖区人民政府,西政信认〔2024〕2号,2024-06-03,招商引资,该局于2023年与企业签订招商协议，约定的奖励资金至今未兑现，经多次催告仍未履行。,招商奖励资金未兑现。,未修复
        2,杭州市西湖区财政局,113301060024953180,330106,杭州市西湖区人民政府,西政信认〔2024〕3号,2024-06-05,政府采购,该局采购项目验收合格后拖欠货款一年有余，企业多次催告后仍未支付任何款项。,采购款拖欠。,已修复
        3,杭州市西湖区教育局,11330106002495334X,330106,杭州市西湖区人民政府,西政信认〔2024〕4号,2024-06-07,政府采购,该局与企业签订的设备采购合同履行完毕后，尾款长期未付，经督促仍未整改到位。,尾款未付。,暂缓
        """
        let path = try TestFiles.temporaryFile(named: "synonyms.csv", text: csv + "\n")
        let draft = try ProfileDraft.propose(samplePath: path, categories: [.dishonesty])
        for line in ["id: 序号", "entity.name: 责任单位的名称", "entity.uscc: 责任单位统一社会信用代码", "entity.divisionCode: 区划代码",
                     "department.name: 失信认定单位", "decisionNumber: 认定文号", "identifiedDate: 认定时间", "domain: 所属领域",
                     "facts: 情况描述", "from: 信用修复状态", "未修复: ACTIVE", "已修复: RESTORED", "# TODO 暂缓: ?"] {
            #expect(draft.text.contains(line), "\(line)")
        }
        // A long free text is no code: 失信行为 is not proposed for behaviour.
        #expect(draft.text.contains("# TODO behaviour: ?"))
        #expect(!draft.text.contains("from: 失信行为"))
        _ = try ProfileLoader.load(text: draft.text, file: "draft.yaml")
    }

    @Test("A row id (编号, 序号) whose values repeat is not a record id")
    func repeatedRowIDIsNoID() throws {
        let csv = """
        编号,失信主体名称,失信主体统一社会信用代码,认定日期
        7,杭州市西湖区财政局,113301060024953180,2024-06-05
        7,杭州市西湖区教育局,11330106002495334X,2024-06-07
        """
        let path = try TestFiles.temporaryFile(named: "repeated.csv", text: csv + "\n")
        let draft = try ProfileDraft.propose(samplePath: path, categories: [.dishonesty])
        #expect(!draft.text.contains("id: 编号"))
        #expect(draft.text.contains("# TODO id: ?"))
    }

    @Test("Drafts for the three provincial samples load and recover most hand-written mappings",
          arguments: [("samples/zhejiang-33", "export.csv"), ("samples/guangdong-44", "export.xml"), ("samples/sichuan-51", "export.yaml")])
    func recoversHandWrittenProfiles(folder: String, file: String) throws {
        let draft = try ProfileDraft.propose(samplePath: Self.sample("\(folder)/\(file)"))
        let proposed = try ProfileLoader.load(text: draft.text, file: "draft.yaml")
        let handWritten = try Profile.load(path: Self.sample("\(folder)/profile.yaml"))
        #expect(proposed.producedCategories == handWritten.producedCategories)
        #expect(proposed.source.format == handWritten.source.format)
        #expect(proposed.source.recordPath == handWritten.source.recordPath)
        let expected = Self.mappings(handWritten), found = Self.mappings(proposed)
        let recovered = expected.intersection(found)
        print("\(folder) recall: \(Double(recovered.count) / Double(expected.count))")
        #expect(Double(recovered.count) / Double(expected.count) >= 0.85,
                "missed: \(expected.subtracting(found).sorted())")
        // Nothing proposed that the person mapped differently.
        let handPaths = Dictionary(expected.map { ($0.split(separator: "|").prefix(2).joined(separator: "|"), $0) }, uniquingKeysWith: { a, _ in a })
        let contradicting = found.filter { item in handPaths[item.split(separator: "|").prefix(2).joined(separator: "|")].map { $0 != item } ?? false }
        #expect(contradicting.count <= 1, "\(contradicting.sorted())")
    }

    @Test("The zhejiang draft detects GB18030, the value map 来信来访 → PETITION, 万元 and the wide row's categories")
    func zhejiangDetails() throws {
        let draft = try ProfileDraft.propose(samplePath: Self.sample("samples/zhejiang-33/export.csv"))
        #expect(draft.text.contains("encoding: gb18030"))
        #expect(draft.text.contains("来信来访: PETITION"))
        #expect(draft.text.contains("unit: 万元"))
        #expect(draft.text.contains("when: 核实编号"))
        #expect(draft.text.contains("# TODO status:"))
        #expect(draft.categories == [.complaint, .verification, .dishonesty])
        #expect(draft.todoCount > 0)
    }

    @Test("A fresh CSV with other headers: draft, fill the TODOs, validate: every row accepted")
    func freshExportOnboards() throws {
        let csv = """
        记录编号,失信单位名称,失信单位信用代码,失信单位区划,认定单位,认定文号,认定时间,所属领域,行为类型,违约事实,严重程度,备注
        QH-001,杭州市西湖区经济和信息化局,11330106002495318K,330106,杭州市西湖区人民政府,西政信认〔2024〕2号,2024/6/3,招商引资,政策承诺不兑现,招商奖励资金未兑现。,一般,无
        """
        let path = try TestFiles.temporaryFile(named: "qinghai.csv", text: csv + "\n")
        let draft = try ProfileDraft.propose(samplePath: path, categories: [.dishonesty])
        #expect(draft.text.contains("entity.name: 失信单位名称"))
        #expect(draft.text.contains("entity.uscc: 失信单位信用代码"))
        #expect(draft.text.contains("decisionNumber: 认定文号"))
        #expect(draft.text.contains("facts: 违约事实"))
        // A person fills what only a person knows.
        let filled = draft.text
            .replacingOccurrences(of: "# TODO source: ?", with: "source: {value: COMPLAINT}  #")
            .replacingOccurrences(of: "# TODO status: ?", with: "status: {value: ACTIVE}  #")
        let profilePath = try TestFiles.temporaryFile(named: "qinghai.yaml", text: filled)
        let issues = ProfileCheck.check(profilePath: profilePath, samplePath: path)
        #expect(!issues.contains { $0.severity == .error }, "\(issues.map(\.message.en))")
        let profile = try Profile.load(path: profilePath)
        let validator = RecordFileValidator(options: ValidationOptions(today: fixtureToday))
        var errors: [String] = []
        let counts = try validator.validateFile(at: path, profile: profile) { outcome in
            errors += outcome.findings.filter { $0.severity == .error }.map { "\($0.rule.rawValue)@\($0.path)" }
        }
        #expect(counts.read == 1 && counts.accepted == 1, "\(errors)")
    }

    @Test("profile check reports every value map and constant pointing to an unknown code, at its line")
    func checkFindsUnknownCodes() throws {
        let text = """
        profile: 1
        source: {format: csv}
        categories:
          - category: dishonesty
            fields:
              id: 编号
              severity: {from: 程度, values: {很重: VERY_SERIOUS, 一般: GENERAL, 轻: TINY}}
              status: {value: LIVE}
        """
        let path = try TestFiles.temporaryFile(named: "codes.yaml", text: text + "\n")
        let issues = ProfileCheck.check(profilePath: path)
        let unknownCodes = issues.filter { $0.severity == .error && $0.message.en.contains("is not a code of") }
        #expect(unknownCodes.map(\.line) == [7, 7, 8])
    }

    @Test("profile check reports required fields without a source, also inside an optional block in use")
    func checkFindsMissingFields() throws {
        let text = """
        profile: 1
        source: {format: csv}
        categories:
          - category: dishonesty
            fields:
              id: 编号
              entity.name: 单位
              counterparty.name: 企业
        """
        let path = try TestFiles.temporaryFile(named: "gaps.yaml", text: text + "\n")
        let errors = ProfileCheck.check(profilePath: path).filter { $0.severity == .error }.map(\.message.en)
        #expect(errors.contains { $0.contains("required field entity.uscc ") })
        #expect(errors.contains { $0.contains("required field status ") })
        #expect(errors.contains { $0.contains("required field counterparty.uscc ") })
        #expect(!errors.contains { $0.contains("counterparty.scale") })
        #expect(!errors.contains { $0.contains("entity.name") })
    }

    @Test("profile check on a hand-written profile with its sample reports the sample's unmapped labels, nothing else")
    func checkWithSample() {
        let issues = ProfileCheck.check(profilePath: Self.sample("samples/sichuan-51/profile.yaml"),
                                        samplePath: Self.sample("samples/sichuan-51/export.yaml"))
        #expect(!issues.contains { $0.message.en.contains("is not in the sample") })
        #expect(issues.contains { $0.severity == .warning && $0.message.en.contains("'备注'") })
    }
}
