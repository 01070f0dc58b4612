// Generated from Standards/gov-integrity/1.0/codelists.yaml by tools/generate.py — do not edit.

/// The code lists of the standard (SPEC §4), by their names in `codelists.yaml`.
public enum CodeListID: String, CaseIterable, Hashable, Sendable {
    /// 投诉渠道 · Complaint channel
    case channel = "Channel"
    /// 涉及领域 · Domain
    case domain = "Domain"
    /// 失信行为类型 · Dishonest behaviour
    case behaviour = "Behaviour"
    /// 主体类型 · Entity kind
    case entityKind = "EntityKind"
    /// 行政层级 · Administrative level
    case adminLevel = "AdminLevel"
    /// 未履约原因 · Reason for non-performance
    case nonPerformanceReason = "NonPerformanceReason"
    /// 惩戒措施 · Punishment measure
    case measure = "Measure"
    /// 信息来源 · Record source
    case recordSource = "RecordSource"
    /// 拖欠信息来源 · Arrears source
    case arrearsSource = "ArrearsSource"
    /// 线索来源 · Clue source
    case clueSource = "ClueSource"
    /// 投诉办理状态 · Complaint status
    case complaintStatus = "ComplaintStatus"
    /// 合同履约状态 · Contract performance status
    case performanceStatus = "PerformanceStatus"
    /// 义务履行状态 · Obligation status
    case obligationStatus = "ObligationStatus"
    /// 企业规模 · Enterprise scale
    case enterpriseScale = "EnterpriseScale"
    /// 核实部门关系 · Verifying department relation
    case verificationRelation = "VerificationRelation"
    /// 核实结果 · Verification result
    case verificationResult = "VerificationResult"
    /// 整改结果 · Rectification outcome
    case rectificationOutcome = "RectificationOutcome"
    /// 失信程度 · Severity
    case dishonestySeverity = "DishonestySeverity"
    /// 失信记录状态 · Dishonesty record status
    case dishonestyStatus = "DishonestyStatus"
    /// 欠款状态 · Arrears status
    case arrearsStatus = "ArrearsStatus"
    /// 履行情况 · Performance of the judgment
    case enforcementPerformance = "EnforcementPerformance"
    /// 失信被执行人状态 · Enforcement listing status
    case enforcementStatus = "EnforcementStatus"
    /// 实施层级 · Authority level
    case authorityLevel = "AuthorityLevel"
    /// 惩戒状态 · Sanction status
    case sanctionStatus = "SanctionStatus"
    /// 终止原因 · Termination reason
    case terminationReason = "TerminationReason"
    /// 跟进状态 · Follow-up status
    case followUpStatus = "FollowUpStatus"
    /// 典型案例选取理由 · Typical case reason
    case typicalCaseReason = "TypicalCaseReason"
    /// 发布渠道 · Publication channel
    case publicationChannel = "PublicationChannel"

    /// The entries of the list, in the standard's order.
    public var entries: [CodeEntry] {
        switch self {
        case .channel: return Channel.entries
        case .domain: return Domain.entries
        case .behaviour: return Behaviour.entries
        case .entityKind: return EntityKind.entries
        case .adminLevel: return AdminLevel.entries
        case .nonPerformanceReason: return NonPerformanceReason.entries
        case .measure: return Measure.entries
        case .recordSource: return RecordSource.entries
        case .arrearsSource: return ArrearsSource.entries
        case .clueSource: return ClueSource.entries
        case .complaintStatus: return ComplaintStatus.entries
        case .performanceStatus: return PerformanceStatus.entries
        case .obligationStatus: return ObligationStatus.entries
        case .enterpriseScale: return EnterpriseScale.entries
        case .verificationRelation: return VerificationRelation.entries
        case .verificationResult: return VerificationResult.entries
        case .rectificationOutcome: return RectificationOutcome.entries
        case .dishonestySeverity: return DishonestySeverity.entries
        case .dishonestyStatus: return DishonestyStatus.entries
        case .arrearsStatus: return ArrearsStatus.entries
        case .enforcementPerformance: return EnforcementPerformance.entries
        case .enforcementStatus: return EnforcementStatus.entries
        case .authorityLevel: return AuthorityLevel.entries
        case .sanctionStatus: return SanctionStatus.entries
        case .terminationReason: return TerminationReason.entries
        case .followUpStatus: return FollowUpStatus.entries
        case .typicalCaseReason: return TypicalCaseReason.entries
        case .publicationChannel: return PublicationChannel.entries
        }
    }

    /// The list's Chinese name.
    public var nameZh: String {
        switch self {
        case .channel: return "投诉渠道"
        case .domain: return "涉及领域"
        case .behaviour: return "失信行为类型"
        case .entityKind: return "主体类型"
        case .adminLevel: return "行政层级"
        case .nonPerformanceReason: return "未履约原因"
        case .measure: return "惩戒措施"
        case .recordSource: return "信息来源"
        case .arrearsSource: return "拖欠信息来源"
        case .clueSource: return "线索来源"
        case .complaintStatus: return "投诉办理状态"
        case .performanceStatus: return "合同履约状态"
        case .obligationStatus: return "义务履行状态"
        case .enterpriseScale: return "企业规模"
        case .verificationRelation: return "核实部门关系"
        case .verificationResult: return "核实结果"
        case .rectificationOutcome: return "整改结果"
        case .dishonestySeverity: return "失信程度"
        case .dishonestyStatus: return "失信记录状态"
        case .arrearsStatus: return "欠款状态"
        case .enforcementPerformance: return "履行情况"
        case .enforcementStatus: return "失信被执行人状态"
        case .authorityLevel: return "实施层级"
        case .sanctionStatus: return "惩戒状态"
        case .terminationReason: return "终止原因"
        case .followUpStatus: return "跟进状态"
        case .typicalCaseReason: return "典型案例选取理由"
        case .publicationChannel: return "发布渠道"
        }
    }

    /// The list's English name.
    public var nameEn: String {
        switch self {
        case .channel: return "Complaint channel"
        case .domain: return "Domain"
        case .behaviour: return "Dishonest behaviour"
        case .entityKind: return "Entity kind"
        case .adminLevel: return "Administrative level"
        case .nonPerformanceReason: return "Reason for non-performance"
        case .measure: return "Punishment measure"
        case .recordSource: return "Record source"
        case .arrearsSource: return "Arrears source"
        case .clueSource: return "Clue source"
        case .complaintStatus: return "Complaint status"
        case .performanceStatus: return "Contract performance status"
        case .obligationStatus: return "Obligation status"
        case .enterpriseScale: return "Enterprise scale"
        case .verificationRelation: return "Verifying department relation"
        case .verificationResult: return "Verification result"
        case .rectificationOutcome: return "Rectification outcome"
        case .dishonestySeverity: return "Severity"
        case .dishonestyStatus: return "Dishonesty record status"
        case .arrearsStatus: return "Arrears status"
        case .enforcementPerformance: return "Performance of the judgment"
        case .enforcementStatus: return "Enforcement listing status"
        case .authorityLevel: return "Authority level"
        case .sanctionStatus: return "Sanction status"
        case .terminationReason: return "Termination reason"
        case .followUpStatus: return "Follow-up status"
        case .typicalCaseReason: return "Typical case reason"
        case .publicationChannel: return "Publication channel"
        }
    }
}

