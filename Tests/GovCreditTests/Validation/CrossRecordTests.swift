import Foundation
import Testing
@testable import GovCredit

// Cross-record rules of SPEC §5 over one run. Every case starts from the canonical samples of all categories (a
// consistent chain: complaint → verification → dishonesty → sanction / restoration → typical case), changes only
// what it needs, validates every record through the real file validator (canonical form, all accepted) and
// compares the findings exactly: rule id, severity, category, id (with its occurrence) and field path.

/// One change to the canonical submission.
enum SubmissionEdit: Sendable {
    /// Sets (or, with `nil`, removes) the value at a dotted path of one record.
    case set(RecordCategory, String, String, JSONValue?)
    /// Removes a record.
    case drop(RecordCategory, String)
    /// Appends a copy of a record (a duplicate id).
    case duplicate(RecordCategory, String)
}

private func set(_ category: RecordCategory, _ id: String, _ path: String, _ text: String) -> SubmissionEdit {
    .set(category, id, path, .string(text))
}
private func remove(_ category: RecordCategory, _ id: String, _ path: String) -> SubmissionEdit { .set(category, id, path, nil) }
private func ids(_ values: String...) -> JSONValue { .array(values.map(JSONValue.string)) }

/// The records of a submission as JSON, per category, in file order.
struct Submission {
    var records: [RecordCategory: [JSONValue]] = [:]

    /// Every canonical sample (`samples/canonical/<category>.jsonl`).
    static func canonical() throws -> Submission {
        var submission = Submission()
        for category in RecordCategory.allCases { submission.records[category] = try TestFiles.validRecords(category) }
        return submission
    }

    /// Only some categories of the canonical samples.
    static func canonical(_ categories: RecordCategory...) throws -> Submission {
        var submission = Submission()
        for category in categories { submission.records[category] = try TestFiles.validRecords(category) }
        return submission
    }

    func applying(_ edits: [SubmissionEdit]) throws -> Submission {
        var result = self
        for edit in edits {
            switch edit {
            case .set(let category, let id, let path, let value):
                var records = result.records[category] ?? []
                let position = try #require(records.firstIndex { $0[path: "id"] == .string(id) }, "no \(id)")
                records[position] = records[position].setting(path, to: value)
                result.records[category] = records
            case .drop(let category, let id):
                let before = result.records[category]?.count
                result.records[category]?.removeAll { $0[path: "id"] == .string(id) }
                #expect(result.records[category]?.count != before, "no \(id) to drop")
            case .duplicate(let category, let id):
                let record = try #require(result.records[category]?.first { $0[path: "id"] == .string(id) }, "no \(id)")
                result.records[category]?.append(record)
            }
        }
        return result
    }

    /// Validates each category as its own JSON Lines file and returns the records, which must all be accepted
    /// (cross-record rules see only records that passed their field and record rules).
    func validated() throws -> [FlatRecord] {
        var result: [FlatRecord] = []
        for category in RecordCategory.allCases {
            guard let lines = records[category], !lines.isEmpty else { continue }
            let (_, outcomes) = try validate(lines: lines.map(\.text), category: category)
            for outcome in outcomes {
                #expect(outcome.isAccepted, "\(category) line \(outcome.location.line): \(outcome.errorKeys)")
                result.append(try #require(outcome.record))
            }
        }
        return result
    }
}

/// Runs the rules over `run`, with `known` from earlier packages, and checks what holds for every finding.
func crossRecordFindings(_ run: Submission, known: Submission? = nil) throws -> [CrossRecordFinding] {
    var index = CrossRecordIndex()
    for record in try known?.validated() ?? [] { index.addKnown(record) }
    let records = try run.validated()
    for record in records { index.add(record) }
    let findings = index.check()
    let placeholder = #/\{[A-Za-z_][A-Za-z0-9_]*\}/#
    for item in findings {
        let finding = item.finding
        #expect(finding.rule.entry?.scope == "cross-record" || finding.rule == .recordSelfIdentified, "\(finding.rule)")
        #expect(finding.message.zh.firstMatch(of: placeholder) == nil, "unfilled zh: \(finding.message.zh)")
        #expect(finding.message.en.firstMatch(of: placeholder) == nil, "unfilled en: \(finding.message.en)")
        // The finding is located at the record it concerns: that record's own file, record number and line.
        let own = records.filter { $0.category == item.category && $0[path: "id"]?.text == item.id }
        let record = try #require(item.occurrence < own.count ? own[item.occurrence] : nil, "\(item.category):\(item.id)")
        #expect(finding.location == SourceLocation(file: record.location.file, record: record.location.record,
                                                   line: record.location.line))
    }
    return findings
}

