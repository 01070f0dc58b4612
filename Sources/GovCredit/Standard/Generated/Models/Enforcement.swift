// Generated from Standards/gov-integrity/1.0/categories/enforcement.yaml by tools/generate.py — do not edit.

/// 失信被执行人信息 · Dishonest judgment debtor record (§III(3)).
///
/// A government body listed by a court as a dishonest person subject to enforcement (§III(3)).
///
/// Source: `categories/enforcement.yaml`.
public struct Enforcement: StandardRecord {
    /// The category this type encodes: ``RecordCategory/enforcement``.
    public static let category = RecordCategory.enforcement

    /// 被执行记录编号 · Enforcement record id — `C..64`, required.
    public var id: String
    /// 被执行主体 · Entity — `(block)`, required.
    public var entity: GovernmentEntity
    /// 执行法院 · Court — `C..200`, required.
    public var court: String
    /// 执行案号 · Case number — `C..100`, required.
    public var caseNumber: String
    /// 纳入日期 · Date listed — `D8 (YYYY-MM-DD)`, required.
    public var listedDate: CivilDate
    /// 生效法律文书确定的义务 · Obligation — `C..2000`, required.
    public var obligation: String
    /// 履行情况 · Performance — `C..40`, required.
    public var performance: EnforcementPerformance
    /// 在列状态 · Status — `C..40`, required.
    public var status: EnforcementStatus
    /// 移出日期 · Date removed — `D8 (YYYY-MM-DD)`, conditional: status ∈ REMOVED.
    public var removedDate: CivilDate?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        entity: GovernmentEntity,
        court: String,
        caseNumber: String,
        listedDate: CivilDate,
        obligation: String,
        performance: EnforcementPerformance,
        status: EnforcementStatus,
        removedDate: CivilDate? = nil
    ) {
        self.id = id
        self.entity = entity
        self.court = court
        self.caseNumber = caseNumber
        self.listedDate = listedDate
        self.obligation = obligation
        self.performance = performance
        self.status = status
        self.removedDate = removedDate
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        entity = try decoder.block("entity")
        court = try decoder.text("court")
        caseNumber = try decoder.text("caseNumber")
        listedDate = try decoder.date("listedDate")
        obligation = try decoder.text("obligation")
        performance = try decoder.code("performance")
        status = try decoder.code("status")
        removedDate = try decoder.dateIfPresent("removedDate")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(entity, at: "entity")
        encoder.set(court, at: "court")
        encoder.set(caseNumber, at: "caseNumber")
        encoder.set(listedDate, at: "listedDate")
        encoder.set(obligation, at: "obligation")
        encoder.set(performance, at: "performance")
        encoder.set(status, at: "status")
        encoder.set(removedDate, at: "removedDate")
    }
}
