import Foundation

/// One file validated on several threads: a reading thread decodes and parses the file into batches of
/// ``PendingRecord``s, worker threads map and validate whole batches, and the calling thread hands the outcomes to
/// the caller strictly in file order. The result is the same as a single-threaded run; only the time differs.
///
/// Memory stays bounded: the reader waits when `workers` batches are queued, and a worker waits before
/// finishing a batch that is more than `workers + 1` batches ahead of the one the caller is consuming — a few
/// hundred records in flight, whatever the size of the file.
struct ParallelRecordRun {
    /// Records per batch: large enough that handing a batch over costs little next to validating it, small enough
    /// that the first findings appear at once and batches in flight stay a few megabytes.
    static let batchSize = 128

    let plan: FileRecordSource.Plan
    let processor: RecordProcessor
    let workers: Int

    /// How a batch ends the run: not at all, at the end of the file, or with the error that stopped reading.
    enum Ending: Sendable {
        case more
        case endOfFile
        case failed(InputError)
    }

    struct Batch: Sendable {
        let sequence: Int
        let records: [PendingRecord]
        let ending: Ending
    }

    struct Processed: Sendable {
        let outcomes: [RecordOutcome]
        let ending: Ending
    }

    func run(_ emit: (RecordOutcome) throws -> Void) throws {
        let queue = BoundedChannel<Batch>(capacity: workers)
        let results = OrderedResults<Processed>(window: workers + 1)
        let plan = plan
        let reading = BackgroundThread<Void>(name: "govcredit-read") {
            defer { queue.close() }
            Self.read(plan, into: queue)
        }
        let processor = processor
        let working = (0..<workers).map { number in
            BackgroundThread<Void>(name: "govcredit-validate-\(number)") {
                var processor = processor.forWorker()
                while let batch = queue.receive() {
                    let outcomes = batch.records.flatMap { processor.outcomes(of: $0) }
                    guard results.put(Processed(outcomes: outcomes, ending: batch.ending), at: batch.sequence) else { return }
                }
            }
        }
        // Whatever happens on this thread, the others are stopped and joined before returning.
        defer {
            queue.close()
            results.cancel()
            try? reading.wait()
            for worker in working { try? worker.wait() }
        }
        var sequence = 0
        while let processed = results.take(sequence) {
            for outcome in processed.outcomes { try emit(outcome) }
            switch processed.ending {
            case .more: sequence += 1
            case .endOfFile: return
            case .failed(let error): throw error
            }
        }
    }

    /// The reading thread: batches until the end of the file or the first error, which ends the last batch.
    private static func read(_ plan: FileRecordSource.Plan, into queue: BoundedChannel<Batch>) {
        var sequence = 0
        var records: [PendingRecord] = []
        records.reserveCapacity(batchSize)
        func send(_ ending: Ending) -> Bool {
            let sent = queue.send(Batch(sequence: sequence, records: records, ending: ending))
            sequence += 1
            records = []
            records.reserveCapacity(batchSize)
            return sent
        }
        do throws(InputError) {
            var source = try FileRecordSource(plan: plan)
            while let pending = try source.next() {
                records.append(pending)
                if records.count == batchSize && !send(.more) { return }
            }
            _ = send(.endOfFile)
        } catch {
            _ = send(.failed(error))
        }
    }
}

/// Results that workers finish in any order, taken by one consumer in sequence order.
final class OrderedResults<Value: Sendable>: @unchecked Sendable {
    // All mutable state is guarded by `condition`.
    private let condition = NSCondition()
    private var waiting: [Int: Value] = [:]
    private var next = 0
    private var cancelled = false
    private let window: Int

    /// `window`: how far ahead of the consumer a result may be before its worker waits.
    init(window: Int) { self.window = max(1, window) }

    /// Stores the result of batch `sequence`; waits while it is too far ahead. `false` once cancelled.
    func put(_ value: Value, at sequence: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while sequence >= next + window && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting[sequence] = value
        condition.broadcast()
        return true
    }

    /// The result of batch `sequence` (the consumer asks in order), waiting for it; `nil` once cancelled.
    func take(_ sequence: Int) -> Value? {
        condition.lock()
        defer { condition.unlock() }
        while waiting[sequence] == nil && !cancelled { condition.wait() }
        guard let value = waiting.removeValue(forKey: sequence) else { return nil }
        next = sequence + 1
        condition.broadcast()
        return value
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
