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

    /// Every 37th day from 0001-01-01 to 9999-12-31: the text written is zero-padded `YYYY-MM-DD` and reads back as
    /// the same day, in both forms and from a substring.
    @Test func writesAndReadsEveryEraOfTheCalendar() throws {
        for days in stride(from: -719_162, through: 2_932_896, by: 37) {
            let date = try #require(CivilDate(daysSinceEpoch: days))
            let text = date.description
            let expected = String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
            #expect(text == expected)
            #expect(CivilDate(iso: text) == date)
            #expect(CivilDate(iso: ("x" + text + "x").dropFirst().dropLast()) == date)
            #expect(CivilDate(compact: text.replacingOccurrences(of: "-", with: "")) == date)
        }
    }

    @Test(arguments: ["2020-01-0a", "2020-0a-01", "20a0-01-01", "2020_01-01", "2020-01_01", "20200105", "2020-01-011"])
    func rejectsAStrayCharacterAnywhere(_ text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test(arguments: ["2020-105", "2020010", "202001055", "2020013a", "20201301", "20200230"])
    func rejectsCompactFormsThatAreNotADay(_ text: String) {
        #expect(CivilDate(compact: text) == nil)
    }

    @Test func todayIsTakenInChina() throws {
        // 2023-08-04T16:30:00Z is already 2023-08-05 00:30 in Beijing.
        let instant = Date(timeIntervalSince1970: 1_691_166_600)
        #expect(CivilDate.todayInChina(now: instant) == CivilDate(year: 2023, month: 8, day: 5))
    }
}
import Foundation
