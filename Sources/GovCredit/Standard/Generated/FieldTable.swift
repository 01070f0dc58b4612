// Generated from Standards/gov-integrity/1.0/standard.yaml, blocks.yaml, categories/*.yaml by tools/generate.py — do not edit.

/// The record categories of the standard (SPEC §3), in the order the chain of events runs.
public enum RecordCategory: String, CaseIterable, Hashable, Sendable, Codable {
    /// 违约失信投诉 · Breach-of-contract complaint (§II(1)). Source: `categories/complaint.yaml`.
    case complaint
    /// 政府与民营企业签订的协议合同 · Government–enterprise contract (§II(1)). Source: `categories/contract.yaml`.
    case contract
    /// 履约跟踪 · Performance tracking (§II(1)). Source: `categories/performance.yaml`.
    case performance
    /// 核实认定 · Verification and identification (§II(2)). Source: `categories/verification.yaml`.
    case verification
    /// 违约失信信息 · Breach-of-contract dishonesty record (§II(2), §III(3)). Source: `categories/dishonesty.yaml`.
    case dishonesty
    /// 拖欠账款信息 · Arrears record (§III(3)). Source: `categories/arrears.yaml`.
    case arrears
    /// 失信被执行人信息 · Dishonest judgment debtor record (§III(3)). Source: `categories/enforcement.yaml`.
    case enforcement
    /// 失信惩戒措施 · Punishment measure (§III(3)–(5)). Source: `categories/sanction.yaml`.
    case sanction
    /// 信用修复 · Credit restoration (§III(6)). Source: `categories/restoration.yaml`.
    case restoration
    /// 失信线索 · Dishonesty clue (§IV(8)). Source: `categories/clue.yaml`.
    case clue
    /// 典型案例 · Typical case (§IV(9)). Source: `categories/typicalCase.yaml`.
    case typicalCase

    /// The category's Chinese name.
    public var nameZh: String {
        switch self {
        case .complaint: return "违约失信投诉"
        case .contract: return "政府与民营企业签订的协议合同"
        case .performance: return "履约跟踪"
        case .verification: return "核实认定"
        case .dishonesty: return "违约失信信息"
        case .arrears: return "拖欠账款信息"
        case .enforcement: return "失信被执行人信息"
        case .sanction: return "失信惩戒措施"
        case .restoration: return "信用修复"
        case .clue: return "失信线索"
        case .typicalCase: return "典型案例"
        }
    }

    /// The category's English name.
    public var nameEn: String {
        switch self {
        case .complaint: return "Breach-of-contract complaint"
        case .contract: return "Government–enterprise contract"
        case .performance: return "Performance tracking"
        case .verification: return "Verification and identification"
        case .dishonesty: return "Breach-of-contract dishonesty record"
        case .arrears: return "Arrears record"
        case .enforcement: return "Dishonest judgment debtor record"
        case .sanction: return "Punishment measure"
        case .restoration: return "Credit restoration"
        case .clue: return "Dishonesty clue"
        case .typicalCase: return "Typical case"
        }
    }

    /// The notice clause the category implements.
    public var clause: String {
        switch self {
        case .complaint: return "§II(1)"
        case .contract: return "§II(1)"
        case .performance: return "§II(1)"
        case .verification: return "§II(2)"
        case .dishonesty: return "§II(2), §III(3)"
        case .arrears: return "§III(3)"
        case .enforcement: return "§III(3)"
        case .sanction: return "§III(3)–(5)"
        case .restoration: return "§III(6)"
        case .clue: return "§IV(8)"
        case .typicalCase: return "§IV(9)"
        }
    }

    /// The field table: every field and block member, in order; values are indexed by position.
    public var fields: [FieldSpec] {
        switch self {
        case .complaint: return FieldTable.complaint
        case .contract: return FieldTable.contract
        case .performance: return FieldTable.performance
        case .verification: return FieldTable.verification
        case .dishonesty: return FieldTable.dishonesty
        case .arrears: return FieldTable.arrears
        case .enforcement: return FieldTable.enforcement
        case .sanction: return FieldTable.sanction
        case .restoration: return FieldTable.restoration
        case .clue: return FieldTable.clue
        case .typicalCase: return FieldTable.typicalCase
        }
    }

    /// The typed model of the category (``Complaint``, …).
    public var modelType: any StandardRecord.Type {
        switch self {
        case .complaint: return Complaint.self
        case .contract: return Contract.self
        case .performance: return Performance.self
        case .verification: return Verification.self
        case .dishonesty: return Dishonesty.self
        case .arrears: return Arrears.self
        case .enforcement: return Enforcement.self
        case .sanction: return Sanction.self
        case .restoration: return Restoration.self
        case .clue: return Clue.self
        case .typicalCase: return TypicalCase.self
        }
    }

    /// The slot of the date a record is dated by (division codes are checked against it).
    public var recordDateSlot: Int {
        switch self {
        case .complaint: return 1
        case .contract: return 14
        case .performance: return 2
        case .verification: return 7
        case .dishonesty: return 11
        case .arrears: return 14
        case .enforcement: return 9
        case .sanction: return 9
        case .restoration: return 5
        case .clue: return 1
        case .typicalCase: return 5
        }
    }

