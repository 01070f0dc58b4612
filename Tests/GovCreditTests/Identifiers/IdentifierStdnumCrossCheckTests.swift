import Foundation
import Testing
@testable import GovCredit

/// Cross-check against python-stdnum (`cn.uscc`, `cn.ric`) on a few thousand generated codes, compared only
/// where the two rule sets coincide (SPEC §1: GovCredit checks more than common validators).
///
/// Differences by design, excluded or factored out:
/// - USCC: stdnum does not check the embedded GB 11714 character (so `uscc.org-code-check` is ignored here),
///   rejects letters in characters 1–8 (letter authorities `A`/`N`/`Y`: codes we accept that have one are
///   left out) and ignores the authority table and the division (warnings, ignored).
/// - ID number: stdnum does not look at today (codes with `id-number.birth-future` are left out) and rejects
///   a birth place not in force in the birth year, which is only our `id-number.division` warning: the error
///   verdicts are compared on codes without that warning, and separately the warning must match stdnum's
///   place check (both read python-stdnum's `loc.dat`, ours through `gb2260.tsv`).
/// - Inputs avoid what stdnum normalises first (spaces, hyphens, lower case, full-width forms).
@Suite("Identifiers cross-checked with python-stdnum", .serialized)
struct IdentifierStdnumCrossCheckTests {
    static let today = CivilDate(year: 2025, month: 1, day: 1)!

