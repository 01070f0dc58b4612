/// How a finding affects its record (SPEC §5).
public enum Severity: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
    /// The record is accepted and the finding is reported.
    case warning
    /// The record is rejected.
    case error

    /// Orders by gravity: a warning is less than an error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}