    /// Each slot's kind, as ``fields`` has it, in a constant table: reading it touches no reference count
    /// (the `FieldSpec` objects are shared by every worker thread, and their counts moved between cores).
    var slotKinds: [FieldKind] {
        switch self {
        case .complaint: return FieldTable.complaintKinds
        case .contract: return FieldTable.contractKinds
        case .performance: return FieldTable.performanceKinds
        case .verification: return FieldTable.verificationKinds
        case .dishonesty: return FieldTable.dishonestyKinds
        case .arrears: return FieldTable.arrearsKinds
        case .enforcement: return FieldTable.enforcementKinds
        case .sanction: return FieldTable.sanctionKinds
        case .restoration: return FieldTable.restorationKinds
        case .clue: return FieldTable.clueKinds
        case .typicalCase: return FieldTable.typicalCaseKinds
        }
    }

    /// Each slot's enclosing block slot, as ``fields`` has it (`-1`: none), in a constant table like ``slotKinds``.
    var parentSlots: [Int] {
        switch self {
        case .complaint: return FieldTable.complaintParents
        case .contract: return FieldTable.contractParents
        case .performance: return FieldTable.performanceParents
        case .verification: return FieldTable.verificationParents
        case .dishonesty: return FieldTable.dishonestyParents
        case .arrears: return FieldTable.arrearsParents
        case .enforcement: return FieldTable.enforcementParents
        case .sanction: return FieldTable.sanctionParents
        case .restoration: return FieldTable.restorationParents
        case .clue: return FieldTable.clueParents
        case .typicalCase: return FieldTable.typicalCaseParents
        }
    }

    /// Each slot's requirement, as ``fields`` has it, in a constant table like ``slotKinds``.
    var slotRequirements: [FieldRequirement] {
        switch self {
        case .complaint: return FieldTable.complaintRequirements
        case .contract: return FieldTable.contractRequirements
        case .performance: return FieldTable.performanceRequirements
        case .verification: return FieldTable.verificationRequirements
        case .dishonesty: return FieldTable.dishonestyRequirements
        case .arrears: return FieldTable.arrearsRequirements
        case .enforcement: return FieldTable.enforcementRequirements
        case .sanction: return FieldTable.sanctionRequirements
        case .restoration: return FieldTable.restorationRequirements
        case .clue: return FieldTable.clueRequirements
        case .typicalCase: return FieldTable.typicalCaseRequirements
        }
    }
}

