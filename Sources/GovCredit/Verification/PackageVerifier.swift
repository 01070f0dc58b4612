import Foundation

/// Checks a submission package before upload (SPEC §7–§8, issue 8): the manifest, the integrity of every file
/// (presence, record count, size, SHA-256, SM3), and every record read back through the canonical readers with
/// the field, record and cross-record rules exactly as `validate` applies them, plus the package envelope
/// (national key, operation) and, with a previous package, operation consistency.
///
/// Every problem is a ``Finding`` whose `location.file` is relative to the package. Records stream: memory is
/// the cross-record index and one short entry per national key (duplicates, operations, XML/JSON agreement).
public struct PackageVerifier: Sendable {
    /// The date, thresholds and division list the records are checked against, as `validate` would use them.
    public var options: ValidationOptions
    /// An XML Schema file to check records.xml against while it is read; `nil`: the standard's own XSD, compiled
    /// into the library.
    public var xmlSchemaPath: String?

    /// Creates a verifier; nothing is read until ``verify(package:since:onRecord:onFinding:)``.
    public init(options: ValidationOptions = ValidationOptions(), xmlSchemaPath: String? = nil) {
        self.options = options
        self.xmlSchemaPath = xmlSchemaPath
    }

    /// Verifies the package at `path`, calling `onFinding` with every finding as it is found; returns the counts
    /// of the records read from the package's record files (JSON Lines when it has them, else its XML document;
    /// a record rejected by a cross-record rule counts as rejected).
    ///
    /// Throws ``InputError`` only when the package cannot be read at all: not a directory, no readable
    /// `manifest.json`, or an unreadable previous package (`since`).
    ///
    /// `onRecord` is called once per record of the primary record files as it is checked (for progress).
    public func verify(package path: String, since: String? = nil, onRecord: () -> Void = {},
                       onFinding: (Finding) throws -> Void) throws -> RecordCounts {
        var fileValidator = RecordFileValidator(options: options)
        fileValidator.xmlSchemaPath = xmlSchemaPath
        fileValidator.checksStandardXMLSchema = true
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: path, message: LocalizedMessage(zh: "报送包不存在或不是目录", en: "the package does not exist or is not a directory"))
        }
        guard let data = FileManager.default.contents(atPath: "\(path)/manifest.json") else {
            throw InputError(file: "\(path)/manifest.json", message: LocalizedMessage(
                zh: "无法读取报送包的 manifest.json", en: "cannot read the package's manifest.json"))
        }
        var index = CrossRecordIndex()
        let previous = try since.map { previousPath in
            try PreviousPackage.load(path: previousPath, reading: fileValidator) { index.addKnown($0) }
        }
        return try withoutActuallyEscaping(onFinding) { report in
          try withoutActuallyEscaping(onRecord) { recordDone in
            var run = VerificationRun(root: path, manifestBytes: Array(data), previous: previous, onFinding: report)
            run.onRecord = recordDone
            try run.checkManifest(since: since)
            try run.checkFiles(validator: fileValidator, index: &index)
            try run.finish(index: index)
            return run.counts
          }
        }
    }
}

/// The state of one verification (the file and record checks are in PackageRecordCheck.swift).
struct VerificationRun {
    /// One file of the package as the manifest lists it (or as found on disk when the manifest is unusable).
    struct Listed {
        let index: Int
        let path: String
        let category: RecordCategory?
        let format: String
        let records: Int?
        let bytes: Int?
        let digests: [DigestAlgorithm: String]
    }

    let root: String
    let manifestLines: [Substring]
    let previous: PreviousPackage?
    let onFinding: (Finding) throws -> Void
    var onRecord: () -> Void = {}
    var manifest: [String: Any]?
    var province: String?
    var mode: String?
    var listed: [Listed] = []
    var counts = RecordCounts()
    var operations: [RecordOperation: Int] = [:]
    /// The national keys of the primary record files, for duplicates (a few dozen bytes per record).
    var keys = NationalKeyTable()
    /// What the JSON Lines files hold, to compare with the XML document's copy.
    var jsonFingerprint = RecordSetFingerprint()
    /// The same as the XML writer would write it, when the package has both forms (``CanonicalXMLCopy``).
    var xmlExpectation: CanonicalXMLCopy.Expectation?

