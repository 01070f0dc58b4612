/// Several digests of one stream, each computed on a thread of its own while the caller goes on writing: the
/// bytes are gathered into chunks of ``chunkSize`` and every chunk is handed to each digest's thread.
///
/// Why: a package file is hashed with SHA-256 and SM3 (SPEC §8), and OpenSSL's SM3 runs at ~260 MB/s. Computed
/// in line, the two digests of the XML document (344 MB at 100,000 wide rows) were the last second of a
/// conversion, on one core while the other was idle (perf).
///
/// Memory stays bounded: at most ``queuedChunks`` chunks wait per thread (the same chunks for every thread), each a
/// little over ``chunkSize`` (the last update that filled it is kept whole); the writer waits beyond that.
final class ThreadedDigests {
    static let chunkSize = 256 << 10
    static let queuedChunks = 4
    /// Nice levels a yielding digest thread gives up: at +10 the scheduler gives a thread at 0 about nine tenths
    /// of a core they share (CFS weights 1024 and 110).
    static let yieldingNiceness: Int32 = 10

    private var pending: [UInt8] = []
    private let channels: [BoundedChannel<[UInt8]>]
    private let threads: [BackgroundThread<String>]
    private let algorithms: [DigestAlgorithm]
    private var finished = false

    /// Starts one thread per algorithm (duplicates computed once). Throws when OpenSSL lacks one of them.
    ///
    /// `yielding`: the threads run at a lower priority (``yieldingNiceness``), for the digests of every file but the
    /// largest. Why: the SM3 of the largest file (the XML document) is the end of a conversion; sharing the two cores
    /// fairly with the other files' digests, it ran at a third of a core for its first nine seconds at 1,000,000
    /// rows, then alone with the other core idle (perf).
    init(_ algorithms: [DigestAlgorithm], yielding: Bool = false) throws(DigestError) {
        // MultiDigest removes duplicates and starts each digest once here, so that a missing algorithm is reported
        // before any thread runs.
        let unique = try MultiDigest(algorithms).algorithms
        self.algorithms = unique
        channels = unique.map { _ in BoundedChannel<[UInt8]>(capacity: Self.queuedChunks) }
        threads = zip(unique, channels).map { algorithm, channel in
            BackgroundThread(name: "govcredit-\(algorithm.rawValue)") {
                // A priority that cannot be lowered changes the timing, never the digest.
                if yielding { ThreadPriority.lowerCurrentThread(by: Self.yieldingNiceness) }
                let digest: StreamingDigest
                do {
                    digest = try StreamingDigest(algorithm)
                } catch {
                    // Nothing will take chunks off the channel: closed, the writer stops sending instead of waiting,
                    // and finalize() throws this error.
                    channel.close()
                    throw error
                }
                while let chunk = channel.receive() { chunk.withUnsafeBytes { digest.update($0) } }
                return digest.finalize()
            }
        }
        pending.reserveCapacity(Self.chunkSize)
    }

    /// A writer that stops part way (a full disk) must not leave threads waiting for chunks.
    deinit {
        for channel in channels { channel.close() }
    }

    /// Feeds `bytes` to every digest.
    func update(_ bytes: UnsafeRawBufferPointer) {
        precondition(!finished, "ThreadedDigests.update called after finalize")
        pending.append(contentsOf: bytes)
        if pending.count >= Self.chunkSize { sendPending() }
    }

    /// Ends every digest: lower-case hexadecimal per algorithm.
    func finalize() throws -> [DigestAlgorithm: String] {
        precondition(!finished, "ThreadedDigests.finalize called twice")
        finished = true
        sendPending()
        for channel in channels { channel.close() }
        var result: [DigestAlgorithm: String] = [:]
        for (algorithm, thread) in zip(algorithms, threads) { result[algorithm] = try thread.wait() }
        return result
    }

    private func sendPending() {
        guard !pending.isEmpty else { return }
        for channel in channels { channel.send(pending) }
        pending = []
        pending.reserveCapacity(Self.chunkSize)
    }
}
