import Foundation
import Testing
@testable import GovCredit

// Record rules of SPEC §5 (one record), the conditional requirements of SPEC §3 and the normalisation of SPEC §1,
// each tested from a valid fixture record with only what the case needs changed: the violating case (rule id,
// field path, severity, accepted or rejected) and the boundary that must pass. Every finding of every case also
// has its messages checked (zh and en, no unfilled `{placeholder}`).

/// One change to a fixture record: a dotted path and its new JSON value (`nil` removes the field).
struct RecordRuleEdit: Sendable {
    let path: String
    let value: JSONValue?
}

private func set(_ path: String, _ text: String) -> RecordRuleEdit { RecordRuleEdit(path: path, value: .string(text)) }
private func set(_ path: String, json value: JSONValue) -> RecordRuleEdit { RecordRuleEdit(path: path, value: value) }
private func remove(_ path: String) -> RecordRuleEdit { RecordRuleEdit(path: path, value: nil) }

/// A fixture record, edited, and what validating it must give.
struct RecordRuleCase: Sendable, CustomTestStringConvertible {
    let label: String
    let category: RecordCategory
    let fixtureID: String
    let edits: [RecordRuleEdit]
    /// Exactly these `rule@path` keys with severity error (empty: the record is accepted).
    let errors: Set<String>
    /// Exactly these `rule@path` keys with severity warning.
    let warnings: Set<String>
    /// Canonical values the outcome's record must hold (`nil`: the field is absent), compared scalar by scalar.
    let values: [String: String?]

    init(_ label: String, _ category: RecordCategory, _ fixtureID: String, _ edits: [RecordRuleEdit],
         errors: Set<String> = [], warnings: Set<String> = [], values: [String: String?] = [:]) {
        self.label = label
        self.category = category
        self.fixtureID = fixtureID
        self.edits = edits
        self.errors = errors
        self.warnings = warnings
        self.values = values
    }

    var testDescription: String { "\(category.rawValue) \(fixtureID): \(label)" }
}

/// Fixture records, validation of one record, and the checks every case shares.
enum RecordRuleHarness {
    static func fixture(_ category: RecordCategory, _ id: String) throws -> JSONValue {
        try #require(try TestFiles.validRecords(category).first { $0[path: "id"] == .string(id) }, "no fixture \(id)")
    }

    static func record(for testCase: RecordRuleCase) throws -> JSONValue {
        let base = try fixture(testCase.category, testCase.fixtureID)
        return testCase.edits.reduce(base) { $0.setting($1.path, to: $1.value) }
    }

    /// Validates one record as a one-line file and checks what holds for every outcome: counts, location, messages.
    static func outcome(of record: JSONValue, _ category: RecordCategory,
                        options: ValidationOptions = ValidationOptions(today: fixtureToday)) throws -> RecordOutcome {
        let path = try TestFiles.temporaryFile(named: "\(category.rawValue).jsonl", text: record.text + "\n")
        var outcomes: [RecordOutcome] = []
        let counts = try RecordFileValidator(options: options).validateFile(at: path, category: category) { outcomes.append($0) }
        let outcome = try #require(outcomes.first)
        #expect(outcomes.count == 1 && counts.read == 1)
        #expect(counts.accepted == (outcome.isAccepted ? 1 : 0) && counts.rejected == (outcome.isAccepted ? 0 : 1))
        checkMessages(outcome)
        for finding in outcome.findings {
            #expect(finding.location.record == 1 && finding.location.line == 1, "\(finding.rule) at \(finding.location)")
        }
        return outcome
    }

    /// SPEC §5: every finding has a message in Chinese and in English, with every template parameter filled.
    static func checkMessages(_ outcome: RecordOutcome) {
        let placeholder = #/\{[A-Za-z_][A-Za-z0-9_]*\}/#
        for finding in outcome.findings {
            let key = "\(finding.rule)@\(finding.path)"
            #expect(!finding.message.zh.isEmpty && !finding.message.en.isEmpty, "\(key): empty message")
            #expect(finding.message.zh.firstMatch(of: placeholder) == nil, "\(key): unfilled zh \(finding.message.zh)")
            #expect(finding.message.en.firstMatch(of: placeholder) == nil, "\(key): unfilled en \(finding.message.en)")
            #expect(finding.message.zh != finding.rule.rawValue, "\(key): no catalogue message")
        }
    }

    /// Runs a case: exactly its errors and warnings, accepted iff no error, and its canonical values.
    static func check(_ testCase: RecordRuleCase, options: ValidationOptions = ValidationOptions(today: fixtureToday)) throws {
        let outcome = try outcome(of: try record(for: testCase), testCase.category, options: options)
        #expect(Set(outcome.errorKeys) == testCase.errors, "errors: \(outcome.errorKeys)")
        #expect(Set(outcome.warningKeys) == testCase.warnings, "warnings: \(outcome.warningKeys)")
        #expect(outcome.isAccepted == testCase.errors.isEmpty)
        for (path, expected) in testCase.values {
            let actual = outcome.record?[path: path]?.text
            #expect(actual.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) },
                    "\(path): \(actual.debugDescription) ≠ \(expected.debugDescription)")
        }
    }
}

@Suite("Record rules (SPEC §5)")
struct RecordRuleTests {
    // MARK: - Date order

    static let order = "record.date-order"

