import Foundation
import Testing
@testable import GovCredit

/// `govcredit report` (SPEC §8, §IV(7)): the figures, and an HTML file that stands on its own.
@Suite("Evaluation report")
struct EvaluationReportTests {
    static let goldens = ["canonical", "zhejiang-33", "guangdong-44", "sichuan-51", "defects"]
        .map { TestFiles.repositoryRoot.appendingPathComponent("samples/packages/\($0)").path }

    static func report(_ packages: [String] = goldens) throws -> EvaluationReport {
        try EvaluationReport.build(packages: packages, validator: RecordFileValidator(options: ValidationOptions(today: fixtureToday)))
    }

    @Test("Median and p90 (nearest rank) and the share within the threshold")
    func statistics() {
        let stats = EvaluationReport.statistics(.transfer, days: [1, 2, 3, 4, 5, 6, 7, 8, 9, 30], threshold: 7)
        #expect(stats.median == 5.5 && stats.p90 == 9 && stats.withinThreshold == 7 && stats.shareWithin == 0.7)
        let odd = EvaluationReport.statistics(.identification, days: [10, 2, 6], threshold: nil)
        #expect(odd.median == 6 && odd.p90 == 10 && odd.shareWithin == nil)
        #expect(EvaluationReport.statistics(.transfer, days: [], threshold: 7).median == nil)
    }

    @Test("The golden packages: stages, punishment and quality as the records say")
    func goldenFigures() throws {
        let report = try Self.report()
        let transfer = try #require(report.stages.first { $0.stage == .transfer })
        #expect(transfer.count == 6 && transfer.median == 2 && transfer.shareWithin == 1)
        let restoration = try #require(report.stages.first { $0.stage == .restoration })
        #expect(restoration.count == 2 && restoration.threshold == 15)
        #expect(report.punishment.activeRecords == 5 && report.punishment.withSanctionInForce == 3 && report.punishment.restoredRecords == 2)
        let complaints = try #require(report.categories.first { $0.category == .complaint })
        #expect(complaints.accepted == 8 && complaints.rejected == 9)
        #expect(report.sources.contains { $0.file == "samples/zhejiang-33/export.csv" && $0.rejected == 6 })
        #expect(!report.trend.isEmpty)
        #expect(try Self.report([Self.goldens[0]]).trend.isEmpty)
    }

    @Test("A later package replaces a record and a REVOKE removes it")
    func packagesMerge() throws {
        let restored = try DisclosureFixtures.dishonesty("A-1", ["status": .string("RESTORED"), "restoredDate": .string("2024-06-01")])
        let first = try DisclosureFixtures.package([.dishonesty: [try DisclosureFixtures.dishonesty("A-1"), try DisclosureFixtures.dishonesty("B-1")]])
        let second = try DisclosureFixtures.package([.dishonesty: [restored, try DisclosureFixtures.dishonesty("B-1")]], operations: ["B-1": "REVOKE"])
        let report = try Self.report([first, second])
        #expect(report.punishment.activeRecords == 0 && report.punishment.restoredRecords == 1)
    }

    @Test("JSON parses and carries every section")
    func json() throws {
        let text = try Self.report().rendered(as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in ["standard", "thresholds", "packages", "stages", "categories", "sources", "punishment", "trend"] {
            #expect(object[key] != nil, "\(key)")
        }
    }

    @Test("HTML: one self-contained file, headline figures, then charts, then tables; A4 print rules", arguments: Language.allCases)
    func html(language: Language) throws {
        let html = try Self.report().rendered(as: .html, language: language)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        for forbidden in ["<script", "<link", "src=", "url(", "@import", "https://"] { #expect(!html.contains(forbidden), "\(forbidden)") }
        #expect(!html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://"))
        #expect(html.contains("@page { size: A4") && html.contains("@media print"))
        let cards = try #require(html.range(of: "class=\"cards\""))
        let chart = try #require(html.range(of: "<svg"))
        let table = try #require(html.range(of: "<table"))
        #expect(cards.lowerBound < chart.lowerBound && chart.lowerBound < table.lowerBound)
        #expect(html.contains(language == .zh ? "政府诚信评价报告" : "Government integrity evaluation"))
    }

    @Test("Headless Chromium renders the HTML report to a PNG that is not blank")
    func rendersInChromium() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("govcredit-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let html = directory.appendingPathComponent("report.html").path
        let png = directory.appendingPathComponent("report.png").path
        try Self.report().write(as: .html, to: html)
        let chromium = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                    "chromium is not installed: run tools/setup")
        let status = try Self.run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--screenshot=\(png)",
                                             "--window-size=1240,1754", "file://\(html)"])
        #expect(status == 0)
        let size = (try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
        #expect(size > 30_000, "PNG of \(size) bytes")
        // Decode the PNG (zlib through Python's standard library) and count pixels that are not white.
        let script = """
        import struct, sys, zlib
        data = open(sys.argv[1], 'rb').read()
        assert data[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
        idat, pos = b'', 8
        while pos < len(data):
            length, kind = struct.unpack('>I4s', data[pos:pos + 8]); body = data[pos + 8:pos + 8 + length]
            if kind == b'IHDR': width, height = struct.unpack('>II', body[:8])
            if kind == b'IDAT': idat += body
            pos += 12 + length
        raw = zlib.decompress(idat)
        print(sum(1 for b in raw if b < 200) / len(raw))
        """
        let scriptPath = directory.appendingPathComponent("ink.py").path
        try Data(script.utf8).write(to: URL(fileURLWithPath: scriptPath))
        let output = try Self.output("/usr/bin/python3", [scriptPath, png])
        let ink = try #require(Double(output.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(ink > 0.01, "share of dark bytes: \(ink)")
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func output(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