/// 投诉渠道 · Complaint channel (§II(1)).
///
/// The channel through which a breach-of-contract complaint was received or collected.
///
/// Source: `codelists.yaml`, list `Channel`.
public enum Channel: CodeListValue {
    /// 信用网站 · Credit website (01). The complaint column of a credit website.
    case creditWebsite
    /// 国务院“互联网+督查”平台 · State Council "Internet + Supervision" platform (02). The State Council's "Internet + Supervision" platform.
    case internetPlusSupervision
    /// 工业和信息化部违约拖欠中小企业款项登记（投诉）平台 · MIIT SME arrears registration (complaint) platform (03). The MIIT platform for registering breaches of contract and arrears owed to SMEs.
    case miitSmeArrears
    /// 12345政务服务便民热线 · 12345 government service hotline (04). A local 12345 government service hotline.
    case hotline12345
    /// 营商环境投诉平台 · Business environment complaint platform (05). A business-environment complaint platform.
    case businessEnvironment
    /// 信访部门 · Petition department (06). A letters-and-visits (petition) department.
    case petition
    /// 国家发展改革委转办 · Transferred by the NDRC (07). A complaint transferred by the National Development and Reform Commission.
    case ndrcTransfer
    /// 其他 · Other (99). Any other channel.
    case other
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/channel``.
    public static let codeList = CodeListID.channel

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [Channel] = [
        .creditWebsite,
        .internetPlusSupervision,
        .miitSmeArrears,
        .hotline12345,
        .businessEnvironment,
        .petition,
        .ndrcTransfer,
        .other,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "CREDIT_WEBSITE", number: "01", zh: "信用网站", en: "Credit website"),
        CodeEntry(code: "INTERNET_PLUS_SUPERVISION", number: "02", zh: "国务院“互联网+督查”平台", en: "State Council \"Internet + Supervision\" platform"),
        CodeEntry(code: "MIIT_SME_ARREARS", number: "03", zh: "工业和信息化部违约拖欠中小企业款项登记（投诉）平台", en: "MIIT SME arrears registration (complaint) platform"),
        CodeEntry(code: "HOTLINE_12345", number: "04", zh: "12345政务服务便民热线", en: "12345 government service hotline"),
        CodeEntry(code: "BUSINESS_ENVIRONMENT", number: "05", zh: "营商环境投诉平台", en: "Business environment complaint platform"),
        CodeEntry(code: "PETITION", number: "06", zh: "信访部门", en: "Petition department"),
        CodeEntry(code: "NDRC_TRANSFER", number: "07", zh: "国家发展改革委转办", en: "Transferred by the NDRC"),
        CodeEntry(code: "OTHER", number: "99", zh: "其他", en: "Other"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "CREDIT_WEBSITE": self = .creditWebsite
        case "INTERNET_PLUS_SUPERVISION": self = .internetPlusSupervision
        case "MIIT_SME_ARREARS": self = .miitSmeArrears
        case "HOTLINE_12345": self = .hotline12345
        case "BUSINESS_ENVIRONMENT": self = .businessEnvironment
        case "PETITION": self = .petition
        case "NDRC_TRANSFER": self = .ndrcTransfer
        case "OTHER": self = .other
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .creditWebsite: return "CREDIT_WEBSITE"
        case .internetPlusSupervision: return "INTERNET_PLUS_SUPERVISION"
        case .miitSmeArrears: return "MIIT_SME_ARREARS"
        case .hotline12345: return "HOTLINE_12345"
        case .businessEnvironment: return "BUSINESS_ENVIRONMENT"
        case .petition: return "PETITION"
        case .ndrcTransfer: return "NDRC_TRANSFER"
        case .other: return "OTHER"
        case .unrecognized(let code): return code
        }
    }
}

/// 涉及领域 · Domain (§II(1)).
///
/// The field in which the agreement or contract with the private enterprise was made.
///
/// Source: `codelists.yaml`, list `Domain`.
public enum Domain: CodeListValue {
    /// 政府采购 · Government procurement (01). Government procurement contracts.
    case governmentProcurement
    /// 招标投标 · Bidding (02). Tendering and bidding.
    case bidding
    /// 招商引资 · Investment promotion (03). Investment attraction agreements.
    case investmentPromotion
    /// 政府和社会资本合作 · Public-private partnership (04). Government and social capital cooperation (PPP) projects.
    case ppp
    /// 产业扶持 · Industrial support (05). Industrial support policies and agreements.
    case industrialSupport
    /// 政府投资 · Government investment (06). Government-invested projects.
    case governmentInvestment
    /// 其他 · Other (99). Any other field.
    case other
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/domain``.
    public static let codeList = CodeListID.domain

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [Domain] = [
        .governmentProcurement,
        .bidding,
        .investmentPromotion,
        .ppp,
        .industrialSupport,
        .governmentInvestment,
        .other,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "GOVERNMENT_PROCUREMENT", number: "01", zh: "政府采购", en: "Government procurement"),
        CodeEntry(code: "BIDDING", number: "02", zh: "招标投标", en: "Bidding"),
        CodeEntry(code: "INVESTMENT_PROMOTION", number: "03", zh: "招商引资", en: "Investment promotion"),
        CodeEntry(code: "PPP", number: "04", zh: "政府和社会资本合作", en: "Public-private partnership"),
        CodeEntry(code: "INDUSTRIAL_SUPPORT", number: "05", zh: "产业扶持", en: "Industrial support"),
        CodeEntry(code: "GOVERNMENT_INVESTMENT", number: "06", zh: "政府投资", en: "Government investment"),
        CodeEntry(code: "OTHER", number: "99", zh: "其他", en: "Other"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "GOVERNMENT_PROCUREMENT": self = .governmentProcurement
        case "BIDDING": self = .bidding
        case "INVESTMENT_PROMOTION": self = .investmentPromotion
        case "PPP": self = .ppp
        case "INDUSTRIAL_SUPPORT": self = .industrialSupport
        case "GOVERNMENT_INVESTMENT": self = .governmentInvestment
        case "OTHER": self = .other
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .governmentProcurement: return "GOVERNMENT_PROCUREMENT"
        case .bidding: return "BIDDING"
        case .investmentPromotion: return "INVESTMENT_PROMOTION"
        case .ppp: return "PPP"
        case .industrialSupport: return "INDUSTRIAL_SUPPORT"
        case .governmentInvestment: return "GOVERNMENT_INVESTMENT"
        case .other: return "OTHER"
        case .unrecognized(let code): return code
        }
    }
}

/// 失信行为类型 · Dishonest behaviour (§I, §II(1)).
///
/// The kind of dishonest behaviour of the government party.
///
/// Source: `codelists.yaml`, list `Behaviour`.
public enum Behaviour: CodeListValue {
    /// 违约 · Breach of contract (01). Failing to perform an agreed obligation.
    case breach
    /// 毁约 · Repudiation (02). Renouncing or tearing up an agreement.
    case repudiation
    /// 拖欠账款 · Arrears (03). Failing to pay amounts owed to an enterprise.
    case arrears
    /// 政策承诺不兑现 · Policy commitment not honoured (04). Frequent policy changes, new officials ignoring their predecessors' commitments (§I).
    case policyNotHonoured
    /// 其他 · Other (99). Any other dishonest behaviour.
    case other
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/behaviour``.
    public static let codeList = CodeListID.behaviour

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [Behaviour] = [
        .breach,
        .repudiation,
        .arrears,
        .policyNotHonoured,
        .other,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "BREACH", number: "01", zh: "违约", en: "Breach of contract"),
        CodeEntry(code: "REPUDIATION", number: "02", zh: "毁约", en: "Repudiation"),
        CodeEntry(code: "ARREARS", number: "03", zh: "拖欠账款", en: "Arrears"),
        CodeEntry(code: "POLICY_NOT_HONOURED", number: "04", zh: "政策承诺不兑现", en: "Policy commitment not honoured"),
        CodeEntry(code: "OTHER", number: "99", zh: "其他", en: "Other"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "BREACH": self = .breach
        case "REPUDIATION": self = .repudiation
        case "ARREARS": self = .arrears
        case "POLICY_NOT_HONOURED": self = .policyNotHonoured
        case "OTHER": self = .other
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .breach: return "BREACH"
        case .repudiation: return "REPUDIATION"
        case .arrears: return "ARREARS"
        case .policyNotHonoured: return "POLICY_NOT_HONOURED"
        case .other: return "OTHER"
        case .unrecognized(let code): return code
        }
    }
}

