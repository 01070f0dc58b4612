import Foundation

/// Inline SVG charts for the HTML report: plain shapes and text, sized in CSS pixels, no script, no external
/// font or image, so the file renders the same offline, in print and in headless Chromium.
enum ReportCharts {
    static let width = 700.0
    static let labelWidth = 150.0
    static let palette = (primary: "#1f5f99", secondary: "#8fb8de", good: "#2e7d32", alert: "#c62828", grid: "#d0d7de")

    /// Horizontal bars per stage: median (dark) and p90 (light) days, with the threshold as a red tick.
    static func stages(_ stages: [EvaluationReport.StageStatistics], language: Language) -> String {
        let maximum = max(1, stages.flatMap { [$0.p90 ?? 0, Double($0.threshold ?? 0)] }.max() ?? 1)
        let plot = width - labelWidth - 60
        let rowHeight = 46.0
        var body = ""
        for (index, stage) in stages.enumerated() {
            let top = 10 + Double(index) * rowHeight
            body += text(x: labelWidth - 8, y: top + 20, stage.stage.name(in: language), anchor: "end")
            let median = (stage.median ?? 0) / maximum * plot, p90 = (stage.p90 ?? 0) / maximum * plot
            body += rect(x: labelWidth, y: top + 4, width: p90, height: 14, fill: palette.secondary)
            body += rect(x: labelWidth, y: top + 20, width: median, height: 14, fill: palette.primary)
            body += text(x: labelWidth + p90 + 4, y: top + 15, "P90 \(ReportNumber.days(stage.p90))", size: 11)
            body += text(x: labelWidth + median + 4, y: top + 31, (language == .zh ? "中位 " : "median ") + ReportNumber.days(stage.median), size: 11)
            if let threshold = stage.threshold {
                let x = labelWidth + Double(threshold) / maximum * plot
                body += "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(top + 38))\" stroke=\"\(palette.alert)\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>"
            }
        }
        let height = 20 + Double(stages.count) * rowHeight
        let legend = language == .zh ? "深色：中位数（天）；浅色：P90（天）；红色虚线：政策时限" : "dark: median days; light: p90 days; red dashes: policy threshold"
        return svg(height: height + 18, body + text(x: labelWidth, y: height + 10, legend, size: 11), title: legend)
    }

    /// Horizontal bars per category: valid share (dark) and field completeness (light), 0–100%.
    static func quality(_ categories: [EvaluationReport.CategoryQuality], language: Language) -> String {
        let plot = width - labelWidth - 70
        let rowHeight = 30.0
        var body = gridlines(top: 4, height: Double(categories.count) * rowHeight, plot: plot)
        for (index, quality) in categories.enumerated() {
            let top = 6 + Double(index) * rowHeight
            body += text(x: labelWidth - 8, y: top + 15, shortName(quality.category, language), anchor: "end", size: 12)
            body += rect(x: labelWidth, y: top + 2, width: (quality.validShare ?? 0) * plot, height: 11, fill: palette.primary)
            body += rect(x: labelWidth, y: top + 14, width: (quality.completeness ?? 0) * plot, height: 8, fill: palette.secondary)
            body += text(x: labelWidth + plot + 6, y: top + 15, ReportNumber.percent(quality.validShare), size: 11)
        }
        let height = 10 + Double(categories.count) * rowHeight
        let legend = language == .zh ? "深色：合格率；浅色：字段完整率" : "dark: valid share; light: field completeness"
        return svg(height: height + 18, body + text(x: labelWidth, y: height + 10, legend, size: 11), title: legend)
    }

