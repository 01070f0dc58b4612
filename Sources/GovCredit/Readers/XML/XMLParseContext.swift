import CLibXML2

/// One problem libxml2 reported through the structured error handler.
struct XMLDiagnostic: Sendable, Equatable {
    enum Kind: Sendable {
        /// The document is not (namespace-)well-formed, or libxml2 could not read on: reading stops.
        case fatal
        /// The document does not follow the XSD given in ``XMLReaderOptions/schemaPath``: a finding.
        case schema
    }

    let kind: Kind
    /// libxml2's error code (`xmlParserErrors`): 76 mismatched tag, 1839 pattern, 1871 unexpected element, …
    let code: Int
    /// 1-based line where libxml2 was when it noticed (0 when it did not say).
    let line: Int
    /// libxml2's English message, without its trailing newline.
    let message: String
}

/// What the C callbacks of one libxml2 reader share with Swift, reached through the context pointer they are given
/// (PLATFORM §1: the callbacks must be non-capturing closures). It feeds libxml2 the decoded UTF-8 of the file and
/// collects the diagnostics. Owned by ``LibXMLTextReader``, which outlives the libxml2 reader that points here.
final class XMLParseContext {
    private let decoder: DecodingFileReader
    private let displayName: String
    /// Decoded bytes not yet handed to libxml2, from `consumed` on.
    private var buffer: [UInt8] = []
    private var consumed = 0
    /// Whether libxml2 has been given anything but white space.
    private(set) var deliveredContent = false
    /// An I/O or decoding failure: libxml2 was told the read failed, and this is the reason to report.
    private(set) var inputError: InputError?
    /// The first problem that ends reading.
    private(set) var fatal: XMLDiagnostic?
    /// Schema problems not yet given to a record, in the order libxml2 reported them.
    private(set) var schemaDiagnostics: [XMLDiagnostic] = []
    /// Schema problems beyond ``pendingSchemaLimit``: counted, not kept, with the line of the first.
    private(set) var overflow: (count: Int, firstLine: Int) = (0, 0)
    /// How many schema problems wait at most for the record they belong to. The reader hands them out at each record's
    /// end, so only a record with thousands of errors reaches this; 10,000 messages are about 2 MB.
    static let pendingSchemaLimit = 10_000

    init(path: String, displayName: String, encoding: EncodingChoice) throws(InputError) {
        self.decoder = try DecodingFileReader(path: path, encoding: encoding)
        self.displayName = displayName
    }

    /// libxml2's read callback: copies up to `capacity` decoded bytes to `destination`; 0 at the end, -1 on failure.
    func read(into destination: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
        guard inputError == nil, capacity > 0 else { return -1 }
        if consumed == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            consumed = 0
            do {
                if try decoder.read(appendingTo: &buffer) == 0 { return 0 }
            } catch {
                inputError = error
                return -1
            }
            // SPEC §1: bytes that decode in neither encoding are a located error, never a silent U+FFFD. In XML they
            // make the document unreadable as a whole, so reading stops here.
            if let invalid = decoder.takeInvalidSequences(before: Int.max).first {
                inputError = .xmlUndecodableBytes(file: displayName, at: invalid)
                return -1
            }
            normalizeLineBreaks()
        }
        let count = min(capacity, buffer.count - consumed)
        buffer.withUnsafeBytes { bytes in
            UnsafeMutableRawPointer(destination).copyMemory(from: bytes.baseAddress! + consumed, byteCount: count)
        }
        if !deliveredContent {
            deliveredContent = buffer[consumed..<consumed + count].contains { !Self.isWhiteSpace($0) }
        }
        consumed += count
        return Int32(count)
    }

    /// Whether the last byte handed out was a CR, whose LF (if the next chunk starts with one) is not a second break.
    private var afterCarriageReturn = false

    /// XML 1.0 §2.11: CR LF and a lone CR are read as LF. libxml2 does so, but counts lines at LF bytes only, so every
    /// lone CR (old Mac line ends) made each line it reported after it one short (found by Hostile/HostileBytesTests).
    /// Doing the same normalisation before libxml2 sees the bytes leaves the document as XML defines it and the lines
    /// right. The buffer is UTF-8, where 0x0D is never part of another character.
    private func normalizeLineBreaks() {
        guard afterCarriageReturn || buffer.contains(0x0D) else { return }
        var kept = 0
        for byte in buffer {
            if byte == 0x0A && afterCarriageReturn {
                afterCarriageReturn = false
                continue
            }
            afterCarriageReturn = byte == 0x0D
            buffer[kept] = afterCarriageReturn ? 0x0A : byte
            kept += 1
        }
        buffer.removeLast(buffer.count - kept)
    }

    /// libxml2's structured error callback.
    func report(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }  // warnings change nothing we read
        let message = error.message.map { String(cString: $0) } ?? ""
        let isSchema = error.domain == Int32(XML_FROM_SCHEMASV.rawValue) || error.domain == Int32(XML_FROM_SCHEMASP.rawValue)
        // An error inside an entity's replacement text (a "billion laughs" loop) comes without a file name and with a
        // line counted from the entity's own text: line 1 there is not line 1 of the file. It is kept without a line
        // (0), and the document's own error about the same reference, which follows it, takes its place; failing
        // that, the reader says where its parser stopped (found by Hostile/HostileMarkupTests).
        let insideEntity = error.file == nil
        let diagnostic = XMLDiagnostic(kind: isSchema ? .schema : .fatal, code: Int(error.code),
                                       line: insideEntity && !isSchema ? 0 : Int(error.line), message: Self.trimmed(message))
        if !isSchema {
            if fatal == nil || (fatal?.line == 0 && !insideEntity) { fatal = diagnostic }
        } else if schemaDiagnostics.count < Self.pendingSchemaLimit {
            schemaDiagnostics.append(diagnostic)
        } else {
            if overflow.count == 0 { overflow.firstLine = diagnostic.line }
            overflow.count += 1
        }
    }

    /// Removes and returns the schema problems reported at or before `line`, and how many more there were beyond the
    /// pending limit (when the first of those was at or before `line`).
    func takeSchemaDiagnostics(through line: Int) -> (diagnostics: [XMLDiagnostic], uncounted: Int) {
        let taken = schemaDiagnostics.filter { $0.line <= line }
        if !taken.isEmpty { schemaDiagnostics.removeAll { $0.line <= line } }
        var uncounted = 0
        if overflow.count > 0 && overflow.firstLine <= line {
            uncounted = overflow.count
            overflow = (0, 0)
        }
        return (taken, uncounted)
    }

    /// Forgets what was collected while compiling a schema.
    func resetDiagnostics() {
        fatal = nil
        schemaDiagnostics.removeAll()
        overflow = (0, 0)
    }

    static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func trimmed(_ message: String) -> String {
        var text = Substring(message)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}

/// The callbacks handed to libxml2. Non-capturing, so they convert to C function pointers; the context pointer is an
/// unretained ``XMLParseContext``.
enum XMLCallbacks {
    static let read: xmlInputReadCallback = { context, buffer, length in
        guard let context, let buffer else { return -1 }
        return Unmanaged<XMLParseContext>.fromOpaque(context).takeUnretainedValue().read(into: buffer, capacity: Int(length))
    }

    /// The context belongs to ``LibXMLTextReader``: nothing to close here.
    static let close: xmlInputCloseCallback = { _ in 0 }

    static let error: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<XMLParseContext>.fromOpaque(context).takeUnretainedValue().report(error.pointee)
    }
}
