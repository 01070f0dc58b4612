/// Streams the records of a YAML data file (SPEC §6) through libyaml's event API: one record mapping is built
/// at a time, the rest of the document is read past, so memory does not grow with the file (PLATFORM.md §2).
///
/// Where the records are (``YAMLReaderOptions/recordPath``):
/// - empty path: each document's root is a sequence of record mappings, or is itself one record mapping (a
///   stream of `---` documents, one record each, or each a sequence); an empty document holds no record;
/// - a key path such as `["数据", "案件"]`: the value at that path in each document is the sequence of records
///   (or null: none). Other keys are read past. A document without the path is an error, not an empty file:
///   a wrong profile must not look like a file with no records.
///
/// Values stay text (see ``YAMLRecordFlattener``). Record numbers count from 1 across the stream; the record's
/// `elementPath` is its key path inside its document (`数据.案件[12]`, `[3]`, or none for a document-root
/// record), with sequence indexes from 0. Anchors and aliases are resolved (see ``YAMLComposer``); `<<` merge keys
/// are refused with a finding. Tags are ignored.
///
/// Throws ``InputError`` when the file stops being readable: a syntax error, undecodable bytes, a limit that
/// protects the reader (depth, alias expansion, scalar length), a record path that is not there.
struct YAMLRecordReader: RecordReader {
    private enum Place {
        /// Between documents.
        case stream
        /// At a document's root node.
        case document(line: Int)
        /// Inside the mapping at `recordPath[..<level]`, looking for the key `recordPath[level]`.
        case pathMapping(level: Int, seen: Bool)
        /// Inside the sequence of records.
        case records(elementPath: String, next: Int)
    }

    private let parser: YAMLFileEvents
    private var composer: YAMLComposer
    private let options: YAMLReaderOptions
    private let displayName: String
    private let fileLocation: SourceLocation
    private var places: [Place] = [.stream]
    private var recordCount = 0
    private var recordsFoundInDocument = false
    private var finished = false
    private var stopped: InputError?
    /// The paths of the last flat record's keys, in order (shared by the records that follow it).
    private var lastLayout = FlatLayout(paths: [], id: .next())
    /// Storage for ``flatRecord(at:elementPath:)``'s events, reused.
    private var readAheadStorage: [YAMLEvent] = []

    /// The keys of a flat record, in order: the layout that records with these keys share (``SourceRecord/layout``).
    private struct FlatLayout {
        /// One path of one key per field: `[key]`.
        let paths: [[String]]
        let id: SourceLayoutID

        var count: Int { paths.count }

        /// The key at `index`.
        func key(_ index: Int) -> String { paths[index][0] }

        /// Whether `key` is, byte for byte, the key at `index`.
        func hasKey(_ key: String, at index: Int) -> Bool {
            index < paths.count && self.key(index).hasSameUTF8(as: key)
        }
    }

    init(path: String, displayName: String, options: YAMLReaderOptions = YAMLReaderOptions()) throws(InputError) {
        self.parser = try YAMLFileEvents(path: path, displayName: displayName, encoding: options.encoding,
                                         maximumScalarBytes: options.maximumScalarBytes,
                                         scans: options.scansBlockSequences && options.recordPath.isEmpty)
        self.composer = YAMLComposer(limits: options.limits, file: displayName)
        self.options = options
        self.displayName = displayName
        self.fileLocation = SourceLocation(file: displayName, record: 0, line: 0)
    }

    /// Collections open around the current event.
    private var depth: Int { places.count - 2 }

    mutating func next() throws(InputError) -> ReaderItem? {
        if let stopped { throw stopped }
        guard !finished else { return nil }
        do {
            return try step()
        } catch {
            stopped = error  // the file stays unreadable: the same error again, never a half-read state
            throw error
        }
    }

    private mutating func step() throws(InputError) -> ReaderItem? {
        while true {
            let event = try parser.next()
            switch places[places.count - 1] {
            case .stream:
                switch event.kind {
                case .documentStart:
                    composer.beginDocument()
                    recordsFoundInDocument = false
                    places.append(.document(line: event.line))
                case .streamEnd:
                    finished = true
                    return nil
                default:
                    continue
                }
            case .document(let line):
                if event.kind == .documentEnd {
                    places.removeLast()
                    if !options.recordPath.isEmpty && !recordsFoundInDocument {
                        throw InputError.yamlRecordPath(displayName, line: line,
                            zh: "文档中没有键路径 \(pathText(options.recordPath.count))",
                            en: "the document has no key path \(pathText(options.recordPath.count))")
                    }
                    continue
                }
                if let item = try enterDocument(event) { return item }
            case .pathMapping(let level, let seen):
                if event.kind == .mappingEnd {
                    places.removeLast()
                    continue
                }
                try followPath(key: event, level: level, seen: seen)
            case .records(let elementPath, let index):
                if event.kind == .sequenceEnd {
                    places.removeLast()
                    continue
                }
                places[places.count - 1] = .records(elementPath: elementPath, next: index + 1)
                return try record(startingWith: event, elementPath: "\(elementPath)[\(index)]")
            }
        }
    }

