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
    /// ``file`` as held: a number of the process-wide name table, compared without reading the name back.
    private(set) var fileName: InternedText
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
