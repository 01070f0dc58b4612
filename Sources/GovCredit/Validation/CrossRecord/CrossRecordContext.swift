/// What the cross-record rules see once every record is in: the summaries, a look-up by category and id, and a
/// place to put findings.
struct CrossRecordContext {
    typealias Number = InternedStrings.Number

    let index: CrossRecordIndex
    /// Record numbers sorted by (category, id, add order): the records of one category and id are neighbours and
    /// found by binary search. 4 bytes a record, built once per check (a dictionary would take four times that).
    private let order: [UInt32]
    private var findings: [(record: Int, sequence: Int, finding: Finding)] = []

    init(index: CrossRecordIndex) {
        self.index = index
        // The keys in one contiguous array for the sort (8 bytes a record, freed when it ends): read from the chunked
        // summaries in the comparison, they were a sixth of the check's time at 1,000,000 rows, on one core (perf).
        let summaries = index.summaries
        let keys = summaries.map { Self.key($0.categoryOrdinal, $0.id) }
        order = keys.withUnsafeBufferPointer { keys in
            (0..<UInt32(keys.count)).sorted { lhs, rhs in
                let left = keys[Int(lhs)]
                let right = keys[Int(rhs)]
                return left != right ? left < right : lhs < rhs
            }
        }
    }

    var summaries: ChunkedArray<RecordSummary> { index.summaries }

    private static func key(_ categoryOrdinal: UInt8, _ id: Number) -> UInt64 { UInt64(categoryOrdinal) << 32 | UInt64(id) }

    // MARK: - Finding records

    /// The records (run and known) of `category` with `id`, in add order.
    func group(_ category: RecordCategory, _ id: Number) -> ArraySlice<UInt32> {
        let key = Self.key(category.ordinal, id)
        var low = 0
        var high = order.count
        while low < high {
            let middle = (low + high) / 2
            if self.key(at: middle) < key { low = middle + 1 } else { high = middle }
        }
        return order[low..<groupEnd(from: low, key: key)]
    }

    /// Calls `body` with the records (run and known) of each category and id in turn, each group in add order: one
    /// pass over the sorted records instead of a search per record.
    func forEachGroup(_ body: (ArraySlice<UInt32>) -> Void) {
        var start = 0
        while start < order.count {
            let end = groupEnd(from: start, key: key(at: start))
            body(order[start..<end])
            start = end
        }
    }

    /// The (category, id) key of the record at `position` in ``order``.
    private func key(at position: Int) -> UInt64 {
        let summary = summaries[Int(order[position])]
        return Self.key(summary.categoryOrdinal, summary.id)
    }

    /// Where the run of records with `key` that starts at `start` in ``order`` ends.
    private func groupEnd(from start: Int, key: UInt64) -> Int {
        var end = start
        while end < order.count, self.key(at: end) == key { end += 1 }
        return end
    }

    /// The current version of a record: the first of this run (later ones are duplicates), else the last an
    /// earlier package holds; `nil` when the record is absent from both.
    func resolve(_ category: RecordCategory, _ id: Number) -> Int? {
        let records = group(category, id)
        if let first = records.first(where: { !summaries[Int($0)].isKnown }) { return Int(first) }
        return records.last.map(Int.init)
    }

    /// Whether the rules read this record: every record of this run, and a known record that no record of this
    /// run replaces.
    func isCurrent(_ record: Int) -> Bool {
        let summary = summaries[record]
        return !summary.isKnown || resolve(summary.category, summary.id) == record
    }

    /// The current records of `category`, in add order (lazily: no array of a run's size).
    func records(of category: RecordCategory) -> LazyFilterSequence<Range<Int>> {
        let ordinal = category.ordinal
        let context = self
        return summaries.indices.lazy.filter { context.summaries[$0].categoryOrdinal == ordinal && context.isCurrent($0) }
    }

    /// The id `record` gives in its reference field `slot` (a `.reference` field of its category), or `nil`.
    func reference(of record: Int, slot: Int) -> Number? {
        let summary = summaries[record]
        guard let position = summary.layout.referenceSlots.firstIndex(of: slot) else {
            preconditionFailure("\(summary.category) slot \(slot) is not a reference")
        }
        let entry = index.referencePool[Int(summary.referenceStart) + position]
        return entry == 0 ? nil : entry - 1
    }

    /// The distinct ids of the record's reference list, in the order given.
    func referenceList(of record: Int) -> [Number] {
        let start = Int(summaries[record].referenceStart)
        let end = record + 1 < summaries.count ? Int(summaries[record + 1].referenceStart) : index.referencePool.count
        var seen = Set<Number>()
        return index.referencePool[start..<end].compactMap { $0 == 0 ? nil : $0 - 1 }.filter { seen.insert($0).inserted }
    }