    static let dateOrderCases: [RecordRuleCase] = [
        // complaint: received ≤ transferred
        .init("transferred the day before received", .complaint, "C-001", [set("transferredDate", "2024-01-07")],
              errors: ["\(order)@transferredDate"]),
        .init("transferred the day it was received", .complaint, "C-001", [set("transferredDate", "2024-01-08")]),
        // A date that fails its field rule is reported once, by that rule, not again by the record rules.
        .init("transferred on a date that does not exist", .complaint, "C-001", [set("transferredDate", "2024-02-30")],
              errors: ["field.date@transferredDate"]),
        .init("transferred in the future", .complaint, "C-001", [set("transferredDate", "2026-01-02")],
              errors: ["field.date-future@transferredDate"]),
        // verification: received ≤ verified ≤ rectification ordered ≤ rectified; ordered ≤ deadline
        .init("verified before received", .verification, "V-003", [set("verifiedDate", "2025-03-04")],
              errors: ["\(order)@verifiedDate"]),
        .init("verified the day received", .verification, "V-003", [set("verifiedDate", "2025-03-05")]),
        .init("rectification ordered before verification", .verification, "V-003",
              [set("rectificationOrderedDate", "2025-03-27")], errors: ["\(order)@rectificationOrderedDate"]),
        .init("rectification ordered the day verified", .verification, "V-003", [set("rectificationOrderedDate", "2025-03-28")]),
        .init("rectified before it was ordered", .verification, "V-003", [set("rectifiedDate", "2025-03-30")],
              errors: ["\(order)@rectifiedDate"]),
        .init("rectified the day it was ordered", .verification, "V-003", [set("rectifiedDate", "2025-03-31")]),
        .init("deadline before the order", .verification, "V-003", [set("rectificationDeadline", "2025-03-30")],
              errors: ["\(order)@rectificationDeadline"]),
        .init("deadline the day of the order", .verification, "V-003", [set("rectificationDeadline", "2025-03-31")]),
        // dishonesty: identified ≤ restored, identified ≤ revoked
        .init("restored before identified", .dishonesty, "D-002", [set("restoredDate", "2023-07-19")],
              errors: ["\(order)@restoredDate"]),
        .init("restored the day identified", .dishonesty, "D-002", [set("restoredDate", "2023-07-20")]),
        .init("revoked before identified", .dishonesty, "D-001",
              [set("status", "REVOKED"), set("revokedDate", "2024-03-14"), set("revokedReason", "认定依据有误")],
              errors: ["\(order)@revokedDate"]),
        .init("revoked the day identified", .dishonesty, "D-001",
              [set("status", "REVOKED"), set("revokedDate", "2024-03-15"), set("revokedReason", "认定依据有误")]),
        // contract: signed ≤ start ≤ end, and signed ≤ end when there is no start
        .init("start before signing", .contract, "K-001", [set("startDate", "2023-01-09")], errors: ["\(order)@startDate"]),
        .init("start the day of signing", .contract, "K-001", [set("startDate", "2023-01-10")]),
        .init("end before start", .contract, "K-001", [set("endDate", "2023-01-31")], errors: ["\(order)@endDate"]),
        .init("end the day of start", .contract, "K-001", [set("endDate", "2023-02-01")]),
        .init("no start, end before signing", .contract, "K-001", [remove("startDate"), set("endDate", "2023-01-09")],
              errors: ["\(order)@endDate"]),
        .init("no start, end the day of signing", .contract, "K-001", [remove("startDate"), set("endDate", "2023-01-10")]),
        .init("start and end both before signing", .contract, "K-001",
              [set("startDate", "2023-01-05"), set("endDate", "2023-01-06")], errors: ["\(order)@startDate"]),
        // enforcement: listed ≤ removed
        .init("removed before listed", .enforcement, "E-002", [set("removedDate", "2024-09-11")], errors: ["\(order)@removedDate"]),
        .init("removed the day listed", .enforcement, "E-002", [set("removedDate", "2024-09-12")]),
        // sanction: start ≤ end, start ≤ terminated
        .init("end before start", .sanction, "S-003", [set("endDate", "2023-07-31")], errors: ["\(order)@endDate"]),
        .init("end the day of start", .sanction, "S-003", [set("endDate", "2023-08-01")]),
        .init("terminated before start", .sanction, "S-003", [set("terminatedDate", "2023-07-31")],
              errors: ["\(order)@terminatedDate"]),
        .init("terminated the day of start", .sanction, "S-003", [set("terminatedDate", "2023-08-01")]),
        // restoration: restored ≥ correction confirmed and ≥ performance completed
        .init("restored before performance completed", .restoration, "R-001", [set("restoredDate", "2024-01-31")],
              errors: ["\(order)@restoredDate"]),
        .init("restored before correction confirmed", .restoration, "R-001", [set("correctionConfirmedDate", "2024-02-11")],
              errors: ["\(order)@restoredDate"]),
        .init("restored before both", .restoration, "R-001", [set("restoredDate", "2024-01-29")],
              errors: ["\(order)@restoredDate"]),
        .init("restored the day performance completed", .restoration, "R-001", [set("restoredDate", "2024-02-01")]),
        .init("restored the day correction confirmed", .restoration, "R-001",
              [set("correctionConfirmedDate", "2024-02-10"), set("performanceCompletedDate", "2024-02-10")]),
        // clue: discovered ≤ transferred
        .init("transferred before discovered", .clue, "L-001", [set("transferredDate", "2023-05-09")],
              errors: ["\(order)@transferredDate"]),
        .init("transferred the day discovered", .clue, "L-001", [set("transferredDate", "2023-05-10")]),
    ]

    @Test("Date order inside a record: reported on the later field; equal dates pass", arguments: dateOrderCases)
    func dateOrder(_ testCase: RecordRuleCase) throws {
        try RecordRuleHarness.check(testCase)
    }

    @Test("A date-order message names both fields and both dates")
    func dateOrderMessage() throws {
        let record = try RecordRuleHarness.fixture(.complaint, "C-001").setting("transferredDate", to: .string("2024-01-07"))
        let outcome = try RecordRuleHarness.outcome(of: record, .complaint)
        let finding = try #require(outcome.errors.first { $0.rule.rawValue == Self.order })
        #expect(finding.severity == .error)
        for part in ["receivedDate", "transferredDate", "2024-01-08", "2024-01-07"] {
            #expect(finding.message.en.contains(part) && finding.message.zh.contains(part), "\(part): \(finding.message)")
        }
    }

