import Foundation

/// What happened to one input record: accepted or rejected, with every finding (SPEC §5). Every record read
/// produces exactly one outcome, so read = accepted + rejected always holds.
public struct RecordOutcome: Sendable {
    /// The record's category, when it could be told.
    public let category: RecordCategory?
    /// Where the record starts.
    public let location: SourceLocation
    /// The record in canonical form; `nil` when it could not be read at all (malformed line, too large).
    public let record: FlatRecord?
    /// Every finding, errors and warnings.
    public let findings: [Finding]

    /// Accepted when no finding has severity error.
    public var isAccepted: Bool {
        // By index: iterating copies each finding, and with it the reference counts of its strings, which the
        // reading, working and writing threads all share (perf).
        for index in findings.indices where findings[index].severity == .error { return false }
        return true
    }
}

/// Counts of one run (SPEC §7): `read == accepted + rejected`.
public struct RecordCounts: Hashable, Sendable, Codable {
    /// Records read, each counted once whether or not it could be parsed.
    public var read = 0
    /// Records with no error finding (warnings allowed).
    public var accepted = 0
    /// Records with at least one error finding, including those the cross-record rules rejected.
    public var rejected = 0

    /// All counts zero.
    public init() {}

    /// Counts one outcome as read, and as accepted or rejected.
    public mutating func count(_ outcome: RecordOutcome) {
        read += 1
        if outcome.isAccepted { accepted += 1 } else { rejected += 1 }
    }

    /// Runs the cross-record rules over `index` (every accepted record of the run), hands every finding to
    /// `onFinding`, and moves each record an error rejects from accepted to rejected.
    public mutating func applyCrossRecordRules(of index: CrossRecordIndex, onFinding: (Finding) throws -> Void) rethrows {
        var rejected: [RecordCategory: Set<CrossRecordKey>] = [:]
        try index.check { item in
            try onFinding(item.finding)
            if item.finding.severity == .error { rejected[item.category, default: []].insert(item.key) }
        }
        let count = rejected.values.reduce(0) { $0 + $1.count }
        accepted -= count
        self.rejected += count
    }

    /// The counts of two runs (or two files) added field by field.
    public static func + (lhs: RecordCounts, rhs: RecordCounts) -> RecordCounts {
        var sum = RecordCounts()
        sum.read = lhs.read + rhs.read
        sum.accepted = lhs.accepted + rhs.accepted
        sum.rejected = lhs.rejected + rhs.rejected
        return sum
    }
}

/// Reads a file of one category record by record, maps and validates each, and hands every outcome to the
/// caller as it goes: memory does not grow with the file.
///
/// ```swift
/// let validator = RecordFileValidator(options: ValidationOptions())
/// let counts = try validator.validateFile(at: "dishonesty.jsonl", category: .dishonesty) { outcome in
///     for finding in outcome.findings { print(finding.rule, finding.path, finding.message.zh) }
/// }
/// ```
public struct RecordFileValidator: Sendable {
    /// Applies the field and record rules to each record, with the options given to
    /// ``init(options:maximumRecordBytes:)``.
    public let validator: Validator
    /// Records longer than this many bytes are rejected without being held in memory.
    public var maximumRecordBytes: Int
    /// An XML Schema to check XML input against while streaming (the generated
    /// `Standards/gov-integrity/1.0/generated/gov-integrity-1.0.xsd` for the canonical form); problems become
    /// findings on the record they concern.
    public var xmlSchemaPath: String?
    /// Checks XML input against the standard's own XSD, compiled into the library, when ``xmlSchemaPath`` is not
    /// set (``PackageVerifier`` does, for a package's `records.xml`).
    public var checksStandardXMLSchema = false
    /// Threads that map and validate records while another reads the file. Default: one per core (at most 8);
    /// 1 runs everything on the calling thread. The outcomes and their order do not depend on it.
    public var workerThreads: Int = RecordFileValidator.defaultWorkerThreads
    /// Whether the field and record rules run (they always do for users; the verifier's second copy of a record
    /// may only be mapped).
    var appliesRules = true

