import Foundation
import Testing
@testable import GovCredit

/// Generated messy files of every format, each with what a correct run must report: for every record, in order, the
/// line where it starts and whether it is accepted. Good records come from the canonical samples; bad ones are
/// broken the ways provincial exports break (broken quotes, short and long rows, bad bytes, broken JSON lines, values
/// that are not dates, elements and keys out of place, cut-off files); blank lines, comments and mixed line breaks lie
/// between them.
struct MessyFile {
    struct Expected {
        var line: Int
        var accepted: Bool
        /// What was done to the record, for failure messages.
        var kind: String
    }

    var name: String
    var category: RecordCategory?
    var bytes: [UInt8] = []
    var expected: [Expected] = []
    /// The line of the error that stops the file (XML cut off, YAML syntax error), when the generator made one.
    var stopLine: Int?
    /// Lines written so far: the next piece starts on `line + 1`.
    var line = 0

    init(name: String, category: RecordCategory?) {
        self.name = name
        self.category = category
    }

    /// Appends `text` (in `encoding`) and raw `bytes` after it; counts the lines it holds (LF, CRLF, lone CR).
    mutating func append(_ text: String, gb18030: Bool = false, raw: [UInt8] = []) {
        let encoded = gb18030 ? MessyFiles.gb18030(text) : Array(text.utf8)
        var previous: UInt8 = 0
        for byte in encoded {
            if byte == 0x0A { if previous != 0x0D { line += 1 } } else if byte == 0x0D { line += 1 }
            previous = byte
        }
        bytes += encoded + raw
    }

    /// Appends one record that starts on the next line.
    mutating func record(_ text: String, accepted: Bool, kind: String, gb18030: Bool = false) {
        expected.append(Expected(line: line + 1, accepted: accepted, kind: kind))
        append(text, gb18030: gb18030)
    }
}

enum MessyFiles {
    static func gb18030(_ text: String) -> [UInt8] {
        // Foundation's GB_18030_2000 (PLATFORM.md §4: the only GB constant that works on Linux).
        Array(text.data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data(text.utf8))
    }

    static func text(_ path: String) -> String {
        (try? String(contentsOf: TestFiles.repositoryRoot.appendingPathComponent(path), encoding: .utf8)) ?? ""
    }

    static let lineBreaks = ["\n", "\r\n", "\r"]

    // MARK: - CSV

    static let csvLines = text("samples/canonical/complaint.csv").components(separatedBy: "\n")
    /// C-001 spans two lines (a line break inside quotes); C-002 is on one line.
    static let csvMultiline = csvLines[1] + "\n" + csvLines[2]
    static let csvRow = csvLines[3]

    static func csv(_ random: inout SeededGenerator) -> MessyFile {
        var file = MessyFile(name: "complaint.csv", category: .complaint)
        let gb = random.chance(30)
        file.append(csvLines[0] + random.pick(lineBreaks), gb18030: gb)
        let count = Int.random(in: 1...20, using: &random)
        for index in 0..<count {
            // A blank line is not a record ("\r\n" stays one blank line whatever ended the line before).
            if random.chance(15) { file.append("\r\n") }
            let end = random.pick(lineBreaks)
            let id = "C-\(100 + index)"
            let row = csvRow.replacingOccurrences(of: "C-002", with: id)
            switch Int.random(in: 0..<9, using: &random) {
            case 0:
                file.record(csvMultiline.replacingOccurrences(of: "C-001", with: id) + end, accepted: true, kind: "multi-line", gb18030: gb)
            case 1:
                let cut = row[..<(row.lastIndex(of: ",") ?? row.endIndex)]
                file.record(cut + end, accepted: false, kind: "short row", gb18030: gb)
            case 2:
                file.record(row + ",extra" + end, accepted: false, kind: "long row", gb18030: gb)
            case 3:
                file.record(row.replacingOccurrences(of: id, with: "C\"\(index)") + end, accepted: false, kind: "quote in unquoted field", gb18030: gb)
            case 4:
                file.record(row.replacingOccurrences(of: id, with: "\"\(id)\"x") + end, accepted: false, kind: "text after closing quote", gb18030: gb)
            case 5:
                // Bytes in neither UTF-8 nor GB18030 inside the id.
                file.expected.append(MessyFile.Expected(line: file.line + 1, accepted: false, kind: "bad bytes"))
                file.append("C-", gb18030: gb, raw: [0xFF, 0xFE])
                file.append(String(row.dropFirst(2)) + end, gb18030: gb)
            case 6:
                file.record(row.replacingOccurrences(of: "2024-06-03", with: "2024-13-45") + end, accepted: false, kind: "bad date", gb18030: gb)
            default:
                file.record(row + end, accepted: true, kind: "good", gb18030: gb)
            }
        }
        if random.chance(20) {
            // A quote that never closes, in the last row: the row is rejected up to the end of its line.
            file.record("\"" + csvRow + random.pick(["", "\n"]), accepted: false, kind: "unterminated quote", gb18030: gb)
        }
        return file
    }

