/// The names a provincial export uses for the standard's fields, beyond the standard's own Chinese and English
/// names: synonyms seen in provincial systems (`层级` for 行政层级, `被投诉单位` for the government entity, `台账编号`
/// for a ledger's record id) and the labels provinces write instead of codes (`机关` for GOVERNMENT_DEPARTMENT).
/// `profile init` proposes from these; a person confirms.
enum FieldVocabulary {
    /// A known synonym counts a little less than the standard's own name, so a column named exactly as the
    /// standard names a field wins over one that is only a synonym (`收到转办日期` over `受理日期`).
    static let synonymWeight = 0.97

    /// Every name a source may give the field at `slot` of `category`, not yet normalised, with its weight (1 for
    /// the standard's own names, ``synonymWeight`` for synonyms) and, for a block member, the block's name the
    /// source name must start with (`被投诉单位` of `被投诉单位统一社会信用代码`).
    static func names(of category: RecordCategory, slot: Int) -> [(name: String, weight: Double, block: String?)] {
        let field = category.fields[slot]
        guard let parent = field.parent else {
            var own = [field.nameZh, field.path, field.nameEn]
            var synonyms = (fieldSynonyms["\(category.rawValue).\(field.name)"] ?? []) + (fieldSynonyms[String(field.name)] ?? [])
            if slot == 0 { synonyms += [category.nameZh + "编号"] + (idSynonyms[category] ?? []) }
            switch field.kind {
            case .reference(let target), .referenceList(let target, _):
                own.append(target.fields[0].nameZh)
                synonyms += [target.nameZh + "编号"] + (idSynonyms[target] ?? [])
            default:
                break
            }
            let rowIDs = slot == 0 ? genericIDs.map { ($0, genericIDWeight, nil as String?) } : []
            return own.map { ($0, 1, nil) } + synonyms.map { ($0, synonymWeight, nil) } + rowIDs
        }
        let block = category.fields[parent]
        let ownBlocks = [block.nameZh, block.path, block.nameEn]
        let ownMembers = [field.nameZh, String(field.name), field.nameEn]
        let blocks = ownBlocks.map { ($0, true) } + (blockSynonyms[role(of: block.path)] ?? []).map { ($0, false) }
        let members = ownMembers.map { ($0, true) } + (memberSynonyms[String(field.name)] ?? []).map { ($0, false) }
        var names: [(name: String, weight: Double, block: String?)] = []
        for (blockName, blockOwn) in blocks {
            for (member, memberOwn) in members {
                names.append((blockName + member, blockOwn && memberOwn ? 1 : synonymWeight, blockName))
            }
            if field.name == "name" { names.append((blockName, blockOwn ? 1 : synonymWeight, blockName)) }
        }
        // A wide export names the main party's division, kind and level without the party (`行政区划代码`).
        if parent == mainPartyBlock(of: category), bareMembers.contains(String(field.name)) {
            names += members.map { ($0.0, $0.1 ? bareWeight : bareWeight * synonymWeight, nil) }
        }
        return names
    }

    /// A member named without its block counts less than one named with it (`行政区划代码` < `失信主体行政区划代码`).
    static let bareWeight = 0.95

    /// Members a wide export names without their block: they can only be the main party's.
    static let bareMembers: Set<String> = ["divisionCode", "kind", "level"]

    /// The block of the government body a category is about (`entity`, `respondent`, `governmentParty`, `debtor`).
    static func mainPartyBlock(of category: RecordCategory) -> Int? {
        category.fields.indices.first { category.fields[$0].kind == .block && role(of: category.fields[$0].path) == "government" }
    }

    /// A row's id name (``genericIDs``) counts less than any name of a category's id: `惩戒措施/@编号` is the
    /// sanction's id rather than `@编号`.
    static let genericIDWeight = 0.9

    /// Names of a row's own id, not of any category's (`record_id`, `编号`, `序号`): taken for a record id only when
    /// the sample's values are unique, and shared by every category a wide row feeds.
    static let genericIDs = ["record_id", "recordid", "id", "记录编号", "记录id", "编号", "序号", "流水号", "业务编号", "数据编号",
                             "唯一标识", "主键"]

    /// Whether `source` is one of ``genericIDs``.
    static func isGenericID(_ source: String) -> Bool {
        genericIDNames.contains(NameSimilarity.normalized(source))
    }

