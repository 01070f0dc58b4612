import Foundation
import Testing
@testable import GovCredit

@Suite("Division codes (GB/T 2260) and their history")
struct IdentifierDivisionTests {
    static func date(_ year: Int) -> CivilDate { CivilDate(year: year, month: 6, day: 30)! }

    @Test(arguments: [
        ("110103", 2005, [String]()), ("110103", 2010, []), ("110103", 2015, ["division.not-in-force"]),
        ("110115", 2000, ["division.not-in-force"]), ("110115", 2001, []), ("110115", 2024, []),
        ("120110", 1991, []), ("120110", 1992, []), // 东郊区 → 东丽区, same code
        ("500000", 1996, ["division.not-in-force"]), ("500000", 1997, []), // 重庆市 from 1997
        ("210311", 1982, ["division.not-in-force"]), // source period [1983-1982]: never in force
        ("119999", 2020, ["division.unknown"]),
    ])
    func codeIsCheckedAgainstTheDatesYear(code: String, year: Int, rules: [String]) {
        let issues = DivisionCode.validate(code, on: Self.date(year))
        #expect(issues.map(\.rule) == rules)
        #expect(!issues.hasErrors)
    }

    @Test func notInForceNamesThePeriods() {
        #expect(DivisionCode.validate("120110", on: Self.date(1980)) == [])
        #expect(DivisionCode.validate("110103", on: Self.date(2015))
            == [IdentifierIssue(.divisionNotInForce, details: ["code": "110103", "year": "2015", "inForce": "[-2010]崇文区"])])
        #expect(DivisionCode.validate("130204", on: Self.date(1980)).first?.details["inForce"]
            == "[1983-1994]东矿区,[1995-]古冶区")
    }

    @Test func withoutADateOnlyKnownIsChecked() {
        #expect(DivisionCode.validate("110103", on: nil) == [])
        #expect(DivisionCode.validate("119999", on: nil).map(\.rule) == ["division.unknown"])
    }

    @Test(arguments: [
        ("11010", nil), ("1101011", nil), ("", nil), ("11010a", 5), ("１10101", 0), (" 110101", 0),
        ("990101", nil), ("100000", nil), ("000000", nil),
    ] as [(String, Int?)])
    func malformedCodesAreFormatErrors(code: String, position: Int?) {
        let issues = DivisionCode.validate(code, on: nil)
        #expect(issues.map(\.rule) == ["division.format"])
        #expect(issues.first?.position == position)
        #expect(issues.first?.severity == .error)
    }

    @Test(arguments: [
        ("110000", DivisionLevel.province), ("110100", .prefecture), ("130200", .prefecture), ("130204", .county),
    ])
    func levelFollowsTheShape(code: String, level: DivisionLevel) {
        #expect(DivisionCodeRegistry.standard.level(of: code) == level)
    }

    @Test(arguments: ["11000", "11000a", "１10000"])
    func levelOfMalformedCodeIsNil(code: String) {
        #expect(DivisionCodeRegistry.standard.level(of: code) == nil)
    }

    @Test func registryAnswers() {
        let registry = DivisionCodeRegistry.standard
        #expect(registry.periods(of: "110110") == [DivisionPeriod(name: "燕山区", from: nil, to: 1986)])
        #expect(registry.periods(of: "130204") == [DivisionPeriod(name: "东矿区", from: 1983, to: 1994),
                                                   DivisionPeriod(name: "古冶区", from: 1995, to: nil)])
        #expect(registry.isKnown("110103") && !registry.isKnown("119999") && !registry.isKnown("11010"))
        #expect(registry.isInForce("110115", year: 2001) && !registry.isInForce("110115", year: 2000))
        #expect(registry.malformedRowCount == 0)
        let provinces = Set(registry.codes.filter { $0.hasSuffix("0000") })
        #expect(provinces.count == 34)
        #expect(provinces.contains("710000") && provinces.contains("820000"))
    }

    /// The generated table holds exactly the rows of `Standards/…/divisions/gb2260.tsv` (a stale or
    /// truncated generation fails here).
    @Test func generatedTableMatchesTheStandardsFile() throws {
        let url = try IdentifierTestFiles.repositoryRoot()
            .appendingPathComponent("Standards/gov-integrity/1.0/divisions/gb2260.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.hasPrefix("code\tname\tfrom\tto\n"))
        let fromFile = DivisionCodeRegistry(tableText: text)
        #expect(fromFile.malformedRowCount == 0)
        let standard = DivisionCodeRegistry.standard
        #expect(fromFile.codes == standard.codes)
        #expect(fromFile.codes.count > 3000)
        for code in fromFile.codes where fromFile.periods(of: code) != standard.periods(of: code) {
            Issue.record("\(code): \(fromFile.periods(of: code)) ≠ \(standard.periods(of: code))")
        }
    }

    @Test func parserReadsTrimmedRowsAndCountsMalformedOnes() {
        let registry = DivisionCodeRegistry(tableText: "code\tname\tfrom\tto\n110000\t北京市\n110103\t崇文区\t\t2010\n"
            + "130204\t东矿区\t1983\t1994\n130204\t古冶区\t1995\n12345\tbad\n110101\t\n110102\t西城区\t19x0\n")
        #expect(registry.malformedRowCount == 3)
        #expect(registry.periods(of: "110103") == [DivisionPeriod(name: "崇文区", from: nil, to: 2010)])
        #expect(registry.periods(of: "130204").count == 2)
        #expect(registry.codes == ["110000", "110103", "130204"])
        #expect(DivisionCode.validate("210000", on: nil, registry: registry).map(\.rule) == ["division.format"])
    }
}