/// `rule severity category:id[#occurrence] path`, the shape the cases list.
func keys(_ findings: [CrossRecordFinding]) -> Set<String> {
    Set(findings.map { item in
        let occurrence = item.occurrence > 0 ? "#\(item.occurrence)" : ""
        return "\(item.finding.rule) \(item.finding.severity.rawValue) \(item.category.rawValue):\(item.id)\(occurrence) \(item.finding.path)"
    })
}

struct CrossRecordCase: Sendable, CustomTestStringConvertible {
    let label: String
    let edits: [SubmissionEdit]
    /// Exactly these findings (`keys(_:)`); empty: the boundary that passes.
    let expected: Set<String>

    init(_ label: String, _ edits: [SubmissionEdit], _ expected: Set<String> = []) {
        self.label = label
        self.edits = edits
        self.expected = expected
    }

    var testDescription: String { label }
}

@Suite("Cross-record rules (SPEC §5)")
struct CrossRecordTests {
    @Test("The canonical samples of every category form a consistent chain: no cross-record finding")
    func canonicalChain() throws {
        let submission = try Submission.canonical()
        #expect(submission.records.values.map(\.count).reduce(0, +) == 31)
        let findings = try crossRecordFindings(submission)
        #expect(keys(findings).isEmpty, "\(findings.map { $0.finding.message.en })")
    }

    static let chain = "xref.chain-date-order"
    static let unresolved = "xref.unresolved"

