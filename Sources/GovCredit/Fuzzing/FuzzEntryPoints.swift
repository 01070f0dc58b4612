#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the libFuzzer targets under `Fuzz/` and the regression tests call (issue 6; STYLE §10: fuzz the readers,
/// keep the crashers). Not API: reachable only with `@_spi(Fuzzing) import GovCredit`.
///
/// Every entry point takes the bytes exactly as a file would hold them and runs them through the code production
/// runs: the readers read files, so the bytes are written to a fresh temporary file and validated with
/// ``RecordFileValidator`` as `govcredit validate` does (decoding, reader, mapping, field and record rules). What a
/// run returns is checked against the promises of README "The command": every record read is accepted or
/// rejected, every rejected record has an error finding with its record number and line, a file that stops being
/// readable says where. A broken promise is a ``FuzzReport/violations`` entry; the fuzz driver aborts on one, so
/// libFuzzer keeps the input, exactly as it does for a crash.
@_spi(Fuzzing) public enum FuzzEntryPoints {
    /// Every target by the name `tools/fuzz` and `Tests/GovCreditTests/Fuzz/Regressions/<name>/` use.
    public static let targets: [(name: String, run: @Sendable (UnsafeRawBufferPointer) -> FuzzReport)] = [
        ("csv", csv), ("xml", xml), ("yaml", yaml), ("jsonl", jsonLines), ("profile", profile),
        ("identifiers", identifiers), ("dates", dates), ("amounts", amounts),
    ]

    /// A CSV file, encoding detected (BOM, UTF-8, GB18030): once in the canonical form (complaint records, header
    /// of field paths), once through a provincial profile (the Zhejiang wide table, one row feeding three categories).
    public static func csv(_ bytes: UnsafeRawBufferPointer) -> FuzzReport {
        var report = validate(bytes, suffix: ".csv", category: .complaint, profile: nil)
        report.merge(validateWithProfile(bytes, suffix: ".csv", FuzzProfiles.csv))
        return report
    }

    /// An XML file: canonical (`<records>` of category elements) and through a profile with a record path.
    public static func xml(_ bytes: UnsafeRawBufferPointer) -> FuzzReport {
        var report = validate(bytes, suffix: ".xml", category: nil, profile: nil)
        report.merge(validateWithProfile(bytes, suffix: ".xml", FuzzProfiles.xml))
        return report
    }

    /// A YAML file: canonical (a sequence of dishonesty records) and through a profile with a key path and 万元;
    /// and its events read with the block scanner against libyaml's alone (``YAMLEventComparison``).
    public static func yaml(_ bytes: UnsafeRawBufferPointer) -> FuzzReport {
        var report = validate(bytes, suffix: ".yaml", category: .dishonesty, profile: nil)
        report.merge(validateWithProfile(bytes, suffix: ".yaml", FuzzProfiles.yaml))
        let disagreement = try? withTemporaryFile(bytes, suffix: ".yaml") { path throws(InputError) in
            YAMLEventComparison.compare(path: path, limit: 20_000).disagreement
        }
        if let disagreement = disagreement ?? nil { report.violations.append("YAML block scanner and libyaml: \(disagreement)") }
        return report
    }

    /// A canonical JSON Lines file. The category is the one at `bytes.count` modulo the number of categories: fixed
    /// for a given input (so a kept input replays the same way), and varied as the fuzzer changes lengths, so every
    /// category's mapper and record rules are reached.
    public static func jsonLines(_ bytes: UnsafeRawBufferPointer) -> FuzzReport {
        let categories = RecordCategory.allCases
        let category = categories[categories.index(categories.startIndex, offsetBy: bytes.count % categories.count)]
        return validate(bytes, suffix: ".jsonl", category: category, profile: nil)
    }

