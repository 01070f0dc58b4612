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
    var batchID: String { contents.batchID }
    var createdAt: String { contents.createdAt }
    var mode: String { contents.manifest["mode"] as? String ?? "" }

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
        for file in contents.recordFiles where !file.relative.contains("..") {
            _ = try validator.validateFile(at: "\(path)/\(file.relative)", category: file.category, displayName: file.relative,
                                           onRecord: body)
        }
    }
}