    static let cases: [CrossRecordCase] = [
        // Chain date order (SPEC §5): error on the referring record's date, only when both are present.
        .init("verification received before its complaint", [set(.verification, "V-001", "receivedDate", "2024-01-07")],
              ["\(chain) error verification:V-001 receivedDate"]),
        .init("verification received the day of its complaint", [set(.verification, "V-001", "receivedDate", "2024-01-08")]),
        .init("identified before the verification was completed", [set(.dishonesty, "D-001", "identifiedDate", "2024-02-04")],
              ["\(chain) error dishonesty:D-001 identifiedDate"]),
        .init("identified the day the verification was completed", [set(.dishonesty, "D-001", "identifiedDate", "2024-02-05")]),
        .init("identified before the complaint it cites was received", [set(.dishonesty, "D-003", "complaintId", "C-001"),
                                                                        set(.dishonesty, "D-003", "identifiedDate", "2024-01-07")],
              ["\(chain) error dishonesty:D-003 identifiedDate"]),
        .init("identified the day the complaint it cites was received", [set(.dishonesty, "D-003", "complaintId", "C-001"),
                                                                         set(.dishonesty, "D-003", "identifiedDate", "2024-01-08")]),
        .init("sanction starts before identification", [set(.sanction, "S-001", "startDate", "2024-03-14")],
              ["\(chain) error sanction:S-001 startDate"]),
        .init("sanction starts the day of identification", [set(.sanction, "S-001", "startDate", "2024-03-15")]),
        .init("restored before identification", [
            set(.restoration, "R-001", "appliedDate", "2023-07-01"), set(.restoration, "R-001", "correctionConfirmedDate", "2023-07-02"),
            set(.restoration, "R-001", "performanceCompletedDate", "2023-07-02"), set(.restoration, "R-001", "restoredDate", "2023-07-19"),
        ], ["\(chain) error restoration:R-001 restoredDate"]),
        .init("restored the day of identification", [
            set(.restoration, "R-001", "appliedDate", "2023-07-01"), set(.restoration, "R-001", "correctionConfirmedDate", "2023-07-02"),
            set(.restoration, "R-001", "performanceCompletedDate", "2023-07-02"), set(.restoration, "R-001", "restoredDate", "2023-07-20"),
        ]),
        .init("an absent earlier record is not compared", [set(.sanction, "S-001", "dishonestyId", "D-999"),
                                                          set(.sanction, "S-001", "startDate", "2020-01-01")],
              ["\(unresolved) warning sanction:S-001 dishonestyId"]),

        // §II(2): a dishonesty record needs a refusal; a refusal should be followed by a record.
        .init("cited verification still in progress", [set(.verification, "V-001", "rectificationOutcome", "IN_PROGRESS")],
              ["xref.dishonesty-needs-refusal error dishonesty:D-001 verificationId"]),
        .init("cited verification unfounded (no outcome)", [set(.dishonesty, "D-003", "verificationId", "V-002")],
              ["xref.dishonesty-needs-refusal error dishonesty:D-003 verificationId"]),
        .init("refusal no record cites", [remove(.dishonesty, "D-001", "verificationId")],
              ["xref.refusal-without-record warning verification:V-001 rectificationOutcome"]),
        .init("refusal cited by another record", [remove(.dishonesty, "D-001", "verificationId"),
                                                 set(.dishonesty, "D-003", "verificationId", "V-001")]),

        // §II(2): a body does not verify itself, across verification and complaint.
        .init("verifying department is the respondent", [set(.verification, "V-001", "department.uscc", "11330106002495318K")],
              ["record.self-identified error verification:V-001 department.uscc"]),
        .init("verifying department without a USCC", [remove(.verification, "V-001", "department.uscc")]),

        // §III(6): a restored record has a restoration record and no sanction in force.
        .init("restored without restoration record", [.drop(.restoration, "R-001")],
              ["xref.restored-without-restoration warning dishonesty:D-002 status"]),
        .init("sanction in force on a restored record", [
            set(.sanction, "S-003", "status", "IN_FORCE"), remove(.sanction, "S-003", "terminatedDate"),
            remove(.sanction, "S-003", "terminationReason"),
        ], ["xref.restored-sanction-in-force error sanction:S-003 status"]),
        .init("sanction in force on an active record", [set(.sanction, "S-003", "dishonestyId", "D-003"),
                                                       set(.sanction, "S-003", "startDate", "2024-08-15"),
                                                       set(.sanction, "S-003", "endDate", "2025-08-14"),
                                                       set(.sanction, "S-003", "status", "IN_FORCE"),
                                                       remove(.sanction, "S-003", "terminatedDate"),
                                                       remove(.sanction, "S-003", "terminationReason")]),

        // §IV(9): typical cases cite ACTIVE records; REPEATED needs two records of one entity.
        .init("typical case cites a restored record", [.set(.typicalCase, "T-002", "dishonestyIds", ids("D-002"))],
              ["xref.typical-case-inactive error typicalCase:T-002 dishonestyIds"]),
        .init("typical case cites a revoked record", [
            set(.dishonesty, "D-003", "status", "REVOKED"), set(.dishonesty, "D-003", "revokedDate", "2024-09-01"),
            set(.dishonesty, "D-003", "revokedReason", "认定依据有误"),
        ], ["xref.typical-case-inactive error typicalCase:T-001 dishonestyIds"]),
        .init("repeated across two entities", [
            set(.dishonesty, "D-003", "entity.name", "成都市锦江区投资促进局"), set(.dishonesty, "D-003", "entity.uscc", "11510104008973456K"),
            set(.dishonesty, "D-003", "entity.kind", "AGENCY"), set(.dishonesty, "D-003", "entity.divisionCode", "510104"),
        ], ["xref.typical-case-repeated error typicalCase:T-001 dishonestyIds"]),
        .init("repeated with one record absent", [.set(.typicalCase, "T-001", "dishonestyIds", ids("D-001", "D-999"))],
              ["\(unresolved) warning typicalCase:T-001 dishonestyIds",
               "xref.typical-case-repeated warning typicalCase:T-001 dishonestyIds"]),
        .init("repeated: two of one entity and one absent", [.set(.typicalCase, "T-001", "dishonestyIds", ids("D-001", "D-003", "D-999"))],
              ["\(unresolved) warning typicalCase:T-001 dishonestyIds"]),

        // SPEC §5: references resolve in this run or in earlier packages; unresolved warns, per field.
        .init("complaint → contract", [set(.complaint, "C-001", "contractId", "K-999")],
              ["\(unresolved) warning complaint:C-001 contractId"]),
        .init("performance → contract", [set(.performance, "P-001", "contractId", "K-999")],
              ["\(unresolved) warning performance:P-001 contractId"]),
        .init("verification → complaint", [set(.verification, "V-002", "complaintId", "C-999")],
              ["\(unresolved) warning verification:V-002 complaintId"]),
        .init("dishonesty → complaint", [set(.dishonesty, "D-001", "complaintId", "C-999")],
              ["\(unresolved) warning dishonesty:D-001 complaintId"]),
        .init("dishonesty → verification", [set(.dishonesty, "D-001", "verificationId", "V-999")],
              ["\(unresolved) warning dishonesty:D-001 verificationId",
               "xref.refusal-without-record warning verification:V-001 rectificationOutcome"]),
        .init("arrears → contract", [set(.arrears, "A-001", "contractId", "K-999")],
              ["\(unresolved) warning arrears:A-001 contractId"]),
        .init("sanction → dishonesty", [set(.sanction, "S-001", "dishonestyId", "D-999")],
              ["\(unresolved) warning sanction:S-001 dishonestyId"]),
        .init("restoration → dishonesty", [set(.restoration, "R-002", "dishonestyId", "D-999")],
              ["\(unresolved) warning restoration:R-002 dishonestyId",
               "xref.restored-without-restoration warning dishonesty:D-004 status"]),
        .init("clue → complaint", [set(.clue, "L-002", "complaintId", "C-999")],
              ["\(unresolved) warning clue:L-002 complaintId"]),
        .init("typical case → dishonesty", [.set(.typicalCase, "T-002", "dishonestyIds", ids("D-999"))],
              ["\(unresolved) warning typicalCase:T-002 dishonestyIds"]),
        .init("a reference names a record of its own target category only", [set(.clue, "L-002", "complaintId", "K-001")],
              ["\(unresolved) warning clue:L-002 complaintId"]),

        // SPEC §1: ids are unique per category; every later occurrence is an error.
        .init("duplicate in one file", [.duplicate(.dishonesty, "D-003")],
              ["xref.duplicate-id error dishonesty:D-003#1 id"]),
        .init("three occurrences", [.duplicate(.sanction, "S-002"), .duplicate(.sanction, "S-002")],
              ["xref.duplicate-id error sanction:S-002#1 id", "xref.duplicate-id error sanction:S-002#2 id"]),
        .init("one id in two categories is no duplicate", [set(.clue, "L-003", "id", "C-001")]),
        // Found id by id, handed out record by record: D-003's copy comes first in the file.
        .init("duplicates of two ids, in file order", [.duplicate(.dishonesty, "D-003"), .duplicate(.dishonesty, "D-001")],
              ["xref.duplicate-id error dishonesty:D-003#1 id", "xref.duplicate-id error dishonesty:D-001#1 id"]),
    ]

