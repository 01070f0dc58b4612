import ArgumentParser
import GovCredit

/// `govcredit convert INPUT... --out DIR`: the nightly conversion into the uniform submission package.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert exports into the uniform submission package for the national platform.",
        discussion: """
        Validates every record (field, record and cross-record rules), then writes one package directory: \
        manifest.json (standard, submitter, batch, time, mode, counts, per file its category, record count, \
        SHA-256 and, unless --digests sha256, SM3), records/<category>.jsonl and/or records.xml with each record's national key and \
        operation. Rejected records, with every finding, go beside the package in <DIR>.rejects.jsonl. The \
        package appears atomically; an existing one is replaced only with --force. With --since, only changes \
        against the previous package are written (ADD, UPDATE, RESTORE, REVOKE).

        Exit codes: 0 package written, nothing rejected; 1 package written, some records rejected; 2 no package.

        Example:
          govcredit convert samples/zhejiang-33/export.csv --profile samples/zhejiang-33/profile.yaml \\
            --out out/33-2024-10 --submitter-name 浙江省发展和改革委员会 \\
            --submitter-uscc 11330000002482096R --submitter-division 330000
        """
    )

    @Argument(help: ArgumentHelp("Input files (.jsonl, .csv, .tsv, .xml, .yaml).", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("A profile describing a provincial export (YAML).", valueName: "file"))
    var profile: String?

    @Option(help: ArgumentHelp("Category of canonical inputs whose name does not say it.", valueName: "name"))
    var category: RecordCategory?

    @Option(help: ArgumentHelp("The package directory to write.", valueName: "dir"))
    var out: String

    @Option(help: "Record files in the package.")
    var format: PackageFormat = .both

    @Option(help: ArgumentHelp("Submitting department's unified social credit code.", valueName: "code"))
    var submitterUscc: String?

    @Option(help: ArgumentHelp("Submitting department's name.", valueName: "name"))
    var submitterName: String?

    @Option(help: ArgumentHelp("Submitting department's division code (its first two digits start every national key).", valueName: "code"))
    var submitterDivision: String?

    @Option(help: ArgumentHelp("Batch id (default: <division>-<creation time digits>).", valueName: "id"))
    var batchId: String?

    @Option(help: ArgumentHelp("Creation time, ISO 8601 with offset (default: now at +08:00).", valueName: "timestamp"))
    var createdAt: String?

    @Option(help: ArgumentHelp("The previous package: write only what changed since.", valueName: "package"))
    var since: String?

    @Option(help: ArgumentHelp("Digests the manifest gives for every file: sha256,sm3 (国密 deployments) or sha256 (also SHA-256, SM3).",
                               valueName: "list"))
    var digests = "sha256,sm3"

    @Flag(help: "Replace an existing package at --out.")
    var force = false

    @OptionGroup var threading: ThreadOptions

    @OptionGroup var recordLimit: RecordLimitOptions

    @OptionGroup var progressOptions: ProgressOptions

    @Option(help: "Language of the messages.")
    var lang: Language = .zh

    @Option(help: ArgumentHelp("The date that counts as today, YYYY-MM-DD (default: today in China).", valueName: "date"))
    var today: String?

    func run() throws {
        let language = lang
        func fail(_ error: InputError) -> ExitCode {
            ConsoleWriter.error("govcredit: \(error.located(in: language))\n")
            return ExitCode(GovCreditCommand.Exit.couldNotRun)
        }
        guard let submitterUscc, let submitterName, let submitterDivision else {
            throw ValidationError("a package names its submitter: give --submitter-name, --submitter-uscc and --submitter-division")
        }
        var options = ValidationOptions()
        if let today {
            guard let date = CivilDate(iso: today) else { throw ValidationError("--today must be a date YYYY-MM-DD that exists") }
            options.today = date
        }
        let timestamp = createdAt ?? Timestamp.nowInChina()
        let batch = batchId ?? "\(submitterDivision)-\(timestamp.prefix(19).filter(\.isNumber))"
        let settings = SubmissionSettings(
            submitter: Submitter(name: submitterName, uscc: submitterUscc, divisionCode: submitterDivision),
            batchID: batch, createdAt: timestamp, format: format, force: force, previousPackage: since,
            digests: try Self.digestAlgorithms(digests))
        let loadedProfile: Profile?
        do {
            loadedProfile = try profile.map { path throws(InputError) in try Profile.load(path: path) }
        } catch {
            throw fail(error)
        }
        var fileValidator = RecordFileValidator(options: options)
        try threading.configure(&fileValidator)
        try recordLimit.configure(&fileValidator)
        let converter = PackageConverter(fileValidator: fileValidator, settings: settings)
        let conversionInputs = inputs.map { ConversionInput(path: $0, category: category ?? RecordCategory(fileName: $0), profile: loadedProfile) }
        var output = ConsoleWriter.standardOutput()
        let result: ConversionResult
        do {
            let progress = progressOptions.display(for: inputs, language: language)
            defer { progress?.finish() }
            result = try converter.convert(conversionInputs, to: out, onOutcome: { _ in progress?.recordDone() }, onCrossRecordFinding: { finding in
                let location = finding.location
                output.write("\(location.file):\(location.line): \(finding.severity.rawValue) [\(finding.rule)] \(finding.path): \(finding.message(in: language))\n")
            })
        } catch let error as InputError {
            throw fail(error)
        } catch {
            ConsoleWriter.error("govcredit: \(error)\n")
            throw ExitCode(GovCreditCommand.Exit.couldNotRun)
        }
        let counts = result.counts
        let operations = RecordOperation.allCases.map { "\($0.rawValue) \(result.operations[$0] ?? 0)" }.joined(separator: ", ")
        output.write(language == .zh
            ? "报送包 \(result.packagePath)：读取 \(counts.read) 条，接受 \(counts.accepted) 条，拒绝 \(counts.rejected) 条（\(operations)）；拒绝记录见 \(result.rejectsPath)\n"
            : "Package \(result.packagePath): read \(counts.read), accepted \(counts.accepted), rejected \(counts.rejected) (\(operations)); rejects in \(result.rejectsPath)\n")
        output.flush()
        if counts.rejected > 0 { throw ExitCode(GovCreditCommand.Exit.findings) }
    }
}

extension ConvertCommand {
    /// `sha256,sm3` → the algorithms: the manifest's names or the algorithms' own (`SHA-256`, `SM3`), case, spaces and
    /// hyphens ignored.
    static func digestAlgorithms(_ list: String) throws -> Set<DigestAlgorithm> {
        var algorithms: Set<DigestAlgorithm> = []
        for name in list.split(separator: ",") {
            let key = name.filter { !$0.isWhitespace && $0 != "-" }.lowercased()
            guard let algorithm = DigestAlgorithm.allCases.first(where: { $0.manifestKey == key }) else {
                throw ValidationError("--digests: unknown digest '\(name)'; use sha256 and/or sm3")
            }
            algorithms.insert(algorithm)
        }
        return algorithms
    }
}

extension PackageFormat: ExpressibleByArgument {}