    /// One 100% bar: ACTIVE records with a sanction in force, and without.
    static func punishment(_ punishment: EvaluationReport.Punishment, language: Language) -> String {
        let plot = width - 20
        let share = punishment.shareWithSanction ?? 0
        let label = language == .zh
            ? "有在执行惩戒措施：\(punishment.withSanctionInForce) / \(punishment.activeRecords) 条有效失信记录（\(ReportNumber.percent(punishment.shareWithSanction))）"
            : "With a sanction in force: \(punishment.withSanctionInForce) of \(punishment.activeRecords) ACTIVE records (\(ReportNumber.percent(punishment.shareWithSanction)))"
        let body = rect(x: 10, y: 6, width: plot, height: 22, fill: palette.grid)
            + rect(x: 10, y: 6, width: share * plot, height: 22, fill: share >= 0.999 ? palette.good : palette.primary)
            + text(x: 10, y: 46, label, size: 12)
        return svg(height: 54, body, title: label)
    }

    /// Vertical bars per month: complaints received, records identified, records restored.
    static func trend(_ months: [EvaluationReport.MonthTrend], language: Language) -> String {
        let series: [(String, String, (EvaluationReport.MonthTrend) -> Int)] = [
            (language == .zh ? "受理投诉" : "complaints", palette.secondary, { $0.complaintsReceived }),
            (language == .zh ? "认定失信" : "identified", palette.primary, { $0.identified }),
            (language == .zh ? "信用修复" : "restored", palette.good, { $0.restored }),
        ]
        let maximum = Double(max(1, months.flatMap { month in series.map { $0.2(month) } }.max() ?? 1))
        let plotHeight = 160.0, left = 40.0
        let slot = (width - left - 10) / Double(max(1, months.count))
        let bar = min(18, slot / 4)
        var body = "<line x1=\"\(f(left))\" y1=\"\(f(plotHeight + 10))\" x2=\"\(f(width - 10))\" y2=\"\(f(plotHeight + 10))\" stroke=\"\(palette.grid)\"/>"
        body += text(x: left - 6, y: 16, String(Int(maximum)), anchor: "end", size: 10) + text(x: left - 6, y: plotHeight + 10, "0", anchor: "end", size: 10)
        for (index, month) in months.enumerated() {
            let x = left + Double(index) * slot + (slot - 3 * bar) / 2
            for (offset, item) in series.enumerated() {
                let height = Double(item.2(month)) / maximum * plotHeight
                body += rect(x: x + Double(offset) * bar, y: plotHeight + 10 - height, width: bar - 1, height: height, fill: item.1)
            }
            body += text(x: x + 1.5 * bar, y: plotHeight + 26, month.month, anchor: "middle", size: 10)
        }
        var legendX = left
        for item in series {
            body += rect(x: legendX, y: plotHeight + 36, width: 10, height: 10, fill: item.1) + text(x: legendX + 14, y: plotHeight + 45, item.0, size: 11)
            legendX += 110
        }
        return svg(height: plotHeight + 54, body, title: series.map(\.0).joined(separator: " · "))
    }

    /// A category's name short enough for the chart's label column (`协议合同` for the contract category).
    static func shortName(_ category: RecordCategory, _ language: Language) -> String {
        guard language == .zh else { return category.rawValue }
        return category.nameZh.count > 9 ? String(category.nameZh.suffix(4)) : category.nameZh
    }

    private static func gridlines(top: Double, height: Double, plot: Double) -> String {
        stride(from: 0.0, through: 1.0, by: 0.25).map { share in
            let x = labelWidth + share * plot
            return "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(top + height))\" stroke=\"\(palette.grid)\" stroke-width=\"1\"/>"
        }.joined()
    }

    private static func svg(height: Double, _ body: String, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"100%\" role=\"img\" aria-label=\"\(ReportHTML.escape(title))\">" + body + "</svg>"
    }

    private static func rect(x: Double, y: Double, width: Double, height: Double, fill: String) -> String {
        "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(0, width)))\" height=\"\(f(max(0, height)))\" fill=\"\(fill)\"/>"
    }

    private static func text(x: Double, y: Double, _ content: String, anchor: String = "start", size: Int = 13) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\">\(ReportHTML.escape(content))</text>"
    }

    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
