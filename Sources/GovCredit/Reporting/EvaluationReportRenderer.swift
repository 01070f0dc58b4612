import Foundation

/// The forms an ``EvaluationReport`` is rendered in.
public enum EvaluationReportFormat: String, CaseIterable, Sendable {
    /// Plain text for a terminal, in one language.
    case text
    /// One JSON document for programs: every figure, both languages' names where there are names.
    case json
    /// One self-contained HTML file (inline CSS and SVG, no network), A4 when printed.
    case html
}

extension EvaluationReport {
    /// The report in `format`; `language` names stages and labels in text and HTML (JSON carries codes).
    public func rendered(as format: EvaluationReportFormat, language: Language = .zh) -> String {
        switch format {
        case .text: return ReportTextRenderer(report: self, language: language).render()
        case .json: return ReportJSONRenderer(report: self).render()
        case .html: return ReportHTMLRenderer(report: self, language: language).render()
        }
    }

    /// Writes the report to `path` atomically.
    public func write(as format: EvaluationReportFormat, language: Language = .zh, to path: String) throws(InputError) {
        try AtomicFile.write(rendered(as: format, language: language), to: path)
    }
}

/// Numbers as a report shows them.
enum ReportNumber {
    /// `87.5%`; `—` when there is nothing to divide.
    static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        return String(format: "%.1f%%", share * 100)
    }

    /// `12`, `12.5`; `—` for none.
    static func days(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// A JSON number with up to 4 decimals, or `null`.
    static func json(_ value: Double?) -> String {
        guard let value else { return "null" }
        return value == value.rounded() ? String(Int(value)) : String(format: "%.4f", value)
    }
}

struct ReportJSONRenderer {
    let report: EvaluationReport

    func render() -> String {
        let packages = report.packages.map { package in
            JSONText.object([("path", JSONText.quoted(package.path)), ("batchId", JSONText.quoted(package.batchID)),
                             ("createdAt", JSONText.quoted(package.createdAt)), ("mode", JSONText.quoted(package.mode)),
                             ("counts", package.counts.jsonText)])
        }
        let stages = report.stages.map { stage in
            JSONText.object([("stage", JSONText.quoted(stage.stage.rawValue)), ("count", String(stage.count)),
                             ("medianDays", ReportNumber.json(stage.median)), ("p90Days", ReportNumber.json(stage.p90)),
                             ("thresholdDays", stage.threshold.map(String.init) ?? "null"),
                             ("withinThreshold", String(stage.withinThreshold)), ("shareWithin", ReportNumber.json(stage.shareWithin))])
        }
        let categories = report.categories.map { quality in
            JSONText.object([("category", JSONText.quoted(quality.category.rawValue)), ("accepted", String(quality.accepted)),
                             ("rejected", String(quality.rejected)), ("validShare", ReportNumber.json(quality.validShare)),
                             ("completeness", ReportNumber.json(quality.completeness)),
                             ("leastFilled", "[" + quality.leastFilled.map {
                                 JSONText.object([("path", JSONText.quoted($0.path)), ("share", ReportNumber.json($0.share))])
                             }.joined(separator: ",") + "]")])
        }
        let sources = report.sources.map { source in
            JSONText.object([("file", JSONText.quoted(source.file)), ("rejected", String(source.rejected)),
                             ("errors", String(source.errors)), ("warnings", String(source.warnings)),
                             ("topRules", "[" + source.topRules.map {
                                 JSONText.object([("rule", JSONText.quoted($0.rule)), ("count", String($0.count))])
                             }.joined(separator: ",") + "]")])
        }
        let punishment = report.punishment
        let trend = report.trend.map { month in
            JSONText.object([("month", JSONText.quoted(month.month)), ("complaintsReceived", String(month.complaintsReceived)),
                             ("transfers", String(month.transfers)), ("transfersWithin", String(month.transfersWithin)),
                             ("verifications", String(month.verifications)), ("verificationsWithin", String(month.verificationsWithin)),
                             ("identified", String(month.identified)), ("restored", String(month.restored))])
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]" }
        let members: [(String, String)] = [
            ("standard", StandardInfo.jsonText),
            ("thresholds", JSONText.object([("complaintTransferDays", String(report.thresholds.complaintTransferDays)),
                                            ("verificationDays", String(report.thresholds.verificationDays)),
                                            ("restorationDays", String(report.thresholds.restorationDays))])),
            ("packages", list(packages)), ("stages", list(stages)), ("categories", list(categories)), ("sources", list(sources)),
            ("punishment", JSONText.object([("activeRecords", String(punishment.activeRecords)),
                                            ("withSanctionInForce", String(punishment.withSanctionInForce)),
                                            ("shareWithSanction", ReportNumber.json(punishment.shareWithSanction)),
                                            ("restoredRecords", String(punishment.restoredRecords))])),
            ("trend", list(trend)),
        ]
        return "{\n" + members.map { "  \(JSONText.quoted($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n}\n"
    }
}

struct ReportTextRenderer {
    let report: EvaluationReport
    let language: Language

