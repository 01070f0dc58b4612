import Foundation

/// A value that several threads share, behind a lock: for state touched a few times per file, not per value (the
/// name table of ``InternedText``, the counter of ``SourceLayoutID``). `Mutex` would need macOS 15; the package
/// supports macOS 13.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value  // guarded by `lock`

    init(_ value: Value) { self.value = value }

    /// Runs `body` on the value while holding the lock.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
