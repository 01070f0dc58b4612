#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One field of the record being scanned, as byte offsets from the record's first byte.
struct CSVFieldSpan: Equatable {
    /// The field's first byte: the opening quote of a quoted field.
    var start: Int
    /// The field's text: between the quotes of a quoted field.
    var contentStart: Int
    var contentEnd: Int
    /// Physical line (1-based) where the field starts.
    var line: Int
    /// Whether the text holds `""` pairs that each stand for one quote.
    var hasDoubledQuotes: Bool
}

/// A place where a record breaks RFC 4180 §2.
struct CSVSyntaxIssue: Equatable {
    enum Kind: Equatable {
        /// `ab"c`: RFC 4180 §2(5): a field with a quote must be quoted as a whole.
        case quoteInUnquotedField
        /// `"ab"c`: RFC 4180 §2(6)–(7): the closing quote is followed by the delimiter or the line break.
        case textAfterClosingQuote
        /// `"ab…` to the end of the file: the quote never closes.
        case unterminatedQuote
    }
    var kind: Kind
    /// 1-based number of the field.
    var field: Int
    /// Physical line of the problem (of the opening quote for an unterminated one).
    var line: Int
}

enum CSVScanResult: Equatable {
    /// A record is complete: see ``CSVRecordScanner/fields``, ``CSVRecordScanner/length``.
    case record
    /// A line with nothing on it (or only a CR) of `length` bytes: not a record (SPEC §6 exports end with one).
    case blankLine(length: Int)
    /// Nothing left: the file ended between records.
    case endOfInput
    /// The bytes end inside the record: call again with more (the same bytes, plus what follows).
    case needsMoreInput
}

/// Splits decoded UTF-8 bytes into RFC 4180 records, one record at a time (PLATFORM.md §3): LF or CRLF ends a record
/// (a lone CR too, as Python's `csv` and old Mac exports do); quoted fields may hold the delimiter, `""` and line
/// breaks. The scan is resumable: when the bytes end inside a record it returns ``CSVScanResult/needsMoreInput`` and
/// carries on where it stopped when called again with the same record start and more bytes, so each byte is looked
/// at once however many chunks a record spans.
///
/// Malformed records are not errors here: the scanner notes a ``CSVSyntaxIssue`` and goes on to the record's end by
/// the same rules Python's non-strict `csv` uses (a stray quote in an unquoted field is text; text after a closing
/// quote continues the field unquoted), so the next record is found where a human would look for it.
///
/// Physical lines end at LF, CRLF or a lone CR, inside quotes or not (what an editor shows, and what Python's
/// `line_num` counts).
struct CSVRecordScanner {
    /// A hostile record could hold a million stray quotes; the first few say enough (STYLE §10).
    static let maximumIssuesPerRecord = 10

    private enum Phase {
        case fieldStart
        case unquoted
        case quoted
        /// Just after the closing quote of a quoted field.
        case closedQuote
    }

    private let delimiter: [UInt8]
    private let delimiterLead: UInt8
    let maximumFields: Int

    /// The fields of the record, at most ``maximumFields`` (none while skipping).
    private(set) var fields: [CSVFieldSpan] = []
    /// How many fields the record has, also beyond ``maximumFields``.
    private(set) var fieldCount = 0
    private(set) var issues: [CSVSyntaxIssue] = []
    /// Where the record's first field starts: the opening quote of a quoted field left open at the end of the file.
    private(set) var unterminatedQuoteOffset: Int?
    /// Line the record starts on.
    private(set) var recordLine = 1
    /// Line of the byte at ``cursor``; after a record or blank line: the line the next one starts on.
    private(set) var line = 1
    /// Offset (from the record start) of the first byte not yet scanned.
    private(set) var cursor = 0
    /// After ``CSVScanResult/record``: the record's bytes without and with its line break.
    private(set) var contentLength = 0
    private(set) var length = 0
    /// Set by ``startSkipping()``: fields are no longer kept and scanned bytes may be dropped.
    private(set) var isSkipping = false

    private var phase = Phase.fieldStart
    private var field = CSVFieldSpan(start: 0, contentStart: 0, contentEnd: 0, line: 1, hasDoubledQuotes: false)
    private var fieldHasIssue = false

    /// Stands in for the base address of an empty buffer; never read.
    nonisolated(unsafe) private static let emptyBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

    init(delimiter: [UInt8], maximumFields: Int) {
        precondition(!delimiter.isEmpty, "validated by CSVReaderOptions")
        self.delimiter = delimiter
        self.delimiterLead = delimiter[0]
        self.maximumFields = maximumFields
    }

    /// Starts a record at offset 0 of the bytes passed next, on `line`.
    mutating func begin(line: Int) {
        fields.removeAll(keepingCapacity: true)
        issues.removeAll(keepingCapacity: true)
        fieldCount = 0
        unterminatedQuoteOffset = nil
        recordLine = line
        self.line = line
        cursor = 0
        contentLength = 0
        length = 0
        isSkipping = false
        phase = .fieldStart
    }