/// 主体类型 · Entity kind (§II(1)).
///
/// The kind of government body (government departments include agencies and public institutions).
///
/// Source: `codelists.yaml`, list `EntityKind`.
public enum EntityKind: CodeListValue {
    /// 政府部门 · Government department (01). A government department.
    case governmentDepartment
    /// 机构 · Agency (02). An agency of government.
    case agency
    /// 事业单位 · Public institution (03). A public institution.
    case publicInstitution
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/entityKind``.
    public static let codeList = CodeListID.entityKind

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [EntityKind] = [
        .governmentDepartment,
        .agency,
        .publicInstitution,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "GOVERNMENT_DEPARTMENT", number: "01", zh: "政府部门", en: "Government department"),
        CodeEntry(code: "AGENCY", number: "02", zh: "机构", en: "Agency"),
        CodeEntry(code: "PUBLIC_INSTITUTION", number: "03", zh: "事业单位", en: "Public institution"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "GOVERNMENT_DEPARTMENT": self = .governmentDepartment
        case "AGENCY": self = .agency
        case "PUBLIC_INSTITUTION": self = .publicInstitution
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .governmentDepartment: return "GOVERNMENT_DEPARTMENT"
        case .agency: return "AGENCY"
        case .publicInstitution: return "PUBLIC_INSTITUTION"
        case .unrecognized(let code): return code
        }
    }
}

/// 行政层级 · Administrative level (SPEC §2).
///
/// The administrative level of a government body.
///
/// Source: `codelists.yaml`, list `AdminLevel`.
public enum AdminLevel: CodeListValue {
    /// 省级 · Provincial (01). Province, autonomous region or municipality directly under the central government.
    case provincial
    /// 地市级 · Prefectural (02). Prefecture-level city or equivalent.
    case prefectural
    /// 县级 · County (03). County, county-level city or district.
    case county
    /// 乡镇级 · Township (04). Township, town or sub-district.
    case township
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/adminLevel``.
    public static let codeList = CodeListID.adminLevel

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [AdminLevel] = [
        .provincial,
        .prefectural,
        .county,
        .township,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "PROVINCIAL", number: "01", zh: "省级", en: "Provincial"),
        CodeEntry(code: "PREFECTURAL", number: "02", zh: "地市级", en: "Prefectural"),
        CodeEntry(code: "COUNTY", number: "03", zh: "县级", en: "County"),
        CodeEntry(code: "TOWNSHIP", number: "04", zh: "乡镇级", en: "Township"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "PROVINCIAL": self = .provincial
        case "PREFECTURAL": self = .prefectural
        case "COUNTY": self = .county
        case "TOWNSHIP": self = .township
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .provincial: return "PROVINCIAL"
        case .prefectural: return "PREFECTURAL"
        case .county: return "COUNTY"
        case .township: return "TOWNSHIP"
        case .unrecognized(let code): return code
        }
    }
}

/// 未履约原因 · Reason for non-performance (§II(2)).
///
/// Why the government party did not perform; every one of these is still a breach (§II(2)).
///
/// Source: `codelists.yaml`, list `NonPerformanceReason`.
public enum NonPerformanceReason: CodeListValue {
    /// 机构调整 · Institutional adjustment (01). Restructuring of the body.
    case institutionalAdjustment
    /// 人员变动 · Personnel change (02). Change of the officials in charge.
    case personnelChange
    /// 财政困难 · Fiscal difficulty (03). Lack of funds.
    case fiscalDifficulty
    /// 政策调整 · Policy adjustment (04). A change of policy.
    case policyAdjustment
    /// 其他 · Other (99). Any other reason.
    case other
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/nonPerformanceReason``.
    public static let codeList = CodeListID.nonPerformanceReason

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [NonPerformanceReason] = [
        .institutionalAdjustment,
        .personnelChange,
        .fiscalDifficulty,
        .policyAdjustment,
        .other,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "INSTITUTIONAL_ADJUSTMENT", number: "01", zh: "机构调整", en: "Institutional adjustment"),
        CodeEntry(code: "PERSONNEL_CHANGE", number: "02", zh: "人员变动", en: "Personnel change"),
        CodeEntry(code: "FISCAL_DIFFICULTY", number: "03", zh: "财政困难", en: "Fiscal difficulty"),
        CodeEntry(code: "POLICY_ADJUSTMENT", number: "04", zh: "政策调整", en: "Policy adjustment"),
        CodeEntry(code: "OTHER", number: "99", zh: "其他", en: "Other"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "INSTITUTIONAL_ADJUSTMENT": self = .institutionalAdjustment
        case "PERSONNEL_CHANGE": self = .personnelChange
        case "FISCAL_DIFFICULTY": self = .fiscalDifficulty
        case "POLICY_ADJUSTMENT": self = .policyAdjustment
        case "OTHER": self = .other
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .institutionalAdjustment: return "INSTITUTIONAL_ADJUSTMENT"
        case .personnelChange: return "PERSONNEL_CHANGE"
        case .fiscalDifficulty: return "FISCAL_DIFFICULTY"
        case .policyAdjustment: return "POLICY_ADJUSTMENT"
        case .other: return "OTHER"
        case .unrecognized(let code): return code
        }
    }
}