    @Test func verdictsAgreeWithStdnum() throws {
        var random = SplitMix64(seed: 2_260)
        let usccCodes = Self.usccCodes(count: 2_500, random: &random)
        let idNumbers = Self.idNumbers(count: 2_500, random: &random)
        let verdicts = try Self.stdnumVerdicts(usccCodes.map { ("uscc", $0) } + idNumbers.map { ("id-number", $0) })
        try #require(verdicts.count == usccCodes.count + idNumbers.count)

        var disagreements: [String] = []
        var compared = (uscc: 0, usccValid: 0, id: 0, idValid: 0, division: 0)
        for (code, stdnumValid) in zip(usccCodes, verdicts.prefix(usccCodes.count)) {
            let issues = UnifiedSocialCreditCode.validate(code)
            let oursValid = !issues.contains { $0.severity == .error && $0.rule != "uscc.org-code-check" }
            // stdnum rejects any letter in characters 1–8 (letter authorities, letters in the division).
            if oursValid && !code.prefix(8).allSatisfy(IdentifierCharacters.isDigit) { continue }
            compared.uscc += 1
            if oursValid { compared.usccValid += 1 }
            if oursValid != stdnumValid { disagreements.append("uscc \(code): ours \(issues.map(\.rule)), stdnum \(stdnumValid)") }
        }
        for (code, stdnumValid) in zip(idNumbers, verdicts.suffix(idNumbers.count)) {
            let issues = ResidentIDNumber.validate(code, today: Self.today)
            if issues.contains(where: { $0.rule == "id-number.birth-future" }) { continue }
            let oursValid = !issues.hasErrors
            let divisionWarning = issues.contains { $0.rule == "id-number.division" }
            if oursValid {
                compared.division += 1
                if divisionWarning == stdnumValid {
                    disagreements.append("id-number \(code): division warning \(divisionWarning), stdnum \(stdnumValid)")
                }
                if divisionWarning { continue }
            }
            compared.id += 1
            if oursValid { compared.idValid += 1 }
            if oursValid != stdnumValid { disagreements.append("id-number \(code): ours \(issues.map(\.rule)), stdnum \(stdnumValid)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements, e.g.\n\(disagreements.prefix(20).joined(separator: "\n"))")
        // The comparison must not be vacuous: many codes compared, valid and invalid ones on both sides.
        #expect(compared.uscc >= 1_500 && compared.usccValid >= 300 && compared.uscc - compared.usccValid >= 300, "\(compared)")
        #expect(compared.id >= 1_500 && compared.idValid >= 300 && compared.id - compared.idValid >= 300, "\(compared)")
        #expect(compared.division >= 500, "\(compared)")
    }


    // MARK: - stdnum

    static func stdnumVerdicts(_ lines: [(kind: String, code: String)]) throws -> [Bool] {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("govcredit-stdnum-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        try lines.map { "\($0.kind)\t\($0.code)\n" }.joined().write(to: file, atomically: true, encoding: .utf8)
        let result: (status: Int32, output: String, errors: String)
        do {
            result = try IdentifierTestFiles.runPython(["tools/crosscheck/stdnum_identifiers.py", file.path])
        } catch {
            throw CrossCheckUnavailable(reason: "could not start /usr/bin/env python3: \(error)")
        }
        guard result.status == 0 else {
            throw CrossCheckUnavailable(reason: "python3 tools/crosscheck/stdnum_identifiers.py exited \(result.status): \(result.errors)")
        }
        return try result.output.split(separator: "\n").map { verdict in
            switch verdict {
            case "valid": return true
            case "invalid": return false
            default: throw CrossCheckUnavailable(reason: "unexpected verdict \(verdict)")
            }
        }
    }

    /// Fails the test (never skips it): the cross-check is part of the suite.
    struct CrossCheckUnavailable: Error, CustomStringConvertible {
        let reason: String
        var description: String {
            "stdnum cross-check could not run (\(reason)). Install python3 and `pip install python-stdnum`."
        }
    }

    // MARK: - Generated inputs

    static let usccAlphabet = Array(IdentifierReference.usccAlphabet)
    static let usccPairs = ["11", "12", "13", "19", "21", "31", "33", "51", "52", "53", "91", "92", "93", "94", "A1", "N2", "Y1"]

    static func usccCodes(count: Int, random: inout SplitMix64) -> [String] {
        let divisions = DivisionCodeRegistry.standard.codes + ["100000", "119999", "990000"]
        let substitutes = usccAlphabet + Array("IOZSV*")
        return (0..<count).map { _ in
            let pair = usccPairs.randomElement(using: &random)!
            let division = divisions.randomElement(using: &random)!
            let body = String((0..<8).map { _ in usccAlphabet.randomElement(using: &random)! })
            var code = IdentifierReference.uscc(prefix: pair + division, body: body)
            if Int.random(in: 0..<5, using: &random) == 0 {
                // Wrong embedded organisation-code check with a correct final check.
                var first17 = Array(code.prefix(17))
                first17[16] = usccAlphabet.randomElement(using: &random)!
                code = String(first17) + String(IdentifierReference.usccCheck(String(first17)))
            }
            return mutate(code, substitutes: substitutes, random: &random)
        }
    }

    static func idNumbers(count: Int, random: inout SplitMix64) -> [String] {
        let registry = DivisionCodeRegistry.standard
        let divisions = registry.codes.filter { registry.level(of: $0) == .county } + ["119999", "999999"]
        let substitutes = Array("0123456789XA")
        return (0..<count).map { _ in
            let division = divisions.randomElement(using: &random)!
            // Mostly a birth year in which the code was in force, sometimes any year.
            var year = Int.random(in: 1950...2020, using: &random)
            if let period = registry.periods(of: division).randomElement(using: &random),
               Int.random(in: 0..<4, using: &random) != 0 {
                let from = max(period.from ?? 1950, 1950)
                let to = min(period.to ?? 2020, 2020)
                if from <= to { year = Int.random(in: from...to, using: &random) }
            }
            let month = Int.random(in: 0...13, using: &random)
            let day = Int.random(in: 0...31, using: &random)
            let birth = String(format: "%04d%02d%02d", year, month, day)
            let sequence = String(format: "%03d", Int.random(in: 0...999, using: &random))
            let code = IdentifierReference.idNumber(division: division, birth: birth, sequence: sequence)
            return mutate(code, substitutes: substitutes, random: &random)
        }
    }

    /// Half the codes unchanged; the rest with one typing error (substitution, transposition, deletion,
    /// insertion).
    static func mutate(_ code: String, substitutes: [Character], random: inout SplitMix64) -> String {
        var characters = Array(code)
        let position = Int.random(in: 0..<characters.count, using: &random)
        switch Int.random(in: 0..<8, using: &random) {
        case 0, 1:
            characters[position] = substitutes.randomElement(using: &random)!
        case 2 where position + 1 < characters.count:
            characters.swapAt(position, position + 1)
        case 3:
            characters.remove(at: position)
        case 4:
            characters.insert(substitutes.randomElement(using: &random)!, at: position)
        default:
            break
        }
        return String(characters)
    }
}
