import ArgumentParser
import GovCredit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `govcredit`: the nightly conversion job and the clerk's check before upload.
///
/// Exit codes are the same for every subcommand, so scripts can trust them:
/// 0 success (warnings allowed), 1 findings of severity error, 2 could not run (usage, unreadable input).
@main
struct GovCreditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "govcredit",
        abstract: "Government-integrity credit records (NDRC 发改财金〔2023〕1103号): validate and convert.",
        discussion: """
        Exit codes: 0 no errors (warnings allowed), 1 at least one finding of severity error, \
        2 could not run (usage, unreadable file, unknown category).
        """,
        version: "\(StandardInfo.id) \(StandardInfo.version)",
        subcommands: [ValidateCommand.self, ConvertCommand.self, CreditRecordsCommand.self, IdentifiersCommand.self, VerifyCommand.self, ReportCommand.self, PublishCommand.self, TemplateCommand.self, ProfileCommand.self]
    )

    /// The documented exit codes.
    enum Exit {
        static let findings: Int32 = 1
        static let couldNotRun: Int32 = 2
    }

    /// ArgumentParser exits 64 on a usage error; GovCredit promises 2 for anything that could not run.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == Exit.findings {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { ConsoleWriter.error(message + "\n") }
            Glibc.exit(Exit.couldNotRun)
        }
    }
}

/// Buffered output through `write(2)`: the C `stdout` global is not concurrency-safe in Swift 6, and a
/// system call per finding would dominate a run with many findings.
struct ConsoleWriter {
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    static func standardOutput() -> ConsoleWriter { ConsoleWriter(descriptor: 1) }
    static func standardError() -> ConsoleWriter { ConsoleWriter(descriptor: 2) }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 { if errno == EINTR { continue } else { break } }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes `text` to standard error at once (messages about the run, never data).
    static func error(_ text: String) {
        var writer = ConsoleWriter.standardError()
        writer.write(text)
        writer.flush()
    }
}

/// Options every subcommand that reports findings shares.
struct ReportOptions: ParsableArguments {
    @Option(help: "Output format: text for people, json for programs.")
    var format: OutputFormat = .text

    @Option(help: "Language of the messages in text output (JSON always carries both).")
    var lang: Language = .zh

    @Option(help: ArgumentHelp("The date that counts as today, YYYY-MM-DD (default: today in China, UTC+08:00).",
                               valueName: "date"))
    var today: String?

    func validationOptions() throws -> ValidationOptions {
        guard let today else { return ValidationOptions() }
        guard let date = CivilDate(iso: today) else {
            throw ValidationError("--today must be a date YYYY-MM-DD that exists, not '\(today)'")
        }
        return ValidationOptions(today: date)
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

extension Language: ExpressibleByArgument {}
