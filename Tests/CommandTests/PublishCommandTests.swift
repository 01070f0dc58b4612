import Foundation
import Testing

/// `govcredit publish` through the real binary, on the golden canonical package.
@Suite("govcredit publish")
struct PublishCommandTests {
    static let package = Command.repositoryRoot.appendingPathComponent("samples/packages/canonical").path

    @Test("Writes the four files; only ACTIVE records in their window; exit 0")
    func publishes() throws {
        let out = try Command.temporaryFile(named: "x", text: "") + "-public"
        let result = try Command.run(["publish", Self.package, "--out", out, "--as-of", "2024-12-01", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["dishonesty.csv", "dishonesty.json", "typicalCase.csv", "typicalCase.json"])
        let json = try String(contentsOfFile: out + "/dishonesty.json", encoding: .utf8)
        #expect(json.contains("\"id\":\"D-001\"") && !json.contains("\"id\":\"D-002\""))  // D-002 is RESTORED
        #expect(result.stdout.contains("withheld:"))
        // Published again over itself: replaced, no temporary file left.
        #expect(try Command.run(["publish", Self.package, "--out", out, "--as-of", "2024-12-01"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == files)
    }

    @Test("A bad window or date, or no package, cannot run: exit 2",
          arguments: [["--window", "GENERAL=12-3"], ["--as-of", "2024-02-30"], ["--window", "HUGE=1-2"]])
    func badOptions(extra: [String]) throws {
        let out = try Command.temporaryFile(named: "x", text: "") + "-public"
        #expect(try Command.run(["publish", Self.package, "--out", out] + extra).status == 2)
        #expect(try Command.run(["publish", "/nonexistent/package", "--out", out]).status == 2)
    }
}
