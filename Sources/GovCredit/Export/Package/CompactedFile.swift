#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A scratch file made into a final package file in place: its records are read back in order and each is kept
/// or left out; a kept record after a gap is moved down over it (`pwrite` into pages the file already has), and
/// the file is cut to its new length and moved into place at the end. Counted and hashed (SHA-256 and SM3 when
/// asked for, each on a thread of its own, ``ThreadedDigests``) as it goes.
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
    /// The scratch file being compacted.
    let path: String
    /// Where ``finish(relative:category:format:)`` moves it; errors name this path, the file the user asked for.
    let destination: String
    /// Open for reading and writing until ``finish(relative:category:format:)``; -1 after.
    private var descriptor: Int32
    private let digest: ThreadedDigests
    /// Records kept or appended so far.
    private(set) var records = 0

    /// Reads the file in order through a descriptor of its own: `pwrite` on `descriptor` moves no read position.
    private var reader: ScratchReader
    /// File offset of the next byte ``next(_:)`` hands out.
    private var consumed = 0
    /// The bytes the last ``next(_:)`` handed out, a view of the reader's buffer, until they are kept.
    private var lastRead: ArraySlice<UInt8>?
    /// File offset where the next kept byte goes, counting `pending`.
    private var kept = 0
    /// Kept bytes not yet written, to go at `kept - pending.count`.
    private var pending: [UInt8] = []
    /// Set by the first append: from then on nothing more is read.
    private var appending = false

    /// Reads and writes go 256 KiB at a time, as ``ScratchReader`` and ``BufferedFileWriter``: up to seven scratch
    /// files are open at once at the end of a conversion.
    static let chunkSize = 256 << 10

    /// Opens the scratch file at `path`, to be moved to `destination`. `createIfAbsent`: start an empty file (one
    /// that only gets appended records); otherwise a missing scratch file is an error. `yielding`: see
    /// ``ThreadedDigests/init(_:yielding:)``.
    init(scratch path: String, destination: String, digests: [DigestAlgorithm], yielding: Bool = false,
         createIfAbsent: Bool = false) throws {
        let descriptor = open(path, O_RDWR | O_CLOEXEC | (createIfAbsent ? O_CREAT : 0), 0o644)
        guard descriptor >= 0 else { throw InputError.cannotWrite(destination, errno: errno) }
        do {
            digest = try ThreadedDigests(digests, yielding: yielding)
        } catch {
            close(descriptor)
            throw error
        }
        do {
            reader = try ScratchReader(path: path)
        } catch {
            close(descriptor)
            throw error
        }
        self.path = path
        self.destination = destination
        self.descriptor = descriptor
        pending.reserveCapacity(Self.chunkSize)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The next `count` bytes of the file, as a view of the buffer that the next call replaces; throws when the file
    /// ends first (its ledger promised more). ``keepLast(countsAsRecord:)`` keeps them; otherwise they are left out.
    func next(_ count: Int) throws(InputError) -> ArraySlice<UInt8> {
        precondition(!appending, "CompactedFile: reading after appending")
        // Let go of the previous view first: held while the reader refills its buffer, it would copy it.
        lastRead = nil
        let bytes = try reader.read(count)
        guard bytes.count == count else { throw .scratchEnded(destination) }
        consumed += count
        lastRead = bytes
        return bytes
    }

    /// Keeps the bytes the last ``next(_:)`` returned.
    func keepLast(countsAsRecord: Bool = true) throws(InputError) {
        guard let bytes = lastRead else { preconditionFailure("CompactedFile: keeping bytes not read, or twice") }
        lastRead = nil
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
        lastRead = nil
        bytes.withUnsafeBytes { digest.update($0) }
        if countsAsRecord { records += 1 }
        try stage(bytes)
    }

    /// Appends a whole scratch file of `count` records (REVOKE records of the previous package).
    func append(contentsOf path: String, records count: Int) throws {
        var revokes = try ScratchReader(path: path)
        while let chunk = try revokes.readChunk() { try append(chunk[...], countsAsRecord: false) }
        records += count
    }

    /// Writes what is pending, cuts the file after the kept bytes, syncs it to disk, closes it and moves it to
    /// ``destination``; returns its manifest entry (`relative` is its path in the package).
    func finish(relative: String, category: RecordCategory?, format: String) throws -> PackageFileEntry {
        try flush()
        guard ftruncate(descriptor, off_t(kept)) == 0, fsync(descriptor) == 0 else {
            throw InputError.cannotWrite(destination, errno: errno)
        }
        let status = close(descriptor)
        descriptor = -1
        guard status == 0 else { throw InputError.cannotWrite(destination, errno: errno) }
        if destination != path {
            guard rename(path, destination) == 0 else { throw InputError.cannotWrite(destination, errno: errno) }
        }
        return PackageFileEntry(path: relative, category: category, format: format, records: records, bytes: kept,
                                digests: try digest.finalize())
    }

    /// Puts kept bytes after a gap (or appended ones) at `kept`, through `pending`.
    private func stage(_ bytes: ArraySlice<UInt8>) throws(InputError) {
        if pending.count + bytes.count > Self.chunkSize { try flush() }
        if bytes.count >= Self.chunkSize {
            try write(bytes, at: kept)
        } else {
            pending.append(contentsOf: bytes)
        }
        kept += bytes.count
    }

    /// Writes `pending` where it belongs.
    private func flush() throws(InputError) {
        guard !pending.isEmpty else { return }
        try write(pending[...], at: kept - pending.count)
        pending.removeAll(keepingCapacity: true)
    }

    /// `pwrite`s all of `bytes` at `offset`, resuming after an interruption or a short write.
    private func write(_ bytes: ArraySlice<UInt8>, at offset: Int) throws(InputError) {
        var done = 0
        while done < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                pwrite(descriptor, raw.baseAddress.unsafelyUnwrapped + done, raw.count - done, off_t(offset + done))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw InputError.cannotWrite(destination, errno: errno)
            }
            done += result
        }
    }
}

extension InputError {
    /// A scratch file of the run ended before a record its ledger lists: the staging directory was changed from
    /// outside while the conversion ran.
    static func scratchEnded(_ path: String) -> InputError {
        InputError(file: path, message: LocalizedMessage(
            zh: "暂存文件在其记录清单所列的记录之前就结束了（转换期间暂存目录被外部修改）",
            en: "a scratch file ended before a record its ledger lists (the staging directory was changed during the conversion)"))
    }
}
