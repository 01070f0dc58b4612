import Foundation

/// The files and records of a package: presence, integrity, every record through the rules, national keys,
/// operations, and agreement of the XML document with the JSON Lines files.
///
/// Three threads share the work on a two-core machine: this one checks the JSON Lines files (the primary copy:
/// counts, cross-record index, operations), one computes the SHA-256 and SM3 digests of every file, and — when the
/// package has both forms — one reads the XML document, checks it against the XSD and the rules, and fingerprints
/// its records. Findings are emitted in a fixed order whatever the timing: each file's records, then its
/// integrity, files in manifest order, the XML document's after the JSON Lines files'.
extension VerificationRun {
    mutating func checkFiles(validator: RecordFileValidator, index: inout CrossRecordIndex) throws {
        if manifest == nil { discoverFiles() } else { try checkUnlisted() }
        let xmlFiles = listed.filter { $0.format == "xml" }
        let hasBothForms = !xmlFiles.isEmpty && listed.contains { $0.format == "jsonl" }
        let quickCopy = hasBothForms
            ? CanonicalXMLCopy.scan(files: xmlFiles, root: root, schema: validator.xmlSchema, maximumRecordBytes: validator.maximumRecordBytes)
            : nil
        if hasBothForms { xmlExpectation = CanonicalXMLCopy.Expectation() }
        let digests = DigestWork.start(files: listed, root: root)
        for (position, file) in listed.enumerated() {
            if hasBothForms && file.format == "xml" { continue }
            guard try isPresent(file) else { continue }
            if !file.format.isEmpty {
                try checkRecords(of: file, validator: validator, index: &index)
            }
            try checkIntegrity(of: file, digest: try digests.result(at: position))
        }
        guard let quickCopy, let expectation = xmlExpectation else { return }
        if let found = try quickCopy.wait(), expectation.isUsable, found.fingerprint == expectation.fingerprint {
            try finishXMLFiles(read: found.read, failures: [:], digests: digests)
        } else {
            try finishCopyCheck(XMLCopyCheck.start(files: xmlFiles, root: root, validator: validator, province: province),
                                digests: digests, validator: validator)
        }
    }