    /// The root node of a document: records, the way to them, or one record.
    private mutating func enterDocument(_ event: YAMLEvent) throws(InputError) -> ReaderItem? {
        if !options.recordPath.isEmpty {
            if event.kind == .mappingStart {
                if let anchor = event.anchor { composer.refuseAnchor(anchor, line: event.line) }
                places.append(.pathMapping(level: 0, seen: false))
                return nil
            }
            // Anything else has no key path: read past it; the document end reports the missing path.
            _ = try composer.compose(event, from: parser, depth: depth, budget: nil)
            return nil
        }
        switch event.kind {
        case .sequenceStart:
            if let anchor = event.anchor { composer.refuseAnchor(anchor, line: event.line) }
            places.append(.records(elementPath: "", next: 0))
            return nil
        case .scalar where YAMLNode.isNull(event.text, plain: event.plain):
            return nil  // an empty document (`---` alone, a trailing `---`)
        default:
            return try record(startingWith: event, elementPath: "")
        }
    }

    /// One key of a mapping on the way to the records, and its value.
    private mutating func followPath(key: YAMLEvent, level: Int, seen: Bool) throws(InputError) {
        let keyText: String?
        if key.kind == .scalar {
            keyText = key.text
        } else {
            // An alias may name a key; a collection as a key is no path component (built only to be read past).
            let node = try composer.compose(key, from: parser, depth: depth,
                                            budget: YAMLBudget(bytes: options.limits.maximumAnchorBytes))
            keyText = node?.string
        }
        let value = try parser.next()
        guard keyText == options.recordPath[level] else {
            _ = try composer.compose(value, from: parser, depth: depth, budget: nil)
            return
        }
        let here = pathText(level + 1)
        guard !seen else {
            throw InputError.yamlRecordPath(displayName, line: key.line,
                zh: "键 \(here) 重复出现", en: "the key \(here) occurs twice")
        }
        places[places.count - 1] = .pathMapping(level: level, seen: true)
        let last = level == options.recordPath.count - 1
        switch value.kind {
        case .sequenceStart where last:
            guard depth + 1 <= options.limits.maximumDepth else {
                throw InputError.yamlTooDeep(displayName, line: value.line, limit: options.limits.maximumDepth)
            }
            if let anchor = value.anchor { composer.refuseAnchor(anchor, line: value.line) }
            recordsFoundInDocument = true
            places.append(.records(elementPath: here, next: 0))
        case .scalar where last && YAMLNode.isNull(value.text, plain: value.plain):
            recordsFoundInDocument = true  // `案件: ~` or `案件:` — explicitly no records
        case .mappingStart where !last:
            guard depth + 1 <= options.limits.maximumDepth else {
                throw InputError.yamlTooDeep(displayName, line: value.line, limit: options.limits.maximumDepth)
            }
            if let anchor = value.anchor { composer.refuseAnchor(anchor, line: value.line) }
            places.append(.pathMapping(level: level + 1, seen: false))
        default:
            let expected = last ? ("记录列表（序列）", "a sequence of records") : ("键值映射", "a mapping")
            throw InputError.yamlRecordPath(displayName, line: value.line,
                zh: "\(here) 的值应为\(expected.0)\(value.kind == .alias ? "，且须直接写出，不能是别名" : "")",
                en: "the value of \(here) must be \(expected.1)\(value.kind == .alias ? ", written out (not an alias)" : "")")
        }
    }

    private func pathText(_ count: Int) -> String {
        options.recordPath.prefix(count).joined(separator: ".")
    }

    /// Builds the record whose first event is `event` and turns it into fields or findings.
    private mutating func record(startingWith event: YAMLEvent, elementPath: String) throws(InputError) -> ReaderItem {
        recordCount += 1
        let location = fileLocation.at(record: recordCount, line: event.line, column: event.column,
                                      elementPath: elementPath.isEmpty ? nil : elementPath)
        let budget = YAMLBudget(bytes: options.maximumRecordBytes)
        let node: YAMLNode?
        if options.readsFlatRecordsDirectly && event.kind == .mappingStart && event.anchor == nil
            && depth + 1 <= options.limits.maximumDepth {
            switch try flatRecord(at: location, elementPath: elementPath) {
            case .read(let item):
                return item
            case .unfinished(let readAhead):
                node = try composer.compose(event, from: YAMLReplayedEvents(readAhead, then: parser), depth: depth,
                                            budget: budget)
            }
        } else {
            node = try composer.compose(event, from: parser, depth: depth, budget: budget)
        }
        let issues = composer.takeIssues()
        try parser.checkDecoded(throughLine: parser.lastEventEndLine)
        guard let node, !budget.exceeded else {
            return .malformed(location, [Finding(rule: .inputRecordTooLarge, path: "", location: location,
                                                 parameters: ["limit": String(options.maximumRecordBytes)])])
        }
        guard case .mapping(let entries, _) = node else {
            let found = node.kindName
            return .malformed(location, [Finding(rule: .inputNotObject, path: "", location: location,
                                                 parameters: ["found": found.en, "found_zh": found.zh])])
        }
        var flattener = YAMLRecordFlattener(location: location)
        flattener.flatten(entries, elementPath: elementPath)
        let findings = issues.map { finding(for: $0, in: location) } + flattener.findings
        guard findings.isEmpty else { return .malformed(location, findings) }
        return .record(SourceRecord(kind: nil, fields: flattener.fields, location: location))
    }

