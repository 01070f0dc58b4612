/// How one provincial export maps onto the standard (SPEC §6): a versioned YAML file that says where the
/// records are, which source column, element or key feeds which standard field, and how labels, dates,
/// amounts and lists are written. Loaded and checked completely before any data is read.
///
/// ```yaml
/// profile: 1
/// standard: gov-integrity/1.0
/// name: 浙江省公共信用信息平台 政府违约失信导出
/// source: {format: csv, encoding: gb18030}
/// defaults: {dateStyles: ["yyyy年M月d日", "yyyy/M/d"], amountUnit: 万元}
/// categories:
///   - category: complaint
///     when: 投诉编号
///     fields:
///       id: 投诉编号
///       channel: {from: 投诉渠道, values: {来信来访: PETITION}}
///       status: {value: RECEIVED}
/// ```
public struct Profile: Sendable {
    /// The profile's own file, for messages.
    public let file: String
    /// A human name for the export.
    public let name: String
    /// The `source:` section: the export's file format, encoding and record location.
    public let source: ProfileSource
    let categories: [CategoryMapping]

    /// Reads and checks the profile at `path`; a mistake is an ``InputError`` with the profile's line.
    public static func load(path: String) throws(InputError) -> Profile { try ProfileLoader.load(path: path) }

    /// The categories this profile produces, in the order they are mapped.
    public var producedCategories: [RecordCategory] { categories.map(\.category) }
}

/// Where and how the records are stored in the export.
public struct ProfileSource: Sendable {
    /// The export's file form (`source.format`, required); it overrides what the file name suggests.
    public var format: InputFormat
    /// The export's text encoding (`source.encoding`; `gbk` and `gb2312` read as GB18030); ``EncodingChoice/automatic``
    /// when not given.
    public var encoding: EncodingChoice
    /// CSV only: `,` (default), `\t`, `;`, `|` or the full-width `，`.
    public var delimiter: String
    /// XML: element names from the root to the record element; YAML: keys from the root to the record list.
    /// `nil`: the canonical place (XML: children of the root; YAML: the document root).
    public var recordPath: [String]?
}

/// One category a source record feeds.
struct CategoryMapping: Sendable {
    let category: RecordCategory
    /// The record feeds this category only when this source value is present and not empty (wide exports
    /// with complaint, verification and dishonesty columns where later stages may be blank).
    let when: [String]?
    let fields: [FieldMapping]
}

/// One standard field and where its value comes from.
///
/// A class, immutable: the mapper reads every field of every record, and copying the struct it was retained each
/// of its five references (3% of a conversion, perf).
final class FieldMapping: Sendable {
    enum Origin: Sendable {
        /// A source column, element or key (its path relative to the record).
        case source([String])
        /// The same value for every record (for example the submitter, or a category's fixed status).
        case constant(String)
    }

    let slot: Int
    let path: String
    let origin: Origin
    /// Source label → code, for code-list fields.
    let values: [String: String]
    /// ``values`` as the mapper looks them up, once a record (by their bytes: see ``NameTable``).
    let labels: NameTable
    /// Date styles to try, in order (date fields).
    let dateStyles: [DateStyle]
    /// The unit amounts are written in (amount fields).
    let unit: AmountUnit
    /// The separator of list fields.
    let separator: String?
    /// The profile line that declares the mapping.
    let line: Int

    init(slot: Int, path: String, origin: Origin, values: [String: String], dateStyles: [DateStyle], unit: AmountUnit,
         separator: String?, line: Int) {
        self.slot = slot
        self.path = path
        self.origin = origin
        self.values = values
        // Sorted: the table is the same whatever order the dictionary holds the labels in.
        labels = NameTable(values.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) })
        self.dateStyles = dateStyles
        self.unit = unit
        self.separator = separator
        self.line = line
    }
}

// MARK: - One copy per worker thread

extension Profile {
    /// The same profile in storage of its own: for a worker thread, so that the mapping objects, labels and
    /// constants it reads for every value are not the ones the other workers read. Why: reading them changes their
    /// reference counts, and a count shared by two cores moved between them for every value (perf: retains and
    /// releases were 24% of a two-worker conversion against 11% with one worker).
    func unshared() -> Profile {
        Profile(file: file, name: name, source: source, categories: categories.map { mapping in
            CategoryMapping(category: mapping.category, when: mapping.when?.map(UnsharedString.copy),
                            fields: mapping.fields.map { $0.unshared() })
        })
    }
}

extension FieldMapping {
    /// The same mapping in storage of its own (see ``Profile/unshared()``).
    func unshared() -> FieldMapping {
        let origin: Origin
        switch self.origin {
        case .source(let path): origin = .source(path.map(UnsharedString.copy))
        case .constant(let value): origin = .constant(UnsharedString.copy(value))
        }
        return FieldMapping(slot: slot, path: UnsharedString.copy(path), origin: origin,
                            values: Dictionary(uniqueKeysWithValues: values.map { (UnsharedString.copy($0.key), UnsharedString.copy($0.value)) }),
                            // A style re-read from its own description always parses; the original stays if not.
                            dateStyles: dateStyles.map { DateStyle(UnsharedString.copy($0.description)) ?? $0 }, unit: unit,
                            separator: separator.map(UnsharedString.copy), line: line)
    }
}
