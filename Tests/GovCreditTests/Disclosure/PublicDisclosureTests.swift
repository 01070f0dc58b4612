import Foundation
import Testing
@testable import GovCredit

/// `govcredit publish` (SPEC §8, §IV(9)): what reaches 信用中国 and what never does.
@Suite("Public disclosure")
struct PublicDisclosureTests {
    @Test("Windows: GENERAL is published until the day before identified + 12 months, SERIOUS + 36, MINOR never")
    func windows() throws {
        let package = try DisclosureFixtures.package([.dishonesty: [
            try DisclosureFixtures.dishonesty("G-1"),
            try DisclosureFixtures.dishonesty("S-1", ["severity": .string("SERIOUS")]),
            try DisclosureFixtures.dishonesty("M-1", ["severity": .string("MINOR")]),
        ]])
        let cases: [(String, [String])] = [("2024-03-14", []), ("2024-03-15", ["G-1", "S-1"]), ("2025-03-14", ["G-1", "S-1"]),
                                           ("2025-03-15", ["S-1"]), ("2027-03-14", ["S-1"]), ("2027-03-15", [])]
        for (asOf, expected) in cases {
            let (out, _) = try DisclosureFixtures.publish(package, asOf: asOf)
            #expect(try DisclosureFixtures.publishedIDs(out, "dishonesty.json").sorted() == expected, "as of \(asOf)")
        }
        var policy = PublicationPolicy.standard
        #expect(policy.apply("一般=3-24") && policy.apply("MINOR=1-6"))
        #expect(!policy.apply("GENERAL=12-3") && !policy.apply("NOPE=1-2") && !policy.apply("GENERAL"))
        let (out, _) = try DisclosureFixtures.publish(package, asOf: "2025-06-01", policy: policy)
        #expect(try DisclosureFixtures.publishedIDs(out, "dishonesty.json").sorted() == ["G-1", "S-1"])
    }

    @Test("The default windows are policy.yaml's")
    func defaultsMatchPolicyFile() throws {
        let text = try String(contentsOf: TestFiles.repositoryRoot.appendingPathComponent("Standards/gov-integrity/1.0/policy.yaml"), encoding: .utf8)
        #expect(text.contains("MINOR: {published: false}"))
        #expect(PublicationPolicy.standard.window(for: "MINOR") == nil)
        for severity in ["GENERAL", "SERIOUS"] {
            let window = try #require(PublicationPolicy.standard.window(for: severity))
            #expect(text.contains("\(severity): {minMonths: \(window.minimumMonths), maxMonths: \(window.maximumMonths)}"))
        }
    }

    @Test("No RESTORED or REVOKED record, no record the package revokes, no invalid record, no case citing one")
    func withheldRecords() throws {
        let package = try DisclosureFixtures.package([
            .dishonesty: [
                try DisclosureFixtures.dishonesty("A-1"),
                try DisclosureFixtures.dishonesty("R-1", ["status": .string("RESTORED"), "restoredDate": .string("2024-06-01")]),
                try DisclosureFixtures.dishonesty("V-1", ["status": .string("REVOKED"), "revokedDate": .string("2024-06-01"),
                                                          "revokedReason": .string("复议撤销")]),
                try DisclosureFixtures.dishonesty("X-1"),
                try DisclosureFixtures.dishonesty("BAD-1", ["entity.uscc": .string("91110000600037341N")]),
            ],
            .typicalCase: [
                try DisclosureFixtures.typicalCase("T-OK", cites: ["A-1"]),
                try DisclosureFixtures.typicalCase("T-RESTORED", cites: ["A-1", "R-1"]),
                try DisclosureFixtures.typicalCase("T-REVOKED", cites: ["X-1"]),
                try DisclosureFixtures.typicalCase("T-LATER", cites: ["A-1"], ["publishedDate": .string("2025-01-01")]),
            ],
        ], operations: ["X-1": "REVOKE"])
        let (out, summary) = try DisclosureFixtures.publish(package, asOf: "2024-12-01")
        #expect(try DisclosureFixtures.publishedIDs(out, "dishonesty.json") == ["A-1"])
        #expect(try DisclosureFixtures.publishedIDs(out, "typicalCase.json") == ["T-OK"])
        #expect(summary.withheld[.restored] == 1 && summary.withheld[.revoked] == 2 && summary.withheld[.failsRules] == 1)
        #expect(summary.withheld[.citesWithheldRecord] == 2 && summary.withheld[.notYetPublished] == 1)
        let csv = try String(contentsOfFile: "\(out)/dishonesty.csv", encoding: .utf8)
        for id in ["R-1", "V-1", "X-1", "BAD-1"] { #expect(!csv.contains(id)) }
    }

    @Test("CSV: UTF-8 BOM, Chinese headers, labels; JSON: codes; no personal column; files written atomically")
    func outputShape() throws {
        let package = try DisclosureFixtures.package([.dishonesty: [try DisclosureFixtures.dishonesty("A-1")],
                                                       .typicalCase: [try DisclosureFixtures.typicalCase("T-1", cites: ["A-1"])]])
        let (out, _) = try DisclosureFixtures.publish(package, asOf: "2024-12-01")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == PublicDisclosure.fileNames.sorted())
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(out)/dishonesty.csv")))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("全国唯一键,失信记录编号,失信主体名称,统一社会信用代码,"))
        #expect(csv.contains(",一般,2025-03-14\r\n"))
        let json = try String(contentsOfFile: "\(out)/dishonesty.json", encoding: .utf8)
        #expect(json.contains("\"severity\":\"GENERAL\"") && json.contains("\"publishedUntil\":\"2025-03-14\""))
        for column in DisclosureColumns.dishonesty {
            let slot = try #require(RecordCategory.dishonesty.slot(of: column.path))
            #expect(!RecordCategory.dishonesty.fields[slot].isPersonal)
        }
        #expect(!DisclosureColumns.dishonesty.contains { $0.path.hasPrefix("counterparty") })
    }
}
