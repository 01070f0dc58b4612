/// What a record rule sees: the record after its field rules, typed access to the values that passed them,
/// and a place to put findings. A rule never reads a value that failed its field rule, so one bad date is
/// reported once, not again by every rule that compares it.
struct RecordRuleContext {
    let record: FlatRecord
    let valid: [Bool]
    let options: ValidationOptions
    private(set) var findings: [Finding] = []

    init(record: FlatRecord, valid: [Bool], options: ValidationOptions) {
        self.record = record
        self.valid = valid
        self.options = options
    }

    func text<Slot: RawRepresentable<Int>>(_ slot: Slot) -> String? {
        valid[slot.rawValue] ? record[slot.rawValue]?.text : nil
    }

    func date<Slot: RawRepresentable<Int>>(_ slot: Slot) -> CivilDate? { text(slot).flatMap { CivilDate(iso: $0) } }

    func amount<Slot: RawRepresentable<Int>>(_ slot: Slot) -> Amount? { text(slot).flatMap { Amount($0) } }

    func code<Code: CodeListValue, Slot: RawRepresentable<Int>>(_ slot: Slot, as type: Code.Type = Code.self) -> Code? {
        text(slot).map { Code(rawValue: $0) }
    }

    func list<Slot: RawRepresentable<Int>>(_ slot: Slot) -> [String]? {
        guard valid[slot.rawValue], case .list(let items)? = record[slot.rawValue] else { return nil }
        return items
    }

    func field(_ slot: Int) -> FieldSpec { record.category.fields[slot] }

    /// Reports a finding on `slot` (its path and location), adding the field's names to the parameters.
    mutating func report(_ rule: RuleID, slot: Int?, _ parameters: MessageArguments = [:]) {
        var values = parameters
        var path = ""
        var location = record.location
        if let slot {
            let spec = field(slot)
            path = spec.path
            location = record.location(ofSlot: slot)
            values.setDefault("name_zh", spec.nameZh)
            values.setDefault("name_en", spec.nameEn)
        }
        findings.append(Finding(rule: rule, path: path, location: location, arguments: values))
    }
}

/// The record rules of SPEC §5, one function per concern, run in this order for every record.
enum RecordRules {
    static func run(_ context: inout RecordRuleContext) {
        DateOrderRules.check(&context)
        IdentityRules.check(&context)
        ConsistencyRules.check(&context)
        PolicyRules.check(&context)
    }
}
