/// One input of a conversion: a file, and how to read it.
public struct ConversionInput: Sendable {
    /// The file to read. Its extension picks the reader (`.jsonl`, `.csv`/`.tsv`, `.xml`, `.yaml`) unless
    /// `profile` names the format.
    public var path: String
    /// The category of a canonical JSON Lines, CSV or YAML file: required for those; `nil` for an XML document
    /// (it names each record's category) or a profiled file. Not guessed here: `govcredit` derives it with
    /// ``RecordCategory/init(fileName:)``.
    public var category: RecordCategory?
    /// How to map a provincial export onto the standard; `nil` for a file already in canonical form.
    public var profile: Profile?

    /// Creates an input; nothing is read until the conversion runs.
    public init(path: String, category: RecordCategory? = nil, profile: Profile? = nil) {
        self.path = path
        self.category = category
        self.profile = profile
    }
}

/// What a conversion wrote.
public struct ConversionResult: Sendable {
    /// read = accepted + rejected, across every input, after the cross-record rules.
    public let counts: RecordCounts
    /// How many emitted records carry each operation: all ``RecordOperation/add`` unless a previous package was
    /// given. An operation that occurred nowhere may be absent or 0.
    public let operations: [RecordOperation: Int]
    /// Where the package now is: the `destination` passed to
    /// ``PackageConverter/convert(_:to:onOutcome:onCrossRecordFinding:)``.
    public let packagePath: String
    /// Beside the package, never inside it: every rejected record with every finding (JSON Lines).
    public let rejectsPath: String
    /// The record files of the package as its manifest lists them, with their counts and digests.
    public let files: [PackageFileEntry]
}

/// Converts provincial or canonical files into the uniform submission package (SPEC §7): validates every
/// record, applies the cross-record rules over the whole run, writes the accepted records as canonical JSON Lines
/// and/or XML with their national key and operation, hashes every file (SHA-256, and SM3 unless the settings leave it out), writes the manifest,
/// and moves the package into place in one step. Rejects go beside the package.
///
/// Memory: records stream through; what stays is the cross-record index and, per emitted record, its id and two
/// lengths — a few dozen bytes each.
public struct PackageConverter: Sendable {
    /// Reads and validates every input; its options (today, thresholds, size caps) apply to the whole run.
    public let fileValidator: RecordFileValidator
    /// The submitter, batch, time and form of the package to write.
    public let settings: SubmissionSettings

    /// Creates a converter; nothing is read or checked until ``convert(_:to:onOutcome:onCrossRecordFinding:)``.
    public init(fileValidator: RecordFileValidator, settings: SubmissionSettings) {
        self.fileValidator = fileValidator
        self.settings = settings
    }

    /// Converts `inputs` into a package at `destination`. `onOutcome` sees every record's outcome as it is read
    /// (for progress and findings); `onCrossRecordFinding` sees every finding of the cross-record rules once all
    /// records are in (errors reject their records, which then go to the rejects; warnings are reported only).
    public func convert(_ inputs: [ConversionInput], to destination: String,
                        onOutcome: (RecordOutcome) throws -> Void = { _ in },
                        onCrossRecordFinding: (Finding) throws -> Void = { _ in }) throws -> ConversionResult {
        try settings.check()
        let directory = try AtomicDirectory(destination: destination)
        if directory.destinationExists && !settings.force { throw InputError.packageExists(destination) }
        directory.removeLeftovers()
        var index = CrossRecordIndex()
        let previous = try settings.previousPackage.map { path in
            try PreviousPackage.load(path: path, reading: fileValidator) { index.addKnown($0) }
        }
        try directory.createStaging()
        do {
            var run = try StagedRun(directory: directory, settings: settings, previous: previous)
            for input in inputs {
                // A file truncated or deleted while it is read ends early or silently: compare before and after.
                let snapshot = InputFileSnapshot(path: input.path)
                _ = try fileValidator.validateFile(at: input.path, category: input.category, profile: input.profile) { outcome in
                    try onOutcome(outcome)
                    try run.stage(outcome, index: &index)
                }
                try snapshot?.checkUnchanged()
            }
            let result = try run.finish(index: index, validator: fileValidator, onCrossRecordFinding: onCrossRecordFinding)
            try directory.commit(replacing: settings.force)
            try run.commitRejects()
            return result
        } catch {
            directory.abandon()
            throw error
        }
    }
}
