/// Character classes shared by the identifier checks.
///
/// The caller has already trimmed and NFKC-normalised the code (SPEC §1, text), so only ASCII counts here: a
/// full-width `１` or a lower-case letter is reported, never silently mapped.
enum IdentifierCharacters {
    /// `0`–`9` → 0–9, `A`–`Z` → 10–35: the character values of GB 11714-1997 (organisation code), also used
    /// for characters 9–17 of a USCC. `nil` for anything else, lower case included.
    static func organizationCodeValue(_ character: Character) -> Int? {
        guard let ascii = character.asciiValue else { return nil }
        switch ascii {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(ascii - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(ascii - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }

    /// The value 0–9 of an ASCII digit.
    static func digitValue(_ character: Character) -> Int? {
        guard let ascii = character.asciiValue, ascii >= UInt8(ascii: "0"), ascii <= UInt8(ascii: "9") else {
            return nil
        }
        return Int(ascii - UInt8(ascii: "0"))
    }

    static func isDigit(_ character: Character) -> Bool { digitValue(character) != nil }
}
