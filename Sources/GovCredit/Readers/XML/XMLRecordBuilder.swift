/// Collects the fields of one record element as ``XMLRecordReader`` walks its subtree: one ``SourceField`` per leaf
/// element (its text, `.null` when empty) and per attribute, in document order, with paths relative to the record.
///
/// Element paths are made when the record is complete, so that a repeated element gets its index (`dishonestyId[2]`)
/// and a single one none (`complainant/uscc`) — streaming alone cannot know whether a second one follows.
/// Caps: ``XMLReaderOptions/maximumRecordBytes`` and ``XMLReaderOptions/maximumFields``; past either, what was
/// collected is dropped and the rest of the record is only walked through.
struct XMLRecordBuilder {
    /// One element of the record; index 0 is the record element itself.
    private struct Element {
        let parent: Int
        let name: String
        /// The name's number (``LibXMLTextReader/InternedName``); -1 for the record element.
        let nameID: Int
        /// 1-based position among the parent's children of the same name.
        let ordinal: Int
        /// Whether the parent has more than one child of this name (then the element path gives the ordinal).
        var isRepeated = false
    }

    /// An element whose end has not been seen yet.
    private struct OpenElement {
        let id: Int
        let line: Int
        /// About how long the element's paths will be (names plus separators and index), to charge them to the cap.
        var pathBytes = 0
        /// Children so far by name number (``LibXMLTextReader/InternedName``): how many, and the index of the first
        /// (marked repeated when a second comes). Keyed by number, not name: hashing a Chinese name (Swift normalises
        /// it first) cost about 6,000 instructions per element, 12% of validating 2,000 wide XML rows (callgrind).
        /// Searched linearly (an element has few distinct child names; a dictionary per element, growing as it
        /// filled, was still 3% of validating 10,000 canonical XML records), with an index once there are many.
        var children: [(name: Int, count: Int, first: Int)] = []
        /// Position in `children` by name number, once there are more than ``linearChildLimit``.
        var childIndex: [Int: Int] = [:]
        var hasChildren = false
        /// The element's text while it has no child elements, when it came in more than one text node.
        var text: [UInt8] = []
        /// The element's text when it came in one text node (the usual case): made into a `String` straight from
        /// libxml2's buffer, without a byte array in between.
        var singleText: String?
        /// Whether `text` holds more than white space.
        var textIsSignificant = false
        /// Text other than white space beside child elements (the start of it, for the finding).
        var mixedText: String?
    }

    private struct PendingField {
        let element: Int
        /// `nil` for the element's own text.
        let attribute: String?
        let value: SourceValue
        let line: Int
    }

    private enum Overflow {
        case bytes
        case fields
    }

    private let maximumBytes: Int
    private let maximumFields: Int
    private var elements: [Element]
    private var open: [OpenElement]
    private var fields: [PendingField] = []
    private var bytes = 0
    private var overflow: Overflow?
    /// Elements that mix text and child elements: (element index, start of the text).
    private var mixed: [(element: Int, text: String)] = []

    /// Mixed-content findings kept per record; a hostile record could otherwise produce one per element.
    static let mixedFindingLimit = 100

    /// `expectedElements`: about how many elements the record will have (the previous record's count), to reserve.
    init(recordName: String, line: Int, attributes: [(name: String, value: String)], maximumBytes: Int, maximumFields: Int,
         expectedElements: Int = 0) {
        self.maximumBytes = maximumBytes
        self.maximumFields = maximumFields
        elements = []
        let reserved = min(expectedElements, 1024)
        elements.reserveCapacity(reserved)
        fields.reserveCapacity(reserved)
        elements.append(Element(parent: -1, name: recordName, nameID: -1, ordinal: 1, isRepeated: false))
        open = [OpenElement(id: 0, line: line)]
        addAttributes(attributes, element: 0, line: line)
    }

    /// Distinct child names searched linearly; beyond, by a dictionary (a hostile element with thousands of
    /// differently named children would make the search quadratic).
    static let linearChildLimit = 32

    private func childPosition(of name: Int, in top: Int) -> Int? {
        if open[top].children.count > Self.linearChildLimit { return open[top].childIndex[name] }
        return open[top].children.firstIndex { $0.name == name }
    }

    /// Whether everything is still kept (no cap reached).
    var isKeeping: Bool { overflow == nil }

    /// How many elements the record has so far (the record element included).
    var elementCount: Int { elements.count }

