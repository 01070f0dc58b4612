import COpenSSL

/// One digest computed incrementally through OpenSSL's EVP interface, so that a file is hashed as it is written
/// or read, never held whole in memory (STYLE "Pitfalls": our dumps are gigabytes).
///
/// A class because it owns OpenSSL objects freed in `deinit`. Not `Sendable`: it is mutable state; use one per
/// task. ``MultiDigest`` is the value-semantic wrapper.
final class StreamingDigest {
    let algorithm: DigestAlgorithm
    /// The fetched algorithm (`EVP_MD`), owned: freed with `EVP_MD_free`.
    private let messageDigest: OpaquePointer
    /// The running state (`EVP_MD_CTX`), owned: freed with `EVP_MD_CTX_free`.
    private let context: OpaquePointer
    private var isFinalized = false

    /// Starts a digest of `algorithm`.
    ///
    /// Throws ``DigestError`` naming the algorithm when this OpenSSL cannot provide it — SM3 is missing under a
    /// FIPS-only provider or an OpenSSL built with `no-sm3` — rather than crashing.
    convenience init(_ algorithm: DigestAlgorithm) throws(DigestError) {
        try self.init(algorithm, properties: nil)
    }

    /// Starts a digest of `algorithm` fetched with an OpenSSL property query (`"fips=yes"`); `nil` is the
    /// default query. Internal: tests use it to reach the "algorithm unavailable" path on a full OpenSSL.
    init(_ algorithm: DigestAlgorithm, properties: String?) throws(DigestError) {
        OpenSSLErrorQueue.clear()
        guard let messageDigest = EVP_MD_fetch(nil, algorithm.openSSLName, properties) else {
            throw .algorithmUnavailable(algorithm)
        }
        guard let context = EVP_MD_CTX_new() else {
            let error = DigestError.openSSLFailure(algorithm, operation: "EVP_MD_CTX_new")
            EVP_MD_free(messageDigest)
            throw error
        }
        guard EVP_DigestInit_ex(context, messageDigest, nil) == 1 else {
            let error = DigestError.openSSLFailure(algorithm, operation: "EVP_DigestInit_ex")
            EVP_MD_CTX_free(context)
            EVP_MD_free(messageDigest)
            throw error
        }
        self.algorithm = algorithm
        self.messageDigest = messageDigest
        self.context = context
    }

    /// A digest in the same state as `original`, independent of it from now on (`EVP_MD_CTX_copy_ex`).
    private init(copying original: StreamingDigest) throws(DigestError) {
        precondition(!original.isFinalized, "StreamingDigest: copying a finalized digest")
        OpenSSLErrorQueue.clear()
        guard let context = EVP_MD_CTX_new() else {
            throw .openSSLFailure(original.algorithm, operation: "EVP_MD_CTX_new")
        }
        guard EVP_MD_CTX_copy_ex(context, original.context) == 1, EVP_MD_up_ref(original.messageDigest) == 1 else {
            let error = DigestError.openSSLFailure(original.algorithm, operation: "EVP_MD_CTX_copy_ex")
            EVP_MD_CTX_free(context)
            throw error
        }
        self.algorithm = original.algorithm
        self.messageDigest = original.messageDigest
        self.context = context
    }

    deinit {
        EVP_MD_CTX_free(context)
        EVP_MD_free(messageDigest)
    }

    /// An independent digest in the current state: both can be continued and finalized separately.
    func copy() throws(DigestError) -> StreamingDigest {
        try StreamingDigest(copying: self)
    }

    /// Feeds `bytes`. Calling it after ``finalize()`` is a programming error.
    func update(_ bytes: UnsafeRawBufferPointer) {
        precondition(!isFinalized, "StreamingDigest.update called after finalize")
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        // EVP_DigestUpdate on an initialised software SHA-256 or SM3 context cannot fail for any input;
        // a failure means a broken OpenSSL, which no caller can recover from.
        let status = EVP_DigestUpdate(context, base, bytes.count)
        precondition(status == 1, "EVP_DigestUpdate failed: \(OpenSSLErrorQueue.drain() ?? "no OpenSSL error")")
    }

    /// Feeds `bytes`. Calling it after ``finalize()`` is a programming error.
    func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Ends the digest and returns it as lower-case hexadecimal (``DigestAlgorithm/hexLength`` characters).
    /// A digest is finalized once: calling `update` or `finalize` again is a programming error.
    func finalize() -> String {
        precondition(!isFinalized, "StreamingDigest.finalize called twice")
        isFinalized = true
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Int(EVP_MAX_MD_SIZE)) { buffer in
            var length: UInt32 = 0
            // As for update: finishing an initialised SHA-256 or SM3 context cannot fail short of a broken OpenSSL.
            let status = EVP_DigestFinal_ex(context, buffer.baseAddress, &length)
            precondition(status == 1, "EVP_DigestFinal_ex failed: \(OpenSSLErrorQueue.drain() ?? "no OpenSSL error")")
            precondition(Int(length) == algorithm.byteCount, "OpenSSL \(algorithm.rawValue) gave \(length) bytes")
            return Self.hex(UnsafeBufferPointer(rebasing: buffer[..<Int(length)]))
        }
    }

    /// Lower-case hexadecimal, two characters per byte, most significant nibble first.
    static func hex(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
