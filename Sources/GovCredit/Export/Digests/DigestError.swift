#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import COpenSSL

/// A digest could not be computed: OpenSSL lacks the algorithm (an SM3-less build, or a FIPS-only provider) or
/// failed, or the file to digest could not be read.
public struct DigestError: Error, Sendable, CustomStringConvertible {
    /// What kind of problem; internal so that cases can be added without breaking callers.
    enum Kind: Sendable, Equatable {
        case algorithmUnavailable
        case openSSLFailure
        case cannotOpen
        case readFailed
    }

    let kind: Kind
    /// The algorithm concerned, when the problem is OpenSSL's.
    public let algorithm: DigestAlgorithm?
    /// The file concerned, when the problem is reading one.
    public let file: String?
    /// What went wrong, in Chinese and English.
    public let message: LocalizedMessage
    /// OpenSSL's own error text (`ERR_error_string_n`), every queued error joined by `; `; `nil` when the
    /// problem is not OpenSSL's or it queued nothing.
    public let openSSLError: String?

    /// The message in `language`, prefixed with the file and followed by OpenSSL's text when there are any.
    public func text(in language: Language) -> String {
        var text = file.map { "\($0): " } ?? ""
        text += message.text(in: language)
        if let openSSLError { text += " (OpenSSL: \(openSSLError))" }
        return text
    }

    /// The English form of ``text(in:)``: file, message and OpenSSL's text.
    public var description: String { text(in: .en) }

    /// `algorithm` cannot be fetched from OpenSSL. Names the algorithm: the usual cause is a configuration
    /// (FIPS-only provider, OpenSSL built with `no-sm3`), which the operator must be able to tell from the message.
    static func algorithmUnavailable(_ algorithm: DigestAlgorithm) -> DigestError {
        DigestError(kind: .algorithmUnavailable, algorithm: algorithm, file: nil, message: LocalizedMessage(
            zh: "当前 OpenSSL 不提供 \(algorithm.rawValue) 摘要算法（例如只加载了 FIPS 提供者，或编译时去掉了该算法）",
            en: "the \(algorithm.rawValue) digest is not available in this OpenSSL (for example only the FIPS provider is loaded, or it was built without it)"),
            openSSLError: OpenSSLErrorQueue.drain())
    }

    /// An OpenSSL call other than fetching the algorithm failed (`operation` names it).
    static func openSSLFailure(_ algorithm: DigestAlgorithm, operation: String) -> DigestError {
        DigestError(kind: .openSSLFailure, algorithm: algorithm, file: nil, message: LocalizedMessage(
            zh: "计算 \(algorithm.rawValue) 摘要时 OpenSSL 调用 \(operation) 失败",
            en: "OpenSSL's \(operation) failed while computing the \(algorithm.rawValue) digest"),
            openSSLError: OpenSSLErrorQueue.drain())
    }

    static func cannotOpen(_ path: String, errno code: Int32) -> DigestError {
        let reason = String(cString: strerror(code))
        return DigestError(kind: .cannotOpen, algorithm: nil, file: path, message: LocalizedMessage(
            zh: "无法打开文件以计算摘要：\(reason)", en: "cannot open the file to digest it: \(reason)"),
            openSSLError: nil)
    }

    static func readFailed(_ path: String, errno code: Int32) -> DigestError {
        let reason = String(cString: strerror(code))
        return DigestError(kind: .readFailed, algorithm: nil, file: path, message: LocalizedMessage(
            zh: "读取文件以计算摘要失败：\(reason)", en: "reading the file to digest it failed: \(reason)"),
            openSSLError: nil)
    }
}

/// OpenSSL's per-thread error queue, read into text.
enum OpenSSLErrorQueue {
    /// Empties the queue before an operation, so that a later failure reports its own errors only.
    static func clear() {
        ERR_clear_error()
    }

    /// Empties the queue and returns its errors' text joined by `; `, oldest first; `nil` when it was empty.
    static func drain() -> String? {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            // 256 bytes: OpenSSL documents 256 as ample for ERR_error_string_n; longer text is truncated, not overrun.
            var buffer = [CChar](repeating: 0, count: 256)
            buffer.withUnsafeMutableBufferPointer { ERR_error_string_n(code, $0.baseAddress, $0.count) }
            messages.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return messages.isEmpty ? nil : messages.joined(separator: "; ")
    }
}
