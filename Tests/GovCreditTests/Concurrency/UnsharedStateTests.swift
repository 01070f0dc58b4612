import Foundation
import Testing
@testable import GovCredit

// The worker threads of a conversion read nothing whose reference count another thread changes for every value
// (BENCHMARKS.md, session of 2026-11-28, "reference counts shared between cores"). These tests pin down that what was changed for it —
// source file names as numbers, constant field tables, per-worker copies of the profile and the division codes, the
// layout identity of CSV records — means exactly what it meant before.

@Suite("State the worker threads do not share")
struct UnsharedStateTests {
    // MARK: - Source locations

    @Test func locationsEncodeAsBeforeAndDecodeBack() throws {
        let full = GovCredit.SourceLocation(file: "exports/浙江省-2026.csv", record: 7, line: 9, column: 3, elementPath: "受理日期")
        let bare = GovCredit.SourceLocation(file: "exports/浙江省-2026.csv", record: 7, line: 9)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(full), as: UTF8.self)
                == #"{"column":3,"elementPath":"受理日期","file":"exports\/浙江省-2026.csv","line":9,"record":7}"#)
        #expect(String(decoding: try encoder.encode(bare), as: UTF8.self)
                == #"{"file":"exports\/浙江省-2026.csv","line":9,"record":7}"#)
        for location in [full, bare] {
            #expect(try JSONDecoder().decode(GovCredit.SourceLocation.self, from: encoder.encode(location)) == location)
        }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(GovCredit.SourceLocation.self, from: Data(#"{"record":1,"line":1}"#.utf8)) }
    }

    @Test func locationsCompareByTheBytesOfTheirFileName() {
        let name = "samples/zhejiang-33/export-\(UUID().uuidString).csv"
        let a = GovCredit.SourceLocation(file: name, record: 1, line: 2)
        let b = GovCredit.SourceLocation(file: String(decoding: Array(name.utf8), as: UTF8.self), record: 1, line: 2)
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(a.file == name)
        #expect(a != GovCredit.SourceLocation(file: name + "x", record: 1, line: 2))
        #expect(a != GovCredit.SourceLocation(file: name, record: 1, line: 3))
        // Two spellings of one name in Unicode are two files on Linux: "é" precomposed and decomposed.
        let composed = GovCredit.SourceLocation(file: "r\u{E9}sum\u{E9}.csv", record: 1, line: 1)
        let decomposed = GovCredit.SourceLocation(file: "re\u{301}sume\u{301}.csv", record: 1, line: 1)
        #expect(composed != decomposed)
        #expect(decomposed.file.utf8.elementsEqual("re\u{301}sume\u{301}.csv".utf8))
        var renamed = a
        renamed.file = "other.csv"
        #expect(renamed.file == "other.csv" && renamed.record == 1 && a.file == name)
        let derived = a.at(record: 5, line: 6, column: 2, elementPath: "列")
        #expect(derived == GovCredit.SourceLocation(file: name, record: 5, line: 6, column: 2, elementPath: "列"))
    }

    /// A CSV reader gives every row's positions its columns' names from the table; a position made with the same
    /// name as text is the same position, and a record location takes the position's name either way.
    @Test func positionsCompareByTheBytesOfTheirElementPath() {
        let name = "失信主体统一社会信用代码-\(UUID().uuidString)"
        let fromTable = ValuePosition(line: 3, column: 2, elementPathName: InternedText(name))
        #expect(fromTable.elementPathName?.isNumbered == true)
        let fromText = ValuePosition(line: 3, column: 2, elementPath: String(decoding: Array(name.utf8), as: UTF8.self))
        #expect(fromTable == fromText && fromTable.hashValue == fromText.hashValue)
        #expect(fromTable.elementPath == name)
        #expect(fromTable != ValuePosition(line: 3, column: 2, elementPath: name + "x"))
        #expect(fromTable != ValuePosition(line: 3, column: 2, elementPath: nil))
        var record = FlatRecord(category: .complaint, location: GovCredit.SourceLocation(file: "a.csv", record: 1, line: 3))
        record.set(.text("2024-01-01"), at: 1, position: fromTable)
        record.set(.text("x"), at: 0, position: ValuePosition(line: 3))
        #expect(record.location(ofSlot: 1).elementPath == name)
        #expect(record.location(ofSlot: 1) == GovCredit.SourceLocation(file: "a.csv", record: 1, line: 3, column: 2, elementPath: name))
        #expect(record.location(ofSlot: 0).elementPath == nil)
        var renamed = fromTable
        renamed.elementPath = "other"
        #expect(renamed.elementPath == "other" && fromTable.elementPath == name)
    }

    /// The table is bounded by names, bytes and length: past any limit a name is held as text, and names numbered
    /// before keep their numbers. A private table, so the process's stays as the other tests expect it.
    @Test func theNameTableStaysWithinItsLimits() {
        let byNames = InternedText.Table(nameLimit: 3, byteLimit: 1_000, lengthLimit: 100)
        #expect(byNames.number(for: "a") == 0 && byNames.number(for: "b") == 1 && byNames.number(for: "a") == 0)
        #expect(byNames.number(for: "c") == 2 && byNames.number(for: "d") == nil && byNames.number(for: "d") == nil)
        #expect(byNames.number(for: "b") == 1 && byNames.name(2) == "c")
        let byBytes = InternedText.Table(nameLimit: 100, byteLimit: 10, lengthLimit: 100)
        #expect(byBytes.number(for: "12345") == 0 && byBytes.number(for: "67890") == 1 && byBytes.number(for: "x") == nil)
        let byLength = InternedText.Table(nameLimit: 100, byteLimit: 1_000, lengthLimit: 6)
        #expect(byLength.number(for: "受理日期") == nil && byLength.number(for: "日期") == 0)
        // The process's table: a short name is numbered, an over-long one held as text, and both read back and
        // compare exactly.
        let short = InternedText("列-\(UUID().uuidString)")
        let long = InternedText(String(repeating: "长", count: 400) + UUID().uuidString)
        #expect(short.isNumbered && !long.isNumbered)
        #expect(long == InternedText(uninterned: long.text) && long.hashValue == InternedText(uninterned: long.text).hashValue)
        #expect(short == InternedText(uninterned: short.text) && short != long)
    }

    // MARK: - Constant field tables

    @Test(arguments: RecordCategory.allCases)
    func constantTablesSayWhatTheFieldTableSays(_ category: RecordCategory) {
        let fields = category.fields
        #expect(category.slotKinds == fields.map(\.kind))
        #expect(category.parentSlots == fields.map { $0.parent ?? -1 })
        #expect(category.slotRequirements.count == fields.count)
        for (field, requirement) in zip(fields, category.slotRequirements) {
            switch requirement {
            case .conditional: #expect(field.requiredWhen != nil, "\(field.path)")
            case .required: #expect(field.requiredWhen == nil && field.isRequired, "\(field.path)")
            case .optional: #expect(field.requiredWhen == nil && !field.isRequired, "\(field.path)")
            }
        }
    }

    // MARK: - Per-worker copies

    static let profiles = ["samples/bench-wide/profile.yaml", "samples/bench-wide/xml/profile.yaml",
                           "samples/bench-wide/yaml/profile.yaml", "samples/zhejiang-33/profile.yaml",
                           "samples/guangdong-44/profile.yaml", "samples/sichuan-51/profile.yaml"]

    @Test(arguments: profiles)
    func aWorkersProfileIsTheSameProfileInStorageOfItsOwn(_ relative: String) throws {
        let profile = try Profile.load(path: TestFiles.repositoryRoot.appendingPathComponent(relative).path)
        let copy = profile.unshared()
        #expect(copy.file == profile.file && copy.name == profile.name)
        #expect(copy.categories.count == profile.categories.count)
        for (original, copied) in zip(profile.categories, copy.categories) {
            #expect(copied.category == original.category && copied.when == original.when)
            #expect(copied.fields.count == original.fields.count)
            for (a, b) in zip(original.fields, copied.fields) {
                #expect(a !== b)
                #expect(a.slot == b.slot && a.path == b.path && a.values == b.values && a.unit == b.unit
                        && a.separator == b.separator && a.line == b.line)
                #expect(a.dateStyles.map(\.description) == b.dateStyles.map(\.description))
                switch (a.origin, b.origin) {
                case (.source(let x), .source(let y)): #expect(x == y)
                case (.constant(let x), .constant(let y)):
                    #expect(x == y)
                    #expect(!Self.sameStorage(x, y), "constant \(x) of \(a.path) still shares its storage")
                default: Issue.record("\(a.path): origin changed")
                }
                for (label, code) in a.values {
                    #expect(b.labels[label] == code, "\(a.path): label \(label)")
                    #expect(b.labels[label].map { !Self.sameStorage($0, code) } ?? false, "\(a.path): code \(code) shared")
                }
            }
        }
    }