    // MARK: - Open-ended end dates (SPEC §1)

    static let openEndedCases: [RecordRuleCase] = [
        .init("2099-12-31", .contract, "K-003", [set("endDate", "2099-12-31")], values: ["endDate": nil]),
        .init("长期", .contract, "K-003", [set("endDate", "长期")], values: ["endDate": nil]),
        .init("长期 with spaces", .contract, "K-003", [set("endDate", " 长期\u{3000}")], values: ["endDate": nil]),
        .init("full-width 2099-12-31", .contract, "K-003", [set("endDate", "２０９９－１２－３１")], values: ["endDate": nil]),
        .init("no end after a start past 2099", .contract, "K-001",
              [set("signedDate", "2023-01-10"), set("startDate", "2100-01-01"), set("endDate", "2099-12-31")],
              values: ["endDate": nil, "startDate": "2100-01-01"]),
        .init("2099-12-30 is a real date", .contract, "K-003", [set("endDate", "2099-12-30")], values: ["endDate": "2099-12-30"]),
        .init("长期 is not a start date", .contract, "K-001", [set("startDate", "长期")], errors: ["field.date@startDate"]),
        .init("2099-12-31", .sanction, "S-001", [set("endDate", "2099-12-31")], values: ["endDate": nil]),
        .init("长期", .sanction, "S-001", [set("endDate", "长期")], values: ["endDate": nil]),
        .init("长期 after a start past 2099", .sanction, "S-001", [set("startDate", "2100-01-01"), set("endDate", "长期")],
              values: ["endDate": nil]),
        .init("2099-12-31 after a start past 2099", .sanction, "S-001", [set("startDate", "2100-01-01"), set("endDate", "2099-12-31")],
              values: ["endDate": nil]),
    ]

    @Test("2099-12-31 and 长期 in an end date count as absent: no finding, no date-order error", arguments: openEndedCases)
    func openEndedDates(_ testCase: RecordRuleCase) throws {
        try RecordRuleHarness.check(testCase)
    }

    // MARK: - Conditional requirements (SPEC §3 "C")

    /// A fixture edited so that the condition holds and every field it requires is present.
    struct ConditionBase: Sendable, CustomTestStringConvertible {
        let category: RecordCategory
        let fixtureID: String
        let edits: [RecordRuleEdit]
        let conditionPath: String
        let code: String
        let requiredPaths: [String]
        var testDescription: String { "\(category.rawValue) \(conditionPath) = \(code)" }
    }

    static let conditionBases: [ConditionBase] = {
        var bases: [ConditionBase] = []
        for status in ["TRANSFERRED", "VERIFYING", "CLOSED_UNFOUNDED", "RECTIFIED", "IDENTIFIED"] {
            bases.append(.init(category: .complaint, fixtureID: "C-001", edits: [set("status", status)], conditionPath: "status",
                               code: status, requiredPaths: ["transferredDate", "transferredTo"]))
        }
        for measure in ["CANCEL_AWARDS_AND_PILOTS", "RAISE_CITY_MONITORING_DEDUCTION", "CANCEL_DEMONSTRATION_ZONE"] {
            bases.append(.init(category: .sanction, fixtureID: "S-002", edits: [set("measure", measure)], conditionPath: "measure",
                               code: measure, requiredPaths: ["targetDivisionCode"]))
        }
        bases += [
            .init(category: .dishonesty, fixtureID: "D-002", edits: [], conditionPath: "status", code: "RESTORED",
                  requiredPaths: ["restoredDate"]),
            .init(category: .dishonesty, fixtureID: "D-001",
                  edits: [set("status", "REVOKED"), set("revokedDate", "2024-05-01"), set("revokedReason", "认定依据有误")],
                  conditionPath: "status", code: "REVOKED", requiredPaths: ["revokedDate", "revokedReason"]),
            .init(category: .enforcement, fixtureID: "E-002", edits: [], conditionPath: "status", code: "REMOVED",
                  requiredPaths: ["removedDate"]),
            .init(category: .sanction, fixtureID: "S-003", edits: [], conditionPath: "status", code: "TERMINATED",
                  requiredPaths: ["terminatedDate", "terminationReason"]),
            .init(category: .verification, fixtureID: "V-002", edits: [], conditionPath: "result", code: "UNFOUNDED",
                  requiredPaths: ["feedbackDate", "feedbackSummary"]),
            .init(category: .verification, fixtureID: "V-001", edits: [], conditionPath: "result", code: "FOUNDED",
                  requiredPaths: ["rectificationOrderedDate", "rectificationDeadline", "rectificationOutcome"]),
            .init(category: .verification, fixtureID: "V-003", edits: [], conditionPath: "rectificationOutcome",
                  code: "RECTIFIED", requiredPaths: ["rectifiedDate"]),
            .init(category: .clue, fixtureID: "L-002", edits: [], conditionPath: "source", code: "MONITORING_POINT",
                  requiredPaths: ["monitoringPoint"]),
        ]
        return bases
    }()

    @Test("Every requiredWhen of the standard, for every code in it, has a base here")
    func everyConditionIsCovered() {
        var expected: Set<String> = []
        for category in RecordCategory.allCases {
            for field in category.fields {
                guard let condition = field.requiredWhen else { continue }
                for code in condition.codes {
                    expected.insert("\(category.rawValue).\(field.path) when \(category.fields[condition.slot].path) = \(code)")
                }
            }
        }
        var covered: Set<String> = []
        for base in Self.conditionBases {
            for path in base.requiredPaths { covered.insert("\(base.category.rawValue).\(path) when \(base.conditionPath) = \(base.code)") }
        }
        #expect(expected.count >= 20)
        #expect(expected.subtracting(covered).isEmpty, "not covered: \(expected.subtracting(covered).sorted())")
        #expect(covered.subtracting(expected).isEmpty, "not in the standard: \(covered.subtracting(expected).sorted())")
    }

