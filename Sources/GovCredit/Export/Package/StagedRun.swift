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
    /// One staged record: enough to find its bytes in the scratch files again. Written to a ledger file beside
    /// the scratch files (16 bytes a record), not kept in memory: it is read back only for a category where the
    /// cross-record rules rejected a record.
    struct Staged {
        /// The id's number in the cross-record index.
        let id: UInt32
        let jsonLength: Int
        let xmlLength: Int
        /// `nil`: accepted but unchanged since the previous package, so not staged — it still counts when the
        /// cross-record findings number the records of one id.
        let operation: RecordOperation?

        static let size = 16

        /// Appends the entry's `size` bytes to `buffer`.
        func append(to buffer: inout [UInt8]) {
            let code = operation.flatMap { RecordOperation.allCases.firstIndex(of: $0) }.map { UInt32($0) + 1 } ?? 0
            func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) } }
            put(id)
            put(UInt32(clamping: jsonLength))
            put(UInt32(clamping: xmlLength))
            put(code)
        }

        init(id: UInt32, jsonLength: Int, xmlLength: Int, operation: RecordOperation?) {
            self.id = id
            self.jsonLength = jsonLength
            self.xmlLength = xmlLength
            self.operation = operation
        }

        /// Reads an entry the ledger holds (always `size` bytes, written by ``append(to:)``).
        init(_ bytes: ArraySlice<UInt8>) {
            func word(_ offset: Int) -> UInt32 {
                let at = bytes.startIndex + offset
                return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
            }
            let code = Int(word(12))
            let operations = RecordOperation.allCases
            self.init(id: word(0), jsonLength: Int(word(4)), xmlLength: Int(word(8)),
                      operation: code > 0 && code <= operations.count ? operations[operations.index(operations.startIndex, offsetBy: code - 1)] : nil)
        }
    }

    final class CategoryStage {
        let json: BufferedFileWriter
        let ledger: BufferedFileWriter
        /// Records staged, and how many of each operation.
        var count = 0
        var operations: [RecordOperation: Int] = [:]

        init(json: BufferedFileWriter, ledger: BufferedFileWriter) {
            self.json = json
            self.ledger = ledger
        }
    }

    /// The XML document as it is staged: its start tag, then every staged record in input order (the XSD allows
    /// any order), and beside it the category of each ledger entry in that order, to split it again.
    ///
    /// The document becomes records.xml in place: moved as it is when the cross-record rules reject nothing, else
    /// with the rejected records taken out (``XMLFilter``, ``CompactedFile``). Why: staged per category and copied
    /// into place in category order, it was written twice — at 1,000,000 rows 3.4 GB more to write and read back,
    /// and twice its size on disk until the end of the run.
    struct XMLStage {
        let document: BufferedFileWriter
        let order: BufferedFileWriter
    }

    let directory: AtomicDirectory
    let settings: SubmissionSettings
    let previous: PreviousPackage?
    private var stages: [RecordCategory: CategoryStage] = [:]
    private let xmlStage: XMLStage?
    private var seenKeys: Set<String> = []
    private let rejects: BufferedFileWriter
    let rejectsPath: String
    private(set) var counts = RecordCounts()
    /// Scratch for the bytes of the record being staged.
    private var recordBytes: [UInt8] = []

    init(directory: AtomicDirectory, settings: SubmissionSettings, previous: PreviousPackage?) throws(InputError) {
        self.directory = directory
        self.settings = settings
        self.previous = previous
        rejectsPath = "\(directory.parent)/\(directory.name).rejects.jsonl"
        // Named by the directory, which removes it when the run fails or leaves it behind (see AtomicDirectory).
        rejects = try BufferedFileWriter(path: directory.rejectsStaging)
        if settings.format.writesXML {
            let document = try BufferedFileWriter(path: "\(directory.staging)/\(Self.xmlScratchName)")
            try document.write(CanonicalXMLWriter.documentStart())
            xmlStage = XMLStage(document: document, order: try BufferedFileWriter(path: "\(directory.staging)/\(Self.orderScratchName)"))
        } else {
            xmlStage = nil
        }
    }

    private static let xmlScratchName = ".scratch-records.xml"
    private static let orderScratchName = ".scratch-order"

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
        let idNumber = index.add(record)
        let id = record[0]?.text ?? ""
        let key = NationalKey.make(province: settings.submitter.province, category: category, id: id)
        let operation: RecordOperation?
        if let previous {
            seenKeys.insert(key)
            operation = previous.operation(for: key, record: record)
        } else {
            operation = .add
        }
        let stage = try stage(for: category)
        try xmlStage?.order.write(byte: category.ordinal)
        guard let operation else {
            // Unchanged since the previous package: nothing to send, but it is one of the records of its id.
            try writeLedger(Staged(id: idNumber, jsonLength: 0, xmlLength: 0, operation: nil), to: stage)
            return
        }
        record.envelope = RecordEnvelope(nationalKey: key, operation: operation)
        // One buffer serves every record's bytes in turn (JSON, XML, ledger entry): a fresh array per piece grew
        // by doubling, a dozen allocations a record (heaptrack).
        recordBytes.removeAll(keepingCapacity: true)
        CanonicalJSONLine.append(record, to: &recordBytes)
        try stage.json.write(recordBytes)
        let jsonLength = recordBytes.count
        var xmlLength = 0
        if let xmlStage {
            recordBytes.removeAll(keepingCapacity: true)
            CanonicalXMLWriter.append(record, to: &recordBytes)
            try xmlStage.document.write(recordBytes)
            xmlLength = recordBytes.count
        }
        try writeLedger(Staged(id: idNumber, jsonLength: jsonLength, xmlLength: xmlLength, operation: operation), to: stage)
        stage.count += 1
        stage.operations[operation, default: 0] += 1
    }

    private mutating func writeLedger(_ staged: Staged, to stage: CategoryStage) throws(InputError) {
        recordBytes.removeAll(keepingCapacity: true)
        staged.append(to: &recordBytes)
        try stage.ledger.write(recordBytes)
    }

    private mutating func stage(for category: RecordCategory) throws(InputError) -> CategoryStage {
        if let stage = stages[category] { return stage }
        let stage = CategoryStage(json: try BufferedFileWriter(path: scratch(category, "jsonl")),
                                  ledger: try BufferedFileWriter(path: scratch(category, "ledger")))
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
        var bytes = ContentDigest.bareLine(record)
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
        var rejected: [RecordCategory: [CrossRecordKey: [Finding]]] = [:]
        try index.check { item in
            try onCrossRecordFinding(item.finding)
            if item.finding.severity == .error {
                rejected[item.category, default: [:]][item.key, default: []].append(item.finding)
            }
        }
        let rejectedCount = rejected.values.reduce(0) { $0 + $1.count }
        counts.accepted -= rejectedCount
        counts.rejected += rejectedCount
        let revokes = try stageRevokes(validator: validator)
        /// Whether a category's JSON Lines scratch file goes into the package as it is (moved, not made in place).
        func movesAsIs(_ category: RecordCategory) -> Bool {
            settings.format.writesJSONLines && revokes[category] == nil && rejected[category] == nil
        }
        for (category, stage) in stages {
            // Synced only when it is moved into the package as it is; a file made final in place is synced then,
            // and syncing it before as well made the disk write most of it twice.
            try stage.json.finish(sync: movesAsIs(category))
            try stage.ledger.finish(sync: false)
        }
        // The digests of the largest file end the run; those of the others yield the cores to them (ThreadedDigests).
        // Sizes as staged: the REVOKE records added at the end change the timing at most, never a digest.
        let largestJSON: (category: RecordCategory, bytes: Int)? = settings.format.writesJSONLines
            ? stages.max { $0.value.json.bytesWritten < $1.value.json.bytesWritten }.map { ($0.key, $0.value.json.bytesWritten) }
            : nil
        let xmlIsLargest = xmlStage.map { $0.document.bytesWritten >= (largestJSON?.bytes ?? 0) } ?? false
        /// Whether the digests of the JSON Lines file of `category` (`nil`: the XML document) yield.
        func yields(_ category: RecordCategory?) -> Bool {
            guard let category else { return !xmlIsLargest }
            return xmlIsLargest || category != largestJSON?.category
        }
        // Records left out: the XML document is made final without them (in place) on a thread of its own while
        // this one does the JSON Lines files, each hashed as it goes. One after the other, they were a fifth of a
        // 1,000,000-row conversion on one core, the other idle (perf).
        var xmlFilter: BackgroundThread<PackageFileEntry>?
        if let xmlStage, !rejected.isEmpty {
            try xmlStage.document.finish(sync: false)
            try xmlStage.order.finish(sync: false)
            let filter = XMLFilter(document: xmlStage.document.path, order: xmlStage.order.path, staging: directory.staging,
                                   ledgers: Dictionary(uniqueKeysWithValues: stages.keys.map { ($0, scratch($0, "ledger")) }),
                                   rejected: rejected, revokes: revokes.mapValues { ($0.count, $0.xmlPath) },
                                   digests: settings.digestAlgorithms, yielding: yields(nil))
            xmlFilter = BackgroundThread(name: "govcredit-xml") { try filter.run() }
        }
        // Should this thread fail first, the XML document's thread still ends before the staging directory is removed.
        defer { _ = try? xmlFilter?.wait() }
        var operations: [RecordOperation: Int] = [:]
        var slots: [FileSlot] = []
        // Should this thread fail part way, the digest threads of the files moved so far still end before the staging
        // directory is removed (on success they have been waited for already, and waiting again returns at once).
        defer {
            for case .moved(_, let digests) in slots { _ = try? digests.wait() }
        }
        if settings.format.writesJSONLines { try directory.makeSubdirectory("records") }
        for category in RecordCategory.allCases {
            // A category whose records were all unchanged since the previous package has a ledger and nothing else.
            let stage = stages[category].flatMap { $0.count > 0 ? $0 : nil }
            let revoke = revokes[category]
            guard stage != nil || revoke != nil else { continue }
            if movesAsIs(category), let stage {
                // Nothing to leave out or append: the scratch file is the final file. It is moved, not copied, and
                // hashed on another thread while this one writes the XML document (SM3 runs at ~200 MB/s; hashing
                // and copying every file here was a third of a conversion, callgrind).
                operations.merge(stage.operations, uniquingKeysWith: +)
                let final = "\(directory.staging)/records/\(category.rawValue).jsonl"
                guard rename(scratch(category, "jsonl"), final) == 0 else { throw InputError.cannotWrite(final, errno: errno) }
                slots.append(.moved(hashing: MovedFile(path: final, relative: "records/\(category.rawValue).jsonl", category: category,
                                              format: "jsonl", records: stage.count, bytes: stage.json.bytesWritten),
                                    digests: settings.digestAlgorithms, yielding: yields(category)))
                continue
            }
            if let revoke { operations[.revoke, default: 0] += revoke.count }
            let final = "\(directory.staging)/records/\(category.rawValue).jsonl"
            // The scratch file becomes the final file in place (CompactedFile); a category with only REVOKE records
            // starts an empty one. Without JSON Lines in the package, the scratch file is only read for the rejects.
            let output = settings.format.writesJSONLines
                ? try CompactedFile(scratch: stage != nil ? scratch(category, "jsonl") : final, destination: final,
                                    digests: settings.digestAlgorithms, yielding: yields(category), createIfAbsent: stage == nil)
                : nil
            if let stage {
                operations.merge(stage.operations, uniquingKeysWith: +)
                var reader = output == nil ? try ScratchReader(path: scratch(category, "jsonl")) : nil
                try forEachStaged(category, keys: RejectedKeys(category, rejected: rejected)) { staged, key in
                    guard let operation = staged.operation else { return }
                    let bytes = try output?.next(staged.jsonLength) ?? reader?.read(staged.jsonLength) ?? []
                    if let key, let findings = rejected[category]?[key] {
                        let json = String(decoding: bytes.dropLast(), as: UTF8.self)
                        let location = findings.first?.location ?? SourceLocation(file: "", record: 0, line: 0)
                        try writeReject(category: category, location: location, findings: findings, recordJSON: Self.stripEnvelope(json))
                        operations[operation, default: 0] -= 1
                        return
                    }
                    try output?.keepLast()
                }
            }
            if let output {
                if let revoke { try output.append(contentsOf: revoke.jsonPath, records: revoke.count) }
                slots.append(.written(try output.finish(relative: "records/\(category.rawValue).jsonl", category: category,
                                                        format: "jsonl")))
            }
        }
        if let xmlStage, rejected.isEmpty {
            slots.append(.moved(hashing: try finishStagedXML(xmlStage, revokes: revokes), digests: settings.digestAlgorithms,
                                yielding: yields(nil)))
        }
        if let xmlFilter { slots.append(.written(try xmlFilter.wait())) }
        let files = try slots.map { slot -> PackageFileEntry in
            switch slot {
            case .written(let entry):
                return entry
            case .moved(let file, let digests):
                return PackageFileEntry(path: file.relative, category: file.category, format: file.format,
                                        records: file.records, bytes: file.bytes, digests: try digests.wait())
            }
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
        guard rename(directory.rejectsStaging, rejectsPath) == 0 else { throw InputError.cannotWrite(rejectsPath, errno: errno) }
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
            try writer.json.finish(sync: false)
            try writer.xml.finish(sync: false)
            result[category] = (writer.count, writer.json.path, writer.xml.path)
        }
        return result
    }

    /// Nothing left out: the REVOKE records and the end tag go after the staged records, and the document is
    /// moved into place.
    private func finishStagedXML(_ stage: XMLStage, revokes: [RecordCategory: (count: Int, jsonPath: String, xmlPath: String)]) throws -> MovedFile {
        // Every staged record went to the document; so do the REVOKE records.
        var records = stages.values.reduce(0) { $0 + $1.count }
        for category in RecordCategory.allCases {
            guard let revoke = revokes[category] else { continue }
            var reader = try ScratchReader(path: revoke.xmlPath)
            while let chunk = try reader.readChunk() { try stage.document.write(chunk) }
            records += revoke.count
        }
        try stage.document.write(CanonicalXMLWriter.documentEnd())
        try stage.document.finish()
        try stage.order.finish(sync: false)
        let final = "\(directory.staging)/records.xml"
        guard rename(stage.document.path, final) == 0 else { throw InputError.cannotWrite(final, errno: errno) }
        return MovedFile(path: final, relative: "records.xml", category: nil, format: "xml", records: records,
                         bytes: stage.document.bytesWritten)
    }

    private func removeScratchFiles() {
        for category in RecordCategory.allCases {
            for suffix in ["jsonl", "ledger", "revoke.jsonl", "revoke.xml"] { unlink(scratch(category, suffix)) }
        }
        unlink("\(directory.staging)/\(Self.xmlScratchName)")
        unlink("\(directory.staging)/\(Self.orderScratchName)")
    }

    /// The staged records of `category` in order, read back from the ledger, each with its key (the cross-record
    /// findings name a record by id and occurrence) when its id has a rejected record.
    private func forEachStaged(_ category: RecordCategory, keys: RejectedKeys, _ body: (Staged, CrossRecordKey?) throws -> Void) throws {
        var ledger = try ScratchReader(path: scratch(category, "ledger"))
        var keys = keys
        while true {
            let bytes = try ledger.read(Staged.size)
            guard bytes.count == Staged.size else { return }
            let staged = Staged(bytes)
            try body(staged, keys.key(of: staged))
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

/// The keys of one category's staged records, in staging order, made only for ids that have a rejected record:
/// only those are looked up, so only their occurrences are counted (counting every id took a dictionary entry per
/// record, about 40 MB at 1,000,000 rows).
struct RejectedKeys: Sendable {
    private let rejectedIDs: Set<UInt32>
    private var occurrences: [UInt32: Int] = [:]

    init(_ category: RecordCategory, rejected: [RecordCategory: [CrossRecordKey: [Finding]]]) {
        rejectedIDs = Set((rejected[category] ?? [:]).keys.map(\.id))
    }

    /// The key of the next staged record of the category, when its id has a rejected record.
    mutating func key(of staged: StagedRun.Staged) -> CrossRecordKey? {
        guard rejectedIDs.contains(staged.id) else { return nil }
        let occurrence = occurrences[staged.id, default: 0]
        occurrences[staged.id] = occurrence + 1
        return CrossRecordKey(id: staged.id, occurrence: occurrence)
    }
}

/// The staged XML document made final without the records the cross-record rules rejected (in place,
/// ``CompactedFile``), each staged record found by the category its ledger entry went to and its key
/// (``RejectedKeys``).
/// Everything it reads is finished before it starts, so it runs on a thread of its own.
struct XMLFilter: Sendable {
    let document: String
    let order: String
    let staging: String
    let ledgers: [RecordCategory: String]
    let rejected: [RecordCategory: [CrossRecordKey: [Finding]]]
    let revokes: [RecordCategory: (count: Int, path: String)]
    let digests: [DigestAlgorithm]
    /// Whether its digests yield the cores to those of a larger file (``ThreadedDigests/init(_:yielding:)``).
    let yielding: Bool

    func run() throws -> PackageFileEntry {
        // The staged document becomes records.xml in place (CompactedFile), its start tag and all.
        let output = try CompactedFile(scratch: document, destination: "\(staging)/records.xml", digests: digests,
                                       yielding: yielding)
        _ = try output.next(CanonicalXMLWriter.documentStart().count)
        try output.keepLast(countsAsRecord: false)
        var order = try ScratchReader(path: self.order)
        // By category ordinal, in arrays: a dictionary of readers was copied on write for every record (heaptrack).
        var ledgers: [ScratchReader?] = Array(repeating: nil, count: RecordCategory.ordered.count)
        var keys = RecordCategory.ordered.map { RejectedKeys($0, rejected: rejected) }
        while let ordinal = try order.read(1).first.map(Int.init) {
            let category = RecordCategory.ordered[ordinal]
            if ledgers[ordinal] == nil, let path = self.ledgers[category] { ledgers[ordinal] = try ScratchReader(path: path) }
            guard let entry = try ledgers[ordinal]?.read(StagedRun.Staged.size), entry.count == StagedRun.Staged.size else { break }
            let staged = StagedRun.Staged(entry)
            let key = keys[ordinal].key(of: staged)
            guard staged.operation != nil else { continue }
            _ = try output.next(staged.xmlLength)
            if key.flatMap({ rejected[category]?[$0] }) == nil { try output.keepLast() }
        }
        for category in RecordCategory.allCases {
            if let revoke = revokes[category] { try output.append(contentsOf: revoke.path, records: revoke.count) }
        }
        try output.append(CanonicalXMLWriter.documentEnd()[...], countsAsRecord: false)
        return try output.finish(relative: "records.xml", category: nil, format: "xml")
    }
}

/// A scratch file moved into place as it is, to be hashed: a category's JSON Lines, or the XML document.
struct MovedFile: Sendable {
    let path: String
    /// Its path in the package and manifest.
    let relative: String
    let category: RecordCategory?
    let format: String
    let records: Int
    let bytes: Int
}

/// A package file in manifest order: written (and hashed) here, or moved and hashed on another thread.
enum FileSlot {
    case written(PackageFileEntry)
    /// Moved into place and hashed from the moment it is moved, while this thread writes what is left: read once,
    /// each digest on a thread of its own (``ThreadedDigests``). SM3 is most of the hashing, and hashing one file per
    /// thread after the others were written left the largest file's SM3 running alone at the end of a run.
    case moved(MovedFile, digests: BackgroundThread<[DigestAlgorithm: String]>)

    static func moved(hashing file: MovedFile, digests algorithms: [DigestAlgorithm], yielding: Bool) -> FileSlot {
        .moved(file, digests: BackgroundThread(name: "govcredit-digests") {
            let digests = try ThreadedDigests(algorithms, yielding: yielding)
            try MultiDigest.forEachChunk(ofFileAt: file.path, chunkSize: ThreadedDigests.chunkSize) { digests.update($0) }
            return try digests.finalize()
        })
    }
}

/// Reads a scratch file back in order, in exact lengths or whole chunks.
struct ScratchReader {
    private let file: ByteFileReader
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    /// Up to seven are open at once at the end of a conversion (the XML document, its order, the ledgers, a JSON
    /// Lines file): 256 KiB reads keep them to a few megabytes together.
    init(path: String) throws(InputError) { file = try ByteFileReader(path: path, chunkSize: 256 << 10) }

    /// The next `count` bytes (fewer at the end of the file), as a view of the reader's buffer: use it before
    /// the next read, which would otherwise have to copy the buffer (no copy per record: those were an
    /// allocation each, heaptrack).
    mutating func read(_ count: Int) throws(InputError) -> ArraySlice<UInt8> {
        while buffer.count - start < count && !atEnd {
            if start > 0 { buffer.removeFirst(start); start = 0 }
            if try file.read(appendingTo: &buffer) == 0 { atEnd = true }
        }
        let end = min(buffer.count, start + count)
        defer { start = end }
        return buffer[start..<end]
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
