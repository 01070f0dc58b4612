#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state of one conversion between reading and committing: accepted records staged per category in scratch
/// files inside the staging directory (canonical JSON and XML fragments), rejects in a scratch file beside it.
/// Cross-record rules can reject a record only once every record is read, so the final files are written from
/// the scratch files afterwards, leaving those records out.
struct StagedRun {
    /// One staged record: enough to find its bytes in the scratch files again and to count it.
    struct Staged {
        let id: String
        let occurrence: Int
        let jsonLength: Int
        let xmlLength: Int
        let operation: RecordOperation
    }

    final class CategoryStage {
        let json: BufferedFileWriter
        let xml: BufferedFileWriter?
        var staged: [Staged] = []

        init(json: BufferedFileWriter, xml: BufferedFileWriter?) {
            self.json = json
            self.xml = xml
        }
    }

    let directory: AtomicDirectory
    let settings: SubmissionSettings
    let previous: PreviousPackage?
    private var stages: [RecordCategory: CategoryStage] = [:]
    private var occurrences: [RecordCategory: [String: Int]] = [:]
    private var seenKeys: Set<String> = []
    private let rejects: BufferedFileWriter
    private let rejectsScratch: String
    let rejectsPath: String
    private(set) var counts = RecordCounts()

    init(directory: AtomicDirectory, settings: SubmissionSettings, previous: PreviousPackage?) throws(InputError) {
        self.directory = directory
        self.settings = settings
        self.previous = previous
        rejectsPath = "\(directory.parent)/\(directory.name).rejects.jsonl"
        // Named by the directory, which removes it when the run fails or leaves it behind (see AtomicDirectory).
        rejectsScratch = directory.rejectsStaging
        rejects = try BufferedFileWriter(path: rejectsScratch)
    }

    private func scratch(_ category: RecordCategory, _ suffix: String) -> String {
        "\(directory.staging)/.scratch-\(category.rawValue).\(suffix)"
    }

    /// Stages one outcome: an accepted record into its category's scratch files, a rejected one into the rejects.
    mutating func stage(_ outcome: RecordOutcome, index: inout CrossRecordIndex) throws {
        counts.count(outcome)
        guard outcome.isAccepted, var record = outcome.record, let category = outcome.category else {
            try writeReject(category: outcome.category, location: outcome.location, findings: outcome.findings,
                            recordJSON: outcome.record.map(Self.bareJSON))
            return
        }
        index.add(record)
        let id = record[0]?.text ?? ""
        let occurrence = occurrences[category, default: [:]][id, default: 0]
        occurrences[category, default: [:]][id] = occurrence + 1
        let key = NationalKey.make(province: settings.submitter.province, category: category, id: id)
        let operation: RecordOperation?
        if let previous {
            seenKeys.insert(key)
            operation = previous.operation(for: key, record: record)
        } else {
            operation = .add
        }
        guard let operation else { return }  // unchanged since the previous package: nothing to send
        record.envelope = RecordEnvelope(nationalKey: key, operation: operation)
        let stage = try stage(for: category)
        var json: [UInt8] = []
        CanonicalJSONLine.append(record, to: &json)
        try stage.json.write(json)
        var xml: [UInt8] = []
        if let xmlWriter = stage.xml {
            CanonicalXMLWriter.append(record, to: &xml)
            try xmlWriter.write(xml)
        }
        stage.staged.append(Staged(id: id, occurrence: occurrence, jsonLength: json.count, xmlLength: xml.count, operation: operation))
    }

    private mutating func stage(for category: RecordCategory) throws(InputError) -> CategoryStage {
        if let stage = stages[category] { return stage }
        let xml = settings.format.writesXML ? try BufferedFileWriter(path: scratch(category, "xml")) : nil
        let stage = CategoryStage(json: try BufferedFileWriter(path: scratch(category, "jsonl")), xml: xml)
        stages[category] = stage
        return stage
    }

