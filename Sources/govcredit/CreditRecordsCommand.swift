import ArgumentParser
import GovCredit

/// `govcredit credit-records PACKAGE`: the government credit record of every entity (§III(3)).
struct CreditRecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit-records",
        abstract: "Write each government entity's credit record from a package (§III(3)).",
        discussion: """
        One JSON line per entity (by USCC): its dishonesty, arrears and enforcement records and the sanctions in \
        force on its dishonesty records.

        Example:
          govcredit credit-records out/33-2024-10 --out out/33-2024-10.credit-records.jsonl
        """
    )

    @Argument(help: ArgumentHelp("A package written by govcredit convert.", valueName: "package"))
    var package: String

    @Option(help: ArgumentHelp("Output file (default: <package>.credit-records.jsonl).", valueName: "file"))
    var out: String?

    @Option(help: "Language of the messages.")
    var lang: Language = .zh

    func run() throws {
        var trimmed = package
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let output = out ?? trimmed + ".credit-records.jsonl"
        do {
            let count = try GovernmentCreditRecords.write(package: trimmed, to: output)
            var writer = ConsoleWriter.standardOutput()
            writer.write(lang == .zh ? "已写出 \(count) 个主体的政府信用记录：\(output)\n" : "Wrote the credit records of \(count) entities to \(output)\n")
            writer.flush()
        } catch let error as InputError {
            ConsoleWriter.error("govcredit: \(error.located(in: lang))\n")
            throw ExitCode(GovCreditCommand.Exit.couldNotRun)
        }
    }
}
