// Generated from Standards/gov-integrity/1.0/categories/contract.yaml by tools/generate.py — do not edit.

/// 政府与民营企业签订的协议合同 · Government–enterprise contract (§II(1)).
///
/// An agreement or contract signed by a government body with a private enterprise, collected for performance tracking (§II(1), last sentence).
///
/// Source: `categories/contract.yaml`.
public struct Contract: StandardRecord {
    /// The category this type encodes: ``RecordCategory/contract``.
    public static let category = RecordCategory.contract

    /// 合同记录编号 · Contract record id — `C..64`, required.
    public var id: String
    /// 合同名称 · Title — `C..500`, required.
    public var title: String
    /// 合同编号 · Contract number — `C..100`, optional.
    public var number: String?
    /// 政府方 · Government party — `(block)`, required.
    public var governmentParty: GovernmentEntity
    /// 企业方 · Enterprise — `(block)`, required.
    public var enterprise: Enterprise
    /// 涉及领域 · Domain — `C..40`, required.
    public var domain: Domain
    /// 签订日期 · Date signed — `D8 (YYYY-MM-DD)`, required.
    public var signedDate: CivilDate
    /// 合同金额（元） · Amount (yuan) — `N..18,2`, optional.
    public var amount: Amount?
    /// 履行起始日期 · Start date — `D8 (YYYY-MM-DD)`, optional.
    public var startDate: CivilDate?
    /// 履行截止日期 · End date — `D8 (YYYY-MM-DD)`, optional.
    public var endDate: CivilDate?
    /// 履约状态 · Performance status — `C..40`, required.
    public var performanceStatus: PerformanceStatus
    /// 最近跟踪日期 · Last tracked — `D8 (YYYY-MM-DD)`, optional.
    public var lastTrackedDate: CivilDate?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        title: String,
        number: String? = nil,
        governmentParty: GovernmentEntity,
        enterprise: Enterprise,
        domain: Domain,
        signedDate: CivilDate,
        amount: Amount? = nil,
        startDate: CivilDate? = nil,
        endDate: CivilDate? = nil,
        performanceStatus: PerformanceStatus,
        lastTrackedDate: CivilDate? = nil
    ) {
        self.id = id
        self.title = title
        self.number = number
        self.governmentParty = governmentParty
        self.enterprise = enterprise
        self.domain = domain
        self.signedDate = signedDate
        self.amount = amount
        self.startDate = startDate
        self.endDate = endDate
        self.performanceStatus = performanceStatus
        self.lastTrackedDate = lastTrackedDate
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        title = try decoder.text("title")
        number = try decoder.textIfPresent("number")
        governmentParty = try decoder.block("governmentParty")
        enterprise = try decoder.block("enterprise")
        domain = try decoder.code("domain")
        signedDate = try decoder.date("signedDate")
        amount = try decoder.amountIfPresent("amount")
        startDate = try decoder.dateIfPresent("startDate")
        endDate = try decoder.dateIfPresent("endDate")
        performanceStatus = try decoder.code("performanceStatus")
        lastTrackedDate = try decoder.dateIfPresent("lastTrackedDate")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(title, at: "title")
        encoder.set(number, at: "number")
        encoder.set(governmentParty, at: "governmentParty")
        encoder.set(enterprise, at: "enterprise")
        encoder.set(domain, at: "domain")
        encoder.set(signedDate, at: "signedDate")
        encoder.set(amount, at: "amount")
        encoder.set(startDate, at: "startDate")
        encoder.set(endDate, at: "endDate")
        encoder.set(performanceStatus, at: "performanceStatus")
        encoder.set(lastTrackedDate, at: "lastTrackedDate")
    }
}
