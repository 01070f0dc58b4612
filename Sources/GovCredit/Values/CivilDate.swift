import Foundation

/// A calendar date without a time or zone (SPEC §1: dates are `YYYY-MM-DD`).
///
/// The standard's dates are civil dates in China; "today" is therefore taken at UTC+08:00, whatever the
/// machine's zone. Parsing is by hand: `DateFormatter` is lenient (`2020-02-30` → March 1) and ~40 µs a call on
/// Linux (`PLATFORM.md` §5), and a date that does not exist must be an error, never a neighbour.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1–9999.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31 (never past the month's last day).
    public let day: Int

    /// Creates a date when the three parts name a day that exists in the proleptic Gregorian calendar.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero-padded), returning `nil` for anything else or a day
    /// that does not exist.
    public init?(iso text: some StringProtocol) {
        // Read in place: copying the text into an array first was an allocation per date, and dates are a
        // quarter of the fields of a typical record (heaptrack).
        guard let date = CivilDate.parse(text.utf8, separated: true) else { return nil }
        self = date
    }

    /// Parses exactly `YYYYMMDD` (the form inside GB 11643 ID numbers).
    public init?(compact text: some StringProtocol) {
        guard let date = CivilDate.parse(text.utf8, separated: false) else { return nil }
        self = date
    }

    /// `YYYY-MM-DD` (`separated`) or `YYYYMMDD` from UTF-8 bytes.
    private static func parse(_ bytes: some Collection<UInt8>, separated: Bool) -> CivilDate? {
        // A native string's bytes are contiguous: read through a pointer, not the generic view.
        if let date = bytes.withContiguousStorageIfAvailable({ parse(digits: $0, separated: separated) }) { return date }
        return parse(digits: bytes, separated: separated)
    }

    private static func parse(digits bytes: some Collection<UInt8>, separated: Bool) -> CivilDate? {
        guard bytes.count == (separated ? 10 : 8) else { return nil }
        var digits = (0, 0, 0)  // year, month, day
        var position = 0
        for byte in bytes {
            defer { position += 1 }
            if separated && (position == 4 || position == 7) {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch position {
            case 0..<4: digits.0 = digits.0 * 10 + digit
            case 4..<(separated ? 7 : 6): digits.1 = digits.1 * 10 + digit
            default: digits.2 = digits.2 * 10 + digit
            }
        }
        return CivilDate(year: digits.0, month: digits.1, day: digits.2)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        // Written digit by digit into the string's own storage: the interpolation of padded parts it replaces was
        // six allocations a date, and the writers ask for every date of every record.
        let year = year, month = month, day = day
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func put(_ value: Int, width: Int, at start: Int) {
                var value = value
                for offset in stride(from: width - 1, through: 0, by: -1) {
                    buffer[start + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, width: 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, width: 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(day, width: 2, at: 8)
            return 10
        }
    }

    /// Earlier dates sort first.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm of H. Hinnant.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `daysSinceEpoch` days after 1970-01-01.
    public init?(daysSinceEpoch days: Int) {
        // Outside 0001-01-01 … 9999-12-31 there is no date to make, and checking first keeps the arithmetic below
        // from overflowing: a day count near Int.max trapped (found by tools/fuzz dates).
        guard (-719_162...2_932_896).contains(days) else { return nil }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// Today in China (UTC+08:00), the reference for "not in the future".
    public static func todayInChina(now: Date = Date()) -> CivilDate {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        // A `Date` always lies inside the 1…9999 range that `init?(daysSinceEpoch:)` accepts.
        return CivilDate(daysSinceEpoch: days) ?? CivilDate(year: 1970, month: 1, day: 1)!
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CivilDate: Codable {
    /// Decodes `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date YYYY-MM-DD: \(text)")
        }
        self = date
    }

    /// Encodes `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
