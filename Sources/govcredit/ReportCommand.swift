import ArgumentParser
import GovCredit

/// `govcredit report PACKAGE...`: the evaluation a department head reads (SPEC §8, §IV(7)).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Evaluate packages: handling efficiency, collection quality, punishment, trend by month.",
        discussion: """
        Handling and identification efficiency (days per stage: median, p90, share within the policy threshold of \
        policy.yaml), collection quality (valid share and field completeness per category; rejected records per \
        source file, from <package>.rejects.jsonl beside each package), punishment implementation (share of ACTIVE \
        dishonesty records with a sanction in force, restoration lead time), and with several packages the trend \
        per month. Packages are merged by national key in creation order. --format html writes one self-contained \
        file (inline SVG charts, no network) that prints on A4.

        Exit codes: 0 report written; 2 could not run.

        Examples:
          govcredit report out/33-20251201
          govcredit report out/33-202510 out/33-202511 out/33-202512 --format html --out report.html
          govcredit report out/33-20251201 --format json --lang en
        """
    )

    @Argument(help: ArgumentHelp("Packages written by govcredit convert.", valueName: "package"))
    var packages: [String]

    @Option(help: "Output format: text for a terminal, json for programs, html for people and print.")
    var format: EvaluationReportFormat = .text

    @Option(help: ArgumentHelp("File to write (default: standard output).", valueName: "file"))
    var out: String?

    @Option(help: "Language of the report and messages.")
    var lang: Language = .zh

    func run() throws {
        do {
            let report = try EvaluationReport.build(packages: packages)
            if let out {
                try report.write(as: format, language: lang, to: out)
                var output = ConsoleWriter.standardOutput()
                output.write(lang == .zh ? "评价报告已写出：\(out)\n" : "Report written to \(out)\n")
                output.flush()
            } else {
                var output = ConsoleWriter.standardOutput()
                output.write(report.rendered(as: format, language: lang))
                output.flush()
            }
        } catch let error as InputError {
            ConsoleWriter.error("govcredit: \(error.located(in: lang))\n")
            throw ExitCode(GovCreditCommand.Exit.couldNotRun)
        }
    }
}

extension EvaluationReportFormat: ExpressibleByArgument {}
