/// Reads the records of an XML file, one at a time, on libxml2's streaming reader (PLATFORM §1): memory is one
/// record plus libxml2's few buffers, whatever the file's size.
///
/// Where the records are: ``XMLReaderOptions/recordPath`` names the elements from the root down to the record
/// element (a provincial export, SPEC §6); without one, every child element of the root is a record named after its
/// category (the canonical form). Elements off that path — headers such as `<报送单位>` beside the record list — are
/// skipped whole. Names are matched without namespace.
///
/// Each record element becomes a ``SourceRecord``: `kind` is its local name; one field per leaf element (text exactly
/// as written, CDATA included; `.null` when empty) and per attribute (`["@编号"]`, `["主体", "@类型"]`), paths relative
/// to the record, repeated elements giving repeated fields in order. Comments and processing instructions are
/// ignored. A record is `.malformed` when an element mixes text with child elements or exceeds a cap; what the
/// optional XSD finds inside it travels with the record as findings (`xml.schema`, located by libxml2's line).
///
/// Reading stops with an ``InputError`` (line and libxml2's message) when the document is not well-formed, holds
/// bytes in no accepted encoding, nests deeper than ``XMLReaderOptions/maximumDepth``, refers to a DTD entity, breaks
/// the XSD outside every record, or has no element on the record path at all.
final class XMLRecordReader: RecordReader {
    private let stream: LibXMLTextReader
    private let displayName: String
    private let fileLocation: SourceLocation
    private let options: XMLReaderOptions
    /// The elements above the current position that lead towards records (the root first).
    private var containers: [Container] = []
    private var recordCount = 0
    /// How many elements the last record had: the next one's arrays are reserved at that size, since the records of
    /// one file mostly share a layout (their growth was a visible share of the record builder's allocations).
    private var lastRecordElements = 0
    /// The last record's ``XMLRecordBuilder/layoutSignature()`` and the layout identity given to it: records of one
    /// export mostly share a layout, and a mapper that knows the identity need not compare every path of every record
    /// (the comparison took reference counts on names that the reading thread and every worker share, perf).
    private var lastSignature: [Int] = []
    private var lastLayout = SourceLayoutID.next()
    /// Whether the current node has been looked at (the next move reads on) or is still to be handled (after a skip,
    /// the reader already stands on the node that follows the skipped subtree).
    private var pendingNode = false
    private var finished = false
    /// Whether the element that holds records was found, and whether it held elements that are not records.
    private var recordParentSeen = false
    private var strangerInRecordParent = false

    /// An open element on the way to the records, with its children counted by name for element paths.
    private struct Container {
        let step: String
        var childCounts: [String: Int] = [:]
    }

    init(path: String, displayName: String, options: XMLReaderOptions) throws(InputError) {
        try options.validate(file: displayName)
        self.displayName = displayName
        self.fileLocation = SourceLocation(file: displayName, record: 0, line: 0)
        self.options = options
        self.stream = try LibXMLTextReader(path: path == "-" ? "/dev/stdin" : path, displayName: displayName,
                                           encoding: options.encoding, schema: options.schema)
    }

    /// A record read to its end whose fields are not made yet: its element paths and ``SourceField``s are made by
    /// ``finished()``, on whichever thread calls it. A conversion's workers call it: making them took 15% of the
    /// reading thread (callgrind, 5,000 wide rows), which bounds an XML conversion (perf, 100,000 rows: the reading
    /// thread was 77% busy, each worker 30%).
    struct UnfinishedRecord: Sendable {
        fileprivate var builder: XMLRecordBuilder
        fileprivate let name: String
        fileprivate let elementPath: String
        fileprivate let location: SourceLocation
        fileprivate let layout: SourceLayoutID?

        /// The record, or the findings that make it malformed.
        consuming func finished() -> ReaderItem {
            switch builder.finish(recordElementPath: elementPath, location: location) {
            case .fields(let fields):
                return .record(SourceRecord(kind: name, fields: fields, location: location, layout: layout))
            case .malformed(let findings):
                return .malformed(location, findings)
            }
        }
    }

    /// What ``nextItem()`` yields: a record or the findings that reject it, or a record whose fields are not made yet.
    enum Item: Sendable {
        case ready(ReaderItem)
        case unfinished(UnfinishedRecord)

        /// The item, fields made.
        consuming func finished() -> ReaderItem {
            switch consume self {
            case .ready(let item): return item
            case .unfinished(let record): return record.finished()
            }
        }
    }

