/// The rules the identifier checks apply (SPEC §1), one case per stable rule id.
///
/// The rule catalogue `Standards/gov-integrity/1.0/rules.yaml` gives each id its severity and its messages,
/// which quote the `details` keys; a test checks every case is catalogued. Callers see the id as
/// `IdentifierIssue.rule`, so cases can grow without breaking the public API.
enum IdentifierRule: String, CaseIterable, Sendable {
    // GB 32100-2015 unified social credit code.
    case usccLength = "uscc.length"
    case usccCharset = "uscc.charset"
    case usccCheck = "uscc.check"
    case usccOrganizationCodeCheck = "uscc.org-code-check"
    case usccAuthorityType = "uscc.authority-type"
    case usccDivision = "uscc.division"
    // GB 11714-1997 organisation code.
    case organizationCodeLength = "org-code.length"
    case organizationCodeCharset = "org-code.charset"
    case organizationCodeCheck = "org-code.check"
    // GB 11643-1999 citizen identification number.
    case idNumberLength = "id-number.length"
    case idNumberCharset = "id-number.charset"
    case idNumberCheck = "id-number.check"
    case idNumberBirthDate = "id-number.birth-date"
    case idNumberBirthFuture = "id-number.birth-future"
    case idNumberDivision = "id-number.division"
    // GB/T 2260 division code.
    case divisionFormat = "division.format"
    case divisionUnknown = "division.unknown"
    case divisionNotInForce = "division.not-in-force"

    /// SPEC §1: a malformed identifier is an error; facts that depend on lists the project cannot keep
    /// complete (division codes created after the source's revision, authority assignments newer than
    /// GB 32100-2015) are warnings. The catalogue (`rules.yaml`) is the single source.
    var severity: Severity { RuleEntry.severityByID[rawValue] ?? .error }
}
