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
            let isSample = [".jsonl", ".csv", ".xml", ".yaml"].contains { path.hasSuffix($0) } && !path.hasSuffix("profile.yaml")
            if isSample { found.append("samples/" + path) }
        }
        return found.sorted()
    }()

    @Test func thereAreSamplesOfEveryCategoryAndWithDefects() {
        #expect(Self.samples.count >= 12)
        #expect(Self.samples.contains("samples/defects/complaint.jsonl"))
        for form in ["samples/zhejiang-33/export.csv", "samples/guangdong-44/export.xml", "samples/sichuan-51/export.yaml",
                     "samples/canonical/complaint.csv", "samples/canonical/records.xml", "samples/canonical/dishonesty.yaml"] {
            #expect(Self.samples.contains(form))
        }
    }

    @Test(arguments: samples)
    func validatingASampleGivesItsGoldenFindings(_ sample: String) throws {
        let stem = sample[..<(sample.lastIndex(of: ".") ?? sample.endIndex)]
        let golden = Command.repositoryRoot.appendingPathComponent(stem + ".expected.json")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        // A folder with a profile holds a provincial export, read with that profile.
        let profile = (sample as NSString).deletingLastPathComponent + "/profile.yaml"
        let usesProfile = FileManager.default.fileExists(atPath: Command.repositoryRoot.appendingPathComponent(profile).path)
        let result = try Command.run(["validate", sample, "--format", "json", "--today", "2026-01-01"]
                                     + (usesProfile ? ["--profile", profile] : []))
        #expect(result.stdout == expected, "run tools/update-goldens and review the diff if the change is intended")
        #expect(result.status == (expected.contains(#""severity":"error""#) ? 1 : 0))
    }
}
