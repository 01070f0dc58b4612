import Foundation

/// The events of a YAML data file: from ``YAMLBlockScanner`` while the file has the shape it reads, from libyaml
/// (``YAMLEventParser``) otherwise — the same events either way.
///
/// The scanner hands out a record only once it has read all of it, the first line of the next one (libyaml reads
/// that far before it ends a record), and 256 KiB beyond without a character libyaml's reader refuses (libyaml
/// decodes up to 16 KiB ahead and stops at such a character before the records in between). At the first record it
/// cannot read, bytes that did not decode, or such a character near, libyaml starts on the file from its beginning,
/// the events of the records already handed out are read past, and libyaml's events go on from there. So the events
/// and the error that stops a file are libyaml's, word for word, at its own line, after the same records.
///
/// Only a regular file is scanned: reading it twice must give the same bytes (a pipe is read by libyaml alone).
final class YAMLFileEvents: YAMLEventSource {
    private let path: String
    private let displayName: String
    private let encoding: EncodingChoice
    private let maximumScalarBytes: Int
    private var libyaml: YAMLEventParser?

    // The scanner's state, until libyaml takes over.
    private var decoder: DecodingFileReader?
    private var buffer: [UInt8] = []
    /// Where the next record starts in `buffer`, and its line.
    private var recordStart = 0
    private var line = 1
    private var atEnd = false
    /// The stream's, the document's and the sequence's starts went out (with the first record).
    private var headerHandedOut = false
    private var recordsHandedOut = 0
    private var queue: [YAMLEvent] = []
    private var queued = 0
    private var pairs: [YAMLBlockScanner.Pair] = []
    /// The keys of the last record, by position: the next record's equal keys share their text.
    private var lastKeys: [String] = []

    /// A record the scanner holds whole in memory; a larger one is libyaml's (which streams it and applies the
    /// reader's limits).
    static let maximumScannedRecordBytes = 1 << 20
    /// How far past a record's end the bytes must hold no character libyaml's reader refuses before the record goes
    /// out: more than libyaml's read-ahead (see ``YAMLInputFeed/readAheadSlack``).
    static let refusalMargin = YAMLInputFeed.readAheadSlack
    /// Where in `buffer` the first character libyaml's reader refuses is, once found; and how far `buffer` has been
    /// searched for one.
    private var refusedAt: Int?
    private var searchedForRefusal = 0

    /// The last line of the last event handed out.
    private(set) var lastEventEndLine = 1

    /// `scans`: try the block scanner first (the reader's options; libyaml alone otherwise).
    init(path: String, displayName: String, encoding: EncodingChoice, maximumScalarBytes: Int,
         scans: Bool) throws(InputError) {
        self.path = path
        self.displayName = displayName
        self.encoding = encoding
        self.maximumScalarBytes = maximumScalarBytes
        if scans && Self.isRegularFile(path), let decoder = try? DecodingFileReader(path: path, encoding: encoding) {
            self.decoder = decoder
        } else {
            libyaml = try makeParser()
        }
    }

