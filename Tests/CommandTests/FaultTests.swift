import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

// Issue 6, item 4: faults during `govcredit convert`. `kill -9` at random moments leaves the destination absent, the
// complete previous package or the complete new one, and beside it only the documented temporaries, which the next
// run removes; a full disk, an unwritable destination and an input truncated or deleted while it is read exit 2
// with a located message, the destination untouched and no temporaries left. README: "Faults and atomic output".
//
// Serialized: the kill test times the real binary, and two cores shared with a second heavy test would make its
// random moments cluster at the start.
@Suite("Faults during govcredit convert", .serialized)
struct FaultTests {
    static let submitter = ["--submitter-name", "浙江省发展和改革委员会", "--submitter-uscc", "1133000029141777X9",
                            "--submitter-division", "330000", "--created-at", "2025-12-01T02:00:00+08:00",
                            "--today", "2026-01-01", "--lang", "en"]

    /// Records in the large input: some 2 s of `convert` in a debug build on a loaded two-core machine.
    static let largeRecordCount = 3_000
    /// Every 37th record gets a broken id (as tools/make-large-samples does), so the rejects file has lines too.
    static let brokenEvery = 37

    // MARK: - Files

    /// A fresh folder for one test, removed by the caller.
    static func workspace() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-faults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    /// `count` complaint records made by cycling samples/canonical/complaint.jsonl with fresh ids, as
    /// tools/make-large-samples does; `brokenEvery`-th records (or all, with `allBroken`) get an id that breaks
    /// the id rule.
    static func writeLargeInput(to path: String, count: Int = largeRecordCount, allBroken: Bool = false) throws {
        let sample = try String(contentsOfFile: Command.fixture("complaint.jsonl"), encoding: .utf8)
        let lines = sample.split(separator: "\n").map(String.init)
        var text = ""
        for number in 0..<count {
            let line = lines[number % lines.count]
            let marker = "\"id\": \""
            guard let start = line.range(of: marker)?.upperBound, let end = line[start...].firstIndex(of: "\"") else {
                Issue.record("samples/canonical/complaint.jsonl line without an id: \(line.prefix(80))")
                return
            }
            let broken = allBroken || number % brokenEvery == 5 ? "!" : ""
            text += line[..<end] + String(format: "-%06d", number) + broken + line[end...] + "\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Every file under `path` by relative path, with its bytes; `nil` when nothing is there.
    static func tree(_ path: String) -> [String: Data]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return ["": FileManager.default.contents(atPath: path) ?? Data()] }
        var files: [String: Data] = [:]
        for relative in (FileManager.default.subpaths(atPath: path) ?? []).sorted() {
            let full = path + "/" + relative
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: full) ?? Data()
            }
        }
        return files
    }

    static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    /// The pid in a documented temporary's name (`.pkg.partial-123`, `.pkg.rejects.partial-123`, `.pkg.old-123`)
    /// beside the package `name`, or `nil` for any other name.
    static func temporaryPID(_ entry: String, package name: String) -> Int32? {
        for prefix in [".\(name).partial-", ".\(name).rejects.partial-", ".\(name).old-"] where entry.hasPrefix(prefix) {
            return Int32(entry.dropFirst(prefix.count))
        }
        return nil
    }

    static func manifestCounts(_ package: String) throws -> [String: Int] {
        let data = try Data(contentsOf: URL(fileURLWithPath: package + "/manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(manifest["counts"] as? [String: Int])
    }

    static func copy(_ from: String, to destination: String) throws {
        try? FileManager.default.removeItem(atPath: destination)
        try FileManager.default.copyItem(atPath: from, toPath: destination)
    }

    /// A pid that belonged to a process that has exited (and been reaped).
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    // MARK: - Reference packages

    /// The packages a run can leave: the previous one (the canonical complaints, batch OLD) and the new one (the
    /// large input, batch NEW), each written once, checked with `govcredit verify` and its manifest's counts, and
    /// kept byte for byte: a destination after a kill must equal one of them exactly (packages are reproducible).
    struct References: Sendable {
        var folder: String
        var largeInput: String
        var old: [String: Data]
        var oldRejects: [String: Data]
        var new: [String: Data]
        var newRejects: [String: Data]
        /// How long the new package took to convert, to spread the kills over a whole run.
        var duration: Double
    }

    static let references: Result<References, any Error> = Result {
        let folder = try workspace()
        let input = folder + "/input/complaint.jsonl"
        for subfolder in ["input", "old", "new"] {
            try FileManager.default.createDirectory(atPath: folder + "/" + subfolder, withIntermediateDirectories: true)
        }
        try writeLargeInput(to: input)
        let old = try Command.run(["convert", Command.fixture("complaint.jsonl"), "--out", folder + "/old/pkg",
                                   "--batch-id", "OLD"] + submitter)
        guard old.status == 0 else { throw FaultTestError("reference OLD: \(old.status) \(old.stderr)") }
        let started = Date()
        let new = try Command.run(["convert", input, "--out", folder + "/new/pkg", "--batch-id", "NEW"] + submitter)
        let duration = Date().timeIntervalSince(started)
        guard new.status == 1 else { throw FaultTestError("reference NEW (some rejected): \(new.status) \(new.stderr)") }
        for package in ["old", "new"] {
            let verify = try Command.run(["verify", folder + "/\(package)/pkg", "--today", "2026-01-01", "--format", "json"])
            guard verify.status == 0 else { throw FaultTestError("verify \(package): \(verify.status) \(verify.stderr)") }
        }
        let broken = (0..<largeRecordCount).filter { $0 % brokenEvery == 5 }.count
        let oldCounts = try manifestCounts(folder + "/old/pkg"), newCounts = try manifestCounts(folder + "/new/pkg")
        guard oldCounts == ["read": 3, "accepted": 3, "rejected": 0],
              newCounts == ["read": largeRecordCount, "accepted": largeRecordCount - broken, "rejected": broken] else {
            throw FaultTestError("manifest counts: OLD \(oldCounts), NEW \(newCounts)")
        }
        return References(folder: folder, largeInput: input,
                          old: tree(folder + "/old/pkg") ?? [:], oldRejects: tree(folder + "/old/pkg.rejects.jsonl") ?? [:],
                          new: tree(folder + "/new/pkg") ?? [:], newRejects: tree(folder + "/new/pkg.rejects.jsonl") ?? [:],
                          duration: duration)
    }

    struct FaultTestError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    // MARK: - kill -9

    /// SplitMix64: the same moments on every run, so a failure can be replayed.
    struct Moments {
        var state: UInt64
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
    }

    @Test("kill -9 at random moments leaves no package or the complete new one, and the next run cleans up",
          arguments: [false, true])
    func killedAtRandomMoments(replacingAPreviousPackage: Bool) throws {
        let references = try Self.references.get()
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let package = folder + "/pkg", rejects = folder + "/pkg.rejects.jsonl"
        var random = Moments(state: replacingAPreviousPackage ? 20_251_202 : 20_251_201)
        var outcomes: [String: Int] = [:]
        for iteration in 0..<12 {
            // The state before the run: no package, or the previous package with its rejects.
            if replacingAPreviousPackage {
                if Self.tree(package) != references.old {
                    try Self.copy(references.folder + "/old/pkg", to: package)
                    try Self.copy(references.folder + "/old/pkg.rejects.jsonl", to: rejects)
                }
            } else {
                try? FileManager.default.removeItem(atPath: package)
                try? FileManager.default.removeItem(atPath: rejects)
            }
            let process = Process()
            process.executableURL = Command.binary
            process.arguments = ["convert", references.largeInput, "--out", package, "--batch-id", "NEW"] + Self.submitter
                + (replacingAPreviousPackage ? ["--force"] : [])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let started = Date()
            try process.run()
            let pid = process.processIdentifier
            // The last steps (syncing, exchanging the folders, removing the previous package, renaming the rejects)
            // take a few milliseconds of a run of seconds: a third of the moments are drawn right after them.
            switch iteration % 3 {
            case 0:
                // Anywhere in the run: reading, validating, staging, writing the final files.
                Thread.sleep(forTimeInterval: references.duration * random.next() * 1.1)
            case 1:
                // Within 3 ms of the manifest being written into the staging folder.
                let manifest = "\(folder)/.pkg.partial-\(pid)/manifest.json"
                while process.isRunning && !FileManager.default.fileExists(atPath: manifest) { usleep(300) }
                usleep(UInt32(random.next() * 3_000))
            default:
                // As soon as the new package is in place: removing the previous one, renaming the rejects.
                while process.isRunning,
                      !(FileManager.default.contents(atPath: package + "/manifest.json").map { String(decoding: $0, as: UTF8.self) }?
                          .contains("\"NEW\"") ?? false) { usleep(300) }
            }
            kill(pid, SIGKILL)
            process.waitUntilExit()
            let killed = process.terminationReason == .uncaughtSignal
            let context = "iteration \(iteration), killed after \(Int(Date().timeIntervalSince(started) * 1000)) ms"

            // The destination: the state before, or the complete new package — never anything in between.
            let destination = Self.tree(package)
            let before = replacingAPreviousPackage ? references.old : nil
            #expect(destination == before || destination == references.new,
                    "\(context): partial package, files \(destination.map { Array($0.keys).sorted() } ?? [])")
            // The rejects file is renamed into place right after the package: the previous one or the new one.
            let rejectsNow = Self.tree(rejects)
            let rejectsBefore = replacingAPreviousPackage ? references.oldRejects : nil
            #expect(rejectsNow == rejectsBefore || rejectsNow == references.newRejects, "\(context): partial rejects file")
            if destination == before { #expect(rejectsNow == rejectsBefore, "\(context): new rejects beside the old package") }
            outcomes[!killed ? "finished" : destination == references.new ? "killed after commit" : "killed before commit", default: 0] += 1

            // Beside it only this run's documented temporaries: the runs killed before were cleaned up by this one.
            for entry in Self.names(in: folder) where entry != "pkg" && entry != "pkg.rejects.jsonl" {
                let owner = Self.temporaryPID(entry, package: "pkg")
                #expect(owner == pid, "\(context): stray \(entry) (run \(pid))")
            }
        }
        // Twelve moments must interrupt at least one run, or the test tested nothing.
        #expect(outcomes["killed before commit", default: 0] > 0, "\(outcomes)")

        // The next run removes every leftover and succeeds.
        let next = try Command.run(["convert", references.largeInput, "--out", package, "--batch-id", "NEW", "--force"] + Self.submitter)
        #expect(next.status == 1, "\(next.stderr)")
        #expect(Self.tree(package) == references.new)
        #expect(Self.tree(rejects) == references.newRejects)
        #expect(Self.names(in: folder) == ["pkg", "pkg.rejects.jsonl"])
    }

    @Test("the next run removes the temporaries of dead runs (staging folder, rejects scratch, package moved aside)")
    func leftoversOfDeadRunsAreRemoved() throws {
        let references = try Self.references.get()
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let dead = try Self.deadPID()
        let alive = getpid()  // this test process: a run still going, whose temporaries must be left alone
        try FileManager.default.createDirectory(atPath: folder + "/.pkg.partial-\(dead)/records", withIntermediateDirectories: true)
        try Data("half a record".utf8).write(to: URL(fileURLWithPath: folder + "/.pkg.partial-\(dead)/records/complaint.jsonl"))
        try Data("{\"category\":".utf8).write(to: URL(fileURLWithPath: folder + "/.pkg.rejects.partial-\(dead)"))
        try Data().write(to: URL(fileURLWithPath: folder + "/.pkg.rejects.partial-\(alive)"))
        try FileManager.default.createDirectory(atPath: folder + "/.pkg.partial-\(alive)", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: folder + "/.other.partial-\(dead)"))  // another package's: kept

        let result = try Command.run(["convert", Command.fixture("complaint.jsonl"), "--out", folder + "/pkg", "--batch-id", "OLD"] + Self.submitter)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.tree(folder + "/pkg") == references.old)
        #expect(Self.names(in: folder) == [".other.partial-\(dead)", ".pkg.partial-\(alive)", ".pkg.rejects.partial-\(alive)",
                                          "pkg", "pkg.rejects.jsonl"])
    }

    @Test("a previous package left moved aside by an interrupted replacement is put back, then replaced only with --force")
    func aPackageMovedAsideIsPutBack() throws {
        let references = try Self.references.get()
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Where the file system cannot exchange two folders, the previous package is renamed to `.pkg.old-<pid>`
        // before the new one is renamed into place; a kill in between leaves no package at the destination.
        let dead = try Self.deadPID()
        try Self.copy(references.folder + "/old/pkg", to: folder + "/.pkg.old-\(dead)")
        let refused = try Command.run(["convert", Command.fixture("complaint.jsonl"), "--out", folder + "/pkg", "--batch-id", "NEW"] + Self.submitter)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("already exists"), "\(refused.stderr)")
        #expect(Self.tree(folder + "/pkg") == references.old)
        #expect(Self.names(in: folder) == ["pkg"])
    }

    // MARK: - Full disk

    /// Whether this process may mount a tmpfs (root, or a container that allows it).
    static let canMountTmpfs: Bool = {
        guard let folder = try? workspace() else { return false }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        guard (try? tool("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder])) == 0 else { return false }
        _ = try? tool("umount", [folder])
        return true
    }()

    @discardableResult
    static func tool(_ name: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs `body` with a fresh tmpfs of `size` mounted at `folder/disk`, unmounted afterwards whatever happens.
    static func withSmallDisk(_ options: String, _ body: (String) throws -> Void) throws {
        let folder = try workspace()
        let disk = folder + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        try #require(try tool("mount", ["-t", "tmpfs", "-o", options, "tmpfs", disk]) == 0)
        defer {
            _ = try? tool("umount", [disk])
            try? FileManager.default.removeItem(atPath: folder)
        }
        try body(disk)
    }

    @Test("a full disk while the package is written: exit 2 naming the file, previous package untouched, nothing left",
          .enabled(if: FaultTests.canMountTmpfs, "mounting a tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)"))
    func aFullDiskWhileWritingThePackage() throws {
        let references = try Self.references.get()
        try Self.withSmallDisk("size=2m") { disk in
            try Self.copy(references.folder + "/old/pkg", to: disk + "/pkg")
            try Self.copy(references.folder + "/old/pkg.rejects.jsonl", to: disk + "/pkg.rejects.jsonl")
            let result = try Command.run(["convert", references.largeInput, "--out", disk + "/pkg", "--batch-id", "NEW", "--force"] + Self.submitter)
            #expect(result.status == 2)
            #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
            #expect(result.stderr.contains(disk + "/"), "the message names the file: \(result.stderr)")
            #expect(Self.tree(disk + "/pkg") == references.old)
            #expect(Self.tree(disk + "/pkg.rejects.jsonl") == references.oldRejects)
            #expect(Self.names(in: disk) == ["pkg", "pkg.rejects.jsonl"])
        }
    }

    @Test("a full disk while the rejects are written: exit 2, no package, nothing left",
          .enabled(if: FaultTests.canMountTmpfs, "mounting a tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)"))
    func aFullDiskWhileWritingTheRejects() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/complaint.jsonl"
        try Self.writeLargeInput(to: input, allBroken: true)  // every record rejected: only the rejects grow
        try Self.withSmallDisk("size=1m") { disk in
            let result = try Command.run(["convert", input, "--out", disk + "/pkg", "--batch-id", "NEW"] + Self.submitter)
            #expect(result.status == 2)
            #expect(result.stderr.contains("No space left on device"), "\(result.stderr)")
            #expect(Self.names(in: disk).isEmpty, "left behind: \(Self.names(in: disk))")
        }
    }

    // MARK: - Unwritable destination

    @Test("--out under a regular file or in a missing folder: exit 2 naming the destination")
    func aDestinationThatCannotBeCreated() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder + "/file"))
        for (destination, reason) in [(folder + "/file/pkg", "Not a directory"), (folder + "/missing/pkg", "No such file or directory")] {
            let result = try Command.run(["convert", Command.fixture("complaint.jsonl"), "--out", destination] + Self.submitter)
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(destination): cannot create the package here: \(reason)"), "\(result.stderr)")
        }
        #expect(Self.names(in: folder) == ["file"])
    }

    @Test("a read-only folder (chmod 555): exit 2, previous package untouched",
          .enabled(if: geteuid() != 0, "root writes into a chmod 555 folder; the read-only mount test covers root"))
    func aFolderWithoutWritePermission() throws {
        let references = try Self.references.get()
        let folder = try Self.workspace()
        defer {
            chmod(folder + "/locked", 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        try FileManager.default.createDirectory(atPath: folder + "/locked", withIntermediateDirectories: true)
        try Self.copy(references.folder + "/old/pkg", to: folder + "/locked/pkg")
        chmod(folder + "/locked", 0o555)
        let result = try Command.run(["convert", Command.fixture("complaint.jsonl"), "--out", folder + "/locked/pkg", "--force"] + Self.submitter)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(folder)/locked/pkg: cannot create the package here: Permission denied"), "\(result.stderr)")
        #expect(Self.tree(folder + "/locked/pkg") == references.old)
        #expect(Self.names(in: folder + "/locked") == ["pkg"])
    }

    @Test("a read-only file system: exit 2, previous package untouched",
          .enabled(if: FaultTests.canMountTmpfs, "mounting a tmpfs is not permitted here (needs root or CAP_SYS_ADMIN)"))
    func aReadOnlyFileSystem() throws {
        let references = try Self.references.get()
        try Self.withSmallDisk("size=1m") { disk in
            try Self.copy(references.folder + "/old/pkg", to: disk + "/pkg")
            try #require(try Self.tool("mount", ["-o", "remount,ro", disk]) == 0)
            let result = try Command.run(["convert", Command.fixture("complaint.jsonl"), "--out", disk + "/pkg", "--force"] + Self.submitter)
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(disk)/pkg: cannot create the package here: Read-only file system"), "\(result.stderr)")
            #expect(Self.tree(disk + "/pkg") == references.old)
            #expect(Self.names(in: disk) == ["pkg"])
        }
    }

    // MARK: - Input changing under the run

    #if os(Linux)
    /// Waits until the process `pid` has read part, not all, of `input` (its file offset in /proc/<pid>/fdinfo),
    /// then calls `change`. `false` when the moment was missed (the run read the whole file first, or ended).
    static func whileReading(_ input: String, of process: Process, _ change: () throws -> Void) rethrows -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? 0
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            let fds = "/proc/\(process.processIdentifier)/fd"
            for fd in (try? FileManager.default.contentsOfDirectory(atPath: fds)) ?? [] {
                guard (try? FileManager.default.destinationOfSymbolicLink(atPath: fds + "/" + fd)) == input,
                      let info = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/fdinfo/\(fd)", encoding: .utf8),
                      let line = info.split(separator: "\n").first(where: { $0.hasPrefix("pos:") }),
                      let position = Int(line.dropFirst(4).trimmingCharacters(in: .whitespaces)) else { continue }
                if position > 0 && position < size {
                    try change()
                    return true
                }
            }
            Thread.sleep(forTimeInterval: 0.002)
        }
        return false
    }

    @Test("an input truncated to half or deleted while convert reads it: exit 2 naming it, no package, nothing left",
          arguments: ["truncated", "deleted"])
    func anInputChangingWhileItIsRead(change: String) throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/input/complaint.jsonl"
        try FileManager.default.createDirectory(atPath: folder + "/input", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        // Larger than the reader's 1 MiB chunk several times over, so the run is caught between two reads.
        try Self.writeLargeInput(to: input, count: 6_000)
        let process = Process()
        process.executableURL = Command.binary
        process.arguments = ["convert", input, "--out", folder + "/out/pkg", "--batch-id", "NEW"] + Self.submitter
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let caught = try Self.whileReading(input, of: process) {
            if change == "truncated" {
                let size = try #require(try FileManager.default.attributesOfItem(atPath: input)[.size] as? Int)
                #expect(truncate(input, off_t(size / 2)) == 0)  // what `truncate -s` does
            } else {
                try FileManager.default.removeItem(atPath: input)
            }
        }
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(caught, "the run was not caught while reading its input")
        #expect(process.terminationStatus == 2, "\(stderr)")
        let message = change == "truncated" ? "the file changed while it was read" : "the file was deleted or moved while it was read"
        #expect(stderr.contains("\(input): \(message)"), "\(stderr)")
        #expect(Self.names(in: folder + "/out").isEmpty, "left behind: \(Self.names(in: folder + "/out"))")
    }
    #endif
}
