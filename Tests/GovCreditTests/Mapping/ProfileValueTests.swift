import Testing
@testable import GovCredit

/// The value rewriting a profile declares (SPEC §1): Chinese date styles, Excel serials, 万元.
@Suite("Profile date styles and units")
struct ProfileValueTests {
    @Test(arguments: [
        ("yyyy年M月d日", "2023年8月5日", "2023-08-05"),
        ("yyyy年M月d日", "２０２３年８月５日", "2023-08-05"),
        ("yyyy年M月d日", "2023年12月25日", "2023-12-25"),
        ("yyyy/M/d", "2023/8/5", "2023-08-05"),
        ("yyyy/M/d", "2023/08/05", "2023-08-05"),
        ("yyyy/M/d", "2023/1/15", "2023-01-15"),
        ("yyyyMMdd", "20230805", "2023-08-05"),
        ("yyyy.M.d", "2023.08.05", "2023-08-05"),
        ("yyyy-MM-dd", "2023-08-05", "2023-08-05"),
        ("excel", "45143", "2023-08-05"),
        ("excel", "４５１４３", "2023-08-05"),
    ])
    func datesInDeclaredStylesBecomeISO(style: String, input: String, expected: String) throws {
        let parsed = try #require(DateStyle(style)?.parse(input))
        #expect(parsed.description == expected)
    }

    @Test(arguments: [
        ("yyyy年M月d日", "2023年2月30日"), ("yyyy/M/d", "2023/13/1"), ("yyyyMMdd", "2023085"), ("yyyyMMdd", "202308051"),
        ("yyyy-MM-dd", "2023-8-5"), ("yyyy/M/d", "2023/8/5 12:00"), ("excel", "45143.5"), ("excel", "-3"), ("excel", ""),
        ("yyyy年M月d日", "2023-08-05"),
    ])
    func datesThatDoNotFitOrDoNotExistAreNotParsed(style: String, input: String) {
        #expect(DateStyle(style)?.parse(input) == nil)
    }

    @Test(arguments: ["yy/M/d", "yyyyMd", "dd/MM", "MM/dd/yyyy/MM", "", "1999-MM-dd"])
    func malformedStylesAreRejected(_ style: String) {
        #expect(DateStyle(style) == nil)
    }

    @Test(arguments: [
        ("150", "1500000.00"), ("86.5", "865000.00"), ("12.34", "123400.00"), ("0.0001", "1.00"),
        ("1.234567", "12345.67"), ("0", "0.00"), ("００７", "70000.00"),
    ])
    func tenThousandYuanIsConvertedExactly(input: String, expected: String) {
        #expect(AmountUnit.tenThousandYuan.toYuan(input) == expected)
    }

    @Test(arguments: ["1.2345678", "-1", "1,000", "1e3", "", ".5", "5."])
    func tenThousandYuanThatCannotBeExactIsLeftForTheValidator(_ input: String) {
        #expect(AmountUnit.tenThousandYuan.toYuan(input) == nil)
    }
}