    // MARK: - JSON Lines

    static let jsonLines = (try? ReaderHarness.lines(.complaint)) ?? []

    static func jsonLines(_ random: inout SeededGenerator) -> MessyFile {
        var file = MessyFile(name: "complaint.jsonl", category: .complaint)
        let count = Int.random(in: 1...20, using: &random)
        for index in 0..<count {
            if random.chance(15) { file.append(random.pick(["", "  ", "\t", "\r"]) + "\n") }
            let end = index == count - 1 && random.chance(30) ? "" : random.pick(["\n", "\r\n"])
            let line = random.pick(jsonLines)
            switch Int.random(in: 0..<6, using: &random) {
            case 0:
                // Cut at an ASCII byte: a broken line, never a half character (which would make the file GB18030).
                let bytes = Array(line.utf8)
                let cuts = bytes.indices.dropFirst().filter { bytes[$0] < 0x80 }
                let cut = random.pick(Array(cuts))
                file.record(String(decoding: bytes[..<cut], as: UTF8.self) + end, accepted: false, kind: "cut line")
            case 1:
                file.record(random.pick(["[1,2]", "\"text\"", "42", "null", "{\"id\": }", "{\"id\":\"a\",}"]) + end,
                            accepted: false, kind: "not a record")
            case 2:
                file.expected.append(MessyFile.Expected(line: file.line + 1, accepted: false, kind: "bad bytes"))
                let split = line.components(separatedBy: "\"id\":\"")
                file.append(split[0] + "\"id\":\"", raw: [0xC3, 0x28, 0xFF])
                file.append(split.dropFirst().joined(separator: "\"id\":\"") + end)
            case 3:
                let bad = line.replacingOccurrences(of: #""receivedDate":""#, with: #""receivedDate":"2024-02-30","x":""#)
                file.record(bad + end, accepted: false, kind: "bad date and unknown key")
            default:
                file.record(line + end, accepted: true, kind: "good")
            }
        }
        return file
    }

    // MARK: - XML

    static let xmlComplaints: [String] = {
        let lines = text("samples/canonical/records.xml").components(separatedBy: "\n")
        var blocks: [String] = []
        var current: [String]?
        for line in lines {
            if line.hasPrefix("  <complaint>") { current = [] }
            current?.append(line)
            if line.hasPrefix("  </complaint>"), let block = current {
                blocks.append(block.joined(separator: "\n"))
                current = nil
            }
        }
        return blocks
    }()

    static func xml(_ random: inout SeededGenerator) -> MessyFile {
        var file = MessyFile(name: "records.xml", category: nil)
        let gb = random.chance(30)
        file.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<records xmlns=\"urn:govcredit:gov-integrity:1.0\">\n", gb18030: gb)
        let count = Int.random(in: 1...12, using: &random)
        let cutAt = random.chance(25) ? Int.random(in: 0..<count, using: &random) : nil
        for index in 0..<count {
            if random.chance(20) { file.append("  <!-- \(index) -->" + random.pick(lineBreaks), gb18030: gb) }
            let end = random.pick(lineBreaks)
            let block = random.pick(xmlComplaints)
            var text = block
            var accepted = false
            let kind: String
            switch Int.random(in: 0..<6, using: &random) {
            case 0:
                text = block.replacingOccurrences(of: "<receivedDate>20", with: "<receivedDate>19")
                    .replacingOccurrences(of: "-0", with: "-2", options: [], range: nil)
                kind = "bad values"
            case 1:
                text = block.replacingOccurrences(of: "</id>", with: "</id><bogus>x</bogus>")
                kind = "unknown element"
            case 2:
                text = block.replacingOccurrences(of: "</id>", with: "</id>stray text")
                kind = "mixed content"
            case 3:
                text = "  <nonsense><id>N-\(index)</id></nonsense>"
                kind = "unknown record kind"
            default:
                accepted = true
                kind = "good"
            }
            if index == cutAt {
                // Cut after a line of this record (after its end tag when all lines are kept): the document ends
                // without its root's end tag, so it is not well-formed, and reading stops at the line where it ends.
                let lines = text.components(separatedBy: "\n")
                let keep = Int.random(in: 1...lines.count, using: &random)
                let kept = lines.prefix(keep).joined(separator: "\n")
                if keep == lines.count {
                    file.record(kept, accepted: accepted, kind: kind + ", then the file ends", gb18030: gb)
                } else {
                    file.append(kept, gb18030: gb)
                }
                file.stopLine = file.line + 1
                return file
            }
            file.record(text + end, accepted: accepted, kind: kind, gb18030: gb)
        }
        file.append("</records>\n", gb18030: gb)
        return file
    }