    /// The next record, or `nil` at the end of the document.
    func next() throws(InputError) -> ReaderItem? {
        try nextItem()?.finished()
    }

    /// The next record, its fields perhaps not made yet (with an XML Schema they are made here: its findings are
    /// matched to the fields), or `nil` at the end of the document.
    func nextItem() throws(InputError) -> Item? {
        while !finished {
            guard try advance() else {
                try finishDocument()
                return nil
            }
            switch stream.kind {
            case .element:
                if let item = try element() { return item }
            case .endElement:
                if stream.depth < containers.count { containers.removeLast() }
            case .entityReference:
                throw InputError.xmlEntityReference(file: displayName, line: stream.lineReached, name: stream.localName)
            case .text, .other:
                continue  // text beside the records is not read; comments and the like never are
            }
        }
        return nil
    }

    private func advance() throws(InputError) -> Bool {
        if pendingNode {
            pendingNode = false
            return true
        }
        return try stream.read()
    }

    // MARK: - Outside records

    private enum Role {
        case container
        case record
        case skipped
    }

    /// Handles an element outside every record: a step towards records, a record, or something to skip.
    private func element() throws(InputError) -> Item? {
        let depth = stream.depth
        let name = stream.localName
        let line = stream.elementLine
        try checkDepth(depth, line: line)
        let role = role(of: name, depth: depth)
        let recordDepth = (options.recordPath?.count ?? 2) - 1
        if depth == recordDepth - 1 && role == .container { recordParentSeen = true }
        if depth == recordDepth && role == .skipped { strangerInRecordParent = true }
        var ordinal = 1
        if depth > 0 {
            ordinal += containers[depth - 1].childCounts[name] ?? 0
            containers[depth - 1].childCounts[name] = ordinal
        }
        // Records are always numbered (they repeat by nature); a step towards them only when it repeats.
        let step = role == .record || ordinal > 1 ? "\(name)[\(ordinal)]" : name
        let parentPath = containers.last.map(\.step) ?? ""
        switch role {
        case .container:
            if !stream.isEmptyElement { containers.append(Container(step: parentPath + "/" + step)) }
            return nil
        case .skipped:
            pendingNode = try stream.skipSubtree()
            if !pendingNode { try finishDocument() }
            return nil
        case .record:
            return try record(name: name, line: line, elementPath: parentPath + "/" + step, depth: depth)
        }
    }

    private func role(of name: String, depth: Int) -> Role {
        guard let recordPath = options.recordPath else { return depth == 0 ? .container : .record }
        guard depth < recordPath.count, recordPath[depth] == name else { return .skipped }
        return depth == recordPath.count - 1 ? .record : .container
    }

    private func finishDocument() throws(InputError) {
        finished = true
        // What the XSD found after the last record (the root's end, trailing elements) lies outside every record.
        let (rest, _) = stream.context.takeSchemaDiagnostics(through: Int.max)
        if let first = rest.first { throw InputError.xmlSchemaOutsideRecords(file: displayName, first) }
        // An empty record list is an empty export; a list holding only other elements, or no list, is a wrong path.
        let parentSeen = recordParentSeen || options.recordPath?.count == 1
        if recordCount == 0, let recordPath = options.recordPath, !parentSeen || strangerInRecordParent {
            throw InputError.xmlNoRecordPathMatch(file: displayName, recordPath: recordPath)
        }
    }

    private func checkDepth(_ depth: Int, line: Int) throws(InputError) {
        if depth + 1 > options.maximumDepth {
            throw InputError.xmlTooDeep(file: displayName, line: line, limit: options.maximumDepth)
        }
    }

    // MARK: - One record

