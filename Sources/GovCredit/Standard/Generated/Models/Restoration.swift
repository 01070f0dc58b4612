// Generated from Standards/gov-integrity/1.0/categories/restoration.yaml by tools/generate.py — do not edit.

/// 信用修复 · Credit restoration (§III(6)).
///
/// The restoration of a dishonesty record once the identifying department confirms that the behaviour was corrected and performance completed (§III(6)).
///
/// Source: `categories/restoration.yaml`.
public struct Restoration: StandardRecord {
    /// The category this type encodes: ``RecordCategory/restoration``.
    public static let category = RecordCategory.restoration

    /// 修复记录编号 · Restoration id — `C..64`, required.
    public var id: String
    /// 关联失信记录 · Dishonesty record — `C..64`, required.
    public var dishonestyId: String
    /// 申请日期 · Date applied — `D8 (YYYY-MM-DD)`, optional.
    public var appliedDate: CivilDate?
    /// 确认纠正日期 · Correction confirmed — `D8 (YYYY-MM-DD)`, required.
    public var correctionConfirmedDate: CivilDate
    /// 履约完成日期 · Performance completed — `D8 (YYYY-MM-DD)`, required.
    public var performanceCompletedDate: CivilDate
    /// 修复日期 · Date restored — `D8 (YYYY-MM-DD)`, required.
    public var restoredDate: CivilDate
    /// 修复决定文书号 · Decision number — `C..100`, required.
    public var decisionNumber: String
    /// 修复决定部门 · Department — `(block)`, required.
    public var department: Department

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        dishonestyId: String,
        appliedDate: CivilDate? = nil,
        correctionConfirmedDate: CivilDate,
        performanceCompletedDate: CivilDate,
        restoredDate: CivilDate,
        decisionNumber: String,
        department: Department
    ) {
        self.id = id
        self.dishonestyId = dishonestyId
        self.appliedDate = appliedDate
        self.correctionConfirmedDate = correctionConfirmedDate
        self.performanceCompletedDate = performanceCompletedDate
        self.restoredDate = restoredDate
        self.decisionNumber = decisionNumber
        self.department = department
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        dishonestyId = try decoder.text("dishonestyId")
        appliedDate = try decoder.dateIfPresent("appliedDate")
        correctionConfirmedDate = try decoder.date("correctionConfirmedDate")
        performanceCompletedDate = try decoder.date("performanceCompletedDate")
        restoredDate = try decoder.date("restoredDate")
        decisionNumber = try decoder.text("decisionNumber")
        department = try decoder.block("department")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(dishonestyId, at: "dishonestyId")
        encoder.set(appliedDate, at: "appliedDate")
        encoder.set(correctionConfirmedDate, at: "correctionConfirmedDate")
        encoder.set(performanceCompletedDate, at: "performanceCompletedDate")
        encoder.set(restoredDate, at: "restoredDate")
        encoder.set(decisionNumber, at: "decisionNumber")
        encoder.set(department, at: "department")
    }
}
