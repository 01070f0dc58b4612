import Foundation
import Testing
@testable import GovCredit

// Hostile XML and YAML through the whole pipeline (RecordFileValidator, as `govcredit validate` runs it). The readers'
// own tests (Readers/XML/XMLSecurityReaderTests, Readers/YAML/YAMLReaderErrorTests) cover the mechanisms at 10,000
// levels and with a secret file of the test's making; these add the classic targets (/etc/passwd, http://), DTD
// features that could add data, 100,000 levels, and a bound on time for each.

@Suite("Hostile XML and YAML")
struct HostileMarkupTests {
    /// A line of /etc/passwd that must never come out of a run.
    static let passwdMarker = "root:x:0:0"

    static func canonicalXML(doctype: String, record: String) -> String {
        "<?xml version=\"1.0\"?>\n\(doctype)\n<records xmlns=\"urn:govcredit:gov-integrity:1.0\">\n\(record)\n</records>\n"
    }

    @Test("an external entity to a file or a URL is refused at its line; nothing is read, nothing is fetched",
          arguments: ["text", "attribute"])
    func externalEntities(place: String) throws {
        let listener = try LoopbackListener()
        for target in ["file:///etc/passwd", "http://127.0.0.1:\(listener.port)/passwd"] {
            let record = place == "text" ? "<complaint><id>C-1</id><summary>&x;</summary></complaint>"
                                         : "<complaint note=\"&x;\"><id>C-1</id></complaint>"
            let text = Self.canonicalXML(doctype: "<!DOCTYPE records [<!ENTITY x SYSTEM \"\(target)\">]>", record: record)
            let run = try Hostile.run(text: text, named: "records.xml")
            let error = try #require(run.error, "\(target) in \(place)")
            #expect(error.line == 4, "\(error)")
            #expect(run.outcomes.isEmpty)
            #expect(!run.everything.contains(Self.passwdMarker))
        }
        #expect(!listener.wasContacted)
    }

    @Test("a DTD is never loaded and adds nothing: external subsets, parameter entities, attribute defaults")
    func doctypes() throws {
        let listener = try LoopbackListener()
        let http = "http://127.0.0.1:\(listener.port)"
        let record = "<complaint><id>C-1</id></complaint>"
        let doctypes = [
            "<!DOCTYPE records SYSTEM \"file:///etc/passwd\">",
            "<!DOCTYPE records PUBLIC \"-//X//Y\" \"\(http)/records.dtd\">",
            "<!DOCTYPE records [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>",
            "<!DOCTYPE records [<!ENTITY % p SYSTEM \"\(http)/p.dtd\"> %p;]>",
            // Defaults from a DTD would add a field the file does not hold (no XML_PARSE_DTDATTR).
            "<!DOCTYPE records [<!ATTLIST complaint injected CDATA \"from-the-dtd\">]>",
        ]
        for doctype in doctypes {
            let run = try Hostile.run(text: Self.canonicalXML(doctype: doctype, record: record), named: "records.xml")
            #expect(!run.everything.contains(Self.passwdMarker), "\(doctype)")
            #expect(!run.everything.contains("from-the-dtd"), "\(doctype)")
            if let error = run.error {
                #expect(error.line != nil, "\(doctype): \(error)")
            } else {
                // Read as the document it is: one complaint, rejected for its missing fields, never for the DTD.
                #expect(run.counts.read == 1, "\(doctype)")
                #expect(!run.everything.contains("injected"), "\(doctype)")
            }
        }
        #expect(!listener.wasContacted)
    }

    /// The yes-or-no XSD check that `verify` runs on a package's XML document (``XMLSchemaStreamCheck``) has its own
    /// parser: it must fetch nothing either, and take no such document for a valid one.
    @Test("the SAX schema check fetches no DTD or entity")
    func schemaStreamCheckFetchesNothing() throws {
        let listener = try LoopbackListener()
        let http = "http://127.0.0.1:\(listener.port)"
        let cases: [(doctype: String, record: String)] = [
            ("<!DOCTYPE records [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "<complaint><id>C-1</id><summary>&x;</summary></complaint>"),
            ("<!DOCTYPE records [<!ENTITY x SYSTEM \"\(http)/x\">]>", "<complaint><id>C-1</id><summary>&x;</summary></complaint>"),
            ("<!DOCTYPE records SYSTEM \"\(http)/records.dtd\">", "<complaint><id>C-1</id></complaint>"),
            ("<!DOCTYPE records [<!ENTITY % p SYSTEM \"\(http)/p.dtd\"> %p;]>", "<complaint><id>C-1</id></complaint>"),
        ]
        for (doctype, record) in cases {
            let path = try TestFiles.temporaryFile(named: "records.xml", text: Self.canonicalXML(doctype: doctype, record: record))
            // Against the standard's XSD these records lack required fields: never valid. Without a schema the
            // answer is well-formedness alone; either way nothing may be fetched.
            #expect(try XMLSchemaStreamCheck.isValid(path: path, displayName: "records.xml", schema: .standard) == false, "\(doctype)")
            _ = try XMLSchemaStreamCheck.isValid(path: path, displayName: "records.xml", schema: nil)
        }
        #expect(!listener.wasContacted)
    }

    @Test("entity expansion bombs end with a located error in bounded time: billion laughs and quadratic blow-up",
          arguments: ["laughs-text", "laughs-attribute", "quadratic-attribute"])
    func expansionBombs(kind: String) throws {
        var declarations = ""
        let reference: String
        if kind.hasPrefix("laughs") {
            declarations = "<!ENTITY l0 \"lol\">\n"
            for level in 1...9 {
                declarations += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">\n"
            }
            reference = "&l9;"
        } else {
            // 100 KB repeated 10,000 times: a gigabyte from 150 KB, with no nesting for a depth check to see.
            declarations = "<!ENTITY big \"" + String(repeating: "A", count: 100_000) + "\">\n"
            reference = String(repeating: "&big;", count: 10_000)
        }
        let record = kind.hasSuffix("text") ? "<complaint><id>C-1</id><summary>\(reference)</summary></complaint>"
                                            : "<complaint note=\"\(reference)\"><id>C-1</id></complaint>"
        let doctype = "<!DOCTYPE records [\n\(declarations)]>"
        let text = Self.canonicalXML(doctype: doctype, record: record)
        let recordLine = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("<complaint") }.map { $0 + 1 }
        let run = try Hostile.run(text: text, named: "records.xml")
        let error = try #require(run.error, "\(kind): read \(run.counts)")
        #expect(error.line == recordLine, "\(error)")
        #expect(run.outcomes.isEmpty)
        #expect(run.elapsed < .seconds(10))
    }

