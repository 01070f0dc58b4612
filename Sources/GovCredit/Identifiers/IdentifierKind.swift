/// The kinds of identifier the standard uses (SPEC §1), by the name used in profiles and outputs.
public enum IdentifierKind: String, CaseIterable, Sendable {
    /// GB 32100 统一社会信用代码.
    case uscc
    /// GB 11714 组织机构代码.
    case orgCode = "org-code"
    /// GB 11643 公民身份号码.
    case idNumber = "id-number"
    /// GB/T 2260 行政区划代码.
    case division

    /// Guesses the kind from the shape of `code`, for columns whose kind a profile does not say.
    ///
    /// - 18 characters: `idNumber` when 17 digits and a digit or `X` carry a real birth date at 7–14 and a
    ///   matching MOD 11-2 check character. All-digit USCCs such as `121200004013590816` exist, so a code of
    ///   that shape whose ID check fails is a `uscc` when its USCC check holds, and otherwise an `idNumber`
    ///   (`36042619910102009X` is an ID number with a wrong check character, not a USCC). Anything else of 18
    ///   characters is a `uscc`.
    /// - 9 characters, or 10 with `-` at position 8: `orgCode`.
    /// - 6 ASCII digits: `division`.
    /// - Otherwise a best guess from near misses (one character short or long, 15-digit first-generation ID
    ///   numbers), so that the checks report a length error against the right rule; `nil` when nothing fits.
    public static func detect(_ code: String) -> IdentifierKind? {
        let characters = Array(code)
        let allDigits = characters.allSatisfy(IdentifierCharacters.isDigit)
        let digitsThenX = characters.dropLast().allSatisfy(IdentifierCharacters.isDigit)
            && (characters.last.map { IdentifierCharacters.isDigit($0) || $0 == "X" } ?? false)
        let alphanumeric = characters.allSatisfy { IdentifierCharacters.organizationCodeValue($0) != nil }
        switch characters.count {
        case 18:
            if ResidentIDNumber.hasValidShape(characters) { return .idNumber }
            let looksLikeIDNumber = digitsThenX && CivilDate(compact: String(characters[6..<14])) != nil
            guard looksLikeIDNumber else { return .uscc }
            let usccCheckHolds = UnifiedSocialCreditCode.checkCharacter(forFirst17: String(characters[0..<17])) == characters[17]
            return usccCheckHolds ? .uscc : .idNumber
        case 9:
            return .orgCode
        case 10 where characters[8] == "-":
            return .orgCode
        case 6 where allDigits:
            return .division
        case 15 where allDigits:
            return .idNumber
        case 17, 19:
            if digitsThenX { return .idNumber }
            return alphanumeric ? .uscc : nil
        case 8, 10:
            return alphanumeric ? .orgCode : nil
        case 5, 7:
            return allDigits ? .division : nil
        default:
            return nil
        }
    }
}
