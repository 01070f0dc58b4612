/// The GB 11643-1999 citizen identification number (公民身份号码), SPEC §1.
///
/// 18 characters: 1–6 the GB/T 2260 address code where the number was first issued, 7–14 the birth date
/// `YYYYMMDD`, 15–17 a sequence number, 18 the ISO 7064 MOD 11-2 check character (`0`–`9` or `X`).
/// Personal data (SPEC §1): never put the number itself into a message.
public enum ResidentIDNumber {
    /// GB 11643 §5.5 / ISO 7064 MOD 11-2: weights 2^(17−i) mod 11 of characters 1–17.
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// The check character indexed by Σ value × weight mod 11.
    static let checkCharacters: [Character] = Array("10X98765432")

    /// The check character for the first 17 characters, `nil` unless they are 17 ASCII digits.
    public static func checkCharacter(forFirst17 first17: String) -> Character? {
        checkCharacter(forFirst17: Array(first17))
    }

    static func checkCharacter(forFirst17 first17: some Collection<Character>) -> Character? {
        guard first17.count == 17 else { return nil }
        var sum = 0
        for (character, weight) in zip(first17, weights) {
            guard let value = IdentifierCharacters.digitValue(character) else { return nil }
            sum += value * weight
        }
        return checkCharacters[sum % 11]
    }

    /// Checks an ID number and returns all issues (empty when valid).
    ///
    /// Rules: `id-number.length`, `id-number.charset` (17 digits then a digit or upper-case `X`; a lower-case
    /// `x` is reported), `id-number.check`, `id-number.birth-date` (characters 7–14 are not a real date),
    /// `id-number.birth-future` (after `today`), all errors; `id-number.division` (warning: characters 1–6
    /// not a division code in force in the birth year, or never listed when the birth date is unreadable).
    /// - Parameter today: the reference for "not in the future", normally `CivilDate.todayInChina()`.
    public static func validate(_ code: String, today: CivilDate,
                                registry: DivisionCodeRegistry = .standard) -> [IdentifierIssue] {
        let characters = Array(code)
        var issues: [IdentifierIssue] = []
        if characters.count != 18 {
            issues.append(IdentifierIssue(.idNumberLength, details: ["expected": "18", "found": String(characters.count)]))
        }
        let badPositions = characters.indices.filter { position in
            let character = characters[position]
            return !(IdentifierCharacters.isDigit(character) || (position >= 17 && character == "X"))
        }
        if let first = badPositions.first {
            issues.append(IdentifierIssue(.idNumberCharset, position: first, details: ["found": String(characters[first])]))
        }
        guard characters.count == 18 else { return issues }
        func isClean(_ segment: Range<Int>) -> Bool { !badPositions.contains { segment.contains($0) } }

        if badPositions.isEmpty, let expected = checkCharacter(forFirst17: characters[0..<17]),
           expected != characters[17] {
            issues.append(IdentifierIssue(.idNumberCheck, position: 17,
                                          details: ["expected": String(expected), "found": String(characters[17])]))
        }
        var birthDate: CivilDate?
        if isClean(6..<14) {
            let text = String(characters[6..<14])
            birthDate = CivilDate(compact: text)
            if let birthDate {
                if birthDate > today {
                    issues.append(IdentifierIssue(.idNumberBirthFuture,
                                                  details: ["birthDate": birthDate.description, "today": today.description]))
                }
            } else {
                issues.append(IdentifierIssue(.idNumberBirthDate, details: ["found": text]))
            }
        }
        if isClean(0..<6) {
            let division = String(characters[0..<6])
            let periods = registry.periods(of: division)
            let inForce = birthDate.map { date in periods.contains { $0.contains(year: date.year) } } ?? !periods.isEmpty
            if !inForce {
                var details = ["code": division, "inForce": DivisionCode.summary(of: periods)]
                details["year"] = birthDate.map { String($0.year) }
                issues.append(IdentifierIssue(.idNumberDivision, details: details))
            }
        }
        return issues
    }

    /// Whether `characters` has the full shape of an ID number: 17 digits and a digit or `X`, a real birth
    /// date at 7–14 and a matching check character. Used to tell ID numbers from all-digit USCCs.
    static func hasValidShape(_ characters: [Character]) -> Bool {
        guard characters.count == 18, let expected = checkCharacter(forFirst17: characters[0..<17]),
              expected == characters[17] else { return false }
        return CivilDate(compact: String(characters[6..<14])) != nil
    }
}
