import Foundation
import Testing

/// The generated XML Schema and JSON Schema (Standards/gov-integrity/1.0/generated/) against the valid fixtures
/// (samples/canonical/) and against documents that break one thing each. The schemas are
/// checked with the tools their users run: `xmllint` (libxml2-utils) and Python `jsonschema`. A missing tool
/// fails these tests, never skips them: CI installs both (`apt-get install libxml2-utils`, `pip install jsonschema`).
@Suite struct SchemaTests {
    // MARK: XML Schema

    @Test func xsdAcceptsTheValidFixtures() throws {
        let document = Paths.fixtures.appending(path: "records.xml")
        let result = try Tool.xmllint(["--noout", "--schema", Paths.xsd.path, document.path])
        #expect(result.status == 0, "xmllint rejected all.xml:\n\(result.stderr)")
    }

    @Test func xsdAcceptsEnvelopeAttributesAndAnyOrder() throws {
        let directory = try TemporaryDirectory()
        var lines = InvalidXML.complaintLines
        lines.swapAt(4, 12)  // fields in any order (xs:all)
        lines[2] = #"  <complaint nationalKey="33:complaint:C-900" operation="UPDATE">"#
        let file = try directory.write("envelope.xml", lines.joined(separator: "\n") + "\n")
        let result = try Tool.xmllint(["--noout", "--schema", Paths.xsd.path, file.path])
        #expect(result.status == 0, "xmllint rejected a valid record:\n\(result.stderr)")
    }

