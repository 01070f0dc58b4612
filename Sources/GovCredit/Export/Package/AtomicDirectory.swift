import CPlatform
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a directory under a temporary name beside its destination and moves it into place in one step, so a
/// reader (or a `kill -9`) sees either the complete previous package or the complete new one, never a mix.
///
/// The staging name is `.<name>.partial-<pid>`; leftovers of runs that died are removed by the next run.
struct AtomicDirectory {
    let destination: String
    let staging: String
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
    }

    /// Removes stale staging folders of this destination left by runs whose process is gone.
    func removeLeftovers() {
        guard let directory = opendir(parent) else { return }
        defer { closedir(directory) }
        let prefix = ".\(name).partial-"
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard entryName.hasPrefix(prefix), let pid = Int32(entryName.dropFirst(prefix.count)) else { continue }
            if pid == getpid() || kill(pid, 0) != 0 && errno == ESRCH {
                AtomicDirectory.removeTree("\(parent)/\(entryName)")
            }
        }
    }

    func createStaging() throws(InputError) {
        AtomicDirectory.removeTree(staging)
        guard mkdir(staging, 0o755) == 0 else { throw InputError.cannotWrite(staging, errno: errno) }
    }

    func makeSubdirectory(_ relative: String) throws(InputError) {
        let path = "\(staging)/\(relative)"
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw InputError.cannotWrite(path, errno: errno) }
    }

    var destinationExists: Bool { access(destination, F_OK) == 0 }

    /// Moves the staging directory into place. An existing destination is swapped out atomically
    /// (`renameat2(RENAME_EXCHANGE)`) and then removed; without one, a plain `rename`.
    func commit(replacing: Bool) throws(InputError) {
        AtomicDirectory.syncDirectory(staging)
        if destinationExists {
            guard replacing else { throw InputError.packageExists(destination) }
            if cplatform_exchange_paths(staging, destination) == 0 {
                AtomicDirectory.removeTree(staging)  // now holds the previous package
            } else {
                // No atomic exchange here (old kernel, some network file systems): move the old package aside
                // first, so a failure in between leaves it recoverable under the `.old` name.
                let aside = "\(parent)/.\(name).old-\(getpid())"
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

    func abandon() { AtomicDirectory.removeTree(staging) }

    static func syncDirectory(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// `rm -rf` for the folders GovCredit itself created (no symlinks followed).
    static func removeTree(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if (status.st_mode & S_IFMT) == S_IFDIR, let directory = opendir(path) {
            while let entry = readdir(directory) {
                let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if entryName == "." || entryName == ".." { continue }
                removeTree("\(path)/\(entryName)")
            }
            closedir(directory)
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
