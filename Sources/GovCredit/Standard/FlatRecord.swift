/// A value in one slot of a ``FlatRecord``.
public enum FieldValue: Hashable, Sendable {
    /// A scalar, as text (dates `YYYY-MM-DD`, amounts `123.40`, codes `UPPER_SNAKE` once validated).
    case text(String)
    /// A list of scalars (`typicalCase.dishonestyIds`).
    case list([String])
    /// A block that is present (its members have slots of their own).
    case present

    /// The scalar text, or `nil` for a list or a block.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }
}

/// One record of the standard with its values in the slots of its category's field table.
///
/// Readers and mappers fill it; the ``Validator`` normalises it in place (codes, dates, amounts in canonical
/// form) and reports findings; exporters serialise it. Typed models (``Complaint``, …) are built from it on request.
public struct FlatRecord: Sendable, Hashable {
    /// The category whose field table the slots follow; fixed for the record's life.
    public let category: RecordCategory
    /// Values by slot; `nil` where the field is absent.
    public private(set) var values: [FieldValue?]
    /// Positions of single values by slot, where the source gives them; empty for JSON Lines (one line per record).
    /// Built on each read (the record keeps them by slot); ``location(ofSlot:)`` reads one without building it.
    public var positions: [Int: ValuePosition] {
        var bySlot: [Int: ValuePosition] = [:]
        for (slot, position) in slotPositions.enumerated() { if let position { bySlot[slot] = position } }
        return bySlot
    }
    /// The positions, indexed like `values` once the first one is set (empty until then): a dictionary here was
    /// five allocations and a hash per mapped value (heaptrack).
    private var slotPositions: [ValuePosition?] = []
    /// Where the record starts.
    public var location: SourceLocation
    /// The national key and operation a package record carries (SPEC §7); `nil` for provincial input.
    public var envelope: RecordEnvelope?

    /// Creates an empty record of `category`: every slot `nil`, no envelope.
    public init(category: RecordCategory, location: SourceLocation) {
        self.category = category
        self.values = .nils(category.fields.count)
        self.location = location
    }

    /// The field table of the record's category.
    public var fields: [FieldSpec] { category.fields }

    /// The value of the field at `path` (`entity.uscc`), or `nil`.
    public subscript(path path: String) -> FieldValue? {
        guard let slot = category.slot(of: path) else { return nil }
        return values[slot]
    }

    /// The value in `slot` (a position in ``fields``), or `nil` when the field is absent. `slot` must be in range.
    public subscript(slot: Int) -> FieldValue? { values[slot] }

    /// Sets the value of a slot and marks its enclosing block present.
    public mutating func set(_ value: FieldValue?, at slot: Int, position: ValuePosition? = nil) {
        values[slot] = value
        if let position {
            if slotPositions.isEmpty { slotPositions = .nils(values.count) }
            slotPositions[slot] = position
        }
        // The constant table, not `fields[slot].parent`: that reference count is shared by every worker thread.
        if value != nil {
            let parent = category.parentSlots[slot]
            if parent >= 0 && values[parent] == nil { values[parent] = .present }
        }
    }

    /// Sets the value of the field at `path`; returns `false` when the category has no such field.
    @discardableResult
    public mutating func set(_ value: FieldValue?, atPath path: String, position: ValuePosition? = nil) -> Bool {
        guard let slot = category.slot(of: path) else { return false }
        set(value, at: slot, position: position)
        return true
    }

    /// The location of one field: the record's, refined by the value's own position where known.
    public func location(ofSlot slot: Int) -> SourceLocation {
        var result = location
        if slot < slotPositions.count, let position = slotPositions[slot] {
            result.line = position.line
            result.column = position.column
            result.elementPathName = position.elementPathName ?? result.elementPathName
        }
        return result
    }
}

/// The package envelope of a record: its national key and what the platform should do with it (SPEC §7).
public struct RecordEnvelope: Hashable, Sendable, Codable {
    /// 全国唯一键 `NN:category:id` (two-digit province code, category, record id), e.g. `33:dishonesty:D-001`; `nil` when
    /// not given.
    public var nationalKey: String?
    /// What the platform should do with the record; `nil` when not given.
    public var operation: RecordOperation?

    /// Creates an envelope; neither value is checked here.
    public init(nationalKey: String? = nil, operation: RecordOperation? = nil) {
        self.nationalKey = nationalKey
        self.operation = operation
    }
}

extension FlatRecord {
    /// Sets one envelope value read from a canonical source (`nationalKey` or `operation`, SPEC §7) and
    /// returns the finding when it is malformed: a key not of the form `NN:category:id`, an unknown operation.
    mutating func setEnvelope(_ key: String, to text: String, location: SourceLocation) -> Finding? {
        var envelope = self.envelope ?? RecordEnvelope()
        defer { self.envelope = envelope }
        if key == "nationalKey" {
            envelope.nationalKey = text
            guard !NationalKey.isWellFormed(text) else { return nil }
            return Finding(rule: .fieldPattern, path: key, location: location, parameters: [
                "name_zh": "全国唯一键", "name_en": "National key", "value": Finding.quoted(text),
                "expected_zh": "省级代码 2 位:类别:记录标识", "expected_en": "<province 2 digits>:<category>:<id>"])
        }
        guard let operation = RecordOperation(rawValue: text) else {
            return Finding(rule: .fieldCode, path: key, location: location, parameters: [
                "name_zh": "操作类型", "name_en": "Operation", "value": Finding.quoted(text), "code_list": "Operation"])
        }
        envelope.operation = operation
        return nil
    }
}

/// What the national platform does with a submitted record (SPEC §7).
public enum RecordOperation: String, Hashable, Sendable, Codable, CaseIterable {
    /// A record the platform does not hold yet.
    case add = "ADD"
    /// A record the platform holds, whose content changed since the previous package.
    case update = "UPDATE"
    /// A dishonesty record that became RESTORED (信用修复) since the previous package.
    case restore = "RESTORE"
    /// A record to withdraw: in the previous package but absent from this run, or a dishonesty record that became
    /// REVOKED.
    case revoke = "REVOKE"
}

extension Array {
    /// `count` times `nil`, written straight into new storage: `Array(repeating: nil, count:)` of these optional
    /// enums copied each element through the generic value witness, some 3,000 instructions a record (callgrind).
    static func nils<Wrapped>(_ count: Int) -> [Wrapped?] where Element == Wrapped? {
        [Wrapped?](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { (buffer.baseAddress.unsafelyUnwrapped + index).initialize(to: nil) }
            initialized = count
        }
    }
}
