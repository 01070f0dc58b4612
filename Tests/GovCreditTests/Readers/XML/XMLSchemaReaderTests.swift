import Foundation
import Testing
@testable import GovCredit

// Optional XSD validation while streaming (XMLReaderOptions.schemaPath): what the schema finds inside a record is an
// `xml.schema` finding on that record (located by libxml2's line, with its code); reading goes on.

@Suite("XML reader: XSD validation")
struct XMLSchemaReaderTests {
    static var options: XMLReaderOptions { XMLReaderOptions(schemaPath: XMLTestSupport.canonicalSchema) }

    /// records.xml with `edit` applied to its lines (0-based indexes).
    static func sample(_ edit: (inout [String]) -> Void) throws -> String {
        var lines = try String(contentsOfFile: XMLTestSupport.canonicalSample, encoding: .utf8).components(separatedBy: "\n")
        edit(&lines)
        return try XMLTestSupport.file(lines.joined(separator: "\n"), named: "records.xml")
    }

    static func replace(_ lines: inout [String], line: Int, _ old: String, _ new: String) {
        precondition(lines[line - 1].contains(old), "line \(line) is \(lines[line - 1])")
        lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new)
    }

    /// (record number, findings) of every item the schema found fault with: records carry them along (so the
    /// standard's rules still run), malformed items have them as their reason.
    static func malformed(_ items: [ReaderItem]) -> [Int: [Finding]] {
        var result: [Int: [Finding]] = [:]
        for item in items {
            switch item {
            case .malformed(let location, let findings): result[location.record] = findings
            case .record(let record) where !record.findings.isEmpty: result[record.location.record] = record.findings
            case .record: break
            }
        }
        return result
    }

    @Test("the canonical sample is valid against the generated XSD")
    func sampleIsValid() throws {
        let records = try XMLTestSupport.records(XMLTestSupport.canonicalSample, Self.options)
        #expect(records.count == 31)
    }

    @Test("a bad code is a finding on its record with the line, the field and libxml2's code; the others read")
    func badCode() throws {
        let path = try Self.sample { Self.replace(&$0, line: 75, "BUSINESS_ENVIRONMENT", "NOT_A_CHANNEL") }
        let (items, error) = XMLTestSupport.read(path, Self.options)
        #expect(error == nil)
        #expect(items.count == 31)
        let bad = Self.malformed(items)
        #expect(Array(bad.keys) == [3])
        let findings = try #require(bad[3])
        let first = try #require(findings.first)
        #expect(findings.allSatisfy { $0.rule.rawValue == "xml.schema" && $0.severity == .error })
        #expect(first.location.record == 3)
        #expect(first.location.line == 75)
        #expect(first.path == "channel")
        #expect(first.location.elementPath == "/records/complaint[3]/channel")
        Self.expectInMessage(findings, "1840", "NOT_A_CHANNEL")
    }

    /// libxml2's code and text reach the message in both languages.
    static func expectInMessage(_ findings: [Finding], _ parts: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = findings.contains { finding in parts.allSatisfy { finding.message.en.contains($0) && finding.message.zh.contains($0) } }
        #expect(found, sourceLocation: sourceLocation)
    }

    @Test("problems in two records land on each, including one found at a record's end tag")
    func severalRecords() throws {
        // dishonesty[2] is record 14: a bad USCC at line 285, and its <status> (line 302) removed.
        let path = try Self.sample { lines in
            Self.replace(&lines, line: 285, "114403040075584619", "BAD")
            Self.replace(&lines, line: 302, "<status>RESTORED</status>", "")
            Self.replace(&lines, line: 11, "91330106MA2H3K7P6X", "91330106MA2H3K7P6")
        }
        let (items, error) = XMLTestSupport.read(path, Self.options)
        #expect(error == nil)
        let bad = Self.malformed(items)
        #expect(bad.keys.sorted() == [1, 14])
        #expect(bad[1]?.first?.path == "complainant.uscc")
        #expect(bad[1]?.first?.location.line == 11)
        let fourteen = try #require(bad[14])
        #expect(fourteen.contains { $0.path == "entity.uscc" && $0.location.line == 285 })
        // The missing element is noticed at </dishonesty> (line 304): still inside record 14.
        let atEnd = fourteen.filter { $0.location.line == 304 }
        #expect(atEnd.count == 1)
        #expect(atEnd.first?.path == "")
        Self.expectInMessage(atEnd, "Missing child element", "status")
        #expect(fourteen.allSatisfy { $0.location.record == 14 })
    }

    @Test("a problem outside every record stops reading: the document is not of the schema's kind")
    func outsideRecords() throws {
        let path = try Self.sample { Self.replace(&$0, line: 3, "version=\"1.0\"", "version=\"2.0\"") }
        let error = try XMLTestSupport.inputError(path, Self.options)
        #expect(error.line == 3)
        #expect(error.message.en.contains("outside the records"))
        #expect(error.message.en.contains("version"))
    }

    @Test("a missing or broken schema is an InputError on the schema file")
    func badSchema() throws {
        var options = Self.options
        options.schemaPath = "/nonexistent/schema.xsd"
        #expect(try XMLTestSupport.inputError(XMLTestSupport.canonicalSample, options).message.en.hasPrefix("cannot open"))
        options.schemaPath = try XMLTestSupport.file("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/></xs:schema>",
                                                     named: "broken.xsd")
        let error = try XMLTestSupport.inputError(XMLTestSupport.canonicalSample, options)
        #expect(error.file == options.schemaPath)
        #expect(error.message.en.hasPrefix("the XML schema does not compile"))
    }

    @Test("without a schema nothing is validated")
    func noSchema() throws {
        let path = try Self.sample { Self.replace(&$0, line: 75, "BUSINESS_ENVIRONMENT", "NOT_A_CHANNEL") }
        #expect(try XMLTestSupport.records(path).count == 31)
    }
}
