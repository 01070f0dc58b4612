import Foundation
import Testing

@Suite("govcredit validate")
struct ValidateCommandTests {
    static let validComplaint = #"{"id":"C-9","receivedDate":"2024-01-08","channel":"CREDIT_WEBSITE","complainant":{"name":"杭州西溪智造科技有限公司","uscc":"91330106MA2H3K7P6X"},"respondent":{"name":"杭州市西湖区经济和信息化局","uscc":"11330106002495318K","divisionCode":"330106"},"domain":"INDUSTRIAL_SUPPORT","behaviour":"BREACH","summary":"未拨付扶持资金","status":"RECEIVED"}"#

    @Test func aValidSubmissionExitsZeroAndCountsEveryRecord() throws {
        let categories = ["arrears", "clue", "complaint", "contract", "dishonesty", "enforcement", "performance", "restoration",
                          "sanction", "typicalCase", "verification"]
        let files = categories.map { Command.fixture("\($0).jsonl") }
        let result = try Command.run(["validate"] + files + ["--format", "json", "--today", "2026-01-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let standard = try #require(report["standard"] as? [String: String])
        #expect(standard == ["id": "gov-integrity", "version": "1.0"])
        let counts = try #require(report["counts"] as? [String: Int])
        #expect(counts["read"] == 31 && counts["accepted"] == 31 && counts["rejected"] == 0)
        // Every reference resolves within the files given together: no finding at all.
        #expect((report["findings"] as? [Any])?.isEmpty == true, "\(result.stdout)")
    }

    /// The files given together are one submission: a file alone warns about the records it cites that are not
    /// among them (they may have been submitted earlier), and a duplicate across files is an error.
    @Test func crossRecordRulesRunOverEveryFileGiven() throws {
        let alone = try Command.run(["validate", Command.fixture("dishonesty.jsonl"), "--format", "json", "--today", "2026-01-01"])
        #expect(alone.status == 0, "\(alone.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(alone.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "xref.unresolved" })
        #expect(findings.allSatisfy { ($0["rule"] as? String ?? "").hasPrefix("xref.") && $0["severity"] as? String == "warning" })
        let copy = try Command.temporaryFile(named: "dishonesty-again.jsonl", text: try String(contentsOfFile: Command.fixture("dishonesty.jsonl"), encoding: .utf8))
        let twice = try Command.run(["validate", Command.fixture("dishonesty.jsonl"), copy, "--category", "dishonesty",
                                     "--format", "json", "--today", "2026-01-01"])
        #expect(twice.status == 1)
        #expect(twice.stdout.contains(#""rule":"xref.duplicate-id""#))
        let counts = try #require((try JSONSerialization.jsonObject(with: Data(twice.stdout.utf8)) as? [String: Any])?["counts"] as? [String: Int])
        #expect(counts == ["read": 8, "accepted": 4, "rejected": 4])
    }

    @Test func findingsCarryRulePathLocationAndBothLanguages() throws {
        let broken = Self.validComplaint.replacingOccurrences(of: "\"2024-01-08\"", with: "\"2024-02-30\"")
        let file = try Command.temporaryFile(named: "complaint.jsonl", text: Self.validComplaint + "\n\n" + broken + "\n")
        let result = try Command.run(["validate", file, "--format", "json", "--today", "2026-01-01"])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let counts = try #require(report["counts"] as? [String: Int])
        #expect(counts == ["read": 2, "accepted": 1, "rejected": 1])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding["rule"] as? String == "field.date")
        #expect(finding["severity"] as? String == "error")
        #expect(finding["path"] as? String == "receivedDate")
        let location = try #require(finding["location"] as? [String: Any])
        #expect(location["file"] as? String == file)
        #expect(location["record"] as? Int == 2)
        #expect(location["line"] as? Int == 3)
        let message = try #require(finding["message"] as? [String: String])
        #expect(message["zh"]?.contains("2024-02-30") == true && message["en"]?.contains("2024-02-30") == true)
    }

    @Test func warningsAloneExitZero() throws {
        // A county-level body described as provincial: a warning, the record is accepted.
        let line = Self.validComplaint.replacingOccurrences(of: #""divisionCode":"330106""#, with: #""level":"PROVINCIAL","divisionCode":"330106""#)
        let file = try Command.temporaryFile(named: "complaint.jsonl", text: line + "\n")
        let result = try Command.run(["validate", file, "--today", "2026-01-01", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("warning [entity.level-division]"))
        #expect(result.stdout.contains("Read 1 records: 1 accepted, 0 rejected; 0 errors, 1 warnings."))
    }

    @Test func theCategoryComesFromTheOptionWhenTheNameSaysNothing() throws {
        let file = try Command.temporaryFile(named: "export-2024.jsonl", text: Self.validComplaint + "\n")
        let withoutCategory = try Command.run(["validate", file])
        #expect(withoutCategory.status == 2)
        #expect(withoutCategory.stderr.contains("--category"))
        let withCategory = try Command.run(["validate", file, "--category", "complaint", "--today", "2026-01-01"])
        #expect(withCategory.status == 0, "\(withCategory.stdout)")
    }

    @Test(arguments: [
        ["validate", "does-not-exist/complaint.jsonl"],
        ["validate", "x.jsonl", "--category", "nonsense"],
        ["validate", "x.jsonl", "--format", "yaml"],
        ["validate", "x.jsonl", "--today", "2024-02-30"],
        ["validate"],
        ["frobnicate"],
    ])
    func whatCannotRunExitsTwo(arguments: [String]) throws {
        let result = try Command.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
    }

    @Test func chineseIsTheDefaultLanguage() throws {
        let file = try Command.temporaryFile(named: "complaint.jsonl", text: #"{"id":"C-1"}"# + "\n")
        let result = try Command.run(["validate", file, "--today", "2026-01-01"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("缺少必填字段“受理日期”（receivedDate）"))
        #expect(result.stdout.contains("共读取 1 条记录：接受 0 条，拒绝 1 条"))
    }

    @Test func aMalformedLineIsALocatedFindingNotACrash() throws {
        let file = try Command.temporaryFile(named: "complaint.jsonl", text: Self.validComplaint + "\n{\"id\": \"C-2\",,}\n")
        let result = try Command.run(["validate", file, "--format", "json", "--today", "2026-01-01"])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.first?["rule"] as? String == "input.syntax")
        let location = try #require(findings.first?["location"] as? [String: Any])
        #expect(location["line"] as? Int == 2 && location["column"] as? Int == 14)
    }

    @Test func everySubcommandHelpHasAnExample() throws {
        for subcommand in ["validate", "ids"] {
            let result = try Command.run([subcommand, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Example"))
        }
    }
}
