#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GB18030 → UTF-8 through glibc iconv: 3–5× faster than Foundation and able to report the offset of a bad
/// byte (`PLATFORM.md` §4). GBK and GB2312 are subsets, so they are read as GB18030 (SPEC §1).
final class GB18030Converter {
    private let descriptor: iconv_t

    /// `nil` when the C library has no GB18030 converter (a minimal container without gconv modules).
    init?() {
        guard let descriptor = iconv_open("UTF-8", "GB18030"), descriptor != iconv_t(bitPattern: -1) else { return nil }
        self.descriptor = descriptor
    }

    deinit { iconv_close(descriptor) }

    /// The UTF-8 form of `bytes`, or the offset of the first byte that is not GB18030.
    func convert(_ bytes: [UInt8]) -> Result<[UInt8], DecodingFailure> {
        // Back to the initial state: a previous failure must not leak into this text.
        iconv(descriptor, nil, nil, nil, nil)
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let inputCount = input.count
        var written = 0
        var failure: DecodingFailure?
        input.withUnsafeMutableBufferPointer { inputBuffer in
            var inPointer = inputBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = inputCount
            while inLeft > 0 {
                let produced: Int = output.withUnsafeMutableBufferPointer { outputBuffer in
                    var outPointer = outputBuffer.baseAddress.map { UnsafeMutableRawPointer($0 + written).assumingMemoryBound(to: CChar.self) }
                    var outLeft = outputBuffer.count - written
                    let before = outLeft
                    let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    if result == -1 && errno != E2BIG {
                        failure = DecodingFailure(offset: inputCount - inLeft)
                    }
                    return before - outLeft
                }
                written += produced
                if failure != nil { return }
                if inLeft > 0 { output.append(contentsOf: repeatElement(0, count: output.count)) }
            }
        }
        if let failure { return .failure(failure) }
        output.removeLast(output.count - written)
        return .success(output)
    }
}

/// Where decoding stopped: the byte offset of the first byte that decodes in no accepted encoding.
struct DecodingFailure: Error, Equatable {
    let offset: Int
}