    init(root: String, manifestBytes: [UInt8], previous: PreviousPackage?, onFinding: @escaping (Finding) throws -> Void) {
        self.root = root
        self.manifestLines = String(decoding: manifestBytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        self.previous = previous
        self.onFinding = onFinding
        do {
            _ = try JSONParser.parse(manifestBytes)
            manifest = (try? JSONSerialization.jsonObject(with: Data(manifestBytes))) as? [String: Any]
        } catch {
            let before = manifestBytes.prefix(error.offset)
            let line = before.filter { $0 == 0x0A }.count + 1
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = RecordFileValidator.column(ofByte: error.offset - lineStart, in: Array(manifestBytes[lineStart...]))
            pending = [Self.finding(.packageManifestSyntax, "", SourceLocation(file: "manifest.json", record: 0, line: line, column: column),
                                    ["column": String(column), "detail_zh": error.reason.zh, "detail_en": error.reason.en])]
        }
    }

    private var pending: [Finding] = []

    static func finding(_ rule: RuleID, _ path: String, _ location: SourceLocation, _ parameters: [String: String] = [:]) -> Finding {
        return Finding(rule: rule, path: path, location: location, parameters: parameters)
    }

    func emit(_ finding: Finding) throws { try onFinding(finding) }

    /// A finding on the manifest, at the first line that mentions `needle` (a key or a file path).
    func manifestFinding(_ rule: RuleID, _ path: String, near needle: String?, _ parameters: [String: String] = [:]) throws {
        var line = 1
        if let needle, let found = manifestLines.firstIndex(where: { $0.contains("\"\(needle)\"") }) { line = found + 1 }
        try emit(Self.finding(rule, path, SourceLocation(file: "manifest.json", record: 0, line: line), parameters))
    }

    /// A finding on a whole package file (line 0: the file, not one of its lines).
    func fileFinding(_ rule: RuleID, _ path: String, file: String, _ parameters: [String: String] = [:]) throws {
        try emit(Self.finding(rule, path, SourceLocation(file: file, record: 0, line: 0), ["file": file].merging(parameters) { $1 }))
    }

    // MARK: - Manifest

    mutating func checkManifest(since: String?) throws {
        for finding in pending { try emit(finding) }
        guard pending.isEmpty else { return }
        guard let manifest else {
            try manifestFinding(.packageManifestSyntax, "", near: nil, ["detail_zh": "不是 JSON 对象", "detail_en": "not a JSON object"])
            return
        }
        func required(_ key: String, in object: [String: Any], path: String) throws -> Any? {
            guard let value = object[key], !(value is NSNull) else {
                try manifestFinding(.packageManifestRequired, path, near: key, ["key": path])
                return nil
            }
            return value
        }
        func string(_ key: String, in object: [String: Any], path: String) throws -> String? {
            guard let value = try required(key, in: object, path: path) else { return nil }
            guard let text = value as? String else {
                try manifestFinding(.packageManifestRequired, path, near: key, ["key": path])
                return nil
            }
            return text
        }
        func object(_ key: String, in parent: [String: Any], path: String) throws -> [String: Any]? {
            guard let value = try required(key, in: parent, path: path) else { return nil }
            guard let result = value as? [String: Any] else {
                try manifestFinding(.packageManifestRequired, path, near: key, ["key": path])
                return nil
            }
            return result
        }
        func integer(_ value: Any?) -> Int? {
            guard let number = value as? NSNumber, let whole = Int(exactly: number.doubleValue) else { return nil }
            return whole
        }

        if let format = try string("format", in: manifest, path: "format"), format != PackageManifest.format {
            try manifestFinding(.packageManifestFormat, "format", near: "format", ["value": Finding.quoted(format), "expected": PackageManifest.format])
        }
        if let standard = try object("standard", in: manifest, path: "standard") {
            let id = try string("id", in: standard, path: "standard.id")
            let version = try string("version", in: standard, path: "standard.version")
            if let id, let version, id != StandardInfo.id || version != StandardInfo.version {
                try manifestFinding(.packageStandard, "standard", near: "standard",
                                    ["id": Finding.quoted(id), "version": Finding.quoted(version),
                                     "expected": "\(StandardInfo.id) \(StandardInfo.version)"])
            }
        }
        if let submitter = try object("submitter", in: manifest, path: "submitter") {
            if let name = try string("name", in: submitter, path: "submitter.name"), TextNormalization.trim(name).isEmpty {
                try manifestFinding(.packageManifestRequired, "submitter.name", near: "submitter", ["key": "submitter.name"])
            }
            if let uscc = try string("uscc", in: submitter, path: "submitter.uscc"),
               let issue = UnifiedSocialCreditCode.validate(uscc).first(where: { $0.severity == .error }) {
                try manifestFinding(.packageSubmitterUscc, "submitter.uscc", near: "submitter", ["value": Finding.quoted(uscc), "check": issue.rule])
            }
            if let division = try string("divisionCode", in: submitter, path: "submitter.divisionCode") {
                if let issue = DivisionCode.validate(division, on: nil).first(where: { $0.severity == .error }) {
                    try manifestFinding(.packageSubmitterDivision, "submitter.divisionCode", near: "submitter",
                                        ["value": Finding.quoted(division), "check": issue.rule])
                } else {
                    province = String(division.prefix(2))
                }
            }
        }
        if let batch = try string("batchId", in: manifest, path: "batchId"), !FieldChecker.isRecordID(batch) {
            try manifestFinding(.packageBatchId, "batchId", near: "batchId", ["value": Finding.quoted(batch)])
        }
        if let created = try string("createdAt", in: manifest, path: "createdAt"), !Timestamp.isWellFormed(created) {
            try manifestFinding(.packageCreatedAt, "createdAt", near: "createdAt", ["value": Finding.quoted(created)])
        }
        if let mode = try string("mode", in: manifest, path: "mode") {
            switch mode {
            case "FULL":
                self.mode = mode
                if since != nil { try manifestFinding(.packageModeSince, "mode", near: "mode", ["mode": mode]) }
            case "INCREMENTAL":
                self.mode = mode
                if since == nil { try manifestFinding(.packageIncrementalUnchecked, "mode", near: "mode", ["mode": mode]) }
            default:
                try manifestFinding(.packageMode, "mode", near: "mode", ["value": Finding.quoted(mode)])
            }
        }
        if let counts = try object("counts", in: manifest, path: "counts") {
            let read = integer(counts["read"]), accepted = integer(counts["accepted"]), rejected = integer(counts["rejected"])
            for (key, value) in [("read", read), ("accepted", accepted), ("rejected", rejected)] where value == nil {
                try manifestFinding(.packageManifestRequired, "counts.\(key)", near: "counts", ["key": "counts.\(key)"])
            }
            if let read, let accepted, let rejected, read != accepted + rejected {
                try manifestFinding(.packageCounts, "counts.read", near: "counts",
                                    ["expected": String(accepted + rejected), "found": String(read)])
            }
        }
        if let operations = try object("operations", in: manifest, path: "operations") {
            for operation in RecordOperation.allCases where integer(operations[operation.rawValue]) == nil {
                try manifestFinding(.packageManifestRequired, "operations.\(operation.rawValue)", near: "operations",
                                    ["key": "operations.\(operation.rawValue)"])
            }
        }
        guard let value = try required("files", in: manifest, path: "files") else { return }
        guard let files = value as? [Any] else {
            try manifestFinding(.packageManifestRequired, "files", near: "files", ["key": "files"])
            return
        }
        var seen: Set<String> = []
        for (position, item) in files.enumerated() {
            let path = "files[\(position)]"
            guard let entry = item as? [String: Any] else {
                try manifestFinding(.packageFileEntry, path, near: "files", ["detail": "not an object"])
                continue
            }
            guard let relative = try string("path", in: entry, path: "\(path).path") else { continue }
            let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
            if relative.hasPrefix("/") || parts.contains("..") || parts.contains("") || parts.contains(".") || relative == "manifest.json" {
                try manifestFinding(.packageFileEntry, "\(path).path", near: relative, ["file": relative, "detail": "unsafe path"])
                continue
            }
            if !seen.insert(relative).inserted {
                try manifestFinding(.packageFileEntry, "\(path).path", near: relative, ["file": relative, "detail": "listed twice"])
                continue
            }
            let format = try string("format", in: entry, path: "\(path).format")
            var category: RecordCategory?
            if format == "jsonl" {
                if let name = try string("category", in: entry, path: "\(path).category") {
                    category = RecordCategory(rawValue: name)
                    if category == nil {
                        try manifestFinding(.packageFileEntry, "\(path).category", near: relative, ["file": relative, "detail": "unknown category \(name)"])
                    }
                }
            } else if let format, format != "xml" {
                try manifestFinding(.packageFileEntry, "\(path).format", near: relative, ["file": relative, "detail": "unknown format \(format)"])
            }
            let records = integer(entry["records"]), bytes = integer(entry["bytes"])
            if records == nil { try manifestFinding(.packageManifestRequired, "\(path).records", near: relative, ["key": "\(path).records"]) }
            if bytes == nil { try manifestFinding(.packageManifestRequired, "\(path).bytes", near: relative, ["key": "\(path).bytes"]) }
            var digests: [DigestAlgorithm: String] = [:]
            for algorithm in DigestAlgorithm.allCases {
                if let digest = entry[algorithm.manifestKey] as? String {
                    digests[algorithm] = digest.lowercased()
                } else if algorithm == .sha256 {
                    try manifestFinding(.packageManifestRequired, "\(path).sha256", near: relative, ["key": "\(path).sha256"])
                } else {
                    try manifestFinding(.packageDigestAbsent, "\(path).\(algorithm.manifestKey)", near: relative,
                                        ["file": relative, "algorithm": algorithm.rawValue])
                }
            }
            // A file whose format is unusable is still checked for presence and digests, never read as records.
            let usable = (format == "jsonl" && category != nil) || format == "xml"
            listed.append(Listed(index: position, path: relative, category: category, format: usable ? format ?? "" : "",
                                 records: records, bytes: bytes, digests: digests))
        }
    }

    // MARK: - Finishing

    mutating func finish(index: CrossRecordIndex) throws {
        var counted = counts
        try counted.applyCrossRecordRules(of: index) { try emit($0) }
        counts = counted
        guard let manifest else { return }
        if mode == "FULL", let manifestCounts = manifest["counts"] as? [String: Any],
           let accepted = manifestCounts["accepted"] as? Int, accepted != counts.read {
            // Every record a FULL package holds was accepted when it was written.
            try manifestFinding(.packageCounts, "counts.accepted", near: "counts", ["expected": String(counts.read), "found": String(accepted)])
        }
        if let declared = manifest["operations"] as? [String: Any] {
            for operation in RecordOperation.allCases {
                guard let number = declared[operation.rawValue] as? Int else { continue }
                let found = operations[operation] ?? 0
                if number != found {
                    try manifestFinding(.packageOperationCounts, "operations.\(operation.rawValue)", near: "operations",
                                        ["expected": String(found), "found": String(number)])
                }
            }
        }
    }
}
