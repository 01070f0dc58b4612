import ArgumentParser
import Foundation
import GovCredit

/// `govcredit verify PACKAGE...`: a submission package checked before upload (issue 8).
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a submission package before upload: manifest, file integrity, every record.",
        discussion: """
        Checks the manifest (standard, submitter, batch id, creation time, mode), the integrity of every file \
        (listed files present, no unlisted file, record counts, sizes, SHA-256 and SM3 digests), and every record \
        read back through the canonical readers with the field, record and cross-record rules exactly as validate \
        applies them, plus each record's national key and operation. With --since, operations are checked against \
        the previous package. Locations are relative to the package.

        Exit codes: 0 the package can be uploaded (warnings allowed), 1 it has findings of severity error, \
        2 it cannot be read at all (not a directory, no manifest.json).

        Examples:
          govcredit verify out/33-20251201-01
          govcredit verify out/33-20251202-01 --since out/33-20251201-01 --format json
        """
    )

    @Argument(help: ArgumentHelp("Package directories to verify.", valueName: "package"))
    var packages: [String]

    @Option(help: ArgumentHelp("The previous package an INCREMENTAL package follows.", valueName: "previous-package"))
    var since: String?

    @OptionGroup var report: ReportOptions

    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        let verifier = PackageVerifier(options: try report.validationOptions())
        var printer = FindingPrinter(format: report.format, language: report.lang)
        var total = RecordCounts()
        var inputErrors: [InputError] = []
        printer.begin()
        for package in packages {
            // The percentage follows the package's JSON Lines files, read in name order as the manifest lists them.
            let recordFiles = ((try? FileManager.default.contentsOfDirectory(atPath: "\(package)/records")) ?? [])
                .sorted().map { "\(package)/records/\($0)" }
            let progress = progressOptions.display(for: recordFiles, language: report.lang)
            defer { progress?.finish() }
            do {
                total = total + (try verifier.verify(package: package, since: since, onRecord: { progress?.recordDone() }) { printer.print($0) })
            } catch let error as InputError {
                inputErrors.append(error)
                ConsoleWriter.error("govcredit: \(error.located(in: report.lang))\n")
            }
        }
        try printer.finish(counts: total, inputErrors: inputErrors)
    }
}
