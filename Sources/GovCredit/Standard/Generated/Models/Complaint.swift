// Generated from Standards/gov-integrity/1.0/categories/complaint.yaml by tools/generate.py — do not edit.

/// 违约失信投诉 · Breach-of-contract complaint (§II(1)).
///
/// A complaint that a government body broke an agreement or contract with a private enterprise, received through one of the channels of §II(1) and transferred for verification (§II(2)).
///
/// Source: `categories/complaint.yaml`.
public struct Complaint: StandardRecord {
    /// The category this type encodes: ``RecordCategory/complaint``.
    public static let category = RecordCategory.complaint

    /// 投诉编号 · Complaint id — `C..64`, required.
    public var id: String
    /// 受理日期 · Date received — `D8 (YYYY-MM-DD)`, required.
    public var receivedDate: CivilDate
    /// 投诉渠道 · Channel — `C..40`, required.
    public var channel: Channel
    /// 渠道工单号 · Channel ticket — `C..64`, optional.
    public var channelTicket: String?
    /// 投诉企业 · Complainant — `(block)`, required.
    public var complainant: Enterprise
    /// 投诉联系人 · Complainant contact — `(block)`, optional.
    public var complainantContact: Contact?
    /// 被投诉主体 · Respondent — `(block)`, required.
    public var respondent: GovernmentEntity
    /// 涉及领域 · Domain — `C..40`, required.
    public var domain: Domain
    /// 失信行为类型 · Behaviour — `C..40`, required.
    public var behaviour: Behaviour
    /// 关联合同 · Contract — `C..64`, optional.
    public var contractId: String?
    /// 涉及金额（元） · Amount involved (yuan) — `N..18,2`, optional.
    public var amountInvolved: Amount?
    /// 投诉内容摘要 · Summary — `C..2000`, required.
    public var summary: String
    /// 办理状态 · Status — `C..40`, required.
    public var status: ComplaintStatus
    /// 转办日期 · Date transferred — `D8 (YYYY-MM-DD)`, conditional: status ∈ TRANSFERRED, VERIFYING, CLOSED_UNFOUNDED, RECTIFIED, IDENTIFIED.
    public var transferredDate: CivilDate?
    /// 转办部门 · Transferred to — `(block)`, conditional: status ∈ TRANSFERRED, VERIFYING, CLOSED_UNFOUNDED, RECTIFIED, IDENTIFIED.
    public var transferredTo: Department?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        id: String,
        receivedDate: CivilDate,
        channel: Channel,
        channelTicket: String? = nil,
        complainant: Enterprise,
        complainantContact: Contact? = nil,
        respondent: GovernmentEntity,
        domain: Domain,
        behaviour: Behaviour,
        contractId: String? = nil,
        amountInvolved: Amount? = nil,
        summary: String,
        status: ComplaintStatus,
        transferredDate: CivilDate? = nil,
        transferredTo: Department? = nil
    ) {
        self.id = id
        self.receivedDate = receivedDate
        self.channel = channel
        self.channelTicket = channelTicket
        self.complainant = complainant
        self.complainantContact = complainantContact
        self.respondent = respondent
        self.domain = domain
        self.behaviour = behaviour
        self.contractId = contractId
        self.amountInvolved = amountInvolved
        self.summary = summary
        self.status = status
        self.transferredDate = transferredDate
        self.transferredTo = transferredTo
    }

    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder) throws {
        id = try decoder.text("id")
        receivedDate = try decoder.date("receivedDate")
        channel = try decoder.code("channel")
        channelTicket = try decoder.textIfPresent("channelTicket")
        complainant = try decoder.block("complainant")
        complainantContact = try decoder.blockIfPresent("complainantContact")
        respondent = try decoder.block("respondent")
        domain = try decoder.code("domain")
        behaviour = try decoder.code("behaviour")
        contractId = try decoder.textIfPresent("contractId")
        amountInvolved = try decoder.amountIfPresent("amountInvolved")
        summary = try decoder.text("summary")
        status = try decoder.code("status")
        transferredDate = try decoder.dateIfPresent("transferredDate")
        transferredTo = try decoder.blockIfPresent("transferredTo")
    }

    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.
    public func _write(into encoder: inout FlatRecordEncoder) {
        encoder.set(id, at: "id")
        encoder.set(receivedDate, at: "receivedDate")
        encoder.set(channel, at: "channel")
        encoder.set(channelTicket, at: "channelTicket")
        encoder.set(complainant, at: "complainant")
        encoder.set(complainantContact, at: "complainantContact")
        encoder.set(respondent, at: "respondent")
        encoder.set(domain, at: "domain")
        encoder.set(behaviour, at: "behaviour")
        encoder.set(contractId, at: "contractId")
        encoder.set(amountInvolved, at: "amountInvolved")
        encoder.set(summary, at: "summary")
        encoder.set(status, at: "status")
        encoder.set(transferredDate, at: "transferredDate")
        encoder.set(transferredTo, at: "transferredTo")
    }
}