    private enum FlatRecordRead {
        /// The record, or the findings that reject it.
        case read(ReaderItem)
        /// Not a flat record: the events after its `mappingStart`, read so far, for the composer.
        case unfinished([YAMLEvent])
    }

    /// A record mapping whose keys and values are all scalars without anchors (nearly every record of an export),
    /// read straight from the events into fields: the same item as composing the mapping and flattening it (a test
    /// compares them), without a node tree. Composing and flattening were a third of the reading thread, and that
    /// thread bounds a YAML conversion (perf, 100,000 records: it was 85% busy, each worker 35%).
    ///
    /// Anything else hands the events read so far back for the composer: a nested value, an alias, an anchor (it
    /// must be stored for later aliases), a `<<` merge key, a record past its size budget.
    private mutating func flatRecord(at location: SourceLocation, elementPath: String) throws(InputError) -> FlatRecordRead {
        // The events are kept only to hand back; the list's storage is kept from record to record.
        var readAhead = readAheadStorage
        readAheadStorage = []
        readAhead.removeAll(keepingCapacity: true)
        defer { readAheadStorage = readAhead }
        var fields: [SourceField] = []
        fields.reserveCapacity(lastLayout.count)
        var findings: [Finding] = []
        // The budget the composer would charge: the mapping and each key and value as a node, plus their text.
        var bytesLeft = options.maximumRecordBytes - YAMLComposer.nodeCost
        // While the keys are those of the last record's layout, in its order, they are distinct (that record's
        // were); from the first other key on, keys are compared as the flattener does (``SeenKeys``).
        var followsLayout = true
        var seen = SeenKeys(capacity: 0)
        var keyCount = 0
        while true {
            let key = try parser.next()
            if key.kind == .mappingEnd { break }
            readAhead.append(key)
            guard key.kind == .scalar, key.anchor == nil, !(key.plain && key.text == "<<") else { return .unfinished(readAhead) }
            let value = try parser.next()
            readAhead.append(value)
            guard value.kind == .scalar, value.anchor == nil else { return .unfinished(readAhead) }
            bytesLeft -= key.text.utf8.count + value.text.utf8.count + 2 * YAMLComposer.nodeCost
            guard bytesLeft >= 0 else { return .unfinished(readAhead) }

            let index = keyCount
            keyCount += 1
            if followsLayout && !lastLayout.hasKey(key.text, at: index) {
                followsLayout = false
                seen = SeenKeys(capacity: lastLayout.count)
                for earlier in 0..<index { _ = seen.insert(lastLayout.key(earlier)) }
            }
            let fieldElementPath = elementPath.isEmpty ? key.text : elementPath + "." + key.text
            if !followsLayout && !seen.insert(key.text) {
                var at = location
                at.line = key.line
                at.elementPath = fieldElementPath
                findings.append(Finding(rule: .inputDuplicateKey, path: key.text, location: at))
                continue
            }
            let path = followsLayout ? lastLayout.paths[index] : [key.text]
            fields.append(SourceField(path: path, value: YAMLNode.isNull(value.text, plain: value.plain) ? .null : .text(value.text),
                                      position: ValuePosition(line: value.line, elementPath: fieldElementPath)))
        }
        try parser.checkDecoded(throughLine: parser.lastEventEndLine)
        guard findings.isEmpty else { return .read(.malformed(location, findings)) }
        if !followsLayout || keyCount != lastLayout.count {
            lastLayout = FlatLayout(paths: fields.map(\.path), id: .next())
        }
        return .read(.record(SourceRecord(kind: nil, fields: fields, location: location, layout: lastLayout.id)))
    }

    private func finding(for issue: YAMLKeyIssue, in record: SourceLocation) -> Finding {
        var at = record
        at.line = issue.line
        at.column = issue.column
        let detail: (zh: String, en: String)
        switch issue.kind {
        case .mergeKey:
            detail = ("不支持 YAML 合并键 <<，请把键逐个写出", "YAML merge keys (<<) are not supported; write the keys out")
        case .complexKey:
            detail = ("键必须是单个值，不能是列表或映射", "a key must be a single value, not a list or a mapping")
        }
        return Finding(rule: .inputSyntax, path: "", location: at,
                       parameters: ["column": String(issue.column), "detail_zh": detail.zh, "detail_en": detail.en])
    }
}