    @Test("When the condition holds, each conditional field is required (error naming the condition)", arguments: conditionBases)
    func conditionalRequired(_ base: ConditionBase) throws {
        let complete = RecordRuleCase("complete", base.category, base.fixtureID, base.edits)
        try RecordRuleHarness.check(complete)
        for path in base.requiredPaths {
            let broken = RecordRuleCase("without \(path)", base.category, base.fixtureID, base.edits + [remove(path)],
                                        errors: ["field.conditional-required@\(path)"])
            try RecordRuleHarness.check(broken)
            let outcome = try RecordRuleHarness.outcome(of: try RecordRuleHarness.record(for: broken), base.category)
            let finding = try #require(outcome.errors.first)
            #expect(finding.message.en.contains("\(base.conditionPath) is \(base.code)"), "\(finding.message.en)")
            #expect(finding.message.zh.contains(base.code), "\(finding.message.zh)")
        }
    }

    static let notApplicableCases: [RecordRuleCase] = [
        .init("RECEIVED without transfer", .complaint, "C-001",
              [set("status", "RECEIVED"), remove("transferredDate"), remove("transferredTo")]),
        .init("RECEIVED with a transfer date", .complaint, "C-001", [set("status", "RECEIVED"), remove("transferredTo")],
              warnings: ["field.not-applicable@transferredDate"]),
        .init("RECEIVED with a transfer department", .complaint, "C-001", [set("status", "RECEIVED"), remove("transferredDate")],
              warnings: ["field.not-applicable@transferredTo"]),
        .init("ACTIVE with a restored date", .dishonesty, "D-001", [set("restoredDate", "2024-05-01")],
              warnings: ["field.not-applicable@restoredDate"]),
        .init("ACTIVE with a revoked date", .dishonesty, "D-001", [set("revokedDate", "2024-05-01")],
              warnings: ["field.not-applicable@revokedDate"]),
        .init("RESTORED with a revocation reason", .dishonesty, "D-002", [set("revokedReason", "认定依据有误")],
              warnings: ["field.not-applicable@revokedReason"]),
        .init("LISTED with a removal date", .enforcement, "E-001", [set("removedDate", "2024-06-01")],
              warnings: ["field.not-applicable@removedDate"]),
        .init("non-city measure with a target", .sanction, "S-001", [set("targetDivisionCode", "330100")],
              warnings: ["field.not-applicable@targetDivisionCode"]),
        .init("IN_FORCE with a termination date", .sanction, "S-001", [set("terminatedDate", "2024-05-01")],
              warnings: ["field.not-applicable@terminatedDate"]),
        .init("IN_FORCE with a termination reason", .sanction, "S-001", [set("terminationReason", "OTHER")],
              warnings: ["field.not-applicable@terminationReason"]),
        .init("FOUNDED with a feedback date", .verification, "V-001", [set("feedbackDate", "2024-02-06")],
              warnings: ["field.not-applicable@feedbackDate"]),
        .init("FOUNDED with a feedback summary", .verification, "V-001", [set("feedbackSummary", "已反馈")],
              warnings: ["field.not-applicable@feedbackSummary"]),
        .init("UNFOUNDED with a rectification order", .verification, "V-002", [set("rectificationOrderedDate", "2024-06-28")],
              warnings: ["field.not-applicable@rectificationOrderedDate"]),
        .init("UNFOUNDED with a rectification deadline", .verification, "V-002", [set("rectificationDeadline", "2024-07-28")],
              warnings: ["field.not-applicable@rectificationDeadline"]),
        .init("UNFOUNDED with a rectification outcome", .verification, "V-002", [set("rectificationOutcome", "IN_PROGRESS")],
              warnings: ["field.not-applicable@rectificationOutcome"]),
        .init("REFUSED with a rectified date", .verification, "V-001", [set("rectifiedDate", "2024-03-01")],
              warnings: ["field.not-applicable@rectifiedDate"]),
        .init("IN_PROGRESS without a rectified date", .verification, "V-001", [set("rectificationOutcome", "IN_PROGRESS")]),
        // The condition (rectificationOutcome = RECTIFIED) does not hold when there is no outcome at all.
        .init("UNFOUNDED, no outcome, with a rectified date", .verification, "V-002", [set("rectifiedDate", "2024-07-01")],
              warnings: ["field.not-applicable@rectifiedDate"]),
        .init("not a monitoring point, with one", .clue, "L-001",
              [set("monitoringPoint", json: .object([("name", .string("成都锦城环境服务有限公司")),
                                                     ("uscc", .string("91510104MA6D1W4R9G"))]))],
              warnings: ["field.not-applicable@monitoringPoint"]),
        // The condition is read after canonicalisation: a label names the code.
        .init("status given as a label, reason missing", .dishonesty, "D-001",
              [set("status", "已撤销"), set("revokedDate", "2024-05-01")], errors: ["field.conditional-required@revokedReason"],
              values: ["status": "REVOKED"]),
    ]

    @Test("A conditional field present where its condition does not hold is a warning; the record stays accepted",
          arguments: notApplicableCases)
    func notApplicable(_ testCase: RecordRuleCase) throws {
        try RecordRuleHarness.check(testCase)
    }

    // MARK: - Who is who

    static let identityCases: [RecordRuleCase] = [
        .init("complaint transferred to the respondent itself", .complaint, "C-001",
              [set("transferredTo.uscc", "11330106002495318K")], errors: ["record.self-identified@transferredTo.uscc"]),
        .init("same code in full-width digits", .complaint, "C-001",
              [set("transferredTo.uscc", "１１３３０１０６００２４９５３１８Ｋ")], errors: ["record.self-identified@transferredTo.uscc"]),
        .init("transferred to a department without a code", .complaint, "C-001", [remove("transferredTo.uscc")]),
        .init("dishonesty identified by the entity itself", .dishonesty, "D-001",
              [set("department.uscc", "11330106002495318K")], errors: ["record.self-identified@department.uscc"]),
        .init("entity given the department's code", .dishonesty, "D-001",
              [set("entity.uscc", "113301060024901386")], errors: ["record.self-identified@department.uscc"]),
        .init("identifying department without a code", .dishonesty, "D-001", [remove("department.uscc")]),
    ]

