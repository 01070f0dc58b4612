#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole output files atomically (STYLE §12): the bytes go to a temporary name in the same folder, are
/// synced, and are renamed into place in one step, so a reader (a web server picking up a publication, Excel
/// opening a template) sees the old file or the new one, never half of one.
enum AtomicFile {
    /// UTF-8 byte-order mark: Excel opens a CSV as UTF-8 only when it starts with one.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func write(_ text: String, to path: String, byteOrderMark: Bool = false) throws(InputError) {
        try write((byteOrderMark ? Self.byteOrderMark : []) + Array(text.utf8), to: path)
    }

    static func write(_ bytes: [UInt8], to path: String) throws(InputError) {
        let temporary = temporaryName(for: path)
        do {
            let writer = try BufferedFileWriter(path: temporary)
            try writer.write(bytes)
            try writer.finish()
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let failure = errno
            unlink(temporary)
            throw InputError.cannotWrite(path, errno: failure)
        }
        AtomicDirectory.syncDirectory(directory(of: path))
    }

    /// `dir/.name.tmp-<pid>`: hidden, in the same folder (so `rename` stays on one file system), unique per process.
    static func temporaryName(for path: String) -> String {
        let folder = directory(of: path)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return "\(folder)/.\(name).tmp-\(getpid())"
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    /// Creates `path` and its parents when missing.
    static func makeDirectory(_ path: String) throws(InputError) {
        var current = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            current += "/\(component)"
            if mkdir(current, 0o755) != 0 && errno != EEXIST { throw InputError.cannotWrite(current, errno: errno) }
        }
    }
}