/// 惩戒措施 · Punishment measure (§III(3)–(5)).
///
/// A dishonesty punishment measure. National measures are the NDRC's toolbox (§III(4)); city-scoped ones apply to prefecture-level cities and above; local ones are taken by departments at the same level (§III(5)); evaluation measures feed performance and business-environment evaluation (§III(3)).
///
/// Source: `codelists.yaml`, list `Measure`.
public enum Measure: CodeListValue {
    /// 限制中央预算内资金支持 · Restrict central budget funds (01). Restrict support from central budget funds (§III(4)). cityScoped: False, scope: NATIONAL.
    case restrictCentralBudgetFunds
    /// 限制申报地方政府专项债券 · Limit local government special bonds (02). Limit applications for local government special bonds (§III(4)). cityScoped: False, scope: NATIONAL.
    case limitSpecialBonds
    /// 限制推荐各类融资项目 · Restrict financing recommendations (03). Restrict recommendation of financing projects (§III(4)). cityScoped: False, scope: NATIONAL.
    case restrictFinancingRecommendation
    /// 取消发展改革系统评优评先和试点示范资格 · Cancel awards and pilot eligibility (04). Cancel eligibility for awards and pilot demonstrations in the development and reform system (§III(4); prefecture-level cities and above). cityScoped: True, scope: NATIONAL.
    case cancelAwardsAndPilots
    /// 加大城市信用监测扣分权重 · Raise city credit monitoring deduction (05). Increase the weight of city credit monitoring deductions (§III(4); prefecture-level cities and above). cityScoped: True, scope: NATIONAL.
    case raiseCityMonitoringDeduction
    /// 取消社会信用体系建设示范区称号或资格 · Cancel demonstration zone title (06). Cancel the title or eligibility of a social credit system demonstration zone (§III(4); prefecture-level cities and above). cityScoped: True, scope: NATIONAL.
    case cancelDemonstrationZone
    /// 限制政府资金支持 · Restrict government funding (07). Restrict government funding support (§III(5)). cityScoped: False, scope: LOCAL.
    case restrictGovernmentFunding
    /// 限制申请支持政策 · Limit support policies (08). Limit applications for support policies (§III(5)). cityScoped: False, scope: LOCAL.
    case limitSupportPolicies
    /// 取消评优评先 · Cancel honours (09). Cancel awards and honours (§III(5)). cityScoped: False, scope: LOCAL.
    case cancelHonours
    /// 限制参与政府采购 · Restrict government procurement (10). Restrict participation in government procurement (§III(5)). cityScoped: False, scope: LOCAL.
    case restrictGovernmentProcurement
    /// 纳入绩效考核 · Included in performance evaluation (11). Dishonesty record included in performance evaluation indicators (§III(3)). cityScoped: False, scope: EVALUATION.
    case performanceEvaluation
    /// 纳入营商环境评价 · Included in business environment evaluation (12). Dishonesty record included in business environment evaluation (§III(3)). cityScoped: False, scope: EVALUATION.
    case businessEnvironmentEvaluation
    /// 其他 · Other (99). Any other measure within a department's functions (§III(5) "including but not limited to"). cityScoped: False, scope: LOCAL.
    case other
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/measure``.
    public static let codeList = CodeListID.measure

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [Measure] = [
        .restrictCentralBudgetFunds,
        .limitSpecialBonds,
        .restrictFinancingRecommendation,
        .cancelAwardsAndPilots,
        .raiseCityMonitoringDeduction,
        .cancelDemonstrationZone,
        .restrictGovernmentFunding,
        .limitSupportPolicies,
        .cancelHonours,
        .restrictGovernmentProcurement,
        .performanceEvaluation,
        .businessEnvironmentEvaluation,
        .other,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "RESTRICT_CENTRAL_BUDGET_FUNDS", number: "01", zh: "限制中央预算内资金支持", en: "Restrict central budget funds"),
        CodeEntry(code: "LIMIT_SPECIAL_BONDS", number: "02", zh: "限制申报地方政府专项债券", en: "Limit local government special bonds"),
        CodeEntry(code: "RESTRICT_FINANCING_RECOMMENDATION", number: "03", zh: "限制推荐各类融资项目", en: "Restrict financing recommendations"),
        CodeEntry(code: "CANCEL_AWARDS_AND_PILOTS", number: "04", zh: "取消发展改革系统评优评先和试点示范资格", en: "Cancel awards and pilot eligibility"),
        CodeEntry(code: "RAISE_CITY_MONITORING_DEDUCTION", number: "05", zh: "加大城市信用监测扣分权重", en: "Raise city credit monitoring deduction"),
        CodeEntry(code: "CANCEL_DEMONSTRATION_ZONE", number: "06", zh: "取消社会信用体系建设示范区称号或资格", en: "Cancel demonstration zone title"),
        CodeEntry(code: "RESTRICT_GOVERNMENT_FUNDING", number: "07", zh: "限制政府资金支持", en: "Restrict government funding"),
        CodeEntry(code: "LIMIT_SUPPORT_POLICIES", number: "08", zh: "限制申请支持政策", en: "Limit support policies"),
        CodeEntry(code: "CANCEL_HONOURS", number: "09", zh: "取消评优评先", en: "Cancel honours"),
        CodeEntry(code: "RESTRICT_GOVERNMENT_PROCUREMENT", number: "10", zh: "限制参与政府采购", en: "Restrict government procurement"),
        CodeEntry(code: "PERFORMANCE_EVALUATION", number: "11", zh: "纳入绩效考核", en: "Included in performance evaluation"),
        CodeEntry(code: "BUSINESS_ENVIRONMENT_EVALUATION", number: "12", zh: "纳入营商环境评价", en: "Included in business environment evaluation"),
        CodeEntry(code: "OTHER", number: "99", zh: "其他", en: "Other"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "RESTRICT_CENTRAL_BUDGET_FUNDS": self = .restrictCentralBudgetFunds
        case "LIMIT_SPECIAL_BONDS": self = .limitSpecialBonds
        case "RESTRICT_FINANCING_RECOMMENDATION": self = .restrictFinancingRecommendation
        case "CANCEL_AWARDS_AND_PILOTS": self = .cancelAwardsAndPilots
        case "RAISE_CITY_MONITORING_DEDUCTION": self = .raiseCityMonitoringDeduction
        case "CANCEL_DEMONSTRATION_ZONE": self = .cancelDemonstrationZone
        case "RESTRICT_GOVERNMENT_FUNDING": self = .restrictGovernmentFunding
        case "LIMIT_SUPPORT_POLICIES": self = .limitSupportPolicies
        case "CANCEL_HONOURS": self = .cancelHonours
        case "RESTRICT_GOVERNMENT_PROCUREMENT": self = .restrictGovernmentProcurement
        case "PERFORMANCE_EVALUATION": self = .performanceEvaluation
        case "BUSINESS_ENVIRONMENT_EVALUATION": self = .businessEnvironmentEvaluation
        case "OTHER": self = .other
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .restrictCentralBudgetFunds: return "RESTRICT_CENTRAL_BUDGET_FUNDS"
        case .limitSpecialBonds: return "LIMIT_SPECIAL_BONDS"
        case .restrictFinancingRecommendation: return "RESTRICT_FINANCING_RECOMMENDATION"
        case .cancelAwardsAndPilots: return "CANCEL_AWARDS_AND_PILOTS"
        case .raiseCityMonitoringDeduction: return "RAISE_CITY_MONITORING_DEDUCTION"
        case .cancelDemonstrationZone: return "CANCEL_DEMONSTRATION_ZONE"
        case .restrictGovernmentFunding: return "RESTRICT_GOVERNMENT_FUNDING"
        case .limitSupportPolicies: return "LIMIT_SUPPORT_POLICIES"
        case .cancelHonours: return "CANCEL_HONOURS"
        case .restrictGovernmentProcurement: return "RESTRICT_GOVERNMENT_PROCUREMENT"
        case .performanceEvaluation: return "PERFORMANCE_EVALUATION"
        case .businessEnvironmentEvaluation: return "BUSINESS_ENVIRONMENT_EVALUATION"
        case .other: return "OTHER"
        case .unrecognized(let code): return code
        }
    }

    /// `cityScoped` of the entry in `codelists.yaml`; false for an unrecognized code.
    public var isCityScoped: Bool {
        switch self {
        case .restrictCentralBudgetFunds: return false
        case .limitSpecialBonds: return false
        case .restrictFinancingRecommendation: return false
        case .cancelAwardsAndPilots: return true
        case .raiseCityMonitoringDeduction: return true
        case .cancelDemonstrationZone: return true
        case .restrictGovernmentFunding: return false
        case .limitSupportPolicies: return false
        case .cancelHonours: return false
        case .restrictGovernmentProcurement: return false
        case .performanceEvaluation: return false
        case .businessEnvironmentEvaluation: return false
        case .other: return false
        case .unrecognized: return false
        }
    }

    /// `scope` of the entry in `codelists.yaml`; nil for an unrecognized code.
    public var scope: String? {
        switch self {
        case .restrictCentralBudgetFunds: return "NATIONAL"
        case .limitSpecialBonds: return "NATIONAL"
        case .restrictFinancingRecommendation: return "NATIONAL"
        case .cancelAwardsAndPilots: return "NATIONAL"
        case .raiseCityMonitoringDeduction: return "NATIONAL"
        case .cancelDemonstrationZone: return "NATIONAL"
        case .restrictGovernmentFunding: return "LOCAL"
        case .limitSupportPolicies: return "LOCAL"
        case .cancelHonours: return "LOCAL"
        case .restrictGovernmentProcurement: return "LOCAL"
        case .performanceEvaluation: return "EVALUATION"
        case .businessEnvironmentEvaluation: return "EVALUATION"
        case .other: return "LOCAL"
        case .unrecognized: return nil
        }
    }
}

