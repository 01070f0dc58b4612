/// What happened to one input record: accepted or rejected, with every finding (SPEC §5). Every record read
/// produces exactly one outcome, so read = accepted + rejected always holds.
public struct RecordOutcome: Sendable {
    /// Where the record starts.
    public let location: SourceLocation
    /// The record in canonical form; `nil` when it could not be read at all (malformed line, too large).
    public let record: FlatRecord?
    /// Every finding, errors and warnings.
    public let findings: [Finding]

    /// Accepted when no finding has severity error.
    public var isAccepted: Bool { !findings.contains { $0.severity == .error } }
}

/// Counts of one run (SPEC §7): `read == accepted + rejected`.
public struct RecordCounts: Hashable, Sendable, Codable {
    public var read = 0
    public var accepted = 0
    public var rejected = 0

    public init() {}

    mutating func count(_ outcome: RecordOutcome) {
        read += 1
        if outcome.isAccepted { accepted += 1 } else { rejected += 1 }
    }

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
    public let validator: Validator
    /// Records longer than this many bytes are rejected without being held in memory.
    public var maximumRecordBytes: Int

    public init(options: ValidationOptions = ValidationOptions(),
                maximumRecordBytes: Int = 64 << 20) {
        self.validator = Validator(options: options)
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// Validates the canonical JSON Lines file at `path` (`-`: standard input). `displayName` is the file name
    /// used in locations (default: `path`). Throws ``InputError`` only when the file cannot be read; bad records
    /// are outcomes.
    public func validateFile(at path: String, category: RecordCategory, displayName: String? = nil,
                             onRecord: (RecordOutcome) throws -> Void) throws -> RecordCounts {
        let name = displayName ?? path
        guard Self.isJSONLines(path) else { throw InputError.unsupportedFormat(path) }
        var reader = try JSONLinesReader(path: path == "-" ? "/dev/stdin" : path, maximumRecordBytes: maximumRecordBytes)
        let mapper = CanonicalJSONMapper(category: category)
        var counts = RecordCounts()
        while let line = try reader.next() {
            let location = SourceLocation(file: name, record: line.record, line: line.line)
            let outcome = outcome(of: line, location: location, mapper: mapper, decoder: &reader.decoder)
            counts.count(outcome)
            try onRecord(outcome)
        }
        return counts
    }

    private func outcome(of line: JSONLinesRecord, location: SourceLocation, mapper: CanonicalJSONMapper,
                         decoder: inout TextDecoder) -> RecordOutcome {
        if line.isOversized {
            return RecordOutcome(location: location, record: nil, findings: [
                Finding(rule: .inputRecordTooLarge, path: "", location: location, parameters: ["limit": String(maximumRecordBytes)])])
        }
        let text: [UInt8]
        switch decoder.decode(line.bytes) {
        case .success(let utf8):
            text = utf8
        case .failure(let failure):
            var at = location
            at.column = Self.column(ofByte: failure.offset, in: line.bytes)
            return RecordOutcome(location: location, record: nil, findings: [
                Finding(rule: .inputEncoding, path: "", location: at, parameters: ["column": String(at.column ?? 1)])])
        }
        let parsed: JSONValue
        do {
            parsed = try JSONParser.parse(text)
        } catch {
            var at = location
            at.column = Self.column(ofByte: error.offset, in: text)
            return RecordOutcome(location: location, record: nil, findings: [
                Finding(rule: .inputSyntax, path: "", location: at,
                        parameters: ["column": String(at.column ?? 1), "detail_zh": error.reason.zh,
                                     "detail_en": error.reason.en])])
        }
        let (record, mappingFindings) = mapper.map(parsed, location: location)
        // Not an object: there is no record to validate, only the one finding that says so.
        guard case .object = parsed else { return RecordOutcome(location: location, record: nil, findings: mappingFindings) }
        let result = validator.validate(record)
        return RecordOutcome(location: location, record: result.record, findings: mappingFindings + result.findings)
    }

    static func isJSONLines(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") || lower.hasSuffix(".json") || lower == "-"
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
