import Foundation
import Testing
import GovCredit

/// The README's library example is this function, to the character: a test that compiles it and runs it, and a
/// test that the README still shows exactly this text.
@Suite("README example")
struct ReadmeExampleTests {
    @Test func theExampleRunsOnTheSamples() throws {
        let sample = TestFiles.repositoryRoot.appendingPathComponent("samples/canonical/dishonesty.jsonl").path
        #expect(try checkBeforeUpload(file: sample))
    }

    @Test func theReadmeShowsThisCode() throws {
        let readme = try String(contentsOf: TestFiles.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = "<!-- library-example"
        let afterMarker = try #require(readme.range(of: marker)).upperBound
        let fenceStart = try #require(readme.range(of: "```swift\n", range: afterMarker..<readme.endIndex)).upperBound
        let fenceEnd = try #require(readme.range(of: "\n```", range: fenceStart..<readme.endIndex)).lowerBound
        let shown = String(readme[fenceStart..<fenceEnd])
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let begin = try #require(source.range(of: "// README-BEGIN\n")).upperBound
        let end = try #require(source.range(of: "\n// README-END")).lowerBound
        #expect("import GovCredit\n\n" + source[begin..<end] == shown)
    }
}

// README-BEGIN
/// Validates a file of dishonesty records as it streams, then one record a provincial system built in code.
func checkBeforeUpload(file: String) throws -> Bool {
    let options = ValidationOptions(today: CivilDate(year: 2026, month: 1, day: 1)!)
    let counts = try RecordFileValidator(options: options).validateFile(at: file, category: .dishonesty) { outcome in
        for finding in outcome.findings {
            print("\(finding.location.file):\(finding.location.line) [\(finding.rule)] \(finding.path): \(finding.message.zh)")
        }
    }
    print("read \(counts.read), accepted \(counts.accepted), rejected \(counts.rejected)")

    let record = Dishonesty(
        id: "D-2024-001",
        entity: GovernmentEntity(name: "杭州市西湖区经济和信息化局", uscc: "11330106002495318K",
                                 level: .county, divisionCode: "330106"),
        department: Department(name: "杭州市西湖区人民政府", uscc: "113301060024901386"),
        decisionNumber: "西政信〔2024〕12号",
        identifiedDate: CivilDate(year: 2024, month: 3, day: 1)!,
        domain: .industrialSupport, behaviour: .breach,
        facts: "未按协议拨付第二期产业扶持资金150万元。",
        source: .complaint, severity: .general, status: .active)
    let result = Validator(options: options).validate(record)
    return counts.rejected == 0 && result.isAccepted
}
// README-END