/// 信息来源 · Record source (§II(1), §IV(8)).
///
/// How the dishonesty record came about.
///
/// Source: `codelists.yaml`, list `RecordSource`.
public enum RecordSource: CodeListValue {
    /// 投诉核实 · Complaint (01). Identified after a complaint was verified.
    case complaint
    /// 监测发现 · Monitoring (02). Found through clue monitoring (§IV(8)).
    case monitoring
    /// 国家发展改革委转办 · Transferred by the NDRC (03). Transferred by the NDRC.
    case ndrcTransfer
    /// 其他 · Other (99). Any other source.
    case other
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/recordSource``.
    public static let codeList = CodeListID.recordSource

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [RecordSource] = [
        .complaint,
        .monitoring,
        .ndrcTransfer,
        .other,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "COMPLAINT", number: "01", zh: "投诉核实", en: "Complaint"),
        CodeEntry(code: "MONITORING", number: "02", zh: "监测发现", en: "Monitoring"),
        CodeEntry(code: "NDRC_TRANSFER", number: "03", zh: "国家发展改革委转办", en: "Transferred by the NDRC"),
        CodeEntry(code: "OTHER", number: "99", zh: "其他", en: "Other"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "COMPLAINT": self = .complaint
        case "MONITORING": self = .monitoring
        case "NDRC_TRANSFER": self = .ndrcTransfer
        case "OTHER": self = .other
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .complaint: return "COMPLAINT"
        case .monitoring: return "MONITORING"
        case .ndrcTransfer: return "NDRC_TRANSFER"
        case .other: return "OTHER"
        case .unrecognized(let code): return code
        }
    }
}

/// 拖欠信息来源 · Arrears source (§III(3)).
///
/// Where the arrears information comes from.
///
/// Source: `codelists.yaml`, list `ArrearsSource`.
public enum ArrearsSource: CodeListValue {
    /// 工业和信息化部平台 · MIIT platform (01). The MIIT SME arrears platform.
    case miitPlatform
    /// 地方梳理 · Local sorting (02). Arrears sorted out by the locality as required (§III(3)).
    case localSorting
    /// 审计发现 · Audit (03). Found by an audit.
    case audit
    /// 其他 · Other (99). Any other source.
    case other
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/arrearsSource``.
    public static let codeList = CodeListID.arrearsSource

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [ArrearsSource] = [
        .miitPlatform,
        .localSorting,
        .audit,
        .other,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "MIIT_PLATFORM", number: "01", zh: "工业和信息化部平台", en: "MIIT platform"),
        CodeEntry(code: "LOCAL_SORTING", number: "02", zh: "地方梳理", en: "Local sorting"),
        CodeEntry(code: "AUDIT", number: "03", zh: "审计发现", en: "Audit"),
        CodeEntry(code: "OTHER", number: "99", zh: "其他", en: "Other"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "MIIT_PLATFORM": self = .miitPlatform
        case "LOCAL_SORTING": self = .localSorting
        case "AUDIT": self = .audit
        case "OTHER": self = .other
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .miitPlatform: return "MIIT_PLATFORM"
        case .localSorting: return "LOCAL_SORTING"
        case .audit: return "AUDIT"
        case .other: return "OTHER"
        case .unrecognized(let code): return code
        }
    }
}

/// 线索来源 · Clue source (§IV(8)).
///
/// How a dishonesty clue was discovered.
///
/// Source: `codelists.yaml`, list `ClueSource`.
public enum ClueSource: CodeListValue {
    /// 政企沟通 · Enterprise communication (01). Communication mechanisms with private enterprises.
    case enterpriseCommunication
    /// 大数据监测 · Big-data monitoring (02). Big-data monitoring.
    case bigDataMonitoring
    /// 监测点企业 · Monitoring-point enterprise (03). A representative private enterprise chosen as a monitoring point.
    case monitoringPoint
    /// 媒体 · Media (04). News or social media.
    case media
    /// 其他 · Other (99). Any other source.
    case other
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/clueSource``.
    public static let codeList = CodeListID.clueSource

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [ClueSource] = [
        .enterpriseCommunication,
        .bigDataMonitoring,
        .monitoringPoint,
        .media,
        .other,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "ENTERPRISE_COMMUNICATION", number: "01", zh: "政企沟通", en: "Enterprise communication"),
        CodeEntry(code: "BIG_DATA_MONITORING", number: "02", zh: "大数据监测", en: "Big-data monitoring"),
        CodeEntry(code: "MONITORING_POINT", number: "03", zh: "监测点企业", en: "Monitoring-point enterprise"),
        CodeEntry(code: "MEDIA", number: "04", zh: "媒体", en: "Media"),
        CodeEntry(code: "OTHER", number: "99", zh: "其他", en: "Other"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "ENTERPRISE_COMMUNICATION": self = .enterpriseCommunication
        case "BIG_DATA_MONITORING": self = .bigDataMonitoring
        case "MONITORING_POINT": self = .monitoringPoint
        case "MEDIA": self = .media
        case "OTHER": self = .other
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .enterpriseCommunication: return "ENTERPRISE_COMMUNICATION"
        case .bigDataMonitoring: return "BIG_DATA_MONITORING"
        case .monitoringPoint: return "MONITORING_POINT"
        case .media: return "MEDIA"
        case .other: return "OTHER"
        case .unrecognized(let code): return code
        }
    }
}

/// 投诉办理状态 · Complaint status (§II(1)–(2)).
///
/// Where a complaint stands in the handling chain.
///
/// Source: `codelists.yaml`, list `ComplaintStatus`.
public enum ComplaintStatus: CodeListValue {
    /// 已受理 · Received (01). Received, not yet transferred.
    case received
    /// 已转办 · Transferred (02). Transferred to the superior or competent department.
    case transferred
    /// 核实中 · Verifying (03). Under verification.
    case verifying
    /// 经核实不属实办结 · Closed as unfounded (04). Verified as unfounded; feedback given.
    case closedUnfounded
    /// 已整改 · Rectified (05). Founded and rectified.
    case rectified
    /// 已认定失信 · Identified as dishonest (06). Founded, rectification refused, identified as dishonesty.
    case identified
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/complaintStatus``.
    public static let codeList = CodeListID.complaintStatus

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [ComplaintStatus] = [
        .received,
        .transferred,
        .verifying,
        .closedUnfounded,
        .rectified,
        .identified,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "RECEIVED", number: "01", zh: "已受理", en: "Received"),
        CodeEntry(code: "TRANSFERRED", number: "02", zh: "已转办", en: "Transferred"),
        CodeEntry(code: "VERIFYING", number: "03", zh: "核实中", en: "Verifying"),
        CodeEntry(code: "CLOSED_UNFOUNDED", number: "04", zh: "经核实不属实办结", en: "Closed as unfounded"),
        CodeEntry(code: "RECTIFIED", number: "05", zh: "已整改", en: "Rectified"),
        CodeEntry(code: "IDENTIFIED", number: "06", zh: "已认定失信", en: "Identified as dishonest"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "RECEIVED": self = .received
        case "TRANSFERRED": self = .transferred
        case "VERIFYING": self = .verifying
        case "CLOSED_UNFOUNDED": self = .closedUnfounded
        case "RECTIFIED": self = .rectified
        case "IDENTIFIED": self = .identified
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .received: return "RECEIVED"
        case .transferred: return "TRANSFERRED"
        case .verifying: return "VERIFYING"
        case .closedUnfounded: return "CLOSED_UNFOUNDED"
        case .rectified: return "RECTIFIED"
        case .identified: return "IDENTIFIED"
        case .unrecognized(let code): return code
        }
    }
}

