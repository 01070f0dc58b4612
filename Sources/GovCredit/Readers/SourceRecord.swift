/// One record as the source file has it: the source's own names and raw values, before any mapping
/// (ARCHITECTURE: format readers know nothing of the standard).
struct SourceRecord: Sendable {
    /// The record element's name where the format has one (canonical XML: the category); `nil` otherwise.
    var kind: String?
    /// The values, in source order; a name may repeat (repeated XML elements).
    var fields: [SourceField]
    /// Where the record starts.
    var location: SourceLocation
    /// What the reader found about the record that does not stop it being mapped (an XML Schema problem).
    var findings: [Finding] = []
    /// Set when every record with this value has the same field paths in the same order (a CSV file's header):
    /// a mapper that has seen the layout need not compare the paths again.
    var layout: SourceLayoutID? = nil
}

/// The identity of a fixed layout of source fields (``SourceRecord/layout``), unique in the process.
struct SourceLayoutID: Hashable, Sendable {
    private let number: Int

    /// A number no other layout of this process has.
    static func next() -> SourceLayoutID {
        last.withLock { number in
            number += 1
            return SourceLayoutID(number: number)
        }
    }

    private static let last = Locked(0)
}

/// One value of a ``SourceRecord``.
struct SourceField: Sendable {
    /// The source's own name as a path relative to the record: `["受理日期"]` for a CSV column,
    /// `["主体", "名称"]` for a nested XML element, `["entity", "uscc"]` for a nested YAML key, `["@编号"]` for an
    /// XML attribute of the record element (`["主体", "@类型"]` of a nested one).
    var path: [String]
    var value: SourceValue
    /// Where the value is (line, column for CSV, element path for XML, key path for YAML).
    var position: ValuePosition
}

/// A raw value: text exactly as read (no trimming, no type guessing: `0123` stays `0123`, `no` stays `no`).
enum SourceValue: Hashable, Sendable {
    case text(String)
    /// A sequence of scalars (YAML) — XML repeats elements instead.
    case list([String])
    /// Explicitly empty: YAML `~`/`null`, an empty CSV cell, an empty XML element.
    case null
}

/// What a reader yields: a record to map, or one that could not be read, with the findings that say why.
/// Either way the record counts: read = accepted + rejected (SPEC §7).
enum ReaderItem: Sendable {
    case record(SourceRecord)
    case malformed(SourceLocation, [Finding])
}

/// A streaming reader of one file: one record at a time, memory independent of the file's size.
///
/// Throws ``InputError`` (with the line where it happened) when the file stops being readable part way: a
/// truncated or not well-formed XML document, a YAML syntax error, an I/O error. Then the run exits 2; records
/// already read were counted, nothing is silently dropped.
protocol RecordReader {
    mutating func next() throws(InputError) -> ReaderItem?
}