    @Test func aWorkersDivisionCodesAnswerAsTheShared() throws {
        let shared = DivisionCodeRegistry.standard
        let copy = shared.unshared()
        #expect(copy.malformedRowCount == shared.malformedRowCount)
        var checked = 0
        // Every six-digit code a province could write, known or not.
        for number in stride(from: 110_000, through: 829_999, by: 7) {
            let code = String(number)
            #expect(copy.periods(of: code) == shared.periods(of: code), "\(code)")
            #expect(copy.isInForce(code, year: 2024) == shared.isInForce(code, year: 2024), "\(code)")
            checked += 1
        }
        #expect(checked > 100_000)
        // A name longer than 15 UTF-8 bytes has storage; the copy's must be its own.
        let code = "130321"  // 青龙满族自治县 (21 bytes) since 1987
        let periods = shared.periods(of: code), copied = copy.periods(of: code)
        let index = try #require(periods.firstIndex { $0.name.utf8.count > 15 })
        #expect(copied[index].name == periods[index].name)
        #expect(!Self.sameStorage(copied[index].name, periods[index].name))
    }

    /// Inline strings (up to 15 UTF-8 bytes) have no storage to share; longer ones must not be the same buffer.
    static func sameStorage(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count > 15 else { return false }
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.baseAddress == y.baseAddress } }
    }

    // MARK: - Layouts

    /// One processor (as one worker has) maps files whose columns come in different orders: a CSV file's layout
    /// identity lets it skip comparing the paths of every row, never map a row by another file's layout.
    @Test func oneProcessorMapsFilesWithTheirOwnColumnOrder() throws {
        let folder = TestFiles.repositoryRoot.appendingPathComponent("samples/bench-wide")
        let profile = try Profile.load(path: folder.appendingPathComponent("profile.yaml").path)
        let original = try String(contentsOf: folder.appendingPathComponent("sample.csv"), encoding: .utf8)
        let rows = original.split(whereSeparator: \.isNewline).map { Self.fields(of: String($0)) }
        let straight = rows.map { $0.map(Self.quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
        let reversed = rows.map { $0.reversed().map(Self.quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
        let first = try TestFiles.temporaryFile(named: "straight.csv", text: straight)
        let second = try TestFiles.temporaryFile(named: "reversed.csv", text: reversed)
        var processor = RecordProcessor(validator: Validator(options: ValidationOptions(today: fixtureToday)), category: nil,
                                        profile: profile, appliesRules: true)
        func records(_ path: String) throws -> [FlatRecord] {
            let plan = FileRecordSource.Plan(path: path, displayName: "sample.csv", format: .csv, category: nil,
                                             profile: profile, maximumRecordBytes: 1 << 20, xmlSchema: nil)
            var source = try FileRecordSource(plan: plan)
            var result: [FlatRecord] = []
            while let pending = try source.next() { result += processor.outcomes(of: pending).compactMap(\.record) }
            return result
        }
        let a = try records(first), b = try records(second), c = try records(first)
        #expect(a.count > 100)
        #expect(a.map(\.values) == b.map(\.values))
        #expect(a.map(\.values) == c.map(\.values))
    }

    /// Consecutive XML records with the same elements in the same order share a layout identity; any other shape —
    /// order, a repeated element, nesting, an attribute — gets another or none, so a mapper never reuses the wrong
    /// paths (a shape seen before, but not just before, gets a new identity).
    @Test func xmlRecordsOfOneShapeShareALayoutAndNoOtherDoes() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rows>
              <row><a>1</a><b>2</b></row>
              <row><a>3</a><b/></row>
              <row><b>5</b><a>6</a></row>
              <row><a>7</a><a>8</a><b>9</b></row>
              <row><a>1</a><b>2</b></row>
              <row id="x"><a>1</a><b>2</b></row>
              <row><a><c>1</c></a><b>2</b></row>
              <row><a><c>1</c></a><b>2</b></row>
            </rows>
            """
        let path = try TestFiles.temporaryFile(named: "rows.xml", text: xml)
        var options = XMLReaderOptions()
        options.recordPath = ["rows", "row"]
        let reader = try XMLRecordReader(path: path, displayName: "rows.xml", options: options)
        var records: [SourceRecord] = []
        while let item = try reader.next() {
            guard case .record(let record) = item else { Issue.record("malformed: \(item)"); continue }
            records.append(record)
        }
        let layouts = records.map(\.layout)
        #expect(layouts.count == 8)
        #expect(layouts[0] != nil && layouts[0] == layouts[1])
        #expect(layouts[2] != nil && layouts[2] != layouts[1])
        #expect(layouts[3] != nil && layouts[3] != layouts[2])
        #expect(layouts[4] != nil && layouts[4] != layouts[3])
        #expect(layouts[5] == nil)
        #expect(layouts[6] != nil && layouts[6] != layouts[4] && layouts[6] == layouts[7])
        for i in records.indices {
            for j in records.indices where layouts[i] != nil && layouts[i] == layouts[j] {
                #expect(records[i].fields.map(\.path) == records[j].fields.map(\.path))
            }
        }
    }

    /// The fields of one CSV line.
    static func fields(of line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else { field.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(field); field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }

    static func quoted(_ field: String) -> String { "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
