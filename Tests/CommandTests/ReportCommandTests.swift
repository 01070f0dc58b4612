import Foundation
import Testing

/// `govcredit report` through the real binary, on the golden packages.
@Suite("govcredit report")
struct ReportCommandTests {
    static let packages = ["canonical", "zhejiang-33", "guangdong-44"].map { "samples/packages/\($0)" }

    @Test("JSON on standard output: exit 0, every section")
    func json() throws {
        let result = try Command.run(["report"] + Self.packages + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["packages"] as? [Any])?.count == 3)
        #expect((object?["trend"] as? [Any])?.isEmpty == false)
    }

    @Test("Text in Chinese by default, English with --lang en; HTML to a file")
    func textAndHTML() throws {
        #expect(try Command.run(["report", Self.packages[0]]).stdout.contains("办理与认定效率"))
        #expect(try Command.run(["report", Self.packages[0], "--lang", "en"]).stdout.contains("Handling and identification efficiency"))
        let out = try Command.temporaryFile(named: "report.html", text: "")
        #expect(try Command.run(["report", Self.packages[0], "--format", "html", "--out", out]).status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("<svg"))
    }

    @Test("A directory that is no package cannot run: exit 2")
    func notAPackage() throws {
        #expect(try Command.run(["report", "samples/canonical"]).status == 2)
    }
}
