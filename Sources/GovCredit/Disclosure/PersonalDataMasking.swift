import Foundation

/// Masks personal numbers in free text before it is published (SPEC §1, §8: no phone or ID number left in any
/// free text): mainland mobile numbers (11 digits, also with +86), landlines with an area code (0 + 9–11 more
/// digits), and GB 11643 ID numbers (15 digits, or 17 digits and a check digit or `X`).
///
/// A number is a run of digits — ASCII, full-width (`１３８`) or any other decimal digits — in which up to three
/// separators may stand between digits: spaces (also U+3000), hyphens and dashes (`-` `－` `—`), dots, slashes and
/// parentheses (`(0571) 8765-4321`, `138 1234 5678`). A run is masked when it has 11 or more digits, or 10 digits
/// starting with 0 (a landline with a 3-digit area code). Erring on the safe side is deliberate: a long account or
/// contract number is masked too, a personal number never slips through. Every digit of a masked run becomes `*`
/// (separators and all), so nothing of the number is left to recombine.
public enum PersonalDataMasking {
    /// The mask put in place of each character of a personal value.
    public static let maskCharacter: Character = "*"

    /// A record id or national key as published: unchanged, so that the public can cite the record, unless one of
    /// its runs of digits is a mobile number (11 digits, `1[3-9]…`) or shaped like a GB 11643 ID number (15 digits,
    /// or 17 digits and a check character with a birth date in characters 7–14) — then the whole run is masked. Record ids such as
    /// `SX3300000000123` are not personal data and free-text masking would make them useless.
    public static func maskIdentifier(_ text: String) -> String {
        var result = ""
        var run = ""
        func flush() {
            result += isPersonalNumber(run) ? String(repeating: maskCharacter, count: run.count) : run
            run = ""
        }
        for character in text {
            if character.isASCII && (character.isNumber || (character == "X" || character == "x") && run.count == 17) {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    private static func isPersonalNumber(_ digits: String) -> Bool {
        let bytes = Array(digits.utf8)
        if bytes.count == 11, bytes[0] == UInt8(ascii: "1"), (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(bytes[1]) { return true }
        if bytes.count == 15 { return true }
        if bytes.count == 18 {
            // Shaped like an ID number: characters 7–14 are a birth date. The check character is not required —
            // a mistyped ID number is still a person's.
            let birth = String(decoding: bytes[6..<14], as: UTF8.self)
            return CivilDate(compact: birth).map { (1900...2099).contains($0.year) } ?? false
        }
        return false
    }

    /// `text` with every personal number masked, and every occurrence of `knownValues` (the record's own contact
    /// names, phones and ID numbers, SPEC §1 personal fields) masked too.
    public static func mask(_ text: String, knownValues: [String] = []) -> String {
        var masked = maskNumbers(text)
        for value in knownValues where value.count >= 2 && masked.contains(value) {
            masked = masked.replacingOccurrences(of: value, with: String(repeating: maskCharacter, count: value.count))
        }
        return masked
    }

    /// Whether `text` still holds a number the rule would mask (used by tests).
    public static func containsPersonalNumber(_ text: String) -> Bool { maskNumbers(text) != text }

    static func maskNumbers(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isDigit) else { return text }
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]) else {
                output.append(scalars[index])
                index += 1
                continue
            }
            let run = digitRun(in: scalars, from: index)
            if isPersonal(digits: run.digits) {
                for _ in index..<run.end { output.append("*") }
            } else {
                output.append(contentsOf: scalars[index..<run.end])
            }
            index = run.end
        }
        return String(output)
    }

    /// The run of digits starting at `start`, with separators between digits, and a trailing ID check `X` after
    /// 17 digits. `end` is exclusive; `digits` are the run's digit values (an `X` as 10).
    static func digitRun(in scalars: [Unicode.Scalar], from start: Int) -> (end: Int, digits: [Int]) {
        var digits: [Int] = []
        var index = start
        var end = start
        while index < scalars.count {
            if let value = digitValue(scalars[index]) {
                digits.append(value)
                index += 1
                end = index
                continue
            }
            var next = index
            while next < scalars.count, next - index < 3, isSeparator(scalars[next]) { next += 1 }
            guard next > index, next < scalars.count, isDigit(scalars[next]) else { break }
            index = next
        }
        if digits.count == 17, end < scalars.count, ["X", "x", "Ｘ", "ｘ"].contains(scalars[end]) {
            digits.append(10)
            end += 1
        }
        return (end, digits)
    }

    static func isPersonal(digits: [Int]) -> Bool {
        digits.count >= 11 || (digits.count == 10 && digits.first == 0)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { digitValue(scalar) != nil }

    /// The value of a decimal digit of any script (`3`, `３`), or `nil`.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue else { return nil }
        return Int(value)
    }

    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\u{3000}", "\u{00A0}", "\t", "-", "－", "‐", "‑", "–", "—", "−", ".", "．", "·", "/", "(", ")", "（", "）":
            return true
        default:
            return false
        }
    }
}
