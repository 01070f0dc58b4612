import Testing
@testable import GovCredit

@Suite("Unified social credit code (GB 32100)")
struct IdentifierUSCCTests {
    /// SPEC §1 vectors.
    @Test(arguments: ["91110000600037341L", "121200004013590816", "91310115MA1K3BTP2B", "92340602MA2PBMEM24"])
    func specValidVectorsHaveNoIssues(code: String) {
        #expect(UnifiedSocialCreditCode.validate(code) == [])
    }

    @Test func specInvalidCheckVector() {
        #expect(UnifiedSocialCreditCode.validate("91110000600037341N")
            == [IdentifierIssue(.usccCheck, position: 17, details: ["expected": "L", "found": "N"])])
    }

    @Test func specInvalidCharsetVectorReportsFirstBadCharacterAndSkipsChecks() {
        // 'I' at 13 (then O, Z, S, V): the check characters are not computed over bad characters.
        #expect(UnifiedSocialCreditCode.validate("9111000060003IOZSV")
            == [IdentifierIssue(.usccCharset, position: 13, details: ["found": "I"])])
    }

    /// Each rule with the input that triggers it and the expected position (nil: no single character).
    @Test(arguments: [
        ("91110000600037341", "uscc.length", nil),
        ("91110000600037341LX", "uscc.length", nil),
        ("", "uscc.length", nil),
        ("91110000600O37341L", "uscc.charset", 11),
        ("91110000600037341l", "uscc.charset", 17),
        ("９1110000600037341L", "uscc.charset", 0),
        ("91110000600037341N", "uscc.check", 17),
        ("91110000600037342P", "uscc.org-code-check", 16),
        ("951100006000373418", "uscc.authority-type", 1),
        ("B1110000600037341J", "uscc.authority-type", 0),
        ("911199996000373410", "uscc.division", nil),
    ] as [(String, String, Int?)])
    func ruleIsReportedAtPosition(code: String, rule: String, position: Int?) throws {
        let issues = UnifiedSocialCreditCode.validate(code)
        let issue = try #require(issues.first { $0.rule == rule }, "\(code): \(issues)")
        #expect(issue.position == position)
        let expectedSeverity: Severity = ["uscc.authority-type", "uscc.division"].contains(rule) ? .warning : .error
        #expect(issue.severity == expectedSeverity)
    }

    @Test func orgCodeCheckNamesExpectedAndFound() {
        // Body 60003734 has GB 11714 check 1; the code carries 2 and a matching USCC check character.
        let code = IdentifierReference.uscc(prefix: "91110000", body: "60003734").dropLast(2) + "2"
        let full = code + String(IdentifierReference.usccCheck(String(code)))
        #expect(UnifiedSocialCreditCode.validate(String(full))
            == [IdentifierIssue(.usccOrganizationCodeCheck, position: 16, details: ["expected": "1", "found": "2"])])
    }

    /// Letter authorities (A military, N agriculture, Y other) are valid when every check holds; the
    /// national division code 100000 is accepted. Vectors computed with Python and with the test reference.
    @Test(arguments: ["A1110000600037341K", "N2110000MA1K3BTP2G", "Y1100000123456788U"])
    func letterAuthoritiesFixedVectorsAreValid(code: String) {
        #expect(UnifiedSocialCreditCode.validate(code) == [])
    }

    @Test(arguments: ["A1", "A9", "N1", "N2", "N3", "N9", "Y1", "11", "12", "13", "19", "21", "31", "35", "51",
                      "52", "53", "62", "72", "81", "91", "92", "93"])
    func everyTabledAuthorityTypePairIsAccepted(pair: String) {
        let code = IdentifierReference.uscc(prefix: pair + "110105", body: "MA01XY7K")
        #expect(UnifiedSocialCreditCode.validate(code) == [], "\(code)")
    }

    @Test(arguments: ["94", "A2", "N4", "Y2", "99", "C1", "10"])
    func untabledPairIsOnlyAWarning(pair: String) {
        let code = IdentifierReference.uscc(prefix: pair + "110105", body: "MA01XY7K")
        let issues = UnifiedSocialCreditCode.validate(code)
        #expect(issues.map(\.rule) == ["uscc.authority-type"])
        #expect(issues.first?.details == ["authority": String(pair.first!), "type": String(pair.last!)])
        #expect(!issues.hasErrors)
    }

    @Test func issuesAccumulate() {
        // Wrong pair, unknown division, wrong embedded check and wrong final check, all at once.
        let issues = UnifiedSocialCreditCode.validate("951199996000373420")
        #expect(issues.map(\.rule).sorted()
            == ["uscc.authority-type", "uscc.check", "uscc.division", "uscc.org-code-check"])
    }

    @Test func charsetErrorSkipsOnlyTheSegmentsItTouches() {
        // A bad character in the organisation code still lets the pair and the division be checked.
        let issues = UnifiedSocialCreditCode.validate("95119999600O37341L")
        #expect(issues.map(\.rule) == ["uscc.charset", "uscc.authority-type", "uscc.division"])
    }

    @Test func divisionCheckUsesTheGivenRegistry() {
        let empty = DivisionCodeRegistry(tableText: "")
        #expect(UnifiedSocialCreditCode.validate("91110000600037341L", registry: empty).map(\.rule) == ["uscc.division"])
        #expect(UnifiedSocialCreditCode.validate("Y1100000123456788U", registry: empty) == [])
    }

    @Test(arguments: [
        ("91110000600037341", "L"), ("12120000401359081", "6"), ("91310115MA1K3BTP2", "B"), ("92340602MA2PBMEM2", "4"),
    ] as [(String, Character)])
    func checkCharacterForFirst17(first17: String, expected: Character) {
        #expect(UnifiedSocialCreditCode.checkCharacter(forFirst17: first17) == expected)
        #expect(IdentifierReference.usccCheck(first17) == expected)
    }

    @Test(arguments: ["9111000060003734", "9111000060003734I", "911100006000373411"])
    func checkCharacterRejectsMalformedInput(first17: String) {
        #expect(UnifiedSocialCreditCode.checkCharacter(forFirst17: first17) == nil)
    }

    @Test func randomCodesAgreeWithTheReference() {
        var random = SplitMix64(seed: 32100)
        let alphabet = Array(IdentifierReference.usccAlphabet)
        for _ in 0..<2000 {
            let first17 = String((0..<17).map { _ in alphabet.randomElement(using: &random)! })
            #expect(UnifiedSocialCreditCode.checkCharacter(forFirst17: first17) == IdentifierReference.usccCheck(first17))
        }
    }
}
