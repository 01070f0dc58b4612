import Foundation
import Testing
@testable import GovCredit

/// Reads YAML text or bytes through ``YAMLRecordReader`` and renders what came out as comparable strings.
enum YAMLHarness {
    static let displayName = "data.yaml"

    /// Everything the reader yields for `bytes`, and the error that stopped it, if any.
    static func collect(_ bytes: [UInt8], options: YAMLReaderOptions = YAMLReaderOptions(),
                        name: String = "data.yaml") throws -> (items: [ReaderItem], error: InputError?) {
        let path = try TestFiles.temporaryFile(named: name, contents: bytes)
        return collect(path: path, options: options)
    }

    static func collect(_ text: String, options: YAMLReaderOptions = YAMLReaderOptions()) throws -> (items: [ReaderItem], error: InputError?) {
        try collect(Array(text.utf8), options: options)
    }

    static func collect(path: String, options: YAMLReaderOptions = YAMLReaderOptions()) -> (items: [ReaderItem], error: InputError?) {
        var items: [ReaderItem] = []
        do {
            var reader = try YAMLRecordReader(path: path, displayName: displayName, options: options)
            while let item = try reader.next() { items.append(item) }
            return (items, nil)
        } catch {
            return (items, error)
        }
    }

    /// The records of a file that must read without error or malformed records.
    static func records(_ text: String, options: YAMLReaderOptions = YAMLReaderOptions()) throws -> [SourceRecord] {
        try records(Array(text.utf8), options: options)
    }

    static func records(_ bytes: [UInt8], options: YAMLReaderOptions = YAMLReaderOptions(),
                        name: String = "data.yaml") throws -> [SourceRecord] {
        let (items, error) = try collect(bytes, options: options, name: name)
        if let error { Issue.record("unexpected error: \(error)") }
        return items.compactMap { item in
            guard case .record(let record) = item else {
                Issue.record("unexpected malformed record: \(item)")
                return nil
            }
            return record
        }
    }

    /// The error a file must stop with.
    static func error(_ text: String, options: YAMLReaderOptions = YAMLReaderOptions()) throws -> InputError {
        try error(Array(text.utf8), options: options)
    }

    static func error(_ bytes: [UInt8], options: YAMLReaderOptions = YAMLReaderOptions()) throws -> InputError {
        try #require(try collect(bytes, options: options).error)
    }

    /// `path = value @line` for each field of a record; values as `"text"`, `null` or `["a", "b"]`.
    static func summary(_ record: SourceRecord) -> [String] {
        record.fields.map { "\($0.path.joined(separator: ".")) = \(render($0.value)) @\($0.position.line)" }
    }

    static func render(_ value: SourceValue) -> String {
        switch value {
        case .text(let text): return text.debugDescription
        case .null: return "null"
        case .list(let items): return "[" + items.map(\.debugDescription).joined(separator: ", ") + "]"
        }
    }

    /// `rule@path line N` for each finding of a malformed item; `nil` for a record.
    static func findings(_ item: ReaderItem) -> [String]? {
        guard case .malformed(_, let findings) = item else { return nil }
        return findings.map { "\($0.rule.rawValue)@\($0.path) line \($0.location.line)" }
    }

    static func location(_ item: ReaderItem) -> GovCredit.SourceLocation {
        switch item {
        case .record(let record): return record.location
        case .malformed(let location, _): return location
        }
    }

    /// `text` encoded by Python's own GB18030 codec (an encoder independent of the one under test).
    static func gb18030(_ text: String) throws -> [UInt8] {
        let script = "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode('gb18030'))"
        return Array(try ReaderTestPython.run(script, input: Data(text.utf8)))
    }
}