enum FieldTable {
    /// `categories/complaint.yaml`
    static let complaint: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "投诉编号", nameEn: "Complaint id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "receivedDate", nameZh: "受理日期", nameEn: "Date received", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "channel", nameZh: "投诉渠道", nameEn: "Channel", kind: .code(.channel), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "channelTicket", nameZh: "渠道工单号", nameEn: "Channel ticket", kind: .text(maxLength: 64), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "complainant", nameZh: "投诉企业", nameEn: "Complainant", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "complainant.name", nameZh: "企业名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 4, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "complainant.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .enterprise), parent: 4, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "complainant.scale", nameZh: "企业规模", nameEn: "Scale", kind: .code(.enterpriseScale), parent: 4, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "complainantContact", nameZh: "投诉联系人", nameEn: "Complainant contact", kind: .block, parent: nil, isRequired: false, requiredWhen: nil, isPersonal: true),
        FieldSpec(path: "complainantContact.name", nameZh: "联系人姓名", nameEn: "Name", kind: .text(maxLength: 50), parent: 8, isRequired: true, requiredWhen: nil, isPersonal: true),
        FieldSpec(path: "complainantContact.phone", nameZh: "联系电话", nameEn: "Phone", kind: .phone, parent: 8, isRequired: true, requiredWhen: nil, isPersonal: true),
        FieldSpec(path: "complainantContact.idNumber", nameZh: "公民身份号码", nameEn: "ID number", kind: .idNumber, parent: 8, isRequired: false, requiredWhen: nil, isPersonal: true),
        FieldSpec(path: "respondent", nameZh: "被投诉主体", nameEn: "Respondent", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent.name", nameZh: "主体名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 12, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 12, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent.kind", nameZh: "主体类型", nameEn: "Entity kind", kind: .code(.entityKind), parent: 12, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent.level", nameZh: "行政层级", nameEn: "Administrative level", kind: .code(.adminLevel), parent: 12, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent.divisionCode", nameZh: "行政区划代码", nameEn: "Division code", kind: .divisionCode, parent: 12, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "domain", nameZh: "涉及领域", nameEn: "Domain", kind: .code(.domain), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "behaviour", nameZh: "失信行为类型", nameEn: "Behaviour", kind: .code(.behaviour), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "contractId", nameZh: "关联合同", nameEn: "Contract", kind: .reference(.contract), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "amountInvolved", nameZh: "涉及金额（元）", nameEn: "Amount involved (yuan)", kind: .amount(positive: false), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "summary", nameZh: "投诉内容摘要", nameEn: "Summary", kind: .text(maxLength: 2000), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "status", nameZh: "办理状态", nameEn: "Status", kind: .code(.complaintStatus), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "transferredDate", nameZh: "转办日期", nameEn: "Date transferred", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 23, codes: ["TRANSFERRED", "VERIFYING", "CLOSED_UNFOUNDED", "RECTIFIED", "IDENTIFIED"]), isPersonal: false),
        FieldSpec(path: "transferredTo", nameZh: "转办部门", nameEn: "Transferred to", kind: .block, parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 23, codes: ["TRANSFERRED", "VERIFYING", "CLOSED_UNFOUNDED", "RECTIFIED", "IDENTIFIED"]), isPersonal: false),
        FieldSpec(path: "transferredTo.name", nameZh: "部门名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 25, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "transferredTo.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 25, isRequired: false, requiredWhen: nil, isPersonal: false),
    ]
    static let complaintKinds: [FieldKind] = [.recordID, .date(pastOnly: true, openEnded: false), .code(.channel), .text(maxLength: 64), .block, .text(maxLength: 200), .uscc(role: .enterprise), .code(.enterpriseScale), .block, .text(maxLength: 50), .phone, .idNumber, .block, .text(maxLength: 200), .uscc(role: .government), .code(.entityKind), .code(.adminLevel), .divisionCode, .code(.domain), .code(.behaviour), .reference(.contract), .amount(positive: false), .text(maxLength: 2000), .code(.complaintStatus), .date(pastOnly: true, openEnded: false), .block, .text(maxLength: 200), .uscc(role: .government)]
    static let complaintParents: [Int] = [-1, -1, -1, -1, -1, 4, 4, 4, -1, 8, 8, 8, -1, 12, 12, 12, 12, 12, -1, -1, -1, -1, -1, -1, -1, -1, 25, 25]
    static let complaintRequirements: [FieldRequirement] = [.required, .required, .required, .optional, .required, .required, .required, .optional, .optional, .required, .required, .optional, .required, .required, .required, .optional, .optional, .required, .required, .required, .optional, .optional, .required, .required, .conditional, .conditional, .required, .optional]

    /// `categories/contract.yaml`
    static let contract: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "合同记录编号", nameEn: "Contract record id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "title", nameZh: "合同名称", nameEn: "Title", kind: .text(maxLength: 500), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "number", nameZh: "合同编号", nameEn: "Contract number", kind: .documentNumber(maxLength: 100), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "governmentParty", nameZh: "政府方", nameEn: "Government party", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "governmentParty.name", nameZh: "主体名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 3, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "governmentParty.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 3, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "governmentParty.kind", nameZh: "主体类型", nameEn: "Entity kind", kind: .code(.entityKind), parent: 3, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "governmentParty.level", nameZh: "行政层级", nameEn: "Administrative level", kind: .code(.adminLevel), parent: 3, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "governmentParty.divisionCode", nameZh: "行政区划代码", nameEn: "Division code", kind: .divisionCode, parent: 3, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "enterprise", nameZh: "企业方", nameEn: "Enterprise", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "enterprise.name", nameZh: "企业名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 9, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "enterprise.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .enterprise), parent: 9, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "enterprise.scale", nameZh: "企业规模", nameEn: "Scale", kind: .code(.enterpriseScale), parent: 9, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "domain", nameZh: "涉及领域", nameEn: "Domain", kind: .code(.domain), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "signedDate", nameZh: "签订日期", nameEn: "Date signed", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "amount", nameZh: "合同金额（元）", nameEn: "Amount (yuan)", kind: .amount(positive: false), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "startDate", nameZh: "履行起始日期", nameEn: "Start date", kind: .date(pastOnly: false, openEnded: false), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "endDate", nameZh: "履行截止日期", nameEn: "End date", kind: .date(pastOnly: false, openEnded: true), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "performanceStatus", nameZh: "履约状态", nameEn: "Performance status", kind: .code(.performanceStatus), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "lastTrackedDate", nameZh: "最近跟踪日期", nameEn: "Last tracked", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
    ]
    static let contractKinds: [FieldKind] = [.recordID, .text(maxLength: 500), .documentNumber(maxLength: 100), .block, .text(maxLength: 200), .uscc(role: .government), .code(.entityKind), .code(.adminLevel), .divisionCode, .block, .text(maxLength: 200), .uscc(role: .enterprise), .code(.enterpriseScale), .code(.domain), .date(pastOnly: true, openEnded: false), .amount(positive: false), .date(pastOnly: false, openEnded: false), .date(pastOnly: false, openEnded: true), .code(.performanceStatus), .date(pastOnly: true, openEnded: false)]
    static let contractParents: [Int] = [-1, -1, -1, -1, 3, 3, 3, 3, 3, -1, 9, 9, 9, -1, -1, -1, -1, -1, -1, -1]
    static let contractRequirements: [FieldRequirement] = [.required, .required, .optional, .required, .required, .required, .optional, .optional, .required, .required, .required, .required, .optional, .required, .required, .optional, .optional, .optional, .required, .optional]

    /// `categories/performance.yaml`
    static let performance: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "跟踪记录编号", nameEn: "Tracking record id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "contractId", nameZh: "关联合同", nameEn: "Contract", kind: .reference(.contract), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "trackedDate", nameZh: "跟踪日期", nameEn: "Date tracked", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "obligation", nameZh: "履约义务", nameEn: "Obligation", kind: .text(maxLength: 500), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "dueDate", nameZh: "应履行日期", nameEn: "Due date", kind: .date(pastOnly: false, openEnded: false), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "status", nameZh: "履行状态", nameEn: "Status", kind: .code(.obligationStatus), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "note", nameZh: "备注", nameEn: "Note", kind: .text(maxLength: 2000), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
    ]
    static let performanceKinds: [FieldKind] = [.recordID, .reference(.contract), .date(pastOnly: true, openEnded: false), .text(maxLength: 500), .date(pastOnly: false, openEnded: false), .code(.obligationStatus), .text(maxLength: 2000)]
    static let performanceParents: [Int] = [-1, -1, -1, -1, -1, -1, -1]
    static let performanceRequirements: [FieldRequirement] = [.required, .required, .required, .required, .optional, .required, .optional]

    /// `categories/verification.yaml`
    static let verification: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "核实记录编号", nameEn: "Verification id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "complaintId", nameZh: "关联投诉", nameEn: "Complaint", kind: .reference(.complaint), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "department", nameZh: "核实认定部门", nameEn: "Verifying department", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "department.name", nameZh: "部门名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 2, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "department.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 2, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "relation", nameZh: "与被投诉主体关系", nameEn: "Relation", kind: .code(.verificationRelation), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "receivedDate", nameZh: "收到转办日期", nameEn: "Date received", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "verifiedDate", nameZh: "核实完成日期", nameEn: "Date verified", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "result", nameZh: "核实结果", nameEn: "Result", kind: .code(.verificationResult), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "nonPerformanceReason", nameZh: "未履约原因", nameEn: "Reason for non-performance", kind: .code(.nonPerformanceReason), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "feedbackDate", nameZh: "反馈日期", nameEn: "Feedback date", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 8, codes: ["UNFOUNDED"]), isPersonal: false),
        FieldSpec(path: "feedbackSummary", nameZh: "反馈说明", nameEn: "Feedback summary", kind: .text(maxLength: 2000), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 8, codes: ["UNFOUNDED"]), isPersonal: false),
        FieldSpec(path: "rectificationOrderedDate", nameZh: "督促整改日期", nameEn: "Rectification ordered", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 8, codes: ["FOUNDED"]), isPersonal: false),
        FieldSpec(path: "rectificationDeadline", nameZh: "整改期限", nameEn: "Rectification deadline", kind: .date(pastOnly: false, openEnded: false), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 8, codes: ["FOUNDED"]), isPersonal: false),
        FieldSpec(path: "rectificationOutcome", nameZh: "整改结果", nameEn: "Rectification outcome", kind: .code(.rectificationOutcome), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 8, codes: ["FOUNDED"]), isPersonal: false),
        FieldSpec(path: "rectifiedDate", nameZh: "整改完成日期", nameEn: "Date rectified", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 14, codes: ["RECTIFIED"]), isPersonal: false),
    ]
    static let verificationKinds: [FieldKind] = [.recordID, .reference(.complaint), .block, .text(maxLength: 200), .uscc(role: .government), .code(.verificationRelation), .date(pastOnly: true, openEnded: false), .date(pastOnly: true, openEnded: false), .code(.verificationResult), .code(.nonPerformanceReason), .date(pastOnly: true, openEnded: false), .text(maxLength: 2000), .date(pastOnly: true, openEnded: false), .date(pastOnly: false, openEnded: false), .code(.rectificationOutcome), .date(pastOnly: true, openEnded: false)]
    static let verificationParents: [Int] = [-1, -1, -1, 2, 2, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]
    static let verificationRequirements: [FieldRequirement] = [.required, .required, .required, .required, .optional, .required, .required, .required, .required, .optional, .conditional, .conditional, .conditional, .conditional, .conditional, .conditional]

    /// `categories/dishonesty.yaml`
    static let dishonesty: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "失信记录编号", nameEn: "Dishonesty record id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity", nameZh: "失信主体", nameEn: "Entity", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity.name", nameZh: "主体名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 1, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 1, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity.kind", nameZh: "主体类型", nameEn: "Entity kind", kind: .code(.entityKind), parent: 1, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity.level", nameZh: "行政层级", nameEn: "Administrative level", kind: .code(.adminLevel), parent: 1, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity.divisionCode", nameZh: "行政区划代码", nameEn: "Division code", kind: .divisionCode, parent: 1, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "department", nameZh: "认定部门", nameEn: "Identifying department", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "department.name", nameZh: "部门名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 7, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "department.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 7, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "decisionNumber", nameZh: "认定文书号", nameEn: "Decision number", kind: .documentNumber(maxLength: 100), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "identifiedDate", nameZh: "认定日期", nameEn: "Date identified", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "domain", nameZh: "涉及领域", nameEn: "Domain", kind: .code(.domain), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "behaviour", nameZh: "失信行为类型", nameEn: "Behaviour", kind: .code(.behaviour), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "facts", nameZh: "失信事实", nameEn: "Facts", kind: .text(maxLength: 2000), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "amountInvolved", nameZh: "涉及金额（元）", nameEn: "Amount involved (yuan)", kind: .amount(positive: false), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "counterparty", nameZh: "相对方企业", nameEn: "Counterparty", kind: .block, parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "counterparty.name", nameZh: "企业名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 16, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "counterparty.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .enterprise), parent: 16, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "counterparty.scale", nameZh: "企业规模", nameEn: "Scale", kind: .code(.enterpriseScale), parent: 16, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "source", nameZh: "信息来源", nameEn: "Source", kind: .code(.recordSource), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "complaintId", nameZh: "关联投诉", nameEn: "Complaint", kind: .reference(.complaint), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "verificationId", nameZh: "关联核实认定", nameEn: "Verification", kind: .reference(.verification), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "severity", nameZh: "失信程度", nameEn: "Severity", kind: .code(.dishonestySeverity), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "status", nameZh: "记录状态", nameEn: "Status", kind: .code(.dishonestyStatus), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "restoredDate", nameZh: "信用修复日期", nameEn: "Date restored", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 24, codes: ["RESTORED"]), isPersonal: false),
        FieldSpec(path: "revokedDate", nameZh: "撤销日期", nameEn: "Date revoked", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 24, codes: ["REVOKED"]), isPersonal: false),
        FieldSpec(path: "revokedReason", nameZh: "撤销原因", nameEn: "Reason revoked", kind: .text(maxLength: 500), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 24, codes: ["REVOKED"]), isPersonal: false),
    ]
    static let dishonestyKinds: [FieldKind] = [.recordID, .block, .text(maxLength: 200), .uscc(role: .government), .code(.entityKind), .code(.adminLevel), .divisionCode, .block, .text(maxLength: 200), .uscc(role: .government), .documentNumber(maxLength: 100), .date(pastOnly: true, openEnded: false), .code(.domain), .code(.behaviour), .text(maxLength: 2000), .amount(positive: false), .block, .text(maxLength: 200), .uscc(role: .enterprise), .code(.enterpriseScale), .code(.recordSource), .reference(.complaint), .reference(.verification), .code(.dishonestySeverity), .code(.dishonestyStatus), .date(pastOnly: true, openEnded: false), .date(pastOnly: true, openEnded: false), .text(maxLength: 500)]
    static let dishonestyParents: [Int] = [-1, -1, 1, 1, 1, 1, 1, -1, 7, 7, -1, -1, -1, -1, -1, -1, -1, 16, 16, 16, -1, -1, -1, -1, -1, -1, -1, -1]
    static let dishonestyRequirements: [FieldRequirement] = [.required, .required, .required, .required, .optional, .optional, .required, .required, .required, .optional, .required, .required, .required, .required, .required, .optional, .optional, .required, .required, .optional, .required, .optional, .optional, .required, .required, .conditional, .conditional, .conditional]

    /// `categories/arrears.yaml`
    static let arrears: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "欠款记录编号", nameEn: "Arrears record id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "debtor", nameZh: "欠款主体", nameEn: "Debtor", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "debtor.name", nameZh: "主体名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 1, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "debtor.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 1, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "debtor.kind", nameZh: "主体类型", nameEn: "Entity kind", kind: .code(.entityKind), parent: 1, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "debtor.level", nameZh: "行政层级", nameEn: "Administrative level", kind: .code(.adminLevel), parent: 1, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "debtor.divisionCode", nameZh: "行政区划代码", nameEn: "Division code", kind: .divisionCode, parent: 1, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "creditor", nameZh: "债权企业", nameEn: "Creditor", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "creditor.name", nameZh: "企业名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 7, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "creditor.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .enterprise), parent: 7, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "creditor.scale", nameZh: "企业规模", nameEn: "Scale", kind: .code(.enterpriseScale), parent: 7, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "contractId", nameZh: "关联合同", nameEn: "Contract", kind: .reference(.contract), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "amountOwed", nameZh: "拖欠金额（元）", nameEn: "Amount owed (yuan)", kind: .amount(positive: true), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "amountPaid", nameZh: "已支付金额（元）", nameEn: "Amount paid (yuan)", kind: .amount(positive: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "dueDate", nameZh: "应付日期", nameEn: "Due date", kind: .date(pastOnly: false, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "verifiedDate", nameZh: "核实日期", nameEn: "Date verified", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "source", nameZh: "信息来源", nameEn: "Source", kind: .code(.arrearsSource), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "status", nameZh: "欠款状态", nameEn: "Status", kind: .code(.arrearsStatus), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
    ]
    static let arrearsKinds: [FieldKind] = [.recordID, .block, .text(maxLength: 200), .uscc(role: .government), .code(.entityKind), .code(.adminLevel), .divisionCode, .block, .text(maxLength: 200), .uscc(role: .enterprise), .code(.enterpriseScale), .reference(.contract), .amount(positive: true), .amount(positive: false), .date(pastOnly: false, openEnded: false), .date(pastOnly: true, openEnded: false), .code(.arrearsSource), .code(.arrearsStatus)]
    static let arrearsParents: [Int] = [-1, -1, 1, 1, 1, 1, 1, -1, 7, 7, 7, -1, -1, -1, -1, -1, -1, -1]
    static let arrearsRequirements: [FieldRequirement] = [.required, .required, .required, .required, .optional, .optional, .required, .required, .required, .required, .optional, .optional, .required, .required, .required, .optional, .required, .required]

    /// `categories/enforcement.yaml`
    static let enforcement: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "被执行记录编号", nameEn: "Enforcement record id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity", nameZh: "被执行主体", nameEn: "Entity", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity.name", nameZh: "主体名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 1, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 1, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity.kind", nameZh: "主体类型", nameEn: "Entity kind", kind: .code(.entityKind), parent: 1, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity.level", nameZh: "行政层级", nameEn: "Administrative level", kind: .code(.adminLevel), parent: 1, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "entity.divisionCode", nameZh: "行政区划代码", nameEn: "Division code", kind: .divisionCode, parent: 1, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "court", nameZh: "执行法院", nameEn: "Court", kind: .text(maxLength: 200), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "caseNumber", nameZh: "执行案号", nameEn: "Case number", kind: .caseNumber(maxLength: 100), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "listedDate", nameZh: "纳入日期", nameEn: "Date listed", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "obligation", nameZh: "生效法律文书确定的义务", nameEn: "Obligation", kind: .text(maxLength: 2000), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "performance", nameZh: "履行情况", nameEn: "Performance", kind: .code(.enforcementPerformance), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "status", nameZh: "在列状态", nameEn: "Status", kind: .code(.enforcementStatus), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "removedDate", nameZh: "移出日期", nameEn: "Date removed", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 12, codes: ["REMOVED"]), isPersonal: false),
    ]
    static let enforcementKinds: [FieldKind] = [.recordID, .block, .text(maxLength: 200), .uscc(role: .government), .code(.entityKind), .code(.adminLevel), .divisionCode, .text(maxLength: 200), .caseNumber(maxLength: 100), .date(pastOnly: true, openEnded: false), .text(maxLength: 2000), .code(.enforcementPerformance), .code(.enforcementStatus), .date(pastOnly: true, openEnded: false)]
    static let enforcementParents: [Int] = [-1, -1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1]
    static let enforcementRequirements: [FieldRequirement] = [.required, .required, .required, .required, .optional, .optional, .required, .required, .required, .required, .required, .required, .required, .conditional]

    /// `categories/sanction.yaml`
    static let sanction: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "惩戒记录编号", nameEn: "Sanction id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "dishonestyId", nameZh: "关联失信记录", nameEn: "Dishonesty record", kind: .reference(.dishonesty), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "measure", nameZh: "惩戒措施", nameEn: "Measure", kind: .code(.measure), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "authorityLevel", nameZh: "实施层级", nameEn: "Authority level", kind: .code(.authorityLevel), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "authority", nameZh: "实施部门", nameEn: "Authority", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "authority.name", nameZh: "部门名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 4, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "authority.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 4, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "targetDivisionCode", nameZh: "惩戒对象城市区划代码", nameEn: "Target city division code", kind: .divisionCode, parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 2, codes: ["CANCEL_AWARDS_AND_PILOTS", "RAISE_CITY_MONITORING_DEDUCTION", "CANCEL_DEMONSTRATION_ZONE"]), isPersonal: false),
        FieldSpec(path: "basis", nameZh: "惩戒依据", nameEn: "Basis", kind: .text(maxLength: 500), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "startDate", nameZh: "起始日期", nameEn: "Start date", kind: .date(pastOnly: false, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "endDate", nameZh: "截止日期", nameEn: "End date", kind: .date(pastOnly: false, openEnded: true), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "status", nameZh: "实施状态", nameEn: "Status", kind: .code(.sanctionStatus), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "terminatedDate", nameZh: "终止日期", nameEn: "Date terminated", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 11, codes: ["TERMINATED"]), isPersonal: false),
        FieldSpec(path: "terminationReason", nameZh: "终止原因", nameEn: "Termination reason", kind: .code(.terminationReason), parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 11, codes: ["TERMINATED"]), isPersonal: false),
    ]
    static let sanctionKinds: [FieldKind] = [.recordID, .reference(.dishonesty), .code(.measure), .code(.authorityLevel), .block, .text(maxLength: 200), .uscc(role: .government), .divisionCode, .text(maxLength: 500), .date(pastOnly: false, openEnded: false), .date(pastOnly: false, openEnded: true), .code(.sanctionStatus), .date(pastOnly: true, openEnded: false), .code(.terminationReason)]
    static let sanctionParents: [Int] = [-1, -1, -1, -1, -1, 4, 4, -1, -1, -1, -1, -1, -1, -1]
    static let sanctionRequirements: [FieldRequirement] = [.required, .required, .required, .required, .required, .required, .optional, .conditional, .required, .required, .optional, .required, .conditional, .conditional]

    /// `categories/restoration.yaml`
    static let restoration: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "修复记录编号", nameEn: "Restoration id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "dishonestyId", nameZh: "关联失信记录", nameEn: "Dishonesty record", kind: .reference(.dishonesty), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "appliedDate", nameZh: "申请日期", nameEn: "Date applied", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "correctionConfirmedDate", nameZh: "确认纠正日期", nameEn: "Correction confirmed", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "performanceCompletedDate", nameZh: "履约完成日期", nameEn: "Performance completed", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "restoredDate", nameZh: "修复日期", nameEn: "Date restored", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "decisionNumber", nameZh: "修复决定文书号", nameEn: "Decision number", kind: .documentNumber(maxLength: 100), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "department", nameZh: "修复决定部门", nameEn: "Department", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "department.name", nameZh: "部门名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 7, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "department.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 7, isRequired: false, requiredWhen: nil, isPersonal: false),
    ]
    static let restorationKinds: [FieldKind] = [.recordID, .reference(.dishonesty), .date(pastOnly: true, openEnded: false), .date(pastOnly: true, openEnded: false), .date(pastOnly: true, openEnded: false), .date(pastOnly: true, openEnded: false), .documentNumber(maxLength: 100), .block, .text(maxLength: 200), .uscc(role: .government)]
    static let restorationParents: [Int] = [-1, -1, -1, -1, -1, -1, -1, -1, 7, 7]
    static let restorationRequirements: [FieldRequirement] = [.required, .required, .optional, .required, .required, .required, .required, .required, .required, .optional]

    /// `categories/clue.yaml`
    static let clue: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "线索编号", nameEn: "Clue id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "discoveredDate", nameZh: "发现日期", nameEn: "Date discovered", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "source", nameZh: "线索来源", nameEn: "Source", kind: .code(.clueSource), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "monitoringPoint", nameZh: "监测点企业", nameEn: "Monitoring point", kind: .block, parent: nil, isRequired: false, requiredWhen: FieldCondition(slot: 2, codes: ["MONITORING_POINT"]), isPersonal: false),
        FieldSpec(path: "monitoringPoint.name", nameZh: "企业名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 3, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "monitoringPoint.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .enterprise), parent: 3, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "monitoringPoint.scale", nameZh: "企业规模", nameEn: "Scale", kind: .code(.enterpriseScale), parent: 3, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent", nameZh: "涉及主体", nameEn: "Respondent", kind: .block, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent.name", nameZh: "主体名称", nameEn: "Name", kind: .text(maxLength: 200), parent: 7, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent.uscc", nameZh: "统一社会信用代码", nameEn: "Unified social credit code", kind: .uscc(role: .government), parent: 7, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent.kind", nameZh: "主体类型", nameEn: "Entity kind", kind: .code(.entityKind), parent: 7, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent.level", nameZh: "行政层级", nameEn: "Administrative level", kind: .code(.adminLevel), parent: 7, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "respondent.divisionCode", nameZh: "行政区划代码", nameEn: "Division code", kind: .divisionCode, parent: 7, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "summary", nameZh: "线索摘要", nameEn: "Summary", kind: .text(maxLength: 2000), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "jurisdictionDivisionCode", nameZh: "属地行政区划代码", nameEn: "Jurisdiction division code", kind: .divisionCode, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "transferredDate", nameZh: "转交属地日期", nameEn: "Date transferred", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "followUpStatus", nameZh: "跟进状态", nameEn: "Follow-up status", kind: .code(.followUpStatus), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "complaintId", nameZh: "关联投诉", nameEn: "Complaint", kind: .reference(.complaint), parent: nil, isRequired: false, requiredWhen: nil, isPersonal: false),
    ]
    static let clueKinds: [FieldKind] = [.recordID, .date(pastOnly: true, openEnded: false), .code(.clueSource), .block, .text(maxLength: 200), .uscc(role: .enterprise), .code(.enterpriseScale), .block, .text(maxLength: 200), .uscc(role: .government), .code(.entityKind), .code(.adminLevel), .divisionCode, .text(maxLength: 2000), .divisionCode, .date(pastOnly: true, openEnded: false), .code(.followUpStatus), .reference(.complaint)]
    static let clueParents: [Int] = [-1, -1, -1, -1, 3, 3, 3, -1, 7, 7, 7, 7, 7, -1, -1, -1, -1, -1]
    static let clueRequirements: [FieldRequirement] = [.required, .required, .required, .conditional, .required, .required, .optional, .required, .required, .required, .optional, .optional, .required, .required, .required, .optional, .required, .optional]

    /// `categories/typicalCase.yaml`
    static let typicalCase: [FieldSpec] = [
        FieldSpec(path: "id", nameZh: "案例编号", nameEn: "Case id", kind: .recordID, parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "dishonestyIds", nameZh: "关联失信记录", nameEn: "Dishonesty records", kind: .referenceList(.dishonesty, minItems: 1), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "reason", nameZh: "选取理由", nameEn: "Reason", kind: .code(.typicalCaseReason), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "title", nameZh: "案例标题", nameEn: "Title", kind: .text(maxLength: 200), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "summary", nameZh: "案例内容", nameEn: "Summary", kind: .text(maxLength: 5000), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "publishedDate", nameZh: "发布日期", nameEn: "Date published", kind: .date(pastOnly: true, openEnded: false), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
        FieldSpec(path: "channel", nameZh: "发布渠道", nameEn: "Channel", kind: .code(.publicationChannel), parent: nil, isRequired: true, requiredWhen: nil, isPersonal: false),
    ]
    static let typicalCaseKinds: [FieldKind] = [.recordID, .referenceList(.dishonesty, minItems: 1), .code(.typicalCaseReason), .text(maxLength: 200), .text(maxLength: 5000), .date(pastOnly: true, openEnded: false), .code(.publicationChannel)]
    static let typicalCaseParents: [Int] = [-1, -1, -1, -1, -1, -1, -1]
    static let typicalCaseRequirements: [FieldRequirement] = [.required, .required, .required, .required, .required, .required, .required]

}