    func render() -> String {
        let zh = language == .zh
        var lines: [String] = [zh ? "政府诚信评价（§IV(7)）" : "Government integrity evaluation (§IV(7))"]
        for package in report.packages {
            let counts = package.counts
            lines.append(zh ? "报送包 \(package.batchID)（\(package.createdAt)，\(package.mode)）：读取 \(counts.read)，接受 \(counts.accepted)，拒绝 \(counts.rejected)"
                            : "Package \(package.batchID) (\(package.createdAt), \(package.mode)): read \(counts.read), accepted \(counts.accepted), rejected \(counts.rejected)")
        }
        lines.append("")
        lines.append(zh ? "办理与认定效率（天）" : "Handling and identification efficiency (days)")
        for stage in report.stages {
            let threshold = stage.threshold.map { zh ? "，\($0) 天内 \(ReportNumber.percent(stage.shareWithin))" : ", within \($0) days \(ReportNumber.percent(stage.shareWithin))" } ?? ""
            lines.append(zh ? "  \(stage.stage.name(in: language))：\(stage.count) 件，中位数 \(ReportNumber.days(stage.median))，P90 \(ReportNumber.days(stage.p90))\(threshold)"
                            : "  \(stage.stage.name(in: language)): \(stage.count), median \(ReportNumber.days(stage.median)), p90 \(ReportNumber.days(stage.p90))\(threshold)")
        }
        lines.append("")
        lines.append(zh ? "归集质量" : "Collection quality")
        for quality in report.categories {
            let name = zh ? quality.category.nameZh : quality.category.rawValue
            lines.append(zh ? "  \(name)：接受 \(quality.accepted)，拒绝 \(quality.rejected)，合格率 \(ReportNumber.percent(quality.validShare))，字段完整率 \(ReportNumber.percent(quality.completeness))"
                            : "  \(name): accepted \(quality.accepted), rejected \(quality.rejected), valid \(ReportNumber.percent(quality.validShare)), completeness \(ReportNumber.percent(quality.completeness))")
        }
        for source in report.sources {
            let rules = source.topRules.map { "\($0.rule) ×\($0.count)" }.joined(separator: ", ")
            lines.append(zh ? "  来源 \(source.file)：拒绝 \(source.rejected) 条（\(rules)）" : "  source \(source.file): \(source.rejected) rejected (\(rules))")
        }
        lines.append("")
        let punishment = report.punishment
        lines.append(zh ? "惩戒落实：有效失信记录 \(punishment.activeRecords) 条，其中有在执行惩戒措施的 \(punishment.withSanctionInForce) 条（\(ReportNumber.percent(punishment.shareWithSanction))）；已修复 \(punishment.restoredRecords) 条"
                        : "Punishment: \(punishment.activeRecords) ACTIVE records, \(punishment.withSanctionInForce) with a sanction in force (\(ReportNumber.percent(punishment.shareWithSanction))); \(punishment.restoredRecords) restored")
        if !report.trend.isEmpty {
            lines.append("")
            lines.append(zh ? "按月趋势（月份：受理投诉/转办/核实/认定失信/修复）" : "Trend by month (month: complaints/transfers/verifications/identified/restored)")
            for month in report.trend {
                lines.append("  \(month.month): \(month.complaintsReceived)/\(month.transfers)/\(month.verifications)/\(month.identified)/\(month.restored)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
