import Foundation
import Testing
@testable import GovCredit

/// Every field of every category, broken in every way its type can be broken, one defect per record: the
/// validator must report exactly that defect (rule and field path) at the right record and line, and nothing
/// else as an error. Driven by the generated field table, so a new field is tested the day it is added.
@Suite("Planted defects, field by field")
struct PlantedDefectTests {
    struct Defect: CustomStringConvertible {
        let path: String
        let value: JSONValue?
        let rule: String
        var description: String { "\(path) = \(value?.text ?? "<removed>") → \(rule)" }
    }

    /// The defects a field of this kind can carry.
    static func defects(of field: FieldSpec, in category: RecordCategory, base: JSONValue) -> [Defect] {
        let path = field.path
        var result: [Defect] = []
        // Members of an optional block are tested only where the block is present in the base record.
        if let parent = field.parent, !field.isRequired || base[path: category.fields[parent].path] == nil {
            if base[path: category.fields[parent].path] == nil { return [] }
        }
        if field.isRequired && field.requiredWhen == nil {
            result.append(Defect(path: path, value: nil, rule: "field.required"))
            result.append(Defect(path: path, value: .string("   "), rule: "field.required"))
        }
        switch field.kind {
        case .recordID, .reference:
            result.append(Defect(path: path, value: .string("bad id!"), rule: "field.pattern"))
            result.append(Defect(path: path, value: .string(String(repeating: "a", count: 65)), rule: "field.pattern"))
            result.append(Defect(path: path, value: .number("12"), rule: "field.type"))
        case .text(let max), .documentNumber(let max), .caseNumber(let max):
            result.append(Defect(path: path, value: .string(String(repeating: "字", count: max + 1)), rule: "field.length"))
            result.append(Defect(path: path, value: .string("a\u{0001}b"), rule: "field.control-character"))
            result.append(Defect(path: path, value: .number("12"), rule: "field.type"))
            result.append(Defect(path: path, value: .object([]), rule: "field.type"))
        case .date(let pastOnly, _):
            result.append(Defect(path: path, value: .string("2023-02-30"), rule: "field.date"))
            result.append(Defect(path: path, value: .string("2023/02/01"), rule: "field.date"))
            result.append(Defect(path: path, value: .string("2023-13-01"), rule: "field.date"))
            if pastOnly { result.append(Defect(path: path, value: .string("2030-01-01"), rule: "field.date-future")) }
            result.append(Defect(path: path, value: .number("20230101"), rule: "field.type"))
        case .amount(let positive):
            result.append(Defect(path: path, value: .string("-5"), rule: "field.amount"))
            result.append(Defect(path: path, value: .string("1.234"), rule: "field.amount"))
            result.append(Defect(path: path, value: .string("1,000.00"), rule: "field.amount"))
            result.append(Defect(path: path, value: .string("12345678901234567"), rule: "field.amount"))
            result.append(Defect(path: path, value: .number("1e3"), rule: "field.amount"))
            result.append(Defect(path: path, value: .bool(true), rule: "field.type"))
            if positive { result.append(Defect(path: path, value: .string("0.00"), rule: "field.amount-positive")) }
        case .code:
            result.append(Defect(path: path, value: .string("NOT_A_CODE"), rule: "field.code"))
            result.append(Defect(path: path, value: .array([.string("A")]), rule: "field.type"))
        case .uscc:
            result.append(Defect(path: path, value: .string("91110000600037341N"), rule: "uscc.check"))
            result.append(Defect(path: path, value: .string("9111000060003734"), rule: "uscc.length"))
            result.append(Defect(path: path, value: .string("9111000060003IOZSV"), rule: "uscc.charset"))
        case .idNumber:
            result.append(Defect(path: path, value: .string("36042619910102009X"), rule: "id-number.check"))
            result.append(Defect(path: path, value: .string("3604261991010200"), rule: "id-number.length"))
        case .divisionCode:
            result.append(Defect(path: path, value: .string("12345"), rule: "division.format"))
            result.append(Defect(path: path, value: .string("99A000"), rule: "division.format"))
        case .phone:
            result.append(Defect(path: path, value: .string("12"), rule: "phone.format"))
            result.append(Defect(path: path, value: .string("1391234567X"), rule: "phone.format"))
        case .referenceList:
            result.append(Defect(path: path, value: .array([]), rule: "field.list-empty"))
            result.append(Defect(path: path, value: .array([.number("1")]), rule: "field.type"))
            result.append(Defect(path: path, value: .string("D-001"), rule: "field.type"))
            result.append(Defect(path: path, value: .array([.string("bad id!")]), rule: "field.pattern"))
        case .block:
            result.append(Defect(path: path, value: .string("x"), rule: "field.type"))
        }
        return result
    }

    static let categories = RecordCategory.allCases

    @Test("The valid fixtures raise no finding at all", arguments: categories)
    func validFixturesAreClean(_ category: RecordCategory) throws {
        let lines = try TestFiles.validRecords(category).map(\.text)
        let (counts, outcomes) = try validate(lines: lines, category: category)
        #expect(counts.read == lines.count && counts.accepted == lines.count && counts.rejected == 0)
        for outcome in outcomes { #expect(outcome.findings.isEmpty, "\(outcome.findings.map(\.message.en))") }
    }

    @Test("Each planted defect is found at its record and field, and nothing else", arguments: categories)
    func everyDefectIsFound(_ category: RecordCategory) throws {
        let base = try #require(try TestFiles.validRecords(category).first)
        var checked = 0
        for field in category.fields {
            for defect in Self.defects(of: field, in: category, base: base) {
                let broken = base.setting(defect.path, to: defect.value)
                // Line 1 valid, line 2 blank, line 3 the defect: record 2 on line 3.
                let (counts, outcomes) = try validate(lines: [base.text, "", broken.text], category: category)
                #expect(counts.read == 2 && counts.accepted == 1 && counts.rejected == 1, "\(category) \(defect)")
                let outcome = try #require(outcomes.last)
                #expect(outcome.location.record == 2 && outcome.location.line == 3)
                #expect(outcome.errors.contains { $0.rule.rawValue == defect.rule && $0.path == defect.path },
                        "\(category) \(defect): got \(outcome.errorKeys)")
                let blockPrefix = field.parent.map { category.fields[$0].path + "." } ?? defect.path + "."
                let stray = outcome.errors.filter { $0.path != defect.path && !$0.path.hasPrefix(blockPrefix) }
                #expect(stray.isEmpty, "\(category) \(defect): unexpected \(stray.map { "\($0.rule)@\($0.path)" })")
                for finding in outcome.errors {
                    #expect(finding.location.record == 2 && finding.location.line == 3)
                    #expect(!finding.message.zh.contains("{") && !finding.message.en.contains("{"),
                            "unfilled template: \(finding.message)")
                }
                checked += 1
            }
        }
        #expect(checked > 10)
    }

    @Test("An unknown field is an error naming its path", arguments: categories)
    func unknownFieldsAreReported(_ category: RecordCategory) throws {
        let base = try #require(try TestFiles.validRecords(category).first)
        let (_, outcomes) = try validate(lines: [base.setting("remarks", to: .string("x")).text], category: category)
        #expect(outcomes.first?.errorKeys == ["field.unknown@remarks"])
        if let block = category.fields.first(where: { $0.kind == .block && $0.isRequired }) {
            let (_, nested) = try validate(lines: [base.setting("\(block.path).nickname", to: .string("x")).text], category: category)
            #expect(nested.first?.errorKeys == ["field.unknown@\(block.path).nickname"])
        }
    }
}
