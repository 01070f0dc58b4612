import Foundation
import Testing
@testable import GovCredit

@Suite("Identifier kinds and the rule catalogue")
struct IdentifierKindTests {
    @Test(arguments: [
        ("11010519491231002X", IdentifierKind.idNumber), ("360426199101010071", .idNumber),
        ("91110000600037341L", .uscc), ("121200004013590816", .uscc),
        ("36042619910102009X", .idNumber), // ID shape and birth date, wrong check: the ID rules report it
        ("360426199102300070", .uscc), // no real birth date
        ("600037341", .orgCode), ("60003734-1", .orgCode), ("110105", .division),
        ("360426910101007", .idNumber), ("9111000060003734L", .uscc), ("36042619910101007", .idNumber),
        ("11010", .division), ("6000373", .division), ("ABC1234", IdentifierKind?.none), ("", nil), ("a long free text value", nil),
    ] as [(String, IdentifierKind?)])
    func detectGuessesFromTheShape(code: String, kind: IdentifierKind?) {
        #expect(IdentifierKind.detect(code) == kind)
    }

    @Test func rawValuesAreTheNamesUsedInProfiles() {
        #expect(IdentifierKind.allCases.map(\.rawValue) == ["uscc", "org-code", "id-number", "division"])
    }

    /// Every identifier rule is in the catalogue (`rules.yaml`) as an identifier rule.
    @Test func everyIdentifierRuleIsCatalogued() {
        for rule in IdentifierRule.allCases {
            let entry = RuleID(rawValue: rule.rawValue).entry
            #expect(entry?.scope == "identifier", "\(rule.rawValue) is not catalogued as an identifier rule")
        }
    }
}