    /// Whether the listed file is there as a regular file; when not, says so.
    private func isPresent(_ file: Listed) throws -> Bool {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "\(root)/\(file.path)", isDirectory: &isDirectory) && !isDirectory.boolValue {
            return true
        }
        try fileFinding(.packageFileMissing, file.entry.isEmpty ? "" : "\(file.entry).path", file: file.path)
        return false
    }

    /// Reads one record file as the primary copy, or the XML document when the package has no JSON Lines.
    private mutating func checkRecords(of file: Listed, validator: RecordFileValidator, index: inout CrossRecordIndex) throws {
        var read = 0
        do {
            _ = try validator.validateFile(at: "\(root)/\(file.path)", category: file.category, displayName: file.path) { outcome in
                read += 1
                try record(outcome, index: &index)
            }
        } catch let error as InputError {
            try fileFinding(.packageFileRecords, file.entry.isEmpty ? "" : "\(file.entry).records", file: file.path,
                            ["detail_zh": error.message.zh, "detail_en": error.message.en])
            return
        }
        try checkRecordCount(of: file, read: read)
    }

    private func checkRecordCount(of file: Listed, read: Int) throws {
        if let expected = file.records, expected != read {
            try fileFinding(.packageFileRecords, "\(file.entry).records", file: file.path, ["expected": String(expected), "found": String(read)])
        }
    }

    /// Without a usable manifest: the record files found on disk, read for their records only.
    mutating func discoverFiles() {
        let records = (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/records")) ?? []
        for name in records.sorted() where name.hasSuffix(".jsonl") {
            if let category = RecordCategory(rawValue: String(name.dropLast(6))) {
                listed.append(Listed(index: -1, path: "records/\(name)", category: category, format: "jsonl", records: nil, bytes: nil, digests: [:]))
            }
        }
        if FileManager.default.fileExists(atPath: "\(root)/records.xml") {
            listed.append(Listed(index: -1, path: "records.xml", category: nil, format: "xml", records: nil, bytes: nil, digests: [:]))
        }
    }

    func checkUnlisted() throws {
        let listedPaths = Set(listed.map(\.path))
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return }
        var unlisted: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: "\(root)/\(relative)", isDirectory: &isDirectory)
            if isDirectory.boolValue || relative == "manifest.json" || listedPaths.contains(relative) { continue }
            unlisted.append(relative)
        }
        for relative in unlisted.sorted() { try fileFinding(.packageFileUnlisted, "", file: relative) }
    }

    /// Size and digests against the manifest.
    private func checkIntegrity(of file: Listed, digest: DigestWork.Outcome) throws {
        guard file.index >= 0 else { return }
        let entry = file.entry
        if let expected = file.bytes,
           let size = (try? FileManager.default.attributesOfItem(atPath: "\(root)/\(file.path)"))?[.size] as? NSNumber,
           size.intValue != expected {
            try fileFinding(.packageFileBytes, "\(entry).bytes", file: file.path, ["expected": String(expected), "found": String(size.intValue)])
        }
        switch digest {
        case .none:
            return
        case .failed(let message):
            try fileFinding(.packageFileDigest, "\(entry).sha256", file: file.path, ["detail_zh": message.zh, "detail_en": message.en])
        case .computed(let computed):
            for algorithm in DigestAlgorithm.allCases where file.digests[algorithm] != nil && computed[algorithm] != file.digests[algorithm] {
                try fileFinding(.packageFileDigest, "\(entry).\(algorithm.manifestKey)", file: file.path,
                                ["algorithm": algorithm.rawValue, "expected": file.digests[algorithm] ?? "", "found": computed[algorithm] ?? ""])
            }
        }
    }

    /// One record of the primary copy: its findings, its envelope, duplicates, operations, the cross-record index.
    private mutating func record(_ outcome: RecordOutcome, index: inout CrossRecordIndex) throws {
        counts.count(outcome)
        onRecord()
        for finding in outcome.findings { try emit(finding) }
        guard let record = outcome.record else {
            xmlExpectation?.giveUp()
            return
        }
        let envelopeFindings = Self.envelopeFindings(of: outcome, record: record, province: province)
        for finding in envelopeFindings { try emit(finding) }
        let location = outcome.location
        let key = record.envelope?.nationalKey
        if let operation = record.envelope?.operation { operations[operation, default: 0] += 1 }
        if let key {
            if let first = keys.insert(key, at: location) {
                try emit(Self.finding(.packageNationalKeyDuplicate, "nationalKey", location,
                                      ["key": key, "first_file": first.file, "first_line": String(first.line)]))
                xmlExpectation?.giveUp()
            } else {
                jsonFingerprint.add(key: key, record: record)
                // Its XML copy would have the same envelope findings, located in the document: the full reading
                // reports those.
                if outcome.isAccepted && envelopeFindings.isEmpty {
                    xmlExpectation?.add(accepted: record)
                } else {
                    xmlExpectation?.giveUp()
                }
            }
            if let previous, let operation = record.envelope?.operation {
                let known = previous.entries[key] != nil
                if operation == .add && known {
                    try emit(Self.finding(.packageOperationKnownKey, "operation", location, ["key": key, "operation": operation.rawValue]))
                } else if operation != .add && !known {
                    try emit(Self.finding(.packageOperationUnknownKey, "operation", location, ["key": key, "operation": operation.rawValue]))
                }
            }
        } else {
            xmlExpectation?.giveUp()
        }
        if outcome.isAccepted { index.add(record) }
    }

    /// The package envelope of one record, in either copy: national key present, well-formed, of this province,
    /// naming this record; operation present.
    static func envelopeFindings(of outcome: RecordOutcome, record: FlatRecord, province: String?) -> [Finding] {
        var findings: [Finding] = []
        let location = outcome.location
        if let key = record.envelope?.nationalKey {
            if NationalKey.isWellFormed(key) {
                let parts = key.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
                if let province, parts[0] != province {
                    findings.append(finding(.packageNationalKeyProvince, "nationalKey", location,
                                            ["value": Finding.quoted(key), "expected": province, "found": parts[0]]))
                }
                let id = record[0]?.text ?? ""
                if parts[1] != record.category.rawValue || parts[2] != id {
                    findings.append(finding(.packageNationalKeyMismatch, "nationalKey", location,
                                            ["value": Finding.quoted(key), "expected": "\(record.category.rawValue):\(id)"]))
                }
            }
        } else {
            findings.append(finding(.packageNationalKeyMissing, "nationalKey", location))
        }
        if record.envelope?.operation == nil && !outcome.findings.contains(where: { $0.path == "operation" }) {
            findings.append(finding(.packageOperationMissing, "operation", location))
        }
        return findings
    }

    // MARK: - The XML copy

    /// Emits the XML check's findings as they come, then its integrity and counts, then whether it holds exactly
    /// the JSON Lines records; when the fingerprints differ, a second pass names every record that differs.
    private mutating func finishCopyCheck(_ check: XMLCopyCheck, digests: DigestWork, validator: RecordFileValidator) throws {
        while let finding = check.findings.receive() { try emit(finding) }
        let result = try check.wait()
        try finishXMLFiles(read: result.read, failures: result.failures, digests: digests)
        if result.fingerprint != jsonFingerprint && result.failures.isEmpty {
            try locateCopyDifferences(validator: validator)
        }
    }

    /// Presence, record count and integrity of the XML documents.
    private func finishXMLFiles(read: [String: Int], failures: [String: InputError], digests: DigestWork) throws {
        for (position, file) in listed.enumerated() where file.format == "xml" {
            guard try isPresent(file) else { continue }
            if let failure = failures[file.path] {
                try fileFinding(.packageFileRecords, file.entry.isEmpty ? "" : "\(file.entry).records", file: file.path,
                                ["detail_zh": failure.message.zh, "detail_en": failure.message.en])
            } else {
                try checkRecordCount(of: file, read: read[file.path] ?? 0)
            }
            try checkIntegrity(of: file, digest: try digests.result(at: position))
        }
    }

    /// The slow path, only for a package whose XML document differs from its JSON Lines files: every key's
    /// content digest from the JSON Lines files, then each XML record compared with it.
    private func locateCopyDifferences(validator: RecordFileValidator) throws {
        var contentByKey: [String: (digest: [UInt8], location: SourceLocation)] = [:]
        for file in listed where file.format == "jsonl" {
            _ = try? validator.validateFile(at: "\(root)/\(file.path)", category: file.category, displayName: file.path) { outcome in
                guard let record = outcome.record, let key = record.envelope?.nationalKey, contentByKey[key] == nil else { return }
                contentByKey[key] = (ContentDigest.of(record), outcome.location)
            }
        }
        var seen: Set<String> = []
        var copyReader = validator
        copyReader.appliesRules = false  // compared as mapped, as XMLCopyCheck does
        for file in listed where file.format == "xml" {
            _ = try? copyReader.validateFile(at: "\(root)/\(file.path)", displayName: file.path) { outcome in
                guard let record = outcome.record, let key = record.envelope?.nationalKey else { return }
                seen.insert(key)
                if contentByKey[key]?.digest != ContentDigest.of(record) {
                    try emit(Self.finding(.packageXmlMismatch, "nationalKey", outcome.location, ["key": key, "file": file.path]))
                }
            }
        }
        let xmlFile = listed.first { $0.format == "xml" }?.path ?? "records.xml"
        for (key, entry) in contentByKey.sorted(by: { ($0.value.location.file, $0.value.location.line) < ($1.value.location.file, $1.value.location.line) })
            where !seen.contains(key) {
            try emit(Self.finding(.packageXmlMismatch, "nationalKey", entry.location, ["key": key, "file": xmlFile]))
        }
    }
}

