#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The quick way to show that a package's XML document holds exactly the records of its JSON Lines files: when
/// the document is, byte for byte, what `convert` writes for those records (``CanonicalXMLWriter``), reading it
/// back record by record would find nothing the JSON Lines files did not already show.
///
/// Why (verify of a 100,000-row package, 344 MB of XML, perf): reading the XML copy into records took 18 s of one
/// core — libxml2 with the XSD about 8 s, turning its nodes into records and mapping them the rest — and was the
/// longest thread of the run. This check costs an XSD pass (libxml2's SAX validation, nothing built) and a byte
/// scan.
///
/// Both sides feed one ``RecordSetFingerprint`` each: the JSON Lines side with the canonical XML bytes of every
/// record (``Expectation``), the document side with the bytes of every record element it holds
/// (``scan(files:root:schema:maximumRecordBytes:)``). Equal fingerprints mean the document is the canonical prolog,
/// those record elements in some order, and the epilog, which reads back as exactly those records. Anything else — a record the JSON Lines side rejected or whose
/// envelope has a finding, a document another tool formatted differently, an XSD finding, a tampered record — makes
/// the quick check give way to the full reading (``XMLCopyCheck``), which locates what differs. So the quick check
/// only ever decides "no findings", and only when the full reading would find none either.
enum CanonicalXMLCopy {
    /// The canonical XML of the JSON Lines records, fingerprinted as they are checked.
    struct Expectation {
        private(set) var fingerprint = RecordSetFingerprint()
        /// False once a record cannot be compared byte for byte; the full reading must decide.
        private(set) var isUsable = true
        private var bytes: [UInt8] = []

        /// Adds an accepted record, whose values the XML writer can carry (the rules rejected every character XML
        /// cannot hold), as `convert` would write it.
        mutating func add(accepted record: FlatRecord) {
            guard isUsable else { return }
            bytes.removeAll(keepingCapacity: true)
            CanonicalXMLWriter.append(record, to: &bytes)
            bytes.withUnsafeBytes { fingerprint.add(bytes: $0) }
        }

        /// A record that must be compared as mapped, by the full reading.
        mutating func giveUp() {
            isUsable = false
        }
    }

    /// What the scan of the XML documents found when they are canonical and valid against the XSD.
    struct Found: Sendable {
        var fingerprint = RecordSetFingerprint()
        /// Record elements per document path.
        var read: [String: Int] = [:]
    }

    /// Scans the XML documents on a thread of their own. Its result is `nil` when a document is not in canonical
    /// form, cannot be read, or has a finding against the XSD: then the full reading decides.
    static func scan(files: [VerificationRun.Listed], root: String, schema: XMLSchemaSource?,
                     maximumRecordBytes: Int) -> BackgroundThread<Found?> {
        BackgroundThread(name: "verify-xml-quick") {
            var found = Found()
            for file in files {
                let path = "\(root)/\(file.path)"
                // The bytes first: a document that is not canonical is known after a read of the file, without the
                // XSD pass it would then not need.
                guard let read = try? fingerprintRecordElements(at: path, into: &found.fingerprint, maximumRecordBytes: maximumRecordBytes),
                      (try? XMLSchemaStreamCheck.isValid(path: path, displayName: file.path, schema: schema)) == true else { return nil }
                found.read[file.path] = read
            }
            return found
        }
    }

    private static let prolog = CanonicalXMLWriter.documentStart()
    private static let epilog = CanonicalXMLWriter.documentEnd()