    @Test(arguments: InvalidXML.cases)
    func xsdRejects(_ invalid: InvalidXML) throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("invalid.xml", invalid.document)
        let result = try Tool.xmllint(["--noout", "--schema", Paths.xsd.path, file.path])
        #expect(result.status != 0, "xmllint accepted a document with \(invalid.name)")
        #expect(result.stderr.contains("\(file.path):\(invalid.line):"),
                "xmllint should name line \(invalid.line) for \(invalid.name); it said:\n\(result.stderr)")
        #expect(result.stderr.contains(invalid.expected),
                "xmllint should mention '\(invalid.expected)' for \(invalid.name); it said:\n\(result.stderr)")
    }

    // MARK: JSON Schema

    @Test func jsonSchemaIsAValidDraft202012Schema() throws {
        let result = try Tool.python([Paths.jsonHelper.path, Paths.jsonSchema.path, "check-schema"])
        #expect(result.status == 0, "check_schema failed:\n\(result.stderr)")
    }

    @Test(arguments: Paths.categories)
    func everyFixtureLineValidates(_ category: String) throws {
        let fixture = Paths.fixtures.appending(path: "\(category).jsonl")
        let lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n")
        #expect((2...4).contains(lines.count), "\(category).jsonl should hold 2-4 records")
        let result = try Tool.python([Paths.jsonHelper.path, Paths.jsonSchema.path, "validate", category, fixture.path])
        #expect(result.status == 0, "\(category).jsonl does not validate:\n\(result.stdout)\(result.stderr)")
    }

    @Test func jsonSchemaAcceptsTheEnvelope() throws {
        let directory = try TemporaryDirectory()
        let line = try InvalidJSON.mutate(category: "complaint", [
            ("nationalKey", #""33:complaint:C-001""#), ("operation", #""RESTORE""#),
        ])
        let file = try directory.write("envelope.jsonl", line + "\n")
        let result = try Tool.python([Paths.jsonHelper.path, Paths.jsonSchema.path, "validate", "complaint", file.path])
        #expect(result.status == 0, "a record with nationalKey and operation was rejected:\n\(result.stdout)")
    }

    @Test(arguments: InvalidJSON.cases)
    func jsonSchemaRejects(_ invalid: InvalidJSON) throws {
        let directory = try TemporaryDirectory()
        let line = try InvalidJSON.mutate(category: invalid.category, [(invalid.path, invalid.value)])
        let file = try directory.write("invalid.jsonl", line + "\n")
        let result = try Tool.python([Paths.jsonHelper.path, Paths.jsonSchema.path, "validate", invalid.category,
                                      file.path])
        #expect(result.status == 1, """
            a record with \(invalid.name) was not rejected (exit \(result.status)):
            \(result.stdout)\(result.stderr)
            """)
        #expect(result.stdout.contains("\(file.path):1: invalid at"), "no located error:\n\(result.stdout)")
        #expect(result.stdout.contains(invalid.expected),
                "the error should mention '\(invalid.expected)' for \(invalid.name):\n\(result.stdout)")
    }

    // MARK: Fixtures

    @Test func fixtureIdentifiersHaveCorrectCheckCharacters() throws {
        let result = try Tool.python([Paths.root.appending(path: "tools/crosscheck/check_samples.py").path])
        #expect(result.status == 0, "check_samples.py found problems:\n\(result.stderr)")
    }

}

// Helpers are nested in the suite so that their names cannot clash with other test files of the module.
extension SchemaTests {
    // MARK: - Invalid documents


    /// A complaint document that breaks exactly one thing, and the line xmllint must name.
    struct InvalidXML: Sendable, CustomTestStringConvertible {
        let name: String
        let document: String
        let line: Int
        let expected: String
        var testDescription: String { name }

        /// One valid complaint, one field per line (line numbers are the index + 1).
        static let complaintLines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<records xmlns="urn:govcredit:gov-integrity:1.0" standard="gov-integrity" version="1.0">"#,
            #"  <complaint>"#,
            #"    <id>C-900</id>"#,
            #"    <receivedDate>2024-01-08</receivedDate>"#,
            #"    <channel>CREDIT_WEBSITE</channel>"#,
            #"    <complainant><name>杭州西溪智造科技有限公司</name><uscc>91330106MA2H3K7P4T</uscc></complainant>"#,
            #"    <respondent><name>杭州市西湖区经济和信息化局</name><uscc>11330106002495318K</uscc><divisionCode>330106</divisionCode></respondent>"#,
            #"    <domain>INDUSTRIAL_SUPPORT</domain>"#,
            #"    <behaviour>BREACH</behaviour>"#,
            #"    <amountInvolved>1500000.00</amountInvolved>"#,
            #"    <summary>未按协议拨付第二期产业扶持资金。</summary>"#,
            #"    <status>RECEIVED</status>"#,
            #"  </complaint>"#,
            #"</records>"#,
        ]

        /// Replaces the line holding `marker` (nil: removes it); `line` is where xmllint must report.
        static func breaking(_ name: String, _ marker: String, with replacement: String?, line: Int? = nil,
                             expected: String) -> InvalidXML {
            var lines = complaintLines
            let index = lines.firstIndex { $0.contains(marker) }!
            if let replacement { lines[index] = replacement } else { lines.remove(at: index) }
            return InvalidXML(name: name, document: lines.joined(separator: "\n") + "\n", line: line ?? index + 1,
                              expected: expected)
        }

        static let cases: [InvalidXML] = [
            breaking("a code outside its code list", "<channel>", with: "    <channel>FAX</channel>",
                     expected: "'FAX'"),
            breaking("a date that does not exist", "<receivedDate>",
                     with: "    <receivedDate>2023-02-30</receivedDate>", expected: "2023-02-30"),
            breaking("a date with a time zone", "<receivedDate>",
                     with: "    <receivedDate>2024-01-08+08:00</receivedDate>", expected: "pattern"),
            breaking("an unknown element", "<status>", with: "    <status>RECEIVED</status><colour>red</colour>",
                     expected: "colour"),
            breaking("a missing required element", "<summary>", with: nil, line: 3, expected: "summary"),
            breaking("an amount with 3 decimals", "<amountInvolved>",
                     with: "    <amountInvolved>1500.005</amountInvolved>", expected: "1500.005"),
            breaking("a negative amount", "<amountInvolved>", with: "    <amountInvolved>-1</amountInvolved>",
                     expected: "-1"),
            breaking("an empty required text", "<summary>", with: "    <summary></summary>", expected: "minLength"),
            breaking("a malformed USCC", "<complainant>",
                     with: "    <complainant><name>某公司</name><uscc>91330106MA2H3K7P4</uscc></complainant>",
                     expected: "91330106MA2H3K7P4"),
            breaking("an unknown operation", "<complaint>", with: #"  <complaint operation="DELETE">"#,
                     expected: "DELETE"),
            breaking("a wrong standard attribute", "<records", with:
                        #"<records xmlns="urn:govcredit:gov-integrity:1.0" standard="gov-integrity" version="2.0">"#,
                     expected: "version"),
        ]
    }

    /// A fixture record with one field set to a bad value (`value` is JSON; nil removes the field).
    struct InvalidJSON: Sendable, CustomTestStringConvertible {
        let name: String
        let category: String
        let path: String
        let value: String?
        let expected: String
        var testDescription: String { name }

        static let cases: [InvalidJSON] = [
            InvalidJSON(name: "a code outside its code list", category: "complaint", path: "channel",
                        value: #""FAX""#, expected: "'FAX'"),
            InvalidJSON(name: "a date that does not exist", category: "complaint", path: "receivedDate",
                        value: #""2023-02-30""#, expected: "invalid at receivedDate"),
            InvalidJSON(name: "an unknown property", category: "complaint", path: "colour", value: #""red""#,
                        expected: "'colour'"),
            InvalidJSON(name: "a missing required property", category: "complaint", path: "summary", value: nil,
                        expected: "'summary'"),
            InvalidJSON(name: "a missing conditional property", category: "complaint", path: "transferredDate",
                        value: nil, expected: "'transferredDate'"),
            InvalidJSON(name: "an amount with 3 decimals", category: "complaint", path: "amountInvolved",
                        value: #""1500.005""#, expected: "invalid at amountInvolved"),
            InvalidJSON(name: "a negative amount", category: "complaint", path: "amountInvolved", value: "-1",
                        expected: "invalid at amountInvolved"),
            InvalidJSON(name: "a malformed USCC in a block", category: "complaint", path: "respondent.uscc",
                        value: #""1133010600249531""#, expected: "invalid at respondent.uscc"),
            InvalidJSON(name: "an unknown property in a block", category: "complaint", path: "respondent.phone",
                        value: #""13912345678""#, expected: "'phone'"),
            InvalidJSON(name: "an unknown operation", category: "complaint", path: "operation", value: #""DELETE""#,
                        expected: "'DELETE'"),
            InvalidJSON(name: "a zero amount owed", category: "arrears", path: "amountOwed", value: #""0.00""#,
                        expected: "invalid at amountOwed"),
            InvalidJSON(name: "an empty reference list", category: "typicalCase", path: "dishonestyIds", value: "[]",
                        expected: "invalid at dishonestyIds"),
            InvalidJSON(name: "a caseNumber over its length", category: "enforcement", path: "caseNumber",
                        value: "\"" + String(repeating: "号", count: 101) + "\"", expected: "invalid at caseNumber"),
        ]

        /// The first record of `<category>.jsonl` with `changes` applied, as one JSON line.
        static func mutate(category: String, _ changes: [(path: String, value: String?)]) throws -> String {
            let fixture = Paths.fixtures.appending(path: "\(category).jsonl")
            let first = try #require(try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n").first)
            var record = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
            for change in changes {
                let value = try change.value.map { try JSONSerialization.jsonObject(with: Data($0.utf8),
                                                                                    options: .fragmentsAllowed) }
                record = set(record, path: change.path.split(separator: ".").map(String.init), to: value)
            }
            let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }

        private static func set(_ object: [String: Any], path: [String], to value: Any?) -> [String: Any] {
            var object = object
            if path.count == 1 {
                object[path[0]] = value
            } else {
                let inner = object[path[0]] as? [String: Any] ?? [:]
                object[path[0]] = set(inner, path: Array(path.dropFirst()), to: value)
            }
            return object
        }
    }

    // MARK: - Paths and tools

    enum Paths {
        /// The repository root, from this file's place in it (Tests/GovCreditTests/Schemas/SchemaTests.swift).
        static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        static let schemasDirectory = root.appending(path: "Tests/GovCreditTests/Schemas")
        static let fixtures = root.appending(path: "samples/canonical")
        static let generated = root.appending(path: "Standards/gov-integrity/1.0/generated")
        static let xsd = generated.appending(path: "gov-integrity-1.0.xsd")
        static let jsonSchema = generated.appending(path: "gov-integrity-1.0.schema.json")
        static let jsonHelper = schemasDirectory.appending(path: "json_schema_check.py")
        static let categories = ["complaint", "contract", "performance", "verification", "dishonesty", "arrears",
                                 "enforcement", "sanction", "restoration", "clue", "typicalCase"]
    }

    struct ToolMissing: Error, CustomStringConvertible {
        let description: String
    }

    struct ToolResult {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    enum Tool {
        /// `xmllint …`; throws (failing the test) when xmllint is not installed.
        static func xmllint(_ arguments: [String]) throws -> ToolResult {
            let result = try run(["xmllint"] + arguments)
            if result.status == 127 {
                throw ToolMissing(description: "xmllint is not installed: apt-get install libxml2-utils")
            }
            return result
        }

        /// `python3 …`; throws when python3 or its jsonschema/PyYAML package is missing (the helpers exit 3).
        static func python(_ arguments: [String]) throws -> ToolResult {
            let result = try run(["python3"] + arguments)
            if result.status == 127 {
                throw ToolMissing(description: "python3 is not installed")
            }
            if result.status == 3 {
                throw ToolMissing(description: "a Python package is missing: \(result.stderr)")
            }
            return result
        }

        /// Runs through /usr/bin/env (PATH lookup; 127 = not found), output captured in files, not pipes, so a
        /// long report cannot fill a pipe buffer and block the child.
        static func run(_ arguments: [String]) throws -> ToolResult {
            let directory = try TemporaryDirectory()
            let out = try directory.write("stdout", "")
            let err = try directory.write("stderr", "")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = arguments
            process.currentDirectoryURL = Paths.root
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
            process.waitUntilExit()
            return ToolResult(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                              stderr: try String(contentsOf: err, encoding: .utf8))
        }
    }

    /// A fresh folder under the system temporary directory, removed when the value goes away.
    final class TemporaryDirectory {
        let url: URL

        init() throws {
            url = FileManager.default.temporaryDirectory.appending(path: "govcredit-schema-tests-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ name: String, _ text: String) throws -> URL {
            let file = url.appending(path: name)
            try Data(text.utf8).write(to: file)
            return file
        }
    }
}
