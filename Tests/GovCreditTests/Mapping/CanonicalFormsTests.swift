import Foundation
import Testing
@testable import GovCredit

/// The same records written in every canonical form — JSON Lines, CSV (UTF-8, UTF-8 with BOM and CRLF,
/// GB18030), XML and YAML — give the same findings, at the right record and at the line where each record
/// starts (issue 3: the canonical forms need no profile and validate identically).
@Suite("Canonical forms agree")
struct CanonicalFormsTests {
    /// Valid records of the category, then copies each broken in a way every form can express.
    static func records(_ category: RecordCategory) throws -> [JSONValue] {
        let valid = try TestFiles.validRecords(category)
        guard let base = valid.first else { return valid }
        var broken: [JSONValue] = []
        let fields = category.fields
        broken.append(base.setting("id", to: nil))
        if let date = fields.first(where: { if case .date = $0.kind { return $0.parent == nil } else { return false } }) {
            broken.append(base.setting(date.path, to: .string("2023-02-30")))
        }
        if let code = fields.first(where: { if case .code = $0.kind { return base[path: $0.path] != nil } else { return false } }) {
            broken.append(base.setting(code.path, to: .string("NOT_A_CODE")))
        }
        if let uscc = fields.first(where: { if case .uscc = $0.kind { return base[path: $0.path] != nil } else { return false } }) {
            broken.append(base.setting(uscc.path, to: .string("91110000600037341N")))
        }
        if let text = fields.first(where: { if case .text = $0.kind { return $0.isRequired && $0.parent == nil } else { return false } }) {
            broken.append(base.setting(text.path, to: .string("  ")))
        }
        return valid + broken
    }

    struct Written {
        let name: String
        let bytes: [UInt8]
        /// The line where each record starts.
        let startLines: [Int]
    }

    @Test(arguments: RecordCategory.allCases)
    func everyFormGivesTheSameFindings(_ category: RecordCategory) throws {
        let records = try Self.records(category)
        let csv = CanonicalWriters.csv(records, lineEnd: "\n")
        let csvCRLF = CanonicalWriters.csv(records, lineEnd: "\r\n")
        let forms: [Written] = [
            CanonicalWriters.jsonLines(records, category: category),
            Written(name: "\(category.rawValue).csv", bytes: Array(csv.text.utf8), startLines: csv.startLines),
            Written(name: "\(category.rawValue).csv", bytes: TextDecoder.utf8ByteOrderMark + Array(csvCRLF.text.utf8),
                    startLines: csvCRLF.startLines),
            Written(name: "\(category.rawValue).csv", bytes: try GB18030.encode(csv.text), startLines: csv.startLines),
            CanonicalWriters.xml(records, category: category),
            CanonicalWriters.yaml(records, category: category),
        ]
        var reference: [[String]]?
        for (index, form) in forms.enumerated() {
            let path = try TestFiles.temporaryFile(named: form.name, contents: form.bytes)
            var outcomes: [RecordOutcome] = []
            let counts = try RecordFileValidator(options: ValidationOptions(today: fixtureToday))
                .validateFile(at: path, category: category) { outcomes.append($0) }
            #expect(counts.read == records.count, "form \(index) \(form.name)")
            #expect(outcomes.map(\.location.record) == Array(1...records.count), "form \(index)")
            #expect(outcomes.map(\.location.line) == form.startLines, "form \(index) \(form.name)")
            let findings = outcomes.map { outcome in outcome.findings.map { "\($0.rule)@\($0.path)" }.sorted() }
            if let reference {
                #expect(findings == reference, "form \(index) \(form.name) differs from JSON Lines")
            } else {
                reference = findings
                #expect(findings.filter { !$0.isEmpty }.count >= 3, "the broken copies must raise findings")
            }
        }
    }
}

/// Test-side writers of the canonical forms (independent of any exporter the library may grow).
enum CanonicalWriters {
    static func jsonLines(_ records: [JSONValue], category: RecordCategory) -> CanonicalFormsTests.Written {
        CanonicalFormsTests.Written(name: "\(category.rawValue).jsonl", bytes: Array(records.map(\.text).joined(separator: "\n").utf8) + [0x0A],
                                    startLines: Array(1...records.count))
    }

