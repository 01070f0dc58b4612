import Foundation

/// The value parsers: identifiers, dates and amounts, as a field value reaches them (raw text, then the NFKC form
/// the field rules use). Besides not crashing, each checks what the parser promises about itself: the USCC fast path
/// agrees with the reporting path, a valid code is detected as its kind, a parsed date or amount prints back to
/// itself, 万元 become exactly ×10,000 yuan.
extension FuzzEntryPoints {
    /// The bytes as a code of every identifier kind (USCC, organisation code, ID number, division code), raw and
    /// NFKC-normalised; records a violation when the fast and reporting USCC checks disagree or a clean code is
    /// not detected as its own kind.
    public static func identifiers(_ bytes: UnsafeRawBufferPointer) -> FuzzReport {
        var report = FuzzReport()
        let raw = String(decoding: bytes, as: UTF8.self)
        for code in Set([raw, TextNormalization.code(raw)]) {
            let length = Array(code).count
            func check(_ issues: [IdentifierIssue], _ kind: String) {
                for issue in issues {
                    if let position = issue.position, position < 0 || position >= length {
                        report.violations.append("\(kind) \(issue.rule): position \(position) outside \(length) characters")
                    }
                }
            }
            let uscc = UnifiedSocialCreditCode.validate(code)
            check(uscc, "uscc")
            // The fast path answers "valid, no warning" for the common case; the reporting path must agree exactly.
            let fast = UnifiedSocialCreditCode.isValidFast(code, registry: .standard)
            let full = UnifiedSocialCreditCode.issues(of: code, registry: .standard)
            if fast != full.isEmpty { report.violations.append("uscc fast path says \(fast), reporting path \(full)") }
            if uscc != full { report.violations.append("uscc validate gives \(uscc), reporting path \(full)") }
            check(full, "uscc")
            let idNumber = ResidentIDNumber.validate(code, today: FuzzInvariants.today)
            check(idNumber, "id-number")
            let organization = OrganizationCode.validate(code)
            check(organization, "org-code")
            let division = DivisionCode.validate(code, on: FuzzInvariants.today)
            check(division, "division")
            _ = DivisionCode.validate(code, on: nil)
            _ = DivisionCodeRegistry.standard.level(of: code)
            let kind = IdentifierKind.detect(code)
            // A code without any issue has its kind's shape, so detection must name that kind.
            if idNumber.isEmpty && kind != .idNumber { report.violations.append("valid id number detected as \(String(describing: kind))") }
            if organization.isEmpty && kind != .orgCode { report.violations.append("valid org code detected as \(String(describing: kind))") }
            if division.isEmpty && kind != .division { report.violations.append("valid division detected as \(String(describing: kind))") }
            let characters = Array(code)
            if characters.count >= 17 {
                let first17 = String(characters[0..<17])
                _ = UnifiedSocialCreditCode.checkCharacter(forFirst17: first17)
                _ = ResidentIDNumber.checkCharacter(forFirst17: first17)
            }
            if characters.count >= 8 { _ = OrganizationCode.checkCharacter(forBody: String(characters[0..<8])) }
        }
        return report
    }

    /// `YYYY-MM-DD`, `YYYYMMDD`, the profile date styles (the standard ones and Excel serials), and — when the input
    /// holds a line break — a style of the fuzzer's own (the first line) applied to the rest. Inputs of 8 bytes or more
    /// also give a day count for ``CivilDate/init(daysSinceEpoch:)``.
    public static func dates(_ bytes: UnsafeRawBufferPointer) -> FuzzReport {
        var report = FuzzReport()
        let text = String(decoding: bytes, as: UTF8.self)
        if let date = CivilDate(iso: text) {
            if date.description != text { report.violations.append("iso \(text) prints as \(date)") }
            if CivilDate(daysSinceEpoch: date.daysSinceEpoch) != date { report.violations.append("\(date) does not survive its day count") }
        }
        if let date = CivilDate(compact: text), date.description.replacingOccurrences(of: "-", with: "") != text {
            report.violations.append("compact \(text) prints as \(date)")
        }
        for style in DateStyle.standardStyles + [DateStyle("excel")].compactMap({ $0 }) {
            if let date = style.parse(text), CivilDate(year: date.year, month: date.month, day: date.day) != date {
                report.violations.append("style \(style) made an impossible date \(date)")
            }
        }
        if let newline = text.firstIndex(of: "\n"), let style = DateStyle(String(text[..<newline])) {
            _ = style.parse(String(text[text.index(after: newline)...]))
        }
        if bytes.count >= 8 {
            let days = Int(Int64(littleEndian: bytes.loadUnaligned(as: Int64.self)))
            if let date = CivilDate(daysSinceEpoch: days), date.daysSinceEpoch != days {
                report.violations.append("day \(days) gives \(date), which is day \(date.daysSinceEpoch)")
            }
        }
        return report
    }

    /// ``Amount/init(_:)`` and the 万元 conversion of profiles.
    public static func amounts(_ bytes: UnsafeRawBufferPointer) -> FuzzReport {
        var report = FuzzReport()
        let text = String(decoding: bytes, as: UTF8.self)
        for candidate in Set([text, TextNormalization.code(text)]) {
            if let amount = Amount(candidate) {
                if Amount(amount.description) != amount { report.violations.append("\(candidate) prints as \(amount), which reads differently") }
                if Amount(fen: amount.fen) == nil { report.violations.append("\(candidate) is out of range: \(amount.fen) fen") }
            }
            _ = AmountUnit.yuan.toYuan(candidate)
            guard let yuan = AmountUnit.tenThousandYuan.toYuan(candidate) else { continue }
            // Exact: the digits moved four places. Decimal holds 38 digits, so only short inputs are compared.
            let normalized = TextNormalization.code(candidate)
            if normalized.utf8.count <= 30, let source = Decimal(string: normalized, locale: Locale(identifier: "en_US_POSIX")),
               Decimal(string: yuan, locale: Locale(identifier: "en_US_POSIX")) != source * 10_000 {
                report.violations.append("\(candidate) 万元 became \(yuan) yuan")
            }
            _ = Amount(yuan)
        }
        return report
    }
}
