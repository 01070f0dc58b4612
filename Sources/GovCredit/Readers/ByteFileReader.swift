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
    /// One chunk, allocated once: reads land here and are appended to the caller's buffer with a copy.
    private let chunk: UnsafeMutableRawBufferPointer

    /// `chunkSize`: the most one read returns (smaller for the many scratch files a conversion reads back at once).
    init(path: String, chunkSize: Int = ByteFileReader.chunkSize) throws(InputError) {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputError.cannotOpen(path, errno: errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw InputError.cannotOpen(path, errno: EISDIR)
        }
        self.descriptor = descriptor
        chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, chunkSize), alignment: 16)
    }

    deinit {
        close(descriptor)
        chunk.deallocate()
    }

    /// Appends up to `chunkSize` bytes to `buffer`; returns the number read, 0 at the end of the file.
    func read(appendingTo buffer: inout [UInt8]) throws(InputError) -> Int {
        while true {
            let result = Glibc.read(descriptor, chunk.baseAddress, chunk.count)
            if result >= 0 {
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<result]))
                return result
            }
            if errno != EINTR { throw InputError.readFailed(path, errno: errno) }
        }
    }
}
