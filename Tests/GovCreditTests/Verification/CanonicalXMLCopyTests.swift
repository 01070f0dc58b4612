import Foundation
import Testing
@testable import GovCredit

/// The quick comparison of a package's XML document with its JSON Lines records (``CanonicalXMLCopy``): it may only
/// say "equal" when the document is exactly the canonical form of those records, in any order; every other
/// document — reformatted, cut, padded, edited — must leave the decision to the full reading.
@Suite struct CanonicalXMLCopyTests {
    /// Every canonical sample record, with its envelope, in category order.
    static func records() throws -> [FlatRecord] {
        try RecordCategory.allCases.flatMap { try CanonicalWriterTests.samples($0) }
    }

    static func document(_ records: [FlatRecord]) -> [UInt8] {
        var bytes = CanonicalXMLWriter.documentStart()
        for record in records { CanonicalXMLWriter.append(record, to: &bytes) }
        bytes += CanonicalXMLWriter.documentEnd()
        return bytes
    }

    static func expectation(_ records: [FlatRecord]) -> CanonicalXMLCopy.Expectation {
        var expectation = CanonicalXMLCopy.Expectation()
        for record in records { expectation.add(accepted: record) }
        return expectation
    }

    /// The scan of `bytes` written to a file: the fingerprint and record count, or nil when not canonical.
    static func scan(_ bytes: [UInt8], limit: Int = 1 << 20) throws -> (RecordSetFingerprint, Int)? {
        let path = try TestFiles.temporaryFile(named: "records.xml", contents: bytes)
        var fingerprint = RecordSetFingerprint()
        guard let count = try CanonicalXMLCopy.fingerprintRecordElements(at: path, into: &fingerprint, maximumRecordBytes: limit) else {
            return nil
        }
        return (fingerprint, count)
    }

    @Test func theCanonicalDocumentOfTheRecordsMatchesInAnyOrder() throws {
        let records = try Self.records()
        #expect(records.count > 10)
        let expected = Self.expectation(records).fingerprint
        for order in [records, records.reversed(), records.enumerated().sorted { ($0.offset * 7919) % 13 < ($1.offset * 7919) % 13 }.map(\.element)] {
            let found = try #require(try Self.scan(Self.document(order)))
            #expect(found.0 == expected)
            #expect(found.1 == records.count)
        }
    }

    @Test func aDocumentOfOtherRecordsDoesNotMatch() throws {
        let records = try Self.records()
        let expected = Self.expectation(records).fingerprint
        // One record missing, one twice, one with a changed value: each is still canonical, but not these records.
        var changed = records
        changed[3].set(.text((changed[3][0]?.text ?? "") + "X"), at: 0)
        for other in [Array(records.dropLast()), records + [records[0]], changed] {
            let found = try #require(try Self.scan(Self.document(other)))
            #expect(found.0 != expected)
        }
    }

