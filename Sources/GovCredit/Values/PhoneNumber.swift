/// Mainland phone numbers (SPEC §2, Contact): a mobile number (`1[3-9]` + 9 digits), a landline with its area
/// code (`0` + 2–3 digits, then 7–8 digits, an optional extension), a 400/800 service number, 12345 or a
/// 95xxx short code; optionally `+86`/`0086` first, `-` or a space between the parts.
enum PhoneNumber {
    static func isValid(_ text: String) -> Bool {
        var groups = text.split(whereSeparator: { $0 == "-" || $0 == " " }).map(String.init)
        guard !groups.isEmpty, groups.allSatisfy({ !$0.isEmpty }) else { return false }
        if groups[0] == "+86" || groups[0] == "0086" {
            groups.removeFirst()
        } else if groups[0].hasPrefix("+86") {
            groups[0].removeFirst(3)
        }
        guard !groups.isEmpty, groups.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) else { return false }
        let digits = groups.joined()
        let first = groups[0]
        if groups.count == 1 {
            if digits.count == 11, digits.hasPrefix("1"), let second = digits.dropFirst().first, "3456789".contains(second) {
                return true
            }
            if digits == "12345" || (digits.hasPrefix("95") && (5...8).contains(digits.count)) { return true }
            if (digits.hasPrefix("400") || digits.hasPrefix("800")) && digits.count == 10 { return true }
            // Landline written without a separator: 0 + area code + number, 10–12 digits.
            return digits.hasPrefix("0") && (10...12).contains(digits.count)
        }
        if (first == "400" || first == "800") && digits.count == 10 { return true }
        guard first.hasPrefix("0"), (3...4).contains(first.count) else { return false }
        guard (7...8).contains(groups[1].count) else { return false }
        return groups.count == 2 || (groups.count == 3 && (1...6).contains(groups[2].count))
    }
}