/// 合同履约状态 · Contract performance status (§II(1)).
///
/// Performance status of a contract.
///
/// Source: `codelists.yaml`, list `PerformanceStatus`.
public enum PerformanceStatus: CodeListValue {
    /// 履行中 · Performing (01). Being performed.
    case performing
    /// 已履行完毕 · Completed (02). Fully performed.
    case completed
    /// 逾期未履行 · Overdue (03). An obligation is overdue.
    case overdue
    /// 违约 · Breached (04). Breached by the government party.
    case breached
    /// 已终止 · Terminated (05). Terminated.
    case terminated
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/performanceStatus``.
    public static let codeList = CodeListID.performanceStatus

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [PerformanceStatus] = [
        .performing,
        .completed,
        .overdue,
        .breached,
        .terminated,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "PERFORMING", number: "01", zh: "履行中", en: "Performing"),
        CodeEntry(code: "COMPLETED", number: "02", zh: "已履行完毕", en: "Completed"),
        CodeEntry(code: "OVERDUE", number: "03", zh: "逾期未履行", en: "Overdue"),
        CodeEntry(code: "BREACHED", number: "04", zh: "违约", en: "Breached"),
        CodeEntry(code: "TERMINATED", number: "05", zh: "已终止", en: "Terminated"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "PERFORMING": self = .performing
        case "COMPLETED": self = .completed
        case "OVERDUE": self = .overdue
        case "BREACHED": self = .breached
        case "TERMINATED": self = .terminated
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .performing: return "PERFORMING"
        case .completed: return "COMPLETED"
        case .overdue: return "OVERDUE"
        case .breached: return "BREACHED"
        case .terminated: return "TERMINATED"
        case .unrecognized(let code): return code
        }
    }
}

/// 义务履行状态 · Obligation status (§II(1)).
///
/// Status of one tracked obligation.
///
/// Source: `codelists.yaml`, list `ObligationStatus`.
public enum ObligationStatus: CodeListValue {
    /// 正常推进 · On track (01). Not yet due and on track.
    case onTrack
    /// 已履行 · Performed (02). Performed.
    case performed
    /// 逾期 · Overdue (03). Past its due date.
    case overdue
    /// 违约 · Breached (04). Breached.
    case breached
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/obligationStatus``.
    public static let codeList = CodeListID.obligationStatus

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [ObligationStatus] = [
        .onTrack,
        .performed,
        .overdue,
        .breached,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "ON_TRACK", number: "01", zh: "正常推进", en: "On track"),
        CodeEntry(code: "PERFORMED", number: "02", zh: "已履行", en: "Performed"),
        CodeEntry(code: "OVERDUE", number: "03", zh: "逾期", en: "Overdue"),
        CodeEntry(code: "BREACHED", number: "04", zh: "违约", en: "Breached"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "ON_TRACK": self = .onTrack
        case "PERFORMED": self = .performed
        case "OVERDUE": self = .overdue
        case "BREACHED": self = .breached
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .onTrack: return "ON_TRACK"
        case .performed: return "PERFORMED"
        case .overdue: return "OVERDUE"
        case .breached: return "BREACHED"
        case .unrecognized(let code): return code
        }
    }
}

/// 企业规模 · Enterprise scale (SPEC §2).
///
/// Enterprise size class (large, medium, small, micro).
///
/// Source: `codelists.yaml`, list `EnterpriseScale`.
public enum EnterpriseScale: CodeListValue {
    /// 大型 · Large (01). Large enterprise.
    case large
    /// 中型 · Medium (02). Medium enterprise.
    case medium
    /// 小型 · Small (03). Small enterprise.
    case small
    /// 微型 · Micro (04). Micro enterprise.
    case micro
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/enterpriseScale``.
    public static let codeList = CodeListID.enterpriseScale

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [EnterpriseScale] = [
        .large,
        .medium,
        .small,
        .micro,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "LARGE", number: "01", zh: "大型", en: "Large"),
        CodeEntry(code: "MEDIUM", number: "02", zh: "中型", en: "Medium"),
        CodeEntry(code: "SMALL", number: "03", zh: "小型", en: "Small"),
        CodeEntry(code: "MICRO", number: "04", zh: "微型", en: "Micro"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "LARGE": self = .large
        case "MEDIUM": self = .medium
        case "SMALL": self = .small
        case "MICRO": self = .micro
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .large: return "LARGE"
        case .medium: return "MEDIUM"
        case .small: return "SMALL"
        case .micro: return "MICRO"
        case .unrecognized(let code): return code
        }
    }
}

/// 核实部门关系 · Verifying department relation (§II(2)).
///
/// How the verifying department relates to the complained entity.
///
/// Source: `codelists.yaml`, list `VerificationRelation`.
public enum VerificationRelation: CodeListValue {
    /// 上级部门 · Superior department (01). The entity's superior department.
    case superior
    /// 主管部门 · Competent department (02). The entity's competent department.
    case competent
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/verificationRelation``.
    public static let codeList = CodeListID.verificationRelation

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [VerificationRelation] = [
        .superior,
        .competent,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "SUPERIOR", number: "01", zh: "上级部门", en: "Superior department"),
        CodeEntry(code: "COMPETENT", number: "02", zh: "主管部门", en: "Competent department"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "SUPERIOR": self = .superior
        case "COMPETENT": self = .competent
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .superior: return "SUPERIOR"
        case .competent: return "COMPETENT"
        case .unrecognized(let code): return code
        }
    }
}

/// 核实结果 · Verification result (§II(2)).
///
/// Whether the complaint was verified as true.
///
/// Source: `codelists.yaml`, list `VerificationResult`.
public enum VerificationResult: CodeListValue {
    /// 属实 · Founded (01). Verified as true.
    case founded
    /// 不属实 · Unfounded (02). Verified as untrue; feedback and explanation are given to the complainant.
    case unfounded
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/verificationResult``.
    public static let codeList = CodeListID.verificationResult

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [VerificationResult] = [
        .founded,
        .unfounded,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "FOUNDED", number: "01", zh: "属实", en: "Founded"),
        CodeEntry(code: "UNFOUNDED", number: "02", zh: "不属实", en: "Unfounded"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "FOUNDED": self = .founded
        case "UNFOUNDED": self = .unfounded
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .founded: return "FOUNDED"
        case .unfounded: return "UNFOUNDED"
        case .unrecognized(let code): return code
        }
    }
}

