import ArgumentParser
import GovCredit

/// `govcredit profile init|check`: onboarding a new provincial export (issue 7, "Profile scaffolding").
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Propose a profile for a new provincial export, and check a profile.",
        discussion: """
        Examples:
          govcredit profile init export.csv --out 36-profile.yaml
          govcredit profile check 36-profile.yaml --sample export.csv
          govcredit validate export.csv --profile 36-profile.yaml
        """,
        subcommands: [ProfileInitCommand.self, ProfileCheckCommand.self]
    )
}

/// `govcredit profile init SAMPLE_FILE`: a draft profile from the export's own names.
struct ProfileInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Propose a profile from a sample of a provincial export (CSV, XML or YAML).",
        discussion: """
        Reads the header and the first rows (CSV, with its encoding and delimiter) or the first records (XML, YAML, \
        with where the records are), matches the source names to the standard's Chinese and English field names \
        and known synonyms, proposes value maps for labels that are not the standard's, and writes a profile. What \
        it could not map is left as '# TODO' comments: complete them, then run govcredit profile check. Without \
        --category, the categories are those the names show (a wide export may feed several).

        Exit codes: 0 written (TODOs may remain); 2 could not run.

        Examples:
          govcredit profile init samples/zhejiang-33/export.csv --out zhejiang.yaml
          govcredit profile init ledger.yaml --category arrears --out ledger-profile.yaml
        """
    )

    @Argument(help: ArgumentHelp("A sample of the export: .csv/.tsv/.txt, .xml, .yaml.", valueName: "sample-file"))
    var sampleFile: String

    @Option(help: ArgumentHelp("A category to map (repeatable; default: the categories the names show).", valueName: "name"))
    var category: [RecordCategory] = []

    @Option(help: ArgumentHelp("File to write (default: standard output).", valueName: "file"))
    var out: String?

    @Option(help: "Language of the messages.")
    var lang: Language = .zh

    func run() throws {
        let draft: ProfileDraft
        do {
            draft = try ProfileDraft.propose(samplePath: sampleFile, categories: category)
            if let out { try draft.write(to: out) }
        } catch {
            ConsoleWriter.error("govcredit: \(error.located(in: lang))\n")
            throw ExitCode(GovCreditCommand.Exit.couldNotRun)
        }
        guard let out else {
            var output = ConsoleWriter.standardOutput()
            output.write(draft.text)
            output.flush()
            return
        }
        let categories = draft.categories.map(\.rawValue).joined(separator: ", ")
        var output = ConsoleWriter.standardOutput()
        output.write(lang == .zh
            ? "已写出配置草稿 \(out)（类别：\(categories)）：映射 \(draft.mappedFields) 个字段，待补全 TODO \(draft.todoCount) 项；补全后运行 govcredit profile check \(out) --sample \(sampleFile)\n"
            : "Wrote the draft profile \(out) (categories: \(categories)): \(draft.mappedFields) fields mapped, \(draft.todoCount) TODOs to complete; then run govcredit profile check \(out) --sample \(sampleFile)\n")
        output.flush()
    }
}

/// `govcredit profile check PROFILE`: what is unmapped or inconsistent.
struct ProfileCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report what a profile leaves unmapped or gets wrong, optionally against a sample of the export.",
        discussion: """
        Reports every mistake the profile loader finds, value maps and constants pointing to codes the list does \
        not have, required fields without a source, TODOs left; with --sample, source names the sample lacks, \
        sample names nothing maps, and sample values no value map or label turns into a code, or no date style reads.

        Exit codes: 0 no errors (warnings allowed); 1 errors; 2 could not run.

        Example:
          govcredit profile check samples/zhejiang-33/profile.yaml --sample samples/zhejiang-33/export.csv
        """
    )

    @Argument(help: ArgumentHelp("The profile (YAML).", valueName: "profile"))
    var profile: String

    @Option(help: ArgumentHelp("A sample of the export the profile reads.", valueName: "file"))
    var sample: String?

    @Option(help: "Language of the messages.")
    var lang: Language = .zh

    func run() throws {
        let issues = ProfileCheck.check(profilePath: profile, samplePath: sample)
        var output = ConsoleWriter.standardOutput()
        for issue in issues {
            let severity = lang == .zh ? (issue.severity == .error ? "错误" : "警告") : issue.severity.rawValue
            output.write("\(profile)\(issue.line.map { ":\($0)" } ?? ""): \(severity): \(issue.message.text(in: lang))\n")
        }
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        output.write(lang == .zh ? "错误 \(errors) 个，警告 \(warnings) 个。\n" : "\(errors) errors, \(warnings) warnings.\n")
        output.flush()
        if errors > 0 { throw ExitCode(GovCreditCommand.Exit.findings) }
    }
}
