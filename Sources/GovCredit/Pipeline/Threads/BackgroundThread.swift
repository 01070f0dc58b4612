import Foundation

/// Work started on a thread of its own, whose result the starting thread collects with ``wait()``.
///
/// A plain thread rather than a `Task`: the work blocks on file reads and C libraries, which must not tie up
/// Swift concurrency's small cooperative pool (two threads on a two-core machine).
final class BackgroundThread<Result: Sendable>: @unchecked Sendable {
    // `result` is written once by the worker and read after `finished` is signalled.
    private let finished = DispatchSemaphore(value: 0)
    private var result: Swift.Result<Result, any Error>?

    /// Starts `work` at once on a new thread.
    init(name: String, _ work: @escaping @Sendable () throws -> Result) {
        let thread = Thread { [self] in
            let outcome = Swift.Result { try work() }
            self.result = outcome
            self.finished.signal()
        }
        thread.name = name
        // Readers recurse only to bounded depths; 8 MiB matches the main thread's stack.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work to end; its result, or the error it threw. May be called again: it then returns at once.
    func wait() throws -> Result {
        finished.wait()
        finished.signal()
        guard let result else { preconditionFailure("BackgroundThread finished without a result") }
        return try result.get()
    }
}
