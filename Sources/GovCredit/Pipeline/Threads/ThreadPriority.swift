import CPlatform

/// The scheduling priority of the calling thread (Linux: nice is per thread), for work off a run's critical path.
enum ThreadPriority {
    /// Lowers the calling thread's priority by `levels` nice levels; `false` when the system refused or has no
    /// per-thread nice level (not Linux). Only timing depends on it, never a result, so callers may ignore a refusal.
    @discardableResult
    static func lowerCurrentThread(by levels: Int32) -> Bool {
        cplatform_lower_thread_priority(levels) == 0
    }

    /// The calling thread's nice level, or `nil` where threads have no priority of their own.
    static func currentThreadNiceness() -> Int32? {
        var value: Int32 = 0
        return cplatform_thread_niceness(&value) == 0 ? value : nil
    }
}
