import Foundation
import Testing

/// Every sample has its expected findings committed next to it (`NAME.EXT.expected.json`: `complaint.csv` and
/// `complaint.jsonl` hold the same records but are located differently); validating the sample
/// must reproduce them byte for byte (STYLE §9). `tools/update-goldens` rewrites them after a deliberate change.
@Suite("Samples and their golden findings")
struct SampleGoldenTests {
    static let samples: [String] = {
        let root = Command.repositoryRoot.appendingPathComponent("samples")
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            let isSample = [".jsonl", ".csv", ".xml", ".yaml"].contains { path.hasSuffix($0) } && !path.hasSuffix("profile.yaml")
                && !path.hasPrefix("packages/")
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
        let golden = Command.repositoryRoot.appendingPathComponent(sample + ".expected.json")
        let expected = try String(contentsOf: golden, encoding: .utf8)
        // A folder with a profile holds a provincial export, read with that profile.
        let profile = (sample as NSString).deletingLastPathComponent + "/profile.yaml"
        let usesProfile = FileManager.default.fileExists(atPath: Command.repositoryRoot.appendingPathComponent(profile).path)
        let result = try Command.run(["validate", sample, "--format", "json", "--today", "2026-01-01"]
                                     + (usesProfile ? ["--profile", profile] : []))
        #expect(result.stdout == expected, "run tools/update-goldens and review the diff if the change is intended")
        #expect(result.status == (expected.contains(#""severity":"error""#) ? 1 : 0))
    }

    static let packages: [String] = {
        let root = Command.repositoryRoot.appendingPathComponent("samples/packages")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { $0.hasSuffix(".args") }.map { String($0.dropLast(".args".count)) }.sorted()
    }()

    @Test func everyProvincialSampleHasAGoldenPackage() {
        #expect(Set(Self.packages).isSuperset(of: ["canonical", "zhejiang-33", "guangdong-44", "sichuan-51", "defects"]))
    }

    /// Converting a sample again gives its committed package and rejects, byte for byte (issue 4).
    @Test(arguments: packages)
    func convertingASampleGivesItsGoldenPackage(_ name: String) throws {
        let root = Command.repositoryRoot.appendingPathComponent("samples/packages")
        let arguments = try String(contentsOf: root.appendingPathComponent("\(name).args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let out = scratch.appendingPathComponent(name).path
        _ = try Command.run(["convert"] + arguments + ["--out", out, "--today", "2026-01-01"])
        let golden = root.appendingPathComponent(name).path
        let files = FileManager.default.enumerator(atPath: golden)?.compactMap { $0 as? String }.filter { !$0.hasSuffix("/") } ?? []
        #expect(!files.isEmpty)
        for file in files {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: golden + "/" + file, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            let expected = try Data(contentsOf: URL(fileURLWithPath: golden + "/" + file))
            let actual = try? Data(contentsOf: URL(fileURLWithPath: out + "/" + file))
            #expect(actual == expected, "\(name)/\(file) differs from the golden package (tools/update-goldens after review)")
        }
        let produced = FileManager.default.enumerator(atPath: out)?.compactMap { $0 as? String } ?? []
        #expect(Set(produced) == Set(files), "the package holds other files than the golden one")
        let expectedRejects = try Data(contentsOf: root.appendingPathComponent("\(name).rejects.jsonl"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + ".rejects.jsonl")) == expectedRejects)
    }
}
