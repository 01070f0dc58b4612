import Foundation
import Testing

/// Everything generated from `Standards/` (Swift models and tables, XSD, JSON Schema, field reference) must be
/// what the generator makes of the committed standard today: a stale file fails here and in CI.
@Suite("Generated sources")
struct GeneratedSourcesTests {
    @Test func generatedFilesAreCurrent() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "tools/generate.py", "--check"]
        process.currentDirectoryURL = TestFiles.repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0,
                "generated files are stale or the generator failed (needs python3 with PyYAML):\n\(text)")
    }
}
