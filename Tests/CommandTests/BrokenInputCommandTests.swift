import Foundation
import Testing

/// A file that stops being readable part way gives a located error and exit 2, never a partial count passed off
/// as complete (issue 3); the records before the break were counted and are reported.
@Suite("govcredit validate on broken files")
struct BrokenInputCommandTests {
    static func canonicalXML(truncatedAfterLine lines: Int) throws -> String {
        let text = try String(contentsOf: Command.repositoryRoot.appendingPathComponent("samples/canonical/records.xml"), encoding: .utf8)
        return text.components(separatedBy: "\n").prefix(lines).joined(separator: "\n")
    }

    @Test func aTruncatedXMLFileExitsTwoWithItsLine() throws {
        let file = try Command.temporaryFile(named: "records.xml", text: try Self.canonicalXML(truncatedAfterLine: 120))
        let result = try Command.run(["validate", file, "--format", "json", "--today", "2026-01-01"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(file + ":"))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let errors = try #require(report["inputErrors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect((errors.first?["line"] as? Int ?? 0) >= 120)
        let counts = try #require(report["counts"] as? [String: Int])
        #expect(counts["read"] == counts["accepted"]! + counts["rejected"]!)
        #expect(counts["read"]! > 0)
    }

    @Test func aYAMLSyntaxErrorExitsTwoWithItsLine() throws {
        let yaml = "- id: D-1\n  entity:\n    name: [unclosed\n- id: D-2\n"
        let file = try Command.temporaryFile(named: "dishonesty.yaml", text: yaml)
        let result = try Command.run(["validate", file, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(file + ":"))
    }

    @Test func aProfileMistakeExitsTwoBeforeReadingData() throws {
        let profile = try Command.temporaryFile(named: "profile.yaml", text: """
            profile: 1
            source: {format: csv}
            categories:
              - category: complaint
                fields:
                  recievedDate: 受理日期
            """)
        let result = try Command.run(["validate", "samples/zhejiang-33/export.csv", "--profile", profile, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(profile):6:"), "\(result.stderr)")
        #expect(result.stderr.contains("recievedDate"))
        #expect(result.stdout.isEmpty)
    }
}
