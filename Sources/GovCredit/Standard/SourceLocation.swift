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
    public var line: Int
    public var column: Int?
    public var elementPath: String?

    public init(line: Int, column: Int? = nil, elementPath: String? = nil) {
        self.line = line
        self.column = column
        self.elementPath = elementPath
    }
}
