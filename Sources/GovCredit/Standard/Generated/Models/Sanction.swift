// Generated from Standards/gov-integrity/1.0/categories/sanction.yaml by tools/generate.py — do not edit.

/// 失信惩戒措施 · Punishment measure (§III(3)–(5)).
///
/// A punishment measure taken on a dishonesty record (§III(3)–(5)) and terminated when the record is restored (§III(6)).
///
/// Source: `categories/sanction.yaml`.
public struct Sanction: StandardRecord {
    /// The category this type encodes: ``RecordCategory/sanction``.
    public static let category = RecordCategory.sanction

    /// 惩戒记录编号 · Sanction id — `C..64`, required.
    public var id: String
    /// 关联失信记录 · Dishonesty record — `C..64`, required.
    public var dishonestyId: String
    /// 惩戒措施 · Measure — `C..40`, required.
    public var measure: Measure
    /// 实施层级 · Authority level — `C..40`, required.
    public var authorityLevel: AuthorityLevel
    /// 实施部门 · Authority — `(block)`, required.
    public var authority: Department
    /// 惩戒对象城市区划代码 · Target city division code — `N6`, conditional: measure ∈ CANCEL_AWARDS_AND_PILOTS, RAISE_CITY_MONITORING_DEDUCTION, CANCEL_DEMONSTRATION_ZONE.
    public var targetDivisionCode: String?
    /// 惩戒依据 · Basis — `C..500`, required.
    public var basis: String
    /// 起始日期 · Start date — `D8 (YYYY-MM-DD)`, required.
    public var startDate: CivilDate
    /// 截止日期 · End date — `D8 (YYYY-MM-DD)`, optional.
    public var endDate: CivilDate?
    /// 实施状态 · Status — `C..40`, required.
    public var status: SanctionStatus
    /// 终止日期 · Date terminated — `D8 (YYYY-MM-DD)`, conditional: status ∈ TERMINATED.
    public var terminatedDate: CivilDate?
    /// 终止原因 · Termination reason — `C..40`, conditional: status ∈ TERMINATED.
    public var terminationReason: TerminationReason?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        dishonestyId: String,
        measure: Measure,
        authorityLevel: AuthorityLevel,
        authority: Department,
        targetDivisionCode: String? = nil,
        basis: String,
        startDate: CivilDate,
        endDate: CivilDate? = nil,
        status: SanctionStatus,
        terminatedDate: CivilDate? = nil,
        terminationReason: TerminationReason? = nil
    ) {
        self.id = id
        self.dishonestyId = dishonestyId
        self.measure = measure
        self.authorityLevel = authorityLevel
        self.authority = authority
        self.targetDivisionCode = targetDivisionCode
        self.basis = basis
        self.startDate = startDate
        self.endDate = endDate
        self.status = status
        self.terminatedDate = terminatedDate
        self.terminationReason = terminationReason
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        dishonestyId = try decoder.text("dishonestyId")
        measure = try decoder.code("measure")
        authorityLevel = try decoder.code("authorityLevel")
        authority = try decoder.block("authority")
        targetDivisionCode = try decoder.textIfPresent("targetDivisionCode")
        basis = try decoder.text("basis")
        startDate = try decoder.date("startDate")
        endDate = try decoder.dateIfPresent("endDate")
        status = try decoder.code("status")
        terminatedDate = try decoder.dateIfPresent("terminatedDate")
        terminationReason = try decoder.codeIfPresent("terminationReason")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(dishonestyId, at: "dishonestyId")
        encoder.set(measure, at: "measure")
        encoder.set(authorityLevel, at: "authorityLevel")
        encoder.set(authority, at: "authority")
        encoder.set(targetDivisionCode, at: "targetDivisionCode")
        encoder.set(basis, at: "basis")
        encoder.set(startDate, at: "startDate")
        encoder.set(endDate, at: "endDate")
        encoder.set(status, at: "status")
        encoder.set(terminatedDate, at: "terminatedDate")
        encoder.set(terminationReason, at: "terminationReason")
    }
}