    /// The record a reference of `record` in `slot` resolves to.
    func target(of record: Int, slot: Int) -> Int? {
        guard let id = reference(of: record, slot: slot), case .reference(let category) = summaries[record].category.fields[slot].kind else {
            return nil
        }
        return resolve(category, id)
    }

    func id(_ record: Int) -> String { index.ids[summaries[record].id] }
    func id(number: Number) -> String { index.ids[number] }
    func uscc(_ record: Int) -> Number? { summaries[record].uscc == 0 ? nil : summaries[record].uscc - 1 }

    /// Where the record starts.
    func location(_ record: Int) -> SourceLocation {
        let summary = summaries[record]
        return SourceLocation(file: index.files[summary.file], record: Int(summary.recordNumber), line: Int(summary.line))
    }

    /// `file:line`, as messages name a place.
    func place(_ record: Int) -> String {
        let location = location(record)
        return "\(location.file):\(location.line)"
    }

    /// `category:id`, as national keys name a record (SPEC §1), for messages that name another record.
    func name(_ record: Int) -> String { "\(summaries[record].category.rawValue):\(id(record))" }

    // MARK: - Reporting

    /// Which record a finding between `subject` (the record the rule is about) and `other` goes to: the subject
    /// when it is in this run; else `other` when that one is (this run made the contradiction); else none (both
    /// were checked with their earlier package).
    func side(subject: Int, other: Int) -> Int? {
        if !summaries[subject].isKnown { return subject }
        if !summaries[other].isKnown { return other }
        return nil
    }

    /// Reports a finding on `record`'s field `slot` (its path; the record's own location), adding the field's
    /// names unless the parameters give them. `severity` overrides the catalogue's.
    mutating func report(_ rule: RuleID, on record: Int, slot: Int, _ parameters: MessageArguments = [:],
                         severity: Severity? = nil) {
        findings.append((record, findings.count, finding(rule, on: record, slot: slot, parameters, severity: severity)))
    }

    /// The finding ``report(_:on:slot:_:severity:)`` would store, made without storing it.
    func finding(_ rule: RuleID, on record: Int, slot: Int, _ parameters: MessageArguments = [:],
                 severity: Severity? = nil) -> Finding {
        precondition(!summaries[record].isKnown, "findings go to records of this run")
        let field = summaries[record].category.fields[slot]
        var values = parameters
        values.setDefault("name_zh", field.nameZh)
        values.setDefault("name_en", field.nameEn)
        return Finding(rule: rule, path: field.path, location: location(record), arguments: values, severity: severity)
    }

    /// How many findings are stored so far: rules that ran before this point come first for each record.
    var storedCount: Int { findings.count }

    /// A rule whose findings are made one record at a time as they are handed out, instead of being stored for the
    /// whole run: the common warnings (references to records of earlier submissions, restored records whose
    /// restoration record is elsewhere) can concern every record, and a million of them would be held in memory.
    struct OnDemandRule {
        /// ``storedCount`` when the rule would have run: its findings go after the stored ones numbered below.
        let position: Int
        let findings: (Int) -> [Finding]
    }

    /// Hands every finding to `body`, by record (in add order), and for each record in the order the rules found
    /// them, the on-demand rules' findings (given by increasing position) in their place among the stored ones.
    func emit(onDemand rules: [OnDemandRule], _ body: (CrossRecordFinding) throws -> Void) rethrows {
        let stored = findings.sorted { ($0.record, $0.sequence) < ($1.record, $1.sequence) }
        var next = 0
        for record in summaries.indices where !summaries[record].isKnown {
            while next < stored.count && stored[next].record < record { next += 1 }
            var own: [Finding] = []
            for rule in rules {
                while next < stored.count && stored[next].record == record && stored[next].sequence < rule.position {
                    own.append(stored[next].finding)
                    next += 1
                }
                own += rule.findings(record)
            }
            while next < stored.count && stored[next].record == record {
                own.append(stored[next].finding)
                next += 1
            }
            guard !own.isEmpty else { continue }
            let summary = summaries[record]
            let occurrence = group(summary.category, summary.id).filter { Int($0) < record && !summaries[Int($0)].isKnown }.count
            let id = id(record)
            for finding in own {
                try body(CrossRecordFinding(category: summary.category, id: id, idNumber: summary.id, occurrence: occurrence,
                                                  finding: finding))
            }
        }
    }
}

extension FieldSpec {
    /// The enclosing block's field, or the field itself: `department` for `department.uscc`.
    func enclosingBlock(in category: RecordCategory) -> FieldSpec { parent.map { category.fields[$0] } ?? self }
}
