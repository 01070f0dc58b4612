/// One file of a package as the manifest lists it (SPEC §7).
public struct PackageFileEntry: Hashable, Sendable {
    /// Relative to the package: `records/complaint.jsonl`, `records.xml`.
    public let path: String
    /// The category of a JSON Lines file; `nil` for the XML document, which holds every category.
    public let category: RecordCategory?
    /// `jsonl` or `xml`.
    public let format: String
    /// Number of records in the file (every category, for the XML document).
    public let records: Int
    /// Size of the file in bytes, as written.
    public let bytes: Int
    /// Lower-case hexadecimal digest of the file's bytes per algorithm (SHA-256, and SM3 when the package has it).
    public let digests: [DigestAlgorithm: String]
}

/// The manifest of a package (SPEC §7), written as canonical JSON with a fixed key order so that the same
/// inputs, batch id and time give byte-identical packages.
struct PackageManifest {
    static let format = "govcredit-package/1"

    let settings: SubmissionSettings
    let since: (batchID: String, createdAt: String)?
    let counts: RecordCounts
    let operations: [RecordOperation: Int]
    let files: [PackageFileEntry]

    var jsonText: String {
        let submitter = JSONText.object([
            ("name", JSONText.quoted(settings.submitter.name)),
            ("uscc", JSONText.quoted(settings.submitter.uscc)),
            ("divisionCode", JSONText.quoted(settings.submitter.divisionCode)),
        ])
        var members: [(String, String)] = [
            ("format", JSONText.quoted(Self.format)),
            ("standard", StandardInfo.jsonText),
            ("submitter", submitter),
            ("batchId", JSONText.quoted(settings.batchID)),
            ("createdAt", JSONText.quoted(settings.createdAt)),
            ("mode", JSONText.quoted(since == nil ? "FULL" : "INCREMENTAL")),
        ]
        if let since {
            members.append(("since", JSONText.object([("batchId", JSONText.quoted(since.batchID)),
                                                      ("createdAt", JSONText.quoted(since.createdAt))])))
        }
        members.append(("counts", counts.jsonText))
        members.append(("operations", JSONText.object(RecordOperation.allCases.map { ($0.rawValue, String(operations[$0] ?? 0)) })))
        let fileObjects = files.map { file -> String in
            var fields: [(String, String)] = [("path", JSONText.quoted(file.path))]
            if let category = file.category { fields.append(("category", JSONText.quoted(category.rawValue))) }
            fields += [("format", JSONText.quoted(file.format)), ("records", String(file.records)), ("bytes", String(file.bytes))]
            for algorithm in DigestAlgorithm.allCases {
                if let digest = file.digests[algorithm] { fields.append((algorithm.manifestKey, JSONText.quoted(digest))) }
            }
            return "    " + JSONText.object(fields)
        }
        // One member per line, one file per line: readable in a terminal, still canonical.
        var text = "{\n"
        for (key, value) in members { text += "  \(JSONText.quoted(key)): \(value),\n" }
        text += "  \"files\": [\n" + fileObjects.joined(separator: ",\n") + (fileObjects.isEmpty ? "" : "\n") + "  ]\n}\n"
        return text
    }
}

extension DigestAlgorithm {
    /// The manifest key of the digest: `sha256`, `sm3` (also how `govcredit convert --digests` names it).
    public var manifestKey: String {
        switch self {
        case .sha256: return "sha256"
        case .sm3: return "sm3"
        }
    }
}
