import Foundation
import Testing

/// `govcredit profile init|check` through the real binary.
@Suite("govcredit profile")
struct ProfileCommandTests {
    @Test("init writes a draft that loads; check reports its TODOs and gaps with exit 1; a hand profile checks clean")
    func initAndCheck() throws {
        let out = try Command.temporaryFile(named: "draft.yaml", text: "")
        let written = try Command.run(["profile", "init", "samples/guangdong-44/export.xml", "--out", out, "--lang", "en"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("categories: dishonesty, sanction"))
        let checked = try Command.run(["profile", "check", out, "--sample", "samples/guangdong-44/export.xml", "--lang", "en"])
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("required field source"))
        let clean = try Command.run(["profile", "check", "samples/sichuan-51/profile.yaml"])
        #expect(clean.status == 0, "\(clean.stdout)")
    }

    @Test("init on the bench wide export proposes its three categories; check with the sample lists only what a person decides")
    func benchWide() throws {
        let out = try Command.temporaryFile(named: "bench.yaml", text: "")
        let written = try Command.run(["profile", "init", "samples/bench-wide/sample.csv", "--out", out, "--lang", "en"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("categories: complaint, contract, dishonesty"))
        let checked = try Command.run(["profile", "check", out, "--sample", "samples/bench-wide/sample.csv", "--lang", "en"])
        #expect(checked.status == 1)
        #expect(!checked.stdout.contains("is not in the sample"), "\(checked.stdout)")
        #expect(checked.stdout.contains("required field severity"))
    }

    @Test("init on a file it cannot read: exit 2")
    func unreadable() throws {
        #expect(try Command.run(["profile", "init", "/nonexistent.csv"]).status == 2)
        #expect(try Command.run(["profile", "init", "README.md"]).status == 2)
    }
}
