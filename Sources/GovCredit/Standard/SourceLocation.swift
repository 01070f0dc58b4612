import Foundation

/// Where a record or a value came from, so a clerk can find it in the file they were given.
public struct SourceLocation: Hashable, Sendable, Codable {
    /// The file as named on the command line or by the caller.
    public var file: String {
        get { fileName.text }
        set { fileName = SourceFileName(newValue) }
    }
    /// 1-based number of the data record in its file (headers and blank lines do not count).
    public var record: Int
    /// 1-based physical line where the record (or the value) starts.
    public var line: Int
    /// 1-based column where known: the character column in JSON Lines, the field number in CSV.
    public var column: Int?
    /// The element path for XML sources, the key path for YAML sources.
    public var elementPath: String?
    private var fileName: SourceFileName

    /// Creates a location; `record`, `line` and `column` are 1-based (0 for a location not inside any record, such as a
    /// whole file).
    public init(file: String, record: Int, line: Int, column: Int? = nil, elementPath: String? = nil) {
        self.fileName = SourceFileName(file)
        self.record = record
        self.line = line
        self.column = column
        self.elementPath = elementPath
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

/// A source file's name as a number in a process-wide table, so that copying a location copies no reference.
///
/// Why: every record, finding and outcome carries a location, and a `String` there is one heap object shared by every
/// record of a file. Its reference count, changed on every copy by the reader, the workers and the writer at once,
/// kept moving one cache line between the cores: ~75 atomic updates a row on that one object, and retains and releases
/// were 24% of a two-worker conversion against 11% with one worker (perf, 100,000 CSV rows; uprobes on
/// `swift_retain` counted the objects).
///
/// Names are compared byte for byte. The table keeps each distinct name for the life of the process; past
/// `tableLimit` names (a long-running service naming each upload differently), further names are held as a `String`
/// again, so the table stays bounded.
struct SourceFileName: Hashable, Sendable {
    private enum Storage: Hashable, Sendable {
        case number(UInt32)
        case text(String)
    }

    private let storage: Storage

    static let tableLimit = 65_536

    /// `Mutex` would need macOS 15; the package supports macOS 13.
    private final class Table: @unchecked Sendable {
        private let lock = NSLock()
        // Guarded by `lock`.
        var numbers: [[UInt8]: UInt32] = [:]
        var names: [String] = []

        func withLock<Result>(_ body: (Table) -> Result) -> Result {
            lock.lock()
            defer { lock.unlock() }
            return body(self)
        }
    }

    private static let table = Table()

    init(_ name: String) {
        let bytes = Array(name.utf8)
        storage = Self.table.withLock { table in
            if let number = table.numbers[bytes] { return .number(number) }
            guard table.names.count < Self.tableLimit else { return .text(name) }
            let number = UInt32(table.names.count)
            table.names.append(name)
            table.numbers[bytes] = number
            return .number(number)
        }
    }

    var text: String {
        switch storage {
        case .number(let number): return Self.table.withLock { $0.names[Int(number)] }
        case .text(let name): return name
        }
    }

    static func == (lhs: SourceFileName, rhs: SourceFileName) -> Bool {
        switch (lhs.storage, rhs.storage) {
        case (.number(let a), .number(let b)): return a == b
        // A name is held as text only when it is not in the table, and stays out of it: text never equals a number.
        case (.text(let a), .text(let b)): return a.utf8.elementsEqual(b.utf8)
        default: return false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch storage {
        case .number(let number):
            hasher.combine(number)
        case .text(let name):
            hasher.combine(name.utf8.count)
            for byte in name.utf8 { hasher.combine(byte) }
        }
    }
}

/// The position of one value inside its record, where the source gives one (CSV column, XML element).
public struct ValuePosition: Hashable, Sendable {
    /// 1-based physical line where the value starts.
    public var line: Int
    /// 1-based column where known (the field number in CSV); `nil` otherwise.
    public var column: Int?
    /// The XML element path or YAML key path of the value; `nil` to keep the record's.
    public var elementPath: String?

    /// Creates a position; `line` and `column` are 1-based.
    public init(line: Int, column: Int? = nil, elementPath: String? = nil) {
        self.line = line
        self.column = column
        self.elementPath = elementPath
    }
}
