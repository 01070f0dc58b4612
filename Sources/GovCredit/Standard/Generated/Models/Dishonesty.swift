// Generated from Standards/gov-integrity/1.0/categories/dishonesty.yaml by tools/generate.py — do not edit.

/// 违约失信信息 · Breach-of-contract dishonesty record (§II(2), §III(3)).
///
/// A breach of contract identified by the identifying department, shared in real time with the national credit information sharing platform (§II(2), §III(3)).
///
/// Source: `categories/dishonesty.yaml`.
public struct Dishonesty: StandardRecord {
    /// The category this type encodes: ``RecordCategory/dishonesty``.
    public static let category = RecordCategory.dishonesty

    /// 失信记录编号 · Dishonesty record id — `C..64`, required.
    public var id: String
    /// 失信主体 · Entity — `(block)`, required.
    public var entity: GovernmentEntity
    /// 认定部门 · Identifying department — `(block)`, required.
    public var department: Department
    /// 认定文书号 · Decision number — `C..100`, required.
    public var decisionNumber: String
    /// 认定日期 · Date identified — `D8 (YYYY-MM-DD)`, required.
    public var identifiedDate: CivilDate
    /// 涉及领域 · Domain — `C..40`, required.
    public var domain: Domain
    /// 失信行为类型 · Behaviour — `C..40`, required.
    public var behaviour: Behaviour
    /// 失信事实 · Facts — `C..2000`, required.
    public var facts: String
    /// 涉及金额（元） · Amount involved (yuan) — `N..18,2`, optional.
    public var amountInvolved: Amount?
    /// 相对方企业 · Counterparty — `(block)`, optional.
    public var counterparty: Enterprise?
    /// 信息来源 · Source — `C..40`, required.
    public var source: RecordSource
    /// 关联投诉 · Complaint — `C..64`, optional.
    public var complaintId: String?
    /// 关联核实认定 · Verification — `C..64`, optional.
    public var verificationId: String?
    /// 失信程度 · Severity — `C..40`, required.
    public var severity: DishonestySeverity
    /// 记录状态 · Status — `C..40`, required.
    public var status: DishonestyStatus
    /// 信用修复日期 · Date restored — `D8 (YYYY-MM-DD)`, conditional: status ∈ RESTORED.
    public var restoredDate: CivilDate?
    /// 撤销日期 · Date revoked — `D8 (YYYY-MM-DD)`, conditional: status ∈ REVOKED.
    public var revokedDate: CivilDate?
    /// 撤销原因 · Reason revoked — `C..500`, conditional: status ∈ REVOKED.
    public var revokedReason: String?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        entity: GovernmentEntity,
        department: Department,
        decisionNumber: String,
        identifiedDate: CivilDate,
        domain: Domain,
        behaviour: Behaviour,
        facts: String,
        amountInvolved: Amount? = nil,
        counterparty: Enterprise? = nil,
        source: RecordSource,
        complaintId: String? = nil,
        verificationId: String? = nil,
        severity: DishonestySeverity,
        status: DishonestyStatus,
        restoredDate: CivilDate? = nil,
        revokedDate: CivilDate? = nil,
        revokedReason: String? = nil
    ) {
        self.id = id
        self.entity = entity
        self.department = department
        self.decisionNumber = decisionNumber
        self.identifiedDate = identifiedDate
        self.domain = domain
        self.behaviour = behaviour
        self.facts = facts
        self.amountInvolved = amountInvolved
        self.counterparty = counterparty
        self.source = source
        self.complaintId = complaintId
        self.verificationId = verificationId
        self.severity = severity
        self.status = status
        self.restoredDate = restoredDate
        self.revokedDate = revokedDate
        self.revokedReason = revokedReason
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        entity = try decoder.block("entity")
        department = try decoder.block("department")
        decisionNumber = try decoder.text("decisionNumber")
        identifiedDate = try decoder.date("identifiedDate")
        domain = try decoder.code("domain")
        behaviour = try decoder.code("behaviour")
        facts = try decoder.text("facts")
        amountInvolved = try decoder.amountIfPresent("amountInvolved")
        counterparty = try decoder.blockIfPresent("counterparty")
        source = try decoder.code("source")
        complaintId = try decoder.textIfPresent("complaintId")
        verificationId = try decoder.textIfPresent("verificationId")
        severity = try decoder.code("severity")
        status = try decoder.code("status")
        restoredDate = try decoder.dateIfPresent("restoredDate")
        revokedDate = try decoder.dateIfPresent("revokedDate")
        revokedReason = try decoder.textIfPresent("revokedReason")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(entity, at: "entity")
        encoder.set(department, at: "department")
        encoder.set(decisionNumber, at: "decisionNumber")
        encoder.set(identifiedDate, at: "identifiedDate")
        encoder.set(domain, at: "domain")
        encoder.set(behaviour, at: "behaviour")
        encoder.set(facts, at: "facts")
        encoder.set(amountInvolved, at: "amountInvolved")
        encoder.set(counterparty, at: "counterparty")
        encoder.set(source, at: "source")
        encoder.set(complaintId, at: "complaintId")
        encoder.set(verificationId, at: "verificationId")
        encoder.set(severity, at: "severity")
        encoder.set(status, at: "status")
        encoder.set(restoredDate, at: "restoredDate")
        encoder.set(revokedDate, at: "revokedDate")
        encoder.set(revokedReason, at: "revokedReason")
    }
}
