import Testing
@testable import GovCredit

@Suite("Citizen ID number (GB 11643)")
struct IdentifierResidentIDNumberTests {
    static let today = CivilDate(year: 2025, month: 1, day: 1)!

    @Test(arguments: ["11010519491231002X", "360426199101010071"])
    func specValidVectorsHaveNoIssues(code: String) {
        #expect(ResidentIDNumber.validate(code, today: Self.today) == [])
    }

    @Test func specInvalidVector() {
        #expect(ResidentIDNumber.validate("36042619910102009X", today: Self.today)
            == [IdentifierIssue(.idNumberCheck, position: 17, details: ["expected": "3", "found": "X"])])
    }

    /// Each rule with a triggering input (check characters computed with Python, see the comments).
    @Test(arguments: [
        ("36042619910101007", "id-number.length", nil),
        ("3604261991010100711", "id-number.length", nil),
        ("11010519491231002x", "id-number.charset", 17),
        ("1101051949123100X2", "id-number.charset", 16),
        ("1101O519491231002X", "id-number.charset", 4),
        ("360426199101010072", "id-number.check", 17),
        ("360426199102300070", "id-number.birth-date", nil), // 1991-02-30
        ("360426203001010073", "id-number.birth-future", nil), // 2030-01-01
        ("110103201501010014", "id-number.division", nil), // 崇文区 abolished after 2010
        ("119999199001010012", "id-number.division", nil), // never listed
    ] as [(String, String, Int?)])
    func ruleIsReportedAtPosition(code: String, rule: String, position: Int?) throws {
        let issues = ResidentIDNumber.validate(code, today: Self.today)
        let issue = try #require(issues.first { $0.rule == rule }, "\(code): \(issues)")
        #expect(issue.position == position)
        #expect(issue.severity == (rule == "id-number.division" ? .warning : .error))
    }

    @Test func birthDateInTheFutureDependsOnToday() {
        let code = IdentifierReference.idNumber(division: "110105", birth: "20250102", sequence: "001")
        #expect(ResidentIDNumber.validate(code, today: Self.today)
            == [IdentifierIssue(.idNumberBirthFuture, details: ["birthDate": "2025-01-02", "today": "2025-01-01"])])
        #expect(ResidentIDNumber.validate(code, today: CivilDate(year: 2025, month: 1, day: 2)!) == [])
    }

    /// The address code must have existed in the birth year (SPEC §1: warning).
    @Test(arguments: [
        ("110103", "20050101", true), ("110103", "20150101", false),
        ("110115", "20000101", false), ("110115", "20010101", true),
        ("130204", "19900101", true), ("130204", "19990101", true), // 东矿区, then 古冶区
        ("460100", "19870101", false), ("460100", "19880101", true),
    ])
    func divisionIsCheckedAgainstTheBirthYear(division: String, birth: String, inForce: Bool) {
        let code = IdentifierReference.idNumber(division: division, birth: birth, sequence: "123")
        let issues = ResidentIDNumber.validate(code, today: Self.today)
        #expect(issues.map(\.rule) == (inForce ? [] : ["id-number.division"]), "\(code)")
        #expect(!issues.hasErrors)
    }

    @Test func divisionWarningNamesThePeriods() {
        let issues = ResidentIDNumber.validate("110103201501010014", today: Self.today)
        #expect(issues == [IdentifierIssue(.idNumberDivision,
                                           details: ["code": "110103", "year": "2015", "inForce": "[-2010]崇文区"])])
    }

    @Test func unreadableBirthDateStillChecksThatTheDivisionIsKnown() {
        let known = IdentifierReference.idNumber(division: "110103", birth: "20151301", sequence: "001")
        #expect(ResidentIDNumber.validate(known, today: Self.today).map(\.rule) == ["id-number.birth-date"])
        let unknown = IdentifierReference.idNumber(division: "119999", birth: "20151301", sequence: "001")
        #expect(ResidentIDNumber.validate(unknown, today: Self.today).map(\.rule)
            == ["id-number.birth-date", "id-number.division"])
    }

    @Test func randomBodiesAgreeWithTheReference() {
        var random = SplitMix64(seed: 11643)
        for _ in 0..<2000 {
            let first17 = String((0..<17).map { _ in Character(String(Int.random(in: 0...9, using: &random))) })
            #expect(ResidentIDNumber.checkCharacter(forFirst17: first17) == IdentifierReference.idNumberCheck(first17))
        }
    }
}
