#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem that stops reading a whole file (as opposed to a ``Finding`` about one record): the file cannot be
/// opened or read, or its category cannot be told. The command exits 2 on these.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The file concerned.
    public let file: String
    /// The line where reading stopped, when the problem is inside the file (not well-formed XML, a YAML
    /// syntax error, a truncated file).
    public let line: Int?
    /// What went wrong, in Chinese and English.
    public let message: LocalizedMessage

    /// Creates an error about `file`; `line` is 1-based, `nil` when the problem is the file as a whole.
    public init(file: String, line: Int? = nil, message: LocalizedMessage) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message` in `language`.
    public func located(in language: Language) -> String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(message.text(in: language))"
    }

    /// `file:line: message` in English; ``located(in:)`` gives it in Chinese.
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message.en)" }

    static func cannotOpen(_ path: String, errno code: Int32) -> InputError {
        let reason = String(cString: strerror(code))
        return InputError(file: path, message: LocalizedMessage(zh: "无法打开文件：\(reason)", en: "cannot open the file: \(reason)"))
    }

    static func readFailed(_ path: String, errno code: Int32) -> InputError {
        let reason = String(cString: strerror(code))
        return InputError(file: path, message: LocalizedMessage(zh: "读取文件失败：\(reason)", en: "reading the file failed: \(reason)"))
    }

    /// The category of `path` could not be told from its name.
    public static func unknownCategory(_ path: String) -> InputError {
        let names = RecordCategory.allCases.map(\.rawValue).joined(separator: ", ")
        return InputError(file: path, message: LocalizedMessage(
            zh: "无法从文件名判断记录类别，请用 --category 指定（可选：\(names)）",
            en: "cannot tell the record category from the file name; give --category (one of: \(names))"))
    }

    static func unsupportedFormat(_ path: String) -> InputError {
        InputError(file: path, message: LocalizedMessage(
            zh: "无法从文件名判断格式（.jsonl、.csv、.tsv、.xml、.yaml），请用配置文件（--profile）说明",
            en: "cannot tell the format from the file name (.jsonl, .csv, .tsv, .xml, .yaml); give a profile (--profile)"))
    }
}
