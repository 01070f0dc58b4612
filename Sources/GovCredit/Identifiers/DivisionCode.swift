/// Checks for a GB/T 2260 administrative division code (行政区划代码), SPEC §1: 6 digits, province `XX0000`,
/// prefecture `XXYY00`, county `XXYYZZ`. Codes are historical, so a code is checked against the record's
/// own date.
public enum DivisionCode {
    /// Checks `code` and, when `date` is given, whether it was in force in that date's year.
    ///
    /// Rules: `division.format` (error: not 6 ASCII digits, or the first two digits are not a province of
    /// the list), `division.unknown` (warning: never listed — it may be newer than the list),
    /// `division.not-in-force` (warning: listed, but not in force in `date`'s year; `details["inForce"]`
    /// gives the periods, e.g. `[-2010]崇文区`).
    public static func validate(_ code: String, on date: CivilDate?,
                                registry: DivisionCodeRegistry = .standard) -> [IdentifierIssue] {
        guard let number = DivisionCodeRegistry.number(code) else {
            // The character walk (an array of Characters) only for a code that is not six ASCII digits: it was
            // most of the check, and almost every code is.
            let characters = Array(code)
            if let bad = characters.indices.first(where: { !IdentifierCharacters.isDigit(characters[$0]) }) {
                return [IdentifierIssue(.divisionFormat, position: bad, details: ["found": String(characters[bad])])]
            }
            return [IdentifierIssue(.divisionFormat, details: ["found": code])]
        }
        guard registry.hasProvince(number / 10_000) else {
            return [IdentifierIssue(.divisionFormat, details: ["found": code])]
        }
        let periods = registry.periods(ofNumber: number)
        if periods.isEmpty { return [IdentifierIssue(.divisionUnknown, details: ["code": code])] }
        if let date, !periods.contains(where: { $0.contains(year: date.year) }) {
            return [IdentifierIssue(.divisionNotInForce, details: [
                "code": code, "year": String(date.year), "inForce": summary(of: periods),
            ])]
        }
        return []
    }

    /// `[-1991]东郊区,[1992-]东丽区`: the periods in the source's notation, for messages.
    static func summary(of periods: [DivisionPeriod]) -> String {
        periods.map(\.summary).joined(separator: ",")
    }
}