    /// Splits the document into its record elements and fingerprints each; `nil` when it is not the canonical
    /// prolog, record elements as ``CanonicalXMLWriter`` writes them (`  <name …` to `  </name>` and a line feed),
    /// and the canonical epilog, or when one element exceeds `maximumRecordBytes`.
    ///
    /// A text value cannot hold `<` (it is written `&lt;`), so the first `\n  </name>\n` after a record's start
    /// ends it. Were a document cut wrongly all the same, its pieces would not be canonical records and the
    /// fingerprints would differ: the split can cost the quick path, never a wrong "equal".
    static func fingerprintRecordElements(at path: String, into fingerprint: inout RecordSetFingerprint,
                                          maximumRecordBytes: Int) throws(InputError) -> Int? {
        var scanner = ElementScanner(reader: try ByteFileReader(path: path))
        guard try scanner.ensure(prolog.count), scanner.unread.prefix(prolog.count).elementsEqual(prolog) else { return nil }
        scanner.consume(prolog.count)
        var records = 0
        while try scanner.ensure(1) {
            if scanner.unread.first != UInt8(ascii: " ") {
                // Only the epilog may follow the last record, and nothing after it.
                guard try !scanner.ensure(epilog.count + 1), scanner.unread.elementsEqual(epilog) else { return nil }
                return records
            }
            guard let length = try scanner.recordElementLength(limit: maximumRecordBytes) else { return nil }
            scanner.withUnread { fingerprint.add(bytes: UnsafeRawBufferPointer(rebasing: $0[..<length])) }
            scanner.consume(length)
            records += 1
        }
        return nil  // no epilog
    }

    /// A file read in chunks, the bytes not yet consumed kept in one buffer.
    private struct ElementScanner {
        let reader: ByteFileReader
        private var buffer: [UInt8] = []
        private var start = 0
        private var atEnd = false

        init(reader: ByteFileReader) {
            self.reader = reader
        }

        var unread: ArraySlice<UInt8> { buffer[start...] }

        func withUnread<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
            buffer.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start...])) }
        }

        mutating func consume(_ count: Int) {
            start += count
        }

        /// Reads on until at least `count` bytes are unread or the file ends; whether they are there.
        mutating func ensure(_ count: Int) throws(InputError) -> Bool {
            while buffer.count - start < count && !atEnd {
                if start > 0 {
                    buffer.removeSubrange(0..<start)  // what is left is at most one record
                    start = 0
                }
                atEnd = try reader.read(appendingTo: &buffer) == 0
            }
            return buffer.count - start >= count
        }

        /// The length of the record element that starts the unread bytes (`  <name` up to and including its
        /// `  </name>` line), reading on as needed; `nil` when there is none within `limit` bytes.
        mutating func recordElementLength(limit: Int) throws(InputError) -> Int? {
            guard try ensure(3), unread.starts(with: "  <".utf8) else { return nil }
            var nameEnd = 3
            while true {
                guard nameEnd < 256, try ensure(nameEnd + 1) else { return nil }
                let byte = buffer[start + nameEnd]
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") { break }
                guard byte != UInt8(ascii: "/") && byte != UInt8(ascii: "\n") else { return nil }
                nameEnd += 1
            }
            let terminator = Array("\n  </".utf8) + buffer[(start + 3)..<(start + nameEnd)] + Array(">\n".utf8)
            var searchFrom = nameEnd
            while true {
                if let found = withUnread({ CanonicalXMLCopy.firstOffset(of: terminator, in: $0, from: searchFrom) }) {
                    let length = found + terminator.count
                    return length <= limit ? length : nil
                }
                let available = buffer.count - start
                guard available < limit else { return nil }
                searchFrom = max(nameEnd, available - terminator.count + 1)
                guard try ensure(available + 1) else { return nil }
            }
        }
    }

    /// Where `needle` (which starts with a line feed) first occurs in `haystack` at or after `from`: `memchr` to
    /// each line feed, then a comparison (glibc's `memmem` is not visible to Swift without `_GNU_SOURCE`).
    fileprivate static func firstOffset(of needle: [UInt8], in haystack: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard let base = haystack.baseAddress, let first = needle.first else { return nil }
        var offset = from
        while haystack.count - offset >= needle.count {
            guard let hit = memchr(base + offset, Int32(first), haystack.count - offset) else { return nil }
            offset = base.distance(to: UnsafeRawPointer(hit))
            guard haystack.count - offset >= needle.count else { return nil }
            if needle.withUnsafeBytes({ $0.baseAddress.map { memcmp(base + offset, $0, needle.count) } }) == 0 { return offset }
            offset += 1
        }
        return nil
    }
}
