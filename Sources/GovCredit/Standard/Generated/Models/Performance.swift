// Generated from Standards/gov-integrity/1.0/categories/performance.yaml by tools/generate.py — do not edit.

/// 履约跟踪 · Performance tracking (§II(1)).
///
/// One observation of whether an obligation of a collected contract is being performed (§II(1), "regularly tracking performance").
///
/// Source: `categories/performance.yaml`.
public struct Performance: StandardRecord {
    /// The category this type encodes: ``RecordCategory/performance``.
    public static let category = RecordCategory.performance

    /// 跟踪记录编号 · Tracking record id — `C..64`, required.
    public var id: String
    /// 关联合同 · Contract — `C..64`, required.
    public var contractId: String
    /// 跟踪日期 · Date tracked — `D8 (YYYY-MM-DD)`, required.
    public var trackedDate: CivilDate
    /// 履约义务 · Obligation — `C..500`, required.
    public var obligation: String
    /// 应履行日期 · Due date — `D8 (YYYY-MM-DD)`, optional.
    public var dueDate: CivilDate?
    /// 履行状态 · Status — `C..40`, required.
    public var status: ObligationStatus
    /// 备注 · Note — `C..2000`, optional.
    public var note: String?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        contractId: String,
        trackedDate: CivilDate,
        obligation: String,
        dueDate: CivilDate? = nil,
        status: ObligationStatus,
        note: String? = nil
    ) {
        self.id = id
        self.contractId = contractId
        self.trackedDate = trackedDate
        self.obligation = obligation
        self.dueDate = dueDate
        self.status = status
        self.note = note
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        contractId = try decoder.text("contractId")
        trackedDate = try decoder.date("trackedDate")
        obligation = try decoder.text("obligation")
        dueDate = try decoder.dateIfPresent("dueDate")
        status = try decoder.code("status")
        note = try decoder.textIfPresent("note")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(contractId, at: "contractId")
        encoder.set(trackedDate, at: "trackedDate")
        encoder.set(obligation, at: "obligation")
        encoder.set(dueDate, at: "dueDate")
        encoder.set(status, at: "status")
        encoder.set(note, at: "note")
    }
}
