/// HTML helpers.
enum ReportHTML {
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A table whose columns from `numericFrom` up to (not including) `textFrom` are right-aligned numbers.
    static func table(_ headers: [String], _ rows: [[String]], numericFrom: Int = 1, textFrom: Int = .max) -> String {
        let head = headers.map { "<th>\(escape($0))</th>" }.joined()
        let body = rows.map { row in
            "<tr>" + row.enumerated().map { index, cell in
                index >= numericFrom && index < textFrom ? "<td class=\"n\">\(escape(cell))</td>" : "<td>\(escape(cell))</td>"
            }.joined() + "</tr>"
        }.joined(separator: "\n")
        return "<table><thead><tr>\(head)</tr></thead><tbody>\n\(body)\n</tbody></table>"
    }

    /// A4 on paper, readable on screen; system fonts only (a CJK sans-serif where installed), nothing fetched.
    static let style = """
    @page { size: A4; margin: 16mm 14mm; }
    * { box-sizing: border-box; }
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
           color: #1b1f23; margin: 0 auto; max-width: 190mm; padding: 12px; font-size: 13px; line-height: 1.45; background: #fff; }
    h1 { font-size: 22px; margin: 0 0 4px; color: #12395e; }
    h2 { font-size: 16px; margin: 22px 0 8px; padding-bottom: 3px; border-bottom: 2px solid #1f5f99; color: #12395e; }
    .meta { color: #57606a; font-size: 12px; margin-bottom: 12px; }
    .cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
    .card { border: 1px solid #d0d7de; border-left: 5px solid #1f5f99; border-radius: 4px; padding: 8px 10px; }
    .card .v { font-size: 26px; font-weight: 700; color: #12395e; }
    .card .k { font-size: 12px; color: #57606a; }
    .card.alert { border-left-color: #c62828; } .card.good { border-left-color: #2e7d32; }
    figure { margin: 6px 0 12px; } figcaption { font-size: 12px; color: #57606a; }
    svg text { fill: #1b1f23; font-family: inherit; }
    table { width: 100%; border-collapse: collapse; margin: 4px 0 12px; font-size: 12px; }
    th, td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top; }
    th { background: #eef3f8; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
    .note { font-size: 11px; color: #57606a; }
    @media print { body { padding: 0; max-width: none; } .card, figure, table, tr { break-inside: avoid; }
                   h2 { break-after: avoid; } section { break-inside: auto; } }
    """
}

/// The HTML report a department head reads: headline figures first, then charts, then tables.
struct ReportHTMLRenderer {
    let report: EvaluationReport
    let language: Language

    private var zh: Bool { language == .zh }

    func render() -> String {
        let title = zh ? "政府诚信评价报告" : "Government integrity evaluation"
        let batches = report.packages.map(\.batchID).joined(separator: "、")
        var html = """
        <!DOCTYPE html>
        <html lang="\(zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(ReportHTML.escape(title))</title><style>\(ReportHTML.style)</style></head><body>
        <h1>\(ReportHTML.escape(title))</h1>
        <div class="meta">\(ReportHTML.escape((zh ? "依据发改财金〔2023〕1103号 §IV(7)；报送包：" : "Under NDRC 发改财金〔2023〕1103号 §IV(7); packages: ") + batches))</div>

        """
        html += "<section>" + cards() + "</section>\n"
        html += "<section><h2>\(zh ? "办理与认定效率" : "Handling and identification efficiency")</h2><figure>"
            + ReportCharts.stages(report.stages, language: language) + "</figure></section>\n"
        html += "<section><h2>\(zh ? "惩戒落实" : "Punishment implementation")</h2><figure>"
            + ReportCharts.punishment(report.punishment, language: language) + "</figure></section>\n"
        if !report.categories.isEmpty {
            html += "<section><h2>\(zh ? "归集质量" : "Collection quality")</h2><figure>"
                + ReportCharts.quality(report.categories, language: language) + "</figure></section>\n"
        }
        if !report.trend.isEmpty {
            html += "<section><h2>\(zh ? "按月趋势" : "Trend by month")</h2><figure>"
                + ReportCharts.trend(report.trend, language: language) + "</figure></section>\n"
        }
        html += tables()
        html += "<p class=\"note\">\(ReportHTML.escape(zh ? "天数按自然日计；P90 为第 90 百分位（最近秩）。政策时限见 policy.yaml：转办 \(report.thresholds.complaintTransferDays) 天、核实 \(report.thresholds.verificationDays) 天、修复 \(report.thresholds.restorationDays) 天。" : "Calendar days; P90 is the 90th percentile (nearest rank). Thresholds from policy.yaml: transfer \(report.thresholds.complaintTransferDays), verification \(report.thresholds.verificationDays), restoration \(report.thresholds.restorationDays) days."))</p>\n"
        return html + "</body></html>\n"
    }

