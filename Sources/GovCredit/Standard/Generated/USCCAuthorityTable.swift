// Generated from Standards/gov-integrity/1.0/identifiers.yaml by tools/generate.py — do not edit.

extension USCCRegistrationAuthority {
    /// The standard whose table this is: `gov-integrity` version `1.0`.
    static let tableStandard = (id: "gov-integrity", version: "1.0")

    /// GB 32100-2015 registration authorities (登记管理部门, USCC character 1) with the organisation types
    /// (机构类别, character 2) each assigns.
    static let table: [USCCRegistrationAuthority] = [
        // identifiers.yaml: registrationAuthorities[code=1] 机构编制
        USCCRegistrationAuthority(
            code: "1", nameZH: "机构编制",
            nameEN: "Institutional establishment administration",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "机关", nameEN: "Government organ"),
                USCCOrganizationType(code: "2", nameZH: "事业单位", nameEN: "Public institution"),
                USCCOrganizationType(code: "3", nameZH: "中央编办直接管理机构编制的群众团体", nameEN: "Mass organisation whose establishment the Central Establishment Office manages directly"),
                USCCOrganizationType(code: "9", nameZH: "其他", nameEN: "Other"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=2] 外交
        USCCRegistrationAuthority(
            code: "2", nameZH: "外交",
            nameEN: "Foreign affairs",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "外国常驻新闻机构", nameEN: "Resident office of a foreign news organisation"),
                USCCOrganizationType(code: "9", nameZH: "其他", nameEN: "Other"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=3] 司法行政
        USCCRegistrationAuthority(
            code: "3", nameZH: "司法行政",
            nameEN: "Judicial administration",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "律师执业机构", nameEN: "Law firm"),
                USCCOrganizationType(code: "2", nameZH: "公证处", nameEN: "Notary office"),
                USCCOrganizationType(code: "3", nameZH: "基层法律服务所", nameEN: "Grassroots legal service office"),
                USCCOrganizationType(code: "4", nameZH: "司法鉴定机构", nameEN: "Forensic examination institution"),
                USCCOrganizationType(code: "5", nameZH: "仲裁委员会", nameEN: "Arbitration commission"),
                USCCOrganizationType(code: "9", nameZH: "其他", nameEN: "Other"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=4] 文化
        USCCRegistrationAuthority(
            code: "4", nameZH: "文化",
            nameEN: "Culture",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "外国在华文化中心", nameEN: "Foreign cultural centre in China"),
                USCCOrganizationType(code: "9", nameZH: "其他", nameEN: "Other"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=5] 民政
        USCCRegistrationAuthority(
            code: "5", nameZH: "民政",
            nameEN: "Civil affairs",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "社会团体", nameEN: "Social organisation"),
                USCCOrganizationType(code: "2", nameZH: "民办非企业单位", nameEN: "Private non-enterprise unit"),
                USCCOrganizationType(code: "3", nameZH: "基金会", nameEN: "Foundation"),
                USCCOrganizationType(code: "9", nameZH: "其他", nameEN: "Other"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=6] 旅游
        USCCRegistrationAuthority(
            code: "6", nameZH: "旅游",
            nameEN: "Tourism",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "外国旅游部门常驻代表机构", nameEN: "Resident representative office of a foreign tourism authority"),
                USCCOrganizationType(code: "2", nameZH: "港澳台地区旅游部门常驻内地（大陆）代表机构", nameEN: "Resident mainland representative office of a Hong Kong"),
                USCCOrganizationType(code: "9", nameZH: "其他", nameEN: "Other"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=7] 宗教
        USCCRegistrationAuthority(
            code: "7", nameZH: "宗教",
            nameEN: "Religious affairs",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "宗教活动场所", nameEN: "Venue for religious activities"),
                USCCOrganizationType(code: "2", nameZH: "宗教院校", nameEN: "Religious school"),
                USCCOrganizationType(code: "9", nameZH: "其他", nameEN: "Other"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=8] 工会
        USCCRegistrationAuthority(
            code: "8", nameZH: "工会",
            nameEN: "Trade unions",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "基层工会", nameEN: "Grassroots trade union"),
                USCCOrganizationType(code: "9", nameZH: "其他", nameEN: "Other"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=9] 工商（市场监管）
        USCCRegistrationAuthority(
            code: "9", nameZH: "工商（市场监管）",
            nameEN: "Industry and commerce (now market regulation)",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "企业", nameEN: "Enterprise"),
                USCCOrganizationType(code: "2", nameZH: "个体工商户", nameEN: "Individual business"),
                USCCOrganizationType(code: "3", nameZH: "农民专业合作社", nameEN: "Farmers' specialised cooperative"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=A] 中央军委改革和编制办公室
        USCCRegistrationAuthority(
            code: "A", nameZH: "中央军委改革和编制办公室",
            nameEN: "Reform and Establishment Office of the Central Military Commission",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "军队事业单位", nameEN: "Military public institution"),
                USCCOrganizationType(code: "9", nameZH: "其他", nameEN: "Other"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=N] 农业
        USCCRegistrationAuthority(
            code: "N", nameZH: "农业",
            nameEN: "Agriculture",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "组级集体经济组织", nameEN: "Group-level collective economic organisation"),
                USCCOrganizationType(code: "2", nameZH: "村级集体经济组织", nameEN: "Village-level collective economic organisation"),
                USCCOrganizationType(code: "3", nameZH: "乡镇级集体经济组织", nameEN: "Township-level collective economic organisation"),
                USCCOrganizationType(code: "9", nameZH: "其他", nameEN: "Other"),
            ]
        ),
        // identifiers.yaml: registrationAuthorities[code=Y] 其他
        USCCRegistrationAuthority(
            code: "Y", nameZH: "其他",
            nameEN: "Other",
            organizationTypes: [
                USCCOrganizationType(code: "1", nameZH: "其他", nameEN: "Other"),
            ]
        ),
    ]
}
