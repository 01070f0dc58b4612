import Foundation
import Testing
@testable import GovCredit

// Bytes that do not belong in a record file, in every format, through the whole pipeline: NUL, bytes in neither
// UTF-8 nor GB18030, a byte-order mark in the middle, mixed line endings, and files cut off anywhere. Each costs a
// located finding on the record that holds it (CSV, JSON Lines) or a located error that stops the file (XML, YAML,
// which cannot be read past a broken byte), and never a silent change of the data.

@Suite("Hostile bytes")
struct HostileBytesTests {
    /// A file of each format holding `bad` inside the second record's first value, at line 3 (line 2 for JSON Lines).
    static func files(holding bad: [UInt8]) throws -> [(name: String, category: RecordCategory?, bytes: [UInt8], line: Int)] {
        let (header, row) = try Hostile.csvHeaderAndRow()
        let rest = String(row.drop { $0 != "," })
        let csv = Array((header + "\n" + row + "\n").utf8) + Array("C-".utf8) + bad + Array((rest + "\n" + row + "\n").utf8)
        let json = try Hostile.jsonLine()
        let idStart = try #require(json.range(of: #""id":""#)).upperBound
        let jsonl = Array((json + "\n").utf8) + Array(json[..<idStart].utf8) + bad + Array((json[idStart...] + "\n" + json + "\n").utf8)
        let xml = Array("<records>\n<complaint><id>C-1</id></complaint>\n<complaint><id>".utf8) + bad
            + Array("</id></complaint>\n<complaint><id>C-3</id></complaint>\n</records>\n".utf8)
        let yaml = Array("- id: D-1\n- id: D-2\n  facts: ".utf8) + bad + Array("\n- id: D-3\n".utf8)
        return [("complaint.csv", .complaint, csv, 3), ("complaint.jsonl", .complaint, jsonl, 2),
                ("records.xml", nil, xml, 3), ("dishonesty.yaml", .dishonesty, yaml, 3)]
    }

    static let badBytes: [(String, [UInt8])] = [
        ("NUL", [0x61, 0x00, 0x62]),
        ("invalid UTF-8 (a lone continuation byte, an overlong form)", [0x61, 0x80, 0xC0, 0xAF, 0x62]),
        ("a byte in neither encoding in GB18030 text", Array("中文".data(using: .init(rawValue: 0x8000_0632)) ?? Data()) + [0xFF, 0x62]),
        ("a truncated 4-byte GB18030 sequence", Array("中文".data(using: .init(rawValue: 0x8000_0632)) ?? Data()) + [0x81, 0x30, 0x62]),
    ]

