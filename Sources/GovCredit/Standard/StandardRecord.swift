/// A typed record of one category (``Complaint``, ``Dishonesty``, …): the library's public face for systems
/// that create records in code. Convertible to and from a ``FlatRecord``, which the pipeline works on.
public protocol StandardRecord: Codable, Hashable, Sendable {
    /// The category the type encodes.
    static var category: RecordCategory { get }
    /// Implementation detail of the generated models; use ``init(flat:)``.
    init(_flat decoder: FlatRecordDecoder) throws
    /// Implementation detail of the generated models; use ``flatRecord(location:)``.
    func _write(into encoder: inout FlatRecordEncoder)
}

/// A typed block (``GovernmentEntity``, ``Enterprise``, ``Department``, ``Contact``).
public protocol StandardBlock: Codable, Hashable, Sendable {
    /// Implementation detail of the generated models.
    init(_flat decoder: FlatRecordDecoder, prefix: String) throws
    /// Implementation detail of the generated models.
    func _write(into encoder: inout FlatRecordEncoder, prefix: String)
}

extension StandardRecord {
    /// Builds the typed record from a flat one, which must be of the same category and validated (values in
    /// canonical form). Throws ``RecordConversionError`` for a missing required or malformed value.
    public init(flat record: FlatRecord) throws {
        guard record.category == Self.category else {
            throw RecordConversionError(path: "", reason: "a \(record.category.rawValue) record is not a \(Self.category.rawValue)")
        }
        try self.init(_flat: FlatRecordDecoder(record: record))
    }

    /// The flat form, for validation and export.
    public func flatRecord(location: SourceLocation = SourceLocation(file: "", record: 0, line: 0)) -> FlatRecord {
        var encoder = FlatRecordEncoder(record: FlatRecord(category: Self.category, location: location))
        _write(into: &encoder)
        return encoder.record
    }
}

/// Why a flat record could not become a typed one.
public struct RecordConversionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The field path at fault.
    public let path: String
    /// Why, in English: `missing`, `not a date: …`, or a category mismatch.
    public let reason: String
    /// `path: reason`, or the reason alone for a problem with the whole record.
    public var description: String { path.isEmpty ? reason : "\(path): \(reason)" }
}

/// Reads typed values out of a ``FlatRecord`` by field path (used by the generated models).
public struct FlatRecordDecoder: Sendable {
    let record: FlatRecord

    func raw(_ path: String) -> FieldValue? { record[path: path] }

    func textIfPresent(_ path: String) throws -> String? {
        switch raw(path) {
        case nil: return nil
        case .text(let value)?: return value
        default: throw RecordConversionError(path: path, reason: "not a scalar")
        }
    }

    func text(_ path: String) throws -> String {
        guard let value = try textIfPresent(path) else { throw RecordConversionError(path: path, reason: "missing") }
        return value
    }

    func dateIfPresent(_ path: String) throws -> CivilDate? {
        guard let text = try textIfPresent(path) else { return nil }
        guard let date = CivilDate(iso: text) else { throw RecordConversionError(path: path, reason: "not a date: \(text)") }
        return date
    }

    func date(_ path: String) throws -> CivilDate {
        guard let value = try dateIfPresent(path) else { throw RecordConversionError(path: path, reason: "missing") }
        return value
    }

    func amountIfPresent(_ path: String) throws -> Amount? {
        guard let text = try textIfPresent(path) else { return nil }
        guard let amount = Amount(text) else { throw RecordConversionError(path: path, reason: "not an amount: \(text)") }
        return amount
    }

    func amount(_ path: String) throws -> Amount {
        guard let value = try amountIfPresent(path) else { throw RecordConversionError(path: path, reason: "missing") }
        return value
    }

    func codeIfPresent<Code: CodeListValue>(_ path: String) throws -> Code? {
        guard let text = try textIfPresent(path) else { return nil }
        return Code(rawValue: Code.codeList.resolve(text) ?? text)
    }

    func code<Code: CodeListValue>(_ path: String) throws -> Code {
        guard let value: Code = try codeIfPresent(path) else { throw RecordConversionError(path: path, reason: "missing") }
        return value
    }

    func listIfPresent(_ path: String) throws -> [String]? {
        switch raw(path) {
        case nil: return nil
        case .list(let items)?: return items
        case .text(let item)?: return [item]
        case .present?: throw RecordConversionError(path: path, reason: "not a list")
        }
    }

    func list(_ path: String) throws -> [String] {
        guard let value = try listIfPresent(path) else { throw RecordConversionError(path: path, reason: "missing") }
        return value
    }

    func blockIfPresent<Block: StandardBlock>(_ path: String) throws -> Block? {
        guard raw(path) != nil else { return nil }
        return try Block(_flat: self, prefix: path)
    }

    func block<Block: StandardBlock>(_ path: String) throws -> Block {
        guard let value: Block = try blockIfPresent(path) else { throw RecordConversionError(path: path, reason: "missing") }
        return value
    }
}

/// Writes typed values into a ``FlatRecord`` by field path (used by the generated models).
public struct FlatRecordEncoder: Sendable {
    var record: FlatRecord

    mutating func set(_ value: String?, at path: String) {
        if let value { record.set(.text(value), atPath: path) }
    }

    mutating func set(_ value: CivilDate?, at path: String) { set(value?.description, at: path) }

    mutating func set(_ value: Amount?, at path: String) { set(value?.description, at: path) }

    mutating func set<Code: CodeListValue>(_ value: Code?, at path: String) { set(value?.rawValue, at: path) }

    mutating func set(_ value: [String]?, at path: String) {
        if let value { record.set(.list(value), atPath: path) }
    }

    mutating func set<Block: StandardBlock>(_ value: Block?, at path: String) {
        guard let value else { return }
        record.set(.present, atPath: path)
        value._write(into: &self, prefix: path)
    }
}

extension RecordCategory {
    /// The slot of the field at `path`, or `nil` when the category has no such field.
    public func slot(of path: String) -> Int? { RecordCategory.slotIndex[Int(ordinal)][path] }

    /// The slot of the field named `name` directly inside the block at `parent` (`nil`: at the top level), so
    /// readers of nested forms need not build the dotted path of every field they meet.
    func slot(named name: String, in parent: Int?) -> Int? {
        RecordCategory.childIndex[Int(ordinal)][(parent ?? -1) + 1][name]
    }

    /// By category ordinal: one array index instead of a second hash look-up per field (callgrind: 6% of a run).
    private static let slotIndex: [[String: Int]] = RecordCategory.allCases.sorted { $0.ordinal < $1.ordinal }.map { category in
        var paths: [String: Int] = [:]
        for (slot, field) in category.fields.enumerated() { paths[field.path] = slot }
        return paths
    }

    /// By category ordinal, then parent slot + 1 (0: the top level): the fields by their own name.
    private static let childIndex: [[[String: Int]]] = RecordCategory.allCases.sorted { $0.ordinal < $1.ordinal }.map { category in
        var children = Array(repeating: [String: Int](), count: category.fields.count + 1)
        for (slot, field) in category.fields.enumerated() { children[(field.parent ?? -1) + 1][String(field.name)] = slot }
        return children
    }
}