    /// Stops keeping fields: the record is too large and will be rejected; its end is still found by the rules.
    mutating func startSkipping() {
        isSkipping = true
        fields.removeAll()
    }

    /// While skipping: forgets the bytes before ``cursor`` (the caller drops them) and returns how many there were.
    mutating func dropScannedBytes() -> Int {
        precondition(isSkipping)
        let dropped = cursor
        cursor = 0
        field.start -= dropped
        field.contentStart -= dropped
        field.contentEnd -= dropped
        return dropped
    }

    /// Ends the record early at `length` bytes, with the next record on `nextLine` (recovery from an unterminated
    /// quote: the reader resumes after the line where it opened).
    mutating func truncate(toLength length: Int, contentLength: Int, nextLine: Int) {
        self.length = length
        self.contentLength = contentLength
        self.line = nextLine
    }

    /// Scans on from ``cursor``. `bytes` starts at the record's first byte; `atEnd` says no more bytes will follow.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, atEnd: Bool) -> CSVScanResult {
        let count = bytes.count
        let base = UnsafePointer(bytes.baseAddress ?? UnsafePointer(Self.emptyBytes))
        let lead = delimiterLead
        let quote = CSVByte.quote, lineFeed = CSVByte.lineFeed, carriageReturn = CSVByte.carriageReturn
        var index = cursor
        var line = self.line
        defer {
            cursor = index
            self.line = line
        }
        while true {
            switch phase {
            case .fieldStart:
                guard index < count else {
                    if !atEnd { return .needsMoreInput }
                    if fieldCount == 0 { return .endOfInput }
                    // The file ends right after a delimiter: an empty last field.
                    openField(start: index, contentStart: index, line: line)
                    closeField(contentEnd: index)
                    return finish(contentEnd: index, length: index)
                }
                let byte = base[index]
                if byte == quote {
                    openField(start: index, contentStart: index + 1, line: line)
                    phase = .quoted
                    index += 1
                    continue
                }
                if fieldCount == 0 && (byte == lineFeed || byte == carriageReturn) {
                    guard let breakLength = Self.lineBreakLength(base, at: index, count: count, atEnd: atEnd) else {
                        return .needsMoreInput
                    }
                    line += 1
                    return .blankLine(length: breakLength)
                }
                openField(start: index, contentStart: index, line: line)
                phase = .unquoted

            case .unquoted:
                index = nextSpecialByte(base, from: index, count: count)
                guard index < count else {
                    if !atEnd { return .needsMoreInput }
                    closeField(contentEnd: index)
                    return finish(contentEnd: index, length: index)
                }
                let byte = base[index]
                if byte == quote {
                    report(.quoteInUnquotedField, line: line)
                    index += 1
                } else if byte == lineFeed || byte == carriageReturn {
                    guard let breakLength = Self.lineBreakLength(base, at: index, count: count, atEnd: atEnd) else {
                        return .needsMoreInput
                    }
                    closeField(contentEnd: index)
                    line += 1
                    return finish(contentEnd: index, length: index + breakLength)
                } else {
                    switch matchDelimiter(base, at: index, count: count, atEnd: atEnd) {
                    case .some(true):
                        closeField(contentEnd: index)
                        index += delimiter.count
                        phase = .fieldStart
                    case .some(false):
                        index += 1
                    case .none:
                        return .needsMoreInput
                    }
                }

            case .quoted:
                var stop = count
                if index < count, let found = memchr(base + index, Int32(quote), count - index) {
                    stop = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                }
                if stop == count {
                    if !atEnd {
                        // A CR at the end may be half of a CRLF: count it when its successor has arrived.
                        let end = count > index && base[count - 1] == carriageReturn ? count - 1 : count
                        line += Self.lineBreaks(base, from: index, to: end, count: count)
                        index = end
                        return .needsMoreInput
                    }
                    line += Self.lineBreaks(base, from: index, to: count, count: count)
                    index = count
                    unterminatedQuoteOffset = field.start
                    report(.unterminatedQuote, line: field.line)
                    closeField(contentEnd: count)
                    return finish(contentEnd: count, length: count)
                }
                line += Self.lineBreaks(base, from: index, to: stop, count: count)
                index = stop
                if index + 1 == count {
                    if !atEnd { return .needsMoreInput }
                    closeField(contentEnd: index)
                    index = count
                    return finish(contentEnd: count, length: count)
                }
                if base[index + 1] == quote {
                    field.hasDoubledQuotes = true
                    index += 2
                } else {
                    field.contentEnd = index
                    index += 1
                    phase = .closedQuote
                }

            case .closedQuote:
                guard index < count else {
                    if !atEnd { return .needsMoreInput }
                    closeField(contentEnd: field.contentEnd)
                    return finish(contentEnd: index, length: index)
                }
                let byte = base[index]
                if byte == lineFeed || byte == carriageReturn {
                    guard let breakLength = Self.lineBreakLength(base, at: index, count: count, atEnd: atEnd) else {
                        return .needsMoreInput
                    }
                    closeField(contentEnd: field.contentEnd)
                    line += 1
                    return finish(contentEnd: index, length: index + breakLength)
                }
                if byte == lead {
                    switch matchDelimiter(base, at: index, count: count, atEnd: atEnd) {
                    case .some(true):
                        closeField(contentEnd: field.contentEnd)
                        index += delimiter.count
                        phase = .fieldStart
                        continue
                    case .some(false):
                        break
                    case .none:
                        return .needsMoreInput
                    }
                }
                // Python's non-strict reading: the rest of the field is unquoted text. The record is rejected anyway.
                report(.textAfterClosingQuote, line: line)
                phase = .unquoted
            }
        }
    }

    /// The hot loop: the offset of the first quote, LF, CR or delimiter lead byte from `start` (`count` if none).
    /// Eight bytes per step (``ByteWords/matches(_:in:)``), then byte by byte for the tail.
    @inline(__always)
    private func nextSpecialByte(_ base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
        var index = start
        while index &+ 8 <= count {
            let word = ByteWords.load(base, at: index)
            let found = ByteWords.matches(CSVByte.quote, in: word) | ByteWords.matches(CSVByte.lineFeed, in: word)
                | ByteWords.matches(CSVByte.carriageReturn, in: word) | ByteWords.matches(delimiterLead, in: word)
            if found != 0 { return index &+ found.trailingZeroBitCount >> 3 }
            index &+= 8
        }
        while index < count {
            let byte = base[index]
            if byte == CSVByte.quote || byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn || byte == delimiterLead {
                return index
            }
            index &+= 1
        }
        return count
    }

    private mutating func openField(start: Int, contentStart: Int, line: Int) {
        field = CSVFieldSpan(start: start, contentStart: contentStart, contentEnd: contentStart, line: line,
                             hasDoubledQuotes: false)
        fieldHasIssue = false
    }

    @inline(__always)
    private mutating func closeField(contentEnd: Int) {
        field.contentEnd = contentEnd
        fieldCount += 1
        if !isSkipping && fieldCount <= maximumFields { fields.append(field) }
    }

    private mutating func finish(contentEnd: Int, length: Int) -> CSVScanResult {
        contentLength = contentEnd
        self.length = length
        return .record
    }

    /// Notes an issue of the field being scanned: one per field (an unterminated quote always), a few per record.
    private mutating func report(_ kind: CSVSyntaxIssue.Kind, line: Int) {
        guard !fieldHasIssue || kind == .unterminatedQuote else { return }
        fieldHasIssue = true
        if issues.count < Self.maximumIssuesPerRecord || kind == .unterminatedQuote {
            issues.append(CSVSyntaxIssue(kind: kind, field: fieldCount + 1, line: line))
        }
    }

    /// Whether the delimiter starts at `index` (whose byte is its first); `nil` when the bytes end inside a
    /// possible delimiter and more may follow.
    private func matchDelimiter(_ base: UnsafePointer<UInt8>, at index: Int, count: Int, atEnd: Bool) -> Bool? {
        let length = delimiter.count
        if length == 1 { return true }
        let available = min(length, count - index)
        for offset in 1..<available where base[index + offset] != delimiter[offset] { return false }
        if available < length { return atEnd ? false : nil }
        return true
    }

    /// Length of the line break at `index` (LF, CR LF or a lone CR); `nil` when a CR ends the bytes and more follow.
    static func lineBreakLength(_ base: UnsafePointer<UInt8>, at index: Int, count: Int, atEnd: Bool) -> Int? {
        if base[index] == CSVByte.lineFeed { return 1 }
        if index + 1 < count { return base[index + 1] == CSVByte.lineFeed ? 2 : 1 }
        return atEnd ? 1 : nil
    }

    /// Line breaks in `base[from..<to]`: every LF, and every CR not followed by LF (the byte at `to`, if any, counts
    /// as a successor).
    static func lineBreaks(_ base: UnsafePointer<UInt8>, from: Int, to: Int, count: Int) -> Int {
        guard to > from else { return 0 }
        let hasLineFeed = memchr(base + from, Int32(CSVByte.lineFeed), to - from) != nil
        let hasCarriageReturn = memchr(base + from, Int32(CSVByte.carriageReturn), to - from) != nil
        guard hasLineFeed || hasCarriageReturn else { return 0 }
        var breaks = 0
        for index in from..<to {
            let byte = base[index]
            if byte == CSVByte.lineFeed {
                breaks += 1
            } else if byte == CSVByte.carriageReturn && (index + 1 >= count || base[index + 1] != CSVByte.lineFeed) {
                breaks += 1
            }
        }
        return breaks
    }
}
