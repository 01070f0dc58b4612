import Foundation
import Testing
@testable import GovCredit

/// Package-file digests (SPEC §8 "Integrity"): SHA-256 and SM3 through OpenSSL, checked against published test
/// vectors and against independent implementations (the `openssl dgst` command, Python's `hashlib`).
@Suite("Digests")
struct DigestTests {
    // MARK: Known answers

    /// Published vectors: GB/T 32905-2016 Appendix A (SM3) and FIPS 180-4 examples (SHA-256).
    static let knownAnswers: [(DigestAlgorithm, String, String)] = [
        (.sm3, "abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"),
        (.sm3, String(repeating: "abcd", count: 16), "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"),
        (.sha256, "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (.sha256, "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (.sha256, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ]

    @Test(arguments: knownAnswers)
    func knownAnswer(algorithm: DigestAlgorithm, input: String, expected: String) throws {
        let digest = try StreamingDigest(algorithm)
        digest.update(Array(input.utf8))
        let hex = digest.finalize()
        #expect(hex == expected)
        #expect(hex.count == algorithm.hexLength)
    }

    @Test(arguments: [(DigestAlgorithm.sha256, "SHA-256", 64), (.sm3, "SM3", 64)])
    func algorithmNamesAndLengths(algorithm: DigestAlgorithm, manifestName: String, hexLength: Int) throws {
        #expect(algorithm.rawValue == manifestName)
        #expect(algorithm.hexLength == hexLength)
        let encoded = try JSONEncoder().encode([algorithm])
        #expect(String(decoding: encoded, as: UTF8.self) == "[\"\(manifestName)\"]")
        #expect(try JSONDecoder().decode([DigestAlgorithm].self, from: encoded) == [algorithm])
    }

    // MARK: Streaming equals one-shot

    @Test(arguments: DigestAlgorithm.allCases)
    func splittingAtEveryOffsetGivesTheOneShotDigest(algorithm: DigestAlgorithm) throws {
        let input = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let expected = try Self.oneShot(algorithm, input)
        for offset in 0...input.count {
            let digest = try StreamingDigest(algorithm)
            digest.update(Array(input[..<offset]))
            input[offset...].withUnsafeBytes { digest.update($0) }
            #expect(digest.finalize() == expected, "split at \(offset)")
        }
    }

    @Test(arguments: DigestAlgorithm.allCases)
    func randomChunksGiveTheOneShotDigest(algorithm: DigestAlgorithm) throws {
        var generator = SplitMix64(seed: 0x5EED_D16E)
        let input = Self.randomBytes(3_000_017, using: &generator)
        let digest = try StreamingDigest(algorithm)
        var start = 0
        while start < input.count {
            // Empty chunks included: an update of nothing must change nothing.
            let end = min(input.count, start + Int.random(in: 0...100_000, using: &generator))
            input[start..<end].withUnsafeBytes { digest.update($0) }
            start = end
        }
        #expect(digest.finalize() == (try Self.oneShot(algorithm, input)))
    }

    // MARK: Several algorithms at once

    @Test func multiDigestEqualsEachDigestAloneAndComputesDuplicatesOnce() throws {
        let input = Array("政务诚信 government integrity".utf8)
        var multi = try MultiDigest([.sm3, .sha256, .sm3])
        #expect(multi.algorithms == [.sm3, .sha256])
        multi.update(Array(input[..<7]))
        input[7...].withUnsafeBytes { multi.update($0) }
        #expect(multi.finalize() == [.sha256: try Self.oneShot(.sha256, input), .sm3: try Self.oneShot(.sm3, input)])
    }

    /// The digests computed on their own threads, fed in random pieces: the one-shot digests, at sizes on both
    /// sides of the chunk the threads receive, empty included.
    @Test(arguments: [0, 1, ThreadedDigests.chunkSize - 1, ThreadedDigests.chunkSize, ThreadedDigests.chunkSize + 1,
                      ThreadedDigests.chunkSize * 9 + 12_345])
    func threadedDigestsEqualTheOneShotDigests(size: Int) throws {
        var generator = SplitMix64(seed: UInt64(size) &+ 0xD16E)
        let input = Self.randomBytes(size, using: &generator)
        let digests = try ThreadedDigests([.sm3, .sha256, .sm3])
        var start = 0
        while start < input.count {
            let end = min(input.count, start + Int.random(in: 0...300_000, using: &generator))
            input[start..<end].withUnsafeBytes { digests.update($0) }
            start = end
        }
        #expect(try digests.finalize() == (try Self.oneShotAll(input)))
    }

    @Test func multiDigestCopiesAreIndependent() throws {
        let head = Array("abc".utf8), tail = Array("def".utf8)
        var original = try MultiDigest(DigestAlgorithm.allCases)
        original.update(head)
        var copy = original
        copy.update(tail)
        original.update([])
        let expectedHead = try Self.oneShotAll(head), expectedBoth = try Self.oneShotAll(head + tail)
        #expect(copy.finalize() == expectedBoth)
        #expect(original.finalize() == expectedHead)
        #expect(expectedHead[.sm3] == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
    }

    // MARK: Files, cross-checked against independent implementations

    static let fileSizes = [0, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 5_000_011]

    @Test(arguments: fileSizes)
    func fileDigestMatchesTheOpenSSLCommand(size: Int) throws {
        var generator = SplitMix64(seed: UInt64(size) &+ 0xF11E)
        let path = try TestFiles.temporaryFile(named: "package-\(size).bin", contents: Self.randomBytes(size, using: &generator))
        defer { Self.removeTemporaryFile(path) }
        let digests = try MultiDigest.digest(ofFileAt: path, algorithms: DigestAlgorithm.allCases)
        #expect(digests[.sha256] == (try Self.opensslCommandDigest("-sha256", path: path)))
        #expect(digests[.sm3] == (try Self.opensslCommandDigest("-sm3", path: path)))
    }

    @Test func fileDigestMatchesPythonHashlib() throws {
        var generator = SplitMix64(seed: 0x9E7)
        let path = try TestFiles.temporaryFile(named: "package.bin", contents: Self.randomBytes((1 << 20) + 1, using: &generator))
        defer { Self.removeTemporaryFile(path) }
        let output = try Self.runTool("python3", ["-c",
            "import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], 'rb').read()).hexdigest())", path])
        let digests = try MultiDigest.digest(ofFileAt: path, algorithms: [.sha256])
        #expect(digests == [.sha256: output.trimmingCharacters(in: .whitespacesAndNewlines)])
    }

    // MARK: Errors

    @Test func aMissingFileIsACannotOpenErrorNamingIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).bin").path
        let error = try #require(throws: DigestError.self) {
            try MultiDigest.digest(ofFileAt: path, algorithms: [.sha256])
        }
        #expect(error.kind == .cannotOpen && error.file == path)
        #expect(error.description.contains(path) && error.description.contains("No such file"))
    }

    @Test func aDirectoryIsACannotOpenError() throws {
        let error = try #require(throws: DigestError.self) {
            try MultiDigest.digest(ofFileAt: FileManager.default.temporaryDirectory.path, algorithms: [.sm3])
        }
        #expect(error.kind == .cannotOpen && error.description.contains("directory"))
    }

    /// No FIPS provider is loaded here, so a `fips=yes` query finds nothing: the path an SM3-less OpenSSL takes.
    @Test(arguments: DigestAlgorithm.allCases)
    func anUnavailableAlgorithmIsAnErrorNamingIt(algorithm: DigestAlgorithm) throws {
        let error = try #require(throws: DigestError.self) {
            try StreamingDigest(algorithm, properties: "fips=yes")
        }
        #expect(error.kind == .algorithmUnavailable && error.algorithm == algorithm)
        #expect(error.text(in: .en).contains(algorithm.rawValue) && error.text(in: .zh).contains(algorithm.rawValue))
        #expect(error.openSSLError?.isEmpty == false, "OpenSSL's own error text is kept")
    }

    @Test func updatingAfterFinalizeStopsTheProcess() async {
        await #expect(processExitsWith: .failure) {
            if let digest = try? StreamingDigest(.sha256) {
                _ = digest.finalize()
                digest.update([1])
            }
        }
    }

    // MARK: Helpers

    static func oneShot(_ algorithm: DigestAlgorithm, _ bytes: [UInt8]) throws -> String {
        let digest = try StreamingDigest(algorithm)
        digest.update(bytes)
        return digest.finalize()
    }

    static func oneShotAll(_ bytes: [UInt8]) throws -> [DigestAlgorithm: String] {
        var result: [DigestAlgorithm: String] = [:]
        for algorithm in DigestAlgorithm.allCases { result[algorithm] = try oneShot(algorithm, bytes) }
        return result
    }

    static func randomBytes(_ count: Int, using generator: inout SplitMix64) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 8)
        while bytes.count < count { withUnsafeBytes(of: generator.next()) { bytes.append(contentsOf: $0) } }
        return Array(bytes.prefix(count))
    }

    static func removeTemporaryFile(_ path: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent())
    }

    /// `openssl dgst -r` prints `HEX *PATH`; the digest is the first word.
    static func opensslCommandDigest(_ option: String, path: String) throws -> String {
        let output = try runTool("openssl", ["dgst", option, "-r", path])
        return String(output.split(separator: " ").first ?? "")
    }

    struct ToolError: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `tool` found on `PATH` and returns its standard output. A missing tool or a failing run throws, so the
    /// test fails rather than passing or skipping without its independent check.
    static func runTool(_ tool: String, _ arguments: [String]) throws -> String {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard let executable = searchPath.split(separator: ":").map({ "\($0)/\(tool)" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ToolError(description: "`\(tool)` is not on PATH (\(searchPath)); the cross-check needs it")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolError(description: "`\(tool) \(arguments.joined(separator: " "))` exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
