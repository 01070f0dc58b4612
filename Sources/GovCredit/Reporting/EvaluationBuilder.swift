import Foundation

extension EvaluationReport {
    /// Reads the packages (and the rejects file beside each, when present) and computes the evaluation.
    /// Throws ``InputError`` when a package cannot be read.
    public static func build(packages paths: [String], thresholds: PolicyThresholds = .standard,
                             validator: RecordFileValidator = RecordFileValidator()) throws -> EvaluationReport {
        var report = EvaluationReport()
        report.thresholds = thresholds
        let packages = try paths.map { try PackageOutcomes(path: $0) }.enumerated()
            .sorted { ($0.element.createdAt, $0.offset) < ($1.element.createdAt, $1.offset) }.map(\.element)
        var state = ChainState()
        var quality = QualityCollector()
        for package in packages {
            report.packages.append(PackageSummary(path: package.path, batchID: package.batchID, createdAt: package.createdAt,
                                                  mode: package.mode, counts: package.counts))
            try package.forEachOutcome(validator) { outcome in
                guard let record = outcome.record else { return }
                quality.count(record)
                state.apply(record)
            }
            quality.readRejects(path: package.path + ".rejects.jsonl")
        }
        report.stages = Stage.allCases.map { stage in
            Self.statistics(stage, days: state.durations(of: stage), threshold: stage.threshold(in: thresholds))
        }
        report.categories = quality.categories()
        report.sources = quality.sources()
        report.punishment = state.punishment()
        if packages.count > 1 { report.trend = state.trend(thresholds: thresholds) }
        return report
    }

    static func statistics(_ stage: Stage, days: [Int], threshold: Int?) -> StageStatistics {
        let sorted = days.sorted()
        var median: Double?
        var p90: Double?
        if !sorted.isEmpty {
            let middle = sorted.count / 2
            median = sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
            let rank = Int((0.9 * Double(sorted.count)).rounded(.up))
            p90 = Double(sorted[max(0, rank - 1)])
        }
        let within = threshold.map { limit in sorted.filter { $0 <= limit }.count } ?? 0
        return StageStatistics(stage: stage, count: sorted.count, median: median, p90: p90, threshold: threshold, withinThreshold: within)
    }
}

/// Field completeness and rejects, counted over every record of every package given.
struct QualityCollector {
    private var accepted: [RecordCategory: Int] = [:]
    private var rejected: [RecordCategory: Int] = [:]
    private var filled: [RecordCategory: [Int]] = [:]
    private var applicable: [RecordCategory: [Int]] = [:]
    private var bySource: [String: EvaluationReport.SourceQuality] = [:]
    private var rulesBySource: [String: [String: Int]] = [:]

    mutating func count(_ record: FlatRecord) {
        let category = record.category
        accepted[category, default: 0] += 1
        let zeros = Array(repeating: 0, count: category.fields.count)
        for slot in category.leafSlots {
            if let parent = category.fields[slot].parent, record[parent] == nil { continue }
            // In place: copying the arrays out and back copied them whole for every record.
            applicable[category, default: zeros][slot] += 1
            if record[slot] != nil { filled[category, default: zeros][slot] += 1 }
        }
    }

    /// Reads `<package>.rejects.jsonl` (one rejected record a line, with its category, location and findings).
    mutating func readRejects(path: String) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            if let category = (object["category"] as? String).flatMap(RecordCategory.init(rawValue:)) { rejected[category, default: 0] += 1 }
            let file = ((object["location"] as? [String: Any])?["file"] as? String) ?? "?"
            var source = bySource[file] ?? EvaluationReport.SourceQuality(file: file, rejected: 0, errors: 0, warnings: 0, topRules: [])
            source.rejected += 1
            for finding in object["findings"] as? [[String: Any]] ?? [] {
                if finding["severity"] as? String == "error" { source.errors += 1 } else { source.warnings += 1 }
                if let rule = finding["rule"] as? String { rulesBySource[file, default: [:]][rule, default: 0] += 1 }
            }
            bySource[file] = source
        }
    }

    func categories() -> [EvaluationReport.CategoryQuality] {
        RecordCategory.allCases.compactMap { category in
            let accepted = self.accepted[category] ?? 0, rejected = self.rejected[category] ?? 0
            guard accepted + rejected > 0 else { return nil }
            var completeness: Double?
            var least: [EvaluationReport.FieldFill] = []
            if let filled = filled[category], let applicable = applicable[category] {
                let total = applicable.reduce(0, +)
                completeness = total == 0 ? nil : Double(filled.reduce(0, +)) / Double(total)
                least = category.leafSlots.filter { !category.fields[$0].isRequired && applicable[$0] > 0 }
                    .map { EvaluationReport.FieldFill(path: category.fields[$0].path, share: Double(filled[$0]) / Double(applicable[$0])) }
                    .sorted { ($0.share, $0.path) < ($1.share, $1.path) }.prefix(3).map { $0 }
            }
            return EvaluationReport.CategoryQuality(category: category, accepted: accepted, rejected: rejected,
                                                    completeness: completeness, leastFilled: least)
        }
    }

    func sources() -> [EvaluationReport.SourceQuality] {
        bySource.keys.sorted().compactMap { file in
            guard var source = bySource[file] else { return nil }
            source.topRules = (rulesBySource[file] ?? [:]).map { EvaluationReport.RuleCount(rule: $0.key, count: $0.value) }
                .sorted { ($0.count, $1.rule) > ($1.count, $0.rule) }.prefix(3).map { $0 }
            return source
        }
    }
}
