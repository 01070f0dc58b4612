import Foundation
import Testing

/// `govcredit verify`: packages written by the real `convert`, then tampered with, checked by the real binary.
/// Rule ids are not catalogued yet, so tests assert rule ids, paths and locations, never message text.
@Suite("govcredit verify")
struct VerifyCommandTests {
    struct Reported {
        let rule: String
        let severity: String
        let path: String
        let file: String
        let line: Int
    }

    struct Report {
        let status: Int32
        let findings: [Reported]
        let counts: [String: Int]
        let output: String

        func has(_ rule: String, file: String? = nil, path: String? = nil, line: Int? = nil) -> Bool {
            findings.contains { $0.rule == rule && (file == nil || $0.file == file) && (path == nil || $0.path == path)
                && (line == nil || $0.line == line) }
        }
        var errors: [Reported] { findings.filter { $0.severity == "error" } }
    }

    static func makePackage(_ inputs: [String] = ConvertCommandTests.canonicalJSONLines, extra: [String] = []) throws -> String {
        let package = try ConvertCommandTests.scratchDirectory() + "/pkg"
        let result = try Command.run(["convert"] + inputs + ["--out", package] + ConvertCommandTests.submitter + extra)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        return package
    }

    static func verify(_ package: String, _ extra: [String] = [], in directory: String? = nil) throws -> Report {
        let result = try Command.run(["verify", package, "--format", "json", "--today", "2026-01-01"] + extra, in: directory)
        let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let findings = ((object?["findings"] as? [[String: Any]]) ?? []).map { item -> Reported in
            let location = item["location"] as? [String: Any] ?? [:]
            return Reported(rule: item["rule"] as? String ?? "", severity: item["severity"] as? String ?? "",
                            path: item["path"] as? String ?? "", file: location["file"] as? String ?? "",
                            line: location["line"] as? Int ?? -1)
        }
        return Report(status: result.status, findings: findings, counts: object?["counts"] as? [String: Int] ?? [:],
                      output: result.stdout + result.stderr)
    }

    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
    static func write(_ text: String, to path: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }

    static func digest(_ algorithm: String, _ path: String) throws -> String {
        let (status, output) = try ConvertCommandTests.tool(["openssl", "dgst", algorithm, "-r", path])
        #expect(status == 0)
        return String(output.prefix { $0 != " " })
    }

