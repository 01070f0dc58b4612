/// The evaluation of one or more submission packages (SPEC §8, notice §IV(7)), the figures a department head reads:
/// how fast complaints are handled and records identified, how good the collected data is, and whether
/// punishment follows identification. Built by ``build(packages:thresholds:validator:)``; rendered as text, JSON
/// or one self-contained HTML file by ``rendered(as:language:)``.
///
/// Several packages are merged by national key in the order of their creation time (a later package's record
/// replaces an earlier one, a REVOKE removes it), so monthly FULL packages and INCREMENTAL ones give the same state.
public struct EvaluationReport: Sendable {
    /// The packages read, in creation order.
    public var packages: [PackageSummary] = []
    /// Days per stage of the chain (§II(1)–(2), §III(6)).
    public var stages: [StageStatistics] = []
    /// Valid share and field completeness per category.
    public var categories: [CategoryQuality] = []
    /// Rejected records per source file, from the rejects file beside each package (`<package>.rejects.jsonl`).
    public var sources: [SourceQuality] = []
    /// Punishment implementation (§III(3)–(6)).
    public var punishment = Punishment()
    /// Per calendar month, when several packages are given.
    public var trend: [MonthTrend] = []
    /// The thresholds the shares within are counted against.
    public var thresholds: PolicyThresholds = .standard

    /// One package as its manifest describes it.
    public struct PackageSummary: Sendable, Hashable {
        /// The package directory as given.
        public var path: String
        /// The manifest's batch id.
        public var batchID: String
        /// The manifest's creation time (ISO 8601).
        public var createdAt: String
        /// `FULL` or `INCREMENTAL`.
        public var mode: String
        /// The counts of the run that wrote it: read = accepted + rejected.
        public var counts: RecordCounts
    }

    /// A stage of the chain whose duration is measured, in days.
    public enum Stage: String, CaseIterable, Sendable {
        /// Complaint received → transferred (threshold `complaintTransferDays`).
        case transfer
        /// Verifying department received → verified (threshold `verificationDays`).
        case verification
        /// Verified → dishonesty record identified (no threshold).
        case identification
        /// Correction confirmed and performance completed → restored (threshold `restorationDays`).
        case restoration

        /// The stage's name in `language`.
        public func name(in language: Language) -> String {
            switch self {
            case .transfer: return language == .zh ? "投诉转办" : "Transfer"
            case .verification: return language == .zh ? "核实认定" : "Verification"
            case .identification: return language == .zh ? "核实至认定失信" : "Verified to identified"
            case .restoration: return language == .zh ? "信用修复" : "Restoration"
            }
        }

        /// The policy threshold of the stage, in days; `nil` when the standard sets none.
        public func threshold(in thresholds: PolicyThresholds) -> Int? {
            switch self {
            case .transfer: return thresholds.complaintTransferDays
            case .verification: return thresholds.verificationDays
            case .identification: return nil
            case .restoration: return thresholds.restorationDays
            }
        }
    }

    /// Durations of one stage.
    public struct StageStatistics: Sendable, Hashable {
        /// The stage measured.
        public var stage: Stage
        /// Records with both dates.
        public var count: Int
        /// Median days.
        public var median: Double?
        /// 90th percentile (nearest rank).
        public var p90: Double?
        /// The policy threshold in days, when there is one.
        public var threshold: Int?
        /// Records that took at most the threshold.
        public var withinThreshold: Int
        /// `withinThreshold / count`; `nil` without a threshold or records.
        public var shareWithin: Double? { threshold == nil || count == 0 ? nil : Double(withinThreshold) / Double(count) }
    }

    /// Collection quality of one category.
    public struct CategoryQuality: Sendable, Hashable {
        /// The category.
        public var category: RecordCategory
        /// Records in the packages.
        public var accepted: Int
        /// Records of the category in the rejects files.
        public var rejected: Int
        /// Filled fields / fields that could be filled (members of absent optional blocks do not count).
        public var completeness: Double?
        /// The optional fields filled least often: field path and share filled.
        public var leastFilled: [FieldFill]
        /// `accepted / (accepted + rejected)`.
        public var validShare: Double? { accepted + rejected == 0 ? nil : Double(accepted) / Double(accepted + rejected) }
    }

    /// How often one field is filled.
    public struct FieldFill: Sendable, Hashable {
        /// The field path (`complainant.scale`).
        public var path: String
        /// Share of records (with the field's block present) that fill it.
        public var share: Double
    }

    /// Rejected records of one source file, with the rules that rejected them most.
    public struct SourceQuality: Sendable, Hashable {
        /// The source file as the rejects file names it.
        public var file: String
        /// Rejected records from it.
        public var rejected: Int
        /// Findings of severity error on them.
        public var errors: Int
        /// Findings of severity warning on them.
        public var warnings: Int
        /// The three rules that fired most.
        public var topRules: [RuleCount]
    }

    /// A rule and how often it fired.
    public struct RuleCount: Sendable, Hashable {
        /// The rule id (`field.date`).
        public var rule: String
        /// How often it fired.
        public var count: Int
    }

    /// Punishment implementation.
    public struct Punishment: Sendable, Hashable {
        /// ACTIVE dishonesty records.
        public var activeRecords = 0
        /// Of those, records with at least one sanction IN_FORCE.
        public var withSanctionInForce = 0
        /// RESTORED dishonesty records.
        public var restoredRecords = 0
        /// `withSanctionInForce / activeRecords`.
        public var shareWithSanction: Double? { activeRecords == 0 ? nil : Double(withSanctionInForce) / Double(activeRecords) }
    }

    /// What happened in one calendar month (by the date each step was completed).
    public struct MonthTrend: Sendable, Hashable {
        /// `YYYY-MM`.
        public var month: String
        /// Complaints received.
        public var complaintsReceived = 0
        /// Complaints transferred, and of those within the threshold.
        public var transfers = 0
        /// Of ``transfers``, those done within ``PolicyThresholds/complaintTransferDays`` of receipt.
        public var transfersWithin = 0
        /// Verifications completed, and of those within the threshold.
        public var verifications = 0
        /// Of ``verifications``, those done within ``PolicyThresholds/verificationDays``.
        public var verificationsWithin = 0
        /// Dishonesty records identified.
        public var identified = 0
        /// Restorations completed.
        public var restored = 0
    }
}
