#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file in chunks with `read(2)`: constant memory whatever the file size (`PLATFORM.md` §3).
final class ByteFileReader {
    /// 1 MiB: large enough that system calls do not dominate, small enough to stay cache-friendly.
    static let chunkSize = 1 << 20

    private let descriptor: Int32
    let path: String

    init(path: String) throws(InputError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError.cannotOpen(path, errno: errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw InputError.cannotOpen(path, errno: EISDIR)
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends up to `chunkSize` bytes to `buffer`; returns the number read, 0 at the end of the file.
    func read(appendingTo buffer: inout [UInt8]) throws(InputError) -> Int {
        let oldCount = buffer.count
        buffer.reserveCapacity(oldCount + ByteFileReader.chunkSize)
        var readCount = 0
        var failure: Int32 = 0
        buffer.append(contentsOf: repeatElement(0, count: ByteFileReader.chunkSize))
        buffer.withUnsafeMutableBytes { raw in
            while true {
                let result = Glibc.read(descriptor, raw.baseAddress! + oldCount, ByteFileReader.chunkSize)
                if result >= 0 { readCount = result; return }
                if errno != EINTR { failure = errno; return }
            }
        }
        buffer.removeLast(ByteFileReader.chunkSize - readCount)
        if failure != 0 { throw InputError.readFailed(path, errno: failure) }
        return readCount
    }
}
