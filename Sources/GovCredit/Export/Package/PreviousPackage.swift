import Foundation

/// What an earlier package holds, for incremental mode (`--since`): per national key, the category, a content
/// digest and, for dishonesty records, the status — about a hundred bytes a record, never the records themselves.
struct PreviousPackage {
    struct Entry {
        let category: RecordCategory
        let digest: [UInt8]
        let dishonestyStatus: String?
    }

    let contents: PackageContents
    private(set) var entries: [String: Entry] = [:]
    var manifest: [String: Any] { contents.manifest }

    var batchID: String { contents.batchID }
    var createdAt: String { contents.createdAt }

    /// Reads the package at `path`: its manifest, then every record, handing each to `known` (the cross-record
    /// index, so references to earlier submissions resolve).
    static func load(path: String, reading validator: RecordFileValidator, known: (FlatRecord) -> Void) throws -> PreviousPackage {
        var package = PreviousPackage(contents: try PackageContents(path: path))
        try package.contents.forEachRecord(validator) { record in
            known(record)
            // A record the package revoked is not part of the state a new record is compared with.
            guard let key = record.envelope?.nationalKey, record.envelope?.operation != .revoke else { return }
            let status = record.category == .dishonesty ? record[DishonestySlot.status.rawValue]?.text : nil
            package.entries[key] = Entry(category: record.category, digest: ContentDigest.of(record), dishonestyStatus: status)
        }
        return package
    }

    func forEachRecord(_ validator: RecordFileValidator, _ body: (FlatRecord) throws -> Void) throws {
        try contents.forEachRecord(validator, body)
    }

    /// The operation a record now needs against this package; `nil` when it is unchanged.
    func operation(for key: String, record: FlatRecord) -> RecordOperation? {
        guard let previous = entries[key] else { return .add }
        if previous.digest == ContentDigest.of(record) { return nil }
        if record.category == .dishonesty, let status = record[DishonestySlot.status.rawValue]?.text, status != previous.dishonestyStatus {
            if status == DishonestyStatus.restored.rawValue { return .restore }
            if status == DishonestyStatus.revoked.rawValue { return .revoke }
        }
        return .update
    }
}

/// A package on disk: its manifest and its records, read back through the canonical readers.
public struct PackageContents: @unchecked Sendable {
    /// The package directory, as given.
    public let path: String
    /// The manifest as parsed JSON (`[String: Any]`, read-only).
    let manifest: [String: Any]

    /// Opens the package at `path` by reading its `manifest.json`; records are read only by ``forEachRecord(_:_:)``.
    /// Throws ``InputError`` when the manifest is missing or not a JSON object.
    public init(path: String) throws {
        self.path = path
        let manifestPath = "\(path)/manifest.json"
        guard let data = FileManager.default.contents(atPath: manifestPath),
              let manifest = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw InputError(file: manifestPath, message: LocalizedMessage(
                zh: "无法读取报送包的 manifest.json", en: "cannot read the package's manifest.json"))
        }
        self.manifest = manifest
    }

    var batchID: String { manifest["batchId"] as? String ?? "" }
    var createdAt: String { manifest["createdAt"] as? String ?? "" }

    /// The files that hold the package's records, as the manifest lists them: its JSON Lines files when it has
    /// them, else its XML document.
    var recordFiles: [(relative: String, category: RecordCategory?)] {
        let files = (manifest["files"] as? [[String: Any]]) ?? []
        let jsonLines = files.filter { $0["format"] as? String == "jsonl" }
        let chosen = jsonLines.isEmpty ? files.filter { $0["format"] as? String == "xml" } : jsonLines
        return chosen.compactMap { file in
            (file["path"] as? String).map { ($0, (file["category"] as? String).flatMap(RecordCategory.init(rawValue:))) }
        }
    }

    /// Calls `body` with every record of the package (JSON Lines files when it has them, else its XML document).
    public func forEachRecord(_ validator: RecordFileValidator, _ body: (FlatRecord) throws -> Void) throws {
        for file in recordFiles {
            _ = try validator.validateFile(at: "\(path)/\(file.relative)", category: file.category) { outcome in
                if let record = outcome.record { try body(record) }
            }
        }
    }
}