    private func cards() -> String {
        let read = report.packages.reduce(0) { $0 + $1.counts.read }
        let accepted = report.packages.reduce(0) { $0 + $1.counts.accepted }
        func stage(_ stage: EvaluationReport.Stage) -> EvaluationReport.StageStatistics? { report.stages.first { $0.stage == stage } }
        func card(_ value: String, _ label: String, _ share: Double?) -> String {
            let kind = share.map { $0 >= 0.9 ? " good" : ($0 < 0.6 ? " alert" : "") } ?? ""
            return "<div class=\"card\(kind)\"><div class=\"v\">\(ReportHTML.escape(value))</div><div class=\"k\">\(ReportHTML.escape(label))</div></div>"
        }
        let transfer = stage(.transfer), verification = stage(.verification), restoration = stage(.restoration)
        let validShare = read == 0 ? nil : Double(accepted) / Double(read)
        let items = [
            card(ReportNumber.percent(validShare), zh ? "记录合格率（接受 \(accepted) / 读取 \(read)）" : "Records accepted (\(accepted) of \(read))", validShare),
            card(ReportNumber.percent(transfer?.shareWithin), zh ? "\(report.thresholds.complaintTransferDays) 天内转办（\(transfer?.count ?? 0) 件）" : "Transferred within \(report.thresholds.complaintTransferDays) days (\(transfer?.count ?? 0))", transfer?.shareWithin),
            card(ReportNumber.percent(verification?.shareWithin), zh ? "\(report.thresholds.verificationDays) 天内完成核实（\(verification?.count ?? 0) 件）" : "Verified within \(report.thresholds.verificationDays) days (\(verification?.count ?? 0))", verification?.shareWithin),
            card(ReportNumber.percent(report.punishment.shareWithSanction), zh ? "有效失信记录已落实惩戒" : "ACTIVE records with a sanction in force", report.punishment.shareWithSanction),
            card(ReportNumber.days(restoration?.median) + (zh ? " 天" : " d"), zh ? "信用修复用时中位数" : "Median days to restoration", nil),
            card(String(report.punishment.activeRecords), zh ? "有效失信记录（已修复 \(report.punishment.restoredRecords)）" : "ACTIVE records (\(report.punishment.restoredRecords) restored)", nil),
        ]
        return "<div class=\"cards\">" + items.joined() + "</div>"
    }

    private func tables() -> String {
        var html = "<section><h2>\(zh ? "明细" : "Details")</h2>"
        html += ReportHTML.table(zh ? ["环节", "件数", "中位数（天）", "P90（天）", "时限（天）", "时限内"] : ["Stage", "Count", "Median (days)", "P90 (days)", "Threshold", "Within"],
            report.stages.map { [$0.stage.name(in: language), String($0.count), ReportNumber.days($0.median), ReportNumber.days($0.p90),
                                 $0.threshold.map(String.init) ?? "—", ReportNumber.percent($0.shareWithin)] })
        html += ReportHTML.table(zh ? ["类别", "接受", "拒绝", "合格率", "字段完整率", "填写最少的可选字段"] : ["Category", "Accepted", "Rejected", "Valid", "Completeness", "Least-filled optional fields"],
            report.categories.map { quality in
                [zh ? quality.category.nameZh : quality.category.rawValue, String(quality.accepted), String(quality.rejected),
                 ReportNumber.percent(quality.validShare), ReportNumber.percent(quality.completeness),
                 quality.leastFilled.map { "\($0.path) \(ReportNumber.percent($0.share))" }.joined(separator: "; ")]
            }, numericFrom: 1, textFrom: 5)
        if !report.sources.isEmpty {
            html += ReportHTML.table(zh ? ["来源文件", "拒绝记录", "错误", "警告", "主要规则"] : ["Source file", "Rejected", "Errors", "Warnings", "Main rules"],
                report.sources.map { [$0.file, String($0.rejected), String($0.errors), String($0.warnings),
                                      $0.topRules.map { "\($0.rule) ×\($0.count)" }.joined(separator: ", ")] }, textFrom: 4)
        }
        if !report.trend.isEmpty {
            html += ReportHTML.table(zh ? ["月份", "受理投诉", "转办", "时限内转办", "核实", "时限内核实", "认定失信", "信用修复"]
                                        : ["Month", "Complaints", "Transfers", "Within", "Verifications", "Within", "Identified", "Restored"],
                report.trend.map { [$0.month, String($0.complaintsReceived), String($0.transfers), String($0.transfersWithin),
                                    String($0.verifications), String($0.verificationsWithin), String($0.identified), String($0.restored)] })
        }
        html += ReportHTML.table(zh ? ["报送包", "生成时间", "模式", "读取", "接受", "拒绝"] : ["Package", "Created", "Mode", "Read", "Accepted", "Rejected"],
            report.packages.map { [$0.batchID, $0.createdAt, $0.mode, String($0.counts.read), String($0.counts.accepted), String($0.counts.rejected)] },
            numericFrom: 3)
        return html + "</section>\n"
    }
}
