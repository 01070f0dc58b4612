import ArgumentParser
import GovCredit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `govcredit ids`: check identifiers one by one, from the arguments or standard input.
struct IdentifiersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ids",
        abstract: "Check unified social credit codes, organisation codes, ID numbers and division codes.",
        discussion: """
        One output line per input code: the code as given, TAB, the kind, TAB, valid or invalid, and for an \
        invalid code TAB and the id of the first rule it breaks. Warnings (an unknown division, an unusual \
        authority) do not make a code invalid. Codes come from the arguments, or one per line from standard input.

        Example:
          govcredit ids 91110000600037341L 11010519491231002X
          cut -f3 codes.tsv | govcredit ids --kind uscc
        """
    )

    @Option(help: "Kind of every code (detected from its shape when not given).")
    var kind: IdentifierKind?

    @Option(help: ArgumentHelp("The date that counts as today for ID-number birth dates, YYYY-MM-DD.", valueName: "date"))
    var today: String?

    @Argument(help: ArgumentHelp("Codes to check; none: read standard input.", valueName: "code"))
    var codes: [String] = []

    func run() throws {
        var reference = CivilDate.todayInChina()
        if let today {
            guard let date = CivilDate(iso: today) else {
                throw ValidationError("--today must be a date YYYY-MM-DD that exists, not '\(today)'")
            }
            reference = date
        }
        var anyInvalid = false
        var output = ConsoleWriter.standardOutput()
        let check: (String) -> Void = { code in
            let (kindName, rule) = IdentifierCheck.check(code, kind: kind, today: reference)
            anyInvalid = anyInvalid || rule != nil
            output.write("\(code)\t\(kindName)\t" + (rule.map { "invalid\t\($0)" } ?? "valid") + "\n")
        }
        if codes.isEmpty {
            while let line = readLine(strippingNewline: true) {
                let code = line.hasSuffix("\r") ? String(line.dropLast()) : line
                if code.allSatisfy(\.isWhitespace) { continue }
                check(code)
            }
        } else {
            codes.forEach(check)
        }
        output.flush()
        if anyInvalid { throw ExitCode(GovCreditCommand.Exit.findings) }
    }
}

extension IdentifierKind: ExpressibleByArgument {}

/// The verdict on one code for `govcredit ids`.
enum IdentifierCheck {
    /// The kind's name and the first error rule, or `nil` when the code is valid.
    static func check(_ given: String, kind: IdentifierKind?, today: CivilDate) -> (String, String?) {
        let code = normalized(given)
        guard let kind = kind ?? IdentifierKind.detect(code) else { return ("unknown", "input.unknown-kind") }
        let issues: [IdentifierIssue]
        switch kind {
        case .uscc: issues = UnifiedSocialCreditCode.validate(code)
        case .orgCode: issues = OrganizationCode.validate(code)
        case .idNumber: issues = ResidentIDNumber.validate(code, today: today)
        case .division: issues = DivisionCode.validate(code, on: nil)
        }
        return (kind.rawValue, issues.first { $0.severity == .error }?.rule)
    }

    /// Trimmed; full-width letters and digits made half-width (SPEC §1: NFKC in identifiers).
    static func normalized(_ code: String) -> String {
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.precomposedStringWithCompatibilityMapping
    }
}

import Foundation
