import Foundation

/// The provincial profiles and data the fuzz entry points use: the bundled samples' profiles (`samples/*/profile.yaml`,
/// comments left out; the CSV one with encoding detection instead of a fixed GB18030, so that both encodings of the
/// corpus reach the same mapping) and the first records of their exports, in UTF-8.
enum FuzzProfiles {
    static let csv = load(csvText, "zhejiang-33.yaml")
    static let xml = load(xmlText, "guangdong-44.yaml")
    static let yaml = load(yamlText, "sichuan-51.yaml")

    /// A small export for `source` (the profile target's data), in the encoding the profile fixes.
    static func data(for source: ProfileSource) -> [UInt8] {
        let text: String
        switch source.format {
        case .csv, .jsonLines: text = csvData
        case .xml: text = xmlData
        case .yaml: text = yamlData
        }
        guard source.encoding == .gb18030 else { return Array(text.utf8) }
        // Foundation's GB_18030_2000 (PLATFORM.md §4); the library itself only ever decodes GB18030.
        return Array(text.data(using: String.Encoding(rawValue: 0x8000_0632)) ?? Data(text.utf8))
    }

    /// Fixed text: a test (`FuzzRegressionTests`) checks that each loads, so `nil` never reaches the fuzzer.
    private static func load(_ text: String, _ name: String) -> Profile? {
        try? ProfileLoader.load(text: text, file: name)
    }

    static let csvText = """
profile: 1
standard: gov-integrity/1.0
name: 浙江省公共信用信息平台 政府违约失信专栏导出
source:
  format: csv
defaults:
  dateStyles: [yyyy年M月d日, yyyy/M/d, yyyyMMdd]
  amountUnit: 万元
categories:
  - category: complaint
    when: 投诉编号
    fields:
      id: 投诉编号
      receivedDate: 受理日期
      channel:
        from: 投诉渠道
        values: {来信来访: PETITION}
      complainant.name: 投诉企业
      complainant.uscc: 投诉企业统一社会信用代码
      respondent.name: 被投诉单位
      respondent.uscc: 被投诉单位统一社会信用代码
      respondent.level: 被投诉单位层级
      respondent.divisionCode: 被投诉单位区划
      domain: 领域
      behaviour: 失信行为
      amountInvolved: 涉及金额（万元）
      summary: 投诉内容
      status: 办理状态
      transferredDate: 转办日期
      transferredTo.name: 转办部门
      transferredTo.uscc: 转办部门统一社会信用代码
  - category: verification
    when: 核实编号
    fields:
      id: 核实编号
      complaintId: 投诉编号
      department.name: 转办部门
      department.uscc: 转办部门统一社会信用代码
      relation: 核实关系
      receivedDate: 收到转办日期
      verifiedDate: 核实完成日期
      result: 核实结果
      nonPerformanceReason: 未履约原因
      rectificationOrderedDate: 督促整改日期
      rectificationDeadline: 整改期限
      rectificationOutcome: 整改结果
  - category: dishonesty
    when: 失信编号
    fields:
      id: 失信编号
      entity.name: 被投诉单位
      entity.uscc: 被投诉单位统一社会信用代码
      entity.level: 被投诉单位层级
      entity.divisionCode: 被投诉单位区划
      department.name: 转办部门
      department.uscc: 转办部门统一社会信用代码
      decisionNumber: 认定文书号
      identifiedDate: 认定日期
      domain: 领域
      behaviour: 失信行为
      facts: 投诉内容
      amountInvolved: 涉及金额（万元）
      counterparty.name: 投诉企业
      counterparty.uscc: 投诉企业统一社会信用代码
      source: {value: COMPLAINT}
      complaintId: 投诉编号
      verificationId: 核实编号
      severity: 失信程度
      status: {value: ACTIVE}
"""

    static let xmlText = """
profile: 1
standard: gov-integrity/1.0
name: 广东省信用平台 政府失信信息报送
source:
  format: xml
  records: 失信信息报送/记录列表/失信记录
categories:
  - category: dishonesty
    fields:
      id: "@编号"
      entity.name: 失信主体/名称
      entity.uscc: 失信主体/统一社会信用代码
      entity.kind:
        from: 失信主体/@类型
        values: {机关: GOVERNMENT_DEPARTMENT}
      entity.level: 失信主体/层级
      entity.divisionCode: 失信主体/区划
      department.name: 认定部门/名称
      department.uscc: 认定部门/统一社会信用代码
      decisionNumber: 认定文书号
      identifiedDate: 认定日期
      domain: 领域
      behaviour: 行为
      facts: 失信事实
      amountInvolved: 涉及金额
      counterparty.name: 相对方企业/名称
      counterparty.uscc: 相对方企业/统一社会信用代码
      source: {value: MONITORING}
      severity: 严重程度
      status: 状态
  - category: sanction
    when: 惩戒措施/@编号
    fields:
      id: 惩戒措施/@编号
      dishonestyId: "@编号"
      measure: 惩戒措施/措施
      authorityLevel: 惩戒措施/实施层级
      authority.name: 惩戒措施/实施部门
      targetDivisionCode: 惩戒措施/惩戒对象区划
      basis: 惩戒措施/依据
      startDate: 惩戒措施/起始日期
      status: {value: IN_FORCE}
"""