    /// Flattens to dotted paths; lists joined with `;`.
    static func flatten(_ value: JSONValue, prefix: String = "") -> [(String, String)] {
        guard case .object(let members) = value else { return [] }
        var out: [(String, String)] = []
        for (key, child) in members {
            let path = prefix + key
            switch child {
            case .object: out += flatten(child, prefix: path + ".")
            case .array(let items): out.append((path, items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }.joined(separator: ";")))
            case .string(let text): out.append((path, text))
            case .number(let digits): out.append((path, digits))
            default: break
            }
        }
        return out
    }

    static func csv(_ records: [JSONValue], lineEnd: String) -> (text: String, startLines: [Int]) {
        let rows = records.map { flatten($0) }
        var header: [String] = []
        for row in rows { for (key, _) in row where !header.contains(key) { header.append(key) } }
        func quote(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var text = header.map(quote).joined(separator: ",") + lineEnd
        var line = 2
        var starts: [Int] = []
        for row in rows {
            let values = Dictionary(row, uniquingKeysWith: { first, _ in first })
            let cells = header.map { values[$0].map(quote) ?? "" }
            let rowText = cells.joined(separator: ",")
            starts.append(line)
            line += rowText.filter { $0 == "\n" || $0 == "\r\n" }.count + 1
            text += rowText + lineEnd
        }
        return (text, starts)
    }

    static func xml(_ records: [JSONValue], category: RecordCategory) -> CanonicalFormsTests.Written {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#, #"<records xmlns="urn:govcredit:gov-integrity:1.0">"#]
        var starts: [Int] = []
        func element(_ name: String, _ value: JSONValue, indent: String) {
            switch value {
            case .object(let members):
                lines.append("\(indent)<\(name)>")
                for (key, child) in members { element(key, child, indent: indent + "  ") }
                lines.append("\(indent)</\(name)>")
            case .array(let items):
                let singular = String(name.dropLast())
                lines.append("\(indent)<\(name)>")
                for case .string(let item) in items { lines.append("\(indent)  <\(singular)>\(escape(item))</\(singular)>") }
                lines.append("\(indent)</\(name)>")
            case .string(let text):
                // Text may hold newlines: the element still starts on this line.
                let element = "\(indent)<\(name)>\(escape(text))</\(name)>"
                lines.append(element)
            case .number(let digits):
                lines.append("\(indent)<\(name)>\(digits)</\(name)>")
            default:
                break
            }
        }
        for record in records {
            starts.append(lines.joined(separator: "\n").filter { $0 == "\n" }.count + 2)
            element(category.rawValue, record, indent: "  ")
        }
        lines.append("</records>")
        return CanonicalFormsTests.Written(name: "records.xml", bytes: Array((lines.joined(separator: "\n") + "\n").utf8), startLines: starts)
    }

    static func yaml(_ records: [JSONValue], category: RecordCategory) -> CanonicalFormsTests.Written {
        // JSON string literals are valid YAML double-quoted scalars: no value is left to YAML's type guessing.
        var lines: [String] = ["# canonical YAML"]
        var starts: [Int] = []
        func mapping(_ members: [(key: String, value: JSONValue)], indent: String, firstPrefix: String) {
            for (index, (key, value)) in members.enumerated() {
                let prefix = index == 0 ? firstPrefix : indent
                switch value {
                case .object(let children):
                    lines.append("\(prefix)\(key):")
                    mapping(children, indent: indent + "  ", firstPrefix: indent + "  ")
                case .array(let items):
                    lines.append("\(prefix)\(key): [" + items.map(\.text).joined(separator: ", ") + "]")
                case .string, .number:
                    lines.append("\(prefix)\(key): \(value.text)")
                default:
                    break
                }
            }
        }
        for record in records {
            guard case .object(let members) = record else { continue }
            starts.append(lines.count + 1)
            mapping(members, indent: "  ", firstPrefix: "- ")
        }
        return CanonicalFormsTests.Written(name: "\(category.rawValue).yaml", bytes: Array((lines.joined(separator: "\n") + "\n").utf8),
                                           startLines: starts)
    }
}

/// GB18030 bytes from Python's codec, an implementation independent of the iconv the library uses.
enum GB18030 {
    static func encode(_ text: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('gb18030'))"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
