/// An amount of money in yuan, exact to the fen (SPEC §1: decimal, ≥ 0, at most 2 fraction digits, never binary
/// floating point).
///
/// Stored as a whole number of fen: 16 integer digits (`N..18,2`) fit an `Int64` with room to spare, and
/// arithmetic and comparison stay exact. `Decimal(string:)` is not used to parse: it accepts prefixes and
/// silently truncates (`"12abc"` → 12; `PLATFORM.md` §5).
public struct Amount: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The amount in fen (0.01 yuan).
    public let fen: Int64

    /// The largest amount `N..18,2` allows: 9,999,999,999,999,999.99 yuan.
    public static let maximumFen: Int64 = 999_999_999_999_999_999

    /// An amount of `fen` (0.01 yuan); `nil` when negative or above ``maximumFen``.
    public init?(fen: Int64) {
        guard (0...Amount.maximumFen).contains(fen) else { return nil }
        self.fen = fen
    }

    /// Parses `digits[.d[d]]`: 1–16 integer digits, 0–2 fraction digits, ASCII only, no sign, no grouping, no
    /// exponent. Anything else is `nil`.
    public init?(_ text: some StringProtocol) {
        var integer: Int64 = 0
        var integerDigits = 0
        var fraction: Int64 = 0
        var fractionDigits = 0
        var seenPoint = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint, integerDigits > 0 else { return nil }
                seenPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                let digit = Int64(byte - UInt8(ascii: "0"))
                if seenPoint {
                    fractionDigits += 1
                    guard fractionDigits <= 2 else { return nil }
                    fraction = fraction * 10 + digit
                } else {
                    integerDigits += 1
                    guard integerDigits <= 16 else { return nil }
                    integer = integer * 10 + digit
                }
            } else {
                return nil
            }
        }
        guard integerDigits > 0, !(seenPoint && fractionDigits == 0) else { return nil }
        if fractionDigits == 1 { fraction *= 10 }
        self.fen = integer * 100 + fraction
    }

    /// Canonical form with two fraction digits: `1234.50`.
    public var description: String {
        let cents = fen % 100
        return "\(fen / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Compares exactly, by fen.
    public static func < (lhs: Amount, rhs: Amount) -> Bool { lhs.fen < rhs.fen }

    /// Decodes from a string, or from a JSON number read as exact decimal text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text: String
        if let string = try? container.decode(String.self) {
            text = string
        } else {
            // JSONDecoder reads a number into Decimal exactly (PLATFORM.md §5); its description has no grouping.
            text = try container.decode(Decimal.self).description
        }
        guard let amount = Amount(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an amount: \(text)")
        }
        self = amount
    }

    /// Encodes as the canonical string (`"1234.50"`), never as a JSON number, so no reader rounds it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

import Foundation
