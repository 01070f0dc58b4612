/// The encodings SPEC §1 accepts, in the order it tries them.
public enum TextEncoding: String, Sendable, Codable {
    /// UTF-8, tried first unless a byte-order mark says otherwise.
    case utf8 = "UTF-8"
    /// GB18030 (also covers GBK and GB2312), tried when a record is not valid UTF-8.
    case gb18030 = "GB18030"
}

/// Turns the bytes of one record into UTF-8 (SPEC §1): a byte-order mark decides; otherwise strict UTF-8, then
/// GB18030 (GBK and GB2312 read as GB18030, never tried before UTF-8). A byte sequence that decodes in neither
/// is a located error, never a silent U+FFFD.
///
/// The choice is sticky per file: once a record needed GB18030 the file is a GB18030 file, and a later record
/// is decoded as GB18030 first even when its bytes happen to form valid UTF-8 too (short Chinese strings can).
struct TextDecoder {
    private(set) var encoding: TextEncoding?
    /// Set by a byte-order mark: no other encoding is tried.
    private var declared = false
    private var converter: GB18030Converter?

    static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let gb18030ByteOrderMark: [UInt8] = [0x84, 0x31, 0x95, 0x33]

    /// Reads a byte-order mark at the start of the file; returns its length (0 when there is none).
    mutating func consumeByteOrderMark(_ prefix: ArraySlice<UInt8>) -> Int {
        if prefix.starts(with: TextDecoder.utf8ByteOrderMark) {
            (encoding, declared) = (.utf8, true)
            return 3
        }
        if prefix.starts(with: TextDecoder.gb18030ByteOrderMark) {
            (encoding, declared) = (.gb18030, true)
            return 4
        }
        return 0
    }

    /// The UTF-8 bytes of `bytes`, or the offset of the first byte that decodes in no accepted encoding.
    mutating func decode(_ bytes: [UInt8]) -> Result<[UInt8], DecodingFailure> {
        if bytes.allSatisfy({ $0 < 0x80 }) { return .success(bytes) }  // ASCII is both
        if encoding == .gb18030 {
            let converted = gb18030(bytes)
            if case .success = converted { return converted }
            if declared { return converted }
        }
        if String(validating: bytes, as: UTF8.self) != nil {
            if encoding == nil { encoding = .utf8 }
            return .success(bytes)
        }
        if declared && encoding == .utf8 { return .failure(DecodingFailure(offset: TextDecoder.firstInvalidUTF8(bytes))) }
        switch gb18030(bytes) {
        case .success(let converted):
            encoding = .gb18030
            return .success(converted)
        case .failure(let failure):
            // Report the earlier of the two positions: where the text stops being either encoding.
            return .failure(DecodingFailure(offset: min(failure.offset, TextDecoder.firstInvalidUTF8(bytes))))
        }
    }

    private mutating func gb18030(_ bytes: [UInt8]) -> Result<[UInt8], DecodingFailure> {
        if converter == nil { converter = GB18030Converter() }
        guard let converter else { return .failure(DecodingFailure(offset: TextDecoder.firstInvalidUTF8(bytes))) }
        return converter.convert(bytes)
    }

    /// The byte offset of the first byte that is not part of a valid UTF-8 sequence (`bytes.count` if none).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return bytes.count
            case .error: return offset
            }
        }
    }
}
