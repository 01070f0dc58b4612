/// Where a record or a value came from, so a clerk can find it in the file they were given.
public struct SourceLocation: Hashable, Sendable, Codable {
    /// The file as named on the command line or by the caller.
    public var file: String
    /// 1-based number of the data record in its file (headers and blank lines do not count).
    public var record: Int
    /// 1-based physical line where the record (or the value) starts.
    public var line: Int
    /// 1-based column where known: the character column in JSON Lines, the field number in CSV.
    public var column: Int?
    /// The element path for XML sources, the key path for YAML sources.
    public var elementPath: String?

    /// Creates a location; `record`, `line` and `column` are 1-based (0 for a location not inside any record, such as a
    /// whole file).
    public init(file: String, record: Int, line: Int, column: Int? = nil, elementPath: String? = nil) {
        self.file = file
        self.record = record
        self.line = line
        self.column = column
        self.elementPath = elementPath
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
