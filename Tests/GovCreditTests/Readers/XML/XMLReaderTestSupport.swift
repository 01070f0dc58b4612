import Foundation
import Testing
@testable import GovCredit

/// Files, readers and python3 for the XML reader tests.
enum XMLTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let canonicalSample = repositoryRoot.appendingPathComponent("samples/canonical/records.xml").path
    static let canonicalSchema = repositoryRoot
        .appendingPathComponent("Standards/gov-integrity/1.0/generated/gov-integrity-1.0.xsd").path

    /// A fresh directory for one test's files.
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func file(_ bytes: [UInt8], named name: String = "export.xml") throws -> String {
        let url = try directory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func file(_ text: String, named name: String = "export.xml") throws -> String {
        try file(Array(text.utf8), named: name)
    }

    /// Every item of the file, or the error that stopped reading (with the items read before it).
    static func read(_ path: String, _ options: XMLReaderOptions = XMLReaderOptions(),
                     displayName: String = "export.xml") -> (items: [ReaderItem], error: InputError?) {
        var items: [ReaderItem] = []
        do {
            let reader = try XMLRecordReader(path: path, displayName: displayName, options: options)
            while let item = try reader.next() { items.append(item) }
            return (items, nil)
        } catch {
            return (items, error)
        }
    }

    /// The records of a file that must read without error and without malformed records.
    static func records(_ path: String, _ options: XMLReaderOptions = XMLReaderOptions(),
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [SourceRecord] {
        let (items, error) = read(path, options)
        if let error { Issue.record("unexpected InputError: \(error)", sourceLocation: sourceLocation) }
        return try items.map { item in
            guard case .record(let record) = item else {
                throw Failure(description: "unexpected malformed record: \(item)")
            }
            return record
        }
    }

    /// The error that must stop reading `path`.
    static func inputError(_ path: String, _ options: XMLReaderOptions = XMLReaderOptions(),
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> InputError {
        let (_, error) = read(path, options)
        return try #require(error, "reading should have stopped with an InputError", sourceLocation: sourceLocation)
    }

    /// One line per field, for comparing readings exactly: `path = value @line elementPath`.
    static func summary(_ record: SourceRecord) -> [String] {
        ["\(record.kind ?? "-") #\(record.location.record) @\(record.location.line) \(record.location.elementPath ?? "")"]
            + record.fields.map { field in
                "\(field.path.joined(separator: "/")) = \(describe(field.value)) @\(field.position.line) \(field.position.elementPath ?? "")"
            }
    }

    static func describe(_ value: SourceValue) -> String {
        switch value {
        case .text(let text): return "\"\(text)\""
        case .list(let items): return "\(items)"
        case .null: return "null"
        }
    }

    static func value(_ record: SourceRecord, _ path: String...) -> [SourceValue] {
        record.fields.filter { $0.path == path }.map(\.value)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs python3 with `arguments`. A missing python3 is a failure, never a skip.
    static func python(_ script: String, arguments: [String] = [], input: Data = Data()) throws -> Data {
        let directory = try directory()
        let inputURL = directory.appendingPathComponent("stdin")
        let errorURL = directory.appendingPathComponent("stderr")
        try input.write(to: inputURL)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            throw Failure(description: "python3 failed (status \(process.terminationStatus)); is python3 installed? \(errors)")
        }
        return data
    }

    /// `text` encoded by Python's own codec (`gb18030`, `utf-8-sig`, …): an encoder independent of the one under test.
    static func encoded(_ text: String, codec: String) throws -> [UInt8] {
        let script = "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode('utf-8').encode(sys.argv[1]))"
        return Array(try python(script, arguments: [codec], input: Data(text.utf8)))
    }
}
