/// The level a GB/T 2260 code names, read from its shape (SPEC §1, division code).
public enum DivisionLevel: String, CaseIterable, Sendable {
    /// 省级 `XX0000`: province, autonomous region, municipality, SAR.
    case province
    /// 地级 `XXYY00`: prefecture-level city, prefecture, league, autonomous prefecture; also the `XX0100`
    /// 市辖区 grouping rows of municipalities.
    case prefecture
    /// 县级 `XXYYZZ`: county, county-level city, district, banner.
    case county

    /// The level of a 6-digit code; `nil` unless `code` is 6 ASCII digits.
    public init?(code: String) {
        guard let number = DivisionCodeRegistry.number(code) else { return nil }
        if number % 10_000 == 0 {
            self = .province
        } else if number % 100 == 0 {
            self = .prefecture
        } else {
            self = .county
        }
    }
}
