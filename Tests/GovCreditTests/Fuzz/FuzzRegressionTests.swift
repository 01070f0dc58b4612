import Foundation
import Testing
@_spi(Fuzzing) @testable import GovCredit

// Every input the fuzzers found a crash, hang or broken promise with is kept under Regressions/<target>/ (STYLE §10,
// metro2's crashers) and runs here through the same entry point as in `tools/fuzz`: it must finish, quickly, with a
// normal result or a located error, and keep every promise the fuzz driver checks.

@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let regressions = TestFiles.repositoryRoot.appendingPathComponent("Tests/GovCreditTests/Fuzz/Regressions")

    struct Input: CustomTestStringConvertible, Sendable {
        let target: String
        let path: String
        var testDescription: String { "\(target)/\(URL(fileURLWithPath: path).lastPathComponent)" }
    }

    /// Every kept input, by target directory.
    static let inputs: [Input] = {
        let manager = FileManager.default
        let targets = (try? manager.contentsOfDirectory(atPath: regressions.path)) ?? []
        return targets.sorted().flatMap { target -> [Input] in
            let directory = regressions.appendingPathComponent(target)
            let files = (try? manager.contentsOfDirectory(atPath: directory.path)) ?? []
            return files.filter { !$0.hasPrefix(".") }.sorted().map { Input(target: target, path: directory.appendingPathComponent($0).path) }
        }
    }()

    static func entryPoint(_ target: String) -> (@Sendable (UnsafeRawBufferPointer) -> FuzzReport)? {
        FuzzEntryPoints.targets.first { $0.name == target }?.run
    }

    static func run(_ target: String, _ bytes: [UInt8]) throws -> (FuzzReport, Duration) {
        let entry = try #require(entryPoint(target), "no fuzz target named \(target)")
        let clock = ContinuousClock()
        var report = FuzzReport()
        let elapsed = clock.measure { report = bytes.withUnsafeBytes { entry($0) } }
        return (report, elapsed)
    }

    @Test("a kept input runs clean: no crash, every promise kept, a located error or a normal result", arguments: inputs)
    func keptInput(_ input: Input) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input.path)))
        let (report, elapsed) = try Self.run(input.target, bytes)
        #expect(report.violations.isEmpty, "\(report.violations.joined(separator: "\n"))")
        if let error = report.inputError {
            #expect(error.line != nil || FuzzInvariants.isFileLevel(error), "\(error)")
        }
        #expect(report.counts.read == report.counts.accepted + report.counts.rejected)
        // libFuzzer's hang limit is 10 s (tools/fuzz); a kept input is a few KB and must take far less.
        #expect(elapsed < .seconds(10), "\(elapsed)")
    }

    @Test("every regression directory names a fuzz target")
    func directoriesNameTargets() {
        for target in Set(Self.inputs.map(\.target)) {
            #expect(Self.entryPoint(target) != nil, "Regressions/\(target) is not a target of FuzzEntryPoints")
        }
    }

    @Test("the embedded provincial profiles load")
    func embeddedProfilesLoad() {
        #expect(FuzzProfiles.csv != nil)
        #expect(FuzzProfiles.xml != nil)
        #expect(FuzzProfiles.yaml != nil)
    }

    /// The seeds `tools/fuzz` starts from: the samples must keep every promise, and read records (so that the
    /// entry points do reach the readers and mappers they are meant to fuzz). A file entry point reads the bytes both
    /// canonically and through a provincial profile, so one of the two runs may well stop with an input error.
    @Test("the sample files run clean through the entry points and are read", arguments: [
        ("csv", "samples/canonical/complaint.csv"), ("csv", "samples/zhejiang-33/export.csv"),
        ("xml", "samples/canonical/records.xml"), ("xml", "samples/guangdong-44/export.xml"),
        ("yaml", "samples/canonical/dishonesty.yaml"), ("yaml", "samples/sichuan-51/export.yaml"),
        ("jsonl", "samples/canonical/complaint.jsonl"), ("jsonl", "samples/defects/complaint.jsonl"),
        ("profile", "samples/zhejiang-33/profile.yaml"), ("profile", "samples/guangdong-44/profile.yaml"),
        ("profile", "samples/sichuan-51/profile.yaml"),
    ])
    func samples(target: String, file: String) throws {
        let bytes = try [UInt8](Data(contentsOf: TestFiles.repositoryRoot.appendingPathComponent(file)))
        let (report, _) = try Self.run(target, bytes)
        #expect(report.violations.isEmpty, "\(report.violations.joined(separator: "\n"))")
        #expect(report.counts.read > 0)
        if target == "profile" { #expect(report.inputError == nil, "\(String(describing: report.inputError))") }
    }

    @Test("the value targets accept their seeds and edge cases", arguments: [
        ("identifiers", "91330106MA2H3K7P6X"), ("identifiers", "330106198803150026"), ("identifiers", "330106"),
        ("identifiers", "12345678-9"), ("identifiers", "９１３３０１０６ＭＡ２Ｈ３Ｋ７Ｐ６Ｘ"), ("identifiers", ""),
        ("dates", "2024-02-29"), ("dates", "2023-02-29"), ("dates", "20240229"), ("dates", "2023年8月5日"),
        ("dates", "45143"), ("dates", "yyyy年M月d日\n2023年8月5日"), ("dates", "\u{7F}\u{FF}\u{FF}\u{FF}\u{FF}\u{FF}\u{FF}\u{7F}"),
        ("amounts", "1234.50"), ("amounts", "9999999999999999.99"), ("amounts", "12.345678"), ("amounts", "０.５"),
    ])
    func valueTargets(target: String, text: String) throws {
        let (report, _) = try Self.run(target, Array(text.utf8))
        #expect(report.violations.isEmpty, "\(report.violations.joined(separator: "\n"))")
    }

    @Test("the invariants do catch a broken promise, so the tests above can fail")
    func invariantsCatchBrokenPromises() {
        var checker = FuzzInvariants(lines: 3, file: "f", allowsRepeatedRecords: false)
        let finding = Finding(rule: .inputSyntax, path: "", location: SourceLocation(file: "f", record: 1, line: 9))
        checker.check(RecordOutcome(category: .complaint, location: SourceLocation(file: "f", record: 2, line: 0),
                                    record: nil, findings: [finding]))
        checker.check(InputError(file: "f", message: LocalizedMessage(zh: "坏", en: "bad")))
        var counts = RecordCounts()
        counts.read = 5
        checker.finish(counts: counts)
        let text = checker.violations.joined(separator: "\n")
        for expected in ["expected record number 1", "line 0 of 3", "line 9 of 3", "names record 1", "without a line",
                         "differ from the outcomes seen", "≠ accepted + rejected"] {
            #expect(text.contains(expected), "\(expected) not in:\n\(text)")
        }
    }
}
