import Foundation
import Testing
@testable import GovCredit

// Sizes the input controls (README "Limits"): one field of 300 MB, a record of many large fields, a CSV row of a
// million columns. Each costs a located finding or error, the records around it are still read, and memory stays
// bounded — shown by the documented limit being the reason given: a reader that held the whole value would have had
// no cause to report the limit. The files are written piece by piece and never held by the test either.

@Suite("Hostile sizes", .serialized)
struct HostileSizeTests {
    static let fieldBytes = 300 << 20
    static let limit = 64 << 20
    /// Reading 300 MB in a debug build: the decoding stage looks at every byte in unoptimised Swift, some 4 MB/s
    /// measured on the busy 2-core machine (90 s for the CSV file). The bound is there to catch the quadratic kind of
    /// slow: the JSON Lines reader searched each long line again per chunk until Readers/JSON was fixed.
    static let hugeFileTimeLimit: Duration = .seconds(300)

    /// Writes `prefix`, 300 MB of `A`, `suffix` into a fresh file named `name`.
    static func hugeFieldFile(named name: String, prefix: String, suffix: String) throws -> StreamingFile {
        let file = try StreamingFile(named: name)
        file.write(prefix)
        file.write(repeating: UInt8(ascii: "A"), count: fieldBytes)
        file.write(suffix)
        file.close()
        return file
    }

    @Test("CSV: a 300 MB field is input.record-too-large at its record and line; the next row is read")
    func csvHugeField() throws {
        let (header, row) = try Hostile.csvHeaderAndRow()
        let file = try Self.hugeFieldFile(named: "complaint.csv", prefix: header + "\nC-HUGE,2024-01-01,", suffix: "\n" + row + "\n")
        defer { file.remove() }
        let run = Hostile.run(path: file.path, category: .complaint, timeLimit: Self.hugeFileTimeLimit)
        #expect(run.error == nil)
        #expect(run.counts.read == 2)
        let huge = try #require(run.outcomes.first)
        #expect(huge.location.record == 1 && huge.location.line == 2)
        #expect(huge.errorKeys == ["input.record-too-large@"])
        #expect(huge.errors.first?.message.en.contains(String(Self.limit)) == true)
        #expect(run.outcomes.last?.location.line == 3)
        #expect(run.outcomes.last?.isAccepted == true)
    }

    @Test("JSON Lines: a 300 MB value is input.record-too-large at its line; the next line is read")
    func jsonLinesHugeField() throws {
        let line = try Hostile.jsonLine()
        let file = try Self.hugeFieldFile(named: "complaint.jsonl", prefix: #"{"id":"C-HUGE","summary":""#,
                                          suffix: "\"}\n" + line + "\n")
        defer { file.remove() }
        let run = Hostile.run(path: file.path, category: .complaint, timeLimit: Self.hugeFileTimeLimit)
        #expect(run.error == nil)
        #expect(run.counts.read == 2)
        #expect(run.outcomes.first?.errorKeys == ["input.record-too-large@"])
        #expect(run.outcomes.first?.location.line == 1)
        #expect(run.outcomes.last?.location.line == 2)
        #expect(run.outcomes.last?.isAccepted == true)
    }

    @Test("XML: a 300 MB text node stops the file at its line (libxml2's 10,000,000-byte cap on one text node)")
    func xmlHugeField() throws {
        let file = try Self.hugeFieldFile(
            named: "records.xml",
            prefix: "<records>\n<complaint><id>C-1</id></complaint>\n<complaint><id>C-HUGE</id>\n<summary>",
            suffix: "</summary></complaint>\n</records>\n")
        defer { file.remove() }
        let run = Hostile.run(path: file.path, timeLimit: Self.hugeFileTimeLimit)
        let error = try #require(run.error)
        #expect(error.line == 4, "\(error)")
        #expect(error.message.en.contains("not well-formed"), "\(error)")
        #expect(run.counts.read == 1)  // the record before it
    }

    @Test("XML: a record of many fields over 64 MiB is input.record-too-large; the next record is read")
    func xmlHugeRecord() throws {
        let file = try StreamingFile(named: "records.xml")
        defer { file.remove() }
        file.write("<records>\n<complaint><id>C-HUGE</id>\n")
        let field = "<summary>" + String(repeating: "A", count: 1 << 20) + "</summary>\n"
        for _ in 0..<70 { file.write(field) }
        file.write("</complaint>\n<complaint><id>C-2</id></complaint>\n</records>\n")
        file.close()
        let run = Hostile.run(path: file.path, timeLimit: Self.hugeFileTimeLimit)
        #expect(run.error == nil)
        #expect(run.counts.read == 2)
        #expect(run.outcomes.first?.errorKeys == ["input.record-too-large@"])
        #expect(run.outcomes.last?.location.line == 74)
    }

    @Test("YAML: a 300 MB scalar stops the file at its line (the 16 MiB scalar cap)")
    func yamlHugeField() throws {
        let file = try Self.hugeFieldFile(named: "dishonesty.yaml", prefix: "- id: D-1\n- id: D-HUGE\n  facts: ",
                                          suffix: "\n- id: D-3\n")
        defer { file.remove() }
        let run = Hostile.run(path: file.path, category: .dishonesty, timeLimit: Self.hugeFileTimeLimit)
        let error = try #require(run.error)
        #expect(error.line == 3 || error.line == 2, "\(error)")
        #expect(error.message.en.contains(String(16 << 20)), "\(error)")
        #expect(run.counts.read == 1)
    }

    @Test("YAML: a record of many scalars over 64 MiB is input.record-too-large; the next record is read")
    func yamlHugeRecord() throws {
        let file = try StreamingFile(named: "dishonesty.yaml")
        defer { file.remove() }
        file.write("- id: D-HUGE\n")
        let value = String(repeating: "A", count: 1 << 20)
        for index in 0..<70 { file.write("  k\(index): \(value)\n") }
        file.write("- id: D-2\n")
        file.close()
        let run = Hostile.run(path: file.path, category: .dishonesty, timeLimit: Self.hugeFileTimeLimit)
        #expect(run.error == nil)
        #expect(run.counts.read == 2)
        #expect(run.outcomes.first?.errorKeys == ["input.record-too-large@"])
        #expect(run.outcomes.last?.location.line == 72)
    }

    @Test("CSV: a header of a million columns is an input error at line 1")
    func csvMillionColumnHeader() throws {
        let header = (0..<1_000_000).map { "c\($0)" }.joined(separator: ",")
        let run = try Hostile.run(text: header + "\n1,2\n", named: "complaint.csv", category: .complaint)
        let error = try #require(run.error)
        #expect(error.line == 1)
        #expect(error.message.en.contains("10000"), "\(error.message.en.prefix(300))")
        #expect(run.elapsed < .seconds(20))
    }

    @Test("CSV: a row of a million columns is input.too-many-fields at its line; the next row is read",
          arguments: [",", "\"\","])
    func csvMillionColumnRow(cell: String) throws {
        let (header, row) = try Hostile.csvHeaderAndRow()
        let text = header + "\n" + String(repeating: cell, count: 1_000_000) + "\n" + row + "\n"
        let run = try Hostile.run(text: text, named: "complaint.csv", category: .complaint)
        #expect(run.error == nil)
        #expect(run.counts.read == 2)
        #expect(run.outcomes.first?.errorKeys.contains("input.too-many-fields@") == true)
        #expect(run.outcomes.first?.location.line == 2)
        #expect(run.outcomes.last?.isAccepted == true)
        #expect(run.elapsed < .seconds(20))
    }
}
