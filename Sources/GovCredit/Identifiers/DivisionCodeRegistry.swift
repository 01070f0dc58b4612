/// The GB/T 2260 division codes with the years each was in force (SPEC §1, division code).
///
/// `standard` is parsed once, at first use, from the generated `divisionTableText`
/// (`Standards/gov-integrity/1.0/divisions/gb2260.tsv`; its README names the source and date). Codes missing
/// from the list may simply be newer than the source, so callers report them as warnings.
public struct DivisionCodeRegistry: Sendable {
    /// The list shipped with this version of the standard.
    public static let standard = DivisionCodeRegistry(tableText: divisionTableText)

    /// Periods by the code's integer value, in the order listed.
    private let periodsByCode: [Int: [DivisionPeriod]]
    /// Two-digit province prefixes that have an `XX0000` row.
    private let provincePrefixes: Set<Int>
    /// Rows the parser could not read; the generator validates the TSV, so a test expects 0.
    let malformedRowCount: Int

    /// Parses rows `code<TAB>name[<TAB>from[<TAB>to]]` (missing trailing fields are empty); a first line
    /// starting with `code` (the TSV header) and blank lines are skipped.
    init(tableText: String) {
        var periodsByCode: [Int: [DivisionPeriod]] = [:]
        var malformed = 0
        for line in tableText.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("code\t") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard (2...4).contains(fields.count), let code = DivisionCodeRegistry.number(fields[0]),
                  !fields[1].isEmpty else {
                malformed += 1
                continue
            }
            let from = fields.count > 2 ? DivisionCodeRegistry.year(fields[2]) : .some(nil)
            let to = fields.count > 3 ? DivisionCodeRegistry.year(fields[3]) : .some(nil)
            guard let from, let to else {
                malformed += 1
                continue
            }
            periodsByCode[code, default: []].append(DivisionPeriod(name: String(fields[1]), from: from, to: to))
        }
        self.periodsByCode = periodsByCode
        self.provincePrefixes = Set(periodsByCode.keys.filter { $0 % 10_000 == 0 }.map { $0 / 10_000 })
        self.malformedRowCount = malformed
    }

    /// The name periods of `code`, empty when the list never had it.
    public func periods(of code: String) -> [DivisionPeriod] {
        DivisionCodeRegistry.number(code).flatMap { periodsByCode[$0] } ?? []
    }

    /// Whether the list has the code with this numeric value at any time.
    func isKnown(number: Int) -> Bool { !(periodsByCode[number]?.isEmpty ?? true) }

    /// Whether the list has `code` at any time.
    public func isKnown(_ code: String) -> Bool { !periods(of: code).isEmpty }

    /// Whether `code` was in force in `year` under any of its names.
    public func isInForce(_ code: String, year: Int) -> Bool {
        periods(of: code).contains { $0.contains(year: year) }
    }

    /// Province `XX0000`, prefecture `XXYY00` or county; `nil` unless `code` is 6 ASCII digits.
    public func level(of code: String) -> DivisionLevel? { DivisionLevel(code: code) }

    /// Whether `prefix` (the first two digits, 11…82) is a province in the list.
    func hasProvince(_ prefix: Int) -> Bool { provincePrefixes.contains(prefix) }

    /// Every listed code, ascending.
    var codes: [String] {
        periodsByCode.keys.sorted().map { code in
            let digits = String(code)
            return String(repeating: "0", count: 6 - digits.count) + digits
        }
    }

    /// The value of exactly 6 ASCII digits.
    static func number(_ text: some StringProtocol) -> Int? {
        guard text.utf8.count == 6 else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `""` → `.some(nil)` (open); 4 ASCII digits → the year; anything else → `nil` (malformed).
    private static func year(_ text: Substring) -> Int?? {
        if text.isEmpty { return .some(nil) }
        guard text.utf8.count == 4, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let value = Int(text) else { return nil }
        return .some(value)
    }
}