    /// One worker per core, at most 8: more would only add batches in flight.
    public static var defaultWorkerThreads: Int {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return cores > 1 ? min(cores, 8) : 1
    }

    /// Creates a file validator; `maximumRecordBytes` caps one record's size in bytes (default 64 MiB) so a hostile
    /// file cannot exhaust memory.
    public init(options: ValidationOptions = ValidationOptions(),
                maximumRecordBytes: Int = 64 << 20) {
        self.validator = Validator(options: options)
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// Validates the file at `path` (`-`: standard input, JSON Lines), calling `onRecord` with every record's
    /// outcome as it goes.
    ///
    /// - `profile`: how a provincial export maps onto the standard; without one the file must be in a
    ///   canonical form (JSON Lines, CSV, XML or YAML with the standard's own names).
    /// - `category`: the category of a canonical JSON Lines, CSV or YAML file (canonical XML names it per
    ///   record); ignored with a profile.
    /// - `displayName`: the file name used in locations (default: `path`).
    ///
    /// With ``workerThreads`` above 1, one thread reads and decodes while the others map and validate batches of
    /// records; outcomes still reach `onRecord` one at a time, on the calling thread, in file order — exactly as
    /// a single-threaded run gives them.
    ///
    /// The XSD that XML input is checked against, if any.
    var xmlSchema: XMLSchemaSource? {
        xmlSchemaPath.map(XMLSchemaSource.file) ?? (checksStandardXMLSchema ? .standard : nil)
    }

    /// Throws ``InputError`` when the file cannot be read at all or stops being readable part way (then the
    /// records already passed to `onRecord` were counted, and the run must not be taken as complete).
    public func validateFile(at path: String, category: RecordCategory? = nil, profile: Profile? = nil,
                             displayName: String? = nil, onRecord: (RecordOutcome) throws -> Void) throws -> RecordCounts {
        let name = displayName ?? path
        guard let format = profile?.source.format ?? InputFormat(fileName: path) else { throw InputError.unsupportedFormat(path) }
        if profile == nil && category == nil && format != .xml { throw InputError.unknownCategory(path) }
        let source = FileRecordSource.Plan(path: path, displayName: name, format: format, category: category, profile: profile,
                                       maximumRecordBytes: maximumRecordBytes,
                                       xmlSchema: xmlSchema)
        let processor = RecordProcessor(validator: validator, category: category, profile: profile, appliesRules: appliesRules)
        var counts = RecordCounts()
        func emit(_ outcome: RecordOutcome) throws {
            counts.count(outcome)
            try onRecord(outcome)
        }
        if workerThreads > 1 {
            try ParallelRecordRun(plan: source, processor: processor, workers: workerThreads).run(emit)
        } else {
            var reader = try FileRecordSource(plan: source)
            var processor = processor
            while let pending = try reader.next() {
                for outcome in processor.outcomes(of: pending) { try emit(outcome) }
            }
        }
        return counts
    }

    /// 1-based character column of a byte offset (counting UTF-8 lead bytes before it).
    static func column(ofByte offset: Int, in bytes: [UInt8]) -> Int {
        bytes.prefix(offset).reduce(1) { count, byte in (byte & 0xC0) == 0x80 ? count : count + 1 }
    }
}

extension RecordCategory {
    /// The category a file name names: `dishonesty.jsonl`, `33-typicalCase.jsonl`, `verification_2024.jsonl`
    /// (a whole word of the name, case-insensitive); `nil` when none or several match.
    public init?(fileName: String) {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let stem = base.split(separator: ".").first.map { $0.lowercased() } ?? ""
        let words = Set(stem.split(whereSeparator: { !$0.isLetter }).map(String.init))
        let matches = RecordCategory.allCases.filter { words.contains($0.rawValue.lowercased()) }
        guard matches.count == 1, let match = matches.first else { return nil }
        self = match
    }
}
