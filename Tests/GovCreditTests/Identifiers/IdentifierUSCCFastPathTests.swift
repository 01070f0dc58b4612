import Testing
@testable import GovCredit

/// The byte-level fast path must say "valid" exactly when the reporting path finds no issue, and "only the
/// division is unknown" exactly when that is the reporting path's one issue.
@Suite("Identifier USCC fast path")
struct IdentifierUSCCFastPathTests {
    @Test func fastAndReportingPathsAgree() {
        var random = SplitMix64(seed: 20_251_127)
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        let authorities = ["11", "12", "13", "19", "51", "52", "53", "91", "92", "93", "A1", "N2", "Y1", "21", "99"]
        let divisions = ["110000", "330106", "440304", "510104", "100000", "999999", "110103"]
        var valid = 0, unknownDivisions = 0
        for _ in 0..<20_000 {
            let body = String((0..<8).map { _ in alphabet[Int(random.next() % 31)] })
            var first17 = authorities[Int(random.next() % UInt64(authorities.count))]
                + divisions[Int(random.next() % UInt64(divisions.count))] + body
            first17 += String(IdentifierReference.organizationCheck(body))
            var code = first17 + String(IdentifierReference.usccCheck(first17))
            switch random.next() % 6 {
            case 0: code = String(code.dropLast()) + String(alphabet[Int(random.next() % 31)])
            case 1: code.insert("O", at: code.index(code.startIndex, offsetBy: Int(random.next() % 18)))
            case 2: code = String(code.prefix(17))
            case 3: code = code.lowercased()
            default: break
            }
            let fast = UnifiedSocialCreditCode.isValidFast(code, registry: .standard)
            let reported = UnifiedSocialCreditCode.issues(of: code, registry: .standard)
            #expect(fast == reported.isEmpty, "\(code): fast \(fast), issues \(reported.map(\.rule))")
            // What validate returns (fast verdicts included) is exactly what the reporting path finds.
            #expect(UnifiedSocialCreditCode.validate(code, registry: .standard) == reported, "\(code)")
            if case .onlyDivisionUnknown = UnifiedSocialCreditCode.fastVerdict(code, registry: .standard) { unknownDivisions += 1 }
            if fast { valid += 1 }
        }
        #expect(valid > 2_000)
        #expect(unknownDivisions > 500)
    }
}
