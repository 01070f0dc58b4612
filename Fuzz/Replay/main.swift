// Replays inputs through a fuzz entry point and prints what came out (no libFuzzer needed):
//   GOVCREDIT_FUZZ=1 swift run --scratch-path .build-fuzz-replay FuzzReplay csv path/to/input...
import Foundation
@_spi(Fuzzing) import GovCredit

let arguments = CommandLine.arguments.dropFirst()
guard let target = arguments.first, let entry = FuzzEntryPoints.targets.first(where: { $0.name == target })?.run else {
    print("usage: FuzzReplay \(FuzzEntryPoints.targets.map(\.name).joined(separator: "|")) FILE...")
    exit(2)
}
var broken = false
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else { print("\(path): cannot read"); exit(2) }
    let start = Date()
    let report = [UInt8](data).withUnsafeBytes { entry($0) }
    let counts = report.counts
    print("\(path): read \(counts.read), accepted \(counts.accepted), rejected \(counts.rejected)"
          + (report.inputError.map { ", input error: \($0)" } ?? "") + String(format: " (%.3f s)", Date().timeIntervalSince(start)))
    for violation in report.violations { print("  VIOLATION \(violation)") }
    broken = broken || !report.violations.isEmpty
}
exit(broken ? 1 : 0)
