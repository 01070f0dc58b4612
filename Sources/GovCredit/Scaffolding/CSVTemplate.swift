import Foundation

/// An empty CSV file a clerk fills in Excel (issue 7, "Templates"): UTF-8 with a byte-order mark (without one,
/// Excel on Windows reads UTF-8 as the ANSI code page and shows mojibake), CRLF line ends, one header row with a
/// column for every field of the category — Chinese names by default — and no data rows.
///
/// The filled file reads back with no profile: `govcredit validate 33-dishonesty.csv` (the category from the name).
public enum CSVTemplate {
    /// The header's column names: one per field that holds a value (blocks are written through their members).
    public static func columns(for category: RecordCategory, language: Language = .zh) -> [String] {
        category.leafSlots.map { category.columnName(ofSlot: $0, language: language) }
    }

    /// The template's text, without the byte-order mark: the header row and its CRLF.
    public static func text(for category: RecordCategory, language: Language = .zh) -> String {
        csvRow(columns(for: category, language: language))
    }

    /// The template's bytes: the UTF-8 byte-order mark, then ``text(for:language:)``.
    public static func bytes(for category: RecordCategory, language: Language = .zh) -> [UInt8] {
        AtomicFile.byteOrderMark + Array(text(for: category, language: language).utf8)
    }

    /// Writes the template to `path` atomically.
    public static func write(_ category: RecordCategory, language: Language = .zh, to path: String) throws(InputError) {
        try AtomicFile.write(bytes(for: category, language: language), to: path)
    }

    /// One CSV row (RFC 4180): a value holding a comma, a quote or a line break is quoted, quotes doubled.
    static func csvRow(_ values: [String]) -> String {
        values.map(csvField).joined(separator: ",") + "\r\n"
    }

    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
