import Foundation
import Testing
@testable import GovCredit
#if canImport(Glibc)
import Glibc
#endif

/// Runs hostile files through ``RecordFileValidator`` as `govcredit validate` does, and checks the promises every
/// such run keeps: read = accepted + rejected, every outcome and finding located inside the file, the run done in
/// bounded time.
enum Hostile {
    struct Run {
        var counts = RecordCounts()
        var outcomes: [RecordOutcome] = []
        var error: InputError?
        var elapsed: Duration = .zero

        var rejected: [RecordOutcome] { outcomes.filter { !$0.isAccepted } }
        /// Every rule id of every finding, for `contains` checks.
        var rules: [String] { outcomes.flatMap { $0.findings.map(\.rule.rawValue) } }
        /// All the text a run produced (values, messages, errors): a secret must appear nowhere in it.
        var everything: String {
            "\(outcomes.map { "\($0.record.map { "\($0)" } ?? "") \($0.findings.map { "\($0.message.zh) \($0.message.en)" })" }) "
                + (error.map { "\($0.message.zh) \($0.message.en)" } ?? "")
        }
    }

    /// A hostile file must be dealt with in seconds whatever it holds (the slowest here, 300 MB, is read once).
    static let timeLimit: Duration = .seconds(60)

    /// Validates the file at `path`, collecting outcomes and the input error, and checks the common promises.
    static func run(path: String, category: RecordCategory? = nil, profile: Profile? = nil,
                    maximumRecordBytes: Int = 64 << 20, timeLimit: Duration = timeLimit,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Run {
        var run = Run()
        let validator = RecordFileValidator(options: ValidationOptions(today: fixtureToday), maximumRecordBytes: maximumRecordBytes)
        let clock = ContinuousClock()
        var outcomes: [RecordOutcome] = []
        run.elapsed = clock.measure {
            do {
                run.counts = try validator.validateFile(at: path, category: category, profile: profile,
                                                        displayName: "hostile") { outcomes.append($0) }
            } catch let error as InputError {
                run.error = error
                for outcome in outcomes { run.counts.count(outcome) }
            } catch {
                Issue.record("not an InputError: \(error)", sourceLocation: sourceLocation)
            }
        }
        run.outcomes = outcomes
        #expect(run.counts.read == run.counts.accepted + run.counts.rejected, sourceLocation: sourceLocation)
        #expect(run.counts.read == outcomes.count, sourceLocation: sourceLocation)
        for outcome in outcomes {
            #expect(outcome.location.record >= 1 && outcome.location.line >= 1, sourceLocation: sourceLocation)
            if !outcome.isAccepted {
                #expect(outcome.errors.allSatisfy { $0.location.line >= 1 && $0.location.file == "hostile" },
                        sourceLocation: sourceLocation)
            }
        }
        #expect(run.elapsed < timeLimit, "took \(run.elapsed)", sourceLocation: sourceLocation)
        return run
    }

    static func run(bytes: [UInt8], named name: String, category: RecordCategory? = nil, profile: Profile? = nil,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Run {
        let path = try TestFiles.temporaryFile(named: name, contents: bytes)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        return run(path: path, category: category, profile: profile, sourceLocation: sourceLocation)
    }

    static func run(text: String, named name: String, category: RecordCategory? = nil, profile: Profile? = nil,
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Run {
        try run(bytes: Array(text.utf8), named: name, category: category, profile: profile, sourceLocation: sourceLocation)
    }

    /// The file's text, loaded from the repository.
    static func sample(_ path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: TestFiles.repositoryRoot.appendingPathComponent(path)))
    }

    static func profile(_ text: String) throws -> Profile {
        try ProfileLoader.load(text: text, file: "profile.yaml")
    }

    /// A canonical complaint row (CSV, with the sample's header) and record (JSON Lines) to build hostile files around.
    static func csvHeaderAndRow() throws -> (header: String, row: String) {
        let lines = String(decoding: try sample("samples/canonical/complaint.csv"), as: UTF8.self).components(separatedBy: "\n")
        // Row 1 of the sample holds a line break inside quotes; row 4 is on one line.
        let oneLine = try #require(lines.last { $0.hasPrefix("C-") && $0.filter { $0 == "\"" }.count % 2 == 0 })
        return (lines[0], oneLine)
    }

    static func jsonLine(_ category: RecordCategory = .complaint) throws -> String {
        try #require(ReaderHarness.lines(category).first)
    }
}

/// Writes a large file piece by piece, never holding it (a 300 MB field must not be 300 MB of test memory).
final class StreamingFile {
    let path: String
    private let handle: UnsafeMutablePointer<FILE>

    init(named name: String) throws {
        path = try TestFiles.temporaryFile(named: name, contents: [])
        handle = try #require(fopen(path, "wb"))
    }

    func write(_ text: String) { write(Array(text.utf8)) }

    func write(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
    }

    /// `count` bytes of `byte`, a MiB at a time.
    func write(repeating byte: UInt8, count: Int) {
        let chunk = [UInt8](repeating: byte, count: 1 << 20)
        var left = count
        while left > 0 {
            let now = min(left, chunk.count)
            _ = chunk.withUnsafeBytes { fwrite($0.baseAddress, 1, now, handle) }
            left -= now
        }
    }

    func close() { fclose(handle) }

    func remove() { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
}