/// Slots of the ``RecordCategory/complaint`` field table, for record rules written by hand.
enum ComplaintSlot: Int, CaseIterable {
    case id
    case receivedDate
    case channel
    case channelTicket
    case complainant
    case complainantName
    case complainantUscc
    case complainantScale
    case complainantContact
    case complainantContactName
    case complainantContactPhone
    case complainantContactIdNumber
    case respondent
    case respondentName
    case respondentUscc
    case respondentKind
    case respondentLevel
    case respondentDivisionCode
    case domain
    case behaviour
    case contractId
    case amountInvolved
    case summary
    case status
    case transferredDate
    case transferredTo
    case transferredToName
    case transferredToUscc
}

/// Slots of the ``RecordCategory/contract`` field table, for record rules written by hand.
enum ContractSlot: Int, CaseIterable {
    case id
    case title
    case number
    case governmentParty
    case governmentPartyName
    case governmentPartyUscc
    case governmentPartyKind
    case governmentPartyLevel
    case governmentPartyDivisionCode
    case enterprise
    case enterpriseName
    case enterpriseUscc
    case enterpriseScale
    case domain
    case signedDate
    case amount
    case startDate
    case endDate
    case performanceStatus
    case lastTrackedDate
}

/// Slots of the ``RecordCategory/performance`` field table, for record rules written by hand.
enum PerformanceSlot: Int, CaseIterable {
    case id
    case contractId
    case trackedDate
    case obligation
    case dueDate
    case status
    case note
}