/// 整改结果 · Rectification outcome (§II(2)).
///
/// Outcome of the rectification ordered after a founded complaint.
///
/// Source: `codelists.yaml`, list `RectificationOutcome`.
public enum RectificationOutcome: CodeListValue {
    /// 已整改 · Rectified (01). Rectified.
    case rectified
    /// 整改中 · In progress (02). Rectification under way.
    case inProgress
    /// 拒不整改 · Refused (03). Refused to rectify; this is what makes a dishonesty record (§II(2)).
    case refused
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/rectificationOutcome``.
    public static let codeList = CodeListID.rectificationOutcome

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [RectificationOutcome] = [
        .rectified,
        .inProgress,
        .refused,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "RECTIFIED", number: "01", zh: "已整改", en: "Rectified"),
        CodeEntry(code: "IN_PROGRESS", number: "02", zh: "整改中", en: "In progress"),
        CodeEntry(code: "REFUSED", number: "03", zh: "拒不整改", en: "Refused"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "RECTIFIED": self = .rectified
        case "IN_PROGRESS": self = .inProgress
        case "REFUSED": self = .refused
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .rectified: return "RECTIFIED"
        case .inProgress: return "IN_PROGRESS"
        case .refused: return "REFUSED"
        case .unrecognized(let code): return code
        }
    }
}

/// 失信程度 · Severity (§IV(9)).
///
/// Severity of a dishonesty record; it sets the publication window (SPEC §8).
///
/// Source: `codelists.yaml`, list `DishonestySeverity`.
public enum DishonestySeverity: CodeListValue {
    /// 轻微 · Minor (01). Minor dishonesty; not published.
    case minor
    /// 一般 · General (02). General dishonesty.
    case general
    /// 严重 · Serious (03). Serious dishonesty.
    case serious
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/dishonestySeverity``.
    public static let codeList = CodeListID.dishonestySeverity

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [DishonestySeverity] = [
        .minor,
        .general,
        .serious,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "MINOR", number: "01", zh: "轻微", en: "Minor"),
        CodeEntry(code: "GENERAL", number: "02", zh: "一般", en: "General"),
        CodeEntry(code: "SERIOUS", number: "03", zh: "严重", en: "Serious"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "MINOR": self = .minor
        case "GENERAL": self = .general
        case "SERIOUS": self = .serious
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .minor: return "MINOR"
        case .general: return "GENERAL"
        case .serious: return "SERIOUS"
        case .unrecognized(let code): return code
        }
    }
}

/// 失信记录状态 · Dishonesty record status (§III(6)).
///
/// Status of a dishonesty record.
///
/// Source: `codelists.yaml`, list `DishonestyStatus`.
public enum DishonestyStatus: CodeListValue {
    /// 有效 · Active (01). In force.
    case active
    /// 已信用修复 · Restored (02). Credit restored (§III(6)).
    case restored
    /// 已撤销 · Revoked (03). Revoked (identified in error).
    case revoked
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/dishonestyStatus``.
    public static let codeList = CodeListID.dishonestyStatus

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [DishonestyStatus] = [
        .active,
        .restored,
        .revoked,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "ACTIVE", number: "01", zh: "有效", en: "Active"),
        CodeEntry(code: "RESTORED", number: "02", zh: "已信用修复", en: "Restored"),
        CodeEntry(code: "REVOKED", number: "03", zh: "已撤销", en: "Revoked"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "ACTIVE": self = .active
        case "RESTORED": self = .restored
        case "REVOKED": self = .revoked
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .active: return "ACTIVE"
        case .restored: return "RESTORED"
        case .revoked: return "REVOKED"
        case .unrecognized(let code): return code
        }
    }
}

/// 欠款状态 · Arrears status (§III(3)).
///
/// Payment status of arrears.
///
/// Source: `codelists.yaml`, list `ArrearsStatus`.
public enum ArrearsStatus: CodeListValue {
    /// 未支付 · Outstanding (01). Nothing paid.
    case outstanding
    /// 部分支付 · Partially paid (02). Partly paid.
    case partiallyPaid
    /// 已结清 · Settled (03). Fully paid.
    case settled
    /// 存在争议 · Disputed (04). Amount or liability disputed.
    case disputed
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/arrearsStatus``.
    public static let codeList = CodeListID.arrearsStatus

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [ArrearsStatus] = [
        .outstanding,
        .partiallyPaid,
        .settled,
        .disputed,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "OUTSTANDING", number: "01", zh: "未支付", en: "Outstanding"),
        CodeEntry(code: "PARTIALLY_PAID", number: "02", zh: "部分支付", en: "Partially paid"),
        CodeEntry(code: "SETTLED", number: "03", zh: "已结清", en: "Settled"),
        CodeEntry(code: "DISPUTED", number: "04", zh: "存在争议", en: "Disputed"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "OUTSTANDING": self = .outstanding
        case "PARTIALLY_PAID": self = .partiallyPaid
        case "SETTLED": self = .settled
        case "DISPUTED": self = .disputed
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .outstanding: return "OUTSTANDING"
        case .partiallyPaid: return "PARTIALLY_PAID"
        case .settled: return "SETTLED"
        case .disputed: return "DISPUTED"
        case .unrecognized(let code): return code
        }
    }
}

/// 履行情况 · Performance of the judgment (§III(3)).
///
/// How far the obligation set by the judgment has been performed.
///
/// Source: `codelists.yaml`, list `EnforcementPerformance`.
public enum EnforcementPerformance: CodeListValue {
    /// 全部未履行 · Unperformed (01). Nothing performed.
    case unperformed
    /// 部分未履行 · Partially performed (02). Partly performed.
    case partiallyPerformed
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/enforcementPerformance``.
    public static let codeList = CodeListID.enforcementPerformance

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [EnforcementPerformance] = [
        .unperformed,
        .partiallyPerformed,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "UNPERFORMED", number: "01", zh: "全部未履行", en: "Unperformed"),
        CodeEntry(code: "PARTIALLY_PERFORMED", number: "02", zh: "部分未履行", en: "Partially performed"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "UNPERFORMED": self = .unperformed
        case "PARTIALLY_PERFORMED": self = .partiallyPerformed
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .unperformed: return "UNPERFORMED"
        case .partiallyPerformed: return "PARTIALLY_PERFORMED"
        case .unrecognized(let code): return code
        }
    }
}

/// 失信被执行人状态 · Enforcement listing status (§III(3)).
///
/// Whether the entity is on the list of dishonest persons subject to enforcement.
///
/// Source: `codelists.yaml`, list `EnforcementStatus`.
public enum EnforcementStatus: CodeListValue {
    /// 在列 · Listed (01). On the list.
    case listed
    /// 已移出 · Removed (02). Removed from the list.
    case removed
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/enforcementStatus``.
    public static let codeList = CodeListID.enforcementStatus

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [EnforcementStatus] = [
        .listed,
        .removed,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "LISTED", number: "01", zh: "在列", en: "Listed"),
        CodeEntry(code: "REMOVED", number: "02", zh: "已移出", en: "Removed"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "LISTED": self = .listed
        case "REMOVED": self = .removed
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .listed: return "LISTED"
        case .removed: return "REMOVED"
        case .unrecognized(let code): return code
        }
    }
}

/// 实施层级 · Authority level (§III(4)–(5)).
///
/// Level of the authority that takes the measure.
///
/// Source: `codelists.yaml`, list `AuthorityLevel`.
public enum AuthorityLevel: CodeListValue {
    /// 国家级 · National (01). National level.
    case national
    /// 省级 · Provincial (02). Provincial level.
    case provincial
    /// 地市级 · Prefectural (03). Prefecture level.
    case prefectural
    /// 县级 · County (04). County level.
    case county
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/authorityLevel``.
    public static let codeList = CodeListID.authorityLevel

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [AuthorityLevel] = [
        .national,
        .provincial,
        .prefectural,
        .county,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "NATIONAL", number: "01", zh: "国家级", en: "National"),
        CodeEntry(code: "PROVINCIAL", number: "02", zh: "省级", en: "Provincial"),
        CodeEntry(code: "PREFECTURAL", number: "03", zh: "地市级", en: "Prefectural"),
        CodeEntry(code: "COUNTY", number: "04", zh: "县级", en: "County"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "NATIONAL": self = .national
        case "PROVINCIAL": self = .provincial
        case "PREFECTURAL": self = .prefectural
        case "COUNTY": self = .county
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .national: return "NATIONAL"
        case .provincial: return "PROVINCIAL"
        case .prefectural: return "PREFECTURAL"
        case .county: return "COUNTY"
        case .unrecognized(let code): return code
        }
    }
}

