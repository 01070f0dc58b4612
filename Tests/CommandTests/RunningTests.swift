import Foundation
import Testing

/// What people running the command rely on beyond the findings: the progress line only on a terminal, and the
/// same output whatever `--threads` says.
@Suite("Running govcredit: progress and threads")
struct RunningTests {
    /// A file of a few thousand records, so the run lasts long enough for the progress line to be drawn.
    static func largeComplaintFile() throws -> String {
        let line = try #require(try String(contentsOfFile: Command.fixture("complaint.jsonl"), encoding: .utf8)
            .split(separator: "\n").first.map(String.init))
        let lines = (0..<20_000).map { line.replacingOccurrences(of: "\"C-001\"", with: "\"C-R\($0)\"") }
        return try Command.temporaryFile(named: "complaint.jsonl", text: lines.joined(separator: "\n") + "\n")
    }

    @Test func theProgressLineIsDrawnOnATerminalOnly() throws {
        let file = try Self.largeComplaintFile()
        let command = "\(Command.binary.path) validate \(file) --lang en --today 2026-01-01 --format json --threads 1 > /dev/null"
        // `script` gives the command a terminal; its standard error is what the terminal shows.
        let (status, shown) = try ConvertCommandTests.tool(["script", "-qec", command, "/dev/null"])
        #expect(status == 0, "\(shown)")
        #expect(shown.contains("records/s"), "\(shown.prefix(400))")
        let (_, quiet) = try ConvertCommandTests.tool(["script", "-qec", command.replacingOccurrences(of: " > /dev/null", with: " --quiet > /dev/null"), "/dev/null"])
        #expect(!quiet.contains("records/s"))
        // Not a terminal (a pipe, as under cron): nothing on standard error.
        let piped = try Command.run(["validate", file, "--lang", "en", "--today", "2026-01-01", "--format", "json"])
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty, "\(piped.stderr.prefix(200))")
    }

    @Test(arguments: ["samples/canonical/records.xml", "samples/zhejiang-33/export.csv", "samples/sichuan-51/export.yaml",
                      "samples/defects/complaint.jsonl"])
    func theOutputDoesNotDependOnTheNumberOfThreads(_ sample: String) throws {
        let directory = (sample as NSString).deletingLastPathComponent
        let profile = FileManager.default.fileExists(atPath: Command.repositoryRoot.appendingPathComponent(directory + "/profile.yaml").path)
            ? ["--profile", directory + "/profile.yaml"] : []
        let runs = try [1, 2, 5].map { threads in
            try Command.run(["validate", sample, "--format", "json", "--today", "2026-01-01", "--threads", String(threads)] + profile)
        }
        #expect(runs.allSatisfy { $0.stdout == runs[0].stdout && $0.status == runs[0].status })
        #expect(!runs[0].stdout.isEmpty)
    }

    /// A record over the limit is rejected and located, and `--max-record-mib` raises the limit for exports with
    /// very long free text.
    @Test func theRecordSizeLimitCanBeRaised() throws {
        let long = String(repeating: "长", count: 700_000)  // 2.1 MB of UTF-8
        let file = try Command.temporaryFile(named: "complaint.jsonl", text: #"{"id":"C-1","summary":"\#(long)"}"# + "\n")
        let small = try Command.run(["validate", file, "--format", "json", "--today", "2026-01-01", "--max-record-mib", "1"])
        #expect(small.status == 1)
        #expect(small.stdout.contains(#""rule":"input.record-too-large""#))
        let large = try Command.run(["validate", file, "--format", "json", "--today", "2026-01-01", "--max-record-mib", "4"])
        #expect(!large.stdout.contains("input.record-too-large"))
        #expect(large.stdout.contains(#""rule":"field.required""#))  // read, and checked like any record
        let wrong = try Command.run(["validate", file, "--max-record-mib", "0"])
        #expect(wrong.status == 2)
    }
}
