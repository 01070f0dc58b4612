#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about an input file before it is read, compared with what it says afterwards: a file that was
/// truncated, rewritten, replaced or deleted while a conversion read it gave a partial or mixed read, and a package
/// must never claim complete counts for one (issue 6: an input that disappears mid-run is an error, exit 2).
///
/// A reader cannot see this by itself: truncated under it, `read(2)` simply ends early at the new size, and a
/// deleted file stays readable to the end through the open descriptor.
struct InputFileSnapshot: Equatable {
    let path: String
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int

    /// The state of the regular file at `path`; `nil` for standard input, pipes and devices (nothing to compare)
    /// or a file that cannot be read (the reader reports that, with its reason).
    init?(path: String) {
        var status = stat()
        guard path != "-", stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        self.path = path
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        modifiedSeconds = Int(status.st_mtim.tv_sec)
        modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
    }

    /// Throws when the file is gone or is no longer the file this snapshot describes.
    func checkUnchanged() throws(InputError) {
        guard let now = InputFileSnapshot(path: path) else { throw InputError.inputDisappeared(path) }
        guard now == self else { throw InputError.inputChanged(path) }
    }
}

extension InputError {
    static func inputDisappeared(_ path: String) -> InputError {
        InputError(file: path, message: LocalizedMessage(
            zh: "文件在读取过程中被删除或移走，读取结果不能当作完整；未写出报送包",
            en: "the file was deleted or moved while it was read; the read cannot be taken as complete, no package written"))
    }

    static func inputChanged(_ path: String) -> InputError {
        InputError(file: path, message: LocalizedMessage(
            zh: "文件在读取过程中被修改（截断、改写或替换），读取结果不完整；未写出报送包",
            en: "the file changed while it was read (truncated, rewritten or replaced); the read is incomplete, no package written"))
    }
}
