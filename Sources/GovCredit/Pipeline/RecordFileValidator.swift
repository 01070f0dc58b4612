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
    public var isAccepted: Bool { !findings.contains { $0.severity == .error } }
}

/// Counts of one run (SPEC §7): `read == accepted + rejected`.
public struct RecordCounts: Hashable, Sendable, Codable {
    public var read = 0
    public var accepted = 0
    public var rejected = 0

    public init() {}

    /// Counts one outcome as read, and as accepted or rejected.
    public mutating func count(_ outcome: RecordOutcome) {
        read += 1
        if outcome.isAccepted { accepted += 1 } else { rejected += 1 }
    }

    /// Runs the cross-record rules over `index` (every accepted record of the run), hands every finding to
    /// `onFinding`, and moves each record an error rejects from accepted to rejected.
    public mutating func applyCrossRecordRules(of index: CrossRecordIndex, onFinding: (Finding) throws -> Void) rethrows {
        var rejected: Set<String> = []
        try index.check { item in
            try onFinding(item.finding)
            if item.finding.severity == .error { rejected.insert("\(item.category.rawValue)#\(item.id)#\(item.occurrence)") }
        }
        accepted -= rejected.count
        self.rejected += rejected.count
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
    /// An XML Schema to check XML input against while streaming (the generated
    /// `Standards/gov-integrity/1.0/generated/gov-integrity-1.0.xsd` for the canonical form); problems become
    /// findings on the record they concern.
    public var xmlSchemaPath: String?
    /// Checks XML input against the standard's own XSD, compiled into the library, when ``xmlSchemaPath`` is not
    /// set (``PackageVerifier`` does, for a package's `records.xml`).
    public var checksStandardXMLSchema = false

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
    /// Throws ``InputError`` when the file cannot be read at all or stops being readable part way (then the
    /// records already passed to `onRecord` were counted, and the run must not be taken as complete).
    public func validateFile(at path: String, category: RecordCategory? = nil, profile: Profile? = nil,
                             displayName: String? = nil, onRecord: (RecordOutcome) throws -> Void) throws -> RecordCounts {
        let name = displayName ?? path
        guard let format = profile?.source.format ?? InputFormat(fileName: path) else { throw InputError.unsupportedFormat(path) }
        var counts = RecordCounts()
        func emit(_ outcome: RecordOutcome) throws {
            counts.count(outcome)
            try onRecord(outcome)
        }
        switch format {
        case .jsonLines:
            guard let category else { throw InputError.unknownCategory(path) }
            var reader = try JSONLinesReader(path: path == "-" ? "/dev/stdin" : path, maximumRecordBytes: maximumRecordBytes)
            let mapper = CanonicalJSONMapper(category: category)
            while let line = try reader.next() {
                let location = SourceLocation(file: name, record: line.record, line: line.line)
                try emit(outcome(of: line, location: location, mapper: mapper, decoder: &reader.decoder))
            }
        case .csv, .xml, .yaml:
            if profile == nil && category == nil && format != .xml { throw InputError.unknownCategory(path) }
            var reader = try makeReader(format: format, path: path, displayName: name, profile: profile)
            while let item = try reader.next() {
                switch item {
                case .malformed(let location, let findings):
                    try emit(RecordOutcome(category: nil, location: location, record: nil, findings: findings))
                case .record(let source):
                    for outcome in outcomes(of: source, category: category, profile: profile) { try emit(outcome) }
                }
            }
        }
        return counts
    }

    private func makeReader(format: InputFormat, path: String, displayName: String, profile: Profile?) throws(InputError) -> any RecordReader {
        let encoding = profile?.source.encoding ?? .automatic
        switch format {
        case .csv:
            var options = CSVReaderOptions()
            options.encoding = encoding
            options.delimiter = profile?.source.delimiter ?? (path.lowercased().hasSuffix(".tsv") ? "\t" : ",")
            options.maximumRecordBytes = maximumRecordBytes
            return try CSVReader(path: path, displayName: displayName, options: options)
        case .xml:
            var options = XMLReaderOptions()
            options.encoding = encoding
            options.recordPath = profile?.source.recordPath
            options.maximumRecordBytes = maximumRecordBytes
            options.schema = xmlSchemaPath.map(XMLSchemaSource.file) ?? (checksStandardXMLSchema ? .standard : nil)
            return try XMLRecordReader(path: path, displayName: displayName, options: options)
        case .yaml, .jsonLines:
            var options = YAMLReaderOptions()
            options.encoding = encoding
            options.recordPath = profile?.source.recordPath ?? []
            options.maximumRecordBytes = maximumRecordBytes
            return try YAMLRecordReader(path: path, displayName: displayName, options: options)
        }
    }

    /// The outcomes of one source record: one per category it feeds (a profile may map one row onto several).
    private func outcomes(of source: SourceRecord, category: RecordCategory?, profile: Profile?) -> [RecordOutcome] {
        if let profile {
            let mapped = ProfileMapper(profile: profile).map(source)
            if mapped.isEmpty {
                // A record that feeds no category would vanish: reject it, so read = accepted + rejected holds.
                let conditions = profile.categories.compactMap { $0.when?.joined(separator: "/") }.joined(separator: ", ")
                return [RecordOutcome(category: nil, location: source.location, record: nil, findings: [
                    Finding(rule: .inputNoCategory, path: "", location: source.location, parameters: ["conditions": conditions])])]
            }
            return mapped.map { record, findings in
                let result = validator.validate(record)
                return RecordOutcome(category: record.category, location: source.location, record: result.record,
                                     findings: source.findings + findings + result.findings)
            }
        }
        guard let category = category ?? source.kind.flatMap(RecordCategory.init(rawValue:)) else {
            return [RecordOutcome(category: nil, location: source.location, record: nil, findings: [
                Finding(rule: .inputUnknownRecordKind, path: "", location: source.location,
                        parameters: ["kind": source.kind ?? ""])])]
        }
        let (record, findings) = CanonicalSourceMapper(category: category).map(source)
        let result = validator.validate(record)
        return [RecordOutcome(category: category, location: source.location, record: result.record,
                              findings: source.findings + findings + result.findings)]
    }

    private func outcome(of line: JSONLinesRecord, location: SourceLocation, mapper: CanonicalJSONMapper,
                         decoder: inout TextDecoder) -> RecordOutcome {
        let category = mapper.category
        if line.isOversized {
            return RecordOutcome(category: category, location: location, record: nil, findings: [
                Finding(rule: .inputRecordTooLarge, path: "", location: location, parameters: ["limit": String(maximumRecordBytes)])])
        }
        let text: [UInt8]
        switch decoder.decode(line.bytes) {
        case .success(let utf8):
            text = utf8
        case .failure(let failure):
            var at = location
            at.column = Self.column(ofByte: failure.offset, in: line.bytes)
            return RecordOutcome(category: category, location: location, record: nil, findings: [
                Finding(rule: .inputEncoding, path: "", location: at, parameters: ["column": String(at.column ?? 1)])])
        }
        let parsed: JSONValue
        do {
            parsed = try JSONParser.parse(text)
        } catch {
            var at = location
            at.column = Self.column(ofByte: error.offset, in: text)
            return RecordOutcome(category: category, location: location, record: nil, findings: [
                Finding(rule: .inputSyntax, path: "", location: at,
                        parameters: ["column": String(at.column ?? 1), "detail_zh": error.reason.zh,
                                     "detail_en": error.reason.en])])
        }
        let (record, mappingFindings) = mapper.map(parsed, location: location)
        // Not an object: there is no record to validate, only the one finding that says so.
        guard case .object = parsed else {
            return RecordOutcome(category: category, location: location, record: nil, findings: mappingFindings)
        }
        let result = validator.validate(record)
        return RecordOutcome(category: category, location: location, record: result.record, findings: mappingFindings + result.findings)
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
