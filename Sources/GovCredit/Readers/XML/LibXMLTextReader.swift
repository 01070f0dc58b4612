import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// libxml2's global state is set up once, before the first reader (PLATFORM §1); a Swift global is initialised
/// exactly once, whatever thread gets there first.
let libxml2Initialized: Void = xmlInitParser()

/// The node kinds of `xmlTextReaderNodeType` the record reader acts on (libxml2's `xmlReaderTypes`).
enum XMLNodeKind: Equatable {
    case element
    case endElement
    /// Text, CDATA and white space: all of it is character data (the brief: CDATA is text).
    case text
    /// A reference to an entity the parser did not expand (only entities declared in a DTD).
    case entityReference
    /// Comments, processing instructions, the document type, anything else: ignored.
    case other

    init(_ type: Int32) {
        switch type {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): self = .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): self = .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
             Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            self = .text
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue): self = .entityReference
        default: self = .other
        }
    }
}

/// libxml2's streaming `xmlTextReader` over a file decoded by ``DecodingFileReader``: one node at a time, memory
/// independent of the file (measured with ``XMLRecordReader`` on 200 MB of canonical records, release build: 7.7 s,
/// 24 MB; 13.6 s with the generated XSD).
///
/// Security (the reader's input is untrusted): the parser options are exactly `XML_PARSE_NONET` (no network, ever),
/// `XML_PARSE_BIG_LINES` (line numbers past 65,535) and `XML_PARSE_IGNORE_ENC`. Never `XML_PARSE_DTDLOAD` (no
/// external DTD is fetched), never `XML_PARSE_NOENT` (no entity is substituted, so an external entity is never
/// loaded: ``XMLRecordReader`` refuses the reference), never `XML_PARSE_HUGE` (libxml2 keeps its caps: 256 levels,
/// 10,000,000-byte text nodes, and its entity-amplification check, which ends a "billion laughs" at once).
final class LibXMLTextReader {
    private let handle: xmlTextReaderPtr
    private let displayName: String
    /// Kept alive for the libxml2 reader, which points to it.
    let context: XMLParseContext
    private var schema: xmlSchemaPtr?
    /// The furthest line a node has told so far.
    private var lastLine = 1
    /// The line where the current node ends, when it is text that says so, and the same for the node before it.
    private var currentTextEndLine: Int?
    private var precedingTextEndLine: Int?

