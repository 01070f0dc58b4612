import Foundation
import Testing
@testable import GovCredit

// Issue 6, item 5: validating from many tasks at once gives exactly the findings and counts of one sequential run.
// The submission is every canonical sample (JSON Lines, CSV, XML, YAML), the defects sample, the three provincial
// exports through their profiles (GB18030 CSV, nested XML, YAML in 万元) and generated messy files of every format.
// CI runs this suite under Thread Sanitizer:
//
//     swift test --sanitize=thread --filter Concurrent --scratch-path .build-tsan
//
// so a data race in a reader, the decoder, the worker threads of `workerThreads`, libxml2 or libyaml set-up or a
// validator's shared state fails the run even when the findings happen to come out right.

@Suite("Concurrent validation")
struct ConcurrentValidationTests {
    /// One input file of the submission and how to read it.
    struct Input: Sendable {
        var path: String
        var category: RecordCategory?
        var profile: Profile?
    }

    /// What one record produced, in a form that can be compared exactly.
    struct OutcomeSummary: Hashable, Sendable {
        var category: RecordCategory?
        var location: GovCredit.SourceLocation
        var accepted: Bool
        var findings: [Finding]
    }

    /// Everything a validation of the whole submission reports, as `govcredit validate` does: every outcome in
    /// order, the counts after the cross-record rules, the cross-record findings and the files that stopped.
    struct RunSummary: Hashable, Sendable {
        var outcomes: [OutcomeSummary] = []
        var counts = RecordCounts()
        var crossRecordFindings: [Finding] = []
        var inputErrors: [String] = []
    }

    /// 12 tasks: more than the cooperative pool's threads on any CI machine, so tasks interleave on every thread.
    static let taskCount = 12

    static let submission: [Input] = {
        let root = TestFiles.repositoryRoot
        func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
        var inputs = RecordCategory.allCases.map { Input(path: path("samples/canonical/\($0.rawValue).jsonl"), category: $0) }
        inputs.append(Input(path: path("samples/canonical/complaint.csv"), category: .complaint))
        inputs.append(Input(path: path("samples/canonical/dishonesty.yaml"), category: .dishonesty))
        inputs.append(Input(path: path("samples/canonical/records.xml")))
        inputs.append(Input(path: path("samples/defects/complaint.jsonl"), category: .complaint))
        for (folder, export) in [("zhejiang-33", "export.csv"), ("guangdong-44", "export.xml"), ("sichuan-51", "export.yaml")] {
            // A profile that does not load leaves the export out; `submissionIsComplete` fails then.
            if let profile = try? Profile.load(path: path("samples/\(folder)/profile.yaml")) {
                inputs.append(Input(path: path("samples/\(folder)/\(export)"), profile: profile))
            }
        }
        // Messy files from fixed seeds: broken quotes, bad bytes, cut lines, cut-off XML, YAML syntax errors.
        var random = SeededGenerator(seed: 20_251_201)
        for _ in 0..<3 {
            for file in [MessyFiles.csv(&random), MessyFiles.jsonLines(&random), MessyFiles.xml(&random), MessyFiles.yaml(&random)] {
                if let written = try? TestFiles.temporaryFile(named: file.name, contents: file.bytes) {
                    inputs.append(Input(path: written, category: file.category))
                }
            }
        }
        return inputs
    }()

    /// Validates the whole submission with `validator`, starting at input `offset` (so concurrent tasks read the
    /// files in different orders) and putting the per-file results back in submission order.
    static func validateSubmission(with validator: RecordFileValidator, startingAt offset: Int = 0) -> RunSummary {
        let order = submission.indices.map { (offset + $0) % submission.count }
        var perFile: [Int: (outcomes: [OutcomeSummary], error: String?)] = [:]
        var accepted: [Int: [FlatRecord]] = [:]
        for index in order {
            let input = submission[index]
            var outcomes: [OutcomeSummary] = []
            var stoppedBy: String?
            do {
                _ = try validator.validateFile(at: input.path, category: input.category, profile: input.profile) { outcome in
                    outcomes.append(OutcomeSummary(category: outcome.category, location: outcome.location,
                                                   accepted: outcome.isAccepted, findings: outcome.findings))
                    if outcome.isAccepted, let record = outcome.record { accepted[index, default: []].append(record) }
                }
            } catch {
                stoppedBy = String(describing: error)
            }
            perFile[index] = (outcomes, stoppedBy)
        }
        // The cross-record index is filled in submission order, as one sequential run fills it.
        var summary = RunSummary()
        var crossRecordIndex = CrossRecordIndex()
        for index in submission.indices {
            let file = perFile[index] ?? ([], "not validated")
            summary.outcomes += file.outcomes
            if let error = file.error { summary.inputErrors.append(error) }
            for record in accepted[index] ?? [] { crossRecordIndex.add(record) }
        }
        for outcome in summary.outcomes { summary.counts.read += 1; if outcome.accepted { summary.counts.accepted += 1 } else { summary.counts.rejected += 1 } }
        var findings: [Finding] = []
        summary.counts.applyCrossRecordRules(of: crossRecordIndex) { findings.append($0) }
        summary.crossRecordFindings = findings
        return summary
    }