    @Test("100,000 levels of XML elements: a located error, in a record and in a skipped header", arguments: [true, false])
    func deepXML(inRecord: Bool) throws {
        let deep = String(repeating: "<a>", count: 100_000) + "x" + String(repeating: "</a>", count: 100_000)
        let run: Hostile.Run
        if inRecord {
            run = try Hostile.run(text: "<records>\n<complaint><id>C-1</id></complaint>\n<complaint>\n" + deep + "</complaint></records>",
                                  named: "records.xml")
            #expect(run.counts.read == 1)  // the record before it is not lost
        } else {
            let profile = try Hostile.profile(HostileProfiles.xml)
            run = try Hostile.run(text: "<导出>\n<报送单位>\n" + deep + "</报送单位></导出>", named: "export.xml", profile: profile)
        }
        let error = try #require(run.error)
        // The deep part starts on line 4 in the record, line 3 in the header. In a record the reader's cap of 64
        // stops it; a skipped header is passed over by libxml2 itself, whose own cap is 256 levels.
        #expect(error.line == (inRecord ? 4 : 3), "\(error)")
        #expect(error.message.en.contains(inRecord ? "deeper than 64" : "Excessive depth in document: 256"), "\(error)")
        #expect(run.elapsed < .seconds(10))
    }

    @Test("100,000 levels of YAML, flow and block: a located error in bounded time", arguments: ["flow-sequence", "flow-mapping", "block"])
    func deepYAML(kind: String) throws {
        let text: String
        switch kind {
        case "flow-sequence":
            text = "- id: D-1\n- id: D-2\n  deep: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        case "flow-mapping":
            text = "- id: D-1\n- id: D-2\n  deep: " + String(repeating: "{a: ", count: 100_000) + "x" + String(repeating: "}", count: 100_000) + "\n"
        default:
            // Block nesting needs an indent per level: 2,000 levels are 2 MB of indentation, far past the cap of 64.
            text = "- id: D-1\n- id: D-2\n  deep:\n" + (0..<2_000).map { String(repeating: " ", count: 4 + $0) + "k:\n" }.joined()
        }
        let run = try Hostile.run(text: text, named: "dishonesty.yaml", category: .dishonesty)
        let error = try #require(run.error)
        // Levels: the sequence 1, the record 2, then one per `k:` line from line 4: the 65th opens on line 66.
        #expect(error.line == (kind == "block" ? 66 : 3), "\(error)")
        #expect(error.message.en.contains("deeper than 64"), "\(error)")
        #expect(run.counts.read == 1)
        #expect(run.elapsed < .seconds(10))
    }

    @Test("YAML alias bombs end with a located error in bounded time: nested laughs and one anchor repeated",
          arguments: ["laughs", "wide"])
    func yamlAliasBombs(kind: String) throws {
        var lines = ["- id: D-1", "- id: D-2"]
        if kind == "laughs" {
            lines.append("  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]")
            for (name, previous) in zip("bcdefghij", "abcdefghi") {
                lines.append("  \(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
            }
        } else {
            // An anchor just under the size cap, repeated until the document's alias budget runs out.
            lines.append("  a: &a [" + Array(repeating: "x", count: 999).joined(separator: ", ") + "]")
            for index in 0..<2_000 { lines.append("  k\(index): *a") }
        }
        let run = try Hostile.run(text: lines.joined(separator: "\n") + "\n", named: "dishonesty.yaml", category: .dishonesty)
        let error = try #require(run.error)
        #expect(error.line != nil && error.line ?? 0 > 2, "\(error)")
        #expect(error.message.en.contains("alias"), "\(error)")
        #expect(run.counts.read == 1)
        #expect(run.elapsed < .seconds(10))
    }
}

/// Small provincial profiles for hostile files.
enum HostileProfiles {
    static let xml = """
    profile: 1
    source: {format: xml, records: 导出/案件}
    categories:
      - category: complaint
        fields: {id: 编号, summary: 内容}
    """

    static let yaml = """
    profile: 1
    source: {format: yaml, records: 数据.案件}
    categories:
      - category: complaint
        fields: {id: 编号, summary: 内容}
    """

    static let csv = """
    profile: 1
    source: {format: csv}
    categories:
      - category: complaint
        fields: {id: 编号, summary: 内容}
    """
}