    /// The canonical JSON of a record, envelope included, without the line break.
    static func lineWithoutBreak(_ record: FlatRecord) -> String {
        var bytes: [UInt8] = []
        CanonicalJSONLine.append(record, to: &bytes)
        if bytes.last == 0x0A { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The canonical JSON of a record without its envelope and line break, for the rejects file.
    static func bareJSON(_ record: FlatRecord) -> String {
        var bare = record
        bare.envelope = nil
        var bytes: [UInt8] = []
        CanonicalJSONLine.append(bare, to: &bytes)
        if bytes.last == 0x0A { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func writeReject(category: RecordCategory?, location: SourceLocation, findings: [Finding], recordJSON: String?) throws {
        let line = JSONText.object([
            ("category", category.map { JSONText.quoted($0.rawValue) } ?? "null"),
            ("location", location.jsonText),
            ("findings", "[" + findings.map(\.jsonText).joined(separator: ",") + "]"),
            ("record", recordJSON ?? "null"),
        ])
        try rejects.write(line + "\n")
    }

    // MARK: - Finishing

    /// Applies the cross-record findings, writes the final record files and the manifest into the staging
    /// directory, and removes the scratch files.
    mutating func finish(index: CrossRecordIndex, validator: RecordFileValidator,
                         onCrossRecordFinding: (Finding) throws -> Void) throws -> ConversionResult {
        // Only the errors are kept (their records are rejected below); warnings go straight to the caller.
        var rejected: [RecordCategory: [String: [Finding]]] = [:]
        try index.check { item in
            try onCrossRecordFinding(item.finding)
            if item.finding.severity == .error {
                rejected[item.category, default: [:]]["\(item.id)#\(item.occurrence)", default: []].append(item.finding)
            }
        }
        let rejectedCount = rejected.values.reduce(0) { $0 + $1.count }
        counts.accepted -= rejectedCount
        counts.rejected += rejectedCount
        let revokes = try stageRevokes(validator: validator)
        for stage in stages.values {
            try stage.json.finish()
            try stage.xml?.finish()
        }
        var operations: [RecordOperation: Int] = [:]
        var files: [PackageFileEntry] = []
        if settings.format.writesJSONLines { try directory.makeSubdirectory("records") }
        for category in RecordCategory.allCases {
            let stage = stages[category]
            let revoke = revokes[category]
            guard stage != nil || revoke != nil else { continue }
            let output = settings.format.writesJSONLines ? try FinalFile(path: "\(directory.staging)/records/\(category.rawValue).jsonl") : nil
            if let stage {
                var reader = try ScratchReader(path: scratch(category, "jsonl"))
                for staged in stage.staged {
                    let bytes = try reader.read(staged.jsonLength)
                    if let findings = rejected[category]?["\(staged.id)#\(staged.occurrence)"] {
                        let json = String(decoding: bytes.dropLast(), as: UTF8.self)
                        let location = findings.first?.location ?? SourceLocation(file: "", record: 0, line: 0)
                        try writeReject(category: category, location: location, findings: findings, recordJSON: Self.stripEnvelope(json))
                        continue
                    }
                    operations[staged.operation, default: 0] += 1
                    try output?.write(bytes)
                }
            }
            if let revoke {
                operations[.revoke, default: 0] += revoke.count
                try output?.append(contentsOf: revoke.jsonPath)
            }
            if let output, output.records > 0 || stage != nil || revoke != nil {
                files.append(try output.finish(relative: "records/\(category.rawValue).jsonl", category: category, format: "jsonl"))
            }
        }
        if settings.format.writesXML {
            let output = try FinalFile(path: "\(directory.staging)/records.xml")
            try output.write(CanonicalXMLWriter.documentStart(), countsAsRecord: false)
            for category in RecordCategory.allCases {
                if let stage = stages[category] {
                    var reader = try ScratchReader(path: scratch(category, "xml"))
                    for staged in stage.staged {
                        let bytes = try reader.read(staged.xmlLength)
                        if rejected[category]?["\(staged.id)#\(staged.occurrence)"] != nil { continue }
                        try output.write(bytes)
                    }
                }
                if let revoke = revokes[category] { try output.append(contentsOf: revoke.xmlPath, records: revoke.count) }
            }
            try output.write(CanonicalXMLWriter.documentEnd(), countsAsRecord: false)
            files.append(try output.finish(relative: "records.xml", category: nil, format: "xml"))
        }
        let manifest = PackageManifest(settings: settings, since: previous.map { ($0.batchID, $0.createdAt) },
                                       counts: counts, operations: operations, files: files)
        let manifestFile = try BufferedFileWriter(path: "\(directory.staging)/manifest.json")
        try manifestFile.write(manifest.jsonText)
        try manifestFile.finish()
        removeScratchFiles()
        try rejects.finish()
        return ConversionResult(counts: counts, operations: operations, packagePath: directory.destination,
                                rejectsPath: rejectsPath, files: files)
    }

    /// Moves the rejects file into place beside the package.
    func commitRejects() throws(InputError) {
        guard rename(rejectsScratch, rejectsPath) == 0 else { throw InputError.cannotWrite(rejectsPath, errno: errno) }
    }

    /// Records of the previous package that are gone from this run: sent again with operation REVOKE.
    private func stageRevokes(validator: RecordFileValidator) throws -> [RecordCategory: (count: Int, jsonPath: String, xmlPath: String)] {
        guard let previous else { return [:] }
        var writers: [RecordCategory: (count: Int, json: BufferedFileWriter, xml: BufferedFileWriter)] = [:]
        try previous.forEachRecord(validator) { record in
            // Already revoked in that package: gone there too, nothing to revoke again.
            guard let key = record.envelope?.nationalKey, record.envelope?.operation != .revoke,
                  !seenKeys.contains(key) else { return }
            var revoked = record
            revoked.envelope = RecordEnvelope(nationalKey: key, operation: .revoke)
            if writers[record.category] == nil {
                writers[record.category] = (0, try BufferedFileWriter(path: scratch(record.category, "revoke.jsonl")),
                                            try BufferedFileWriter(path: scratch(record.category, "revoke.xml")))
            }
            var json: [UInt8] = []
            CanonicalJSONLine.append(revoked, to: &json)
            var xml: [UInt8] = []
            CanonicalXMLWriter.append(revoked, to: &xml)
            try writers[record.category]?.json.write(json)
            try writers[record.category]?.xml.write(xml)
            writers[record.category]?.count += 1
        }
        var result: [RecordCategory: (count: Int, jsonPath: String, xmlPath: String)] = [:]
        for (category, writer) in writers {
            try writer.json.finish()
            try writer.xml.finish()
            result[category] = (writer.count, writer.json.path, writer.xml.path)
        }
        return result
    }

    private func removeScratchFiles() {
        for category in RecordCategory.allCases {
            for suffix in ["jsonl", "xml", "revoke.jsonl", "revoke.xml"] { unlink(scratch(category, suffix)) }
        }
    }

    /// `{"nationalKey":…,"operation":…,REST}` → `{REST}`: the rejects file shows the record, not an envelope
    /// that was never sent.
    static func stripEnvelope(_ json: String) -> String {
        guard let parsed = try? JSONParser.parse(Array(json.utf8)), case .object(let members) = parsed else { return json }
        let kept = members.filter { !CanonicalJSONMapper.envelopeKeys.contains($0.key) }
        return JSONValueText.text(of: .object(kept))
    }
}

/// A final package file: written, counted and hashed (SHA-256 and SM3) in one pass.
final class FinalFile {
    private let writer: BufferedFileWriter
    private var digest: MultiDigest
    private(set) var records = 0

    init(path: String) throws {
        writer = try BufferedFileWriter(path: path)
        digest = try MultiDigest(DigestAlgorithm.allCases)
    }

    func write(_ bytes: [UInt8], countsAsRecord: Bool = true) throws {
        try writer.write(bytes)
        digest.update(bytes)
        if countsAsRecord { records += 1 }
    }

    /// Appends a whole scratch file of `records` records (REVOKE records of the previous package).
    func append(contentsOf path: String, records count: Int? = nil) throws {
        var reader = try ScratchReader(path: path)
        while let chunk = try reader.readChunk() {
            try writer.write(chunk)
            digest.update(chunk)
            if count == nil { records += chunk.filter { $0 == 0x0A }.count }
        }
        if let count { records += count }
    }

    func finish(relative: String, category: RecordCategory?, format: String) throws -> PackageFileEntry {
        try writer.finish()
        return PackageFileEntry(path: relative, category: category, format: format, records: records,
                                bytes: writer.bytesWritten, digests: digest.finalize())
    }
}

/// Reads a scratch file back in order, in exact lengths or whole chunks.
struct ScratchReader {
    private let file: ByteFileReader
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(path: String) throws(InputError) { file = try ByteFileReader(path: path) }

    mutating func read(_ count: Int) throws(InputError) -> [UInt8] {
        while buffer.count - start < count && !atEnd {
            if start > 0 { buffer.removeFirst(start); start = 0 }
            if try file.read(appendingTo: &buffer) == 0 { atEnd = true }
        }
        let end = min(buffer.count, start + count)
        defer { start = end }
        return Array(buffer[start..<end])
    }

    /// The next bytes not yet returned, or `nil` at the end of the file.
    mutating func readChunk() throws(InputError) -> [UInt8]? {
        if start < buffer.count {
            defer { buffer.removeAll(keepingCapacity: true); start = 0 }
            return Array(buffer[start...])
        }
        buffer.removeAll(keepingCapacity: true)
        start = 0
        guard try file.read(appendingTo: &buffer) > 0 else { return nil }
        start = buffer.count
        return buffer
    }
}

/// Compact JSON text of a parsed value (for re-emitting a record without its envelope).
enum JSONValueText {
    static func text(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let digits): return digits
        case .string(let string): return JSONText.quoted(string)
        case .array(let items): return "[" + items.map(text(of:)).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { JSONText.quoted($0.key) + ":" + text(of: $0.value) }.joined(separator: ",") + "}"
        }
    }
}