/// 惩戒状态 · Sanction status (§III(6)).
///
/// Whether a punishment measure is in force.
///
/// Source: `codelists.yaml`, list `SanctionStatus`.
public enum SanctionStatus: CodeListValue {
    /// 实施中 · In force (01). In force.
    case inForce
    /// 已终止 · Terminated (02). Terminated.
    case terminated
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/sanctionStatus``.
    public static let codeList = CodeListID.sanctionStatus

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [SanctionStatus] = [
        .inForce,
        .terminated,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "IN_FORCE", number: "01", zh: "实施中", en: "In force"),
        CodeEntry(code: "TERMINATED", number: "02", zh: "已终止", en: "Terminated"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "IN_FORCE": self = .inForce
        case "TERMINATED": self = .terminated
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .inForce: return "IN_FORCE"
        case .terminated: return "TERMINATED"
        case .unrecognized(let code): return code
        }
    }
}

/// 终止原因 · Termination reason (§III(6)).
///
/// Why a punishment measure ended.
///
/// Source: `codelists.yaml`, list `TerminationReason`.
public enum TerminationReason: CodeListValue {
    /// 信用修复 · Restored (01). The dishonesty record was restored (§III(6)).
    case restored
    /// 期满 · Expired (02). The measure's term ended.
    case expired
    /// 记录撤销 · Record revoked (03). The dishonesty record was revoked.
    case revoked
    /// 其他 · Other (99). Any other reason.
    case other
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/terminationReason``.
    public static let codeList = CodeListID.terminationReason

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [TerminationReason] = [
        .restored,
        .expired,
        .revoked,
        .other,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "RESTORED", number: "01", zh: "信用修复", en: "Restored"),
        CodeEntry(code: "EXPIRED", number: "02", zh: "期满", en: "Expired"),
        CodeEntry(code: "REVOKED", number: "03", zh: "记录撤销", en: "Record revoked"),
        CodeEntry(code: "OTHER", number: "99", zh: "其他", en: "Other"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "RESTORED": self = .restored
        case "EXPIRED": self = .expired
        case "REVOKED": self = .revoked
        case "OTHER": self = .other
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .restored: return "RESTORED"
        case .expired: return "EXPIRED"
        case .revoked: return "REVOKED"
        case .other: return "OTHER"
        case .unrecognized(let code): return code
        }
    }
}

/// 跟进状态 · Follow-up status (§IV(8)).
///
/// Follow-up of a dishonesty clue.
///
/// Source: `codelists.yaml`, list `FollowUpStatus`.
public enum FollowUpStatus: CodeListValue {
    /// 待处理 · Pending (01). Not yet handled.
    case pending
    /// 已转交属地 · Transferred (02). Transferred to the place of jurisdiction.
    case transferred
    /// 跟进中 · In progress (03). Under continuous follow-up.
    case inProgress
    /// 已办结 · Closed (04). Closed.
    case closed
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/followUpStatus``.
    public static let codeList = CodeListID.followUpStatus

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [FollowUpStatus] = [
        .pending,
        .transferred,
        .inProgress,
        .closed,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "PENDING", number: "01", zh: "待处理", en: "Pending"),
        CodeEntry(code: "TRANSFERRED", number: "02", zh: "已转交属地", en: "Transferred"),
        CodeEntry(code: "IN_PROGRESS", number: "03", zh: "跟进中", en: "In progress"),
        CodeEntry(code: "CLOSED", number: "04", zh: "已办结", en: "Closed"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "PENDING": self = .pending
        case "TRANSFERRED": self = .transferred
        case "IN_PROGRESS": self = .inProgress
        case "CLOSED": self = .closed
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .pending: return "PENDING"
        case .transferred: return "TRANSFERRED"
        case .inProgress: return "IN_PROGRESS"
        case .closed: return "CLOSED"
        case .unrecognized(let code): return code
        }
    }
}

/// 典型案例选取理由 · Typical case reason (§IV(9)).
///
/// Why a case was selected for publicity.
///
/// Source: `codelists.yaml`, list `TypicalCaseReason`.
public enum TypicalCaseReason: CodeListValue {
    /// 失信情节严重 · Serious dishonesty (01). Serious dishonesty.
    case serious
    /// 多次失信 · Repeated dishonesty (02). Repeated dishonesty (at least two records of the same entity).
    case repeated
    /// 群众反映强烈 · Strong public complaints (03). Strong public complaints.
    case strongComplaints
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/typicalCaseReason``.
    public static let codeList = CodeListID.typicalCaseReason

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [TypicalCaseReason] = [
        .serious,
        .repeated,
        .strongComplaints,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "SERIOUS", number: "01", zh: "失信情节严重", en: "Serious dishonesty"),
        CodeEntry(code: "REPEATED", number: "02", zh: "多次失信", en: "Repeated dishonesty"),
        CodeEntry(code: "STRONG_COMPLAINTS", number: "03", zh: "群众反映强烈", en: "Strong public complaints"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "SERIOUS": self = .serious
        case "REPEATED": self = .repeated
        case "STRONG_COMPLAINTS": self = .strongComplaints
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .serious: return "SERIOUS"
        case .repeated: return "REPEATED"
        case .strongComplaints: return "STRONG_COMPLAINTS"
        case .unrecognized(let code): return code
        }
    }
}

/// 发布渠道 · Publication channel (§IV(9)).
///
/// Where a typical case was published.
///
/// Source: `codelists.yaml`, list `PublicationChannel`.
public enum PublicationChannel: CodeListValue {
    /// 信用中国网站 · Credit China website (01). The "Credit China" website.
    case creditChina
    /// 新闻媒体 · News media (02). News media.
    case newsMedia
    /// 其他 · Other (99). Any other channel.
    case other
    /// A code this version of the standard does not define; a newer version may add codes.
    case unrecognized(String)

    /// The list this enum encodes: ``CodeListID/publicationChannel``.
    public static let codeList = CodeListID.publicationChannel

    /// The codes the standard defines, in its order; never `.unrecognized`.
    public static let allCases: [PublicationChannel] = [
        .creditChina,
        .newsMedia,
        .other,
    ]

    static let entries: [CodeEntry] = [
        CodeEntry(code: "CREDIT_CHINA", number: "01", zh: "信用中国网站", en: "Credit China website"),
        CodeEntry(code: "NEWS_MEDIA", number: "02", zh: "新闻媒体", en: "News media"),
        CodeEntry(code: "OTHER", number: "99", zh: "其他", en: "Other"),
    ]

    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with
    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.
    public init(rawValue: String) {
        switch rawValue {
        case "CREDIT_CHINA": self = .creditChina
        case "NEWS_MEDIA": self = .newsMedia
        case "OTHER": self = .other
        default: self = .unrecognized(rawValue)
        }
    }

    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.
    public var rawValue: String {
        switch self {
        case .creditChina: return "CREDIT_CHINA"
        case .newsMedia: return "NEWS_MEDIA"
        case .other: return "OTHER"
        case .unrecognized(let code): return code
        }
    }
}
