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
    /// `chunkSize`: smaller where many files are hashed at once (a package's files, one thread per algorithm).
    static func digest(ofFileAt path: String, algorithms: [DigestAlgorithm],
                       chunkSize: Int = fileChunkSize) throws(DigestError) -> [DigestAlgorithm: String] {
        var digest = try MultiDigest(algorithms)
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
                digest.update(UnsafeRawBufferPointer(rebasing: chunk[..<count]))
            } else if count == 0 {
                return digest.finalize()
            } else if errno != EINTR {
                throw .readFailed(path, errno: errno)
            }
        }
    }
}
