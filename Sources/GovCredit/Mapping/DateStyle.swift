/// A date style a profile declares for a provincial export (SPEC §1): `yyyy年M月d日`, `yyyy/M/d`, `yyyyMMdd`,
/// `yyyy.MM.dd`, `yyyy-MM-dd`, or `excel` (serial days since 1899-12-30, so 45143 is 2023-08-05).
///
/// Tokens: `yyyy` four digits, `MM`/`dd` exactly two, `M`/`d` one or two; anything else is a literal that must
/// appear as written. Full-width digits are made half-width first (SPEC §1: NFKC in dates).
public struct DateStyle: Hashable, Sendable, CustomStringConvertible {
    enum Token: Hashable, Sendable {
        case year
        case month(exactlyTwo: Bool)
        case day(exactlyTwo: Bool)
        case literal(Character)
    }

    enum Kind: Hashable, Sendable {
        case pattern([Token])
        case excelSerial
    }

    let kind: Kind
    /// The style exactly as the profile wrote it (`yyyy年M月d日`, `excel`), for messages.
    public let description: String

    /// The styles a profile may name; `nil` for a style string that is not well-formed (no year, month or day,
    /// or a token twice).
    public init?(_ text: String) {
        description = text
        if text == "excel" {
            kind = .excelSerial
            return
        }
        var tokens: [Token] = []
        var characters = Array(text)[...]
        while let first = characters.first {
            if characters.starts(with: "yyyy") {
                tokens.append(.year); characters.removeFirst(4)
            } else if characters.starts(with: "MM") {
                tokens.append(.month(exactlyTwo: true)); characters.removeFirst(2)
            } else if characters.starts(with: "dd") {
                tokens.append(.day(exactlyTwo: true)); characters.removeFirst(2)
            } else if first == "M" {
                tokens.append(.month(exactlyTwo: false)); characters.removeFirst()
            } else if first == "d" {
                tokens.append(.day(exactlyTwo: false)); characters.removeFirst()
            } else if first == "y" || first.isNumber {
                return nil  // `yy` years are ambiguous; digits as literals would be confusing
            } else {
                tokens.append(.literal(first)); characters.removeFirst()
            }
        }
        let years = tokens.filter { $0 == .year }.count
        let months = tokens.filter { if case .month = $0 { return true } else { return false } }.count
        let days = tokens.filter { if case .day = $0 { return true } else { return false } }.count
        guard years == 1, months == 1, days == 1 else { return nil }
        // Two number tokens side by side need fixed widths to be split unambiguously (`yyyyMMdd`, not `yyyyMd`).
        for (a, b) in zip(tokens, tokens.dropFirst()) where Self.isNumber(a) && Self.isNumber(b) {
            guard Self.isFixedWidth(a) && Self.isFixedWidth(b) else { return nil }
        }
        kind = .pattern(tokens)
    }

    /// The date `text` names in this style, or `nil` (including dates that do not exist).
    public func parse(_ text: String) -> CivilDate? {
        let normalized = TextNormalization.code(text)
        switch kind {
        case .excelSerial:
            // Whole days only; Excel's fictitious 1900-02-29 lies before any date this standard records.
            guard !normalized.isEmpty, normalized.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), normalized.utf8.count <= 6,
                  let serial = Int(normalized), serial >= 61 else { return nil }
            let excelEpoch = CivilDate(year: 1899, month: 12, day: 30)!.daysSinceEpoch
            return CivilDate(daysSinceEpoch: excelEpoch + serial)
        case .pattern(let tokens):
            // `yyyy-MM-dd` is most exports' style: read on bytes, as the canonical form is. The general matcher
            // below works on Characters and cost a tenth of a provincial run (callgrind); both accept exactly the
            // same strings for this pattern.
            if tokens == Self.isoTokens { return CivilDate(iso: normalized) }
            return Self.match(tokens[...], Array(normalized)[...], year: nil, month: nil, day: nil)
        }
    }

    private static func match(_ tokens: ArraySlice<Token>, _ input: ArraySlice<Character>, year: Int?, month: Int?, day: Int?) -> CivilDate? {
        guard let token = tokens.first else {
            guard input.isEmpty, let year, let month, let day else { return nil }
            return CivilDate(year: year, month: month, day: day)
        }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let character):
            guard input.first == character else { return nil }
            return match(rest, input.dropFirst(), year: year, month: month, day: day)
        case .year:
            guard let value = number(input.prefix(4)), input.count >= 4 else { return nil }
            return match(rest, input.dropFirst(4), year: value, month: month, day: day)
        case .month(let two), .day(let two):
            // Try two digits first, then one (for `M`/`d`), so `2023/12/5` and `2023/1/15` both read.
            for width in two ? [2] : [2, 1] {
                guard input.count >= width, let value = number(input.prefix(width)) else { continue }
                let isMonth: Bool = { if case .month = token { return true } else { return false } }()
                if let date = match(rest, input.dropFirst(width), year: year,
                                    month: isMonth ? value : month, day: isMonth ? day : value) {
                    return date
                }
            }
            return nil
        }
    }

    private static let isoTokens: [Token] = [.year, .literal("-"), .month(exactlyTwo: true), .literal("-"), .day(exactlyTwo: true)]

    private static func number(_ characters: ArraySlice<Character>) -> Int? {
        guard !characters.isEmpty, characters.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(String(characters))
    }

    private static func isNumber(_ token: Token) -> Bool {
        if case .literal = token { return false }
        return true
    }

    private static func isFixedWidth(_ token: Token) -> Bool {
        switch token {
        case .year, .month(true), .day(true): return true
        default: return false
        }
    }

    /// The styles a profile gets when it names none: the forms SPEC §1 lists, Excel serials excepted (a bare
    /// number is only a date when the profile says so).
    public static let standardStyles: [DateStyle] = ["yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"]
        .compactMap(DateStyle.init)
}