    static let yamlText = """
profile: 1
standard: gov-integrity/1.0
name: 四川省拖欠民营企业账款清理台账
source:
  format: yaml
  records: 数据.台账
defaults:
  dateStyles: [yyyy年M月d日]
  amountUnit: 万元
categories:
  - category: arrears
    fields:
      id: 台账编号
      debtor.name: 欠款单位.名称
      debtor.uscc: 欠款单位.统一社会信用代码
      debtor.level: 欠款单位.层级
      debtor.divisionCode: 欠款单位.区划
      creditor.name: 债权企业.名称
      creditor.uscc: 债权企业.统一社会信用代码
      amountOwed: 欠款金额万元
      amountPaid: 已付金额万元
      dueDate: 应付日期
      verifiedDate: 核实日期
      source:
        from: 来源
        values: {工信部平台: MIIT_PLATFORM, 地方梳理: LOCAL_SORTING, 审计发现: AUDIT}
      status:
        from: 状态
        values: {未支付: OUTSTANDING, 部分支付: PARTIALLY_PAID, 已结清: SETTLED}
"""

    static let csvData = """
投诉编号,受理日期,投诉渠道,投诉企业,投诉企业统一社会信用代码,被投诉单位,被投诉单位统一社会信用代码,被投诉单位层级,被投诉单位区划,领域,失信行为,投诉内容,办理状态,转办日期,转办部门,转办部门统一社会信用代码,核实编号,核实关系,收到转办日期,核实完成日期,核实结果,未履约原因,督促整改日期,整改期限,整改结果,失信编号,认定文书号,认定日期,失信程度,涉及金额（万元）
ZJ-C-2024-0001,2024年1月8日,信用网站,杭州西溪智造科技有限公司,91330106906842191F,杭州市西湖区经济和信息化局,11330106333271677L,县级,330106,产业扶持,违约,协议约定2023年9月30日前拨付第二期扶持资金150万元，逾期未拨付。,已认定失信,2024年1月10日,杭州市西湖区人民政府,11330106919755169W,ZJ-V-2024-0001,上级部门,2024年1月10日,2024年2月5日,属实,人员变动,2024年2月6日,2024年3月6日,拒不整改,ZJ-D-2024-0001,西政信认〔2024〕1号,2024年3月10日,一般,150
ZJ-C-2024-0002,2024/5/20,来信来访,杭州滨江云栖数据服务有限公司,91330108561216514A,杭州市滨江区商务局,11330108691694872Y,县级,330108,招商引资,政策承诺不兑现,"招商协议承诺的""三免两减半""税收返还,
新任领导到任后不再兑现。",核实中,2024/5/22,杭州市滨江区人民政府,113301080712468333,,,,,,,,,,,,,,86.5

"""

    static let xmlData = """
<?xml version="1.0" encoding="UTF-8"?>
<!-- 广东省信用平台 政府失信信息报送（嵌套 XML，省内自定元素名） -->
<失信信息报送 报送单位="广东省发展和改革委员会" 报送日期="2024-09-30">
  <报送说明>按月全量报送</报送说明>
  <记录列表>
    <失信记录 编号="GD-D-2024-0001">
      <失信主体 类型="机关">
        <名称>深圳市福田区住房和建设局</名称>
        <统一社会信用代码>114403045883426254</统一社会信用代码>
        <层级>县级</层级>
        <区划>440304</区划>
      </失信主体>
      <认定部门>
        <名称>深圳市福田区人民政府</名称>
        <统一社会信用代码>11440304484516045T</统一社会信用代码>
      </认定部门>
      <认定文书号>深福府信认〔2024〕3号</认定文书号>
      <认定日期>2024-03-15</认定日期>
      <领域>招标投标</领域>
      <行为>拖欠账款</行为>
      <失信事实><![CDATA[中标项目竣工验收后拖欠工程款256万元，经督促拒不整改。]]></失信事实>
      <涉及金额 单位="元">2560000.00</涉及金额>
      <相对方企业>
        <名称>深圳市鹏程建筑工程有限公司</名称>
        <统一社会信用代码>91440304485364477U</统一社会信用代码>
      </相对方企业>
      <严重程度>严重</严重程度>
      <状态>有效</状态>
      <惩戒措施 编号="GD-S-2024-0001">
        <措施>限制政府资金支持</措施>
        <实施层级>县级</实施层级>
        <实施部门>深圳市福田区财政局</实施部门>
        <依据>《深圳市政府失信惩戒办法》第十二条</依据>
        <起始日期>2024-03-20</起始日期>
      </惩戒措施>
    </失信记录>
  </记录列表>
</失信信息报送>

"""

    static let yamlData = """
# 四川省拖欠民营企业账款清理台账（导出）
导出单位: 四川省经济和信息化厅
导出日期: 2024年1月31日
数据:
  台账:
    - 台账编号: SC-A-2023-0001
      欠款单位:
        名称: 成都市锦江区教育局
        统一社会信用代码: 115101048552745170
        层级: 县级
        区划: "510104"
      债权企业:
        名称: 成都锦城教育装备有限公司
        统一社会信用代码: 91510104038386025J
      欠款金额万元: 125.6
      已付金额万元: 0
      应付日期: 2023年6月30日
      核实日期: 2023年9月1日
      来源: 工信部平台
      状态: 未支付
    - 台账编号: SC-A-2023-0002
      欠款单位:
        名称: 成都市武侯区城市管理和综合执法局
        统一社会信用代码: 11510107627533652N
        层级: 县级
        区划: "510107"
      债权企业:
        名称: 四川蜀道环卫服务有限公司
        统一社会信用代码: 915101076744774625
      欠款金额万元: 48.2
      已付金额万元: 20
      应付日期: 2023年3月31日
      核实日期: 2023年8月15日
      来源: 地方梳理
      状态: 部分支付
      备注: 分期付款协议已签订，第二期未付
    - 台账编号: SC-A-2023-0003

"""
}
