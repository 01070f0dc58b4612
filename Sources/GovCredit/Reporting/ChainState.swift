/// The state of the chain complaint → verification → dishonesty → sanction → restoration across packages: a few
/// dates per record by national key (a later package replaces, a REVOKE removes), never the records themselves.
struct ChainState {
    /// What the evaluation needs of one record. Dates are days since 1970-01-01.
    enum Facts {
        case complaint(received: Int?, transferred: Int?)
        case verification(received: Int?, verified: Int?)
        case dishonesty(status: String, identified: Int?, verification: String?)
        case sanction(dishonesty: String, inForce: Bool)
        case restoration(dishonesty: String, ready: Int?, restored: Int?)
    }

    private var facts: [String: Facts] = [:]

    mutating func apply(_ record: FlatRecord) {
        let id = record[0]?.text ?? ""
        let key = record.envelope?.nationalKey ?? "\(record.category.rawValue):\(id)"
        guard record.envelope?.operation != .revoke else {
            facts[key] = nil
            return
        }
        // References resolve within the submitter's province: the first two digits of the national key.
        let province = key.split(separator: ":").first.map(String.init) ?? ""
        func date(_ path: String) -> Int? { record[path: path]?.text.flatMap(CivilDate.init(iso:))?.daysSinceEpoch }
        func reference(_ path: String) -> String? { record[path: path]?.text.map { "\(province):\($0)" } }
        switch record.category {
        case .complaint:
            facts[key] = .complaint(received: date("receivedDate"), transferred: date("transferredDate"))
        case .verification:
            facts[key] = .verification(received: date("receivedDate"), verified: date("verifiedDate"))
        case .dishonesty:
            facts[key] = .dishonesty(status: record[path: "status"]?.text ?? "", identified: date("identifiedDate"),
                                     verification: reference("verificationId"))
        case .sanction:
            facts[key] = .sanction(dishonesty: reference("dishonestyId") ?? "",
                                   inForce: record[path: "status"]?.text == SanctionStatus.inForce.rawValue)
        case .restoration:
            let ready = [date("correctionConfirmedDate"), date("performanceCompletedDate")].compactMap { $0 }.max()
            facts[key] = .restoration(dishonesty: reference("dishonestyId") ?? "", ready: ready, restored: date("restoredDate"))
        default:
            break
        }
    }

    /// `province:id` of a record's key, the form references are resolved in.
    private static func localKey(_ key: String) -> String {
        let parts = key.split(separator: ":", maxSplits: 2).map(String.init)
        return parts.count == 3 ? "\(parts[0]):\(parts[2])" : key
    }

    /// Each completed stage as (start day, end day).
    func spans(of stage: EvaluationReport.Stage) -> [(start: Int, end: Int)] {
        var verified: [String: Int] = [:]
        if stage == .identification {
            for (key, fact) in facts {
                if case .verification(_, let day?) = fact { verified[Self.localKey(key)] = day }
            }
        }
        var spans: [(Int, Int)] = []
        for fact in facts.values {
            switch (stage, fact) {
            case (.transfer, .complaint(let start?, let end?)), (.verification, .verification(let start?, let end?)),
                 (.restoration, .restoration(_, let start?, let end?)):
                spans.append((start, end))
            case (.identification, .dishonesty(_, let end?, let verification?)):
                if let start = verified[verification] { spans.append((start, end)) }
            default:
                continue
            }
        }
        return spans.filter { $0.1 >= $0.0 }
    }

    func durations(of stage: EvaluationReport.Stage) -> [Int] { spans(of: stage).map { $0.end - $0.start } }

    func punishment() -> EvaluationReport.Punishment {
        var inForce: Set<String> = []
        for fact in facts.values { if case .sanction(let record, true) = fact { inForce.insert(record) } }
        var result = EvaluationReport.Punishment()
        for (key, fact) in facts {
            guard case .dishonesty(let status, _, _) = fact else { continue }
            if status == DishonestyStatus.active.rawValue {
                result.activeRecords += 1
                if inForce.contains(Self.localKey(key)) { result.withSanctionInForce += 1 }
            } else if status == DishonestyStatus.restored.rawValue {
                result.restoredRecords += 1
            }
        }
        return result
    }

    /// Per month, by the day each step completed.
    func trend(thresholds: PolicyThresholds) -> [EvaluationReport.MonthTrend] {
        var months: [String: EvaluationReport.MonthTrend] = [:]
        func update(_ day: Int, _ change: (inout EvaluationReport.MonthTrend) -> Void) {
            guard let date = CivilDate(daysSinceEpoch: day) else { return }
            let month = String(date.description.prefix(7))
            var entry = months[month] ?? EvaluationReport.MonthTrend(month: month)
            change(&entry)
            months[month] = entry
        }
        for fact in facts.values {
            switch fact {
            case .complaint(let received, _): if let received { update(received) { $0.complaintsReceived += 1 } }
            case .dishonesty(_, let identified?, _): update(identified) { $0.identified += 1 }
            default: break
            }
        }
        for (start, end) in spans(of: .transfer) {
            update(end) { $0.transfers += 1; if end - start <= thresholds.complaintTransferDays { $0.transfersWithin += 1 } }
        }
        for (start, end) in spans(of: .verification) {
            update(end) { $0.verifications += 1; if end - start <= thresholds.verificationDays { $0.verificationsWithin += 1 } }
        }
        for (_, end) in spans(of: .restoration) { update(end) { $0.restored += 1 } }
        return months.keys.sorted().compactMap { months[$0] }
    }
}
