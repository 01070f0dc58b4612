/// A registration authority of GB 32100-2015 (登记管理部门, USCC character 1) and the organisation types
/// (机构类别, character 2) it assigns. The table itself is generated from
/// `Standards/gov-integrity/1.0/identifiers.yaml` into `USCCAuthorityTable.swift`.
struct USCCRegistrationAuthority: Hashable, Sendable {
    /// `1`–`9`, `A`, `N`, `Y`.
    let code: Character
    let nameZH: String
    let nameEN: String
    let organizationTypes: [USCCOrganizationType]

    /// The authority with this code, if the table lists it.
    static func authority(_ code: Character) -> USCCRegistrationAuthority? { byCode[code] }

    /// Whether GB 32100 lists organisation type `type` under authority `authority`.
    static func allows(authority: Character, type: Character) -> Bool {
        byCode[authority]?.organizationTypes.contains { $0.code == type } ?? false
    }

    private static let byCode: [Character: USCCRegistrationAuthority] =
        Dictionary(table.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
}

/// An organisation type (机构类别) under one registration authority, e.g. `9`/`1` 企业 (enterprise).
struct USCCOrganizationType: Hashable, Sendable {
    let code: Character
    let nameZH: String
    let nameEN: String
}
