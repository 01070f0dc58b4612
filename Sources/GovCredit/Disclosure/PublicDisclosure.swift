/// Public disclosure for 信用中国 (SPEC §8, notice §IV(9)): the typical cases and the ACTIVE dishonesty records
/// inside their publication window, as UTF-8 CSV with a byte-order mark (Excel, Chinese headers) and as JSON.
///
/// What is promised, and tested: no personal field (contact blocks, natural-person names, phones, ID numbers) is
/// ever written — the outputs are built from a fixed list of non-personal columns; no phone or ID number is left in
/// any text (``PersonalDataMasking``, plus the contact values of the complaint a record came from); no RESTORED or
/// REVOKED record, no record the package revokes, no record that fails the rules, no record past its window, no
/// typical case that cites a record not published. Every file is written atomically.
///
/// ```swift
/// let disclosure = PublicDisclosure(asOf: CivilDate(year: 2025, month: 1, day: 1)!)
/// let summary = try disclosure.publish(package: "out/33-20251201", to: "out/public")
/// print(summary.dishonestyPublished, summary.typicalCasesPublished)
/// ```
public struct PublicDisclosure: Sendable {
    /// Windows per severity.
    public var policy: PublicationPolicy
    /// The day the publication is for.
    public var asOf: CivilDate

    /// A disclosure on `asOf` (default: today in China) under `policy` (default: the standard's windows).
    public init(policy: PublicationPolicy = .standard, asOf: CivilDate = .todayInChina()) {
        self.policy = policy
        self.asOf = asOf
    }

    /// The files a publication writes into its directory.
    public static let fileNames = ["dishonesty.csv", "dishonesty.json", "typicalCase.csv", "typicalCase.json"]

    /// Reads the package at `package` and writes ``fileNames`` into `directory` (created when missing), each
    /// atomically. Throws ``InputError`` when the package cannot be read or a file cannot be written.
    public func publish(package: String, to directory: String,
                        validator: RecordFileValidator = RecordFileValidator()) throws -> DisclosureSummary {
        let selection = try select(package: package, validator: validator)
        try AtomicFile.makeDirectory(directory)
        let documents = DisclosureDocuments(asOf: asOf, policy: policy)
        try AtomicFile.write(documents.csv(selection.dishonesty, columns: DisclosureColumns.dishonesty),
                             to: "\(directory)/dishonesty.csv", byteOrderMark: true)
        try AtomicFile.write(documents.json(selection.dishonesty, columns: DisclosureColumns.dishonesty, category: .dishonesty),
                             to: "\(directory)/dishonesty.json")
        try AtomicFile.write(documents.csv(selection.typicalCases, columns: DisclosureColumns.typicalCase),
                             to: "\(directory)/typicalCase.csv", byteOrderMark: true)
        try AtomicFile.write(documents.json(selection.typicalCases, columns: DisclosureColumns.typicalCase, category: .typicalCase),
                             to: "\(directory)/typicalCase.json")
        return selection.summary
    }