/// Slots of the ``RecordCategory/verification`` field table, for record rules written by hand.
enum VerificationSlot: Int, CaseIterable {
    case id
    case complaintId
    case department
    case departmentName
    case departmentUscc
    case relation
    case receivedDate
    case verifiedDate
    case result
    case nonPerformanceReason
    case feedbackDate
    case feedbackSummary
    case rectificationOrderedDate
    case rectificationDeadline
    case rectificationOutcome
    case rectifiedDate
}

/// Slots of the ``RecordCategory/dishonesty`` field table, for record rules written by hand.
enum DishonestySlot: Int, CaseIterable {
    case id
    case entity
    case entityName
    case entityUscc
    case entityKind
    case entityLevel
    case entityDivisionCode
    case department
    case departmentName
    case departmentUscc
    case decisionNumber
    case identifiedDate
    case domain
    case behaviour
    case facts
    case amountInvolved
    case counterparty
    case counterpartyName
    case counterpartyUscc
    case counterpartyScale
    case source
    case complaintId
    case verificationId
    case severity
    case status
    case restoredDate
    case revokedDate
    case revokedReason
}

/// Slots of the ``RecordCategory/arrears`` field table, for record rules written by hand.
enum ArrearsSlot: Int, CaseIterable {
    case id
    case debtor
    case debtorName
    case debtorUscc
    case debtorKind
    case debtorLevel
    case debtorDivisionCode
    case creditor
    case creditorName
    case creditorUscc
    case creditorScale
    case contractId
    case amountOwed
    case amountPaid
    case dueDate
    case verifiedDate
    case source
    case status
}

