import Foundation
import Testing

/// `govcredit template` through the real binary: a template filled with one row validates with no profile.
@Suite("govcredit template")
struct TemplateCommandTests {
    @Test("template → one row → validate: exit 0, no finding", arguments: ["zh", "en"])
    func roundTrip(lang: String) throws {
        let path = try Command.temporaryFile(named: "33-clue.csv", text: "")
        let written = try Command.run(["template", "clue", "--lang", lang, "--out", path])
        #expect(written.status == 0, "\(written.stderr)")
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        bytes += Array("CL-9,2024-05-06,BIG_DATA_MONITORING,,,,杭州市西湖区经济和信息化局,11330106002495318K,,COUNTY,330106,大数据监测发现拖欠款项。,330106,,PENDING,\r\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let result = try Command.run(["validate", path, "--format", "json", "--today", "2026-01-01"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("\"findings\":[\n]") && result.stdout.contains("\"accepted\":1"))
    }

    @Test("An unknown category cannot run: exit 2")
    func unknownCategory() throws {
        #expect(try Command.run(["template", "nonsense"]).status == 2)
    }
}
