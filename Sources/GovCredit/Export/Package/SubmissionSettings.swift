/// The department that submits a package (SPEC §7: submitter department name, USCC and division).
public struct Submitter: Hashable, Sendable {
    /// The department's name (单位名称) as the manifest states it; must not be blank.
    public var name: String
    /// The department's 统一社会信用代码 (18 characters); ``SubmissionSettings/check()`` rejects an invalid one.
    public var uscc: String
    /// The department's six-digit GB/T 2260 行政区划代码; its first two digits are ``province``.
    public var divisionCode: String

    /// Creates a submitter; the values are checked by ``SubmissionSettings/check()``, not here.
    public init(name: String, uscc: String, divisionCode: String) {
        self.name = name
        self.uscc = uscc
        self.divisionCode = divisionCode
    }

    /// The two-digit province prefix of the national key (SPEC §1).
    public var province: String { String(divisionCode.prefix(2)) }
}

/// Which record files a package holds (SPEC §7: JSON Lines per category and/or one XML document).
public enum PackageFormat: String, CaseIterable, Sendable {
    /// One canonical JSON Lines file per category (`records/<category>.jsonl`).
    case jsonl
    /// One XML document (`records.xml`) holding every category.
    case xml
    /// Both forms, with the same records (the default).
    case both

    var writesJSONLines: Bool { self != .xml }
    var writesXML: Bool { self != .jsonl }
}

/// Everything about a package that is not a record: who submits it, its batch, its time, its form, and the
/// package it follows (incremental mode).
public struct SubmissionSettings: Sendable {
    /// The department that submits the package.
    public var submitter: Submitter
    /// 1–64 characters of `[A-Za-z0-9._-]`.
    public var batchID: String
    /// ISO 8601 with an offset, e.g. `2026-11-27T02:00:00+08:00`.
    public var createdAt: String
    /// Which record files to write; ``PackageFormat/both`` by default.
    public var format: PackageFormat
    /// Replace an existing package at the destination.
    public var force: Bool
    /// The previous package: only changes are emitted (ADD, UPDATE, RESTORE, REVOKE).
    public var previousPackage: String?
    /// The digests the manifest gives for every file: SHA-256 always (SPEC §7), SM3 for 国密 deployments
    /// (SPEC §8). Both by default; SHA-256 alone saves the SM3 pass over every file (OpenSSL's SM3 runs at
    /// about a fifth of SHA-256's speed here, see BENCHMARKS.md).
    public var digests: Set<DigestAlgorithm>

    /// Creates settings; nothing is checked until ``check()``, which the converter calls before writing.
    public init(submitter: Submitter, batchID: String, createdAt: String, format: PackageFormat = .both,
                force: Bool = false, previousPackage: String? = nil, digests: Set<DigestAlgorithm> = Set(DigestAlgorithm.allCases)) {
        self.submitter = submitter
        self.batchID = batchID
        self.createdAt = createdAt
        self.format = format
        self.force = force
        self.previousPackage = previousPackage
        self.digests = digests
    }

    /// ``digests`` in manifest order.
    var digestAlgorithms: [DigestAlgorithm] { DigestAlgorithm.allCases.filter(digests.contains) }

    /// Checks the settings a platform would reject: the submitter's identifiers, the batch id, the timestamp.
    public func check() throws(InputError) {
        guard !TextNormalization.trim(submitter.name).isEmpty else {
            throw .invalidSetting("--submitter-name", "报送单位名称不能为空", "the submitter name must not be empty")
        }
        if UnifiedSocialCreditCode.validate(submitter.uscc).contains(where: { $0.severity == .error }) {
            throw .invalidSetting("--submitter-uscc", "报送单位统一社会信用代码“\(submitter.uscc)”无效",
                                  "the submitter's unified social credit code '\(submitter.uscc)' is invalid")
        }
        if DivisionCode.validate(submitter.divisionCode, on: nil).contains(where: { $0.severity == .error }) {
            throw .invalidSetting("--submitter-division", "报送单位行政区划代码“\(submitter.divisionCode)”无效",
                                  "the submitter's division code '\(submitter.divisionCode)' is invalid")
        }
        guard FieldChecker.isRecordID(batchID) else {
            throw .invalidSetting("--batch-id", "批次号应为 1–64 位字母、数字、点、下划线或连字符",
                                  "the batch id must be 1–64 characters of A–Z, a–z, 0–9, '.', '_', '-'")
        }
        guard digests.contains(.sha256) else {
            throw .invalidSetting("--digests", "每个报送文件都须有 SHA-256 摘要（可另加 SM3）",
                                  "every package file needs a SHA-256 digest (SM3 may be added)")
        }
        guard Timestamp.isWellFormed(createdAt) else {
            throw .invalidSetting("--created-at", "创建时间应为带时区的 ISO 8601 时间，如 2026-11-27T02:00:00+08:00",
                                  "the creation time must be ISO 8601 with an offset, such as 2026-11-27T02:00:00+08:00")
        }
    }
}

/// ISO 8601 timestamps with an offset (SPEC §1: default `+08:00`).
public enum Timestamp {
    /// `YYYY-MM-DDThh:mm:ss` then `Z` or `±hh:mm`, with a date that exists and a time that does.
    public static func isWellFormed(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20 || bytes.count == 25, bytes[10] == UInt8(ascii: "T"),
              CivilDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)) != nil else { return false }
        func number(_ range: Range<Int>) -> Int? {
            guard bytes[range].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return Int(String(decoding: bytes[range], as: UTF8.self))
        }
        guard bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              hour < 24, minute < 60, second < 60 else { return false }
        if bytes.count == 20 { return bytes[19] == UInt8(ascii: "Z") }
        guard bytes[19] == UInt8(ascii: "+") || bytes[19] == UInt8(ascii: "-"), bytes[22] == UInt8(ascii: ":"),
              let offsetHour = number(20..<22), let offsetMinute = number(23..<25) else { return false }
        return offsetHour <= 14 && offsetMinute < 60
    }

    /// Now at UTC+08:00: `2026-11-27T10:42:05+08:00`.
    public static func nowInChina(now: Date = Date()) -> String {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + 8 * 3600
        let day = CivilDate.todayInChina(now: now)
        let secondOfDay = ((seconds % 86_400) + 86_400) % 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))+08:00"
    }
}

import Foundation
