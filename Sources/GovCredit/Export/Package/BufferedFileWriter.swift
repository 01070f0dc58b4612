#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a new file through a 1 MiB buffer with `write(2)`, reporting every failure (a full disk, a vanished
/// directory) as an ``InputError`` naming the file, and `fsync`s before closing: a package is only renamed into
/// place once every byte of it is on disk (STYLE: atomic outputs).
final class BufferedFileWriter {
    let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var bytesWritten = 0

    init(path: String) throws(InputError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw InputError.cannotWrite(path, errno: errno) }
        buffer.reserveCapacity(1 << 20)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    func write(_ bytes: [UInt8]) throws(InputError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func write(_ text: String) throws(InputError) { try write(Array(text.utf8)) }

    func flush() throws(InputError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw InputError.cannotWrite(path, errno: errno)
            }
            offset += written
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs to disk and closes.
    func finish() throws(InputError) {
        try flush()
        guard fsync(descriptor) == 0 else { throw InputError.cannotWrite(path, errno: errno) }
        guard close(descriptor) == 0 else { descriptor = -1; throw InputError.cannotWrite(path, errno: errno) }
        descriptor = -1
    }
}

extension InputError {
    static func cannotWrite(_ path: String, errno code: Int32) -> InputError {
        let reason = String(cString: strerror(code))
        return InputError(file: path, message: LocalizedMessage(zh: "写入失败：\(reason)", en: "writing failed: \(reason)"))
    }

    static func packageExists(_ path: String) -> InputError {
        InputError(file: path, message: LocalizedMessage(
            zh: "报送包已存在；如需覆盖请加 --force", en: "the package already exists; use --force to replace it"))
    }

    static func invalidSetting(_ name: String, _ zh: String, _ en: String) -> InputError {
        InputError(file: name, message: LocalizedMessage(zh: zh, en: en))
    }
}