    private func makeParser() throws(InputError) -> YAMLEventParser {
        let feed = try YAMLInputFeed(path: path, displayName: displayName, encoding: encoding,
                                     maximumScalarBytes: maximumScalarBytes)
        return try YAMLEventParser(feed: feed)
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// Whether libyaml reads the file (for tests).
    var readsWithLibYAML: Bool { libyaml != nil }

    func next() throws(InputError) -> YAMLEvent {
        while true {
            if let libyaml {
                let event = try libyaml.next()
                lastEventEndLine = libyaml.lastEventEndLine
                return event
            }
            if queued < queue.count {
                let event = queue[queued]
                queued += 1
                lastEventEndLine = event.endLine
                return event
            }
            try scanNext()
        }
    }

    /// See ``YAMLEventParser/checkDecoded(throughLine:)``; the scanner hands out no record with such bytes.
    func checkDecoded(throughLine line: Int) throws(InputError) {
        try libyaml?.checkDecoded(throughLine: line)
    }

    /// Queues the next events, or hands the file to libyaml.
    private func scanNext() throws(InputError) {
        queue.removeAll(keepingCapacity: true)
        queued = 0
        while true {
            let outcome = buffer.withUnsafeBufferPointer { bytes in
                YAMLBlockScanner.scanRecord(bytes, from: recordStart, line: line, atEnd: atEnd,
                                            maximumScalarBytes: maximumScalarBytes, into: &pairs)
            }
            switch outcome {
            case .record(let recordLine, let keyColumn, let end, let nextLine):
                if let refusedAt, refusedAt < end + Self.refusalMargin { return try switchToLibYAML() }
                if refusedAt == nil && !atEnd && buffer.count < end + Self.refusalMargin {
                    guard fill() else { return try switchToLibYAML() }
                    continue
                }
                if !headerHandedOut {
                    // The file's first record: the stream, its one document and the sequence start with it.
                    headerHandedOut = true
                    queue = [YAMLEvent(kind: .streamStart, line: 1, column: 1, endLine: 1)]
                        + [.documentStart, .sequenceStart].map { YAMLEvent(kind: $0, line: recordLine, column: 1, endLine: recordLine) }
                }
                queueRecord(line: recordLine, keyColumn: keyColumn, endLine: nextLine)
                recordStart = end
                line = nextLine
                recordsHandedOut += 1
                return
            case .end where headerHandedOut:
                queue = [.sequenceEnd, .documentEnd, .streamEnd].map { YAMLEvent(kind: $0, line: line, column: 1, endLine: line) }
                return
            case .needMore:
                guard buffer.count - recordStart <= Self.maximumScannedRecordBytes, fill() else { return try switchToLibYAML() }
            case .unsupported, .end:
                // `.end` before any record: an empty file or comments only, which libyaml reads as no document.
                return try switchToLibYAML()
            }
        }
    }

    /// `endLine`: where libyaml ends the mapping — the next record's line, or the end of the input.
    private func queueRecord(line: Int, keyColumn: Int, endLine: Int) {
        buffer.withUnsafeBufferPointer { bytes in
            queue.append(YAMLEvent(kind: .mappingStart, line: line, column: keyColumn, endLine: line))
            for (index, pair) in pairs.enumerated() {
                let key = UnsafeBufferPointer(rebasing: bytes[pair.keyStart..<pair.keyEnd])
                let keyText: String
                if index < lastKeys.count, lastKeys[index].hasUTF8(key) {
                    keyText = lastKeys[index]
                } else {
                    keyText = String(decoding: key, as: UTF8.self)
                    if index < lastKeys.count { lastKeys[index] = keyText } else { lastKeys.append(keyText) }
                }
                queue.append(YAMLEvent(kind: .scalar, text: keyText, plain: true, line: pair.line, column: pair.keyColumn,
                                       endLine: pair.line))
                queue.append(YAMLEvent(kind: .scalar, text: YAMLBlockScanner.valueText(bytes, of: pair),
                                       plain: pair.style == .plain, line: pair.line, column: pair.valueColumn,
                                       endLine: pair.line))
            }
            queue.append(YAMLEvent(kind: .mappingEnd, line: endLine, column: 1, endLine: endLine))
        }
    }

    /// Appends the next decoded bytes, dropping those of records handed out; `false` when the scanner must stop:
    /// a read failed or bytes did not decode (libyaml then reports either at its own place).
    private func fill() -> Bool {
        guard let decoder else { return false }
        if recordStart > 0 {
            buffer.removeSubrange(0..<recordStart)
            refusedAt = refusedAt.map { $0 - recordStart }
            searchedForRefusal -= recordStart
            recordStart = 0
        }
        do {
            if try decoder.read(appendingTo: &buffer) == 0 { atEnd = true }
        } catch {
            return false
        }
        if refusedAt == nil {
            (refusedAt, searchedForRefusal) = buffer.withUnsafeBufferPointer { bytes in
                YAMLBlockScanner.firstRefusedCharacter(bytes, from: searchedForRefusal, atEnd: atEnd)
            }
        }
        return decoder.invalidSequences.isEmpty
    }

    /// libyaml reads the file from its start; the events already handed out are read past.
    private func switchToLibYAML() throws(InputError) {
        decoder = nil
        buffer = []
        pairs = []
        lastKeys = []
        let parser = try makeParser()
        // Set first: if reading past throws, every later call throws the same error (the parser keeps it).
        libyaml = parser
        guard headerHandedOut else { return }
        for _ in 0..<3 { _ = try parser.next() }  // the stream's, the document's and the sequence's starts
        // Every record handed out was a mapping of scalars: its events end at its one `mappingEnd`.
        var skipped = 0
        while skipped < recordsHandedOut {
            if try parser.next().kind == .mappingEnd { skipped += 1 }
        }
    }
}
