/// How a CSV export is laid out (SPEC §6: provinces export with their own delimiter, encoding and header; a profile
/// says which). The limits are caps on sizes the input controls (STYLE §10): a hostile or broken file must cost a
/// rejected record, never unbounded memory.
struct CSVReaderOptions: Sendable {
    /// What separates fields: `","` by default; `"\t"`, `";"`, `"|"` and the full-width comma `"，"` (U+FF0C, three
    /// bytes in UTF-8) occur in provincial exports. Any non-empty text without a quote, CR or LF works; it is matched
    /// in the decoded UTF-8, so a GB18030 file with `，` (A3 AC there) is split correctly too.
    var delimiter: String = ","
    /// How to decode the file (SPEC §1): a byte-order mark, else strict UTF-8, else GB18030 — or what a profile fixes.
    var encoding: EncodingChoice = .automatic
    /// Whether the first non-empty record names the columns. Without a header the columns are named by their 1-based
    /// number (`"1"`, `"2"`, …) and the first record fixes how many there are.
    var hasHeader = true
    /// Cap on one record's bytes (decoded UTF-8, line break excluded). Real rows are a few KB; 64 MiB leaves room for
    /// a huge free-text cell to be read and rejected by a length rule instead. A longer record is skipped to its end
    /// without being held, and rejected with `input.record-too-large`. The reader's memory is about one chunk plus
    /// the current record, so at most about twice this (array growth) while a record near the limit is read. It also
    /// bounds how much of the file a quote left open by mistake can take before the reader finds out (``CSVReader``).
    var maximumRecordBytes = 64 << 20
    /// Cap on the fields of one record. Real exports have fewer than 200 columns; a hostile file can put a million
    /// empty fields (`,,,,…`) in 1 MB, each of which would cost a ``SourceField``. A record with more is rejected with
    /// `input.too-many-fields`; a header with more is an ``InputError``.
    var maximumFields = 10_000

    init(delimiter: String = ",", encoding: EncodingChoice = .automatic, hasHeader: Bool = true,
         maximumRecordBytes: Int = 64 << 20, maximumFields: Int = 10_000) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.hasHeader = hasHeader
        self.maximumRecordBytes = maximumRecordBytes
        self.maximumFields = maximumFields
    }

    /// The delimiter's UTF-8 bytes, or why the options cannot be used (for the ``InputError`` of `file`).
    func validatedDelimiter(file: String) throws(InputError) -> [UInt8] {
        let bytes = Array(delimiter.utf8)
        func invalid(_ zh: String, _ en: String) -> InputError {
            InputError(file: file, message: LocalizedMessage(zh: "CSV 选项无效：\(zh)", en: "invalid CSV options: \(en)"))
        }
        if bytes.isEmpty { throw invalid("分隔符为空", "the delimiter is empty") }
        if bytes.contains(where: { $0 == CSVByte.quote || $0 == CSVByte.lineFeed || $0 == CSVByte.carriageReturn }) {
            throw invalid("分隔符不能包含双引号、回车或换行", "the delimiter may not contain a quote, CR or LF")
        }
        if maximumRecordBytes < 1 { throw invalid("记录长度上限必须大于 0", "maximumRecordBytes must be positive") }
        if maximumFields < 1 { throw invalid("字段数上限必须大于 0", "maximumFields must be positive") }
        return bytes
    }
}

/// The bytes RFC 4180 gives a meaning to.
enum CSVByte {
    static let quote: UInt8 = 0x22
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
}
