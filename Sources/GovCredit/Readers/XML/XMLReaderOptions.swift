/// How an XML export is laid out and how much of it the reader will hold (SPEC §6: provinces export nested XML with
/// their own element names; a profile says where the records are). The limits are caps on sizes the input controls
/// (STYLE §10): a hostile or broken file costs a rejected record or a located ``InputError``, never unbounded memory.
/// Where an XML Schema comes from.
enum XMLSchemaSource: Sendable, Hashable {
    /// An XSD file (a provincial schema, or the generated one on disk).
    case file(String)
    /// The standard's XSD compiled into the library (``EmbeddedSchema``): what a package must follow, found
    /// wherever the command runs.
    case standard
}

struct XMLReaderOptions: Sendable {
    /// Local names of the elements from the root down to the record element, e.g. `["导出", "案件列表", "案件"]`.
    /// `nil` is the canonical form (the generated XSD): every child element of the root is a record and its name is
    /// the record's category. Names are matched without their namespace (the canonical form declares
    /// `urn:govcredit:gov-integrity:1.0` as the default namespace; provincial exports usually declare none).
    var recordPath: [String]?
    /// How to decode the file (SPEC §1): a byte-order mark, else strict UTF-8, else GB18030 — or what a profile fixes.
    /// The XML declaration's `encoding` is not consulted: SPEC §1 fixes the order for every input.
    var encoding: EncodingChoice = .automatic
    /// An XSD to validate against while streaming, compiled once per reader. What it finds becomes an `xml.schema`
    /// finding on the record holding the line; a problem outside every record (the root's attributes, a header) is
    /// an ``InputError``. The schema is trusted configuration, like a profile, not input. Memory: libxml2 2.9.14's
    /// streaming validation grows by about 0.2 MB per MB of input (24 → 60 MB at 200 MB; `xmllint --stream --schema`
    /// does the same: 116 MB at 600 MB), so for multi-gigabyte dumps validate in a separate pass or not at all.
    var schemaPath: String? {
        get { if case .file(let path)? = schema { return path } else { return nil } }
        set { schema = newValue.map(XMLSchemaSource.file) }
    }
    /// The XSD to validate against: a file (``schemaPath``) or the standard's own, compiled into the library.
    var schema: XMLSchemaSource?
    /// Cap on element nesting, the root counting 1. Canonical records end 4 levels down, provincial exports rarely
    /// go past 8; libxml2 itself stops at 256 without `XML_PARSE_HUGE`, which this reader never sets. A file nested
    /// deeper is broken or hostile, not data: an ``InputError`` at the line where it happens.
    var maximumDepth = 64
    /// Cap on one record's text: values, attribute values, names and the element paths made from them, in UTF-8
    /// bytes. The same 64 MiB as the CSV and JSON Lines readers. libxml2 itself ends the document at a text node over
    /// 10,000,000 bytes (no `XML_PARSE_HUGE`); below that one huge free-text field is read (and rejected later by a
    /// length rule), while a record of many large fields is dropped as it streams, not held, and rejected with
    /// `input.record-too-large`.
    var maximumRecordBytes = 64 << 20
    /// Cap on the fields (leaf elements and attributes) of one record. Real records have fewer than 100; a hostile file
    /// can put 100,000 `<a/>` in 400 KB, each of which would cost a ``SourceField``. A record with more is rejected
    /// with `input.too-many-fields` (the CSV reader's rule).
    var maximumFields = 10_000

    init(recordPath: [String]? = nil, encoding: EncodingChoice = .automatic, schemaPath: String? = nil,
         maximumDepth: Int = 64, maximumRecordBytes: Int = 64 << 20, maximumFields: Int = 10_000) {
        self.recordPath = recordPath
        self.encoding = encoding
        self.schema = schemaPath.map(XMLSchemaSource.file)
        self.maximumDepth = maximumDepth
        self.maximumRecordBytes = maximumRecordBytes
        self.maximumFields = maximumFields
    }

    /// Throws when the options cannot be used for `file`.
    func validate(file: String) throws(InputError) {
        func invalid(_ zh: String, _ en: String) -> InputError {
            InputError(file: file, message: LocalizedMessage(zh: "XML 选项无效：\(zh)", en: "invalid XML options: \(en)"))
        }
        if let recordPath {
            if recordPath.isEmpty { throw invalid("记录路径为空", "the record path is empty") }
            if recordPath.contains(where: \.isEmpty) { throw invalid("记录路径含空元素名", "the record path has an empty element name") }
        }
        if maximumDepth < 2 { throw invalid("嵌套深度上限至少为 2", "maximumDepth must be at least 2") }
        if maximumRecordBytes < 1 { throw invalid("记录长度上限必须大于 0", "maximumRecordBytes must be positive") }
        if maximumFields < 1 { throw invalid("字段数上限必须大于 0", "maximumFields must be positive") }
    }
}
