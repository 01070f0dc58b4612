#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A scratch file made into a final package file in place: its records are read back in order and each is kept
/// or left out; a kept record after a gap is moved down over it (`pwrite` into pages the file already has), and
/// the file is cut to its new length at the end. Counted and hashed (SHA-256 and SM3 when asked for, each on a
/// thread of its own, ``ThreadedDigests``) as it goes.
///
/// Why not a copy into a new file: on this kind of machine (a VM whose free memory goes back to the host) every
/// page the page cache takes for the first time costs about 1.8 s of system time per GB (`dd` of 3 GB to a new file:
/// 5.5 s; over the same file's pages: 0.4 s), and at 1,000,000 rows the copy of the XML document alone was 3.4 GB of
/// new pages, ~9 s of CPU on the thread that wrote it (perf). In place, the records before the first one left out
/// are not written at all, the others go to pages the file has, and the package takes its size on disk once, not
/// twice.
///
/// Writes never pass the read position: a kept record goes at most where it was read from, so no byte is
/// overwritten before it has been read.
final class CompactedFile {
    let path: String
    private var descriptor: Int32
    private let digest: ThreadedDigests
    private(set) var records = 0

    /// Bytes read from the file and not yet handed out start at `start`.
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where `pread` puts each chunk before it joins `buffer`.
    private let chunk: UnsafeMutableRawBufferPointer
    /// File offset of the end of `buffer`.
    private var readOffset = 0
    private var atEnd = false
    /// File offset of the next byte ``next(_:)`` hands out.
    private var consumed = 0
    /// File offset where the next kept byte goes, counting `pending`.
    private var kept = 0
    /// Kept bytes not yet written, to go at `kept - pending.count`.
    private var pending: [UInt8] = []
    /// Set by the first ``append(_:countsAsRecord:)``: from then on nothing more is read.
    private var appending = false

    /// Reads and writes go 256 KiB at a time, as ``ScratchReader`` and ``BufferedFileWriter``: up to seven scratch
    /// files are open at once at the end of a conversion.
    static let chunkSize = 256 << 10

    /// Opens the scratch file at `path` (created empty when absent: a file that only gets appended records).
    /// `yielding`: see ``ThreadedDigests/init(_:yielding:)``.
    init(path: String, digests: [DigestAlgorithm], yielding: Bool = false) throws {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw InputError.cannotWrite(path, errno: errno) }
        do {
            digest = try ThreadedDigests(digests, yielding: yielding)
        } catch {
            close(descriptor)
            throw error
        }
        self.path = path
        self.descriptor = descriptor
        chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        pending.reserveCapacity(Self.chunkSize)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        chunk.deallocate()
    }

    /// The next `count` bytes of the file (fewer at its end), as a view of the buffer that the next call replaces.
    /// Pass them to ``keep(_:countsAsRecord:)`` to keep them; otherwise they are left out.
    func next(_ count: Int) throws(InputError) -> ArraySlice<UInt8> {
        precondition(!appending, "CompactedFile: reading after appending")
        while buffer.count - start < count && !atEnd {
            if start > 0 { buffer.removeFirst(start); start = 0 }
            try fill()
        }
        let end = min(buffer.count, start + count)
        defer {
            consumed += end - start
            start = end
        }
        return buffer[start..<end]
    }

    /// Keeps `bytes`, the view the last ``next(_:)`` returned.
    func keep(_ bytes: ArraySlice<UInt8>, countsAsRecord: Bool = true) throws(InputError) {
        precondition(kept + bytes.count <= consumed, "CompactedFile: kept bytes that were not read")
        bytes.withUnsafeBytes { digest.update($0) }
        if countsAsRecord { records += 1 }
        if kept + bytes.count == consumed {
            // Nothing left out so far: the bytes are where they belong already.
            kept += bytes.count
            return
        }
        try stage(bytes)
    }

    /// Appends bytes that are not in the file (the REVOKE records, the XML end tag) after the kept ones. Nothing is
    /// read after the first append.
    func append(_ bytes: ArraySlice<UInt8>, countsAsRecord: Bool = true) throws(InputError) {
        appending = true
        bytes.withUnsafeBytes { digest.update($0) }
        if countsAsRecord { records += 1 }
        try stage(bytes)
    }

    /// Appends a whole scratch file of `count` records (REVOKE records of the previous package).
    func append(contentsOf path: String, records count: Int) throws {
        var reader = try ScratchReader(path: path)
        while let chunk = try reader.readChunk() { try append(chunk[...], countsAsRecord: false) }
        records += count
    }

    /// Writes what is pending, cuts the file after the kept bytes, syncs it to disk, closes it and moves it to
    /// `destination`; returns its manifest entry (`relative` is its path in the package).
    func finish(relative: String, category: RecordCategory?, format: String, movingTo destination: String) throws -> PackageFileEntry {
        try flush()
        guard ftruncate(descriptor, off_t(kept)) == 0, fsync(descriptor) == 0 else { throw InputError.cannotWrite(path, errno: errno) }
        let status = close(descriptor)
        descriptor = -1
        guard status == 0 else { throw InputError.cannotWrite(path, errno: errno) }
        if destination != path {
            guard rename(path, destination) == 0 else { throw InputError.cannotWrite(destination, errno: errno) }
        }
        return PackageFileEntry(path: relative, category: category, format: format, records: records, bytes: kept,
                                digests: try digest.finalize())
    }

    private func stage(_ bytes: ArraySlice<UInt8>) throws(InputError) {
        if pending.count + bytes.count > Self.chunkSize { try flush() }
        if bytes.count >= Self.chunkSize {
            try write(bytes, at: kept)
        } else {
            pending.append(contentsOf: bytes)
        }
        kept += bytes.count
    }

    private func flush() throws(InputError) {
        guard !pending.isEmpty else { return }
        try write(pending[...], at: kept - pending.count)
        pending.removeAll(keepingCapacity: true)
    }

    private func write(_ bytes: ArraySlice<UInt8>, at offset: Int) throws(InputError) {
        var done = 0
        while done < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                pwrite(descriptor, raw.baseAddress.unsafelyUnwrapped + done, raw.count - done, off_t(offset + done))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw InputError.cannotWrite(path, errno: errno)
            }
            done += result
        }
    }

    private func fill() throws(InputError) {
        while true {
            let count = pread(descriptor, chunk.baseAddress, chunk.count, off_t(readOffset))
            if count >= 0 {
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
                readOffset += count
                if count == 0 { atEnd = true }
                return
            }
            if errno != EINTR { throw InputError.readFailed(path, errno: errno) }
        }
    }
}
