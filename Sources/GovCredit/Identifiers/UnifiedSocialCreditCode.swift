/// The GB 32100-2015 unified social credit code (统一社会信用代码), SPEC §1.
///
/// 18 characters of `0-9A-HJ-NPQRTUWXY`: 1 registration authority, 2 organisation type, 3–8 the registering
/// body's GB/T 2260 division, 9–17 the GB 11714 organisation code (its own check character at 17), 18 the
/// check character. Beyond the usual validators (SPEC §1 "better than common validators"): letter
/// authorities `A`, `N`, `Y` are accepted, the embedded organisation-code check is verified, and the
/// authority/type pair and the division are compared with their lists (warnings).
public enum UnifiedSocialCreditCode {
    /// GB 32100 §4: the 31 allowed characters in the order of their values 0–30 (no I, O, Z, S, V).
    static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// GB 32100 §5: weights of characters 1–17 (3^i mod 31).
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    /// Characters 3–8 of a code registered by a central (national) body: GB 32100 uses `100000` for the
    /// state, which is not a GB/T 2260 entry.
    static let nationalDivisionCode = "100000"

    private static let values: [Character: Int] =
        Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($0.element, $0.offset) })

    /// The check character (character 18) for the first 17 characters: (31 − Σ value × weight mod 31) mod 31,
    /// written with the same alphabet. `nil` unless `first17` is 17 characters of the alphabet.
    public static func checkCharacter(forFirst17 first17: String) -> Character? {
        checkCharacter(forFirst17: Array(first17))
    }

    static func checkCharacter(forFirst17 first17: some Collection<Character>) -> Character? {
        guard first17.count == 17 else { return nil }
        var sum = 0
        for (character, weight) in zip(first17, weights) {
            guard let value = values[character] else { return nil }
            sum += value * weight
        }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// Checks a USCC against every rule of SPEC §1 and returns all issues (empty when valid).
    ///
    /// Rules: `uscc.length`, `uscc.charset` (first bad character), `uscc.check`, `uscc.org-code-check`
    /// (errors); `uscc.authority-type`, `uscc.division` (warnings). A rule is skipped when the characters it
    /// reads are already reported: a wrong length skips all position-based rules, a bad character skips the
    /// check character and every segment containing it.
    public static func validate(_ code: String, registry: DivisionCodeRegistry = .standard) -> [IdentifierIssue] {
        switch fastVerdict(code, registry: registry) {
        case .valid: return []
        case .onlyDivisionUnknown(let division): return [IdentifierIssue(.usccDivision, details: ["code": division])]
        case .needsReport: return issues(of: code, registry: registry)
        }
    }

    /// Every rule, character by character, with positions: the reporting path behind ``validate(_:registry:)``.
    static func issues(of code: String, registry: DivisionCodeRegistry) -> [IdentifierIssue] {
        let characters = Array(code)
        var issues: [IdentifierIssue] = []
        if characters.count != 18 {
            issues.append(IdentifierIssue(.usccLength, details: ["expected": "18", "found": String(characters.count)]))
        }
        // GB 32100 uses upper case only: `a` is a charset error, not a spelling of `A`.
        let badPositions = characters.indices.filter { values[characters[$0]] == nil }
        if let first = badPositions.first {
            issues.append(IdentifierIssue(.usccCharset, position: first, details: ["found": String(characters[first])]))
        }
        guard characters.count == 18 else { return issues }
        func isClean(_ segment: Range<Int>) -> Bool { !badPositions.contains { segment.contains($0) } }

        if badPositions.isEmpty, let expected = checkCharacter(forFirst17: characters[0..<17]),
           expected != characters[17] {
            issues.append(IdentifierIssue(.usccCheck, position: 17,
                                          details: ["expected": String(expected), "found": String(characters[17])]))
        }
        // Characters 9–17 are a GB 11714 code: body 9–16, check character 17.
        if isClean(8..<17), let expected = OrganizationCode.checkCharacter(forBody: characters[8..<16]),
           expected != characters[16] {
            issues.append(IdentifierIssue(.usccOrganizationCodeCheck, position: 16,
                                          details: ["expected": String(expected), "found": String(characters[16])]))
        }
        if isClean(0..<2), !USCCRegistrationAuthority.allows(authority: characters[0], type: characters[1]) {
            let authorityKnown = USCCRegistrationAuthority.authority(characters[0]) != nil
            issues.append(IdentifierIssue(.usccAuthorityType, position: authorityKnown ? 1 : 0,
                                          details: ["authority": String(characters[0]), "type": String(characters[1])]))
        }
        let division = String(characters[2..<8])
        if isClean(2..<8), division != nationalDivisionCode, !registry.isKnown(division) {
            issues.append(IdentifierIssue(.usccDivision, details: ["code": division]))
        }
        return issues
    }
}
