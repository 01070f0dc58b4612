/// A package read back for reporting and publication: the manifest's facts and every record with its outcome,
/// so a record that fails the rules now (a package edited by hand, another tool's package) can be left out of a
/// public output and counted in a report instead of being passed on.
struct PackageOutcomes {
    let contents: PackageContents

    init(path: String) throws {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        contents = try PackageContents(path: trimmed)
    }

    var path: String { contents.path }
    var batchID: String { contents.manifest["batchId"] as? String ?? "" }
    var createdAt: String { contents.manifest["createdAt"] as? String ?? "" }
    var mode: String { contents.manifest["mode"] as? String ?? "" }
    var submitterName: String { (contents.manifest["submitter"] as? [String: Any])?["name"] as? String ?? "" }

    /// The manifest's counts of the run that wrote the package (SPEC §7: read = accepted + rejected).
    var counts: RecordCounts {
        let object = contents.manifest["counts"] as? [String: Any] ?? [:]
        var counts = RecordCounts()
        counts.read = object["read"] as? Int ?? 0
        counts.accepted = object["accepted"] as? Int ?? 0
        counts.rejected = object["rejected"] as? Int ?? 0
        return counts
    }

    /// Calls `body` with every record's outcome (JSON Lines files when the package has them, else its XML).
    func forEachOutcome(_ validator: RecordFileValidator, _ body: (RecordOutcome) throws -> Void) throws {
        let files = (contents.manifest["files"] as? [[String: Any]]) ?? []
        let jsonLines = files.filter { $0["format"] as? String == "jsonl" }
        let chosen = jsonLines.isEmpty ? files.filter { $0["format"] as? String == "xml" } : jsonLines
        for file in chosen {
            guard let relative = file["path"] as? String, !relative.contains("..") else { continue }
            let category = (file["category"] as? String).flatMap(RecordCategory.init(rawValue:))
            _ = try validator.validateFile(at: "\(path)/\(relative)", category: category, displayName: relative, onRecord: body)
        }
    }
}
