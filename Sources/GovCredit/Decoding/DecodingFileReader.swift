/// How a reader should decode a file (SPEC §1; a profile may fix it).
public enum EncodingChoice: String, Sendable, Codable, CaseIterable {
    /// A byte-order mark decides; otherwise strict UTF-8, then GB18030.
    case automatic = "auto"
    /// Strict UTF-8 (a UTF-8 byte-order mark is skipped); a byte sequence that is not UTF-8 is a located error.
    case utf8 = "utf-8"
    /// GB18030, which also reads GBK and GB2312 (SPEC §1: those are read as GB18030).
    case gb18030 = "gb18030"
}

/// A byte sequence that decoded in neither encoding: where it was, so the record holding it can be rejected
/// with a located finding (SPEC §1: never a silent replacement).
struct InvalidSequence: Equatable {
    /// Offset in the decoded UTF-8 stream where U+FFFD stands in for the bad bytes.
    let decodedOffset: Int
    /// Offset of the bad bytes in the file.
    let fileOffset: Int
    /// 1-based line of the file.
    let line: Int
}

/// Reads a file as UTF-8, chunk by chunk, whatever its encoding (the Decoding stage of ARCHITECTURE.md):
/// byte-order mark, else strict UTF-8, else GB18030 through iconv. Memory is one chunk plus a few carried bytes.
///
/// Bytes that decode in no encoding become U+FFFD in the output *and* an ``InvalidSequence`` entry, so a reader
/// can reject exactly the record that holds them and go on; nothing is replaced silently.
final class DecodingFileReader {
    let path: String
    private let file: ByteFileReader
    private let choice: EncodingChoice
    private(set) var encoding: TextEncoding?
    /// Whether the encoding is settled: a mark or profile said so, or non-ASCII text has been seen.
    private var settled = false
    private var converter: GB18030Converter?
    /// Undecoded bytes carried to the next chunk (an incomplete sequence at a chunk end).
    private var pending: [UInt8] = []
    private var atEnd = false
    private var started = false
    private var fileOffset = 0
    private var decodedOffset = 0
    private var line = 1
    /// Invalid sequences found so far and not yet taken by the reader.
    private(set) var invalidSequences: [InvalidSequence] = []

    init(path: String, encoding choice: EncodingChoice = .automatic) throws(InputError) {
        self.path = path
        self.file = try ByteFileReader(path: path)
        self.choice = choice
        switch choice {
        case .automatic: break
        case .utf8: (encoding, settled) = (.utf8, true)
        case .gb18030: (encoding, settled) = (.gb18030, true)
        }
    }

    /// Appends the next decoded UTF-8 bytes to `buffer`; returns how many were appended, 0 at the end.
    func read(appendingTo buffer: inout [UInt8]) throws(InputError) -> Int {
        while true {
            if !atEnd {
                let count = try file.read(appendingTo: &pending)
                if count == 0 { atEnd = true }
            }
            if !started {
                started = true
                skipByteOrderMark()
            }
            if pending.isEmpty { return 0 }
            let before = buffer.count
            decodePending(into: &buffer)
            let produced = buffer.count - before
            if produced > 0 || atEnd { return produced }
        }
    }

    /// Removes and returns the invalid sequences whose decoded offset is below `offset`.
    func takeInvalidSequences(before offset: Int) -> [InvalidSequence] {
        let count = invalidSequences.prefix { $0.decodedOffset < offset }.count
        defer { invalidSequences.removeFirst(count) }
        return Array(invalidSequences.prefix(count))
    }

    private func skipByteOrderMark() {
        if pending.starts(with: TextDecoder.utf8ByteOrderMark), choice != .gb18030 {
            pending.removeFirst(3)
            fileOffset = 3
            (encoding, settled) = (.utf8, true)
        } else if pending.starts(with: TextDecoder.gb18030ByteOrderMark), choice != .utf8 {
            pending.removeFirst(4)
            fileOffset = 4
            (encoding, settled) = (.gb18030, true)
        }
    }

    private func decodePending(into buffer: inout [UInt8]) {
        if !settled {
            guard let firstNonASCII = pending.firstIndex(where: { $0 >= 0x80 }) else {
                // ASCII so far: the same in both encodings, so the choice can wait.
                emit(pending[...], into: &buffer)
                pending.removeAll(keepingCapacity: true)
                return
            }
            encoding = Self.looksLikeUTF8(pending[firstNonASCII...], atEnd: atEnd) ? .utf8 : .gb18030
            if encoding == .gb18030 && GB18030Converter.isAvailable == false { encoding = .utf8 }
            settled = true
        }
        if encoding == .gb18030 { decodeGB18030(into: &buffer) } else { decodeUTF8(into: &buffer) }
    }

