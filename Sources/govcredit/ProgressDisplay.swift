import ArgumentParser
import Foundation
import GovCredit

#if canImport(Glibc)
import Glibc
#endif

/// `--quiet`: no progress line on standard error.
struct ProgressOptions: ParsableArguments {
    @Flag(help: "No progress display on standard error (it is also off when standard error is not a terminal).")
    var quiet = false

    /// A display for `files`, running only on a terminal and without `--quiet`.
    func display(for files: [String], language: Language) -> ProgressDisplay? {
        guard !quiet, isatty(2) == 1 else { return nil }
        return ProgressDisplay(files: files, language: language)
    }
}

/// One line on standard error, redrawn twice a second while a long run goes on: records so far, records per
/// second, and — from the input file's read position — percent of bytes done and the time left.
///
/// The position comes from `/proc/self/fdinfo` of the descriptor the reader holds on the file, so every reader
/// (libxml2 and libyaml included) is measured without reporting to anyone; where that is not available the line
/// shows records and rate only.
final class ProgressDisplay: @unchecked Sendable {
    // `records` and `stopped` are guarded by `lock`.
    private let lock = NSLock()
    private var records = 0
    private var stopped = false
    private let files: [String]
    private let sizes: [Int]
    private let language: Language
    private let started = Date()
    private var thread: Thread?

    init(files: [String], language: Language) {
        self.files = files
        self.language = language
        sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? nil ?? 0 }
        let thread = Thread { [weak self] in
            while let self, self.tick() { Thread.sleep(forTimeInterval: 0.5) }
        }
        thread.name = "govcredit-progress"
        self.thread = thread
        thread.start()
    }

    /// Counts one record (called from the thread that receives outcomes).
    func recordDone() {
        lock.lock()
        records += 1
        lock.unlock()
    }

    /// Stops redrawing and clears the line, so the summary that follows starts at the left margin.
    func finish() {
        lock.lock()
        stopped = true
        lock.unlock()
        ConsoleWriter.error("\r\u{1B}[K")
    }

    /// Draws once; `false` once finished.
    private func tick() -> Bool {
        lock.lock()
        let (count, done) = (records, stopped)
        lock.unlock()
        guard !done else { return false }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(count) / elapsed
        var line = language == .zh
            ? "已处理 \(count) 条记录 · \(Int(rate)) 条/秒"
            : "\(count) records · \(Int(rate)) records/s"
        if let fraction = fractionDone(), fraction > 0 {
            let remaining = elapsed / fraction - elapsed
            let eta = String(format: "%d:%02d", Int(remaining) / 60, Int(remaining) % 60)
            line += String(format: language == .zh ? " · %.0f%% · 剩余约 %@" : " · %.0f%% · about %@ left", fraction * 100, eta)
        }
        ConsoleWriter.error("\r\u{1B}[K" + line)
        return true
    }

    /// Bytes read of all files so far over their total: the files before the one open now count as read, that
    /// one as far as its descriptor's position. Files are read in the order given.
    private func fractionDone() -> Double? {
        let total = sizes.reduce(0, +)
        guard total > 0 else { return nil }
        for index in files.indices {
            guard let position = Self.readPosition(of: files[index]) else { continue }
            return min(1, Double(sizes.prefix(index).reduce(0, +) + position) / Double(total))
        }
        return nil
    }

    private static func readPosition(of path: String) -> Int? {
        let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        guard let descriptors = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return nil }
        for descriptor in descriptors {
            guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(descriptor)"),
                  link == target,
                  let info = try? String(contentsOfFile: "/proc/self/fdinfo/\(descriptor)", encoding: .utf8),
                  let line = info.split(separator: "\n").first(where: { $0.hasPrefix("pos:") }),
                  let position = Int(line.dropFirst(4).trimmingCharacters(in: .whitespaces)) else { continue }
            return position
        }
        return nil
    }
}
