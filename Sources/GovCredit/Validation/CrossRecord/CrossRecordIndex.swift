/// The cross-record rules of SPEC §5 over one run (every file of a submission), and against what earlier packages
/// hold in incremental mode.
///
/// Records go in one by one as they pass their field and record rules; the index keeps a ``RecordSummary`` of
/// each (a few dozen bytes), never the record, so memory grows with the number of records and not with the size
/// of the files. ``check()`` runs every rule once all records are in.
///
/// ```swift
/// var index = CrossRecordIndex()
/// for outcome in outcomes where outcome.isAccepted { if let record = outcome.record { index.add(record) } }
/// index.check { item in … item.category, item.id, item.occurrence, item.finding … }
/// ```
///
/// Which record a finding concerns: the record the rule is about (the one that refers, for references and the
/// chain; the sanction, the typical case, the verification, the dishonesty record, as each rule says). Only
/// records of this run are reported: a record an earlier package holds was checked with that package. When the
/// record a rule is about is known and the other is in this run, this run made the contradiction and the
/// finding goes to its record instead.
public struct CrossRecordIndex: Sendable {
    private(set) var summaries = ChunkedArray<RecordSummary>()
    /// The references of every record, back to back (see ``SummaryLayout/referenceSlots``): `0` for an absent
    /// reference, else the id's number + 1.
    private(set) var referencePool: [UInt32] = []
    /// Record ids and referenced ids of every category share one table: a reference and the record it names get
    /// the same number.
    private(set) var ids = InternedStrings()
    private(set) var usccs = InternedStrings()
    private(set) var files = InternedStrings()
    /// The file of the last record added and its number in ``files``: records come file by file, and reading the
    /// name back as text to intern it again took the name table's lock and hashed the name for every record (5% of
    /// the thread that writes, perf).
    private var lastFile: (name: InternedText, number: UInt32)?

    /// An empty index; add every accepted record of the run with ``add(_:)``, then apply the rules with
    /// ``RecordCounts/applyCrossRecordRules(of:onFinding:)``.
    public init() {}

    /// Adds a record that passed its field and record rules (values in canonical form). `location` is where it
    /// starts.
    @discardableResult
    public mutating func add(_ record: FlatRecord) -> UInt32 { append(record, origin: .run) }

    /// Adds what an earlier package (incremental mode) holds, so references to it resolve and its state counts.
    /// A record of this run with the same category and id is its newer version, not a duplicate.
    mutating func addKnown(_ record: FlatRecord) { append(record, origin: .known) }

    /// The id with interned number `number` (as ``add(_:)`` returns it).
    func id(number: UInt32) -> String { ids[number] }


    /// Runs every cross-record rule once all records are in and hands each finding to `body`, grouped by the
    /// record it concerns, in the order records were added, so the caller can reject it (error) or report it
    /// (warning). Findings are made as they are handed out where a rule allows, so a run with a warning on every
    /// record does not hold them all.
    func check(_ body: (CrossRecordFinding) throws -> Void) rethrows {
        var context = CrossRecordContext(index: self)
        ReferenceRules.checkDuplicateIDs(&context)
        let unresolvedAt = context.storedCount
        ChainRules.check(&context)
        let restorationAt = context.storedCount
        let restored = RestorationRules.restoredDishonesty(in: context)
        RestorationRules.check(&context)
        TypicalCaseRules.check(&context)
        let finished = context
        try finished.emit(onDemand: [
            .init(position: unresolvedAt) { ReferenceRules.unresolvedReferences(of: $0, in: finished) },
            .init(position: restorationAt) { RestorationRules.missingRestoration(of: $0, restored: restored, in: finished) },
        ], body)
    }

    /// Every finding of ``check(_:)`` at once (for tests and small runs).
    func check() -> [CrossRecordFinding] {
        var all: [CrossRecordFinding] = []
        check { all.append($0) }
        return all
    }

    /// Bytes the index holds per record (summary, references and interned strings), for capacity planning.
    var bytesPerRecord: Double {
        guard !summaries.isEmpty else { return 0 }
        let total = summaries.footprint
            + referencePool.capacity * MemoryLayout<UInt32>.stride + ids.footprint + usccs.footprint + files.footprint
        return Double(total) / Double(summaries.count)
    }

    /// Adds the record's summary; returns the interned number of its id.
    @discardableResult
    private mutating func append(_ record: FlatRecord, origin: RecordSummary.Origin) -> UInt32 {
        let layout = SummaryLayout.byOrdinal[Int(record.category.ordinal)]
        precondition(summaries.count < Int(UInt32.max) && referencePool.count <= Int(UInt32.max),
                     "cross-record index full: more than 4 billion records or references")
        let referenceStart = UInt32(referencePool.count)
        for slot in layout.referenceSlots {
            referencePool.append(record[slot]?.text.map { ids.intern($0) + 1 } ?? 0)
        }
        if let slot = layout.referenceListSlot, case .list(let items)? = record[slot] {
            for item in items { referencePool.append(ids.intern(item) + 1) }
        }
        func date(_ position: Int) -> Int32 {
            guard position < layout.dateSlots.count,
                  let date = record[layout.dateSlots[position]]?.text.flatMap({ CivilDate(iso: $0) }) else {
                return RecordSummary.absentDate
            }
            return Int32(date.daysSinceEpoch)
        }
        var state: UInt8 = 0
        if let slot = layout.stateSlot, let list = layout.stateList, let code = record[slot]?.text,
           let position = list.entries.firstIndex(where: { $0.code == code }) {
            state = UInt8(position + 1)
        }
        let uscc = layout.usccSlot.flatMap { record[$0]?.text }.map { usccs.intern($0) + 1 } ?? 0
        let id = ids.intern(record[layout.idSlot]?.text ?? "")
        summaries.append(RecordSummary(
            categoryOrdinal: record.category.ordinal, origin: origin, state: state,
            id: id,
            file: fileNumber(record.location),
            // Line and record numbers past 2³² would need a file of hundreds of gigabytes; they are clamped
            // rather than wrapped, so a location is never a wrong small number.
            recordNumber: UInt32(clamping: record.location.record), line: UInt32(clamping: record.location.line),
            firstDate: date(0), secondDate: date(1), referenceStart: referenceStart, uscc: uscc))
        return id
    }
}

extension CrossRecordIndex {
    /// The number in ``files`` of the file `location` is in.
    private mutating func fileNumber(_ location: SourceLocation) -> UInt32 {
        if let lastFile, lastFile.name == location.fileName { return lastFile.number }
        let number = files.intern(location.file)
        lastFile = (location.fileName, number)
        return number
    }
}

/// A record of the run within its category, as the cross-record rules name it: its id's interned number (as
/// ``CrossRecordIndex/add(_:)`` returned it) and which record of that id it is (0 for the first).
struct CrossRecordKey: Hashable, Sendable {
    let id: UInt32
    let occurrence: Int
}

/// One finding of a cross-record rule and the record it concerns.
struct CrossRecordFinding: Hashable, Sendable {
    let category: RecordCategory
    let id: String
    /// The id's interned number.
    let idNumber: UInt32
    /// Which of the records of this run with this category and id: 0-based, in the order they were added.
    let occurrence: Int
    let finding: Finding

    /// The record within its category.
    var key: CrossRecordKey { CrossRecordKey(id: idNumber, occurrence: occurrence) }
}
