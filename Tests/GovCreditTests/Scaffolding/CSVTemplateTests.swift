import Foundation
import Testing
@testable import GovCredit

/// `govcredit template`: an empty CSV a clerk fills in Excel must read back with no profile, in both languages.
@Suite("CSV templates")
struct CSVTemplateTests {
    /// One CSV cell per column of the template, from a canonical JSON record (lists as `a;b`).
    static func row(for category: RecordCategory, from record: JSONValue) -> [String] {
        category.leafSlots.map { slot in
            switch record[path: category.fields[slot].path] {
            case .string(let text)?: return text
            case .number(let text)?: return text
            case .array(let items)?: return items.compactMap { if case .string(let text) = $0 { return text } else { return nil } }.joined(separator: ";")
            default: return ""
            }
        }
    }

    @Test("Chinese column names are unique in every category and name their field")
    func chineseColumnsAreUnique() {
        for category in RecordCategory.allCases {
            let names = CSVTemplate.columns(for: category, language: .zh)
            #expect(Set(names).count == names.count, "\(category): \(names)")
            for slot in category.leafSlots {
                #expect(category.slot(ofChineseColumn: category.chineseColumnName(ofSlot: slot)) == slot)
            }
        }
    }

    @Test("A template starts with the UTF-8 BOM, has one CRLF header row and no data")
    func templateShape() {
        let bytes = CSVTemplate.bytes(for: .dishonesty)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n"))
        #expect(text.filter { $0 == "\n" || $0 == "\r\n" }.count == 1)
        #expect(text.hasPrefix("失信记录编号,失信主体.主体名称,失信主体.统一社会信用代码,"))
        #expect(CSVTemplate.text(for: .dishonesty, language: .en).hasPrefix("id,entity.name,entity.uscc,"))
    }

    @Test("Template, one valid row, validate with no profile: no finding", arguments: RecordCategory.allCases, Language.allCases)
    func filledTemplateValidates(category: RecordCategory, language: Language) throws {
        let record = try #require(try TestFiles.validRecords(category).first)
        let path = try TestFiles.temporaryFile(named: "33-\(category.rawValue).csv", contents: [])
        try CSVTemplate.write(category, language: language, to: path)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(CSVTemplate.csvRow(Self.row(for: category, from: record)).utf8))
        try handle.close()
        let validator = RecordFileValidator(options: ValidationOptions(today: fixtureToday))
        var findings: [Finding] = []
        let counts = try validator.validateFile(at: path, category: RecordCategory(fileName: path)) { findings += $0.findings }
        #expect(counts.read == 1 && counts.accepted == 1)
        #expect(findings.isEmpty, "\(findings.map { "\($0.rule.rawValue)@\($0.path)" })")
    }

    @Test("An unknown Chinese column is still reported, not dropped")
    func unknownColumnIsAFinding() throws {
        let path = try TestFiles.temporaryFile(named: "dishonesty.csv", text: "失信记录编号,失信主体.电话\nD-1,13812345678\n")
        let validator = RecordFileValidator(options: ValidationOptions(today: fixtureToday))
        var rules: [String] = []
        _ = try validator.validateFile(at: path, category: .dishonesty) { rules += $0.findings.map { "\($0.rule.rawValue)@\($0.path)" } }
        #expect(rules.contains("field.unknown@失信主体.电话"))
    }
}