    /// What is published and what is withheld, before anything is written.
    func select(package: String, validator: RecordFileValidator) throws -> DisclosureSelection {
        var selection = DisclosureSelection()
        var publishedIDs: Set<String> = []
        var withheldIDs: Set<String> = []
        var contactValues: [String: [String]] = [:]
        var cases: [FlatRecord] = []
        try PackageOutcomes(path: package).forEachOutcome(validator) { outcome in
            guard let record = outcome.record else { return }
            let id = record[0]?.text ?? ""
            switch record.category {
            case .complaint:
                let values = record.fields.indices.compactMap { record.fields[$0].isPersonal ? record[$0]?.text : nil }
                if !values.isEmpty { contactValues[id] = values }
            case .dishonesty:
                if let reason = withholdingReason(record, accepted: outcome.isAccepted) {
                    selection.summary.withheld[reason, default: 0] += 1
                    withheldIDs.insert(id)
                } else {
                    publishedIDs.insert(id)
                    selection.dishonesty.append(PublicRecord(record: record, knownValues: []))
                }
            case .typicalCase:
                if !outcome.isAccepted || record.envelope?.operation == .revoke {
                    selection.summary.withheld[outcome.isAccepted ? .revoked : .failsRules, default: 0] += 1
                } else if let published = record[path: "publishedDate"]?.text.flatMap(CivilDate.init(iso:)), published > asOf {
                    selection.summary.withheld[.notYetPublished, default: 0] += 1
                } else {
                    cases.append(record)
                }
            default:
                break
            }
        }
        // The contact values of the complaint a record came from are masked wherever they appear in its text.
        selection.dishonesty = selection.dishonesty.map { item in
            let complaintID = item.record[path: "complaintId"]?.text ?? ""
            return PublicRecord(record: item.record, knownValues: contactValues[complaintID] ?? [])
        }
        var complaintOfRecord: [String: String] = [:]
        for item in selection.dishonesty {
            if let complaint = item.record[path: "complaintId"]?.text { complaintOfRecord[item.record[0]?.text ?? ""] = complaint }
        }
        for record in cases {
            let cited = DisclosureColumns.listItems(record[path: "dishonestyIds"])
            // §IV(9): a typical case names records; one that cites a record not published would publish it anyway.
            if cited.contains(where: { withheldIDs.contains($0) }) {
                selection.summary.withheld[.citesWithheldRecord, default: 0] += 1
                continue
            }
            let known = cited.compactMap { complaintOfRecord[$0] }.flatMap { contactValues[$0] ?? [] }
            selection.typicalCases.append(PublicRecord(record: record, knownValues: known))
        }
        selection.summary.dishonestyPublished = selection.dishonesty.count
        selection.summary.typicalCasesPublished = selection.typicalCases.count
        return selection
    }

    /// Why a dishonesty record is not published, or `nil` when it is.
    func withholdingReason(_ record: FlatRecord, accepted: Bool) -> WithheldReason? {
        guard accepted else { return .failsRules }
        guard record.envelope?.operation != .revoke else { return .revoked }
        let status = record[DishonestySlot.status.rawValue]?.text
        if status == DishonestyStatus.restored.rawValue { return .restored }
        guard status == DishonestyStatus.active.rawValue else { return .revoked }
        guard let severity = record[DishonestySlot.severity.rawValue]?.text, let window = policy.window(for: severity) else {
            return .severityNotPublished
        }
        guard let identified = record[DishonestySlot.identifiedDate.rawValue]?.text.flatMap(CivilDate.init(iso:)) else {
            return .failsRules
        }
        guard identified <= asOf else { return .notYetPublished }
        return window.contains(asOf, identified: identified) ? nil : .pastWindow
    }
}

/// One record chosen for publication, with the personal values to mask in its text.
struct PublicRecord {
    let record: FlatRecord
    let knownValues: [String]
}

/// The records a publication holds and the counts it reports.
struct DisclosureSelection {
    var dishonesty: [PublicRecord] = []
    var typicalCases: [PublicRecord] = []
    var summary = DisclosureSummary()
}

/// What a publication held and what it left out.
public struct DisclosureSummary: Hashable, Sendable {
    /// Dishonesty records published.
    public var dishonestyPublished = 0
    /// Typical cases published.
    public var typicalCasesPublished = 0
    /// Records left out, by reason.
    public var withheld: [WithheldReason: Int] = [:]
}

/// Why a record was left out of a publication.
public enum WithheldReason: String, CaseIterable, Hashable, Sendable {
    /// The record is RESTORED (§III(6): restored records come down).
    case restored
    /// The record is REVOKED, or the package revokes it.
    case revoked
    /// Its severity is not published (MINOR by default).
    case severityNotPublished
    /// Past the maximum window of its severity.
    case pastWindow
    /// Identified, or published, after the as-of date.
    case notYetPublished
    /// The record fails the standard's rules as read back.
    case failsRules
    /// A typical case citing a record that is not published.
    case citesWithheldRecord

    /// The reason in `language`.
    public func label(in language: Language) -> String {
        switch self {
        case .restored: return language == .zh ? "已信用修复" : "restored"
        case .revoked: return language == .zh ? "已撤销" : "revoked"
        case .severityNotPublished: return language == .zh ? "失信程度不予公示" : "severity not published"
        case .pastWindow: return language == .zh ? "超过公示期限" : "past its publication window"
        case .notYetPublished: return language == .zh ? "晚于公示基准日" : "after the as-of date"
        case .failsRules: return language == .zh ? "未通过标准校验" : "fails the standard's rules"
        case .citesWithheldRecord: return language == .zh ? "引用了不予公示的记录" : "cites a record not published"
        }
    }
}
