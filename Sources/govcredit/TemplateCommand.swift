import ArgumentParser
import GovCredit

/// `govcredit template CATEGORY`: an empty CSV a clerk fills in Excel and validates with no profile (issue 7).
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write an empty CSV template of a category (UTF-8 with BOM, opens in Excel).",
        discussion: """
        One header row with a column for every field of the category: the Chinese field names (a block member as \
        失信主体.统一社会信用代码), or with --lang en the standard's field paths (entity.uscc). Fill it in Excel, save \
        it as CSV UTF-8, and validate it with no profile; the category comes from the file name.

        Examples:
          govcredit template dishonesty --out 33-dishonesty.csv
          govcredit validate 33-dishonesty.csv
          govcredit template complaint --lang en --out complaint.csv
        """
    )

    @Argument(help: ArgumentHelp("The category: \(RecordCategory.allCases.map(\.rawValue).joined(separator: ", ")).",
                                 valueName: "category"))
    var category: RecordCategory

    @Option(help: "Language of the column names (zh: Chinese field names; en: field paths) and of the messages.")
    var lang: Language = .zh

    @Option(help: ArgumentHelp("File to write (default: standard output).", valueName: "file"))
    var out: String?

    func run() throws {
        guard let out else {
            var output = ConsoleWriter.standardOutput()
            output.write("\u{FEFF}" + CSVTemplate.text(for: category, language: lang))
            output.flush()
            return
        }
        do {
            try CSVTemplate.write(category, language: lang, to: out)
        } catch {
            ConsoleWriter.error("govcredit: \(error.located(in: lang))\n")
            throw ExitCode(GovCreditCommand.Exit.couldNotRun)
        }
        let columns = CSVTemplate.columns(for: category, language: lang).count
        var output = ConsoleWriter.standardOutput()
        output.write(lang == .zh
            ? "已写出\(category.nameZh)模板（\(columns) 列）：\(out)\n"
            : "Wrote the \(category.rawValue) template (\(columns) columns) to \(out)\n")
        output.flush()
    }
}
