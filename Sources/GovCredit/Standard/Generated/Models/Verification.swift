// Generated from Standards/gov-integrity/1.0/categories/verification.yaml by tools/generate.py — do not edit.

/// 核实认定 · Verification and identification (§II(2)).
///
/// The verification of a complaint by the superior or competent department of the complained entity, with feedback when unfounded and rectification when founded (§II(2)).
///
/// Source: `categories/verification.yaml`.
public struct Verification: StandardRecord {
    /// The category this type encodes: ``RecordCategory/verification``.
    public static let category = RecordCategory.verification

    /// 核实记录编号 · Verification id — `C..64`, required.
    public var id: String
    /// 关联投诉 · Complaint — `C..64`, required.
    public var complaintId: String
    /// 核实认定部门 · Verifying department — `(block)`, required.
    public var department: Department
    /// 与被投诉主体关系 · Relation — `C..40`, required.
    public var relation: VerificationRelation
    /// 收到转办日期 · Date received — `D8 (YYYY-MM-DD)`, required.
    public var receivedDate: CivilDate
    /// 核实完成日期 · Date verified — `D8 (YYYY-MM-DD)`, required.
    public var verifiedDate: CivilDate
    /// 核实结果 · Result — `C..40`, required.
    public var result: VerificationResult
    /// 未履约原因 · Reason for non-performance — `C..40`, optional.
    public var nonPerformanceReason: NonPerformanceReason?
    /// 反馈日期 · Feedback date — `D8 (YYYY-MM-DD)`, conditional: result ∈ UNFOUNDED.
    public var feedbackDate: CivilDate?
    /// 反馈说明 · Feedback summary — `C..2000`, conditional: result ∈ UNFOUNDED.
    public var feedbackSummary: String?
    /// 督促整改日期 · Rectification ordered — `D8 (YYYY-MM-DD)`, conditional: result ∈ FOUNDED.
    public var rectificationOrderedDate: CivilDate?
    /// 整改期限 · Rectification deadline — `D8 (YYYY-MM-DD)`, conditional: result ∈ FOUNDED.
    public var rectificationDeadline: CivilDate?
    /// 整改结果 · Rectification outcome — `C..40`, conditional: result ∈ FOUNDED.
    public var rectificationOutcome: RectificationOutcome?
    /// 整改完成日期 · Date rectified — `D8 (YYYY-MM-DD)`, conditional: rectificationOutcome ∈ RECTIFIED.
    public var rectifiedDate: CivilDate?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        complaintId: String,
        department: Department,
        relation: VerificationRelation,
        receivedDate: CivilDate,
        verifiedDate: CivilDate,
        result: VerificationResult,
        nonPerformanceReason: NonPerformanceReason? = nil,
        feedbackDate: CivilDate? = nil,
        feedbackSummary: String? = nil,
        rectificationOrderedDate: CivilDate? = nil,
        rectificationDeadline: CivilDate? = nil,
        rectificationOutcome: RectificationOutcome? = nil,
        rectifiedDate: CivilDate? = nil
    ) {
        self.id = id
        self.complaintId = complaintId
        self.department = department
        self.relation = relation
        self.receivedDate = receivedDate
        self.verifiedDate = verifiedDate
        self.result = result
        self.nonPerformanceReason = nonPerformanceReason
        self.feedbackDate = feedbackDate
        self.feedbackSummary = feedbackSummary
        self.rectificationOrderedDate = rectificationOrderedDate
        self.rectificationDeadline = rectificationDeadline
        self.rectificationOutcome = rectificationOutcome
        self.rectifiedDate = rectifiedDate
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        complaintId = try decoder.text("complaintId")
        department = try decoder.block("department")
        relation = try decoder.code("relation")
        receivedDate = try decoder.date("receivedDate")
        verifiedDate = try decoder.date("verifiedDate")
        result = try decoder.code("result")
        nonPerformanceReason = try decoder.codeIfPresent("nonPerformanceReason")
        feedbackDate = try decoder.dateIfPresent("feedbackDate")
        feedbackSummary = try decoder.textIfPresent("feedbackSummary")
        rectificationOrderedDate = try decoder.dateIfPresent("rectificationOrderedDate")
        rectificationDeadline = try decoder.dateIfPresent("rectificationDeadline")
        rectificationOutcome = try decoder.codeIfPresent("rectificationOutcome")
        rectifiedDate = try decoder.dateIfPresent("rectifiedDate")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(complaintId, at: "complaintId")
        encoder.set(department, at: "department")
        encoder.set(relation, at: "relation")
        encoder.set(receivedDate, at: "receivedDate")
        encoder.set(verifiedDate, at: "verifiedDate")
        encoder.set(result, at: "result")
        encoder.set(nonPerformanceReason, at: "nonPerformanceReason")
        encoder.set(feedbackDate, at: "feedbackDate")
        encoder.set(feedbackSummary, at: "feedbackSummary")
        encoder.set(rectificationOrderedDate, at: "rectificationOrderedDate")
        encoder.set(rectificationDeadline, at: "rectificationDeadline")
        encoder.set(rectificationOutcome, at: "rectificationOutcome")
        encoder.set(rectifiedDate, at: "rectifiedDate")
    }
}
