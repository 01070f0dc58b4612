/// What libyaml reads: UTF-8 text, from a file through ``DecodingFileReader`` (so GB18030 YAML works, SPEC §1)
/// or from bytes in memory. It is the context of libyaml's read handler.
///
/// Besides handing out bytes it guards the limits libyaml cannot: libyaml holds a whole scalar in memory before
/// it reports it, so the feed refuses to hand out more than `maximumBytesBetweenEvents` bytes while no event
/// comes out (a scalar, or a comment, far longer than any real value), and it caps the whole input for
/// configuration files. It also remembers where it stopped decoding so that libyaml's byte offsets (reader
/// errors) can be turned into lines.
final class YAMLInputFeed {
    private enum Source {
        case file(DecodingFileReader)
        case bytes([UInt8])
    }

    private var source: Source
    let file: String
    /// The decoded chunk being handed out, and the one before it (libyaml's raw buffer may still hold its end).
    private var chunk: [UInt8] = []
    private var chunkStart = 0
    private var chunkStartLine = 1
    private var previousChunk: [UInt8] = []
    private var previousStart = 0
    private var previousStartLine = 1
    private var position = 0
    private var atEnd = false
    /// Bytes handed to libyaml so far.
    private(set) var handed = 0
    /// `handed` when the last event came out, and that event's last line.
    var handedAtLastEvent = 0
    var lastEventLine = 1
    /// See the type's comment; the reader's `maximumScalarBytes` plus libyaml's read-ahead.
    let maximumBytesBetweenEvents: Int
    let maximumScalarBytes: Int
    /// Cap on the whole (decoded) input; `nil` for data files, which stream.
    let maximumInputBytes: Int?
    /// Why the last read failed; libyaml then reports a reader error, and this is what the caller throws.
    private(set) var failure: InputError?
    /// The first byte sequence that decoded in neither encoding, if any.
    private(set) var firstInvalidSequence: InvalidSequence?

    /// libyaml reads ahead by its raw buffer (16 KiB) and decodes ahead by 3 times that; 256 KiB covers both.
    static let readAheadSlack = 256 << 10

    init(path: String, displayName: String, encoding: EncodingChoice, maximumScalarBytes: Int,
         maximumInputBytes: Int? = nil) throws(InputError) {
        source = .file(try DecodingFileReader(path: path, encoding: encoding))
        file = displayName
        self.maximumScalarBytes = maximumScalarBytes
        maximumBytesBetweenEvents = maximumScalarBytes + Self.readAheadSlack
        self.maximumInputBytes = maximumInputBytes
    }

    init(bytes: [UInt8], displayName: String, maximumScalarBytes: Int, maximumInputBytes: Int? = nil) {
        source = .bytes(bytes)
        file = displayName
        self.maximumScalarBytes = maximumScalarBytes
        maximumBytesBetweenEvents = maximumScalarBytes + Self.readAheadSlack
        self.maximumInputBytes = maximumInputBytes
    }

    /// libyaml's read handler: copies up to `size` bytes into `buffer`; `false` stops the parser with a reader
    /// error (the reason is in ``failure``). Zero bytes read means the end of the input.
    func read(into buffer: UnsafeMutablePointer<UInt8>, size: Int, sizeRead: UnsafeMutablePointer<Int>) -> Bool {
        sizeRead.pointee = 0
        if handed - handedAtLastEvent > maximumBytesBetweenEvents {
            failure = InputError.yamlValueTooLong(file, line: lastEventLine, limit: maximumScalarBytes)
            return false
        }
        if position == chunk.count && !atEnd {
            do {
                try refill()
            } catch {
                failure = error
                return false
            }
        }
        let count = min(size, chunk.count - position)
        guard count > 0 else { return true }
        chunk.withUnsafeBufferPointer { bytes in
            buffer.update(from: bytes.baseAddress! + position, count: count)
        }
        position += count
        handed += count
        sizeRead.pointee = count
        return true
    }

    private func refill() throws(InputError) {
        previousStartLine = chunkStartLine
        chunkStartLine += Self.newlines(in: chunk[...])
        previousStart = chunkStart
        chunkStart += chunk.count
        swap(&previousChunk, &chunk)
        chunk.removeAll(keepingCapacity: true)
        position = 0
        switch source {
        case .bytes(let bytes):
            chunk = bytes
            source = .bytes([])
            atEnd = true
        case .file(let decoder):
            if try decoder.read(appendingTo: &chunk) == 0 { atEnd = true }
            if firstInvalidSequence == nil, let invalid = decoder.takeInvalidSequences(before: Int.max).first {
                firstInvalidSequence = invalid
            }
        }
        if let maximumInputBytes, chunkStart + chunk.count > maximumInputBytes {
            throw InputError.yamlInputTooLarge(file, limit: maximumInputBytes)
        }
    }

    /// The 1-based line of a byte offset libyaml reported, when it lies in the last two chunks.
    func line(atOffset offset: Int) -> Int? {
        if offset >= chunkStart && offset <= chunkStart + chunk.count {
            return chunkStartLine + Self.newlines(in: chunk[..<(offset - chunkStart)])
        }
        if offset >= previousStart && offset < chunkStart {
            return previousStartLine + Self.newlines(in: previousChunk[..<(offset - previousStart)])
        }
        return nil
    }

    private static func newlines(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte == 0x0A { count += 1 }
        return count
    }
}
