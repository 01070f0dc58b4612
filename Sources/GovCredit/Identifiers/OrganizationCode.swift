/// The GB 11714-1997 organisation code (组织机构代码): an 8-character body of `0-9A-Z` and a check character
/// (`0`–`9` or `X`), written `XXXXXXXX-X` or without the hyphen. It survives as characters 9–17 of every USCC.
public enum OrganizationCode {
    /// GB 11714-1997 §5: weights of body characters 1–8.
    static let weights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// The check character for an 8-character body: C9 = 11 − (Σ value × weight mod 11), 10 → `X`, 11 → `0`.
    /// `nil` when the body is not 8 characters of `0-9A-Z`.
    public static func checkCharacter(forBody body: String) -> Character? {
        checkCharacter(forBody: Array(body))
    }

    static func checkCharacter(forBody body: some Collection<Character>) -> Character? {
        guard body.count == 8 else { return nil }
        var sum = 0
        for (character, weight) in zip(body, weights) {
            guard let value = IdentifierCharacters.organizationCodeValue(character) else { return nil }
            sum += value * weight
        }
        switch 11 - sum % 11 {
        case 10: return "X"
        case 11: return "0"
        case let digit: return Character(String(digit))
        }
    }

    /// Checks an organisation code (rules `org-code.length`, `org-code.charset`, `org-code.check`).
    ///
    /// A hyphen is accepted only between the body and the check character (position 8 of 10). Positions
    /// are offsets in `code` as given, hyphen included.
    public static func validate(_ code: String) -> [IdentifierIssue] {
        let characters = Array(code)
        let hasHyphen = characters.count == 10 && characters[8] == "-"
        let checkPosition = hasHyphen ? 9 : 8
        var issues: [IdentifierIssue] = []
        if characters.count != 9 && !hasHyphen {
            issues.append(IdentifierIssue(.organizationCodeLength,
                                          details: ["expected": "9", "found": String(characters.count)]))
        }
        let firstBad = characters.indices.first { position in
            if hasHyphen && position == 8 { return false }
            let character = characters[position]
            if position == checkPosition { return !(IdentifierCharacters.isDigit(character) || character == "X") }
            return IdentifierCharacters.organizationCodeValue(character) == nil
        }
        if let firstBad {
            issues.append(IdentifierIssue(.organizationCodeCharset, position: firstBad,
                                          details: ["found": String(characters[firstBad])]))
        }
        guard issues.isEmpty, let expected = checkCharacter(forBody: characters[0..<8]) else { return issues }
        if characters[checkPosition] != expected {
            issues.append(IdentifierIssue(.organizationCodeCheck, position: checkPosition,
                                          details: ["expected": String(expected),
                                                    "found": String(characters[checkPosition])]))
        }
        return issues
    }
}
