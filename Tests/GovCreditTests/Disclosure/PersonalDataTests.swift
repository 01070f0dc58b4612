import Foundation
import Testing
@testable import GovCredit

/// No phone number, ID number or contact value reaches a public output (SPEC §1, §8).
@Suite("Personal data in public outputs")
struct PersonalDataTests {
    /// Personal numbers as people write them: plain, spaced, hyphenated, full-width, with +86 or an area code.
    static let planted = [
        "13812345678", "138 1234 5678", "138-1234-5678", "１３８１２３４５６７８", "+86 139 0000 1111", "8613800001111",
        "0571-87654321", "(0571) 8765 4321", "（０２０）８７６５４３２１", "010-12345678",
        "330106198803150026", "33010619880315002X", "3301 0619 8803 1500 2x", "330106880315002", "３３０１０６１９８８０３１５００２６",
    ]

    /// The digits of `text` (any script), X as the last ID character included.
    static func digits(_ text: String) -> String {
        String(text.precomposedStringWithCompatibilityMapping.uppercased().filter { $0.isASCII && ($0.isNumber || $0 == "X") })
    }

    @Test("Every planted form is masked", arguments: planted)
    func masksEveryForm(number: String) {
        let masked = PersonalDataMasking.mask("联系人电话\(number)，请联系。")
        #expect(!Self.digits(masked).contains(Self.digits(number).suffix(10)), "\(masked)")
        #expect(masked.hasPrefix("联系人电话") && masked.hasSuffix("，请联系。"))
    }

    @Test("Dates, amounts and document numbers are left alone",
          arguments: ["2024年1月8日拨付150万元", "西政信认〔2024〕3号", "2023-08-05 至 2024-12-31", "合同金额1500000.00元", "第12345号"])
    func leavesOrdinaryNumbers(text: String) {
        #expect(PersonalDataMasking.mask(text) == text)
    }

    @Test("Records with personal data planted in every free-text field: none of it reaches any output file")
    func nothingReachesTheOutput() throws {
        var dishonesty: [JSONValue] = []
        var cases: [JSONValue] = []
        var complaints: [JSONValue] = []
        let contactName = "王丽华"
        var baseComplaint = try require_(TestFiles.validRecords(.complaint).first)
        baseComplaint = baseComplaint.setting("complainantContact.name", to: .string(contactName))
        for (index, number) in Self.planted.enumerated() {
            let id = "P-\(index)"
            let complaintID = "C-\(index)"
            complaints.append(baseComplaint.setting("id", to: .string(complaintID)))
            dishonesty.append(try DisclosureFixtures.dishonesty(id, [
                "facts": .string("经核实，联系人\(contactName)（电话\(number)）反映拖欠款项。"),
                "entity.name": .string("杭州市西湖区经济和信息化局\(number)"),
                "department.name": .string("杭州市西湖区人民政府（联系电话\(number)）"),
                "complaintId": .string(complaintID),
            ]))
            cases.append(try DisclosureFixtures.typicalCase("T-\(index)", cites: [id], [
                "title": .string("典型案例：举报电话\(number)"),
                "summary": .string("当事人\(contactName)身份证\(number)，手机\(number)。"),
            ]))
        }
        let package = try DisclosureFixtures.package([.complaint: complaints, .dishonesty: dishonesty, .typicalCase: cases])
        let (out, summary) = try DisclosureFixtures.publish(package, asOf: "2024-12-01")
        // No free text of the JSON outputs still holds a number the masking rule would catch.
        for file in ["dishonesty.json", "typicalCase.json"] {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(out)/\(file)"))) as? [String: Any]
            for record in object?["records"] as? [[String: Any]] ?? [] {
                let texts = ["facts", "title", "summary"].compactMap { record[$0] as? String }
                    + ["entity", "department"].compactMap { (record[$0] as? [String: Any])?["name"] as? String }
                #expect(texts.count >= 2)
                for text in texts { #expect(!PersonalDataMasking.containsPersonalNumber(text), "\(file): \(text)") }
            }
        }
        // Every record is published (so the check below is about masking, not about records left out).
        #expect(summary.dishonestyPublished == Self.planted.count && summary.typicalCasesPublished == Self.planted.count)
        for file in PublicDisclosure.fileNames {
            let text = try String(contentsOfFile: "\(out)/\(file)", encoding: .utf8)
            let digits = Self.digits(text)
            for number in Self.planted { #expect(!digits.contains(Self.digits(number).suffix(10)), "\(file): \(number)") }
            #expect(!text.contains(contactName), "\(file)")
            for personal in ["联系人姓名", "联系电话", "公民身份号码", "complainantContact", "idNumber", "phone"] {
                #expect(!text.contains("\"\(personal)\"") && !text.hasPrefix(personal), "\(file): \(personal)")
            }
        }
    }

    /// Record ids and national keys are how the public cites a record: kept, unless a run of their digits is a
    /// person's mobile or ID number.
    @Test("Record ids stay citable; an id made of a personal number is masked",
          arguments: [("SX3300000000123", "SX3300000000123"), ("33:dishonesty:D-2024-000123", "33:dishonesty:D-2024-000123"),
                      ("ZJ-20240108-000000123456", "ZJ-20240108-000000123456"),
                      ("C-13812345678", "C-***********"), ("33:complaint:330106198803150026", "33:complaint:******************"),
                      ("P33010619880315002X", "P******************")])
    func identifiers(id: String, published: String) {
        #expect(PersonalDataMasking.maskIdentifier(id) == published)
    }
}

