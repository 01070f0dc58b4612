import Testing
@testable import GovCredit

@Suite struct CivilDateTests {
    @Test(arguments: ["2020-02-30", "2021-02-29", "2020-1-5", "2020-01-05x", " 2020-01-05", "2020/01/05",
                      "2019-13-01", "2019-00-10", "0000-01-01", "２０２０-01-05"])
    func rejectsWhatDoesNotExistOrIsNotIso(_ text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test(arguments: [("2020-02-29", 18321), ("1970-01-01", 0), ("1969-12-31", -1), ("2023-08-05", 19574)])
    func countsDaysFromTheEpoch(_ text: String, _ days: Int) throws {
        let date = try #require(CivilDate(iso: text))
        #expect(date.daysSinceEpoch == days)
        #expect(CivilDate(daysSinceEpoch: days) == date)
        #expect(date.description == text)
    }

    @Test func todayIsTakenInChina() throws {
        // 2023-08-04T16:30:00Z is already 2023-08-05 00:30 in Beijing.
        let instant = Date(timeIntervalSince1970: 1_691_166_600)
        #expect(CivilDate.todayInChina(now: instant) == CivilDate(year: 2023, month: 8, day: 5))
    }
}
import Foundation
