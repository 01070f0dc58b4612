/// The unit a provincial export writes amounts in (SPEC §1: a profile may declare 万元, ×10000).
public enum AmountUnit: String, Hashable, Sendable, CaseIterable {
    /// 元 (yuan): the source amount is taken as written, already the standard's unit.
    case yuan = "元"
    /// 万元 (ten thousand yuan): the source amount is multiplied by 10000 exactly on its digits; at most six fraction
    /// digits, so the result keeps two.
    case tenThousandYuan = "万元"

    /// The amount in yuan with two fraction digits, computed exactly on the digits; `nil` when `text` is not a
    /// plain decimal or the result needs more than two fraction digits (then the raw text is validated and
    /// reported as it is).
    func toYuan(_ text: String) -> String? {
        let normalized = TextNormalization.code(text)
        switch self {
        case .yuan:
            return normalized
        case .tenThousandYuan:
            let parts = normalized.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard let integer = parts.first, !integer.isEmpty, integer.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            let fraction = parts.count == 2 ? parts[1] : ""
            guard fraction.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), parts.count == 1 || !fraction.isEmpty,
                  fraction.count <= 6 else { return nil }
            // ×10000: move the decimal point four places.
            let padded = fraction + String(repeating: "0", count: 6 - fraction.count)
            var yuan = String(integer) + padded.prefix(4)
            while yuan.count > 1 && yuan.hasPrefix("0") { yuan.removeFirst() }
            return yuan + "." + padded.suffix(2)
        }
    }
}
