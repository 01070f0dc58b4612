/// A name that records of one file share — a source file's name, a CSV column's name — as a number in a
/// process-wide table, so that copying a location or a value position copies no reference.
///
/// Why: every record, finding and outcome carries a location, every value its position, and a `String` there is one
/// heap object shared by every record of a file. Its reference count, changed on every copy by the reader, the
/// workers and the writer at once, kept moving one cache line between the cores: ~75 atomic updates a row on the file
/// name alone, and retains and releases were 24% of a two-worker conversion against 11% with one worker (perf,
/// 100,000 CSV rows; uprobes on `swift_retain` counted the objects).
///
/// Names are compared byte for byte, whichever way they are held. The table keeps each distinct name for the life of
/// the process, so it is bounded (``Table``): a name longer than 1 KiB, or one that comes once the table holds 65,536
/// names or 8 MiB, is held as a `String` — a long-running service naming every upload differently, or hostile CSV
/// headers, cost speed, never memory. Names that vary per record (XML element paths) are held as text from the start
/// (``init(uninterned:)``): looking them up would cost a lock per value.
struct InternedText: Hashable, Sendable {
    private enum Storage: Sendable {
        case number(UInt32)
        case text(String)
    }

    private let storage: Storage

    /// Numbered names, with the limits that keep it small.
    final class Table: Sendable {
        let nameLimit: Int
        let byteLimit: Int
        let lengthLimit: Int
        private struct Names {
            var numbers: [[UInt8]: UInt32] = [:]
            var names: [String] = []
            var bytes = 0
        }
        private let state = Locked(Names())

        init(nameLimit: Int = 65_536, byteLimit: Int = 8 << 20, lengthLimit: Int = 1_024) {
            self.nameLimit = nameLimit
            self.byteLimit = byteLimit
            self.lengthLimit = lengthLimit
        }

        /// The number of `name`, which is entered if the limits allow; `nil` when it is not and cannot be.
        func number(for name: String) -> UInt32? {
            let length = name.utf8.count
            guard length <= lengthLimit else { return nil }
            let key = Array(name.utf8)
            return state.withLock { table in
                if let number = table.numbers[key] { return number }
                guard table.names.count < nameLimit, table.bytes + length <= byteLimit else { return nil }
                let number = UInt32(table.names.count)
                table.names.append(name)
                table.numbers[key] = number
                table.bytes += length
                return number
            }
        }

        /// The name numbered `number` (one that ``number(for:)`` gave).
        func name(_ number: UInt32) -> String {
            state.withLock { $0.names[Int(number)] }
        }
    }

    /// The process's table.
    static let table = Table()

    /// `name`, numbered in the table if it is there or there is room.
    init(_ name: String) {
        storage = Self.table.number(for: name).map(Storage.number) ?? .text(name)
    }

    /// `name` held as it is, without a look-up.
    init(uninterned name: String) {
        storage = .text(name)
    }

    /// Whether the name is held as a number of the table (for tests).
    var isNumbered: Bool {
        if case .number = storage { return true }
        return false
    }

    var text: String {
        switch storage {
        case .number(let number): return Self.table.name(number)
        case .text(let name): return name
        }
    }

    static func == (lhs: InternedText, rhs: InternedText) -> Bool {
        if case .number(let a) = lhs.storage, case .number(let b) = rhs.storage { return a == b }
        return lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    /// By the name's bytes, so that a name held as a number and the same name held as text hash alike.
    func hash(into hasher: inout Hasher) {
        let name = text
        hasher.combine(name.utf8.count)
        for byte in name.utf8 { hasher.combine(byte) }
    }
}
