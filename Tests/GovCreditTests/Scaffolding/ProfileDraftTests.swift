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