    /// A validator with the default worker threads (one per core, at most 8), or `workerThreads`.
    static func validator(workerThreads: Int? = nil) -> RecordFileValidator {
        var validator = RecordFileValidator(options: ValidationOptions(today: fixtureToday))
        if let workerThreads { validator.workerThreads = workerThreads }
        return validator
    }

    /// The reference: one task, one validator on one thread, the files one after another.
    static let sequential = validateSubmission(with: validator(workerThreads: 1))

    /// Runs `tasks` validations of the submission at once and returns their summaries.
    static func concurrently(tasks: Int, _ makeValidator: @escaping @Sendable (Int) -> RecordFileValidator) async -> [RunSummary] {
        await withTaskGroup(of: RunSummary.self) { group in
            for task in 0..<tasks {
                group.addTask { validateSubmission(with: makeValidator(task), startingAt: task * 5) }
            }
            var summaries: [RunSummary] = []
            for await summary in group { summaries.append(summary) }
            return summaries
        }
    }

    static func compare(_ summaries: [RunSummary], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(summaries.count > 0, sourceLocation: sourceLocation)
        for (task, summary) in summaries.enumerated() where summary != sequential {
            let firstDifference = zip(summary.outcomes, sequential.outcomes).first { $0 != $1 }
            Issue.record("""
                task \(task) differs from the sequential run: counts \(summary.counts) vs \(sequential.counts), \
                \(summary.outcomes.count) vs \(sequential.outcomes.count) outcomes, \
                \(summary.crossRecordFindings.count) vs \(sequential.crossRecordFindings.count) cross-record findings, \
                input errors \(summary.inputErrors) vs \(sequential.inputErrors); first differing outcome: \
                \(firstDifference.map { "\($0.0.location) vs \($0.1.location)" } ?? "none")
                """, sourceLocation: sourceLocation)
        }
    }

    @Test("the submission exercises every reader, accepted and rejected records, findings and stopped files")
    func submissionIsComplete() {
        let reference = Self.sequential
        #expect(Self.submission.count >= 27)
        #expect(Self.submission.filter { $0.profile != nil }.count == 3, "every provincial profile loads")
        #expect(reference.counts.accepted > 50)
        #expect(reference.counts.rejected > 20)
        #expect(reference.counts.read == reference.counts.accepted + reference.counts.rejected)
        #expect(reference.outcomes.contains { !$0.findings.isEmpty })
        #expect(!reference.crossRecordFindings.isEmpty)
        // Every file was read except those the generator cut off or broke on purpose.
        #expect(reference.inputErrors.count < Self.submission.count / 2)
    }

    @Test("12 tasks, each with its own RecordFileValidator, get the sequential run's findings and counts")
    func tasksWithTheirOwnValidators() async {
        Self.compare(await Self.concurrently(tasks: Self.taskCount) { _ in Self.validator() })
    }

    @Test("12 tasks sharing one RecordFileValidator get the sequential run's findings and counts")
    func tasksSharingOneValidator() async {
        // The validator is a Sendable value: sharing it must be as safe as copying it.
        let shared = Self.validator()
        Self.compare(await Self.concurrently(tasks: Self.taskCount) { _ in shared })
    }

    @Test("validators with 1, 2 and 4 worker threads, 9 at once, each get the single-threaded run's results")
    func validatorsWithWorkerThreads() async {
        // Each validation with workers > 1 starts a reading thread and worker threads of its own: 9 at once put
        // some 25 threads on the readers, the decoder, the channel between them and libxml2 and libyaml.
        let workerThreads = [1, 2, 4]
        Self.compare(await Self.concurrently(tasks: 9) { task in Self.validator(workerThreads: workerThreads[task % 3]) })
    }

    @Test("validators with different record size limits, at once, each get the sequential run's results")
    func validatorsWithDifferentSettings() async {
        // Settings that do not change the outcome of these files (their records are a few KB): any difference
        // would come from state leaking between validators, not from the settings.
        let limits = [1 << 16, 1 << 20, 64 << 20]
        Self.compare(await Self.concurrently(tasks: 9) { task in
            var validator = Self.validator()
            validator.maximumRecordBytes = limits[task % limits.count]
            return validator
        })
    }

    @Test("the comparison can fail: a run that lost a record differs from the sequential run")
    func comparisonCanFail() {
        var broken = Self.sequential
        broken.outcomes.removeLast()
        #expect(broken != Self.sequential)
        var otherFinding = Self.sequential
        otherFinding.crossRecordFindings.removeFirst()
        #expect(otherFinding != Self.sequential)
    }
}