    // MARK: - YAML

    static let yamlRecords: [String] = {
        let lines = text("samples/canonical/dishonesty.yaml").components(separatedBy: "\n")
        var blocks: [[String]] = []
        for line in lines where !line.hasPrefix("#") && !line.isEmpty {
            if line.hasPrefix("- ") { blocks.append([]) }
            if !blocks.isEmpty { blocks[blocks.count - 1].append(line) }
        }
        return blocks.map { $0.joined(separator: "\n") }
    }()

    static func yaml(_ random: inout SeededGenerator) -> MessyFile {
        var file = MessyFile(name: "dishonesty.yaml", category: .dishonesty)
        let gb = random.chance(30)
        file.append("# messy\n", gb18030: gb)
        let count = Int.random(in: 1...12, using: &random)
        for index in 0..<count {
            if random.chance(20) { file.append(random.pick(["# between\n", "\n", "  # indented\n"]), gb18030: gb) }
            let end = random.pick(["\n", "\r\n"])
            let block = random.pick(yamlRecords)
            switch Int.random(in: 0..<6, using: &random) {
            case 0:
                let bad = block.replacingOccurrences(of: "identifiedDate: \"", with: "identifiedDate: \"1999-02-30\"\n  x: \"")
                file.record(bad + end, accepted: false, kind: "bad date and unknown key", gb18030: gb)
            case 1:
                file.record(random.pick(["- just text", "- [a, b]", "- ~", "- 42"]) + end, accepted: false, kind: "not a mapping", gb18030: gb)
            case 2:
                let lines = block.components(separatedBy: "\n")
                let duplicated = ([lines[0]] + lines.dropFirst() + ["  id: D-\(index)"]).joined(separator: "\n")
                file.record(duplicated + end, accepted: false, kind: "duplicate key", gb18030: gb)
            case 3:
                file.record(block + "\n  <<: {x: 1}" + end, accepted: false, kind: "merge key", gb18030: gb)
            default:
                file.record(block + end, accepted: true, kind: "good", gb18030: gb)
            }
        }
        if random.chance(20) {
            file.stopLine = file.line + 1
            file.append("- id: D-X: a mapping value where none may be\n", gb18030: gb)
        }
        return file
    }
}