    @Test("Each rule: the violating case and the boundary that passes", arguments: cases)
    func rule(_ testCase: CrossRecordCase) throws {
        let findings = try crossRecordFindings(try Submission.canonical().applying(testCase.edits))
        #expect(keys(findings) == testCase.expected)
    }

    @Test("A chain date-order message names both dates")
    func chainDateOrderMessage() throws {
        let run = try Submission.canonical().applying([set(.verification, "V-001", "receivedDate", "2024-01-07")])
        let finding = try #require(try crossRecordFindings(run).first?.finding)
        for part in ["2024-01-08", "2024-01-07"] {
            #expect(finding.message.zh.contains(part) && finding.message.en.contains(part), "\(part): \(finding.message)")
        }
    }

    @Test("A duplicate in the same file: located at itself, naming the first occurrence's file and line")
    func duplicateSameFile() throws {
        let run = try Submission.canonical().applying([.duplicate(.dishonesty, "D-003")])
        let finding = try #require(try crossRecordFindings(run).first)
        #expect(finding.finding.location.line == 5 && finding.finding.location.record == 5)
        let file = finding.finding.location.file
        #expect(file.hasSuffix("dishonesty.jsonl"))
        #expect(finding.finding.message.en.contains("(first at \(file):3)"), "\(finding.finding.message.en)")
        #expect(finding.finding.message.zh.contains("首次出现于 \(file):3"), "\(finding.finding.message.zh)")
    }

    @Test("A duplicate across two files of one run: located in the second file, naming the first")
    func duplicateAcrossFiles() throws {
        let records = try Submission.canonical().validated()
        let original = try #require(records.first { $0.category == .dishonesty && $0[path: "id"]?.text == "D-002" })
        let copy = try #require(try TestFiles.validRecords(.dishonesty).first { $0[path: "id"] == .string("D-002") })
        let second = try #require(try validate(lines: [copy.text], category: .dishonesty).1.first?.record)
        #expect(original.location.file != second.location.file && original.location.line == 2)
        var index = CrossRecordIndex()
        for record in records + [second] { index.add(record) }
        let findings = index.check()
        #expect(keys(findings) == ["xref.duplicate-id error dishonesty:D-002#1 id"])
        let finding = try #require(findings.first?.finding)
        #expect(finding.location.file == second.location.file && finding.location.line == 1)
        #expect(finding.message.en.contains("(first at \(original.location.file):2)"), "\(finding.message.en)")
    }

    // MARK: - Incremental mode: what earlier packages hold

