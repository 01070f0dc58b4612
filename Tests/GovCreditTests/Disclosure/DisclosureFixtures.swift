import Foundation
@testable import GovCredit

/// Small packages written by hand (manifest and JSON Lines with national keys), for publication tests.
enum DisclosureFixtures {
    /// A dishonesty record valid against the standard, with `changes` applied (`nil` removes a field).
    static func dishonesty(_ id: String, _ changes: [String: JSONValue?] = [:]) throws -> JSONValue {
        var record = try require_(TestFiles.validRecords(.dishonesty).first)
        record = record.setting("id", to: .string(id))
        for (path, value) in [("status", JSONValue.string("ACTIVE")), ("severity", .string("GENERAL")),
                              ("identifiedDate", .string("2024-03-15"))] {
            record = record.setting(path, to: value)
        }
        for key in ["restoredDate", "revokedDate", "revokedReason", "complaintId", "verificationId"] { record = record.setting(key, to: nil) }
        for (path, value) in changes { record = record.setting(path, to: value) }
        return record
    }

    static func typicalCase(_ id: String, cites: [String], _ changes: [String: JSONValue?] = [:]) throws -> JSONValue {
        var record = try require_(TestFiles.validRecords(.typicalCase).first)
        record = record.setting("id", to: .string(id)).setting("dishonestyIds", to: .array(cites.map(JSONValue.string)))
            .setting("reason", to: .string("SERIOUS")).setting("publishedDate", to: .string("2024-04-01"))
        for (path, value) in changes { record = record.setting(path, to: value) }
        return record
    }

    /// Writes a package with `records` per category (each given an envelope) and returns its path.
    static func package(_ records: [RecordCategory: [JSONValue]], operations: [String: String] = [:]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-disclosure-\(UUID().uuidString)/pkg")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("records"), withIntermediateDirectories: true)
        var files: [String] = []
        for (category, items) in records {
            let lines = items.map { record -> String in
                let id = record[path: "id"].flatMap { if case .string(let text) = $0 { return text } else { return nil } } ?? ""
                let operation = operations[id] ?? "ADD"
                guard case .object(let members) = record else { return record.text }
                let envelope: [(key: String, value: JSONValue)] = [("nationalKey", .string("33:\(category.rawValue):\(id)")), ("operation", .string(operation))]
                return JSONValue.object(envelope + members).text
            }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("records/\(category.rawValue).jsonl"))
            files.append("{\"path\":\"records/\(category.rawValue).jsonl\",\"category\":\"\(category.rawValue)\",\"format\":\"jsonl\"}")
        }
        let manifest = "{\"format\":\"govcredit-package/1\",\"batchId\":\"33-test\",\"createdAt\":\"2025-01-01T00:00:00+08:00\",\"mode\":\"FULL\",\"files\":[\(files.joined(separator: ","))]}"
        try Data(manifest.utf8).write(to: directory.appendingPathComponent("manifest.json"))
        return directory.path
    }

    /// Publishes `package` on `asOf` into a fresh directory; returns the directory and the summary.
    static func publish(_ package: String, asOf: String, policy: PublicationPolicy = .standard) throws -> (String, DisclosureSummary) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-public-\(UUID().uuidString)").path
        let disclosure = PublicDisclosure(policy: policy, asOf: try require_(CivilDate(iso: asOf)))
        let summary = try disclosure.publish(package: package, to: out, validator: RecordFileValidator(options: ValidationOptions(today: fixtureToday)))
        return (out, summary)
    }

    /// The ids in a publication's JSON file.
    static func publishedIDs(_ directory: String, _ file: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(directory)/\(file)"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return ((object?["records"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
    }
}

struct MissingFixture: Error {}

/// `#require` outside a test body.
func require_<T>(_ value: T?) throws -> T {
    guard let value else { throw MissingFixture() }
    return value
}
