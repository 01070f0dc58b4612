import Foundation
import Testing
@testable import GovCredit

/// One item a ``CSVReader`` yielded, in a form tests compare with `==`.
struct CSVItem: Equatable, Sendable, CustomStringConvertible {
    var record: Int
    var line: Int
    /// The cells of a record (`nil` = `.null`); `nil` for a malformed record.
    var cells: [String?]?
    /// `rule@line:column` of each finding of a malformed record.
    var findings: [String] = []

    static func row(_ record: Int, line: Int, _ cells: [String?]) -> CSVItem {
        CSVItem(record: record, line: line, cells: cells)
    }

    static func malformed(_ record: Int, line: Int, _ findings: [String]) -> CSVItem {
        CSVItem(record: record, line: line, cells: nil, findings: findings)
    }

    var description: String {
        "#\(record)@\(line) " + (cells.map { "\($0.map { $0.map(\.debugDescription) ?? "null" })" } ?? "\(findings)")
    }
}

/// What reading a whole file gave: the column names and every item, raw and compared-form.
struct CSVReadResult {
    var columns: [String]
    var items: [ReaderItem]
    var encoding: TextEncoding?

    var compared: [CSVItem] { items.map(CSVHarness.compared) }

    var records: [SourceRecord] {
        items.compactMap { if case .record(let record) = $0 { record } else { nil } }
    }

    var findings: [Finding] {
        items.flatMap { item -> [Finding] in if case .malformed(_, let findings) = item { findings } else { [] } }
    }
}

enum CSVHarness {
    static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Reads `bytes` written to a temporary file with a ``CSVReader``, to the end.
    static func read(_ bytes: [UInt8], options: CSVReaderOptions = CSVReaderOptions(),
                     name: String = "exports.csv") throws -> CSVReadResult {
        let path = try TestFiles.temporaryFile(named: name, contents: bytes)
        return try read(path: path, displayName: name, options: options)
    }

    static func read(_ text: String, options: CSVReaderOptions = CSVReaderOptions()) throws -> CSVReadResult {
        try read(Array(text.utf8), options: options)
    }

    static func read(path: String, displayName: String, options: CSVReaderOptions) throws -> CSVReadResult {
        var reader = try CSVReader(path: path, displayName: displayName, options: options)
        var items: [ReaderItem] = []
        while let item = try reader.next() {
            items.append(item)
            if items.count > 10_000_000 { Issue.record("the reader does not stop"); break }
        }
        return CSVReadResult(columns: reader.columnNames, items: items, encoding: reader.encoding)
    }

    /// The ``InputError`` reading `text` throws, or `nil`.
    static func inputError(_ text: String, options: CSVReaderOptions = CSVReaderOptions()) -> InputError? {
        do {
            _ = try read(text, options: options)
            return nil
        } catch let error as InputError {
            return error
        } catch {
            Issue.record("not an InputError: \(error)")
            return nil
        }
    }

    static func compared(_ item: ReaderItem) -> CSVItem {
        switch item {
        case .record(let record):
            return .row(record.location.record, line: record.location.line, cells(record))
        case .malformed(let location, let findings):
            return .malformed(location.record, line: location.line, findings.map(key))
        }
    }

    static func cells(_ record: SourceRecord) -> [String?] {
        record.fields.map { field -> String? in
            switch field.value {
            case .text(let text): return text
            case .null: return nil
            case .list(let items): return "list \(items)"
            }
        }
    }

    /// `rule@line:column` of a finding.
    static func key(_ finding: Finding) -> String {
        "\(finding.rule.rawValue)@\(finding.location.line):\(finding.location.column.map(String.init) ?? "-")"
    }
}