    /// (level, division code, agrees) for SPEC §2: PROVINCIAL XX0000, PREFECTURAL XXYY00, COUNTY and TOWNSHIP XXYYZZ.
    static let levelMatrix: [(String, String, Bool)] = [
        ("PROVINCIAL", "330000", true), ("PROVINCIAL", "330100", false), ("PROVINCIAL", "330106", false),
        ("PREFECTURAL", "330100", true), ("PREFECTURAL", "330000", false), ("PREFECTURAL", "330106", false),
        ("COUNTY", "330106", true), ("COUNTY", "330100", false), ("COUNTY", "330000", false),
        ("TOWNSHIP", "330106", true), ("TOWNSHIP", "330100", false), ("TOWNSHIP", "330000", false),
        ("省级", "330106", false), ("地市级", "330100", true), ("02", "330106", false),
    ]

    static let levelCases: [RecordRuleCase] = {
        var cases: [RecordRuleCase] = levelMatrix.map { level, division, agrees in
            RecordRuleCase("\(level) with \(division)", .complaint, "C-001",
                           [set("respondent.level", level), set("respondent.divisionCode", division)],
                           warnings: agrees ? [] : ["entity.level-division@respondent.level"])
        }
        // Every government-entity block, not only the complaint's respondent.
        let blocks: [(RecordCategory, String, String)] = [
            (.contract, "K-001", "governmentParty"), (.dishonesty, "D-001", "entity"), (.arrears, "A-001", "debtor"),
            (.enforcement, "E-001", "entity"), (.clue, "L-001", "respondent"),
        ]
        for (category, id, block) in blocks {
            cases.append(RecordRuleCase("\(block) PROVINCIAL with a county code", category, id,
                                        [set("\(block).level", "PROVINCIAL")], warnings: ["entity.level-division@\(block).level"]))
            cases.append(RecordRuleCase("\(block) TOWNSHIP with its county's code", category, id, [set("\(block).level", "TOWNSHIP")]))
        }
        return cases
    }()

    @Test("A body does not identify itself (error on the department's code)", arguments: identityCases)
    func selfIdentified(_ testCase: RecordRuleCase) throws {
        try RecordRuleHarness.check(testCase)
    }

    @Test("Administrative level against the shape of the division code (warning, accepted)", arguments: levelCases)
    func levelAgainstDivision(_ testCase: RecordRuleCase) throws {
        try RecordRuleHarness.check(testCase)
    }

    // MARK: - Consistency rules

    static let consistencyCases: [RecordRuleCase] = {
        var cases: [RecordRuleCase] = [
            // §II(2): a reason for non-performance means the complaint was founded.
            .init("UNFOUNDED with a reason", .verification, "V-002", [set("nonPerformanceReason", "PERSONNEL_CHANGE")],
                  errors: ["verification.reason-requires-founded@result"]),
            .init("UNFOUNDED with a reason given as a label", .verification, "V-002", [set("nonPerformanceReason", "机构调整")],
                  errors: ["verification.reason-requires-founded@result"]),
            .init("FOUNDED with a reason", .verification, "V-001", [set("nonPerformanceReason", "OTHER")]),
            .init("FOUNDED without a reason", .verification, "V-001", [remove("nonPerformanceReason")]),
            .init("UNFOUNDED without a reason", .verification, "V-002", []),
        ]
        // §III(4): city-scoped measures target prefecture-level cities and above.
        for measure in ["CANCEL_AWARDS_AND_PILOTS", "RAISE_CITY_MONITORING_DEDUCTION", "CANCEL_DEMONSTRATION_ZONE"] {
            cases.append(.init("\(measure) on a county", .sanction, "S-002",
                               [set("measure", measure), set("targetDivisionCode", "330106")],
                               errors: ["sanction.city-scope@targetDivisionCode"]))
            cases.append(.init("\(measure) on a prefecture", .sanction, "S-002",
                               [set("measure", measure), set("targetDivisionCode", "330100")]))
            cases.append(.init("\(measure) on a province", .sanction, "S-002",
                               [set("measure", measure), set("targetDivisionCode", "330000")]))
        }
        cases += [
            .init("city measure by its label on a county", .sanction, "S-002",
                  [set("measure", "加大城市信用监测扣分权重"), set("targetDivisionCode", "330106")],
                  errors: ["sanction.city-scope@targetDivisionCode"]),
            .init("city measure by its number on a full-width county code", .sanction, "S-002",
                  [set("measure", "06"), set("targetDivisionCode", "３３０１０６")], errors: ["sanction.city-scope@targetDivisionCode"]),
            .init("local measure on a county", .sanction, "S-001", [set("targetDivisionCode", "330106")],
                  warnings: ["field.not-applicable@targetDivisionCode"]),
            .init("national non-city measure on a county", .sanction, "S-001",
                  [set("measure", "LIMIT_SPECIAL_BONDS"), set("targetDivisionCode", "330106")],
                  warnings: ["field.not-applicable@targetDivisionCode"]),
        ]
        // §III(3): the arrears status agrees with what was paid (fixture A-002 owes 2,860,000.00).
        let arrears: [(String, String, Bool)] = [
            ("OUTSTANDING", "0.00", true), ("OUTSTANDING", "0", true), ("OUTSTANDING", "0.01", false),
            ("OUTSTANDING", "2860000.00", false),
            ("PARTIALLY_PAID", "0.00", false), ("PARTIALLY_PAID", "0.01", true), ("PARTIALLY_PAID", "2859999.99", true),
            ("PARTIALLY_PAID", "2860000.00", false), ("PARTIALLY_PAID", "2860000.01", false),
            ("SETTLED", "2860000.00", true), ("SETTLED", "2860000", true), ("SETTLED", "2860000.01", true),
            ("SETTLED", "2859999.99", false), ("SETTLED", "0", false),
            ("DISPUTED", "0", true), ("DISPUTED", "1.00", true), ("DISPUTED", "2860000.00", true), ("DISPUTED", "9999999.00", true),
            ("已结清", "2859999.99", false), ("04", "0", true),
        ]
        for (status, paid, agrees) in arrears {
            cases.append(.init("\(status) with \(paid) paid", .arrears, "A-002", [set("status", status), set("amountPaid", paid)],
                               errors: agrees ? [] : ["arrears.status-amounts@status"]))
        }
        // §IV(9): REPEATED needs at least two distinct dishonesty records.
        let lists: [(String, [String], Bool)] = [
            ("REPEATED", ["D-001", "D-003"], true), ("REPEATED", ["D-001"], false), ("REPEATED", ["D-001", "D-001"], false),
            ("REPEATED", ["D-001", " D-001 "], false), ("REPEATED", ["D-001", "Ｄ－００１"], false),
            ("REPEATED", ["D-001", "D-003", "D-001"], true), ("多次失信", ["D-003"], false),
            ("SERIOUS", ["D-001"], true), ("STRONG_COMPLAINTS", ["D-001"], true),
        ]
        for (reason, ids, passes) in lists {
            cases.append(.init("\(reason) with \(ids)", .typicalCase, "T-001",
                               [set("reason", reason), set("dishonestyIds", json: .array(ids.map(JSONValue.string)))],
                               errors: passes ? [] : ["typicalCase.repeated-needs-two@dishonestyIds"]))
        }
        // §III(3): 案号 (year) court-code case-type number 号; a warning, the record stays accepted.
        let caseNumbers: [(String, Bool)] = [
            ("（2023）浙0106执1234号", true), ("(2023)浙0106执1234号", true), ("（２０２３）浙0106执1234号", true),
            ("（2024）京0105执恢56号", true),
            ("2023浙0106执1234号", false), ("（2023）浙0106执1234", false), ("（23）浙0106执1234号", false),
            ("（二〇二三）浙0106执1234号", false), ("浙0106执1234号", false), ("abc", false),
        ]
        for (number, passes) in caseNumbers {
            cases.append(.init("case number \(number)", .enforcement, "E-001", [set("caseNumber", number)],
                               warnings: passes ? [] : ["enforcement.case-number@caseNumber"]))
        }
        return cases
    }()

