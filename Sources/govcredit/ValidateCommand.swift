import ArgumentParser
import GovCredit

/// `govcredit validate FILE...`: every record of every file checked against the standard.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check files of records against the standard and report every finding.",
        discussion: """
        Without --profile, files must be in a canonical form (the standard's own field names): JSON Lines, CSV \
        (header row of field paths such as entity.uscc), XML following the generated XSD, or YAML. The category \
        comes from --category or from the file name (dishonesty.jsonl); canonical XML names it per record. With \
        --profile, a provincial export is read as the profile describes.

        Examples:
          govcredit validate samples/canonical/dishonesty.jsonl --format json
          govcredit validate samples/zhejiang-33/export.csv --profile samples/zhejiang-33/profile.yaml --lang en
        """
    )

    @Argument(help: ArgumentHelp("Files to validate: .jsonl, .csv, .tsv, .xml, .yaml (- reads JSON Lines from standard input).",
                                 valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("A profile describing a provincial export (YAML).", valueName: "file"))
    var profile: String?

    @Option(help: ArgumentHelp("Also check XML input against this XML Schema while reading (for the canonical form: Standards/gov-integrity/1.0/generated/gov-integrity-1.0.xsd).",
                               valueName: "xsd"))
    var xmlSchema: String?

    @Option(help: ArgumentHelp("Category of every file: \(RecordCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "name"))
    var category: RecordCategory?

    @OptionGroup var report: ReportOptions

    @OptionGroup var threading: ThreadOptions

    @OptionGroup var recordLimit: RecordLimitOptions

    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        var fileValidator = RecordFileValidator(options: try report.validationOptions())
        fileValidator.xmlSchemaPath = xmlSchema
        try threading.configure(&fileValidator)
        try recordLimit.configure(&fileValidator)
        let loadedProfile: Profile?
        do {
            loadedProfile = try profile.map { path throws(InputError) in try Profile.load(path: path) }
        } catch {
            ConsoleWriter.error("govcredit: \(error.located(in: report.lang))\n")
            throw ExitCode(GovCreditCommand.Exit.couldNotRun)
        }
        var printer = FindingPrinter(format: report.format, language: report.lang)
        var total = RecordCounts()
        var inputErrors: [InputError] = []
        // The files given together are one submission: the cross-record rules (SPEC §5) run over all of them.
        var index = CrossRecordIndex()
        let progress = progressOptions.display(for: files, language: report.lang)
        printer.begin()
        for file in files {
            do {
                let fileCategory = category ?? RecordCategory(fileName: file)
                // Counted as they come, so a file that breaks part way still reports what was read before.
                _ = try fileValidator.validateFile(at: file, category: fileCategory, profile: loadedProfile) { outcome in
                    total.count(outcome)
                    progress?.recordDone()
                    for finding in outcome.findings { printer.print(finding) }
                    if outcome.isAccepted, let record = outcome.record { index.add(record) }
                }
            } catch let error as InputError {
                inputErrors.append(error)
                ConsoleWriter.error("govcredit: \(error.located(in: report.lang))\n")
            }
        }
        progress?.finish()
        total.applyCrossRecordRules(of: index) { printer.print($0) }
        try printer.finish(counts: total, inputErrors: inputErrors)
    }
}

extension RecordCategory: ExpressibleByArgument {}

/// Prints findings as they come: text lines for people, or one JSON document streamed so a million findings
/// never sit in memory.
struct FindingPrinter {
    let format: OutputFormat
    let language: Language
    private(set) var errorCount = 0
    private var warningCount = 0
    private var first = true
    private var output = ConsoleWriter.standardOutput()

    init(format: OutputFormat, language: Language) {
        self.format = format
        self.language = language
    }

    mutating func begin() {
        if format == .json {
            output.write("{\"standard\":\(StandardInfo.jsonText),\"findings\":[")
        }
    }

    mutating func print(_ finding: Finding) {
        if finding.severity == .error { errorCount += 1 } else { warningCount += 1 }
        switch format {
        case .json:
            output.write((first ? "\n" : ",\n") + finding.jsonText)
            first = false
        case .text:
            let location = finding.location
            let column = location.column.map { ":\($0)" } ?? ""
            let severity = language == .zh ? (finding.severity == .error ? "错误" : "警告") : finding.severity.rawValue
            let path = finding.path.isEmpty ? "" : " \(finding.path)"
            let record = language == .zh ? "记录 \(location.record)" : "record \(location.record)"
            output.write("\(location.file):\(location.line)\(column): \(severity) [\(finding.rule)] \(record)\(path): \(finding.message(in: language))\n")
        }
    }

    /// Closes the report and exits as every subcommand does: 2 when an input could not be read, 1 when a
    /// finding has severity error.
    mutating func finish(counts: RecordCounts, inputErrors: [InputError]) throws {
        end(counts: counts, inputErrors: inputErrors)
        if !inputErrors.isEmpty { throw ExitCode(GovCreditCommand.Exit.couldNotRun) }
        if errorCount > 0 { throw ExitCode(GovCreditCommand.Exit.findings) }
    }

    /// Closes the report. Files that could not be read (or stopped being readable) are listed in JSON as
    /// `inputErrors`, so a program never mistakes a partial count for a complete one.
    mutating func end(counts: RecordCounts, inputErrors: [InputError]) {
        switch format {
        case .json:
            let errors = inputErrors.map(\.jsonText).joined(separator: ",")
            output.write("\n],\"counts\":\(counts.jsonText)" + (inputErrors.isEmpty ? "" : ",\"inputErrors\":[\(errors)]") + "}\n")
        case .text:
            let summary = language == .zh
                ? "共读取 \(counts.read) 条记录：接受 \(counts.accepted) 条，拒绝 \(counts.rejected) 条；错误 \(errorCount) 个，警告 \(warningCount) 个。"
                : "Read \(counts.read) records: \(counts.accepted) accepted, \(counts.rejected) rejected; \(errorCount) errors, \(warningCount) warnings."
            output.write(summary + "\n")
        }
        output.flush()
    }
}
