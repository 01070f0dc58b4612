import Foundation

/// A first-in first-out queue between threads with a fixed capacity: `send` waits while it is full, `receive`
/// waits while it is empty. The capacity is what bounds memory when one stage runs ahead of the next.
///
/// Swift concurrency's cooperative pool must not block, and these stages block on `read(2)` and libxml2, so the
/// pipeline runs on its own threads and hands work over through this channel.
final class BoundedChannel<Element: Sendable>: @unchecked Sendable {
    // All mutable state is guarded by `condition`.
    private let condition = NSCondition()
    private var items: [Element?] = []
    private var head = 0
    private var count = 0
    private var closed = false
    let capacity: Int

    init(capacity: Int) {
        precondition(capacity > 0, "a channel holds at least one item")
        self.capacity = capacity
        items = Array(repeating: nil, count: capacity)
    }

    /// Adds `item`, waiting while the channel is full. Returns `false` (and drops the item) once the channel is
    /// closed: the receiver has stopped, so the sender should stop too.
    @discardableResult
    func send(_ item: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while count == capacity && !closed { condition.wait() }
        guard !closed else { return false }
        items[(head + count) % capacity] = item
        count += 1
        condition.broadcast()
        return true
    }

    /// The next item, waiting while the channel is empty; `nil` once it is closed and drained.
    func receive() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while count == 0 && !closed { condition.wait() }
        guard count > 0 else { return nil }
        let item = items[head]
        items[head] = nil
        head = (head + 1) % capacity
        count -= 1
        condition.broadcast()
        return item
    }

    /// No more items will be sent (or none will be received): wakes every waiting thread.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
