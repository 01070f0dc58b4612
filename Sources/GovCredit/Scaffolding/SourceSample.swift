import Foundation

/// What `govcredit profile init` learns from a provincial export before proposing a profile: its format,
/// encoding and delimiter, where the records are, the source names (CSV columns, XML element paths, YAML key
/// paths) and a few values of each — enough to match names and labels, never the whole file.
struct SourceSample {
    var format: InputFormat
    /// The encoding the records read so far decoded in (`nil`: not told, such as an empty file).
    var encoding: TextEncoding?
    /// CSV: the delimiter that splits the header into the most columns.
    var delimiter = ","
    /// XML: element names from the root to the record element; YAML: keys to the record list.
    var recordPath: [String]?
    /// Source names as paths relative to the record, in the order first seen.
    var names: [[String]] = []
    /// Distinct values seen per source name (joined path), at most ``maximumValues`` each.
    var values: [String: [String]] = [:]
    /// Records read.
    var recordCount = 0
    /// Source names (joined) with a non-empty value that occurs in more than one record read: not a record id.
    var repeated: Set<String> = []

    static let maximumValues = 50

    /// Reads the header (CSV) or the first `maximumRecords` records (all formats) of the file at `path`; with
    /// `settings` (a profile's `source:`) the file is read as the profile says, else the layout is detected.
    static func read(path: String, settings: ProfileSource? = nil, maximumRecords: Int = 200) throws(InputError) -> SourceSample {
        guard let format = settings?.format ?? InputFormat(fileName: path), format != .jsonLines else {
            throw InputError.unsupportedFormat(path)
        }
        let encoding = settings?.encoding ?? .automatic
        var sample = SourceSample(format: format)
        switch format {
        case .csv:
            if let delimiter = settings?.delimiter {
                sample.delimiter = delimiter
            } else {
                sample.delimiter = try bestDelimiter(path: path)
            }
            var options = CSVReaderOptions()
            options.delimiter = sample.delimiter
            options.encoding = encoding
            var reader = try CSVReader(path: path, displayName: path, options: options)
            sample.names = reader.columnNames.map { [$0] }
            try sample.collect(from: &reader, limit: maximumRecords)
            sample.encoding = reader.encoding
        case .xml:
            var recordPath = settings?.recordPath
            if settings == nil { recordPath = try XMLRecordPathFinder.find(path: path) }
            sample.recordPath = recordPath
            var options = XMLReaderOptions()
            options.recordPath = recordPath
            options.encoding = encoding
            var reader = try XMLRecordReader(path: path, displayName: path, options: options)
            try sample.collect(from: &reader, limit: maximumRecords)
            sample.encoding = sampleEncoding(path: path)
        case .yaml, .jsonLines:
            var recordPath = settings?.recordPath ?? []
            if settings == nil { recordPath = try yamlRecordPath(path: path) }
            sample.recordPath = recordPath.isEmpty ? nil : recordPath
            var options = YAMLReaderOptions()
            options.recordPath = recordPath
            options.encoding = encoding
            var reader = try YAMLRecordReader(path: path, displayName: path, options: options)
            try sample.collect(from: &reader, limit: maximumRecords)
            sample.encoding = sampleEncoding(path: path)
        }
        return sample
    }

    /// The joined form of a source name, as a profile writes it: `a/b/@c` (XML), `a.b` (YAML), the column (CSV).
    func joined(_ name: [String]) -> String {
        switch format {
        case .xml: return name.joined(separator: "/")
        case .yaml, .jsonLines: return name.joined(separator: ".")
        case .csv: return name.first ?? ""
        }
    }

    private mutating func collect(from reader: inout some RecordReader, limit: Int) throws(InputError) {
        var known = Set(names.map(joined))
        var seenPerName: [String: Set<String>] = [:]
        while recordCount < limit, let item = try reader.next() {
            guard case .record(let record) = item else { continue }
            recordCount += 1
            for field in record.fields {
                let name = joined(field.path)
                if known.insert(name).inserted { names.append(field.path) }
                let texts: [String]
                switch field.value {
                case .text(let text): texts = [text]
                case .list(let items): texts = items
                case .null: texts = []
                }
                for text in texts.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !text.isEmpty {
                    if !seenPerName[name, default: []].insert(text).inserted { repeated.insert(name) }
                    var seen = values[name, default: []]
                    if seen.count < Self.maximumValues && !seen.contains(text) { seen.append(text) }
                    values[name] = seen
                }
            }
        }
    }

    /// The delimiter among `,` tab `;` `|` `，` that splits the header into the most columns (`,` on a tie).
    private static func bestDelimiter(path: String) throws(InputError) -> String {
        var best = (delimiter: ",", columns: 0)
        for delimiter in [",", "\t", ";", "|", "，"] {
            var options = CSVReaderOptions()
            options.delimiter = delimiter
            guard let reader = try? CSVReader(path: path, displayName: path, options: options) else { continue }
            if reader.columnNames.count > best.columns { best = (delimiter, reader.columnNames.count) }
        }
        if best.columns == 0 { _ = try CSVReader(path: path, displayName: path, options: CSVReaderOptions()) }
        return best.delimiter
    }

    /// The encoding of the file's first 64 KiB: GB18030 when it is not UTF-8 (SPEC §1 order).
    private static func sampleEncoding(path: String) -> TextEncoding? {
        guard let reader = try? ByteFileReader(path: path) else { return nil }
        var bytes: [UInt8] = []
        while bytes.count < 1 << 16, let count = try? reader.read(appendingTo: &bytes), count > 0 {}
        if bytes.starts(with: AtomicFile.byteOrderMark) { return .utf8 }
        // Cut at the last line break so a multi-byte character split by the 64 KiB cut is not taken for bad UTF-8.
        let whole = bytes.lastIndex(of: 0x0A).map { Array(bytes[...$0]) } ?? bytes
        return String(validating: whole, as: UTF8.self) == nil ? .gb18030 : .utf8
    }

    /// YAML: the key path to the first sequence of mappings (`数据.台账`), empty when the root is the record list.
    private static func yamlRecordPath(path: String) throws(InputError) -> [String] {
        var reader = try YAMLRecordReader(path: path, displayName: path, options: YAMLReaderOptions())
        guard case .record(let record)? = try reader.next() else { return [] }
        // A root mapping read as one record: its list of records shows as `key…, <index>, field`.
        for field in record.fields {
            if let index = field.path.firstIndex(where: { Int($0) != nil }), index > 0, index < field.path.count - 1 {
                return Array(field.path[..<index])
            }
        }
        return []
    }
}
