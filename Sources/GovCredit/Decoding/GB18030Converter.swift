#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GB18030 → UTF-8 through glibc iconv: 3–5× faster than Foundation, streams, and reports the offset of a bad
/// byte (`PLATFORM.md` §4). GBK and GB2312 are subsets, so they are read as GB18030 (SPEC §1).
final class GB18030Converter {
    private let descriptor: iconv_t

    /// Whether this C library can convert GB18030 at all (a minimal container may lack gconv modules).
    static let isAvailable: Bool = GB18030Converter() != nil

    /// `nil` when the C library has no GB18030 converter.
    init?() {
        guard let descriptor = iconv_open("UTF-8", "GB18030"), descriptor != iconv_t(bitPattern: -1) else { return nil }
        self.descriptor = descriptor
    }

    deinit { iconv_close(descriptor) }

    /// Why a conversion stopped.
    enum Stop: Equatable {
        /// Everything was converted.
        case done
        /// The input ends inside a multi-byte sequence (wait for more, unless `final`).
        case incomplete
        /// The byte at `consumed` is not GB18030.
        case invalid
    }

    /// Converts as much of `bytes` as possible. With `final`, an incomplete sequence at the end is `.invalid`.
    func convertPrefix(_ bytes: [UInt8], final: Bool) -> (output: [UInt8], consumed: Int, stop: Stop) {
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let inputCount = input.count
        var written = 0
        var inLeft = inputCount
        var stop = Stop.done
        input.withUnsafeMutableBufferPointer { inputBuffer in
            var inPointer = inputBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var outPointer = outputBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
                var outLeft = outputBuffer.count
                // GB18030 → UTF-8 at most doubles the size (4 bytes → 4 bytes, 2 → 3), so E2BIG cannot happen.
                let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                written = outputBuffer.count - outLeft
                if result == -1 {
                    stop = errno == EINVAL ? (final ? .invalid : .incomplete) : .invalid
                }
            }
        }
        iconv(descriptor, nil, nil, nil, nil)  // back to the initial state for the next call
        output.removeLast(output.count - written)
        return (output, inputCount - inLeft, stop)
    }

    /// The UTF-8 form of a complete text, or the offset of the first byte that is not GB18030.
    func convert(_ bytes: [UInt8]) -> Result<[UInt8], DecodingFailure> {
        let (output, consumed, stop) = convertPrefix(bytes, final: true)
        return stop == .done ? .success(output) : .failure(DecodingFailure(offset: consumed))
    }
}

/// Where decoding stopped: the byte offset of the first byte that decodes in no accepted encoding.
struct DecodingFailure: Error, Equatable {
    let offset: Int
}
