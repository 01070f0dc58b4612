/// How ``YAMLRecordReader`` finds the records and how much a file may make it hold. Every limit caps something
/// the input controls (STYLE.md §10): a provincial export is trusted to be well-meaning, not to be well-formed.
struct YAMLReaderOptions: Sendable {
    /// Keys from the document root to the sequence of records, such as `["数据", "案件"]`. Empty: the root of each
    /// document is either a sequence of record mappings or one record mapping (a stream of `---` documents).
    var recordPath: [String] = []
    /// The file's encoding (SPEC §1); a profile may fix it.
    var encoding: EncodingChoice = .automatic
    /// Nested collections, counted from the document root (`数据.案件[3].items[0]` is 5 deep). Real records are
    /// 3–6 deep; libyaml itself has no limit and keeps a stack entry per level, so `[[[[…` would grow without one.
    /// Values above 256 count as 256 (records are flattened recursively).
    var maximumDepth = 64
    /// Nodes copied through aliases per document: `*x` of a scalar costs 1, of a collection its node count.
    /// "Billion laughs" (nested anchors, each repeating the previous one ten times) multiplies the cost tenfold
    /// per line; this stops it after a million copies, far above a file that shares a department block between
    /// records. (An anchor over ``maximumAnchorNodes`` usually stops it sooner.)
    var maximumAliases = 1_000_000
    /// Largest collection an alias may repeat, in nodes (and at most 1 MiB of text). Anchors are kept for the
    /// whole document, so only small ones are: a shared address or department block, not a list of records.
    /// An alias to a larger anchor, or to the records' container, stops the file with a located error.
    var maximumAnchorNodes = 1_000
    /// Longest scalar, in UTF-8 bytes. libyaml holds a scalar whole before reporting it; the longest field of the
    /// standard is 2,000 characters (≤ 8,000 bytes), so 16 MiB leaves room to reject an over-long text by its
    /// length rather than by this limit, while bounding memory.
    var maximumScalarBytes = 16 << 20
    /// Largest record, counted as the UTF-8 bytes of its keys and values plus 64 per node (about what the reader
    /// holds per field), aliases counted at their expanded size.
    /// Same cap as a JSON Lines record; a bigger record is rejected with `input.record-too-large`, not held.
    var maximumRecordBytes = 64 << 20
    /// Reads a record that is a mapping of scalars straight from the events (``YAMLRecordReader``) instead of
    /// composing a node tree first. Off only in tests, which check that both ways give the same items.
    var readsFlatRecordsDirectly = true
    /// Reads a file that is a root sequence of one-line key–value records with ``YAMLBlockScanner`` while it can,
    /// libyaml otherwise (``YAMLFileEvents``). Off only in tests, which check that both ways give the same items.
    var scansBlockSequences = true

    var limits: YAMLLimits {
        YAMLLimits(maximumDepth: min(maximumDepth, 256), maximumAliases: maximumAliases, maximumAnchorNodes: maximumAnchorNodes,
                   maximumAnchorBytes: 1 << 20, maximumScalarBytes: maximumScalarBytes)
    }
}

/// The limits the composer applies (shared by the record reader and the configuration loader).
struct YAMLLimits: Sendable {
    var maximumDepth: Int
    var maximumAliases: Int
    var maximumAnchorNodes: Int
    /// Text an anchored collection may hold (keys and values), beside its node count.
    var maximumAnchorBytes: Int
    var maximumScalarBytes: Int
}
