// Generated from Standards/gov-integrity/1.0/categories/arrears.yaml by tools/generate.py — do not edit.

/// 拖欠账款信息 · Arrears record (§III(3)).
///
/// Amounts a government body owes a private enterprise, sorted out by the locality as required (§III(3)).
///
/// Source: `categories/arrears.yaml`.
public struct Arrears: StandardRecord {
    /// The category this type encodes: ``RecordCategory/arrears``.
    public static let category = RecordCategory.arrears

    /// 欠款记录编号 · Arrears record id — `C..64`, required.
    public var id: String
    /// 欠款主体 · Debtor — `(block)`, required.
    public var debtor: GovernmentEntity
    /// 债权企业 · Creditor — `(block)`, required.
    public var creditor: Enterprise
    /// 关联合同 · Contract — `C..64`, optional.
    public var contractId: String?
    /// 拖欠金额（元） · Amount owed (yuan) — `N..18,2`, required.
    public var amountOwed: Amount
    /// 已支付金额（元） · Amount paid (yuan) — `N..18,2`, required.
    public var amountPaid: Amount
    /// 应付日期 · Due date — `D8 (YYYY-MM-DD)`, required.
    public var dueDate: CivilDate
    /// 核实日期 · Date verified — `D8 (YYYY-MM-DD)`, optional.
    public var verifiedDate: CivilDate?
    /// 信息来源 · Source — `C..40`, required.
    public var source: ArrearsSource
    /// 欠款状态 · Status — `C..40`, required.
    public var status: ArrearsStatus

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        debtor: GovernmentEntity,
        creditor: Enterprise,
        contractId: String? = nil,
        amountOwed: Amount,
        amountPaid: Amount,
        dueDate: CivilDate,
        verifiedDate: CivilDate? = nil,
        source: ArrearsSource,
        status: ArrearsStatus
    ) {
        self.id = id
        self.debtor = debtor
        self.creditor = creditor
        self.contractId = contractId
        self.amountOwed = amountOwed
        self.amountPaid = amountPaid
        self.dueDate = dueDate
        self.verifiedDate = verifiedDate
        self.source = source
        self.status = status
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        debtor = try decoder.block("debtor")
        creditor = try decoder.block("creditor")
        contractId = try decoder.textIfPresent("contractId")
        amountOwed = try decoder.amount("amountOwed")
        amountPaid = try decoder.amount("amountPaid")
        dueDate = try decoder.date("dueDate")
        verifiedDate = try decoder.dateIfPresent("verifiedDate")
        source = try decoder.code("source")
        status = try decoder.code("status")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(debtor, at: "debtor")
        encoder.set(creditor, at: "creditor")
        encoder.set(contractId, at: "contractId")
        encoder.set(amountOwed, at: "amountOwed")
        encoder.set(amountPaid, at: "amountPaid")
        encoder.set(dueDate, at: "dueDate")
        encoder.set(verifiedDate, at: "verifiedDate")
        encoder.set(source, at: "source")
        encoder.set(status, at: "status")
    }
}