    /// Which encoding the text is in, judged on a sample: UTF-8 when the sample is valid UTF-8 (a sequence cut
    /// off by the end of the sample is no evidence against it), else GB18030 when that decodes it cleanly, else
    /// whichever of the two finds fewer bad bytes (ties go to UTF-8, SPEC §1's first choice).
    static func looksLikeUTF8(_ bytes: ArraySlice<UInt8>, atEnd: Bool) -> Bool {
        let sample = Array(bytes.prefix(1 << 16))
        let final = atEnd && sample.count == bytes.count
        let utf8Errors = invalidCountUTF8(sample, final: final)
        if utf8Errors == 0 { return true }
        guard let converter = GB18030Converter() else { return true }
        return utf8Errors <= invalidCountGB18030(sample, final: final, converter: converter)
    }

    static func invalidCountUTF8(_ bytes: [UInt8], final: Bool) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 { index += 1; continue }
            let length = sequenceLength(bytes, at: index)
            if length > 0 { index += length; continue }
            if length < 0 && !final { break }
            count += 1
            index += 1
        }
        return count
    }

    static func invalidCountGB18030(_ bytes: [UInt8], final: Bool, converter: GB18030Converter) -> Int {
        var count = 0
        var rest = bytes[...]
        while !rest.isEmpty {
            let result = converter.convertPrefix(Array(rest), final: final)
            guard result.stop == .invalid else { break }
            count += 1
            rest = rest.dropFirst(result.consumed + 1)
        }
        return count
    }

    private func decodeUTF8(into buffer: inout [UInt8]) {
        var index = pending.startIndex
        var validStart = index
        while index < pending.endIndex {
            index = pending.withUnsafeBufferPointer { Self.validPrefixEnd($0, from: index) }
            guard index < pending.endIndex else { break }
            let length = Self.sequenceLength(pending, at: index)
            if length < 0 && !atEnd { break }  // incomplete at the chunk end: wait for the rest
            emit(pending[validStart..<index], into: &buffer)
            markInvalid(into: &buffer)
            index += 1
            validStart = index
        }
        emit(pending[validStart..<index], into: &buffer)
        pending.removeFirst(index)
    }

    /// Where the valid UTF-8 from `start` ends: at the first byte that does not start a valid sequence or starts one
    /// cut off by the end of `bytes` (`bytes.count` when all is valid).
    ///
    /// Through a pointer, with two shortcuts: eight ASCII bytes at a time, and the three-byte sequences whose lead
    /// byte puts no limit on the next (E1…EC, EE, EF: the CJK ideographs among them). Array subscripts byte by
    /// byte were 4% of a conversion of Chinese text (callgrind).
    static func validPrefixEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        while index < count {
            if index + 8 <= count && ByteWords.load(bytes, at: index) & ByteWords.highBits == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            if (0xE1...0xEC).contains(lead) || lead == 0xEE || lead == 0xEF, index + 2 < count,
               bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 {
                index += 3
                continue
            }
            let length = sequenceLength(bytes, at: index)
            guard length > 0 else { return index }
            index += length
        }
        return index
    }

    /// Length of the valid UTF-8 sequence at `index` (> 0), 0 when it is invalid, -1 when it is cut off by the
    /// end of `bytes` but valid so far.
    static func sequenceLength<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int where Bytes.Index == Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, high) = (3, 0x9F)
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, high) = (4, 0x8F)
        default: return 0
        }
        for offset in 1..<length {
            guard index + offset < bytes.count else { return -1 }
            let byte = bytes[index + offset]
            let (lower, upper) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lower && byte <= upper else { return 0 }
        }
        return length
    }

    private func decodeGB18030(into buffer: inout [UInt8]) {
        if converter == nil { converter = GB18030Converter() }
        guard let converter else { return decodeUTF8(into: &buffer) }
        while !pending.isEmpty {
            let result = converter.convertPrefix(pending, final: atEnd)
            // Count lines in the consumed bytes: LF is a single byte in GB18030 and never a trail byte.
            emitConverted(result.output, consumed: result.consumed, into: &buffer)
            pending.removeFirst(result.consumed)
            switch result.stop {
            case .done, .incomplete:
                return
            case .invalid:
                markInvalid(into: &buffer)
                pending.removeFirst()
            }
        }
    }

    private func emit(_ bytes: ArraySlice<UInt8>, into buffer: inout [UInt8]) {
        line += bytes.withUnsafeBufferPointer { ByteWords.count(of: 0x0A, in: $0) }
        buffer.append(contentsOf: bytes)
        decodedOffset += bytes.count
        fileOffset += bytes.count
    }

    private func emitConverted(_ output: [UInt8], consumed: Int, into buffer: inout [UInt8]) {
        line += output.withUnsafeBufferPointer { ByteWords.count(of: 0x0A, in: $0) }
        buffer.append(contentsOf: output)
        decodedOffset += output.count
        fileOffset += consumed
    }

    private func markInvalid(into buffer: inout [UInt8]) {
        invalidSequences.append(InvalidSequence(decodedOffset: decodedOffset, fileOffset: fileOffset, line: line))
        buffer.append(contentsOf: [0xEF, 0xBF, 0xBD])
        decodedOffset += 3
        fileOffset += 1
    }
}
