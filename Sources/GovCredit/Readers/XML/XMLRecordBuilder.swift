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
        /// 1-based position among the parent's children of the same name.
        let ordinal: Int
    }

    /// An element whose end has not been seen yet.
    private struct OpenElement {
        let id: Int
        let line: Int
        var childCounts: [String: Int] = [:]
        var hasChildren = false
        var hasText = false
        var text: [UInt8] = []
        /// Set once text other than white space was seen (the start of it, for the finding).
        var significantText: String?
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
    /// The final child counts of each closed element, by element index.
    private var childTotals: [Int: [String: Int]] = [:]
    private var open: [OpenElement]
    private var fields: [PendingField] = []
    private var bytes = 0
    private var overflow: Overflow?
    /// Elements that mix text and child elements: (element index, start of the text).
    private var mixed: [(element: Int, text: String)] = []

    /// Mixed-content findings kept per record; a hostile record could otherwise produce one per element.
    static let mixedFindingLimit = 100

    init(recordName: String, line: Int, attributes: [(name: String, value: String)], maximumBytes: Int, maximumFields: Int) {
        self.maximumBytes = maximumBytes
        self.maximumFields = maximumFields
        elements = [Element(parent: -1, name: recordName, ordinal: 1)]
        open = [OpenElement(id: 0, line: line)]
        addAttributes(attributes, element: 0, line: line)
    }

    /// Whether everything is still kept (no cap reached).
    var isKeeping: Bool { overflow == nil }

    mutating func openElement(name: String, line: Int, attributes: [(name: String, value: String)]) {
        guard overflow == nil else { return }
        var parent = open[open.count - 1]
        parent.hasChildren = true
        parent.text = []  // white space between child elements is layout, not a value
        let ordinal = (parent.childCounts[name] ?? 0) + 1
        parent.childCounts[name] = ordinal
        open[open.count - 1] = parent
        let id = elements.count
        elements.append(Element(parent: parent.id, name: name, ordinal: ordinal))
        open.append(OpenElement(id: id, line: line))
        charge(bytes: name.utf8.count)
        addAttributes(attributes, element: id, line: line)
    }

    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        guard overflow == nil else { return }
        var current = open[open.count - 1]
        current.hasText = true
        let isWhiteSpace = text.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if !isWhiteSpace && current.significantText == nil {
            current.significantText = Finding.quoted(String(decoding: text, as: UTF8.self))
        }
        if !current.hasChildren { current.text.append(contentsOf: text) }
        open[open.count - 1] = current
        if !current.hasChildren { charge(bytes: text.count) }
    }

    /// Closes the innermost open element below the record element.
    mutating func closeElement() {
        guard overflow == nil else { return }
        let closing = open.removeLast()
        finishElement(closing)
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
                finding = Finding(rule: XMLReaderRule.tooManyFields, path: "", location: location,
                                  parameters: ["limit": String(maximumFields)])
            }
            return .malformed([finding])
        }
        var paths = [String?](repeating: nil, count: elements.count)
        paths[0] = recordElementPath
        func elementPath(_ id: Int) -> String {
            if let known = paths[id] { return known }
            let element = elements[id]
            let total = childTotals[element.parent]?[element.name] ?? 1
            let path = elementPath(element.parent) + "/" + element.name + (total > 1 ? "[\(element.ordinal)]" : "")
            paths[id] = path
            return path
        }
        if !mixed.isEmpty {
            return .malformed(mixed.map { element, text in
                Finding(rule: XMLReaderRule.mixedContent, path: names(of: element).joined(separator: "."),
                        location: SourceLocation(file: location.file, record: location.record, line: location.line,
                                                 elementPath: elementPath(element)),
                        parameters: ["element": elementPath(element), "text": text])
            })
        }
        return .fields(fields.map { field in
            var path = names(of: field.element)
            var elementPath = elementPath(field.element)
            if let attribute = field.attribute {
                path.append("@" + attribute)
                elementPath += "/@" + attribute
            }
            return SourceField(path: path, value: field.value,
                               position: ValuePosition(line: field.line, column: nil, elementPath: elementPath))
        })
    }

    /// Element names from below the record element down to `id`.
    private func names(of id: Int) -> [String] {
        var names: [String] = []
        var current = id
        while current > 0 {
            names.append(elements[current].name)
            current = elements[current].parent
        }
        return names.reversed()
    }

    private mutating func finishElement(_ element: OpenElement) {
        if element.hasChildren {
            childTotals[element.id] = element.childCounts
            if let text = element.significantText { noteMixed(element.id, text) }
        } else if element.id == 0 {
            // A record element with no child elements: text there is not a field of anything.
            if let text = element.significantText { noteMixed(0, text) }
        } else {
            // A leaf: its text exactly as written (white space too; trimming is the mapper's job, SPEC §1).
            let value: SourceValue = element.text.isEmpty ? .null : .text(String(decoding: element.text, as: UTF8.self))
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
            childTotals = [:]
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
