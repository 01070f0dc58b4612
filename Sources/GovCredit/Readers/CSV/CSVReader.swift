/// Reads a CSV export (SPEC §6) record by record: RFC 4180 over the decoded UTF-8 of any accepted encoding
/// (``DecodingFileReader``), one record in memory at a time (PLATFORM.md §3: a hand-written byte-level reader).
///
/// - The first non-empty record is the header: the column names, trimmed of surrounding white space. An empty or
///   repeated name, or a header that cannot be read, is an ``InputError``: nothing after it can be mapped.
/// - Each data row is a ``SourceRecord`` with one ``SourceField`` per column (path `[name]`, `.null` for an empty
///   cell, position = line where the cell starts and the column's 1-based number). Records are numbered from 1;
///   the header and blank lines do not count, lines are physical lines of the file.
/// - A row that breaks the format is ``ReaderItem/malformed(_:_:)`` with every finding, and reading goes on with the
///   next record: quotes out of place, a wrong number of fields, too many fields, too many bytes, bytes that decode
///   in no accepted encoding (SPEC §1).
/// - A quote left open to the end of the file would swallow every row after it. The reader rejects the row it
///   opened in (up to the end of the line holding the quote) and reads the rest of the file again from the next line,
///   as long as that rest fits in ``CSVReaderOptions/maximumRecordBytes``; beyond that the run of bytes is rejected as
///   too large, with the line of the quote in the findings.
struct CSVReader: RecordReader {
    /// The file as named in locations.
    let displayName: String
    private let fileLocation: SourceLocation
    /// Every record has the header's paths.
    private let layout = SourceLayoutID.next()
    let options: CSVReaderOptions
    /// The column names: from the header, or `"1"`, `"2"`, … once the first record is read when there is none.
    private(set) var columnNames: [String] = []
    /// `[name]` for each column, built once: every field shares it instead of allocating a path per value.
    private var columnPaths: [[String]] = []
    /// ``columnNames`` as every row's value positions hold them (``InternedText``: not a string each thread counts).
    private var columnNameNumbers: [InternedText] = []

    private let decoder: DecodingFileReader
    private var scanner: CSVRecordScanner
    /// Decoded bytes: the current record from `start`, and what follows it.
    private var buffer: [UInt8] = []
    private var start = 0
    /// Offset in the decoded stream of `buffer[0]` (for ``DecodingFileReader/takeInvalidSequences(before:)``).
    private var bufferOffset = 0
    private var atEnd = false
    private var recordCount = 0

    /// The file's encoding as far as it has been read (SPEC §7's manifest names it).
    var encoding: TextEncoding? { decoder.encoding }

    /// Opens the file and, when there is one, reads the header.
    init(path: String, displayName: String, options: CSVReaderOptions) throws(InputError) {
        let delimiter = try options.validatedDelimiter(file: displayName)
        self.displayName = displayName
        self.fileLocation = SourceLocation(file: displayName, record: 0, line: 0)
        self.options = options
        self.decoder = try DecodingFileReader(path: path, encoding: options.encoding)
        self.scanner = CSVRecordScanner(delimiter: delimiter, maximumFields: options.maximumFields)
        buffer.reserveCapacity(2 * ByteFileReader.chunkSize)
        if options.hasHeader { try readHeader() }
    }

    mutating func next() throws(InputError) -> ReaderItem? {
        guard try scanRecord() else { return nil }
        defer { start += scanner.length }
        recordCount += 1
        let location = fileLocation.at(record: recordCount, line: scanner.recordLine)
        let findings = problems(at: location)
        if !findings.isEmpty { return .malformed(location, findings) }
        return .record(SourceRecord(kind: nil, fields: sourceFields(), location: location, layout: layout))
    }

    // MARK: - Scanning

