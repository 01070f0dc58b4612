// Generated from Standards/gov-integrity/1.0/standard.yaml by tools/generate.py — do not edit.

extension StandardInfo {
    /// The standard's id: `gov-integrity`.
    public static let id = "gov-integrity"
    /// The standard's version: `1.0`.
    public static let version = "1.0"
    /// Government-integrity credit information standard.
    public static let titleEn = "Government-integrity credit information standard"
    /// 政府诚信履约信用信息标准.
    public static let titleZh = "政府诚信履约信用信息标准"
    /// The XML namespace of the canonical XML form.
    public static let xmlNamespace = "urn:govcredit:gov-integrity:1.0"
}