    /// Reads the record element the reader stands on, to its end.
    private func record(name: String, line: Int, elementPath: String, depth recordDepth: Int) throws(InputError) -> Item {
        recordCount += 1
        let location = fileLocation.at(record: recordCount, line: line, elementPath: elementPath)
        var builder = XMLRecordBuilder(recordName: name, line: line, attributes: try stream.attributes(),
                                       maximumBytes: options.maximumRecordBytes, maximumFields: options.maximumFields,
                                       expectedElements: lastRecordElements)
        // Between records: no name number of the last record is in use any more.
        if stream.forgetNamesIfMany() { lastSignature = [] }
        if !stream.isEmptyElement {
            walk: while true {
                guard try stream.read() else { break walk }  // the end tag is missing: libxml2 has said so already
                switch stream.kind {
                case .element:
                    let line = stream.elementLine
                    try checkDepth(stream.depth, line: line)
                    let attributes = builder.isKeeping ? try stream.attributes() : []
                    builder.openElement(name: stream.internedLocalName, line: line, attributes: attributes)
                    if stream.isEmptyElement { builder.closeElement() }
                case .endElement:
                    if stream.depth == recordDepth { break walk }
                    builder.closeElement()
                case .text:
                    stream.withValueBytes { builder.appendText($0) }
                case .entityReference:
                    throw InputError.xmlEntityReference(file: displayName, line: stream.lineReached, name: stream.localName)
                case .other:
                    continue
                }
            }
        }
        let endLine = max(stream.lineReached, line)
        lastRecordElements = builder.elementCount
        let layout: SourceLayoutID?
        if let signature = builder.layoutSignature() {
            if signature != lastSignature {
                lastSignature = signature
                lastLayout = SourceLayoutID.next()
            }
            layout = lastLayout
        } else {
            layout = nil
        }
        guard options.schema != nil else {
            return .unfinished(UnfinishedRecord(builder: builder, name: name, elementPath: elementPath, location: location,
                                                layout: layout))
        }
        let content = builder.finish(recordElementPath: elementPath, location: location)
        let schemaFindings = try schemaFindings(location: location, through: endLine, content: content)
        switch content {
        case .fields(let fields):
            // Schema problems travel with the record: it is still mapped and validated, so the clerk sees the
            // standard's own findings beside libxml2's.
            return .ready(.record(SourceRecord(kind: name, fields: fields, location: location, findings: schemaFindings,
                                               layout: layout)))
        case .malformed(let findings):
            return .ready(.malformed(location, findings + schemaFindings))
        }
    }

    // MARK: - Schema findings

    /// Findings per record beyond which the rest are summed up in one: the record is rejected either way.
    static let schemaFindingLimit = 100

    /// The XSD's problems on lines `location.line ... endLine`, as findings on this record. libxml2 validates as it
    /// parses and says only the line, so a problem is the record's when its line is; one before the record's first
    /// line is outside every record.
    private func schemaFindings(location: SourceLocation, through endLine: Int, content: XMLRecordContent) throws(InputError) -> [Finding] {
        guard options.schema != nil else { return [] }
        let (diagnostics, uncounted) = stream.context.takeSchemaDiagnostics(through: endLine)
        if let outside = diagnostics.first(where: { $0.line < location.line }) {
            throw InputError.xmlSchemaOutsideRecords(file: displayName, outside)
        }
        var fieldsByLine: [Int: [SourceField]] = [:]
        if case .fields(let fields) = content {
            for field in fields where field.path.last?.hasPrefix("@") == false {
                fieldsByLine[field.position.line, default: []].append(field)
            }
        }
        var findings: [Finding] = []
        for diagnostic in diagnostics.prefix(Self.schemaFindingLimit) {
            let field = Self.field(named: diagnostic.message, among: fieldsByLine[diagnostic.line] ?? [])
            var place = location
            place.line = diagnostic.line
            place.elementPath = field?.position.elementPath ?? location.elementPath
            findings.append(Finding(rule: .xmlSchema, path: field?.path.joined(separator: ".") ?? "",
                                    location: place, parameters: [
                                        "line": String(diagnostic.line), "code": String(diagnostic.code),
                                        "detail": Self.detail(diagnostic.message)]))
        }
        let more = diagnostics.count - findings.count + uncounted
        if more > 0 {
            findings.append(Finding(rule: .xmlSchema, path: "", location: location, parameters: [
                "line": String(location.line), "code": "-",
                "detail": "\(more) more schema errors in this record are not listed"]))
        }
        return findings
    }

    /// libxml2's message, shorter: `{urn:…}` namespace names dropped (every element of the document has the same one),
    /// and cut, since it may quote a value of any length.
    static func detail(_ message: String) -> String {
        var result = ""
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                  !rest[open..<close].contains(" "), rest[open..<close].contains(":") else {
                result += "{"
                rest = rest[rest.index(after: open)...]
                continue
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result.count > 400 ? String(result.prefix(400)) + "…" : result
    }

    /// The field a libxml2 message is about: on the same line, and named as `Element '{namespace}name'` or
    /// `Element 'name'` (a message about the record element, such as a missing child, names no field).
    private static func field(named message: String, among fields: [SourceField]) -> SourceField? {
        fields.first { field in
            guard let name = field.path.last else { return false }
            return message.contains("Element '\(name)'") || message.contains("}\(name)'")
        }
    }
}