extension VerificationRun.Listed {
    /// The manifest path of this file's entry (`files[2]`), empty for a file found on disk.
    var entry: String { index >= 0 ? "files[\(index)]" : "" }
}

/// The XML document of a package that also has JSON Lines files, checked on a thread of its own: XSD and envelope
/// of every record (findings stream to the verifying thread through a bounded channel, so a broken document costs
/// waiting, not memory), and a fingerprint of its records to compare with the JSON Lines copy.
///
/// The field and record rules are not applied to this copy: it must hold exactly the records of the JSON Lines
/// files, which were checked, and a package writer writes both in canonical form. So its records are compared as
/// mapped, without the canonicalisation validation does — an XML record that differs from its JSON Lines copy only
/// by, say, white space the rules would trim is a difference, and is reported as one.
struct XMLCopyCheck: Sendable {
    struct Result: Sendable {
        var read: [String: Int] = [:]
        var failures: [String: InputError] = [:]
        var fingerprint = RecordSetFingerprint()
    }

    let findings: BoundedChannel<Finding>
    private let work: BackgroundThread<Result>

    static func start(files: [VerificationRun.Listed], root: String, validator: RecordFileValidator, province: String?) -> XMLCopyCheck {
        let findings = BoundedChannel<Finding>(capacity: 4096)
        var validator = validator
        validator.appliesRules = false
        let work = BackgroundThread<Result>(name: "verify-xml") { [validator] in
            defer { findings.close() }
            var result = Result()
            for file in files {
                var read = 0
                do {
                    _ = try validator.validateFile(at: "\(root)/\(file.path)", displayName: file.path) { outcome in
                        read += 1
                        for finding in outcome.findings { findings.send(finding) }
                        guard let record = outcome.record else { return }
                        for finding in VerificationRun.envelopeFindings(of: outcome, record: record, province: province) {
                            findings.send(finding)
                        }
                        if let key = record.envelope?.nationalKey { result.fingerprint.add(key: key, record: record) }
                    }
                } catch let error as InputError {
                    result.failures[file.path] = error
                }
                result.read[file.path] = read
            }
            return result
        }
        return XMLCopyCheck(findings: findings, work: work)
    }

    func wait() throws -> Result { try work.wait() }
}

/// The SHA-256 and SM3 digests of every listed file, computed on a thread of their own (SM3 runs at about
/// 200 MB/s here: on the verifying thread it would add a tenth to the run).
struct DigestWork: Sendable {
    enum Outcome: Sendable {
        case none
        case computed([DigestAlgorithm: String])
        case failed(LocalizedMessage)
    }

    private let work: BackgroundThread<[Outcome]>

    static func start(files: [VerificationRun.Listed], root: String) -> DigestWork {
        DigestWork(work: BackgroundThread(name: "verify-digests") {
            files.map { file in
                let algorithms = DigestAlgorithm.allCases.filter { file.digests[$0] != nil }
                guard file.index >= 0, !algorithms.isEmpty else { return .none }
                do throws(DigestError) {
                    return .computed(try MultiDigest.digest(ofFileAt: "\(root)/\(file.path)", algorithms: algorithms))
                } catch {
                    return .failed(error.message)
                }
            }
        })
    }

    /// The outcome for the file at `position` of the listing (waits for the digests).
    func result(at position: Int) throws -> Outcome {
        let all = try work.wait()
        return position < all.count ? all[position] : .none
    }
}
