/// What a validation run needs to know beyond the records: the date that counts as today, the policy
/// thresholds and the division list.
public struct ValidationOptions: Sendable {
    /// The reference for "not in the future" (SPEC §1). Defaults to today in China (UTC+08:00).
    public var today: CivilDate
    /// Policy thresholds (SPEC §5); exceeding one is a warning.
    public var thresholds: PolicyThresholds
    /// GB/T 2260 codes with the years they were in force.
    public var divisions: DivisionCodeRegistry

    /// Creates options; the defaults are today in China, the standard's thresholds and the embedded division list. Pass
    /// a fixed `today` for reproducible runs.
    public init(today: CivilDate = .todayInChina(), thresholds: PolicyThresholds = .standard,
                divisions: DivisionCodeRegistry = .standard) {
        self.today = today
        self.thresholds = thresholds
        self.divisions = divisions
    }
}

/// The outcome of validating one record.
public struct RecordValidation: Sendable {
    /// The record with its values in canonical form (codes, dates, amounts, trimmed NFC text).
    public var record: FlatRecord
    /// Every finding, in field-table order, then record rules.
    public var findings: [Finding]

    /// Accepted when no finding has severity error (SPEC §5).
    public var isAccepted: Bool { !findings.contains { $0.severity == .error } }
}