    /// Scans the next record (blank lines skipped); `false` at the end of the file. The record is `buffer[start...]`
    /// up to `scanner.length`.
    private mutating func scanRecord() throws(InputError) -> Bool {
        scanner.begin(line: scanner.line)
        while true {
            let result = buffer.withUnsafeBufferPointer { whole in
                scanner.scan(UnsafeBufferPointer(rebasing: whole[start...]), atEnd: atEnd)
            }
            switch result {
            case .record:
                if scanner.unterminatedQuoteOffset != nil && !scanner.isSkipping { resumeAfterUnterminatedQuote() }
                return true
            case .blankLine(let length):
                start += length
                _ = decoder.takeInvalidSequences(before: bufferOffset + start)
                scanner.begin(line: scanner.line)
            case .endOfInput:
                return false
            case .needsMoreInput:
                if !scanner.isSkipping && scanner.cursor > options.maximumRecordBytes { scanner.startSkipping() }
                if scanner.isSkipping {
                    // Too large: keep finding the record's end without holding it (STYLE §10).
                    start += scanner.dropScannedBytes()
                    _ = decoder.takeInvalidSequences(before: bufferOffset + start)
                }
                try refill()
            }
        }
    }

    /// Appends the next decoded chunk, dropping the bytes before the current record first.
    private mutating func refill() throws(InputError) {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            bufferOffset += start
            start = 0
        }
        if buffer.capacity > 8 * ByteFileReader.chunkSize && buffer.count < ByteFileReader.chunkSize {
            // A huge record has gone: give its memory back rather than keep up to twice maximumRecordBytes.
            var smaller: [UInt8] = []
            smaller.reserveCapacity(2 * ByteFileReader.chunkSize)
            smaller.append(contentsOf: buffer)
            buffer = smaller
        }
        if try decoder.read(appendingTo: &buffer) == 0 { atEnd = true }
    }

    /// The record ran into the end of the file inside quotes: end it with the line holding the opening quote, so
    /// that the rows after it are read as rows (never one silent swallow of the rest of the file).
    private mutating func resumeAfterUnterminatedQuote() {
        guard let quote = scanner.unterminatedQuoteOffset,
              let quoteLine = scanner.issues.last(where: { $0.kind == .unterminatedQuote })?.line else { return }
        buffer.withUnsafeBufferPointer { whole in
            let record = UnsafeBufferPointer(rebasing: whole[start...])
            guard let base = record.baseAddress,
                  let lineEnd = record[quote...].firstIndex(where: { $0 == CSVByte.lineFeed || $0 == CSVByte.carriageReturn })
            else { return }
            let breakLength = CSVRecordScanner.lineBreakLength(base, at: lineEnd, count: record.count, atEnd: true) ?? 1
            scanner.truncate(toLength: lineEnd + breakLength, contentLength: lineEnd, nextLine: quoteLine + 1)
        }
    }

    // MARK: - Header

    private mutating func readHeader() throws(InputError) {
        guard try scanRecord() else { return }
        defer { start += scanner.length }
        let line = scanner.recordLine
        var problems: [LocalizedMessage] = CSVFindings.headerProblems(of: scanner, limit: options.maximumRecordBytes)
        for sequence in decoder.takeInvalidSequences(before: bufferOffset + start + scanner.length) {
            problems.append(CSVFindings.headerEncoding(column: place(ofDecodedOffset: sequence.decodedOffset).column))
        }
        if problems.isEmpty {
            let names = texts().map(Self.trimmed)
            problems += CSVFindings.headerNameProblems(names)
            setColumns(names)
        }
        guard problems.isEmpty else {
            throw InputError(file: displayName, line: line, message: CSVFindings.headerError(problems))
        }
    }

    private mutating func setColumns(_ names: [String]) {
        columnNames = names
        columnNameNumbers = names.map { InternedText($0) }
        columnPaths = names.map { [$0] }
    }

    static func trimmed(_ name: String) -> String {
        var text = Substring(name)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }

    // MARK: - Records

    /// Every finding about the scanned record; empty when it can be read.
    private mutating func problems(at location: SourceLocation) -> [Finding] {
        let end = bufferOffset + start + scanner.length
        let limit = options.maximumRecordBytes
        if scanner.isSkipping || scanner.contentLength > limit {
            _ = decoder.takeInvalidSequences(before: end)
            return CSVFindings.tooLarge(scanner, limit: limit, at: location)
        }
        var findings: [Finding] = []
        if scanner.fieldCount > options.maximumFields {
            findings.append(CSVFindings.tooManyFields(limit: options.maximumFields, at: location))
        }
        for issue in scanner.issues {
            findings.append(CSVFindings.syntax(issue, columnName: columnName(issue.field), at: location))
        }
        // One finding per cell with bad bytes (the first), a few cells at most: a run of bad bytes is one problem.
        var reportedColumns: Set<Int> = []
        let sequences = decoder.invalidSequences.isEmpty ? [] : decoder.takeInvalidSequences(before: end)
        for sequence in sequences where reportedColumns.count < CSVRecordScanner.maximumIssuesPerRecord {
            let place = place(ofDecodedOffset: sequence.decodedOffset)
            guard reportedColumns.insert(place.column).inserted else { continue }
            findings.append(CSVFindings.encoding(column: place.column, line: place.line,
                                                 columnName: columnName(place.column), at: location))
        }
        let readable = scanner.fieldCount <= options.maximumFields && scanner.unterminatedQuoteOffset == nil
        if readable && !options.hasHeader && columnNames.isEmpty {
            setColumns((1...scanner.fieldCount).map(String.init))
        }
        if readable && scanner.fieldCount != columnNames.count {
            findings.append(CSVFindings.columnCount(found: scanner.fieldCount, expected: columnNames.count, at: location))
        }
        return findings
    }

    private func columnName(_ column: Int) -> String? {
        column >= 1 && column <= columnNames.count ? columnNames[column - 1] : nil
    }

    /// The 1-based field and the physical line of a decoded offset inside the scanned record.
    private func place(ofDecodedOffset offset: Int) -> (column: Int, line: Int) {
        let relative = max(0, min(offset - bufferOffset - start, scanner.contentLength))
        let column = (scanner.fields.lastIndex { $0.start <= relative } ?? 0) + 1
        let breaks = buffer.withUnsafeBufferPointer { whole in
            CSVRecordScanner.lineBreaks(whole.baseAddress! + start, from: 0, to: relative, count: scanner.length)
        }
        return (column, scanner.recordLine + breaks)
    }

    /// The scanned record as source fields.
    private func sourceFields() -> [SourceField] {
        buffer.withUnsafeBufferPointer { whole in
            let base = whole.baseAddress! + start
            var fields: [SourceField] = []
            fields.reserveCapacity(scanner.fields.count)
            for (index, span) in scanner.fields.enumerated() {
                let value: SourceValue = span.contentEnd == span.contentStart ? .null : .text(Self.text(of: span, in: base))
                fields.append(SourceField(path: columnPaths[index], value: value,
                                          position: ValuePosition(line: span.line, column: index + 1,
                                                                  elementPathName: columnNameNumbers[index])))
            }
            return fields
        }
    }

    /// The text of each field of the scanned record.
    private func texts() -> [String] {
        buffer.withUnsafeBufferPointer { whole in
            let base = whole.baseAddress! + start
            return scanner.fields.map { Self.text(of: $0, in: base) }
        }
    }

    /// The text of one field, `""` pairs undone; one `String` built per field.
    static func text(of span: CSVFieldSpan, in record: UnsafePointer<UInt8>) -> String {
        let bytes = UnsafeBufferPointer(start: record + span.contentStart, count: span.contentEnd - span.contentStart)
        return span.hasDoubledQuotes ? undoubledQuotes(bytes) : String(decoding: bytes, as: UTF8.self)
    }

    /// `a""b` → `a"b`: the text of a quoted field (RFC 4180 §2(7)).
    static func undoubledQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            var written = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                output[written] = byte
                written += 1
                index += byte == CSVByte.quote ? 2 : 1
            }
            return written
        }
    }
}