    /// ``genericIDs``, normalised.
    static let genericIDNames = Set(genericIDs.map(NameSimilarity.normalized))

    /// Labels provinces use for codes, per code list: label → code.
    static let valueSynonyms: [CodeListID: [String: String]] = [
        .entityKind: ["机关": "GOVERNMENT_DEPARTMENT", "行政机关": "GOVERNMENT_DEPARTMENT", "政府机关": "GOVERNMENT_DEPARTMENT",
                      "党政机关": "GOVERNMENT_DEPARTMENT", "行政单位": "GOVERNMENT_DEPARTMENT", "群团组织": "AGENCY",
                      "人民团体": "AGENCY", "参公事业单位": "PUBLIC_INSTITUTION"],
        .channel: ["来信来访": "PETITION", "信访": "PETITION", "12345": "HOTLINE_12345", "12345热线": "HOTLINE_12345",
                   "互联网+督查": "INTERNET_PLUS_SUPERVISION", "发改委转办": "NDRC_TRANSFER", "信用中国": "CREDIT_WEBSITE",
                   "信用中国网站": "CREDIT_WEBSITE"],
        .arrearsSource: ["工信部平台": "MIIT_PLATFORM", "工信部": "MIIT_PLATFORM", "审计": "AUDIT"],
        // A record whose restoration is applied for, pending or refused is still in force.
        .dishonestyStatus: ["生效": "ACTIVE", "未修复": "ACTIVE", "申请中": "ACTIVE", "修复申请中": "ACTIVE", "修复中": "ACTIVE",
                            "不予修复": "ACTIVE", "已修复": "RESTORED", "修复": "RESTORED", "信用修复": "RESTORED",
                            "撤销": "REVOKED"],
        .complaintStatus: ["已认定": "IDENTIFIED", "认定失信": "IDENTIFIED", "受理": "RECEIVED", "转办": "TRANSFERRED"],
        .performanceStatus: ["履约中": "PERFORMING", "已履约": "COMPLETED", "履行完毕": "COMPLETED", "已违约": "BREACHED"],
        .arrearsStatus: ["已支付": "SETTLED", "已清偿": "SETTLED", "未清偿": "OUTSTANDING"],
        .sanctionStatus: ["实施中": "IN_FORCE", "执行中": "IN_FORCE", "已终止": "TERMINATED"],
    ]

    /// Which kind of party a block is: the synonyms are shared by role.
    static func role(of blockPath: String) -> String {
        switch blockPath {
        case "entity", "respondent", "debtor", "governmentParty": return "government"
        case "complainant", "counterparty", "creditor", "enterprise", "monitoringPoint": return "enterprise"
        case "complainantContact": return "contact"
        case "transferredTo": return "transferee"
        case "authority": return "authority"
        default: return "department"
        }
    }

    static let blockSynonyms: [String: [String]] = [
        "government": ["失信主体", "失信单位", "被投诉单位", "被投诉主体", "被投诉方", "欠款单位", "欠款主体", "债务单位", "政府方",
                       "政府机构", "责任单位", "责任主体", "违约主体", "违约单位", "违约方", "失信方", "主体", "单位"],
        "enterprise": ["企业", "民营企业", "投诉企业", "投诉方", "相对方", "相对方企业", "相对人", "合同相对方", "签约企业",
                       "债权企业", "债权单位", "企业方", "监测点企业"],
        "contact": ["联系人", "投诉联系人"],
        // The department that verifies is the one the complaint was transferred to (§II(2)), and it identifies.
        "department": ["部门", "认定部门", "认定单位", "认定机关", "失信认定部门", "核实部门", "核实认定部门", "转办部门", "决定部门"],
        // Complaints go to the superior or competent department of the body complained about (§II(2)).
        "transferee": ["转办部门", "转交部门", "承办部门", "交办部门", "上级主管部门", "主管部门", "上级部门"],
        "authority": ["实施部门", "实施单位", "惩戒实施部门", "执行部门"],
    ]

    static let memberSynonyms: [String: [String]] = [
        "name": ["名称", "单位名称", "企业名称", "主体名称", "部门名称", "全称", "姓名"],
        "uscc": ["统一社会信用代码", "社会信用代码", "统一信用代码", "信用代码", "统一代码"],
        "divisionCode": ["行政区划代码", "行政区划", "区划代码", "区划编码", "区划", "地区代码", "所在地区划代码"],
        "level": ["行政层级", "层级", "级别", "行政级别"],
        "kind": ["主体类型", "主体类别", "主体性质", "类型", "类别", "单位类型", "单位性质", "机构类型"],
        "scale": ["企业规模", "规模"],
        "phone": ["联系电话", "电话", "手机", "手机号码", "联系方式"],
        "idNumber": ["公民身份号码", "身份证号", "身份证号码", "证件号码"],
    ]

