import ArgumentParser
import GovCredit

/// `govcredit validate FILE...`: every record of every file checked against the standard.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check files of records against the standard and report every finding.",
        discussion: """
        The category comes from --category or from the file name (dishonesty.jsonl). Files are read as \
        canonical JSON Lines: one record per line, the standard's field names, nested objects for blocks.

        Example:
          govcredit validate samples/canonical/dishonesty.jsonl --format json --today 2025-01-01
        """
    )

    @Argument(help: ArgumentHelp("Files to validate (canonical JSON Lines).", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("Category of every file: \(RecordCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "name"))
    var category: RecordCategory?

    @OptionGroup var report: ReportOptions

    func run() throws {
        let fileValidator = RecordFileValidator(options: try report.validationOptions())
        var printer = FindingPrinter(format: report.format, language: report.lang)
        var total = RecordCounts()
        var inputErrors: [InputError] = []
        printer.begin()
        for file in files {
            do {
                guard let category = category ?? RecordCategory(fileName: file) else { throw InputError.unknownCategory(file) }
                let counts = try fileValidator.validateFile(at: file, category: category) { outcome in
                    for finding in outcome.findings { printer.print(finding) }
                }
                total = total + counts
            } catch let error as InputError {
                inputErrors.append(error)
                ConsoleWriter.error("govcredit: \(error.file): \(error.message.text(in: report.lang))\n")
            }
        }
        printer.end(counts: total)
        if !inputErrors.isEmpty { throw ExitCode(GovCreditCommand.Exit.couldNotRun) }
        if printer.errorCount > 0 { throw ExitCode(GovCreditCommand.Exit.findings) }
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
            output.write("\(location.file):\(location.line)\(column): \(severity) [\(finding.rule)] \(record)\(path): \(finding.message.text(in: language))\n")
        }
    }

    mutating func end(counts: RecordCounts) {
        switch format {
        case .json:
            output.write("\n],\"counts\":\(counts.jsonText)}\n")
        case .text:
            let summary = language == .zh
                ? "共读取 \(counts.read) 条记录：接受 \(counts.accepted) 条，拒绝 \(counts.rejected) 条；错误 \(errorCount) 个，警告 \(warningCount) 个。"
                : "Read \(counts.read) records: \(counts.accepted) accepted, \(counts.rejected) rejected; \(errorCount) errors, \(warningCount) warnings."
            output.write(summary + "\n")
        }
        output.flush()
    }
}
