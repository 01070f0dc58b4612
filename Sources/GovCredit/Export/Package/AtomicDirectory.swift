import CPlatform
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a directory under a temporary name beside its destination and moves it into place in one step, so a
/// reader (or a `kill -9`) sees either the complete previous package or the complete new one, never a mix.
///
/// The temporaries, all beside the destination and named after it and the process that made them:
/// `.<name>.partial-<pid>` (the package being built; after an exchange, the previous package being removed),
/// `.<name>.rejects.partial-<pid>` (the rejects file being written) and `.<name>.old-<pid>` (the previous package
/// moved aside where the file system cannot exchange). Leftovers of runs that died are removed by the next run.
struct AtomicDirectory {
    let destination: String
    let staging: String
    /// The rejects file being written, moved to `<destination>.rejects.jsonl` after the package is in place.
    /// Named here rather than in ``StagedRun`` so that ``abandon()`` and ``removeLeftovers()`` remove it too: a run
    /// that failed (a full disk) or was killed must not leave it beside the package.
    let rejectsStaging: String
    let parent: String
    let name: String

    init(destination: String) throws(InputError) {
        var trimmed = destination
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.destination = trimmed
        if let slash = trimmed.lastIndex(of: "/") {
            parent = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
            name = String(trimmed[trimmed.index(after: slash)...])
        } else {
            parent = "."
            name = trimmed
        }
        staging = "\(parent)/.\(name).partial-\(getpid())"
        rejectsStaging = "\(parent)/.\(name).rejects.partial-\(getpid())"
    }

    /// The package moved aside while the new one is renamed into place, where no atomic exchange is available.
    private var aside: String { "\(parent)/.\(name).old-\(getpid())" }

    /// Removes the temporaries of this destination left by runs whose process is gone (killed, or the machine
    /// stopped): staging folders, rejects scratch files and, where the exchange fallback was interrupted, the
    /// previous package moved aside — put back when nothing took its place, removed otherwise.
    func removeLeftovers() {
        guard let directory = opendir(parent) else { return }
        var leftovers: [(path: String, isAside: Bool)] = []
        let prefixes = [(".\(name).partial-", false), (".\(name).rejects.partial-", false), (".\(name).old-", true)]
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            for (prefix, isAside) in prefixes where entryName.hasPrefix(prefix) {
                guard let pid = Int32(entryName.dropFirst(prefix.count)) else { continue }
                if pid == getpid() || kill(pid, 0) != 0 && errno == ESRCH {
                    leftovers.append(("\(parent)/\(entryName)", isAside))
                }
            }
        }
        // Removed after the listing is done: changing a directory while `readdir` walks it may skip entries.
        closedir(directory)
        for leftover in leftovers {
            if leftover.isAside && !destinationExists && rename(leftover.path, destination) == 0 { continue }
            AtomicDirectory.removeTree(leftover.path)
        }
    }

    func createStaging() throws(InputError) {
        AtomicDirectory.removeTree(staging)
        // Named by the destination the user gave: the staging name means nothing to them (`--out` under a
        // regular file, in a missing or read-only folder).
        guard mkdir(staging, 0o755) == 0 else { throw InputError.cannotCreatePackage(destination, errno: errno) }
    }

    func makeSubdirectory(_ relative: String) throws(InputError) {
        let path = "\(staging)/\(relative)"
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw InputError.cannotWrite(path, errno: errno) }
    }

    var destinationExists: Bool { access(destination, F_OK) == 0 }

    /// Moves the staging directory into place. An existing destination is swapped out atomically
    /// (`renameat2(RENAME_EXCHANGE)`) and then removed; without one, a plain `rename`.
    func commit(replacing: Bool) throws(InputError) {
        // Every folder of the package, not only its top: `records/` holds the names of the record files, and a
        // power cut after the rename must not leave a package whose manifest lists files its folders lost.
        AtomicDirectory.syncTree(staging)
        if destinationExists {
            guard replacing else { throw InputError.packageExists(destination) }
            if cplatform_exchange_paths(staging, destination) == 0 {
                AtomicDirectory.removeTree(staging)  // now holds the previous package
            } else {
                // No atomic exchange here (old kernel, some network file systems): move the old package aside
                // first, so a failure in between leaves it recoverable under the `.old` name.
                guard rename(destination, aside) == 0 else { throw InputError.cannotWrite(destination, errno: errno) }
                guard rename(staging, destination) == 0 else {
                    let failure = errno
                    _ = rename(aside, destination)
                    throw InputError.cannotWrite(destination, errno: failure)
                }
                AtomicDirectory.removeTree(aside)
            }
        } else {
            guard rename(staging, destination) == 0 else { throw InputError.cannotWrite(destination, errno: errno) }
        }
        AtomicDirectory.syncDirectory(parent)
    }

    /// Removes this run's temporaries after a failure, leaving the destination as it was.
    func abandon() {
        AtomicDirectory.removeTree(staging)
        AtomicDirectory.removeTree(rejectsStaging)
    }

    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// `fsync`s `path` and every folder below it (no symlinks followed).
    static func syncTree(_ path: String) {
        guard let directory = opendir(path) else { return }
        while let entry = readdir(directory) {
            // DT_UNKNOWN (some file systems do not say): try it; opening a file as a folder fails harmlessly.
            guard entry.pointee.d_type == UInt8(DT_DIR) || entry.pointee.d_type == UInt8(DT_UNKNOWN) else { continue }
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if entryName != "." && entryName != ".." { syncTree("\(path)/\(entryName)") }
        }
        closedir(directory)
        syncDirectory(path)
    }

    /// `rm -rf` for the folders GovCredit itself created (no symlinks followed).
    static func removeTree(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if (status.st_mode & S_IFMT) == S_IFDIR, let directory = opendir(path) {
            // Listed first, removed after: unlinking while `readdir` walks the folder may skip entries, and a
            // skipped file makes `rmdir` fail and leaves a stray folder beside the package.
            var entries: [String] = []
            while let entry = readdir(directory) {
                let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if entryName != "." && entryName != ".." { entries.append(entryName) }
            }
            closedir(directory)
            for entryName in entries { removeTree("\(path)/\(entryName)") }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

extension InputError {
    static func cannotCreatePackage(_ destination: String, errno code: Int32) -> InputError {
        let reason = String(cString: strerror(code))
        return InputError(file: destination, message: LocalizedMessage(
            zh: "无法在此处创建报送包：\(reason)", en: "cannot create the package here: \(reason)"))
    }
}