/// Slots of the ``RecordCategory/enforcement`` field table, for record rules written by hand.
enum EnforcementSlot: Int, CaseIterable {
    case id
    case entity
    case entityName
    case entityUscc
    case entityKind
    case entityLevel
    case entityDivisionCode
    case court
    case caseNumber
    case listedDate
    case obligation
    case performance
    case status
    case removedDate
}

/// Slots of the ``RecordCategory/sanction`` field table, for record rules written by hand.
enum SanctionSlot: Int, CaseIterable {
    case id
    case dishonestyId
    case measure
    case authorityLevel
    case authority
    case authorityName
    case authorityUscc
    case targetDivisionCode
    case basis
    case startDate
    case endDate
    case status
    case terminatedDate
    case terminationReason
}

/// Slots of the ``RecordCategory/restoration`` field table, for record rules written by hand.
enum RestorationSlot: Int, CaseIterable {
    case id
    case dishonestyId
    case appliedDate
    case correctionConfirmedDate
    case performanceCompletedDate
    case restoredDate
    case decisionNumber
    case department
    case departmentName
    case departmentUscc
}

/// Slots of the ``RecordCategory/clue`` field table, for record rules written by hand.
enum ClueSlot: Int, CaseIterable {
    case id
    case discoveredDate
    case source
    case monitoringPoint
    case monitoringPointName
    case monitoringPointUscc
    case monitoringPointScale
    case respondent
    case respondentName
    case respondentUscc
    case respondentKind
    case respondentLevel
    case respondentDivisionCode
    case summary
    case jurisdictionDivisionCode
    case transferredDate
    case followUpStatus
    case complaintId
}

/// Slots of the ``RecordCategory/typicalCase`` field table, for record rules written by hand.
enum TypicalCaseSlot: Int, CaseIterable {
    case id
    case dishonestyIds
    case reason
    case title
    case summary
    case publishedDate
    case channel
}
