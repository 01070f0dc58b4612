import Foundation
import Testing

/// Every sample has its expected findings committed next to it (`NAME.expected.json`); validating the sample
/// must reproduce them byte for byte (STYLE §9). `tools/update-goldens` rewrites them after a deliberate change.
@Suite("Samples and their golden findings")
struct SampleGoldenTests {
    static let samples: [String] = {
        let root = Command.repositoryRoot.appendingPathComponent("samples")
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".jsonl") { found.append("samples/" + path) }
        }
        return found.sorted()
    }()

    @Test func thereAreSamplesOfEveryCategoryAndWithDefects() {
        #expect(Self.samples.count >= 12)
        #expect(Self.samples.contains("samples/defects/complaint.jsonl"))
    }

    @Test(arguments: samples)
    func validatingASampleGivesItsGoldenFindings(_ sample: String) throws {
        let golden = Command.repositoryRoot.appendingPathComponent(String(sample.dropLast(".jsonl".count)) + ".expected.json")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        let result = try Command.run(["validate", sample, "--format", "json", "--today", "2026-01-01"])
        #expect(result.stdout == expected, "run tools/update-goldens and review the diff if the change is intended")
        #expect(result.status == (expected.contains(#""severity":"error""#) ? 1 : 0))
    }
}
