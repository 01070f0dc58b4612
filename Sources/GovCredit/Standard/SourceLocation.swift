import Foundation

/// Where a record or a value came from, so a clerk can find it in the file they were given.
public struct SourceLocation: Hashable, Sendable, Codable {
    /// The file as named on the command line or by the caller.
    public var file: String {
        get { fileName.text }
        set { fileName = InternedText(newValue) }
    }
    /// 1-based number of the data record in its file (headers and blank lines do not count).
    public var record: Int
    /// 1-based physical line where the record (or the value) starts.
    public var line: Int
    /// 1-based column where known: the character column in JSON Lines, the field number in CSV.
    public var column: Int?
    /// The element path for XML sources, the key path for YAML sources.
    public var elementPath: String? {
        get { elementPathName?.text }
        set { elementPathName = newValue.map(InternedText.init(uninterned:)) }
    }
    private var fileName: InternedText
    /// ``elementPath`` as held: a value's position passes its (CSV: shared) name on without a look-up.
    var elementPathName: InternedText?

    /// Creates a location; `record`, `line` and `column` are 1-based (0 for a location not inside any record, such as a
    /// whole file).
    public init(file: String, record: Int, line: Int, column: Int? = nil, elementPath: String? = nil) {
        self.fileName = InternedText(file)
        self.record = record
        self.line = line
        self.column = column
        self.elementPathName = elementPath.map(InternedText.init(uninterned:))
    }

    /// A location in the same file: readers keep one location per file and derive each record's from it, so the
    /// file's name is looked up once per file, not per record.
    func at(record: Int, line: Int, column: Int? = nil, elementPath: String? = nil) -> SourceLocation {
        var location = self
        location.record = record
        location.line = line
        location.column = column
        location.elementPath = elementPath
        return location
    }

    private enum CodingKeys: String, CodingKey {
        case file, record, line, column, elementPath
    }

    /// Decodes `{"file":…,"record":…,"line":…,"column":…,"elementPath":…}` (the last two optional).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(String.self, forKey: .file),
                  record: try container.decode(Int.self, forKey: .record),
                  line: try container.decode(Int.self, forKey: .line),
                  column: try container.decodeIfPresent(Int.self, forKey: .column),
                  elementPath: try container.decodeIfPresent(String.self, forKey: .elementPath))
    }

    /// Encodes the members named in ``init(from:)``, leaving out `column` and `elementPath` when absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(record, forKey: .record)
        try container.encode(line, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encodeIfPresent(elementPath, forKey: .elementPath)
    }
}

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

    /// Numbered names, with the limits that keep it small. `Mutex` would need macOS 15; the package supports macOS 13.
    final class Table: @unchecked Sendable {
        let nameLimit: Int
        let byteLimit: Int
        let lengthLimit: Int
        private let lock = NSLock()
        // Guarded by `lock`.
        private var numbers: [[UInt8]: UInt32] = [:]
        private var names: [String] = []
        private var bytes = 0

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
            lock.lock()
            defer { lock.unlock() }
            if let number = numbers[key] { return number }
            guard names.count < nameLimit, bytes + length <= byteLimit else { return nil }
            let number = UInt32(names.count)
            names.append(name)
            numbers[key] = number
            bytes += length
            return number
        }

        /// The name numbered `number` (one that ``number(for:)`` gave).
        func name(_ number: UInt32) -> String {
            lock.lock()
            defer { lock.unlock() }
            return names[Int(number)]
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

/// The position of one value inside its record, where the source gives one (CSV column, XML element).
public struct ValuePosition: Hashable, Sendable {
    /// 1-based physical line where the value starts.
    public var line: Int
    /// 1-based column where known (the field number in CSV); `nil` otherwise.
    public var column: Int?
    /// The XML element path or YAML key path of the value (a CSV column's name); `nil` to keep the record's.
    public var elementPath: String? {
        get { elementPathName?.text }
        set { elementPathName = newValue.map(InternedText.init(uninterned:)) }
    }
    /// ``elementPath`` as held: a CSV reader hands every row its columns' names from the table, so that a position
    /// holds no reference shared between threads (``InternedText``).
    private(set) var elementPathName: InternedText?

    /// Creates a position; `line` and `column` are 1-based.
    public init(line: Int, column: Int? = nil, elementPath: String? = nil) {
        self.init(line: line, column: column, elementPathName: elementPath.map(InternedText.init(uninterned:)))
    }

    init(line: Int, column: Int?, elementPathName: InternedText?) {
        self.line = line
        self.column = column
        self.elementPathName = elementPathName
    }
}
