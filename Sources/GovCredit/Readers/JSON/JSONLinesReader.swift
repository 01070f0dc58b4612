#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One line of a JSON Lines file that holds a record.
struct JSONLinesRecord {
    /// The line's bytes without the line break (empty when `oversizedBy` is set).
    var bytes: [UInt8]
    /// 1-based physical line number.
    var line: Int
    /// 1-based number of the record (blank lines are not records).
    var record: Int
    /// Set when the line exceeded the record size limit; the bytes were skipped, not kept.
    var isOversized: Bool
}

/// Splits a JSON Lines file into records, streaming: memory is bounded by the chunk size plus the longest line
/// kept, and a line longer than `maximumRecordBytes` is skipped (reported, not held), so a hostile file cannot
/// make the reader allocate without bound. Blank lines are skipped; CRLF and a leading byte-order mark are
/// accepted. Lines are split on LF before decoding: 0x0A never occurs inside a GB18030 multi-byte sequence.
struct JSONLinesReader {
    /// Default cap on one record's bytes. Real records are a few KB; 64 MiB leaves room for a record with a
    /// huge free-text field to be read and rejected with a length finding rather than a size one.
    static let defaultMaximumRecordBytes = 64 << 20

    private let file: ByteFileReader
    private let maximumRecordBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var line = 0
    private var record = 0
    private var atEnd = false
    private var atBeginning = true
    /// Bytes of `buffer` before this offset hold no LF of the line being read.
    private var searched = 0
    /// The file's encoding as far as the lines read so far tell (SPEC §1).
    var decoder = TextDecoder()

    init(path: String, maximumRecordBytes: Int = JSONLinesReader.defaultMaximumRecordBytes) throws(InputError) {
        self.file = try ByteFileReader(path: path)
        self.maximumRecordBytes = maximumRecordBytes
    }

    /// The next record, or `nil` at the end of the file.
    mutating func next() throws(InputError) -> JSONLinesRecord? {
        while true {
            guard let (bytes, oversized) = try nextLine() else { return nil }
            line += 1
            if !oversized && bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            record += 1
            var content = bytes
            if content.last == 0x0D { content.removeLast() }
            return JSONLinesRecord(bytes: content, line: line, record: record, isOversized: oversized)
        }
    }

    /// The next physical line (without `\n`), or `nil` at the end. Oversized lines come back empty and flagged.
    ///
    /// Each byte is searched for LF once: searching the whole line again after every chunk made a long line cost the
    /// square of its length (a 300 MB line: some 10 GB of comparisons, minutes in a debug build; found by
    /// Hostile/HostileSizeTests), and an oversized line's bytes are dropped as soon as they are read.
    private mutating func nextLine() throws(InputError) -> ([UInt8], Bool)? {
        var oversized = false
        while true {
            if atBeginning {
                try fill(atLeast: 4)
                start += decoder.consumeByteOrderMark(buffer[start...])
                searched = start
                atBeginning = false
            }
            if let newline = firstLineFeed(from: max(start, searched)) {
                let tooLong = oversized || newline - start > maximumRecordBytes
                let lineBytes = tooLong ? [] : Array(buffer[start..<newline])
                start = newline + 1
                searched = start
                return (lineBytes, tooLong)
            }
            searched = buffer.count
            if oversized || buffer.count - start > maximumRecordBytes {
                // Drop what we have of the line and keep scanning for its end without holding it.
                oversized = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
                searched = 0
            }
            if atEnd {
                guard start < buffer.count || oversized else { return nil }
                let tooLong = oversized || buffer.count - start > maximumRecordBytes
                let lineBytes = tooLong ? [] : Array(buffer[start...])
                start = buffer.count
                return (lineBytes, tooLong)
            }
            try refill()
        }
    }

    /// Offset of the first LF at or after `offset` (`memchr`: the line search is the reader's hot loop).
    private func firstLineFeed(from offset: Int) -> Int? {
        guard offset < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress, let found = memchr(base + offset, 0x0A, bytes.count - offset) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    private mutating func fill(atLeast count: Int) throws(InputError) {
        while !atEnd && buffer.count - start < count { try refill() }
    }

    private mutating func refill() throws(InputError) {
        if start > 0 {
            buffer.removeFirst(start)
            searched = max(0, searched - start)
            start = 0
        }
        if try file.read(appendingTo: &buffer) == 0 { atEnd = true }
    }
}
