/// Validates records of the standard: table-driven field rules from the generated field table, then the record
/// rules of the category (SPEC §5). Every rule runs; findings are collected, nothing throws for bad data.
///
/// ```swift
/// let validator = Validator(options: ValidationOptions())
/// let result = validator.validate(record)
/// if !result.isAccepted { … result.findings … }
/// ```
public struct Validator: Sendable {
    /// The date, thresholds and division list every record is checked against.
    public let options: ValidationOptions

    /// Creates a validator; it holds no state between records, so one value may validate any number concurrently.
    public init(options: ValidationOptions = ValidationOptions()) {
        self.options = options
    }

    /// Validates one record and returns it in canonical form with every finding.
    public func validate(_ record: consuming FlatRecord) -> RecordValidation {
        var checker = FieldChecker(record: record, options: options)
        checker.checkAllFields()
        checker.checkRequirements()
        var context = RecordRuleContext(record: checker.record, valid: checker.valid, options: options)
        RecordRules.run(&context)
        return RecordValidation(record: context.record, findings: checker.findings + context.findings)
    }

    /// Validates a typed record (for systems that build records in code).
    public func validate<Record: StandardRecord>(_ record: Record, location: SourceLocation = SourceLocation(file: "", record: 1, line: 1)) -> RecordValidation {
        validate(record.flatRecord(location: location))
    }
}
