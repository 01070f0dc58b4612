#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MultiDigest {
    /// 1 MiB: as for the readers (PLATFORM.md §3), large enough that system calls do not dominate, small enough
    /// that memory stays constant whatever the file size.
    static let fileChunkSize = 1 << 20

    /// The digests of the file at `path`, read in ``fileChunkSize`` chunks with `read(2)`: for verifying a
    /// package against its manifest (SPEC §7) without loading files that may be gigabytes.
    static func digest(ofFileAt path: String, algorithms: [DigestAlgorithm]) throws(DigestError) -> [DigestAlgorithm: String] {
        var digest = try MultiDigest(algorithms)
        try forEachChunk(ofFileAt: path, chunkSize: fileChunkSize) { digest.update($0) }
        return digest.finalize()
    }

    /// Reads the file at `path` in chunks of at most `chunkSize` bytes, in order, handing each to `body`.
    static func forEachChunk(ofFileAt path: String, chunkSize: Int,
                             _ body: (UnsafeRawBufferPointer) -> Void) throws(DigestError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(path, errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw .cannotOpen(path, errno: EISDIR)
        }
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress, chunkSize)
            if count > 0 {
                body(UnsafeRawBufferPointer(rebasing: chunk[..<count]))
            } else if count == 0 {
                return
            } else if errno != EINTR {
                throw .readFailed(path, errno: errno)
            }
        }
    }
}