    /// Rewrites the manifest entry of `relative` with the file's real size and digests (a careful forger).
    static func recomputeManifest(_ package: String, for relative: String) throws {
        let full = package + "/" + relative
        let bytes = try Data(contentsOf: URL(fileURLWithPath: full)).count
        let sha = try digest("-sha256", full), sm3 = try digest("-sm3", full)
        var lines = try text(package + "/manifest.json").components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains("\"path\":\"\(relative)\"") })
        var line = lines[index]
        line = line.replacingOccurrences(of: "\"bytes\":[0-9]+", with: "\"bytes\":\(bytes)", options: .regularExpression)
        line = line.replacingOccurrences(of: "\"sha256\":\"[0-9a-f]+\"", with: "\"sha256\":\"\(sha)\"", options: .regularExpression)
        line = line.replacingOccurrences(of: "\"sm3\":\"[0-9a-f]+\"", with: "\"sm3\":\"\(sm3)\"", options: .regularExpression)
        lines[index] = line
        try write(lines.joined(separator: "\n"), to: package + "/manifest.json")
    }

    /// Replaces the first occurrence of `old` on line `line` (1-based) of a package file.
    static func edit(_ path: String, line: Int, _ old: String, _ new: String) throws {
        var lines = try text(path).components(separatedBy: "\n")
        #expect(lines[line - 1].contains(old), "\(old) not on line \(line) of \(path)")
        if let range = lines[line - 1].range(of: old) { lines[line - 1].replaceSubrange(range, with: new) }
        try write(lines.joined(separator: "\n"), to: path)
    }

    @Test func aPackageWrittenByConvertVerifiesClean() throws {
        let package = try Self.makePackage()
        let report = try Self.verify(package)
        #expect(report.status == 0, "\(report.output)")
        #expect(report.errors.isEmpty, "\(report.errors)")
        #expect(report.counts == ["read": 31, "accepted": 31, "rejected": 0])
        // The golden package too.
        let golden = try Self.verify(Command.repositoryRoot.appendingPathComponent("samples/packages/canonical").path)
        #expect(golden.status == 0, "\(golden.output)")
    }

    @Test func aFlippedByteIsADigestFindingOnThatFile() throws {
        let package = try Self.makePackage()
        let path = package + "/records/complaint.jsonl"
        var data = try Data(contentsOf: URL(fileURLWithPath: path))
        let offset = try #require(data.range(of: Data("ZJXY-2024".utf8))).lowerBound + 3
        data[offset] ^= 0x01  // Y → X: same length, still valid JSON
        try data.write(to: URL(fileURLWithPath: path))
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(report.has("package.file-digest", file: "records/complaint.jsonl", path: "files[0].sha256"), "\(report.findings)")
        #expect(report.has("package.file-digest", file: "records/complaint.jsonl", path: "files[0].sm3"))
        #expect(!report.has("package.file-digest", file: "records/contract.jsonl"))
        #expect(!report.has("package.file-bytes"))
    }

    @Test func aRemovedLineChangesCountAndDigest() throws {
        let package = try Self.makePackage()
        let path = package + "/records/contract.jsonl"
        var lines = try Self.text(path).components(separatedBy: "\n")
        lines.remove(at: 1)
        try Self.write(lines.joined(separator: "\n"), to: path)
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(report.has("package.file-records", file: "records/contract.jsonl", path: "files[1].records"), "\(report.findings)")
        #expect(report.has("package.file-digest", file: "records/contract.jsonl", path: "files[1].sha256"))
        #expect(report.has("package.file-bytes", file: "records/contract.jsonl"))
        #expect(report.has("package.counts", file: "manifest.json", path: "counts.accepted"))
        #expect(report.counts["read"] == 30)
    }

    @Test func anAddedFileIsUnlisted() throws {
        let package = try Self.makePackage()
        try Self.write("{}\n", to: package + "/records/extra.jsonl")
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(report.has("package.file-unlisted", file: "records/extra.jsonl"), "\(report.findings)")
        #expect(report.errors.count == 1, "\(report.errors)")
    }

    @Test(arguments: [
        // (file, line, old, new, rule prefix, field path)
        ["records/complaint.jsonl", "1", "\"receivedDate\":\"2024-01-08\"", "\"receivedDate\":\"2024-02-30\"", "field.date", "receivedDate"],
        ["records/dishonesty.jsonl", "2", "\"uscc\":\"114403040075584619\"", "\"uscc\":\"114403040075584618\"", "uscc.", "entity.uscc"],
    ])
    func anEditWithRecomputedDigestsIsStillCaughtByTheRules(_ edit: [String]) throws {
        let package = try Self.makePackage()
        let line = try #require(Int(edit[1]))
        try Self.edit(package + "/" + edit[0], line: line, edit[2], edit[3])
        try Self.recomputeManifest(package, for: edit[0])
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(!report.has("package.file-digest") && !report.has("package.file-bytes") && !report.has("package.file-records"),
                "\(report.findings)")
        #expect(report.findings.contains { $0.rule.hasPrefix(edit[4]) && $0.severity == "error" && $0.file == edit[0]
                                           && $0.line == line && $0.path == edit[5] }, "\(report.findings)")
        // The XML document still holds the original: the two forms disagree on that record.
        #expect(report.has("package.xml-mismatch", file: "records.xml"))
    }

    /// The XSD is compiled into the binary: a clerk running verify outside the source tree gets the same check.
    @Test func theXMLDocumentIsCheckedAgainstTheStandardSchemaWhereverVerifyRuns() throws {
        let package = try Self.makePackage()
        let xml = try Self.text(package + "/records.xml")
        // An attribute the XSD does not allow on the first record.
        let swapped = xml.replacingOccurrences(of: "nationalKey=\"33:complaint:C-001\" operation=\"ADD\">",
                                               with: "nationalKey=\"33:complaint:C-001\" operation=\"ADD\" note=\"x\">")
        #expect(swapped != xml)
        try Self.write(swapped, to: package + "/records.xml")
        try Self.recomputeManifest(package, for: "records.xml")
        let report = try Self.verify(package, in: NSTemporaryDirectory())
        #expect(report.status == 1)
        #expect(report.has("xml.schema", file: "records.xml", line: 3), "\(report.findings)")
    }

    /// The XML document as another tool might write the same records — records in another order, tabs, attributes
    /// swapped, single quotes, a comment — is not the canonical form, so it is read record by record: still clean.
    /// The same records in canonical form but another order take the quick comparison: clean as well.
    @Test(arguments: [false, true])
    func theSameRecordsWrittenAnotherWayVerifyClean(canonical: Bool) throws {
        let package = try Self.makePackage()
        let xml = try Self.text(package + "/records.xml")
        let lines = xml.components(separatedBy: "\n")
        // Record elements are the blocks from a line "  <name" to the line "  </name>".
        var records: [[String]] = [], current: [String] = []
        for line in lines[2...] where !line.isEmpty && line != "</records>" {
            current.append(line)
            if line.hasPrefix("  </") { records.append(current); current = [] }
        }
        #expect(records.count > 3 && current.isEmpty)
        var body = records.reversed().flatMap { $0 }
        if !canonical {
            body = body.map { line in
                let indent = line.prefix { $0 == " " }.count / 2
                var text = String(repeating: "\t", count: indent) + line.drop { $0 == " " }
                text = text.replacingOccurrences(of: #"nationalKey="([^"]*)" operation="([A-Z]+)""#,
                                                 with: "operation='$2' nationalKey='$1'", options: .regularExpression)
                return text
            }
            body.insert("<!-- written by another tool -->", at: 0)
        }
        let rewritten = ([lines[0], lines[1]] + body + ["</records>", ""]).joined(separator: "\n")
        #expect(rewritten != xml)
        try Self.write(rewritten, to: package + "/records.xml")
        try Self.recomputeManifest(package, for: "records.xml")
        let report = try Self.verify(package)
        #expect(report.status == 0, "\(report.findings)")
        #expect(report.findings.allSatisfy { $0.severity != "error" }, "\(report.findings)")
    }

    /// A wide export gives records of several categories interleaved, and the cross-record rules reject some of
    /// them after they were staged (a dishonesty record identified before the complaint it cites was received):
    /// the XML document must leave out exactly those, as the JSON Lines files do, and the package verify clean.
    @Test func recordsRejectedAcrossRecordsAreLeftOutOfBothForms() throws {
        let package = try ConvertCommandTests.scratchDirectory() + "/pkg"
        let result = try Command.run(["convert", "samples/bench-wide/sample.csv", "--profile", "samples/bench-wide/profile.yaml",
                                      "--out", package, "--format", "both", "--today", "2029-12-31"] + ConvertCommandTests.submitter)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let rejects = try Self.text(package + ".rejects.jsonl")
        let chainRejected = rejects.components(separatedBy: "\n").filter { $0.contains("\"rule\":\"xref.") && $0.contains("\"severity\":\"error\"") }
        #expect(!chainRejected.isEmpty, "the sample must exercise cross-record rejections")
        let xml = try Self.text(package + "/records.xml")
        var jsonKeys: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: package + "/records") {
            for line in try Self.text(package + "/records/" + name).split(separator: "\n") {
                if let range = line.range(of: #""nationalKey":"[^"]*""#, options: .regularExpression) { jsonKeys.append(String(line[range].dropFirst(15).dropLast())) }
            }
        }
        let xmlKeys = xml.matches(of: /nationalKey="([^"]*)"/).map { String($0.1) }
        #expect(xmlKeys.sorted() == jsonKeys.sorted())
        // The categories really are interleaved in the document (input order), not grouped.
        let categories = xml.matches(of: /\n  <(\w+) nationalKey/).map { String($0.1) }
        #expect(zip(categories, categories.dropFirst()).filter { $0 != $1 }.count > 3)
        let report = try Self.verify(package, ["--today", "2029-12-31"])
        #expect(report.errors.isEmpty, "\(report.errors)")
    }

    /// The package forms hold the same records: with cross-record rejections, `--format xml` and `--format jsonl`
    /// give byte for byte the files `--format both` gives (each made final in place without the rejected records),
    /// the same rejects, and packages that verify clean.
    @Test(arguments: ["xml", "jsonl"])
    func eachFormAloneHoldsWhatBothFormsHold(format: String) throws {
        let root = try ConvertCommandTests.scratchDirectory()
        var files: [String: [String: String]] = [:]
        for form in ["both", format] {
            let package = "\(root)/\(form)"
            let result = try Command.run(["convert", "samples/bench-wide/sample.csv", "--profile", "samples/bench-wide/profile.yaml",
                                          "--out", package, "--format", form, "--today", "2029-12-31"] + ConvertCommandTests.submitter)
            #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
            var contents = ["rejects": try Self.text(package + ".rejects.jsonl")]
            if FileManager.default.fileExists(atPath: package + "/records.xml") { contents["records.xml"] = try Self.text(package + "/records.xml") }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: package + "/records")) ?? [] {
                contents["records/" + name] = try Self.text(package + "/records/" + name)
            }
            files[form] = contents
            let report = try Self.verify(package, ["--today", "2029-12-31"])
            #expect(report.errors.isEmpty, "\(form): \(report.errors)")
        }
        let both = try #require(files["both"])
        let alone = try #require(files[format])
        #expect(alone.keys.contains(format == "xml" ? "records.xml" : "records/dishonesty.jsonl"))
        for (name, text) in alone { #expect(text == both[name], "\(format): \(name) differs from --format both") }
        #expect(alone.count == (format == "xml" ? 2 : both.count - 1))
    }

    /// A record changed only in the XML document (digests recomputed) is named at its line there.
    @Test func aRecordChangedOnlyInTheXMLDocumentIsLocated() throws {
        let package = try Self.makePackage()
        let xml = try Self.text(package + "/records.xml")
        let changed = xml.replacingOccurrences(of: "<receivedDate>2024-01-08</receivedDate>", with: "<receivedDate>2024-01-09</receivedDate>")
        #expect(changed != xml)
        try Self.write(changed, to: package + "/records.xml")
        try Self.recomputeManifest(package, for: "records.xml")
        let report = try Self.verify(package)
        #expect(report.status == 1)
        let line = try #require(changed.components(separatedBy: "\n").firstIndex { $0.contains("nationalKey=\"33:complaint:C-001\"") }) + 1
        #expect(report.has("package.xml-mismatch", file: "records.xml", path: "nationalKey", line: line), "\(report.findings)")
        #expect(!report.has("package.xml-mismatch", file: "records/complaint.jsonl"), "\(report.findings)")
    }

    @Test func aManifestWithAWrongCountIsCaught() throws {
        let package = try Self.makePackage()
        let manifest = package + "/manifest.json"
        let lines = try Self.text(manifest).components(separatedBy: "\n")
        let entry = try #require(lines.firstIndex { $0.contains("records/complaint.jsonl") }) + 1
        try Self.edit(manifest, line: entry, "\"records\":3", "\"records\":4")
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(report.has("package.file-records", file: "records/complaint.jsonl", path: "files[0].records"), "\(report.findings)")
        #expect(report.errors.count == 1, "\(report.errors)")

        let counts = try Self.makePackage()
        let countsLine = try #require(try Self.text(counts + "/manifest.json").components(separatedBy: "\n").firstIndex { $0.contains("\"counts\"") }) + 1
        try Self.edit(counts + "/manifest.json", line: countsLine, "\"accepted\":31,\"rejected\":0", "\"accepted\":30,\"rejected\":1")
        let second = try Self.verify(counts)
        #expect(second.status == 1)
        #expect(second.has("package.counts", file: "manifest.json", path: "counts.accepted", line: countsLine), "\(second.findings)")
    }

    @Test func aMissingFileIsCaught() throws {
        let package = try Self.makePackage()
        try FileManager.default.removeItem(atPath: package + "/records/clue.jsonl")
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(report.has("package.file-missing", file: "records/clue.jsonl"), "\(report.findings)")
    }

    @Test func aWrongNationalKeyProvinceIsCaught() throws {
        let package = try Self.makePackage()
        try Self.edit(package + "/records/complaint.jsonl", line: 2, "\"33:complaint:C-002\"", "\"44:complaint:C-002\"")
        try Self.recomputeManifest(package, for: "records/complaint.jsonl")
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(report.has("package.national-key-province", file: "records/complaint.jsonl", path: "nationalKey", line: 2), "\(report.findings)")
        #expect(!report.has("package.file-digest"))
    }

    @Test func anXMLOnlyPackageIsReadThroughItsDocument() throws {
        let package = try Self.makePackage(extra: ["--format", "xml"])
        let clean = try Self.verify(package)
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.counts == ["read": 31, "accepted": 31, "rejected": 0])
        let xml = package + "/records.xml"
        let lines = try Self.text(xml).components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("nationalKey=\"33:complaint:C-002\"") }) + 1
        try Self.edit(xml, line: line, "33:complaint:C-002", "44:complaint:C-002")
        try Self.recomputeManifest(package, for: "records.xml")
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(report.has("package.national-key-province", file: "records.xml", path: "nationalKey", line: line), "\(report.findings)")
        #expect(!report.has("package.file-digest"))
    }

    @Test func aDuplicateOrMismatchedNationalKeyIsCaught() throws {
        let package = try Self.makePackage()
        try Self.edit(package + "/records/complaint.jsonl", line: 2, "\"33:complaint:C-002\"", "\"33:complaint:C-001\"")
        try Self.recomputeManifest(package, for: "records/complaint.jsonl")
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(report.has("package.national-key-duplicate", file: "records/complaint.jsonl", path: "nationalKey", line: 2), "\(report.findings)")
        #expect(report.has("package.national-key-mismatch", file: "records/complaint.jsonl", path: "nationalKey", line: 2))
    }

    @Test func operationsAreCheckedAgainstThePreviousPackage() throws {
        let root = try ConvertCommandTests.scratchDirectory()
        let full = "\(root)/full", delta = "\(root)/delta"
        #expect(try Command.run(["convert", "samples/canonical/dishonesty.jsonl", "--out", full] + ConvertCommandTests.submitter).status == 0)
        let lines = try Self.text(Command.repositoryRoot.appendingPathComponent("samples/canonical/dishonesty.jsonl").path)
            .split(separator: "\n").map(String.init)
        var next = lines
        next[0] = next[0].replacingOccurrences(of: "\"facts\": \"", with: "\"facts\": \"补充：")
        #expect(next[0] != lines[0])
        let input = "\(root)/dishonesty.jsonl"
        try Self.write(next.joined(separator: "\n"), to: input)
        let settings = ConvertCommandTests.submitter.map { $0 == "33-20251201-01" ? "33-20251202-01" : $0 }
        let converted = try Command.run(["convert", input, "--out", delta, "--since", full] + settings)
        #expect(converted.status == 0, "\(converted.stdout)\(converted.stderr)")

        let clean = try Self.verify(delta, ["--since", full])
        #expect(clean.status == 0, "\(clean.output)")
        #expect(clean.errors.isEmpty)
        // Without --since the operations cannot be checked: a warning, not an error.
        let unchecked = try Self.verify(delta)
        #expect(unchecked.has("package.incremental-unchecked", file: "manifest.json", path: "mode"))
        // A FULL package does not follow another.
        #expect(try Self.verify(full, ["--since", full]).has("package.mode-since", file: "manifest.json"))

        // ADD of a key the previous package has.
        let deltaFile = delta + "/records/dishonesty.jsonl"
        let deltaLines = try Self.text(deltaFile).components(separatedBy: "\n")
        let line = try #require(deltaLines.firstIndex { $0.contains("\"UPDATE\"") }) + 1
        try Self.edit(deltaFile, line: line, "\"UPDATE\"", "\"ADD\"")
        try Self.recomputeManifest(delta, for: "records/dishonesty.jsonl")
        let report = try Self.verify(delta, ["--since", full])
        #expect(report.status == 1)
        #expect(report.has("package.operation-known-key", file: "records/dishonesty.jsonl", path: "operation", line: line), "\(report.findings)")
        #expect(report.has("package.operation-counts", file: "manifest.json"))
    }

    @Test func aPackageThatCannotBeReadExitsTwo() throws {
        let package = try Self.makePackage()
        try FileManager.default.removeItem(atPath: package + "/manifest.json")
        let missing = try Command.run(["verify", package, "--format", "json"])
        #expect(missing.status == 2)
        #expect(try Command.run(["verify", package + "/records/complaint.jsonl"]).status == 2)
        #expect(try Command.run(["verify", package + "/nowhere"]).status == 2)
    }

    @Test func aManifestThatIsNotJSONIsALocatedFinding() throws {
        let package = try Self.makePackage()
        try Self.edit(package + "/manifest.json", line: 7, "\"mode\": \"FULL\"", "\"mode\": FULL")
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(report.has("package.manifest-syntax", file: "manifest.json", line: 7), "\(report.findings)")
        #expect(report.counts["read"] == 31)  // the records are still read and checked
    }

    @Test(arguments: [
        ["\"uscc\":\"1133000029141777X9\"", "\"uscc\":\"1133000029141777X8\"", "package.submitter-uscc", "submitter.uscc"],
        ["\"divisionCode\":\"330000\"", "\"divisionCode\":\"990000\"", "package.submitter-division", "submitter.divisionCode"],
        ["\"batchId\": \"33-20251201-01\"", "\"batchId\": \"bad id\"", "package.batch-id", "batchId"],
        ["\"createdAt\": \"2025-12-01T02:00:00+08:00\"", "\"createdAt\": \"2025-12-01 02:00\"", "package.created-at", "createdAt"],
        ["\"version\":\"1.0\"", "\"version\":\"9.9\"", "package.standard", "standard"],
        ["\"format\": \"govcredit-package/1\",", "", "package.manifest-required", "format"],
    ])
    func manifestFieldsAreChecked(_ change: [String]) throws {
        let package = try Self.makePackage(["samples/canonical/complaint.jsonl"])
        let manifest = try Self.text(package + "/manifest.json")
        #expect(manifest.contains(change[0]))
        try Self.write(manifest.replacingOccurrences(of: change[0], with: change[1]), to: package + "/manifest.json")
        let report = try Self.verify(package)
        #expect(report.status == 1)
        #expect(report.has(change[2], file: "manifest.json", path: change[3]), "\(report.findings)")
    }
}
