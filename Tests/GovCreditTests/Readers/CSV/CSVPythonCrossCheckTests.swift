import Foundation
import Testing
@testable import GovCredit

/// The CSV reader against Python's `csv` module (strict mode, `newline=''`), cell by cell and line by line, on tricky
/// files and on a generated file of 50,000 random rows (PLATFORM.md §3 did the same on 2M rows).
@Suite("CSV reader cross-checked with Python")
struct CSVPythonCrossCheckTests {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("csv_rows.py")

    typealias PythonRows = [(line: Int, cells: [String])]

    /// Python's rows of each file: `(line, cells)`, header first. One python3 run for all (it is slow to start).
    /// Missing python3 is a failure, never a skip.
    static func pythonRows(paths: [String], delimiter: String) throws -> [PythonRows] {
        let output = paths[0] + ".python.json"
        let errors = paths[0] + ".python.stderr"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        _ = FileManager.default.createFile(atPath: errors, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, delimiter] + paths
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errors))
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
            throw Failure(description: "python3 failed (status \(process.terminationStatus)); is python3 installed? \(message)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output)))
        guard let files = json as? [[[Any]]], files.count == paths.count else { throw Failure(description: "unexpected python output") }
        return try files.map { rows in
            try rows.map { row in
                guard let line = row.first as? Int, let cells = row.last as? [String] else {
                    throw Failure(description: "unexpected python row \(row)")
                }
                return (line, cells)
            }
        }
    }

    /// Reads each file with both and compares: header names, then every record's line and cells.
    static func compare(_ files: [(label: String, bytes: [UInt8])], delimiter: String,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let paths = try files.map { try TestFiles.temporaryFile(named: "cross-check.csv", contents: $0.bytes) }
        let pythonFiles = try pythonRows(paths: paths, delimiter: delimiter)
        for ((label, _), (path, python)) in zip(files, zip(paths, pythonFiles)) {
            let ours = try CSVHarness.read(path: path, displayName: "cross-check.csv", options: CSVReaderOptions(delimiter: delimiter))
            compare(ours, python, label: label, sourceLocation: sourceLocation)
        }
    }

    static func compare(_ ours: CSVReadResult, _ python: PythonRows, label: String, sourceLocation: Testing.SourceLocation) {
        #expect(ours.findings.isEmpty, "\(label): \(ours.findings.map(\.message.en).prefix(3))", sourceLocation: sourceLocation)
        #expect(ours.columns == (python.first?.cells.map(CSVReader.trimmed) ?? []), "\(label): header", sourceLocation: sourceLocation)
        let records = ours.records
        #expect(records.count == max(python.count - 1, 0), "\(label): record count", sourceLocation: sourceLocation)
        var mismatches = 0
        for (record, row) in zip(records, python.dropFirst()) {
            let cells = CSVHarness.cells(record).map { $0 ?? "" }
            if record.location.line != row.line || cells != row.cells {
                mismatches += 1
                if mismatches <= 3 {
                    Issue.record("\(label): record \(record.location.record) at line \(record.location.line): \(cells.map(\.debugDescription)); python line \(row.line): \(row.cells.map(\.debugDescription))",
                                 sourceLocation: sourceLocation)
                }
            }
        }
        #expect(mismatches == 0, "\(label): \(mismatches) records differ", sourceLocation: sourceLocation)
    }

    @Test("Tricky files: the well-formed cases of the reader's own table")
    func trickyFiles() throws {
        try Self.compare(CSVReaderTests.cases.map { ($0.label, Array($0.text.utf8)) }, delimiter: ",")
    }

    static let trickyByDelimiter: [(String, String)] = [
        ("\t", "名称\t编号\t备注\r\n\"a\tb\"\t\"\"\t\"x\"\"y\"\r\n\t\t\r\n\r\n\"多\r行\"\t2\t\"\n\"\n"),
        ("，", "名称，编号，备注\n（甲），\"，\"，\"乙，丙\"\n，，\n\"\"\"\"，𠀀，𪚥\n"),
        (";", "a;b;c\n\"1;2\";;\n\"\";\" \";\";\"\r\n"),
        ("|", "a|b|c\n|\"|\"|\"a\"\"|\"\n"),
        (",", "\u{FEFF}a,b,c\r\nx,\"y\r\nz\",\"\r\"\r\n\r\n1,2,\n"),
    ]

    @Test("Tricky files with other delimiters", arguments: trickyByDelimiter)
    func trickyDelimiters(_ delimiter: String, _ text: String) throws {
        try Self.compare([("delimiter \(delimiter.debugDescription)", Array(text.utf8))], delimiter: delimiter)
    }

    /// Pieces a random cell is made of: text that needs quoting, text that does not, characters sharing bytes with
    /// the delimiters, 4-byte characters.
    static let pieces = ["a", "abc", "12345", " ", "中文", "杭州市西湖区", "𠀀", "𪚥", "😀", "，", ",", "\"", "\"\"", "\n", "\r\n",
                         "\r", "\t", ";", "|", "（", "€", "x y", "1234.56", "2023-08-05"]

    static func randomFile(rows: Int, columns: Int, delimiter: String, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        let pieceBytes = pieces.map { Array($0.utf8) }
        let separator = Array(delimiter.utf8)
        var bytes = Array((1...columns).map { "列\($0)" }.joined(separator: delimiter).utf8) + [CSVByte.lineFeed]
        bytes.reserveCapacity(rows * columns * 12)
        var cell: [UInt8] = []
        for _ in 0..<rows {
            if random.next() % 50 == 0 { bytes += random.next() % 2 == 0 ? [0x0A] : [0x0D, 0x0A] }
            for column in 0..<columns {
                if column > 0 { bytes += separator }
                cell.removeAll(keepingCapacity: true)
                if random.next() % 4 != 0 {
                    for _ in 0...(random.next() % 4) { cell += pieceBytes[Int(random.next() % UInt64(pieces.count))] }
                }
                let mustQuote = cell.firstRange(of: separator) != nil
                    || cell.contains { $0 == CSVByte.quote || $0 == CSVByte.lineFeed || $0 == CSVByte.carriageReturn }
                if mustQuote || random.next() % 7 == 0 {
                    bytes.append(CSVByte.quote)
                    for byte in cell {
                        bytes.append(byte)
                        if byte == CSVByte.quote { bytes.append(byte) }
                    }
                    bytes.append(CSVByte.quote)
                } else {
                    bytes += cell
                }
            }
            bytes += random.next() % 3 == 0 ? [0x0D, 0x0A] : [0x0A]
        }
        if random.next() % 2 == 0 { bytes.removeLast() }
        return bytes
    }

    @Test("50,000 random rows: quotes, delimiters, line breaks, CJK and empty cells")
    func randomRows() throws {
        let bytes = Self.randomFile(rows: 50_000, columns: 6, delimiter: ",", seed: 4180)
        #expect(bytes.count > 2 * ByteFileReader.chunkSize, "the file should span several chunks")
        try Self.compare([("random rows", bytes)], delimiter: ",")
    }

    @Test("20,000 random rows with the other delimiters", arguments: ["，", "\t", "|"])
    func randomRowsOtherDelimiters(_ delimiter: String) throws {
        let bytes = Self.randomFile(rows: 20_000, columns: 6, delimiter: delimiter, seed: 6)
        try Self.compare([("random rows, delimiter \(delimiter.debugDescription)", bytes)], delimiter: delimiter)
    }
}