    @Test("References to records of an earlier package resolve; without them they warn")
    func knownRecordsResolve() throws {
        let run = try Submission.canonical(.sanction, .restoration, .typicalCase)
        let known = try Submission.canonical(.dishonesty)
        #expect(keys(try crossRecordFindings(run, known: known)).isEmpty)
        #expect(keys(try crossRecordFindings(run)) == [
            "\(Self.unresolved) warning sanction:S-001 dishonestyId", "\(Self.unresolved) warning sanction:S-002 dishonestyId",
            "\(Self.unresolved) warning sanction:S-003 dishonestyId", "\(Self.unresolved) warning restoration:R-001 dishonestyId",
            "\(Self.unresolved) warning restoration:R-002 dishonestyId", "\(Self.unresolved) warning typicalCase:T-001 dishonestyIds",
            "\(Self.unresolved) warning typicalCase:T-002 dishonestyIds",
            // Both records of the REPEATED case are absent: they may still be two of one entity.
            "xref.typical-case-repeated warning typicalCase:T-001 dishonestyIds",
        ])
    }

    @Test("A record of the run with the id of a known one is its update, not a duplicate")
    func updateIsNoDuplicate() throws {
        let known = try Submission.canonical(.complaint, .verification, .dishonesty, .restoration)
        #expect(keys(try crossRecordFindings(try Submission.canonical(.dishonesty), known: known)).isEmpty)
    }

    @Test("Known state counts: an in-force sanction of this run on a record restored earlier is an error")
    func knownStateCounts() throws {
        let run = try Submission.canonical(.sanction).applying([
            set(.sanction, "S-003", "status", "IN_FORCE"), remove(.sanction, "S-003", "terminatedDate"),
            remove(.sanction, "S-003", "terminationReason"),
        ])
        let known = try Submission.canonical(.dishonesty, .restoration)
        #expect(keys(try crossRecordFindings(run, known: known)) == ["xref.restored-sanction-in-force error sanction:S-003 status"])
    }

    @Test("This run's version replaces the known one; a contradiction it makes with a known record is reported on it")
    func runVersionReplacesKnown() throws {
        // The earlier package holds V-001 REFUSED and D-001 citing it; this run changes V-001's outcome.
        let known = try Submission.canonical(.complaint, .verification, .dishonesty, .restoration)
        let run = try Submission.canonical(.verification).applying([set(.verification, "V-001", "rectificationOutcome", "IN_PROGRESS")])
        #expect(keys(try crossRecordFindings(run, known: known))
                == ["xref.dishonesty-needs-refusal error verification:V-001 rectificationOutcome"])
        // Two known records that disagree were checked with their own package: nothing to report here.
        let stale = try Submission.canonical(.sanction).applying([set(.sanction, "S-001", "startDate", "2024-03-14")])
        var index = CrossRecordIndex()
        for record in try stale.validated() + (try known.validated()) { index.addKnown(record) }
        #expect(index.check().isEmpty)
    }

    @Test("A known sanction in force on a record this run restores: a warning on the record, not a rejection")
    func restorationAgainstKnownSanction() throws {
        let known = try Submission.canonical(.complaint, .verification, .sanction)
        let run = try Submission.canonical(.dishonesty, .restoration).applying([
            set(.dishonesty, "D-001", "status", "RESTORED"), set(.dishonesty, "D-001", "restoredDate", "2025-06-01"),
        ])
        let findings = try crossRecordFindings(run, known: known)
        #expect(keys(findings) == [
            "xref.restored-sanction-in-force warning dishonesty:D-001 status",
            "xref.restored-without-restoration warning dishonesty:D-001 status",
        ])
        // One per sanction still in force (S-001 and S-002), each naming it.
        let sanctions = findings.filter { $0.finding.rule == .xrefRestoredSanctionInForce }.map(\.finding.message.en)
        #expect(sanctions.count == 2 && sanctions.contains { $0.contains("S-001") } && sanctions.contains { $0.contains("S-002") })
    }

    @Test("Findings come grouped by record, in the order records were added")
    func groupedByRecord() throws {
        let run = try Submission.canonical().applying([
            .set(.typicalCase, "T-001", "dishonestyIds", ids("D-001", "D-999")),
            set(.complaint, "C-001", "contractId", "K-999"), .duplicate(.complaint, "C-001"),
        ])
        let findings = try crossRecordFindings(run)
        let order = findings.map { "\($0.category.rawValue):\($0.id)#\($0.occurrence)" }
        #expect(order == ["complaint:C-001#0", "complaint:C-001#1", "complaint:C-001#1",
                          "typicalCase:T-001#0", "typicalCase:T-001#0"], "\(order)")
    }
}
