import Foundation
@testable import GovCredit

/// Independent reference implementations of the check characters, written from the standards' formulas
/// rather than from the production code (different tables, different arithmetic), so the tests can build
/// valid codes without trusting what they test.
enum IdentifierReference {
    static let usccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    static let organizationAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    /// GB 32100: weight of position i is 3^i mod 31; check = (31 − Σ mod 31) mod 31.
    static func usccCheck(_ first17: String) -> Character {
        var weight = 1
        var sum = 0
        for character in first17 {
            let value = usccAlphabet.distance(from: usccAlphabet.startIndex,
                                              to: usccAlphabet.firstIndex(of: character)!)
            sum += value * weight
            weight = weight * 3 % 31
        }
        let index = (31 - sum % 31) % 31
        return usccAlphabet[usccAlphabet.index(usccAlphabet.startIndex, offsetBy: index)]
    }

    /// GB 11714: C9 = 11 − Σ mod 11 with weights 3,7,9,10,5,8,4,2; 10 → X, 11 → 0.
    static func organizationCheck(_ body: String) -> Character {
        let weights = [3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (character, weight) in zip(body, weights) {
            sum += organizationAlphabet.distance(from: organizationAlphabet.startIndex,
                                                 to: organizationAlphabet.firstIndex(of: character)!) * weight
        }
        let value = 11 - sum % 11
        return value == 10 ? "X" : value == 11 ? "0" : Character(String(value))
    }

    /// ISO 7064 MOD 11-2: weight 2^(17−i) mod 11; the check c makes Σ + c ≡ 1 (mod 11); 10 → X.
    static func idNumberCheck(_ first17: String) -> Character {
        var sum = 0
        for (index, character) in first17.enumerated() {
            var weight = 1
            for _ in 0..<(17 - index) { weight = weight * 2 % 11 }
            sum += Int(String(character))! * weight
        }
        let value = (12 - sum % 11) % 11
        return value == 10 ? "X" : Character(String(value))
    }

    /// A USCC from its first 8 characters and the 8-character organisation-code body, with both check
    /// characters computed.
    static func uscc(prefix: String, body: String) -> String {
        let first17 = prefix + body + String(organizationCheck(body))
        return first17 + String(usccCheck(first17))
    }

    static func idNumber(division: String, birth: String, sequence: String) -> String {
        let first17 = division + birth + sequence
        return first17 + String(idNumberCheck(first17))
    }
}

/// Deterministic pseudo-random numbers (SplitMix64), so generated test inputs are the same on every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum IdentifierTestFiles {
    /// The repository root: the nearest folder above this file holding `Standards/gov-integrity`.
    static func repositoryRoot(from file: String = #filePath) throws -> URL {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Standards/gov-integrity").path) {
                return folder
            }
            folder.deleteLastPathComponent()
        }
        throw LocateError(file: file)
    }

    struct LocateError: Error, CustomStringConvertible {
        let file: String
        var description: String { "no Standards/gov-integrity above \(file)" }
    }

    /// Runs `python3 ARGUMENTS` (found through `/usr/bin/env`) in the repository root; stdout, stderr and the
    /// exit status.
    static func runPython(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let root = try repositoryRoot()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = root
        let errorFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("govcredit-ids-stderr-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let outputPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorHandle
        try process.run()
        // Read to the end before waiting: the output (tens of kB) can exceed the pipe buffer.
        let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), errors)
    }
}
