/// What the cross-record rules keep of one record: 36 bytes, plus 4 bytes per reference in the index's shared
/// reference pool, plus its id once in ``InternedStrings``. Never the ``FlatRecord``: a run may hold tens of
/// millions of records, and memory must grow with their number, never with the size of the files (SPEC §5,
/// STYLE "Reading a whole file into memory").
///
/// Which field feeds which member depends on the category and is said by its ``SummaryLayout``.
struct RecordSummary {
    /// Whether the record is in this run or held by an earlier package (incremental mode).
    enum Origin: UInt8 {
        case run
        case known
    }

    /// Position of the category in ``RecordCategory/ordered``.
    let categoryOrdinal: UInt8
    let origin: Origin
    /// The layout's state code as its position in the code list + 1; `0` when absent.
    let state: UInt8
    /// The record's `id` in the index's id table.
    let id: InternedStrings.Number
    /// Where the record starts: file (in the index's file table), record number and line. Column and element
    /// path are not kept; cross-record findings are located at the record.
    let file: InternedStrings.Number
    let recordNumber: UInt32
    let line: UInt32
    /// The layout's dates as days since 1970-01-01 (years 1…9999 fit in 32 bits); ``absentDate`` when absent.
    let firstDate: Int32
    let secondDate: Int32
    /// Where the record's references start in the index's reference pool; they end where the next record's start.
    let referenceStart: UInt32
    /// The layout's USCC in the index's USCC table + 1; `0` when absent.
    let uscc: UInt32

    static let absentDate = Int32.min

    var category: RecordCategory { RecordCategory.ordered[Int(categoryOrdinal)] }
    var layout: SummaryLayout { SummaryLayout.byOrdinal[Int(categoryOrdinal)] }
    var isKnown: Bool { origin == .known }

    /// The date of `slot`, which the category's layout must keep.
    func date<Slot: RawRepresentable<Int>>(_ slot: Slot) -> Int32? {
        let value: Int32
        switch layout.dateSlots.firstIndex(of: slot.rawValue) {
        case 0: value = firstDate
        case 1: value = secondDate
        default: preconditionFailure("\(category).\(slot.rawValue) is not kept in the summary")
        }
        return value == Self.absentDate ? nil : value
    }

    /// The state code, typed by the code list the layout keeps.
    func code<Code: CodeListValue>(as type: Code.Type = Code.self) -> Code? {
        guard state > 0, let list = layout.stateList, list == Code.codeList else { return nil }
        return Code(rawValue: list.entries[Int(state) - 1].code)
    }

    /// The state as its code text (`REFUSED`), or `nil`.
    var stateCode: String? {
        guard state > 0, let list = layout.stateList else { return nil }
        return list.entries[Int(state) - 1].code
    }
}

/// Which slots of a category feed a ``RecordSummary``: the few fields the cross-record rules read.
struct SummaryLayout: Sendable {
    /// The record's `id`.
    let idSlot: Int
    /// At most two dates, in the order of `firstDate`, `secondDate`.
    let dateSlots: [Int]
    /// The single references of the category, from the field table (`.reference` fields), in table order: one
    /// pool entry each (`0` absent, else id number + 1). A category with a reference list (`.referenceList`)
    /// stores one pool entry per item instead.
    let referenceSlots: [Int]
    let referenceListSlot: Int?
    /// A status-like code and its list.
    let stateSlot: Int?
    let stateList: CodeListID?
    /// The USCC the rules compare.
    let usccSlot: Int?

    init(_ category: RecordCategory, dates: [Int] = [], state: Int? = nil, uscc: Int? = nil) {
        precondition(dates.count <= 2, "a summary keeps two dates")
        let fields = category.fields
        idSlot = fields.firstIndex { $0.kind == .recordID } ?? 0
        dateSlots = dates
        referenceSlots = fields.indices.filter { if case .reference = fields[$0].kind { return true } else { return false } }
        referenceListSlot = fields.indices.first { if case .referenceList = fields[$0].kind { return true } else { return false } }
        stateSlot = state
        if let state, case .code(let list) = fields[state].kind { stateList = list } else { stateList = nil }
        usccSlot = uscc
    }

    /// The fields each rule of SPEC §5 reads (cross-record rules), per category.
    static func of(_ category: RecordCategory) -> SummaryLayout {
        switch category {
        case .complaint:
            return SummaryLayout(category, dates: [ComplaintSlot.receivedDate.rawValue],
                                 uscc: ComplaintSlot.respondentUscc.rawValue)
        case .verification:
            return SummaryLayout(category, dates: [VerificationSlot.receivedDate.rawValue, VerificationSlot.verifiedDate.rawValue],
                                 state: VerificationSlot.rectificationOutcome.rawValue,
                                 uscc: VerificationSlot.departmentUscc.rawValue)
        case .dishonesty:
            return SummaryLayout(category, dates: [DishonestySlot.identifiedDate.rawValue],
                                 state: DishonestySlot.status.rawValue, uscc: DishonestySlot.entityUscc.rawValue)
        case .sanction:
            return SummaryLayout(category, dates: [SanctionSlot.startDate.rawValue], state: SanctionSlot.status.rawValue)
        case .restoration:
            return SummaryLayout(category, dates: [RestorationSlot.restoredDate.rawValue])
        case .typicalCase:
            return SummaryLayout(category, state: TypicalCaseSlot.reason.rawValue)
        case .contract, .performance, .arrears, .enforcement, .clue:
            return SummaryLayout(category)
        }
    }

    static let byOrdinal: [SummaryLayout] = RecordCategory.ordered.map(SummaryLayout.of)
}

extension RecordCategory {
    /// The categories in declaration order, kept once (``allCases`` builds a new array per call).
    static let ordered: [RecordCategory] = RecordCategory.allCases

    /// The position of the category in ``ordered``.
    var ordinal: UInt8 {
        guard let index = RecordCategory.ordered.firstIndex(of: self) else { preconditionFailure("\(self) not in allCases") }
        return UInt8(index)
    }
}