    @Test("Reason ⇒ FOUNDED, city scope, arrears amounts, repeated cases, case numbers", arguments: consistencyCases)
    func consistency(_ testCase: RecordRuleCase) throws {
        try RecordRuleHarness.check(testCase)
    }

    @Test("Consistency messages carry the values they are about")
    func consistencyMessages() throws {
        let arrears = try RecordRuleHarness.fixture(.arrears, "A-002").setting("status", to: .string("SETTLED"))
        let arrearsFinding = try #require(try RecordRuleHarness.outcome(of: arrears, .arrears).errors.first)
        #expect(arrearsFinding.message.en.contains("SETTLED") && arrearsFinding.message.en.contains("1200000.00")
                && arrearsFinding.message.en.contains("2860000.00"), "\(arrearsFinding.message.en)")
        let typical = try RecordRuleHarness.fixture(.typicalCase, "T-001")
            .setting("dishonestyIds", to: .array([.string("D-001"), .string("D-001")]))
        let typicalFinding = try #require(try RecordRuleHarness.outcome(of: typical, .typicalCase).errors.first)
        #expect(typicalFinding.message.en.contains("it has 1"), "duplicates counted: \(typicalFinding.message.en)")
        let sanction = try RecordRuleHarness.fixture(.sanction, "S-002").setting("targetDivisionCode", to: .string("330106"))
        let sanctionFinding = try #require(try RecordRuleHarness.outcome(of: sanction, .sanction).errors.first)
        #expect(sanctionFinding.message.en.contains("330106") && sanctionFinding.message.en.contains("CANCEL_AWARDS_AND_PILOTS"))
    }

    // MARK: - Policy thresholds (warnings)

    static let policyCases: [RecordRuleCase] = [
        // complaint: received 2024-01-08; default limit 7 days
        .init("transferred after 7 days", .complaint, "C-001", [set("transferredDate", "2024-01-15")]),
        .init("transferred after 8 days", .complaint, "C-001", [set("transferredDate", "2024-01-16")],
              warnings: ["policy.transfer-days@transferredDate"]),
        .init("transferred the same day", .complaint, "C-001", [set("transferredDate", "2024-01-08")]),
        // verification: verified 2024-02-05; default limit 30 days
        .init("verified after 30 days", .verification, "V-001", [set("receivedDate", "2024-01-06")]),
        .init("verified after 31 days", .verification, "V-001", [set("receivedDate", "2024-01-05")],
              warnings: ["policy.verification-days@verifiedDate"]),
        // restoration: confirmed 2024-01-30, completed 2024-02-01; default limit 15 days after the later one
        .init("restored 15 days after completion", .restoration, "R-001", [set("restoredDate", "2024-02-16")]),
        .init("restored 16 days after completion", .restoration, "R-001", [set("restoredDate", "2024-02-17")],
              warnings: ["policy.restoration-days@restoredDate"]),
        .init("confirmation later: 15 days", .restoration, "R-001",
              [set("correctionConfirmedDate", "2024-02-05"), set("performanceCompletedDate", "2024-01-20"),
               set("restoredDate", "2024-02-20")]),
        .init("confirmation later: 16 days", .restoration, "R-001",
              [set("correctionConfirmedDate", "2024-02-05"), set("performanceCompletedDate", "2024-01-20"),
               set("restoredDate", "2024-02-21")], warnings: ["policy.restoration-days@restoredDate"]),
        .init("long after the earlier date, 15 days after the later", .restoration, "R-001",
              [set("correctionConfirmedDate", "2024-01-01"), set("restoredDate", "2024-02-16")]),
    ]

    @Test("Policy thresholds: the limit itself passes, one day more warns, the record stays accepted", arguments: policyCases)
    func policyThresholds(_ testCase: RecordRuleCase) throws {
        try RecordRuleHarness.check(testCase)
    }

    @Test("Policy thresholds are configurable and the message gives days and limit")
    func configuredThresholds() throws {
        let options = ValidationOptions(today: fixtureToday, thresholds: PolicyThresholds(
            complaintTransferDays: 1, verificationDays: 25, restorationDays: 9))
        // C-001 took 2 days, V-001 26 days, R-001 9 days after the later confirmation.
        try RecordRuleHarness.check(.init("2 > 1", .complaint, "C-001", [], warnings: ["policy.transfer-days@transferredDate"]),
                                    options: options)
        try RecordRuleHarness.check(.init("26 > 25", .verification, "V-001", [],
                                          warnings: ["policy.verification-days@verifiedDate"]), options: options)
        try RecordRuleHarness.check(.init("9 = 9", .restoration, "R-001", []), options: options)
        let outcome = try RecordRuleHarness.outcome(of: try RecordRuleHarness.fixture(.complaint, "C-001"), .complaint,
                                                    options: options)
        let finding = try #require(outcome.warnings.first)
        #expect(finding.severity == .warning && outcome.isAccepted)
        #expect(finding.message.en.contains("2 days") && finding.message.en.contains("more than 1"), "\(finding.message.en)")
    }

    // MARK: - Normalisation (SPEC §1)

    static let normalisationCases: [RecordRuleCase] = [
        .init("code by code", .complaint, "C-001", [set("channel", "CREDIT_WEBSITE")], values: ["channel": "CREDIT_WEBSITE"]),
        .init("code by number", .complaint, "C-001", [set("channel", "01")], values: ["channel": "CREDIT_WEBSITE"]),
        .init("code by full-width number", .complaint, "C-001", [set("channel", "０４")], values: ["channel": "HOTLINE_12345"]),
        .init("code by Chinese label", .complaint, "C-001", [set("channel", "信用网站")], values: ["channel": "CREDIT_WEBSITE"]),
        .init("code by Chinese label with quotes", .complaint, "C-001", [set("channel", "国务院“互联网+督查”平台")],
              values: ["channel": "INTERNET_PLUS_SUPERVISION"]),
        .init("code by English label", .complaint, "C-001", [set("channel", "Credit website")], values: ["channel": "CREDIT_WEBSITE"]),
        .init("code by English label, any case", .complaint, "C-001", [set("channel", "credit WEBSITE")],
              values: ["channel": "CREDIT_WEBSITE"]),
        .init("code in full-width letters, padded", .complaint, "C-001", [set("channel", " ＣＲＥＤＩＴ＿ＷＥＢＳＩＴＥ ")],
              values: ["channel": "CREDIT_WEBSITE"]),
        .init("block code by label", .complaint, "C-001", [set("respondent.level", "县级"), set("complainant.scale", "Small")],
              values: ["respondent.level": "COUNTY", "complainant.scale": "SMALL"]),
        .init("status by label", .dishonesty, "D-002", [set("status", "已信用修复"), set("severity", "02")],
              values: ["status": "RESTORED", "severity": "GENERAL"]),
        .init("measure by number", .sanction, "S-002", [set("measure", "04")], values: ["measure": "CANCEL_AWARDS_AND_PILOTS"]),
        .init("arrears status by English label", .arrears, "A-002", [set("status", "Partially paid")],
              values: ["status": "PARTIALLY_PAID"]),
        .init("full-width date", .complaint, "C-001", [set("receivedDate", "２０２４－０１－０８")],
              values: ["receivedDate": "2024-01-08"]),
        .init("full-width amount", .complaint, "C-001", [set("amountInvolved", "１５０００００．００")],
              values: ["amountInvolved": "1500000.00"]),
        .init("full-width identifiers", .complaint, "C-001",
              [set("id", "Ｃ－００１"), set("contractId", "Ｋ－００１"), set("complainant.uscc", "９１３３０１０６ＭＡ２Ｈ３Ｋ７Ｐ６Ｘ"),
               set("complainantContact.idNumber", "３３０１０６１９８８０３１５００２６"),
               set("complainantContact.phone", "１３９１２３４５６７８"), set("respondent.divisionCode", "３３０１０６")],
              values: ["id": "C-001", "contractId": "K-001", "complainant.uscc": "91330106MA2H3K7P6X",
                       "complainantContact.idNumber": "330106198803150026", "complainantContact.phone": "13912345678",
                       "respondent.divisionCode": "330106"]),
        .init("free text keeps full-width characters", .complaint, "C-001",
              [set("summary", "投诉企业称：ＡＢＣ公司拖欠１５０万元（含税）。"), set("complainant.name", "杭州西溪智造科技有限公司（ＡＢＣ）")],
              values: ["summary": "投诉企业称：ＡＢＣ公司拖欠１５０万元（含税）。", "complainant.name": "杭州西溪智造科技有限公司（ＡＢＣ）"]),
        .init("free text trimmed, ideographic space too", .complaint, "C-001", [set("summary", "\u{3000} 摘要 \u{3000}")],
              values: ["summary": "摘要"]),
        .init("free text NFC", .complaint, "C-001", [set("summary", "Cafe\u{301} 咖啡")], values: ["summary": "Caf\u{E9} 咖啡"]),
        // The length is the trimmed NFC text's: 2,000 characters once trimmed, and 2,000 once composed, are within it.
        .init("free text at its length once trimmed", .complaint, "C-001",
              [set("summary", "  " + String(repeating: "字", count: 2_000) + "\u{3000}")],
              values: ["summary": String(repeating: "字", count: 2_000)]),
        .init("free text at its length once composed", .complaint, "C-001",
              [set("summary", String(repeating: "字", count: 1_999) + "e\u{301}")],
              values: ["summary": String(repeating: "字", count: 1_999) + "\u{E9}"]),
        .init("amount with one decimal", .complaint, "C-001", [set("amountInvolved", "12.5")], values: ["amountInvolved": "12.50"]),
        .init("amount without decimals", .complaint, "C-001", [set("amountInvolved", "12")], values: ["amountInvolved": "12.00"]),
        .init("amount as a JSON number", .complaint, "C-001", [set("amountInvolved", json: .number("12.5"))],
              values: ["amountInvolved": "12.50"]),
        .init("lower-case x in an ID number", .complaint, "C-001", [set("complainantContact.idNumber", "33010619880315019x")],
              values: ["complainantContact.idNumber": "33010619880315019X"]),
        .init("full-width lower-case x in an ID number", .complaint, "C-001",
              [set("complainantContact.idNumber", "３３０１０６１９８８０３１５０１９ｘ")],
              values: ["complainantContact.idNumber": "33010619880315019X"]),
        .init("list items canonicalised", .typicalCase, "T-001",
              [set("dishonestyIds", json: .array([.string("Ｄ－００１"), .string(" D-003 ")]))]),
    ]

    @Test("Codes in any of their four forms, full-width digits, amounts: canonical; free text kept", arguments: normalisationCases)
    func normalisation(_ testCase: RecordRuleCase) throws {
        try RecordRuleHarness.check(testCase)
    }

    @Test("List items come out canonical")
    func listItemsCanonical() throws {
        let record = try RecordRuleHarness.fixture(.typicalCase, "T-001")
            .setting("dishonestyIds", to: .array([.string("Ｄ－００１"), .string(" D-003 ")]))
        let outcome = try RecordRuleHarness.outcome(of: record, .typicalCase)
        #expect(outcome.record?[path: "dishonestyIds"] == .list(["D-001", "D-003"]))
    }

    // MARK: - Several defects at once

    static let multiDefectCases: [RecordRuleCase] = [
        .init("dishonesty with seven defects", .dishonesty, "D-001", [
            set("domain", "NOT_A_DOMAIN"),
            set("counterparty.uscc", "91110000600037341N"),
            set("department.uscc", "11330106002495318K"),
            set("status", "REVOKED"), set("revokedDate", "2024-03-01"),
            set("entity.level", "PROVINCIAL"),
            set("facts", String(repeating: "违", count: 2001)),
        ], errors: ["field.code@domain", "uscc.check@counterparty.uscc", "record.self-identified@department.uscc",
                    "record.date-order@revokedDate", "field.conditional-required@revokedReason", "field.length@facts"],
           warnings: ["entity.level-division@entity.level"]),
        .init("verification with a reason, unfounded, out of order", .verification, "V-003",
              [set("result", "UNFOUNDED"), set("verifiedDate", "2025-03-04")],
              errors: ["verification.reason-requires-founded@result", "record.date-order@verifiedDate",
                       "field.conditional-required@feedbackDate", "field.conditional-required@feedbackSummary"],
              warnings: ["field.not-applicable@rectificationOrderedDate", "field.not-applicable@rectificationDeadline",
                         "field.not-applicable@rectificationOutcome"]),
        .init("arrears with status, date and level defects", .arrears, "A-001",
              [set("amountPaid", "100.00"), set("dueDate", "2023-02-30"), set("debtor.level", "PREFECTURAL"),
               remove("source")],
              errors: ["arrears.status-amounts@status", "field.date@dueDate", "field.required@source"],
              warnings: ["entity.level-division@debtor.level"]),
        .init("complaint: self-transfer, late and a bad channel", .complaint, "C-001",
              [set("transferredTo.uscc", "11330106002495318K"), set("transferredDate", "2024-01-20"), set("channel", "09")],
              errors: ["record.self-identified@transferredTo.uscc", "field.code@channel"],
              warnings: ["policy.transfer-days@transferredDate"]),
        .init("sanction: county target, terminated early, no reason", .sanction, "S-003",
              [set("measure", "CANCEL_DEMONSTRATION_ZONE"), set("targetDivisionCode", "440304"),
               set("terminatedDate", "2023-07-01"), remove("terminationReason")],
              errors: ["sanction.city-scope@targetDivisionCode", "record.date-order@terminatedDate",
                       "field.conditional-required@terminationReason"]),
    ]

    @Test("One record with several independent defects reports every one of them", arguments: multiDefectCases)
    func everyDefectReported(_ testCase: RecordRuleCase) throws {
        try RecordRuleHarness.check(testCase)
    }

    // MARK: - Messages of every rule exercised here

    @Test("Every finding of every case here has zh and en messages with no unfilled placeholder")
    func allMessagesFilled() throws {
        let cases = Self.dateOrderCases + Self.openEndedCases + Self.notApplicableCases + Self.identityCases + Self.levelCases
            + Self.consistencyCases + Self.policyCases + Self.normalisationCases + Self.multiDefectCases
        var rules: Set<String> = []
        for testCase in cases {
            let outcome = try RecordRuleHarness.outcome(of: try RecordRuleHarness.record(for: testCase), testCase.category)
            rules.formUnion(outcome.findings.map(\.rule.rawValue))
        }
        // The record rules of the catalogue are all among them.
        let recordRules: Set<String> = ["record.date-order", "record.self-identified", "entity.level-division",
            "verification.reason-requires-founded", "sanction.city-scope", "arrears.status-amounts",
            "typicalCase.repeated-needs-two", "enforcement.case-number", "policy.transfer-days", "policy.verification-days",
            "policy.restoration-days", "field.not-applicable", "field.conditional-required"]
        #expect(recordRules.subtracting(rules).isEmpty, "never produced: \(recordRules.subtracting(rules).sorted())")
    }
}
