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

    /// The same registry in storage of its own: for a worker thread, so that its look-ups change no reference
    /// count that another worker's change too (see ``Profile/unshared()``).
    func unshared() -> DivisionCodeRegistry {
        DivisionCodeRegistry(periodsByCode: Dictionary(uniqueKeysWithValues: periodsByCode.map { code, periods in
            (code, periods.map { DivisionPeriod(name: UnsharedString.copy($0.name), from: $0.from, to: $0.to) })
        }), provincePrefixes: Set(provincePrefixes.map { $0 }), malformedRowCount: malformedRowCount)
    }

    private init(periodsByCode: [Int: [DivisionPeriod]], provincePrefixes: Set<Int>, malformedRowCount: Int) {
        self.periodsByCode = periodsByCode
        self.provincePrefixes = provincePrefixes
        self.malformedRowCount = malformedRowCount
    }

    /// Parses rows `code<TAB>name[<TAB>from[<TAB>to]]` (missing trailing fields are empty); a first line
    /// starting with `code` (the TSV header) and blank lines are skipped.
    init(tableText: String) {
        var periodsByCode: [Int: [DivisionPeriod]] = [:]
        var malformed = 0
        // On UTF-8 bytes: splitting the text into lines and fields of Characters (grapheme breaking over 7,000
        // Chinese names) took 40 ms at every start of the program (callgrind: 150 M instructions).
        tableText.withUTF8Bytes { bytes in
            var fields: [Range<Int>] = []
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var end = lineEnd
                if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }  // CRLF
                guard end > lineStart, !bytes[lineStart..<end].starts(with: "code\t".utf8) else { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for index in lineStart..<end where bytes[index] == 0x09 {
                    fields.append(fieldStart..<index)
                    fieldStart = index + 1
                }
                fields.append(fieldStart..<end)
                guard (2...4).contains(fields.count), let code = DivisionCodeRegistry.number(bytes[fields[0]]),
                      !fields[1].isEmpty else {
                    malformed += 1
                    continue
                }
                let from = fields.count > 2 ? DivisionCodeRegistry.year(bytes[fields[2]]) : .some(nil)
                let to = fields.count > 3 ? DivisionCodeRegistry.year(bytes[fields[3]]) : .some(nil)
                guard let from, let to else {
                    malformed += 1
                    continue
                }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[1]]), as: UTF8.self)
                periodsByCode[code, default: []].append(DivisionPeriod(name: name, from: from, to: to))
            }
        }
        self.periodsByCode = periodsByCode
        self.provincePrefixes = Set(periodsByCode.keys.filter { $0 % 10_000 == 0 }.map { $0 / 10_000 })
        self.malformedRowCount = malformed
    }

    /// The name periods of `code`, empty when the list never had it.
    public func periods(of code: String) -> [DivisionPeriod] {
        DivisionCodeRegistry.number(code).map(periods(ofNumber:)) ?? []
    }

    /// The name periods of the code with this numeric value, empty when the list never had it.
    func periods(ofNumber number: Int) -> [DivisionPeriod] { periodsByCode[number] ?? [] }

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
    static func number(_ text: some StringProtocol) -> Int? { number(text.utf8) }

    /// Six ASCII digits as a number.
    static func number(_ bytes: some Collection<UInt8>) -> Int? { decimal(bytes, digits: 6) }

    /// `""` → `.some(nil)` (open); 4 ASCII digits → the year; anything else → `nil` (malformed).
    private static func year(_ bytes: some Collection<UInt8>) -> Int?? {
        if bytes.isEmpty { return .some(nil) }
        return decimal(bytes, digits: 4).map { .some($0) }
    }

    /// The value of exactly `digits` ASCII digits; `nil` for anything else.
    private static func decimal(_ bytes: some Collection<UInt8>, digits: Int) -> Int? {
        guard bytes.count == digits else { return nil }
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
