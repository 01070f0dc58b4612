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
