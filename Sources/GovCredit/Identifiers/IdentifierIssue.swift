/// One finding about an identifier (USCC, organisation code, ID number, division code).
///
/// Every applicable rule runs and all issues are returned, errors and warnings together (STYLE §4); the
/// validation layer turns them into `Finding`s with a field path, a source location and a message.
public struct IdentifierIssue: Error, Hashable, Sendable {
    /// The stable rule id, e.g. `uscc.check` (listed in `Standards/gov-integrity/1.0/identifiers.yaml`).
    public let rule: String
    /// `.error`: the identifier is malformed; `.warning`: well-formed, but not confirmed by a reference list.
    public let severity: Severity
    /// 0-based character offset in the code, when one character is at fault.
    public let position: Int?
    /// Values for the message template, e.g. `["expected": "L", "found": "N"]`; the keys of each rule are
    /// listed in `identifiers.yaml`.
    public let details: [String: String]

    init(_ rule: IdentifierRule, position: Int? = nil, details: [String: String] = [:]) {
        self.rule = rule.rawValue
        self.severity = rule.severity
        self.position = position
        self.details = details
    }
}

extension Array where Element == IdentifierIssue {
    /// Whether any issue rejects the identifier.
    var hasErrors: Bool { contains { $0.severity == .error } }
}
