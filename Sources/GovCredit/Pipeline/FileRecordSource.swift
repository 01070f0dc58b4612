/// A record read from a file, before mapping and validation: what the reading thread hands to the workers.
enum PendingRecord: Sendable {
    /// A JSON Lines record, decoded to UTF-8, not yet parsed.
    case jsonLine(text: [UInt8], location: SourceLocation)
    /// A record decided while reading (too large, undecodable): its outcome is final.
    case decided(RecordOutcome)
    /// What a CSV, XML or YAML reader yields.
    case source(ReaderItem)
    /// An XML record whose fields the worker makes.
    case xml(XMLRecordReader.UnfinishedRecord)
}

/// The reading side of a run: opens the file with the reader its format needs and yields ``PendingRecord``s.
/// Readers keep state that follows the file (the sticky encoding, libxml2's parser), so one thread reads.
struct FileRecordSource {
    /// What to read and how (Sendable, so a reading thread can open the file itself).
    struct Plan: Sendable {
        let path: String
        let displayName: String
        let format: InputFormat
        let category: RecordCategory?
        let profile: Profile?
        let maximumRecordBytes: Int
        let xmlSchema: XMLSchemaSource?
    }

    private enum Reader {
        case jsonLines(JSONLinesReader)
        case xml(XMLRecordReader)
        case other(any RecordReader)
    }

    private let plan: Plan
    private let fileLocation: SourceLocation
    private var reader: Reader

    init(plan: Plan) throws(InputError) {
        self.plan = plan
        self.fileLocation = SourceLocation(file: plan.displayName, record: 0, line: 0)
        switch plan.format {
        case .jsonLines:
            reader = .jsonLines(try JSONLinesReader(path: plan.path == "-" ? "/dev/stdin" : plan.path,
                                                    maximumRecordBytes: plan.maximumRecordBytes))
        case .xml:
            reader = .xml(try Self.xmlReader(plan))
        case .csv:
            reader = .other(try Self.csvReader(plan))
        case .yaml:
            reader = .other(try Self.yamlReader(plan))
        }
    }

    /// The next record; `nil` at the end of the file.
    mutating func next() throws(InputError) -> PendingRecord? {
        switch reader {
        case .jsonLines(var lines):
            defer { reader = .jsonLines(lines) }
            guard let line = try lines.next() else { return nil }
            return pending(line, decoder: &lines.decoder)
        case .xml(let xml):
            switch try xml.nextItem() {
            case nil: return nil
            case .ready(let item): return .source(item)
            case .unfinished(let record): return .xml(record)
            }
        case .other(var other):
            defer { reader = .other(other) }
            return try other.next().map(PendingRecord.source)
        }
    }

    /// Decodes a JSON Lines record here, on the reading thread: the decoder's encoding is sticky per file.
    private func pending(_ line: JSONLinesRecord, decoder: inout TextDecoder) -> PendingRecord {
        let location = fileLocation.at(record: line.record, line: line.line)
        if line.isOversized {
            return .decided(RecordOutcome(category: plan.category, location: location, record: nil, findings: [
                Finding(rule: .inputRecordTooLarge, path: "", location: location, parameters: ["limit": String(plan.maximumRecordBytes)])]))
        }
        switch decoder.decode(line.bytes) {
        case .success(let utf8):
            return .jsonLine(text: utf8, location: location)
        case .failure(let failure):
            var at = location
            at.column = RecordFileValidator.column(ofByte: failure.offset, in: line.bytes)
            return .decided(RecordOutcome(category: plan.category, location: location, record: nil, findings: [
                Finding(rule: .inputEncoding, path: "", location: at, parameters: ["column": String(at.column ?? 1)])]))
        }
    }

    private static func xmlReader(_ plan: Plan) throws(InputError) -> XMLRecordReader {
        var options = XMLReaderOptions()
        options.encoding = plan.profile?.source.encoding ?? .automatic
        options.recordPath = plan.profile?.source.recordPath
        options.maximumRecordBytes = plan.maximumRecordBytes
        options.schema = plan.xmlSchema
        return try XMLRecordReader(path: plan.path, displayName: plan.displayName, options: options)
    }

    private static func csvReader(_ plan: Plan) throws(InputError) -> CSVReader {
        var options = CSVReaderOptions()
        options.encoding = plan.profile?.source.encoding ?? .automatic
        options.delimiter = plan.profile?.source.delimiter ?? (plan.path.lowercased().hasSuffix(".tsv") ? "\t" : ",")
        options.maximumRecordBytes = plan.maximumRecordBytes
        return try CSVReader(path: plan.path, displayName: plan.displayName, options: options)
    }

