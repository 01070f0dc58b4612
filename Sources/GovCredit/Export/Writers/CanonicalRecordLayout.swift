/// The shape of one category's canonical forms, worked out once from its field table: every name the writers put
/// out as ready-made UTF-8 (JSON keys, XML tags with their indentation), and blocks with their members.
///
/// The writers run once per exported record — a million times in a national package — so nothing here is computed
/// per record, and the per-field data is plain integers: all names live back to back in one byte array (``text``)
/// and fields refer to them by range. Walking a record then retains and releases nothing but its values (a layout
/// of arrays of arrays cost a retain/release pair per name per field, a quarter of the writers' time).
struct CanonicalRecordLayout: Sendable {
    /// One field of the canonical forms. Both forms put fields in field-table order.
    struct Field: Sendable {
        /// The slot of the value in ``FlatRecord/values``.
        var slot: Int
        var shape: Shape
        /// `"name":`
        var jsonKey: Range<Int>
        /// The start tag at its indentation (`    <name>`); for a block or a list followed by a line break.
        var xmlStart: Range<Int>
        /// The end tag (`</name>\n`); for a block or a list on its own line, at its indentation.
        var xmlEnd: Range<Int>
    }

    enum Shape: Sendable {
        /// One value: `.text`.
        case scalar
        /// `.list`; in XML each item is an element named after the list without its final `s`
        /// (`<dishonestyIds><dishonestyId>…`), the rule `tools/generator/xml_schema.py` builds the XSD by.
        case list(itemStart: Range<Int>, itemEnd: Range<Int>)
        /// `.present`; the block's members are `fields[members]`, in field-table order.
        case block(members: Range<Int>)
    }

    /// Every field; siblings are contiguous, the top-level fields first (``topLevel``).
    let fields: [Field]
    /// The top-level fields: `fields[topLevel]`.
    let topLevel: Range<Int>
    /// The UTF-8 of every name and tag, back to back; ``Field`` ranges index it.
    let text: [UInt8]
    /// `  <category` (attributes and `>` follow).
    let xmlRecordStart: Range<Int>
    /// `  </category>\n`
    let xmlRecordEnd: Range<Int>

    /// Record elements sit one level below `<records>`.
    static let recordIndent = 2
    static let indentStep = 2

    init(_ category: RecordCategory) {
        let table = category.fields
        var fields: [Field] = []
        var text: [UInt8] = []
        func add(_ string: String) -> Range<Int> {
            let start = text.count
            text.append(contentsOf: string.utf8)
            return start..<text.count
        }
        /// Lays out the fields whose parent is `parent`, contiguously, then each block's members after them.
        func layOut(parent: Int?, indent: Int) -> Range<Int> {
            let slots = table.indices.filter { table[$0].parent == parent }
            let siblings = fields.count..<(fields.count + slots.count)
            fields.append(contentsOf: slots.map { Field(slot: $0, shape: .scalar, jsonKey: 0..<0, xmlStart: 0..<0, xmlEnd: 0..<0) })
            for (index, slot) in zip(siblings, slots) {
                let spec = table[slot]
                let name = String(spec.name)
                let padding = String(repeating: " ", count: indent)
                fields[index].jsonKey = add("\"" + name + "\":")
                switch spec.kind {
                case .block:
                    fields[index].xmlStart = add(padding + "<" + name + ">\n")
                    fields[index].xmlEnd = add(padding + "</" + name + ">\n")
                    fields[index].shape = .block(members: layOut(parent: slot, indent: indent + Self.indentStep))
                case .referenceList:
                    precondition(name.count > 1 && name.hasSuffix("s"),
                                 "a reference list's name must end in 's' (its XML items drop it): \(spec.path)")
                    let item = String(name.dropLast())
                    let itemPadding = String(repeating: " ", count: indent + Self.indentStep)
                    fields[index].xmlStart = add(padding + "<" + name + ">\n")
                    fields[index].xmlEnd = add(padding + "</" + name + ">\n")
                    fields[index].shape = .list(itemStart: add(itemPadding + "<" + item + ">"), itemEnd: add("</" + item + ">\n"))
                default:
                    fields[index].xmlStart = add(padding + "<" + name + ">")
                    fields[index].xmlEnd = add("</" + name + ">\n")
                }
            }
            return siblings
        }
        topLevel = layOut(parent: nil, indent: Self.recordIndent + Self.indentStep)
        let padding = String(repeating: " ", count: Self.recordIndent)
        xmlRecordStart = add(padding + "<" + category.rawValue)
        xmlRecordEnd = add(padding + "</" + category.rawValue + ">\n")
        self.fields = fields
        self.text = text
    }

    /// The layout of `category`, built on first use. An exhaustive switch rather than a dictionary: no hashing of
    /// the category's name per record, and a new category fails to compile here instead of at run time.
    static func of(_ category: RecordCategory) -> CanonicalRecordLayout {
        switch category {
        case .complaint: return complaint
        case .contract: return contract
        case .performance: return performance
        case .verification: return verification
        case .dishonesty: return dishonesty
        case .arrears: return arrears
        case .enforcement: return enforcement
        case .sanction: return sanction
        case .restoration: return restoration
        case .clue: return clue
        case .typicalCase: return typicalCase
        }
    }

    private static let complaint = CanonicalRecordLayout(.complaint)
    private static let contract = CanonicalRecordLayout(.contract)
    private static let performance = CanonicalRecordLayout(.performance)
    private static let verification = CanonicalRecordLayout(.verification)
    private static let dishonesty = CanonicalRecordLayout(.dishonesty)
    private static let arrears = CanonicalRecordLayout(.arrears)
    private static let enforcement = CanonicalRecordLayout(.enforcement)
    private static let sanction = CanonicalRecordLayout(.sanction)
    private static let restoration = CanonicalRecordLayout(.restoration)
    private static let clue = CanonicalRecordLayout(.clue)
    private static let typicalCase = CanonicalRecordLayout(.typicalCase)

    /// The message when a slot holds a value of the wrong shape: the validator reports that (`field.type`) and
    /// rejects the record, so only a record that skipped validation gets here.
    static func shapeMismatch(_ value: FieldValue, slot: Int, of record: FlatRecord, writer: String) -> String {
        "\(writer): \(record.fields[slot].path) holds \(value), which does not fit its field kind; only records accepted by the Validator may be written"
    }
}