    mutating func openElement(name interned: LibXMLTextReader.InternedName, line: Int, attributes: [(name: String, value: String)]) {
        guard overflow == nil else { return }
        let name = interned.string
        // In place (no copy of the open element): this runs for every element of every record.
        let top = open.count - 1
        if !open[top].hasChildren {
            open[top].hasChildren = true
            if open[top].textIsSignificant {
                if let single = open[top].singleText {
                    open[top].mixedText = Self.excerpt(single.utf8)
                } else {
                    open[top].mixedText = Self.excerpt(open[top].text[...])
                }
            }
            open[top].text = []  // white space between child elements is layout, not a value
            open[top].singleText = nil
        }
        let id = elements.count
        let ordinal: Int
        if let known = childPosition(of: interned.id, in: top) {
            ordinal = open[top].children[known].count + 1
            open[top].children[known].count = ordinal
            elements[open[top].children[known].first].isRepeated = true
        } else {
            ordinal = 1
            if open[top].children.isEmpty { open[top].children.reserveCapacity(8) }
            open[top].children.append((interned.id, 1, id))
            let count = open[top].children.count
            if count > Self.linearChildLimit {
                if count == Self.linearChildLimit + 1 {
                    for (position, child) in open[top].children.enumerated() { open[top].childIndex[child.name] = position }
                } else {
                    open[top].childIndex[interned.id] = count - 1
                }
            }
        }
        elements.append(Element(parent: open[top].id, name: name, nameID: interned.id, ordinal: ordinal, isRepeated: ordinal > 1))
        let pathBytes = open[top].pathBytes + name.utf8.count + 8
        open.append(OpenElement(id: id, line: line, pathBytes: pathBytes))
        // Its element path and name path are made for every element: a chain of deep elements costs the square of
        // its depth, so the paths count against the cap, not just the name.
        charge(bytes: 2 * pathBytes)
        addAttributes(attributes, element: id, line: line)
    }

    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        guard overflow == nil else { return }
        let top = open.count - 1
        let isWhiteSpace = text.allSatisfy(XMLParseContext.isWhiteSpace)
        if open[top].hasChildren {
            if !isWhiteSpace && open[top].mixedText == nil { open[top].mixedText = Self.excerpt(text[...]) }
            return
        }
        if open[top].text.isEmpty && open[top].singleText == nil {
            open[top].singleText = String(decoding: text, as: UTF8.self)
        } else {
            if let single = open[top].singleText {
                open[top].text.append(contentsOf: single.utf8)
                open[top].singleText = nil
            }
            open[top].text.append(contentsOf: text)
        }
        if !isWhiteSpace { open[top].textIsSignificant = true }
        charge(bytes: text.count)
    }

    /// The start of a text, for a finding.
    private static func excerpt<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        Finding.quoted(String(decoding: bytes.prefix(4 * Finding.quotedValueLimit), as: UTF8.self))
    }

    /// Closes the innermost open element below the record element.
    mutating func closeElement() {
        guard overflow == nil else { return }
        let closing = open.removeLast()
        finishElement(closing)
    }

    /// What decides the record's field paths and their order, as numbers: each element's parent, name number, ordinal
    /// and whether it repeats, then each field's element. Two records of one reader with the same signature have
    /// canonically equal paths (the reader numbers names by `String`; while it keeps its numbers). `nil` when a field is an attribute (its name is not
    /// numbered) or the record is malformed.
    func layoutSignature() -> [Int]? {
        // By index, reading only the numbers: iterating would copy each element with its name (a reference count the
        // workers share) and each field with its value.
        guard overflow == nil, mixed.isEmpty else { return nil }
        for index in fields.indices where fields[index].attribute != nil { return nil }
        var signature: [Int] = []
        signature.reserveCapacity(4 * elements.count + fields.count + 1)
        for index in elements.indices {
            signature.append(elements[index].parent)
            signature.append(elements[index].nameID)
            signature.append(elements[index].ordinal)
            signature.append(elements[index].isRepeated ? 1 : 0)
        }
        signature.append(-2)  // elements end, fields begin
        for index in fields.indices { signature.append(fields[index].element) }
        return signature
    }

    /// The record's fields, or the findings that make it malformed.
    mutating func finish(recordElementPath: String, location: SourceLocation) -> XMLRecordContent {
        if overflow == nil, let record = open.first { finishElement(record) }
        if let overflow {
            let finding: Finding
            switch overflow {
            case .bytes:
                finding = Finding(rule: .inputRecordTooLarge, path: "", location: location,
                                  parameters: ["limit": String(maximumBytes)])
            case .fields:
                finding = Finding(rule: .inputTooManyFields, path: "", location: location,
                                  parameters: ["limit": String(maximumFields)])
            }
            return .malformed([finding])
        }
        // Elements come in document order, so a parent's paths are made before its children's.
        var elementPaths: [String] = []
        var namePaths: [[String]] = []
        elementPaths.reserveCapacity(elements.count)
        namePaths.reserveCapacity(elements.count)
        for (id, element) in elements.enumerated() {
            if id == 0 {
                elementPaths.append(recordElementPath)
                namePaths.append([])
            } else {
                // One allocation per path, at its final size: `parent + "/" + step` and `names + [name]` made two
                // each (String.append was 2% of validating 2,000 wide XML rows, callgrind).
                // Bytes copied into a string made at its final size; appending strings cost about 1,300
                // instructions per element, 6% of validating 10,000 canonical XML records.
                elementPaths.append(Self.path(elementPaths[element.parent], element.name,
                                              ordinal: element.isRepeated ? element.ordinal : nil))
                let parentNames = namePaths[element.parent]
                let name = element.name
                namePaths.append([String](unsafeUninitializedCapacity: parentNames.count + 1) { buffer, count in
                    for (index, parentName) in parentNames.enumerated() { (buffer.baseAddress! + index).initialize(to: parentName) }
                    (buffer.baseAddress! + parentNames.count).initialize(to: name)
                    count = parentNames.count + 1
                })
            }
        }
        if !mixed.isEmpty {
            return .malformed(mixed.map { element, text in
                Finding(rule: .xmlMixedContent, path: namePaths[element].joined(separator: "."),
                        location: location.at(record: location.record, line: location.line,
                                              elementPath: elementPaths[element]),
                        parameters: ["element": elementPaths[element], "text": text])
            })
        }
        return .fields(fields.map { field in
            var path = namePaths[field.element]
            var elementPath = elementPaths[field.element]
            if let attribute = field.attribute {
                path.append("@" + attribute)
                elementPath += "/@" + attribute
            }
            return SourceField(path: path, value: field.value,
                               position: ValuePosition(line: field.line, column: nil, elementPath: elementPath))
        })
    }

    /// `parent/name` or `parent/name[ordinal]`.
    private static func path(_ parent: String, _ name: String, ordinal: Int?) -> String {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var digitCount = 0
        if var value = ordinal {
            withUnsafeMutableBytes(of: &digits) { bytes in
                repeat {
                    bytes[19 - digitCount] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                    digitCount += 1
                } while value > 0
            }
        }
        return parent.withUTF8Bytes { parentBytes in
            name.withUTF8Bytes { nameBytes in
                withUnsafeBytes(of: &digits) { digitBytes in
                    let total = parentBytes.count + 1 + nameBytes.count + (ordinal == nil ? 0 : digitCount + 2)
                    return String(unsafeUninitializedCapacity: total) { out in
                        var at = 0
                        func put(_ bytes: UnsafeRawBufferPointer) {
                            guard bytes.count > 0 else { return }
                            UnsafeMutableRawPointer(out.baseAddress! + at).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count)
                            at += bytes.count
                        }
                        put(UnsafeRawBufferPointer(parentBytes))
                        out[at] = UInt8(ascii: "/"); at += 1
                        put(UnsafeRawBufferPointer(nameBytes))
                        if ordinal != nil {
                            out[at] = UInt8(ascii: "["); at += 1
                            put(UnsafeRawBufferPointer(rebasing: digitBytes[(20 - digitCount)...]))
                            out[at] = UInt8(ascii: "]"); at += 1
                        }
                        return at
                    }
                }
            }
        }
    }

    private mutating func finishElement(_ element: OpenElement) {
        if element.hasChildren {
            if let text = element.mixedText { noteMixed(element.id, text) }
        } else if element.id == 0 {
            // A record element with no child elements: text there is not a field of anything.
            if element.textIsSignificant {
                if let single = element.singleText {
                    noteMixed(0, Self.excerpt(single.utf8))
                } else {
                    noteMixed(0, Self.excerpt(element.text))
                }
            }
        } else {
            // A leaf: its text exactly as written (white space too; trimming is the mapper's job, SPEC §1).
            let value: SourceValue
            if let single = element.singleText {
                value = single.isEmpty ? .null : .text(single)
            } else {
                value = element.text.isEmpty ? .null : .text(String(decoding: element.text, as: UTF8.self))
            }
            fields.append(PendingField(element: element.id, attribute: nil, value: value, line: element.line))
            charge(bytes: 0)
        }
    }

    private mutating func noteMixed(_ element: Int, _ text: String) {
        if mixed.count < Self.mixedFindingLimit { mixed.append((element, text)) }
    }

    private mutating func addAttributes(_ attributes: [(name: String, value: String)], element: Int, line: Int) {
        for attribute in attributes where overflow == nil {
            fields.append(PendingField(element: element, attribute: attribute.name, value: .text(attribute.value), line: line))
            charge(bytes: attribute.name.utf8.count + attribute.value.utf8.count)
        }
    }

    /// Counts `count` more bytes (and the fields already appended) against the caps.
    private mutating func charge(bytes count: Int) {
        bytes += count
        if bytes > maximumBytes {
            overflow = .bytes
        } else if fields.count > maximumFields {
            overflow = .fields
        }
        if overflow != nil {
            // Let go of everything now: the rest of the record is walked through, not kept.
            fields = []
            elements = []
            open = []
            mixed = []
        }
    }
}

/// What one record element held.
enum XMLRecordContent {
    case fields([SourceField])
    /// Mixed content or a cap reached: the findings that say so.
    case malformed([Finding])
}
