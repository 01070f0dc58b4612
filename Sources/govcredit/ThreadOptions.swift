import ArgumentParser
import GovCredit

/// `--threads`: how many threads map and validate records while another reads. The findings and their order do
/// not depend on it; a shared server may want fewer than one per core.
struct ThreadOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Threads that validate records while another reads (default: one per core; 1: no extra thread). The output is the same for every value.",
                               valueName: "n"))
    var threads: Int?

    /// Applies the option to `validator`.
    func configure(_ validator: inout RecordFileValidator) throws {
        guard let threads else { return }
        guard (1...64).contains(threads) else { throw ValidationError("--threads must be between 1 and 64, not \(threads)") }
        validator.workerThreads = threads
    }
}

/// `--max-record-mib`: the one input limit a real export may need raised (a record with very long free text).
struct RecordLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Largest record, in MiB (default 64). A longer record is rejected without being held in memory.",
                               valueName: "mib"))
    var maxRecordMib: Int?

    /// Applies the option to `validator`.
    func configure(_ validator: inout RecordFileValidator) throws {
        guard let maxRecordMib else { return }
        guard (1...1024).contains(maxRecordMib) else { throw ValidationError("--max-record-mib must be between 1 and 1024, not \(maxRecordMib)") }
        validator.maximumRecordBytes = maxRecordMib << 20
    }
}