    /// What another tool could write for the same records, and damaged documents: none is taken as canonical, so
    /// the full reading decides (it reads the reformatted ones as equal, and locates the damage in the others).
    @Test(arguments: [
        "BOM", "CRLF", "tabs", "single quotes", "attributes swapped", "lower-case encoding", "no XML declaration",
        "epilog missing", "epilog without its line feed", "bytes after the epilog", "comment between records",
        "record cut", "two spaces in the root tag", "blank line between records",
    ])
    func aDocumentNotInCanonicalFormIsLeftToTheFullReading(_ change: String) throws {
        let records = try Self.records()
        let expected = Self.expectation(records).fingerprint
        let text = String(decoding: Self.document(records), as: UTF8.self)
        let altered: String
        switch change {
        case "BOM": altered = "\u{FEFF}" + text
        case "CRLF": altered = text.replacingOccurrences(of: "\n", with: "\r\n")
        case "tabs": altered = text.replacingOccurrences(of: "\n  ", with: "\n\t")
        case "single quotes": altered = text.replacingOccurrences(of: "operation=\"ADD\"", with: "operation='ADD'")
        case "attributes swapped":
            altered = text.replacingOccurrences(of: #"nationalKey="([^"]*)" operation="ADD""#, with: #"operation="ADD" nationalKey="$1""#,
                                                options: .regularExpression)
        case "lower-case encoding": altered = text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"utf-8\"")
        case "no XML declaration": altered = String(text.drop { $0 != "\n" }.dropFirst())
        case "epilog missing": altered = text.replacingOccurrences(of: "</records>\n", with: "")
        case "epilog without its line feed": altered = String(text.dropLast())
        case "bytes after the epilog": altered = text + "\n"
        case "comment between records": altered = text.replacingOccurrences(of: "\n  </complaint>\n", with: "\n  </complaint>\n  <!-- x -->\n")
        case "record cut": altered = String(text.prefix(text.count / 2)) + "\n</records>\n"
        case "two spaces in the root tag": altered = text.replacingOccurrences(of: "<records xmlns", with: "<records  xmlns")
        case "blank line between records": altered = text.replacingOccurrences(of: "\n  </complaint>\n", with: "\n  </complaint>\n\n")
        default: Issue.record("unknown change \(change)"); return
        }
        #expect(altered != text)
        if let found = try Self.scan(Array(altered.utf8)) {
            #expect(found.0 != expected, "\(change) was taken for the canonical document")
        }
    }

    @Test func aRecordLongerThanTheLimitEndsTheQuickPath() throws {
        let records = try Self.records()
        #expect(try Self.scan(Self.document(records), limit: 64) == nil)
    }

    /// Text may hold line feeds and indentation: the record still ends at its own end tag.
    @Test func textWithLineFeedsAndIndentationStaysInsideItsRecord() throws {
        var records = try CanonicalWriterTests.samples(.complaint)
        let set = records[0].set(.text("第一行\n  </complaint>\n  <complaint>\n    尾"), atPath: "summary")
        #expect(set)
        let found = try #require(try Self.scan(Self.document(records)))
        #expect(found.0 == Self.expectation(records).fingerprint)
        #expect(found.1 == records.count)
    }

    /// The yes-or-no XSD check agrees with xmllint on valid, invalid and ill-formed documents.
    @Test func theSchemaCheckAgreesWithXmllint() throws {
        let valid = String(decoding: Self.document(try Self.records()), as: UTF8.self)
        let documents = [
            ("valid", valid),
            ("unknown element", valid.replacingOccurrences(of: "    <id>", with: "    <unknown/>\n    <id>")),
            ("bad code", valid.replacingOccurrences(of: "operation=\"ADD\"", with: "operation=\"MERGE\"")),
            ("cut", String(valid.prefix(valid.count / 2))),
            ("empty", ""),
        ]
        let xsd = CanonicalWriterTests.Paths.xsd
        for (name, text) in documents {
            let path = try TestFiles.temporaryFile(named: "records.xml", text: text)
            let xmllint = try CanonicalWriterTests.Tool.xmllint(["--noout", "--stream", "--schema", xsd, path])
            #expect(try XMLSchemaStreamCheck.isValid(path: path, displayName: "records.xml", schema: .standard) == (xmllint.status == 0), "\(name)")
            #expect(try XMLSchemaStreamCheck.isValid(path: path, displayName: "records.xml", schema: .file(xsd)) == (xmllint.status == 0), "\(name)")
        }
    }

    /// The XSD pass: a canonical-looking document that breaks the schema is not taken (here the root's version).
    @Test func theQuickScanChecksTheSchema() throws {
        let records = try Self.records()
        let directory = try TestFiles.temporaryFile(named: "placeholder", text: "")
        let root = (directory as NSString).deletingLastPathComponent
        let file = VerificationRun.Listed(index: 0, path: "records.xml", category: nil, format: "xml", records: nil, bytes: nil, digests: [:])
        let valid = Self.document(records)
        try Data(valid).write(to: URL(fileURLWithPath: root + "/records.xml"))
        let found = try #require(try CanonicalXMLCopy.scan(files: [file], root: root, schema: .standard, maximumRecordBytes: 1 << 20).wait())
        #expect(found.fingerprint == Self.expectation(records).fingerprint)
        #expect(found.read == ["records.xml": records.count])
        // An element the XSD does not allow, inside a record written the canonical way.
        let broken = String(decoding: valid, as: UTF8.self).replacingOccurrences(of: "    <id>", with: "    <unknown/>\n    <id>")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: root + "/records.xml"))
        #expect(try CanonicalXMLCopy.scan(files: [file], root: root, schema: .standard, maximumRecordBytes: 1 << 20).wait() == nil)
    }
}