    static let parserOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_IGNORE_ENC.rawValue)

    convenience init(path: String, displayName: String, encoding: EncodingChoice, schemaPath: String?) throws(InputError) {
        try self.init(path: path, displayName: displayName, encoding: encoding, schema: schemaPath.map(XMLSchemaSource.file))
    }

    init(path: String, displayName: String, encoding: EncodingChoice, schema schemaSource: XMLSchemaSource?) throws(InputError) {
        _ = libxml2Initialized
        let context = try XMLParseContext(path: path, displayName: displayName, encoding: encoding)
        self.context = context
        self.displayName = displayName
        let pointer = Unmanaged.passUnretained(context).toOpaque()
        // The bytes libxml2 gets are always UTF-8 (DecodingFileReader decoded them), so it is told so, and
        // XML_PARSE_IGNORE_ENC makes it ignore an `encoding="GB18030"` declaration that would convert them twice.
        guard let handle = xmlReaderForIO(XMLCallbacks.read, XMLCallbacks.close, pointer, displayName, "UTF-8",
                                          Self.parserOptions) else {
            throw InputError(file: displayName, message: LocalizedMessage(
                zh: "无法创建 XML 读取器（libxml2）", en: "cannot create the XML reader (libxml2)"))
        }
        self.handle = handle
        // Before the schema: xmlTextReaderSetSchema relays validation errors to the handler set at that time.
        xmlTextReaderSetStructuredErrorHandler(handle, XMLCallbacks.error, pointer)
        if let schemaSource {
            let compiled = try Self.compileSchema(schemaSource, context: context)
            schema = compiled
            guard xmlTextReaderSetSchema(handle, compiled) == 0 else {
                throw InputError(file: schemaSource.displayName, message: LocalizedMessage(
                    zh: "无法启用 XML 模式校验", en: "cannot enable validation against the XML schema"))
            }
        }
    }

    deinit {
        xmlFreeTextReader(handle)
        if let schema { xmlSchemaFree(schema) }  // after the reader, whose validation context uses it
    }

    /// Compiles the XSD once; its problems are an ``InputError`` on the schema file.
    static func compileSchema(_ source: XMLSchemaSource, context: XMLParseContext) throws(InputError) -> xmlSchemaPtr {
        let path = source.displayName
        let pointer = Unmanaged.passUnretained(context).toOpaque()
        func parse(_ parser: xmlSchemaParserCtxtPtr?) -> xmlSchemaPtr?? {
            guard let parser else { return .none }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, XMLCallbacks.error, pointer)
            return .some(xmlSchemaParse(parser))
        }
        let parsed: xmlSchemaPtr??
        switch source {
        case .file(let file):
            _ = try ByteFileReader(path: file)  // a missing schema is "cannot open", not a libxml2 message
            parsed = parse(xmlSchemaNewParserCtxt(file))
        case .standard:
            // The parser reads the buffer during xmlSchemaParse, so both happen while the C string lives.
            parsed = EmbeddedSchema.xsd.withCString { parse(xmlSchemaNewMemParserCtxt($0, Int32(strlen($0)))) }
        }
        guard let compiled = parsed else {
            throw InputError(file: path, message: LocalizedMessage(zh: "无法读取 XML 模式", en: "cannot read the XML schema"))
        }
        let problem = context.fatal ?? context.schemaDiagnostics.first
        context.resetDiagnostics()
        guard let schema = compiled else {
            let detail = problem?.message ?? "libxml2 gave no reason"
            throw InputError(file: path, line: problem.map(\.line), message: LocalizedMessage(
                zh: "XML 模式无法编译：\(detail)", en: "the XML schema does not compile: \(detail)"))
        }
        return schema
    }

    // MARK: - Moving

    /// Moves to the next node; `false` at the end of the document. Throws when the file stops being readable.
    func read() throws(InputError) -> Bool {
        try settle(xmlTextReaderRead(handle))
    }

    /// Moves past the current element's subtree to the node after it; `false` at the end of the document.
    func skipSubtree() throws(InputError) -> Bool {
        try settle(xmlTextReaderNext(handle))
    }

    private func settle(_ status: Int32) throws(InputError) -> Bool {
        if let error = context.inputError { throw error }
        if let fatal = context.fatal {
            // Reading through callbacks, libxml2 2.9 calls a file of white space only "Extra content at the end of
            // the document": say what it is.
            if !context.deliveredContent { throw InputError.xmlEmptyDocument(file: displayName) }
            guard fatal.line == 0 else { throw InputError.xmlNotWellFormed(file: displayName, fatal) }
            // Found inside an entity's text, which has lines of its own: where the parser stopped is the place.
            throw InputError.xmlNotWellFormed(file: displayName, XMLDiagnostic(
                kind: .fatal, code: fatal.code, line: Int(xmlTextReaderGetParserLineNumber(handle)), message: fatal.message))
        }
        if status == 1 {
            // The node's kind is asked once per move, here, and kept: the walk asks for it again (an
            // xmlTextReaderNodeType call and a switch per node, 1% of validating 10,000 canonical XML records).
            kind = XMLNodeKind(xmlTextReaderNodeType(handle))
            precedingTextEndLine = currentTextEndLine
            currentTextEndLine = kind == .text ? textEndLine() : nil
            return true
        }
        kind = .other
        if status == 0 { return false }
        throw InputError.xmlNotWellFormed(file: displayName, XMLDiagnostic(
            kind: .fatal, code: 0, line: Int(xmlTextReaderGetParserLineNumber(handle)),
            message: "libxml2 stopped reading without giving a reason"))
    }

    // MARK: - The current node

    /// The current node's kind (set by each move).
    private(set) var kind: XMLNodeKind = .other

    /// 0 for the root element.
    var depth: Int { Int(xmlTextReaderDepth(handle)) }

    /// The local name (namespace prefix dropped).
    var localName: String {
        xmlTextReaderConstLocalName(handle).map { String(cString: $0) } ?? ""
    }

    /// A name met before, with a number that is the same for every occurrence of the same name (until
    /// ``forgetNamesIfMany()``).
    struct InternedName {
        /// Equal numbers mean equal names, so a record's children are counted by number, not by hashing the name.
        let id: Int
        let string: String
    }

    /// Names by the pointer libxml2 gives for them. The reader's parser keeps element and attribute names in its
    /// dictionary (`dictNames`), so the same name comes back as the same pointer and is turned into a `String` once per
    /// document instead of once per node. A hit is still checked with `strcmp` (a few instructions on a short name):
    /// a pointer libxml2 did not take from its dictionary could be freed and reused for another name.
    ///
    /// Why (callgrind, validate 2,000 wide XML rows): `String(cString:)` per element and hashing its Chinese name in the
    /// record builder's child counts (Swift normalises non-ASCII strings before hashing) were 13% of all instructions.
    private var namesByPointer: [UnsafePointer<UInt8>: InternedName] = [:]
    private var namesByText: [String: Int] = [:]
    /// Beyond this many distinct names (a hostile file), the tables are emptied between records.
    static let internedNameLimit = 65_536

    /// The current node's local name, interned.
    var internedLocalName: InternedName {
        guard let pointer = xmlTextReaderConstLocalName(handle) else { return intern("") }
        if let known = namesByPointer[pointer],
           known.string.withCString({ strcmp($0, UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)) }) == 0 {
            return known
        }
        let name = intern(String(cString: pointer))
        namesByPointer[pointer] = name
        return name
    }

    private func intern(_ string: String) -> InternedName {
        if let id = namesByText[string] { return InternedName(id: id, string: string) }
        let id = namesByText.count
        namesByText[string] = id
        return InternedName(id: id, string: string)
    }

    /// Empties the name tables when a hostile document has filled them; called between records, where no number
    /// handed out is still in use. `true` when it did: numbers handed out before mean nothing now.
    @discardableResult
    func forgetNamesIfMany() -> Bool {
        guard namesByText.count > Self.internedNameLimit else { return false }
        namesByPointer = [:]
        namesByText = [:]
        return true
    }

    /// `<a/>`: the reader reports no end element for it.
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(handle) == 1 }

    /// Calls `body` with the current text node's UTF-8 bytes (valid until the next move).
    func withValueBytes(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let value = xmlTextReaderConstValue(handle) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        body(UnsafeBufferPointer(start: value, count: strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))))
    }

    /// The current element's attributes in source order, as (local name, value); namespace declarations and
    /// `xsi:` attributes (schema hints, not data) left out.
    ///
    /// Throws when a value refers to an entity declared in the DTD (`a="&x;"`): libxml2 keeps such a reference as a
    /// child of the attribute and would expand it when the value is asked for — a substitution the reader refuses
    /// in text, and a "quadratic blow-up" (10,000 references to a 100 KB entity: a gigabyte from 150 KB of file,
    /// which libxml2 cut short with a message on stderr and an empty value) when asked for. Found by
    /// Hostile/HostileMarkupTests. Predefined entities (`&amp;`) and character references are not entity nodes.
    func attributes() throws(InputError) -> [(name: String, value: String)] {
        guard xmlTextReaderHasAttributes(handle) == 1 else { return [] }
        let line = elementLine
        var result: [(name: String, value: String)] = []
        while xmlTextReaderMoveToNextAttribute(handle) == 1 {
            if xmlTextReaderIsNamespaceDecl(handle) == 1 { continue }
            if let namespace = xmlTextReaderConstNamespaceUri(handle),
               String(cString: namespace) == "http://www.w3.org/2001/XMLSchema-instance" { continue }
            var child = xmlTextReaderCurrentNode(handle)?.pointee.children
            while let node = child {
                if node.pointee.type == XML_ENTITY_REF_NODE {
                    let entity = node.pointee.name.map { String(cString: $0) } ?? ""
                    xmlTextReaderMoveToElement(handle)
                    throw InputError.xmlEntityReference(file: displayName, line: line, name: entity)
                }
                child = node.pointee.next
            }
            let name = xmlTextReaderConstLocalName(handle).map { String(cString: $0) } ?? ""
            let value = xmlTextReaderConstValue(handle).map { String(cString: $0) } ?? ""
            result.append((name, value))
        }
        xmlTextReaderMoveToElement(handle)
        return result
    }

    /// The 1-based line where the current element's start tag begins (its `<`).
    ///
    /// Not `xmlTextReaderGetParserLineNumber`: that is where the *parser* is, and it runs ahead of the reader's node
    /// by up to a 512-byte push chunk plus the next node (measured: up to 15 lines ahead in records.xml). libxml2
    /// stores a line in each element, but it is the line where the start tag *ends* (after its attributes), and only
    /// up to 65,534. Text nodes keep theirs past that (`XML_PARSE_BIG_LINES`), and text is handed over when it ends,
    /// at the next `<`: so when text comes right before the element, as indentation does in any pretty-printed file,
    /// the line where it ends is where the element starts.
    var elementLine: Int {
        if let line = precedingTextEndLine { return line }
        guard let node = xmlTextReaderCurrentNode(handle) else { return lastLine }
        let stored = Int(node.pointee.line)
        guard stored > 0 && stored < 65535 else { return lastLine }
        lastLine = max(lastLine, stored)
        return stored
    }

    /// The line libxml2 has reached in the text read so far: where the last text node ended. At an end element this is
    /// the line of its end tag in any indented file.
    var lineReached: Int { lastLine }

    /// The line where the current text node ends, when libxml2 recorded one (not for CDATA).
    private func textEndLine() -> Int? {
        guard let node = xmlTextReaderCurrentNode(handle) else { return nil }
        let line = xmlGetLineNo(node)  // honours XML_PARSE_BIG_LINES for text nodes
        guard line > 0 else { return nil }
        lastLine = max(lastLine, line)
        return line
    }
}

extension XMLSchemaSource {
    /// How messages name the schema.
    var displayName: String {
        switch self {
        case .file(let path): return path
        case .standard: return "gov-integrity-\(StandardInfo.version).xsd"
        }
    }
}
