import Testing
@testable import GovCredit

@Suite("Organisation code (GB 11714)")
struct IdentifierOrganizationCodeTests {
    /// Check characters computed by hand and with Python: MA01XY7P sums to 661 ≡ 1 → 10 → `X`; MA01XY7U and
    /// 00000000 sum to ≡ 0 → 11 → `0`.
    @Test(arguments: ["600037341", "60003734-1", "401359081", "MA1K3BTP2", "MA2PBMEM2", "MA01XY7PX", "MA01XY7U-0",
                      "000000000"])
    func validCodes(code: String) {
        #expect(OrganizationCode.validate(code) == [])
    }

    @Test(arguments: [("MA01XY7P", "X"), ("MA01XY7U", "0"), ("00000000", "0"), ("60003734", "1")] as [(String, Character)])
    func checkCharacterCoversTenAndEleven(body: String, expected: Character) {
        #expect(OrganizationCode.checkCharacter(forBody: body) == expected)
        #expect(IdentifierReference.organizationCheck(body) == expected)
    }

    @Test(arguments: [
        ("60003734", "org-code.length", nil),
        ("6000373411", "org-code.length", nil),
        ("6000373-41", "org-code.length", nil),
        ("6000373a1", "org-code.charset", 7),
        ("60003734A", "org-code.charset", 8),
        ("60003734-A", "org-code.charset", 9),
        ("600037342", "org-code.check", 8),
        ("60003734-2", "org-code.check", 9),
    ] as [(String, String, Int?)])
    func ruleIsReportedAtPosition(code: String, rule: String, position: Int?) throws {
        let issue = try #require(OrganizationCode.validate(code).first { $0.rule == rule })
        #expect(issue.position == position)
        #expect(issue.severity == .error)
    }

    @Test func hyphenElsewhereIsACharsetErrorToo() {
        #expect(OrganizationCode.validate("6000373-41").map(\.rule) == ["org-code.length", "org-code.charset"])
    }

    @Test func checkNamesExpectedAndFound() {
        #expect(OrganizationCode.validate("600037342")
            == [IdentifierIssue(.organizationCodeCheck, position: 8, details: ["expected": "1", "found": "2"])])
    }

    @Test func randomBodiesAgreeWithTheReference() {
        var random = SplitMix64(seed: 11714)
        let alphabet = Array(IdentifierReference.organizationAlphabet)
        for _ in 0..<2000 {
            let body = String((0..<8).map { _ in alphabet.randomElement(using: &random)! })
            #expect(OrganizationCode.checkCharacter(forBody: body) == IdentifierReference.organizationCheck(body))
        }
    }
}
