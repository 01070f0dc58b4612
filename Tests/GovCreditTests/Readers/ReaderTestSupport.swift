import Foundation
import Testing
@testable import GovCredit

/// Validation of raw bytes as a JSON Lines file, and python3 for cross-checks.
enum ReaderHarness {
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The valid fixture records of a category as compact JSON lines.
    static func lines(_ category: RecordCategory = .complaint) throws -> [String] {
        try TestFiles.validRecords(category).map(\.text)
    }

    /// Validates `bytes` as the file `name`; checks read = accepted + rejected and one outcome per record read.
    static func run(_ bytes: [UInt8], category: RecordCategory = .complaint, maximumRecordBytes: Int = 64 << 20,
                    name: String? = nil) throws -> (RecordCounts, [RecordOutcome]) {
        let path = try TestFiles.temporaryFile(named: name ?? "\(category.rawValue).jsonl", contents: bytes)
        let validator = RecordFileValidator(options: ValidationOptions(today: fixtureToday), maximumRecordBytes: maximumRecordBytes)
        var outcomes: [RecordOutcome] = []
        let counts = try validator.validateFile(at: path, category: category) { outcomes.append($0) }
        #expect(counts.read == counts.accepted + counts.rejected)
        #expect(counts.read == outcomes.count)
        #expect(counts.accepted == outcomes.filter(\.isAccepted).count)
        return (counts, outcomes)
    }

    static func run(text: String, category: RecordCategory = .complaint) throws -> (RecordCounts, [RecordOutcome]) {
        try run(Array(text.utf8), category: category)
    }

    /// The `(record, line)` of each outcome.
    static func positions(_ outcomes: [RecordOutcome]) -> [[Int]] {
        outcomes.map { [$0.location.record, $0.location.line] }
    }

    /// 1-based column (Unicode scalars) of the first occurrence of `needle` in `line`.
    static func column(of needle: String, in line: String) throws -> Int {
        let range = try #require(line.range(of: needle), "\(needle) not in \(line)")
        return line[..<range.lowerBound].unicodeScalars.count + 1
    }
}

/// Runs python3 (a fixed script, data on stdin). Missing python3 is a failure, never a skip.
enum ReaderTestPython {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ script: String, input: Data) throws -> Data {
        // stdin from a file, so a large input cannot fill a pipe while we wait on stdout.
        let inputPath = try TestFiles.temporaryFile(named: "python-input", contents: Array(input))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdout = Pipe()
        let stderrPath = inputPath + ".stderr"
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? ""
            throw Failure(description: "python3 failed (status \(process.terminationStatus)); is python3 installed? \(errors)")
        }
        return output
    }
}