    @Test("NUL, invalid UTF-8 and invalid GB18030: a located finding on the record (CSV, JSON Lines) or a located error (XML, YAML)",
          arguments: badBytes.indices)
    func badBytesEverywhere(index: Int) throws {
        let (what, bad) = Self.badBytes[index]
        for file in try Self.files(holding: bad) {
            let run = try Hostile.run(bytes: file.bytes, named: file.name, category: file.category)
            let context = "\(what) in \(file.name)"
            if file.name.hasSuffix(".csv") || file.name.hasSuffix(".jsonl") {
                #expect(run.error == nil, "\(context): \(String(describing: run.error))")
                #expect(run.counts.read == 3, "\(context)")
                let bad = try #require(run.outcomes.first { $0.location.record == 2 }, "\(context)")
                #expect(!bad.isAccepted, "\(context)")
                #expect(bad.location.line == file.line, "\(context)")
                #expect(bad.errors.contains { ["input.encoding", "input.syntax", "field.control-character"].contains($0.rule.rawValue) },
                        "\(context): \(bad.errorKeys)")
                // The neighbours are untouched (the GB18030 text decides the encoding of the whole CSV, so its rows
                // are read as GB18030 and their UTF-8 Chinese does not survive: only JSON Lines decodes per line).
                #expect(run.outcomes.last?.location.record == 3, "\(context)")
            } else {
                // The file stops at the bad byte's line. libxml2 and libyaml read ahead, so the record before it may
                // not have been handed over yet: the run exits 2 and never passes a partial count off as complete.
                let error = try #require(run.error, "\(context): read \(run.counts)")
                #expect(error.line == file.line, "\(context): \(error)")
                #expect(run.counts.read <= 1, "\(context)")
                #expect(run.outcomes.allSatisfy { $0.location.line < file.line }, "\(context)")
            }
        }
    }

    @Test("a byte-order mark in the middle (two files joined): the second header is a rejected record at its line (CSV)")
    func byteOrderMarkInTheMiddleOfCSV() throws {
        let (header, row) = try Hostile.csvHeaderAndRow()
        let one = "\u{FEFF}" + header + "\r\n" + row + "\r\n"
        let run = try Hostile.run(text: one + one, named: "complaint.csv", category: .complaint)
        #expect(run.error == nil)
        #expect(run.counts.read == 3)
        #expect(Hostile.lines(run) == [2, 3, 4])
        let joined = try #require(run.outcomes.first { $0.location.line == 3 })
        #expect(!joined.isAccepted)
        #expect(run.outcomes.filter(\.isAccepted).count == 2)
    }

    @Test("a byte-order mark in the middle: a located finding or error, never a silently different value",
          arguments: ["complaint.jsonl", "records.xml"])
    func byteOrderMarkInTheMiddle(name: String) throws {
        let bom = "\u{FEFF}"
        let text: String
        if name.hasSuffix("jsonl") {
            let line = try Hostile.jsonLine()
            text = bom + line + "\n" + bom + line + "\n" + line + "\n"
        } else {
            text = bom + "<?xml version=\"1.0\"?>\n<records>\n<complaint><id>C-1</id></complaint>\n</records>\n" + bom
                + "<?xml version=\"1.0\"?>\n<records>\n<complaint><id>C-2</id></complaint>\n</records>\n"
        }
        let run = try Hostile.run(text: text, named: name, category: name.hasSuffix("jsonl") ? .complaint : nil)
        if name.hasSuffix("jsonl") {
            #expect(run.counts.read == 3)
            let second = try #require(run.outcomes.dropFirst().first)
            #expect(second.location.line == 2)
            #expect(second.errorKeys == ["input.syntax@"])
            #expect(run.outcomes.first?.isAccepted == true && run.outcomes.last?.isAccepted == true)
        } else {
            let error = try #require(run.error)
            #expect(error.line == 5, "\(error)")
        }
    }

    @Test("a byte-order mark at the start of a YAML line is skipped as YAML 1.2 allows; a value keeps none", arguments: [false, true])
    func byteOrderMarkInYAML(insideValue: Bool) throws {
        let text = insideValue ? "- id: D-1\n- id: D-\u{FEFF}2\n" : "- id: D-1\n\u{FEFF}- id: D-2\n"
        let run = try Hostile.run(text: text, named: "dishonesty.yaml", category: .dishonesty)
        if let error = run.error {
            #expect(error.line == 2, "\(error)")
        } else {
            #expect(run.counts.read == 2)
            #expect(Hostile.lines(run) == [1, 2])
            if insideValue {
                // Whatever the reader makes of it, the mark is either kept (and reported) or the line is refused.
                let id = run.outcomes.last?.record?[path: "id"]?.text
                #expect(id == nil || id == "D-\u{FEFF}2", "\(String(describing: id))")
            }
        }
    }

    @Test("mixed LF, CRLF and CR line endings: every record read, each at its physical line", arguments: ["csv", "jsonl", "xml", "yaml"])
    func mixedLineEndings(format: String) throws {
        let breaks = ["\n", "\r\n", "\r", "\r\n", "\n"]
        let run: Hostile.Run
        switch format {
        case "csv":
            let (header, row) = try Hostile.csvHeaderAndRow()
            let rows = breaks.indices.map { row.replacingOccurrences(of: "C-003", with: "C-10\($0)") }
            run = try Hostile.run(text: header + "\r\n" + zip(rows, breaks).map { $0 + $1 }.joined(), named: "complaint.csv",
                                  category: .complaint)
            #expect(Hostile.lines(run) == [2, 3, 4, 5, 6])
            #expect(run.counts.accepted == 5)
        case "jsonl":
            // JSON Lines ends a record at LF only (CRLF's CR is dropped); a lone CR joins two records on one line.
            let line = try Hostile.jsonLine()
            run = try Hostile.run(text: breaks.map { line + $0 }.joined(), named: "complaint.jsonl", category: .complaint)
            #expect(Hostile.lines(run) == [1, 2, 3, 4])
            #expect(run.outcomes.map(\.isAccepted) == [true, true, false, true])
            #expect(run.outcomes[2].errorKeys == ["input.syntax@"])
        case "xml":
            let records = breaks.indices.map { "<complaint><id>C-\($0)</id></complaint>" }
            run = try Hostile.run(text: "<records>\n" + zip(records, breaks).map { $0 + $1 }.joined() + "</records>\n",
                                  named: "records.xml")
            #expect(Hostile.lines(run) == [2, 3, 4, 5, 6])
        default:
            let records = breaks.indices.map { "- id: D-\($0)" }
            run = try Hostile.run(text: zip(records, breaks).map { $0 + $1 }.joined(), named: "dishonesty.yaml", category: .dishonesty)
            #expect(Hostile.lines(run) == [1, 2, 3, 4, 5])
        }
        #expect(run.error == nil, "\(String(describing: run.error))")
    }

    @Test("files cut off anywhere, in every format and encoding: every record read is accounted for, errors are located",
          arguments: ["samples/canonical/complaint.csv", "samples/zhejiang-33/export.csv", "samples/canonical/complaint.jsonl",
                      "samples/canonical/records.xml", "samples/guangdong-44/export.xml", "samples/canonical/dishonesty.yaml",
                      "samples/sichuan-51/export.yaml"])
    func truncated(sample: String) throws {
        let bytes = try Hostile.sample(sample)
        let name = URL(fileURLWithPath: sample).lastPathComponent
        let profileFile = (sample as NSString).deletingLastPathComponent + "/profile.yaml"
        let isProvincial = name.hasPrefix("export")
        let profile = isProvincial ? try Profile.load(path: TestFiles.repositoryRoot.appendingPathComponent(profileFile).path) : nil
        let category = isProvincial ? nil : RecordCategory(fileName: name)
        let whole = try Hostile.run(bytes: bytes, named: name, category: category, profile: profile)
        #expect(whole.error == nil)
        // 60 cuts spread over the file, every one a different byte offset (inside multi-byte characters too).
        let cuts = Set((1..<60).map { bytes.count * $0 / 60 + $0 % 3 }).filter { $0 < bytes.count }.sorted()
        for cut in cuts {
            let run = try Hostile.run(bytes: Array(bytes[..<cut]), named: name, category: category, profile: profile)
            let lines = bytes[..<cut].filter { $0 == 0x0A }.count + 1
            if let error = run.error {
                let line = try #require(error.line, "cut at \(cut): \(error)")
                #expect(line >= 1 && line <= lines + 1, "cut at \(cut): \(error)")
                #expect(run.outcomes.allSatisfy { $0.location.line <= line }, "cut at \(cut)")
            }
            #expect(run.outcomes.allSatisfy { $0.location.line <= lines }, "cut at \(cut)")
            // A cut file never has more records than the whole one (a provincial row feeds several categories).
            #expect(run.counts.read <= whole.counts.read, "cut at \(cut)")
            if name.hasSuffix(".xml") { #expect(run.error != nil, "a cut XML document must not pass for a whole one (cut at \(cut))") }
        }
    }
}

extension Hostile {
    /// The line of each outcome, in order.
    static func lines(_ run: Run) -> [Int] { run.outcomes.map(\.location.line) }
}