    static let idSynonyms: [RecordCategory: [String]] = [
        .complaint: ["投诉编号", "投诉单号"],
        .verification: ["核实编号", "核查编号"],
        .dishonesty: ["失信编号", "失信信息编号"],
        .arrears: ["台账编号", "欠款编号", "拖欠编号"],
        .sanction: ["惩戒措施编号", "惩戒编号", "措施编号"],
        .restoration: ["修复编号"],
        .clue: ["线索编号"],
        .typicalCase: ["案例编号"],
        .contract: ["合同记录编号"],
        .performance: ["跟踪编号"],
        .enforcement: ["被执行编号"],
    ]

    /// Synonyms of a top-level field, by `category.field` (only there) or by field name (in every category).
    static let fieldSynonyms: [String: [String]] = [
        "receivedDate": ["受理日期", "收到日期", "接收日期", "收到转办日期", "登记日期", "受理时间", "收到时间"],
        "complaint.receivedDate": ["投诉日期", "投诉时间", "投诉受理日期", "来件日期"],
        "transferredDate": ["转办日期", "转交日期", "转办时间", "交办日期", "移交日期"],
        "channel": ["渠道", "投诉渠道", "来源渠道", "受理渠道", "投诉方式"],
        "channelTicket": ["工单号", "渠道工单号", "工单编号"],
        "domain": ["领域", "涉及领域", "所属领域", "行业领域"],
        "behaviour": ["失信行为", "行为", "行为类型", "违约行为", "失信类型", "违约类型"],
        "summary": ["摘要", "内容", "投诉内容", "案例内容", "情况摘要", "失信行为描述", "情况描述", "问题描述", "投诉事项",
                    "事项描述"],
        "status": ["状态", "当前状态"],
        "complaint.status": ["投诉状态", "处理状态", "办理进度"],
        "dishonesty.status": ["信用修复状态", "修复状态", "失信状态", "信用状态"],
        "sanction.status": ["执行状态", "惩戒状态"],
        "arrears.status": ["清偿状态", "支付状态"],
        "contract.performanceStatus": ["履行状态", "合同状态", "合同履行状态"],
        "contract.title": ["协议名称", "合同协议名称"],
        "contract.number": ["协议编号", "合同号"],
        "contract.amount": ["协议金额", "合同总金额"],
        "signedDate": ["签订时间", "签约日期", "签署日期", "合同签订日期"],
        "amountInvolved": ["涉及金额", "金额", "涉案金额", "拖欠金额", "欠款金额", "违约金额"],
        "amountOwed": ["欠款金额", "拖欠金额", "应付金额"],
        "amountPaid": ["已付金额", "已支付金额", "已还金额"],
        "dueDate": ["应付日期", "到期日期", "约定付款日期"],
        "verifiedDate": ["核实日期", "核实完成日期", "核查日期"],
        "identifiedDate": ["认定日期", "认定时间", "失信认定日期"],
        "decisionNumber": ["认定文书号", "文书号", "决定文号", "文号", "认定文号", "决定书编号"],
        "facts": ["失信事实", "事实", "违约事实", "失信情形", "失信行为描述", "情况描述", "事实描述", "违约失信行为描述"],
        // A wide row's dishonesty is the complaint's case: its facts are what the complaint says.
        "dishonesty.facts": ["投诉内容", "投诉事项"],
        "severity": ["失信程度", "严重程度", "程度", "失信等级"],
        "source": ["来源", "信息来源"],
        "relation": ["关系", "核实关系", "部门关系"],
        "result": ["核实结果", "结果"],
        "measure": ["惩戒措施", "措施", "措施类型"],
        "basis": ["依据", "惩戒依据", "法律依据"],
        "startDate": ["起始日期", "开始日期", "起始时间"],
        "targetDivisionCode": ["惩戒对象区划", "对象区划", "惩戒对象区划代码"],
        "restoredDate": ["修复日期", "信用修复日期", "修复时间", "修复完成日期"],
        "note": ["备注", "说明"],
    ]
}