    /// A profile file, read by ``Profile/load(path:)``. When it loads, a small export of its format (the first
    /// records of the bundled provincial samples) is read through it, so fuzzed value maps, date styles, units,
    /// separators, conditions and record paths are applied to data.
    public static func profile(_ bytes: UnsafeRawBufferPointer) -> FuzzReport {
        var report = FuzzReport()
        let lines = FuzzInvariants.maximumLine(of: bytes)
        let loaded: Profile
        do {
            loaded = try withTemporaryFile(bytes, suffix: ".yaml") { path throws(InputError) in try Profile.load(path: path) }
        } catch {
            report.inputError = error
            // A profile mistake is reported "at its own line" (README): always a line, inside the file.
            if let line = error.line {
                if line < 1 || line > lines + 1 { report.violations.append("profile error at line \(line) of \(lines): \(error)") }
            } else if !FuzzInvariants.isFileLevel(error) {
                report.violations.append("profile error without a line: \(error)")
            }
            return report
        }
        let data = FuzzProfiles.data(for: loaded.source)
        data.withUnsafeBytes { dataBytes in
            report.merge(validate(dataBytes, suffix: "." + loaded.source.format.rawValue, category: nil, profile: loaded))
        }
        return report
    }

    // MARK: - The file pipeline

    /// Name the entry points give their files in locations (the temporary path differs per call).
    static let displayName = "fuzz-input"

    static func validate(_ bytes: UnsafeRawBufferPointer, suffix: String, category: RecordCategory?,
                         profile: Profile?) -> FuzzReport {
        var report = FuzzReport()
        var checker = FuzzInvariants(lines: FuzzInvariants.maximumLine(of: bytes), file: displayName,
                                     allowsRepeatedRecords: profile != nil)
        let validator = RecordFileValidator(options: ValidationOptions(today: FuzzInvariants.today))
        do {
            report.counts = try withTemporaryFile(bytes, suffix: suffix) { path throws(InputError) in
                do {
                    return try validator.validateFile(at: path, category: category, profile: profile,
                                                      displayName: displayName) { checker.check($0) }
                } catch let error as InputError {
                    throw error
                } catch {
                    // The closure above does not throw; nothing else can reach here.
                    throw InputError(file: displayName, message: LocalizedMessage(zh: "\(error)", en: "\(error)"))
                }
            }
        } catch {
            report.inputError = error
            checker.check(error)
            report.counts = checker.counted
        }
        checker.finish(counts: report.counts)
        report.violations += checker.violations
        return report
    }

    private static func validateWithProfile(_ bytes: UnsafeRawBufferPointer, suffix: String, _ profile: Profile?) -> FuzzReport {
        guard let profile else {
            var report = FuzzReport()
            report.violations.append("the embedded \(suffix) profile does not load")
            return report
        }
        return validate(bytes, suffix: suffix, category: nil, profile: profile)
    }

    /// Writes `bytes` to a fresh file named `…suffix` in the temporary directory, runs `body` on its path, removes
    /// it. A fresh name per call: tests call the entry points from many tasks at once.
    static func withTemporaryFile<T>(_ bytes: UnsafeRawBufferPointer, suffix: String,
                                     _ body: (String) throws(InputError) -> T) throws(InputError) -> T {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(directory)/govcredit-fuzz-XXXXXX\(suffix)".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemps($0, Int32(suffix.utf8.count)) } ?? -1
        }
        guard descriptor >= 0 else { throw InputError.cannotOpen(directory, errno: errno) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        var written = 0
        while written < bytes.count, let base = bytes.baseAddress {
            let result = write(descriptor, base + written, bytes.count - written)
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else {
                let code = errno
                close(descriptor)
                throw InputError.readFailed(path, errno: code)
            }
            written += result
        }
        close(descriptor)
        return try body(path)
    }
}

/// What one entry point run found.
@_spi(Fuzzing) public struct FuzzReport: Sendable {
    /// Records read, accepted and rejected (summed over the runs of one entry point).
    public var counts = RecordCounts()
    /// The error that stopped a file (the last one, when an entry point reads the bytes twice).
    public var inputError: InputError?
    /// Broken promises: a record neither accepted nor rejected, a rejection without a located error finding, a line
    /// outside the file, an error without a place, a value that does not survive its own round trip. Empty for a
    /// correct run, whether the input was valid or not.
    public var violations: [String] = []

    /// An empty report: nothing read, no error, no violation.
    public init() {}

    mutating func merge(_ other: FuzzReport) {
        counts = counts + other.counts
        inputError = other.inputError ?? inputError
        violations += other.violations
    }
}
