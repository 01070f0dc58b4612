// Generated from Standards/gov-integrity/1.0/categories/clue.yaml by tools/generate.py — do not edit.

/// 失信线索 · Dishonesty clue (§IV(8)).
///
/// A clue of government dishonesty found by monitoring, transferred to the place of jurisdiction and followed up (§IV(8)).
///
/// Source: `categories/clue.yaml`.
public struct Clue: StandardRecord {
    /// The category this type encodes: ``RecordCategory/clue``.
    public static let category = RecordCategory.clue

    /// 线索编号 · Clue id — `C..64`, required.
    public var id: String
    /// 发现日期 · Date discovered — `D8 (YYYY-MM-DD)`, required.
    public var discoveredDate: CivilDate
    /// 线索来源 · Source — `C..40`, required.
    public var source: ClueSource
    /// 监测点企业 · Monitoring point — `(block)`, conditional: source ∈ MONITORING_POINT.
    public var monitoringPoint: Enterprise?
    /// 涉及主体 · Respondent — `(block)`, required.
    public var respondent: GovernmentEntity
    /// 线索摘要 · Summary — `C..2000`, required.
    public var summary: String
    /// 属地行政区划代码 · Jurisdiction division code — `N6`, required.
    public var jurisdictionDivisionCode: String
    /// 转交属地日期 · Date transferred — `D8 (YYYY-MM-DD)`, optional.
    public var transferredDate: CivilDate?
    /// 跟进状态 · Follow-up status — `C..40`, required.
    public var followUpStatus: FollowUpStatus
    /// 关联投诉 · Complaint — `C..64`, optional.
    public var complaintId: String?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        discoveredDate: CivilDate,
        source: ClueSource,
        monitoringPoint: Enterprise? = nil,
        respondent: GovernmentEntity,
        summary: String,
        jurisdictionDivisionCode: String,
        transferredDate: CivilDate? = nil,
        followUpStatus: FollowUpStatus,
        complaintId: String? = nil
    ) {
        self.id = id
        self.discoveredDate = discoveredDate
        self.source = source
        self.monitoringPoint = monitoringPoint
        self.respondent = respondent
        self.summary = summary
        self.jurisdictionDivisionCode = jurisdictionDivisionCode
        self.transferredDate = transferredDate
        self.followUpStatus = followUpStatus
        self.complaintId = complaintId
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        discoveredDate = try decoder.date("discoveredDate")
        source = try decoder.code("source")
        monitoringPoint = try decoder.blockIfPresent("monitoringPoint")
        respondent = try decoder.block("respondent")
        summary = try decoder.text("summary")
        jurisdictionDivisionCode = try decoder.text("jurisdictionDivisionCode")
        transferredDate = try decoder.dateIfPresent("transferredDate")
        followUpStatus = try decoder.code("followUpStatus")
        complaintId = try decoder.textIfPresent("complaintId")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(discoveredDate, at: "discoveredDate")
        encoder.set(source, at: "source")
        encoder.set(monitoringPoint, at: "monitoringPoint")
        encoder.set(respondent, at: "respondent")
        encoder.set(summary, at: "summary")
        encoder.set(jurisdictionDivisionCode, at: "jurisdictionDivisionCode")
        encoder.set(transferredDate, at: "transferredDate")
        encoder.set(followUpStatus, at: "followUpStatus")
        encoder.set(complaintId, at: "complaintId")
    }
}
