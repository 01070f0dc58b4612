import Foundation
import Testing
@testable import GovCredit

/// A scratch file made into a package file in place (``CompactedFile``): whatever records are left out, the file
/// holds exactly the kept records and the appended bytes, in order, and its manifest entry gives their count, size
/// and digests — the package a platform receives depends on it.
@Suite("Compacted files")
struct CompactedFileTests {
    /// Records of every size around the 256 KiB chunks (empty, one byte, a chunk exactly, several chunks), left out
    /// in every pattern: none, all, the first only, the last only, every other one, and at random.
    static let patterns: [String] = ["none", "all", "first", "last", "alternate", "sparse", "dense"]

    @Test(arguments: patterns)
    func holdsExactlyTheKeptRecordsAndAppendedBytes(pattern: String) throws {
        var generator = SplitMix64(seed: UInt64(pattern.utf8.reduce(7) { $0 &* 31 &+ Int($1) }.magnitude))
        let chunk = CompactedFile.chunkSize
        var lengths = [5, 0, 1, 17, chunk - 1, chunk, chunk + 1, 3 * chunk + 5, 2, 900]
        for _ in 0..<200 { lengths.append(Int(generator.next() % 3_000)) }
        lengths += [2 * chunk, 1, 0, 33]
        let records = lengths.map { Array(DigestTests.randomBytes($0, using: &generator).prefix($0)) }
        let header = Array("<records>\n".utf8)
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let scratch = "\(directory)/.scratch"
        let final = "\(directory)/final"
        try Data(header + records.flatMap { $0 }).write(to: URL(fileURLWithPath: scratch))
        let revokes = "\(directory)/.revokes"
        let revokeBytes = Array(DigestTests.randomBytes(chunk + 99, using: &generator).prefix(chunk + 99))
        try Data(revokeBytes).write(to: URL(fileURLWithPath: revokes))

        let file = try CompactedFile(scratch: scratch, destination: final, digests: [.sha256, .sm3])
        _ = try file.next(header.count)
        try file.keepLast(countsAsRecord: false)
        var expected = header
        var keptCount = 0
        for (number, record) in records.enumerated() {
            let bytes = try file.next(record.count)
            #expect(Array(bytes) == record, "record \(number) read back")
            let leftOut: Bool
            switch pattern {
            case "none": leftOut = false
            case "all": leftOut = true
            case "first": leftOut = number == 0
            case "last": leftOut = number == records.count - 1
            case "alternate": leftOut = number % 2 == 1
            case "sparse": leftOut = generator.next() % 50 == 0
            default: leftOut = generator.next() % 3 != 0
            }
            guard !leftOut else { continue }
            try file.keepLast()
            expected += record
            keptCount += 1
        }
        try file.append(contentsOf: revokes, records: 4)
        let end = Array("</records>\n".utf8)
        try file.append(end[...], countsAsRecord: false)
        expected += revokeBytes + end

        let entry = try file.finish(relative: "records.xml", category: nil, format: "xml")
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: final))) == expected)
        #expect(!FileManager.default.fileExists(atPath: scratch), "moved, not copied")
        #expect(entry.bytes == expected.count)
        #expect(entry.records == keptCount + 4)
        #expect(entry.digests == (try DigestTests.oneShotAll(expected)))
    }

    /// A category with only REVOKE records has no scratch file: its file starts empty.
    @Test
    func anAbsentFileStartsEmptyWhenAskedTo() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = "\(directory)/revokes-only.jsonl"
        let file = try CompactedFile(scratch: path, destination: path, digests: [.sha256], createIfAbsent: true)
        let line = Array("{\"id\":\"X\"}\n".utf8)
        try file.append(line[...])
        let entry = try file.finish(relative: "records/x.jsonl", category: nil, format: "jsonl")
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: path))) == line)
        #expect(entry.records == 1 && entry.bytes == line.count)
        #expect(entry.digests[.sha256] == (try DigestTests.oneShot(.sha256, line)))
    }

    /// A scratch file that is missing, or shorter than its ledger says, is an error naming the final file: the
    /// package must never claim records its files do not hold.
    @Test
    func aMissingOrShortScratchFileIsAnError() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: InputError.self) {
            _ = try CompactedFile(scratch: "\(directory)/absent", destination: "\(directory)/records.xml", digests: [])
        }
        let path = "\(directory)/short"
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: path))
        let file = try CompactedFile(scratch: path, destination: "\(directory)/records.xml", digests: [])
        #expect(Array(try file.next(2)) == [1, 2])
        do {
            _ = try file.next(5)
            Issue.record("a record past the end of the scratch file was handed out")
        } catch {
            #expect(error.file == "\(directory)/records.xml")
        }
    }

    private static func directory() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-compacted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}
