import ArgumentParser
import GovCredit

/// `govcredit publish PACKAGE --out DIR`: the public disclosure for 信用中国 (SPEC §8, §IV(9)).
struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Write the public disclosure of a package: typical cases and ACTIVE dishonesty records in their window.",
        discussion: """
        Writes DIR/dishonesty.csv, dishonesty.json, typicalCase.csv and typicalCase.json (CSV: UTF-8 with BOM and \
        Chinese headers, opens in Excel; JSON: codes and the standard's field names). Only ACTIVE dishonesty records \
        inside the publication window of their severity on --as-of are written (defaults from policy.yaml: MINOR \
        not published, GENERAL 3-12 months, SERIOUS 12-36 months from identifiedDate; change with --window), and \
        typical cases that cite no withheld record. No personal field is written, and phone and ID numbers in any \
        text are masked. Every file is written atomically.

        Exit codes: 0 written; 2 could not run (unreadable package, bad option, unwritable DIR).

        Examples:
          govcredit publish out/33-20251201 --out out/public --as-of 2025-12-01
          govcredit publish out/33-20251201 --out out/public --window GENERAL=6-12 --window MINOR=none
        """
    )

    @Argument(help: ArgumentHelp("A package written by govcredit convert (a FULL package: the whole state).", valueName: "package"))
    var package: String

    @Option(help: ArgumentHelp("The directory to write the public files into (created when missing).", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("The day the publication is for, YYYY-MM-DD (default: today in China).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("A publication window in months from identifiedDate, SEVERITY=MIN-MAX or SEVERITY=none (repeatable).",
                               valueName: "severity=min-max"))
    var window: [String] = []

    @Option(help: "Language of the messages.")
    var lang: Language = .zh

    func run() throws {
        var disclosure = PublicDisclosure()
        if let asOf {
            guard let date = CivilDate(iso: asOf) else { throw ValidationError("--as-of must be a date YYYY-MM-DD that exists, not '\(asOf)'") }
            disclosure.asOf = date
        }
        for setting in window {
            guard disclosure.policy.apply(setting) else {
                throw ValidationError("--window must be SEVERITY=MIN-MAX (months, MIN ≤ MAX) or SEVERITY=none, such as GENERAL=3-12, not '\(setting)'")
            }
        }
        let summary: DisclosureSummary
        do {
            summary = try disclosure.publish(package: package, to: out)
        } catch let error as InputError {
            ConsoleWriter.error("govcredit: \(error.located(in: lang))\n")
            throw ExitCode(GovCreditCommand.Exit.couldNotRun)
        }
        let withheld = WithheldReason.allCases.compactMap { reason in
            summary.withheld[reason].map { "\(reason.label(in: lang)) \($0)" }
        }.joined(separator: lang == .zh ? "，" : ", ")
        var output = ConsoleWriter.standardOutput()
        output.write(lang == .zh
            ? "公示文件已写入 \(out)（公示基准日 \(disclosure.asOf)）：失信信息 \(summary.dishonestyPublished) 条，典型案例 \(summary.typicalCasesPublished) 条；不予公示：\(withheld.isEmpty ? "无" : withheld)\n"
            : "Public files written to \(out) (as of \(disclosure.asOf)): \(summary.dishonestyPublished) dishonesty records, \(summary.typicalCasesPublished) typical cases; withheld: \(withheld.isEmpty ? "none" : withheld)\n")
        output.flush()
    }
}
