import Foundation
import Testing
@testable import GovCredit

// Issue 6, "nothing lost": over generated messy files of every format, read = accepted + rejected, and every record
// the generator wrote is reported — in order, numbered 1, 2, 3, …, at the line where it starts, accepted when it was
// written good and rejected, with an error finding at its record and line, when it was written broken. A file that
// stops being readable (a cut-off XML document, a YAML syntax error) stops with the error's line and reports exactly
// the records before it. Seeds are fixed: a failure names the seed, which regenerates the same file.

@Suite("Nothing lost")
struct NothingLostPropertyTests {
    static let seeds: [UInt64] = Array(1...60)

    @Test("CSV: broken quotes, short and long rows, bad bytes, bad dates, UTF-8 or GB18030, mixed line breaks", arguments: seeds)
    func csv(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        try Self.check(MessyFiles.csv(&random), seed: seed)
    }

    @Test("JSON Lines: cut lines, values that are not records, bad bytes, bad dates, blank lines, CRLF", arguments: seeds)
    func jsonLines(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed &+ 1_000)
        try Self.check(MessyFiles.jsonLines(&random), seed: seed)
    }

    @Test("XML: bad values, unknown elements and kinds, mixed content, comments, GB18030, cut-off documents", arguments: seeds)
    func xml(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed &+ 2_000)
        try Self.check(MessyFiles.xml(&random), seed: seed)
    }

    @Test("YAML: bad values, items that are not mappings, duplicate and merge keys, GB18030, syntax errors", arguments: seeds)
    func yaml(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed &+ 3_000)
        try Self.check(MessyFiles.yaml(&random), seed: seed)
    }

    @Test("the check can fail: a generator's expectation that a run does not meet is reported")
    func checkCanFail() throws {
        var random = SeededGenerator(seed: 7)
        var file = MessyFiles.jsonLines(&random)
        file.expected.append(MessyFile.Expected(line: 999, accepted: true, kind: "never written"))
        #expect(!Self.problems(file).isEmpty)
    }

    /// Runs the file as `govcredit validate` does and compares every outcome with what the generator wrote.
    static func check(_ file: MessyFile, seed: UInt64, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let problems = problems(file)
        let report = "seed \(seed), \(file.name):\n" + problems.prefix(10).joined(separator: "\n")
        #expect(problems.isEmpty, Comment(rawValue: report), sourceLocation: sourceLocation)
    }

    static func problems(_ file: MessyFile) -> [String] {
        var problems: [String] = []
        var outcomes: [RecordOutcome] = []
        var counts = RecordCounts()
        var stopped: InputError?
        let path: String
        do {
            path = try TestFiles.temporaryFile(named: file.name, contents: file.bytes)
        } catch {
            return ["cannot write the file: \(error)"]
        }
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let validator = RecordFileValidator(options: ValidationOptions(today: fixtureToday))
        do {
            counts = try validator.validateFile(at: path, category: file.category, displayName: file.name) { outcomes.append($0) }
        } catch let error as InputError {
            stopped = error
            for outcome in outcomes { counts.count(outcome) }
        } catch {
            return ["not an InputError: \(error)"]
        }
        if counts.read != counts.accepted + counts.rejected { problems.append("read \(counts.read) ≠ accepted + rejected \(counts)") }
        if counts.read != outcomes.count { problems.append("read \(counts.read) but \(outcomes.count) outcomes") }
        if let stopLine = file.stopLine {
            if stopped?.line != stopLine { problems.append("expected the file to stop at line \(stopLine), got \(String(describing: stopped))") }
            // Records before the error are reported; libxml2 may stop on a look-ahead before handing over the last one,
            // and the run then exits 2 (README), so fewer is allowed, never more or others.
            if outcomes.count > file.expected.count { problems.append("\(outcomes.count) outcomes, \(file.expected.count) records written") }
        } else {
            if let stopped { problems.append("unexpected input error: \(stopped)") }
            if outcomes.count != file.expected.count {
                problems.append("\(outcomes.count) outcomes for \(file.expected.count) records written: lines \(outcomes.map(\.location.line)) vs \(file.expected.map(\.line))")
            }
        }
        for (index, (outcome, expected)) in zip(outcomes, file.expected).enumerated() {
            let name = "record \(index + 1) (\(expected.kind), line \(expected.line))"
            let at = outcome.location
            if at.record != index + 1 { problems.append("\(name): numbered \(at.record)") }
            if at.line != expected.line { problems.append("\(name): reported at line \(at.line)") }
            if at.file != file.name { problems.append("\(name): reported in file \(at.file)") }
            if outcome.isAccepted != expected.accepted {
                problems.append("\(name): \(outcome.isAccepted ? "accepted" : "rejected: \(outcome.errorKeys)")")
            }
            if !outcome.isAccepted {
                // The rejection is in the findings, located at this record.
                if outcome.errors.isEmpty { problems.append("\(name): rejected without an error finding") }
                for error in outcome.errors where error.location.record != at.record || error.location.line < at.line {
                    problems.append("\(name): finding \(error.rule.rawValue) at record \(error.location.record), line \(error.location.line)")
                }
            }
        }
        return problems
    }
}
