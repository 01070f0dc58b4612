import Foundation
import Testing
@testable import GovCredit

/// The generated typed models are the library's public face: they must agree with the canonical JSON form and
/// with the flat records the pipeline validates, both ways.
@Suite("Typed models")
struct TypedModelTests {
    @Test("Canonical JSON decodes into the model, and model → flat record equals what the validator accepted",
          arguments: RecordCategory.allCases)
    func modelsAgreeWithTheCanonicalForm(_ category: RecordCategory) throws {
        let lines = try TestFiles.validRecords(category).map(\.text)
        let (_, outcomes) = try validate(lines: lines, category: category)
        for (line, outcome) in zip(lines, outcomes) {
            let validated = try #require(outcome.record)
            try check(category.modelType, line: line, validated: validated)
        }
    }

    private func check<Model: StandardRecord>(_ type: Model.Type, line: String, validated: FlatRecord) throws {
        // JSON → model with Foundation's decoder: the generated Codable conformance reads the canonical form.
        let model = try JSONDecoder().decode(Model.self, from: Data(line.utf8))
        // Model → flat: the same values the validator produced in canonical form.
        let flat = model.flatRecord(location: validated.location)
        #expect(flat.values == validated.values)
        // Flat → model → JSON → model: nothing lost; amounts written as canonical strings.
        let back = try Model(flat: validated)
        #expect(back == model)
        let encoded = try JSONEncoder().encode(back)
        #expect(try JSONDecoder().decode(Model.self, from: encoded) == model)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        let original = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(object.keys) == Set(original.keys))
    }

    @Test func aRecordBuiltInCodeValidates() {
        let dishonesty = Dishonesty(
            id: "D-2024-001",
            entity: GovernmentEntity(name: "杭州市西湖区经济和信息化局", uscc: "11330106002495318K", level: .county, divisionCode: "330106"),
            department: Department(name: "杭州市西湖区人民政府", uscc: "113301060024901386"),
            decisionNumber: "西政信〔2024〕12号",
            identifiedDate: CivilDate(year: 2024, month: 3, day: 1)!,
            domain: .industrialSupport, behaviour: .breach,
            facts: "未按协议拨付第二期产业扶持资金150万元。",
            amountInvolved: Amount("1500000"),
            source: .complaint, severity: .general, status: .active)
        let result = Validator(options: ValidationOptions(today: fixtureToday)).validate(dishonesty)
        #expect(result.isAccepted)
        #expect(result.findings.isEmpty, "\(result.findings.map(\.message.en))")
        #expect(result.record[path: "amountInvolved"] == .text("1500000.00"))
    }

    @Test func aCodeFromANewerStandardIsKeptNotLost() throws {
        let channel = try JSONDecoder().decode(Channel.self, from: Data(#""WECHAT_MINI_PROGRAM""#.utf8))
        #expect(channel == .unrecognized("WECHAT_MINI_PROGRAM"))
        #expect(channel.rawValue == "WECHAT_MINI_PROGRAM")
        #expect(Channel(rawValue: "HOTLINE_12345") == .hotline12345)
        #expect(Channel.allCases.count == 8)
        #expect(Channel.hotline12345.entry?.zh == "12345政务服务便民热线")
    }

    @Test func convertingAnInvalidFlatRecordNamesTheField() {
        var flat = FlatRecord(category: .complaint, location: SourceLocation(file: "x", record: 1, line: 1))
        flat.set(.text("C-1"), atPath: "id")
        let error = #expect(throws: RecordConversionError.self) { try Complaint(flat: flat) }
        #expect(error?.path == "receivedDate")
    }

    @Test(arguments: [("0", 0), ("12.5", 1250), ("12.50", 1250), ("9999999999999999.99", 999_999_999_999_999_999)])
    func amountsAreExact(_ text: String, _ fen: Int64) throws {
        let amount = try #require(Amount(text))
        #expect(amount.fen == fen)
    }

    @Test(arguments: ["", ".5", "5.", "-1", "+1", "1e3", "1,000", " 1", "1.234", "12345678901234567", "１２"])
    func malformedAmountsAreRejected(_ text: String) {
        #expect(Amount(text) == nil)
    }
}
