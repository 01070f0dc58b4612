/// An order-independent fingerprint of a set of records (national key and content), so that two copies of the
/// same records — a package's JSON Lines files and its XML document — can be compared without holding either.
///
/// Each record contributes two 64-bit hashes of its key and content digest, added with wrap-around: the sums do
/// not depend on the order, and any record added, removed or changed alters them. The hashes are seeded per
/// process (Swift's `Hasher`), so a package cannot be crafted to collide; a difference is then located by a second
/// pass (``VerificationRun``).
struct RecordSetFingerprint: Hashable, Sendable {
    private(set) var count = 0
    private var first: UInt64 = 0
    private var second: UInt64 = 0

    mutating func add(key: String, record: FlatRecord) {
        // The record's canonical JSON without its envelope, hashed with the seeded Hasher: no SHA-256 per record
        // here (it was a tenth of a verification, callgrind) — the Hasher's seed is what keeps this unforgeable.
        let content = ContentDigest.bareLine(record)
        content.withUnsafeBytes { content in add { $0.combine(key); $0.combine(bytes: content) } }
    }

    /// Adds a record given as the bytes that stand for it (``CanonicalXMLCopy``).
    mutating func add(bytes: UnsafeRawBufferPointer) {
        add { $0.combine(bytes: bytes) }
    }

    private mutating func add(_ feed: (inout Hasher) -> Void) {
        count += 1
        first &+= Self.hash(tag: 0, feed)
        second &+= Self.hash(tag: 1, feed)
    }

    private static func hash(tag: UInt8, _ feed: (inout Hasher) -> Void) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(tag)
        // Bytes in one call: `combine(content)` of a [UInt8] feeds it element by element (its Hashable), which was
        // seven times the cost of the rest of the hash (callgrind, verify of a 5,000-row package).
        feed(&hasher)
        return UInt64(UInt(bitPattern: hasher.finalize()))
    }
}

/// The national keys met so far and where each first appeared, to report duplicates: a 64-bit hash of the key and
/// a packed (file, line) per key — about 30 bytes a record with the table's slack, instead of the key's string.
///
/// Two different keys with the same 64-bit hash would be reported as duplicates; with a per-process seed the odds
/// for a million keys are about 1 in 30 million, and such a report names both places, so a reader can tell.
struct NationalKeyTable: Sendable {
    private var firstPlace: [UInt64: UInt64] = [:]
    private var files: [String] = []

    /// Records `key` at `location`; returns where it first appeared when it was already there.
    mutating func insert(_ key: String, at location: SourceLocation) -> (file: String, line: Int)? {
        var hasher = Hasher()
        hasher.combine(key)
        let hash = UInt64(UInt(bitPattern: hasher.finalize()))
        if let packed = firstPlace[hash] {
            let fileIndex = Int(packed >> 48)
            return (fileIndex < files.count ? files[fileIndex] : "", Int(packed & 0xFFFF_FFFF_FFFF))
        }
        if files.last != location.file { files.append(location.file) }
        let fileIndex = UInt64(min(files.count - 1, 0xFFFF))
        firstPlace[hash] = fileIndex << 48 | UInt64(clamping: location.line) & 0xFFFF_FFFF_FFFF
        return nil
    }
}