    private static func yamlReader(_ plan: Plan) throws(InputError) -> YAMLRecordReader {
        var options = YAMLReaderOptions()
        options.encoding = plan.profile?.source.encoding ?? .automatic
        options.recordPath = plan.profile?.source.recordPath ?? []
        options.maximumRecordBytes = plan.maximumRecordBytes
        return try YAMLRecordReader(path: plan.path, displayName: plan.displayName, options: options)
    }
}

/// The working side of a run: maps a ``PendingRecord`` onto the standard and validates it. Its only state is a
/// cache of the source layout (``ProfileMapper``, ``CanonicalSourceMapper``), which never changes an outcome, so any number of workers,
/// each with its own copy, can process batches in any order.
struct RecordProcessor: Sendable {
    let validator: Validator
    let category: RecordCategory?
    let profile: Profile?
    let appliesRules: Bool
    private var profileMapper: ProfileMapper?
    private var canonicalMappers: [RecordCategory: CanonicalSourceMapper] = [:]

    init(validator: Validator, category: RecordCategory?, profile: Profile?, appliesRules: Bool) {
        self.validator = validator
        self.category = category
        self.profile = profile
        self.appliesRules = appliesRules
        profileMapper = profile.map { ProfileMapper(profile: $0) }
    }

    /// The same processor with its profile and division codes in storage of its own, for one worker thread: what
    /// every value reads is then not shared with another core (``Profile/unshared()`` says why).
    func forWorker() -> RecordProcessor {
        var options = validator.options
        options.divisions = options.divisions.unshared()
        return RecordProcessor(validator: Validator(options: options), category: category, profile: profile?.unshared(),
                               appliesRules: appliesRules)
    }

    /// The outcomes of one record: one per category it feeds (a profile may map one row onto several).
    mutating func outcomes(of pending: PendingRecord) -> [RecordOutcome] {
        switch pending {
        case .decided(let outcome):
            return [outcome]
        case .jsonLine(let text, let location):
            return [jsonOutcome(text, location: location)]
        case .source(.malformed(let location, let findings)):
            return [RecordOutcome(category: nil, location: location, record: nil, findings: findings)]
        case .source(.record(let source)):
            return outcomes(of: source)
        case .xml(let record):
            return outcomes(of: .source(record.finished()))
        }
    }

    private func validated(_ record: consuming FlatRecord) -> RecordValidation {
        appliesRules ? validator.validate(record) : RecordValidation(record: record, findings: [])
    }

    private mutating func outcomes(of source: SourceRecord) -> [RecordOutcome] {
        if let profile, var mapped = profileMapper?.map(source) {  // mapped in place: its caches are not copied
            if mapped.isEmpty {
                // A record that feeds no category would vanish: reject it, so read = accepted + rejected holds.
                let conditions = profile.categories.compactMap { $0.when?.joined(separator: "/") }.joined(separator: ", ")
                return [RecordOutcome(category: nil, location: source.location, record: nil, findings: [
                    Finding(rule: .inputNoCategory, path: "", location: source.location, parameters: ["conditions": conditions])])]
            }
            // Each record taken out of the list before it is validated, so that the validator holds the only copy
            // and rewrites its values in place (copying them was 2% of a conversion, callgrind).
            mapped.reverse()
            var outcomes: [RecordOutcome] = []
            outcomes.reserveCapacity(mapped.count)
            while let (record, findings) = mapped.popLast() {
                let category = record.category
                let result = validated(record)
                outcomes.append(RecordOutcome(category: category, location: source.location, record: result.record,
                                              findings: source.findings + findings + result.findings))
            }
            return outcomes
        }
        guard let category = category ?? source.kind.flatMap(RecordCategory.init(rawValue:)) else {
            return [RecordOutcome(category: nil, location: source.location, record: nil, findings: [
                Finding(rule: .inputUnknownRecordKind, path: "", location: source.location,
                        parameters: ["kind": source.kind ?? ""])])]
        }
        // Kept per category: the mapper remembers the layout of the last record (it never changes an outcome).
        // Mapped in place in the dictionary, so the mapper's tables are not shared, and not copied, while it maps.
        let (record, findings) = canonicalMappers[category, default: CanonicalSourceMapper(category: category)].map(source)
        let result = validated(record)
        return [RecordOutcome(category: category, location: source.location, record: result.record,
                              findings: source.findings + findings + result.findings)]
    }

    private func jsonOutcome(_ text: [UInt8], location: SourceLocation) -> RecordOutcome {
        // A JSON Lines file always has a category (RecordFileValidator checks before reading).
        let mapper = CanonicalJSONMapper(category: category ?? .complaint)
        let parsed: JSONValue
        do {
            parsed = try JSONParser.parse(text)
        } catch {
            var at = location
            at.column = RecordFileValidator.column(ofByte: error.offset, in: text)
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
        let result = validated(record)
        return RecordOutcome(category: category, location: location, record: result.record, findings: mappingFindings + result.findings)
    }
}
