/// Several digests of the same bytes at once: the exporter hashes every package file with SHA-256 and SM3 as it
/// writes it (SPEC §8 "Integrity"), in one pass.
///
/// A value: copies are independent (copy-on-write of the OpenSSL state), so a copy taken mid-stream can be
/// finalized while the original goes on.
struct MultiDigest {
    private struct Entry {
        let algorithm: DigestAlgorithm
        var digest: StreamingDigest
    }

    private var entries: [Entry]

    /// Starts one digest per algorithm; duplicates are computed once. Throws when OpenSSL lacks one of them.
    init(_ algorithms: [DigestAlgorithm]) throws(DigestError) {
        var entries: [Entry] = []
        for algorithm in algorithms where !entries.contains(where: { $0.algorithm == algorithm }) {
            entries.append(Entry(algorithm: algorithm, digest: try StreamingDigest(algorithm)))
        }
        self.entries = entries
    }

    /// The algorithms computed, in the order first given.
    var algorithms: [DigestAlgorithm] { entries.map(\.algorithm) }

    /// Feeds `bytes` to every digest.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        makeUnique()
        for entry in entries { entry.digest.update(bytes) }
    }

    /// Feeds `bytes` to every digest.
    mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Ends every digest: lower-case hexadecimal per algorithm.
    consuming func finalize() -> [DigestAlgorithm: String] {
        makeUnique()
        var result: [DigestAlgorithm: String] = [:]
        for entry in entries { result[entry.algorithm] = entry.digest.finalize() }
        return result
    }

    /// Copy-on-write: gives this value its own OpenSSL state before it changes it.
    private mutating func makeUnique() {
        for index in entries.indices where !isKnownUniquelyReferenced(&entries[index].digest) {
            do {
                entries[index].digest = try entries[index].digest.copy()
            } catch {
                // Copying a context only allocates; failing means memory is exhausted, as for any Swift allocation.
                preconditionFailure("MultiDigest: \(error)")
            }
        }
    }
}
