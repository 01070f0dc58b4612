#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@_spi(Fuzzing) import GovCredit

/// The libFuzzer driver every `Fuzz/<Name>/main.swift` starts (PLATFORM.md §6): SwiftPM links an executable with its
/// own `main`, so libFuzzer's is never used and the target must call `LLVMFuzzerRunDriver` itself. Build with
/// `-sanitize=fuzzer` (see `tools/fuzz`); without it `LLVMFuzzerRunDriver` does not exist and the link fails, which
/// is why `Package.swift` declares these targets only when `GOVCREDIT_FUZZ` is set.
@_spi(Fuzzing) public enum FuzzDriver {
    /// Runs libFuzzer with the process's arguments on `entryPoint`; never returns.
    public static func run(_ entryPoint: @escaping @Sendable (UnsafeRawBufferPointer) -> FuzzReport) -> Never {
        currentEntryPoint = entryPoint
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
    }
}

/// Set once, before libFuzzer starts; libFuzzer calls back on the same thread.
nonisolated(unsafe) private var currentEntryPoint: (@Sendable (UnsafeRawBufferPointer) -> FuzzReport)?

/// libFuzzer's callback. A broken promise (``FuzzReport/violations``) aborts like a crash, so libFuzzer keeps the input.
/// The symbol must exist under this name or ld.gold fails (PLATFORM.md §6).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let entryPoint = currentEntryPoint else { return 0 }
    let report = entryPoint(UnsafeRawBufferPointer(start: data, count: size))
    if !report.violations.isEmpty {
        let text = "GovCredit fuzz invariant broken:\n" + report.violations.joined(separator: "\n") + "\n"
        _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        abort()
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
