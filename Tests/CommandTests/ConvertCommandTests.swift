import Foundation
import Testing

/// `govcredit convert`: the uniform submission package (SPEC §7), tested on the real binary with independent
/// tools: `openssl dgst` for the digests, xmllint for the XML, Python `jsonschema` for the JSON Lines.
@Suite("govcredit convert")
struct ConvertCommandTests {
    static let submitter = ["--submitter-name", "浙江省发展和改革委员会", "--submitter-uscc", "1133000029141777X9",
                            "--submitter-division", "330000", "--batch-id", "33-20251201-01",
                            "--created-at", "2025-12-01T02:00:00+08:00", "--today", "2026-01-01"]

    static var canonicalJSONLines: [String] {
        ["complaint", "contract", "performance", "verification", "dishonesty", "arrears", "enforcement", "sanction",
         "restoration", "clue", "typicalCase"].map { "samples/canonical/\($0).jsonl" }
    }

    static func scratchDirectory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func manifest(_ package: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: package + "/manifest.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func tool(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = Command.repositoryRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aCleanConversionWritesAVerifiablePackage() throws {
        let package = try Self.scratchDirectory() + "/pkg"
        let result = try Command.run(["convert"] + Self.canonicalJSONLines + ["--out", package] + Self.submitter)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let manifest = try Self.manifest(package)
        #expect((manifest["standard"] as? [String: String]) == ["id": "gov-integrity", "version": "1.0"])
        #expect(manifest["mode"] as? String == "FULL")
        #expect(manifest["batchId"] as? String == "33-20251201-01")
        #expect((manifest["counts"] as? [String: Int]) == ["read": 31, "accepted": 31, "rejected": 0])
        let files = try #require(manifest["files"] as? [[String: Any]])
        #expect(files.count == 12)  // 11 JSON Lines files and records.xml
        for file in files {
            let path = package + "/" + (file["path"] as? String ?? "")
            for (key, algorithm) in [("sha256", "-sha256"), ("sm3", "-sm3")] {
                let (status, output) = try Self.tool(["openssl", "dgst", algorithm, "-r", path])
                #expect(status == 0)
                #expect(output.hasPrefix((file[key] as? String ?? "?") + " "), "\(path) \(key)")
            }
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count
            if file["format"] as? String == "jsonl" { #expect(lines == file["records"] as? Int) }
        }
        let xsd = "Standards/gov-integrity/1.0/generated/gov-integrity-1.0.xsd"
        let (xmlStatus, xmlOutput) = try Self.tool(["xmllint", "--noout", "--schema", xsd, package + "/records.xml"])
        #expect(xmlStatus == 0, "\(xmlOutput)")
        let rejects = try String(contentsOfFile: package + ".rejects.jsonl", encoding: .utf8)
        #expect(rejects.isEmpty)
        let schema = "Standards/gov-integrity/1.0/generated/gov-integrity-1.0.schema.json"
        for file in files where file["format"] as? String == "jsonl" {
            let path = package + "/" + (file["path"] as? String ?? "")
            let (status, output) = try Self.tool(["python3", "Tests/GovCreditTests/Schemas/json_schema_check.py", schema, "validate",
                                                  file["category"] as? String ?? "", path])
            #expect(status == 0, "\(output)")
        }
    }

    /// A package's JSON Lines and its XML document read back through the canonical readers give the same
    /// records, all accepted (issue 4: round trip).
    @Test func aPackageReadsBackThroughTheCanonicalReaders() throws {
        let package = try Self.scratchDirectory() + "/pkg"
        #expect(try Command.run(["convert"] + Self.canonicalJSONLines + ["--out", package] + Self.submitter).status == 0)
        let jsonFiles = try FileManager.default.contentsOfDirectory(atPath: package + "/records").sorted().map { package + "/records/" + $0 }
        let fromJSON = try Command.run(["validate"] + jsonFiles + ["--format", "json", "--today", "2026-01-01"])
        let fromXML = try Command.run(["validate", package + "/records.xml", "--format", "json", "--today", "2026-01-01"])
        for result in [fromJSON, fromXML] {
            #expect(result.status == 0, "\(result.stdout)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect((report["counts"] as? [String: Int]) == ["read": 31, "accepted": 31, "rejected": 0])
        }
        // The records themselves: each JSON line equals the original sample line once the envelope is set aside
        // (amounts are written as strings with two decimals).
        func object(_ line: Substring) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        for category in ["complaint", "dishonesty", "typicalCase", "arrears"] {
            let original = try String(contentsOfFile: Command.repositoryRoot.appendingPathComponent("samples/canonical/\(category).jsonl").path, encoding: .utf8)
                .split(separator: "\n").map(object)
            let written = try String(contentsOfFile: package + "/records/\(category).jsonl", encoding: .utf8).split(separator: "\n").map(object)
            #expect(original.count == written.count)
            for (a, b) in zip(original, written) {
                var left = a, right = b
                right["nationalKey"] = nil
                right["operation"] = nil
                for key in ["amountInvolved", "amountOwed", "amountPaid"] {
                    if let number = left[key] as? NSNumber, !(left[key] is String) { left[key] = String(format: "%.2f", number.doubleValue) }
                }
                #expect(NSDictionary(dictionary: left) == NSDictionary(dictionary: right), "\(category) \(a["id"] ?? "")")
            }
        }
    }

    @Test func theSameInputsGiveByteIdenticalPackages() throws {
        let root = try Self.scratchDirectory()
        for name in ["a", "b"] {
            let result = try Command.run(["convert", "samples/zhejiang-33/export.csv", "--profile", "samples/zhejiang-33/profile.yaml",
                                          "--out", "\(root)/\(name)"] + Self.submitter)
            #expect(result.status == 1)  // the sample has planted defects
        }
        for file in ["manifest.json", "records.xml", "records/complaint.jsonl", "records/verification.jsonl", "records/dishonesty.jsonl"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: "\(root)/a/\(file)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: "\(root)/b/\(file)"))
            #expect(a == b, "\(file) differs")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(root)/a.rejects.jsonl")) == Data(contentsOf: URL(fileURLWithPath: "\(root)/b.rejects.jsonl")))
    }

    @Test func rejectsGoBesideThePackageWithEveryFinding() throws {
        let package = try Self.scratchDirectory() + "/pkg"
        let result = try Command.run(["convert", "samples/defects/complaint.jsonl", "--out", package] + Self.submitter)
        #expect(result.status == 1)
        let manifest = try Self.manifest(package)
        #expect((manifest["counts"] as? [String: Int]) == ["read": 6, "accepted": 1, "rejected": 5])
        let rejects = try String(contentsOfFile: package + ".rejects.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(rejects.count == 5)
        for line in rejects {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(!((object["findings"] as? [Any]) ?? []).isEmpty)
            #expect(object["location"] is [String: Any])
        }
        #expect(!FileManager.default.fileExists(atPath: package + "/complaint.rejects.jsonl"))
    }

    @Test func anExistingPackageIsOnlyReplacedWithForce() throws {
        let package = try Self.scratchDirectory() + "/pkg"
        let arguments = ["convert", "samples/canonical/complaint.jsonl", "--out", package] + Self.submitter
        #expect(try Command.run(arguments).status == 0)
        let second = try Command.run(arguments)
        #expect(second.status == 2)
        #expect(second.stderr.contains("--force"))
        #expect(try Command.run(arguments + ["--force"]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (package as NSString).deletingLastPathComponent)
            .filter { $0.contains(".partial") || $0.contains(".old") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(arguments: [
        ["--submitter-uscc", "91110000600037341N"], ["--submitter-division", "99"], ["--batch-id", "bad id"],
        ["--created-at", "2025-12-01 02:00"],
    ])
    func badSubmissionSettingsWriteNoPackage(_ override: [String]) throws {
        let package = try Self.scratchDirectory() + "/pkg"
        var arguments = Self.submitter
        if let index = arguments.firstIndex(of: override[0]) { arguments[index + 1] = override[1] }
        let result = try Command.run(["convert", "samples/canonical/complaint.jsonl", "--out", package] + arguments)
        #expect(result.status == 2, "\(override)")
        #expect(!FileManager.default.fileExists(atPath: package))
    }

    /// `--digests sha256` (a deployment without 国密): every file still carries its SHA-256 (checked with `openssl dgst`),
    /// none an SM3; the records and the XML document are the same bytes as with both digests; verify accepts the
    /// package and warns once per file that SM3 is absent.
    @Test func sha256AloneLeavesTheSM3DigestsOut() throws {
        let root = try Self.scratchDirectory()
        let both = root + "/both", shaOnly = root + "/sha"
        let inputs = ["convert"] + Self.canonicalJSONLines + Self.submitter
        #expect(try Command.run(inputs + ["--out", both]).status == 0)
        let result = try Command.run(inputs + ["--out", shaOnly, "--digests", " SHA256 "])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let files = try #require(try Self.manifest(shaOnly)["files"] as? [[String: Any]])
        let filesWithBoth = try #require(try Self.manifest(both)["files"] as? [[String: Any]])
        #expect(files.count == filesWithBoth.count)
        for (file, withBoth) in zip(files, filesWithBoth) {
            let relative = file["path"] as? String ?? ""
            #expect(file["sm3"] == nil, "\(relative)")
            #expect(withBoth["sm3"] is String, "\(relative): the default keeps SM3")
            let (status, output) = try Self.tool(["openssl", "dgst", "-sha256", "-r", shaOnly + "/" + relative])
            #expect(status == 0)
            #expect(output.hasPrefix((file["sha256"] as? String ?? "?") + " "), "\(relative)")
            #expect(file["sha256"] as? String == withBoth["sha256"] as? String, "\(relative)")
        }
        let verified = try Command.run(["verify", shaOnly, "--today", "2026-01-01", "--format", "json"])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        let absent = verified.stdout.split(separator: "\n").filter { $0.contains("\"package.digest-absent\"") }
        #expect(absent.count == files.count)
    }

    /// SHA-256 cannot be left out and an unknown name is not ignored: either writes no package and exits 2 with a
    /// message that says why; a trailing comma is harmless, and the algorithms' own names (`SHA-256`) work too.
    @Test(arguments: [("sm3", "SHA-256"), ("md5", "md5"), ("", "SHA-256"), ("sha256,", nil), ("SHA-256, SM3", nil)])
    func theDigestListNeedsSHA256AndKnownNames(_ list: String, _ complaint: String?) throws {
        let package = try Self.scratchDirectory() + "/pkg"
        let result = try Command.run(["convert", "samples/canonical/complaint.jsonl", "--out", package, "--digests", list]
                                     + Self.submitter)
        #expect(result.status == (complaint == nil ? 0 : 2), "\(list): \(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: package) == (complaint == nil), "\(list)")
        if let complaint { #expect(result.stderr.contains(complaint), "\(list): \(result.stderr)") }
    }

    @Test func incrementalModeSendsOnlyChanges() throws {
        let root = try Self.scratchDirectory()
        #expect(try Command.run(["convert", "samples/canonical/dishonesty.jsonl", "--out", "\(root)/full"] + Self.submitter).status == 0)
        // Next night: D-001 changed (facts), D-002 gone, one new record, D-003 restored, D-004 unchanged.
        let lines = try String(contentsOfFile: Command.repositoryRoot.appendingPathComponent("samples/canonical/dishonesty.jsonl").path, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        var next: [String] = []
        for line in lines {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            switch object["id"] as? String {
            case "D-001": object["facts"] = "补充核实后更新的失信事实。"
            case "D-002": continue
            case "D-003":
                object["status"] = "RESTORED"
                object["restoredDate"] = "2025-06-30"
            default: break
            }
            next.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        }
        var added = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        added["id"] = "D-100"
        next.append(String(decoding: try JSONSerialization.data(withJSONObject: added, options: [.sortedKeys]), as: UTF8.self))
        let input = "\(root)/dishonesty.jsonl"
        try next.joined(separator: "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let result = try Command.run(["convert", input, "--out", "\(root)/delta", "--since", "\(root)/full", "--batch-id", "33-20251202-01"]
                                     + Self.submitter.filter { $0 != "33-20251201-01" && $0 != "--batch-id" })
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let manifest = try Self.manifest("\(root)/delta")
        #expect(manifest["mode"] as? String == "INCREMENTAL")
        let operations = try #require(manifest["operations"] as? [String: Int])
        #expect(operations == ["ADD": 1, "UPDATE": 1, "RESTORE": 1, "REVOKE": 1], "\(operations)")
        let delta = try String(contentsOfFile: "\(root)/delta/records/dishonesty.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(delta.count == 4)  // D-004 is unchanged: not sent again
        #expect(delta.contains { $0.contains("\"D-003\"") && $0.contains("\"RESTORE\"") })
        #expect(!delta.contains { $0.contains("\"D-004\"") })
        #expect(delta.contains { $0.contains("\"D-100\"") && $0.contains("\"ADD\"") })
        #expect(delta.contains { $0.contains("\"D-001\"") && $0.contains("\"UPDATE\"") })
        #expect(delta.contains { $0.contains("\"33:dishonesty:D-002\"") && $0.contains("\"REVOKE\"") })
    }

    /// An incremental run where the cross-record rules reject a changed record and a whole category is gone: the
    /// category's file holds only its REVOKE records (a file started empty), the changed category's file leaves the
    /// rejected duplicate out (made final in place), and the delta verifies clean against the full package.
    @Test func incrementalModeWithRejectionsAndARevokedCategory() throws {
        let root = try Self.scratchDirectory()
        #expect(try Command.run(["convert"] + Self.canonicalJSONLines + ["--out", "\(root)/full"] + Self.submitter).status == 0)
        let complaints = try String(contentsOfFile: Command.repositoryRoot.appendingPathComponent("samples/canonical/complaint.jsonl").path,
                                    encoding: .utf8).split(separator: "\n").map(String.init)
        var changed = try #require(try JSONSerialization.jsonObject(with: Data(complaints[0].utf8)) as? [String: Any])
        changed["summary"] = "核实后补充的投诉摘要。"
        let changedLine = String(decoding: try JSONSerialization.data(withJSONObject: changed, options: [.sortedKeys]), as: UTF8.self)
        // The changed record twice: the second is a duplicate id, rejected once every record is in.
        let input = "\(root)/complaint.jsonl"
        try ([changedLine, changedLine] + complaints.dropFirst()).joined(separator: "\n").write(toFile: input, atomically: true, encoding: .utf8)
        let others = Self.canonicalJSONLines.filter { !$0.hasSuffix("/complaint.jsonl") && !$0.hasSuffix("/clue.jsonl") }
        let result = try Command.run(["convert", input] + others + ["--out", "\(root)/delta", "--since", "\(root)/full",
                                      "--batch-id", "33-20251202-01"] + Self.submitter.filter { $0 != "33-20251201-01" && $0 != "--batch-id" })
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let rejects = try String(contentsOfFile: "\(root)/delta.rejects.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(rejects.count == 1 && rejects[0].contains("xref.duplicate-id"), "\(rejects)")
        let clues = try String(contentsOfFile: "\(root)/full/records/clue.jsonl", encoding: .utf8).split(separator: "\n")
        let revoked = try String(contentsOfFile: "\(root)/delta/records/clue.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(revoked.count == clues.count && revoked.allSatisfy { $0.contains("\"REVOKE\"") }, "\(revoked)")
        let sent = try String(contentsOfFile: "\(root)/delta/records/complaint.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(sent.count == 1 && sent[0].contains("\"UPDATE\"") && sent[0].contains("核实后补充的投诉摘要"), "\(sent)")
        let xml = try String(contentsOfFile: "\(root)/delta/records.xml", encoding: .utf8)
        #expect(xml.components(separatedBy: "operation=\"REVOKE\"").count - 1 == clues.count)
        #expect(xml.components(separatedBy: "<complaint ").count - 1 == 1)
        let verify = try Command.run(["verify", "\(root)/delta", "--since", "\(root)/full", "--format", "json", "--today", "2026-01-01"])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
    }

    @Test func creditRecordsGroupEachEntitysRecords() throws {
        let package = try Self.scratchDirectory() + "/pkg"
        #expect(try Command.run(["convert"] + Self.canonicalJSONLines + ["--out", package] + Self.submitter).status == 0)
        let result = try Command.run(["credit-records", package, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: package + ".credit-records.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(!lines.isEmpty)
        let entities = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(entities.map { $0["uscc"] as? String ?? "" } == entities.map { $0["uscc"] as? String ?? "" }.sorted())
        #expect(entities.contains { !(($0["dishonesty"] as? [Any]) ?? []).isEmpty && !(($0["sanctionsInForce"] as? [Any]) ?? []).isEmpty })
    }
}
