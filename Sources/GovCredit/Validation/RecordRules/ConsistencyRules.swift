/// Rules that tie one record's values together beyond dates and identities (SPEC §5).
enum ConsistencyRules {
    static func check(_ context: inout RecordRuleContext) {
        switch context.record.category {
        case .verification: checkReasonMeansFounded(&context)
        case .sanction: checkCityScope(&context)
        case .arrears: checkArrearsStatus(&context)
        case .typicalCase: checkRepeatedCase(&context)
        default: break
        }
    }

    /// §II(2): non-performance "due to institutional adjustments, personnel changes and other reasons shall all
    /// be regarded as breach" — a reason given means the complaint was founded.
    private static func checkReasonMeansFounded(_ context: inout RecordRuleContext) {
        guard let reason: NonPerformanceReason = context.code(VerificationSlot.nonPerformanceReason),
              let result: VerificationResult = context.code(VerificationSlot.result), result != .founded else { return }
        context.report(.verificationReasonRequiresFounded, slot: VerificationSlot.result.rawValue, ["reason": reason.rawValue])
    }

    /// §III(4): the city-scoped measures apply to "prefecture-level and above cities", so their target is a
    /// province or prefecture code, never a county.
    private static func checkCityScope(_ context: inout RecordRuleContext) {
        guard let measure: Measure = context.code(SanctionSlot.measure), measure.isCityScoped,
              let division = context.text(SanctionSlot.targetDivisionCode),
              let level = DivisionLevel(code: division), level == .county else { return }
        context.report(.sanctionCityScope, slot: SanctionSlot.targetDivisionCode.rawValue,
                       ["measure": measure.rawValue, "division": division])
    }

    /// §III(3): the arrears status agrees with what was paid of what is owed.
    private static func checkArrearsStatus(_ context: inout RecordRuleContext) {
        guard let status: ArrearsStatus = context.code(ArrearsSlot.status),
              let owed = context.amount(ArrearsSlot.amountOwed), let paid = context.amount(ArrearsSlot.amountPaid) else { return }
        let agrees: Bool
        switch status {
        case .outstanding: agrees = paid.fen == 0
        case .partiallyPaid: agrees = paid.fen > 0 && paid < owed
        case .settled: agrees = paid >= owed
        case .disputed, .unrecognized: agrees = true
        }
        if !agrees {
            context.report(.arrearsStatusAmounts, slot: ArrearsSlot.status.rawValue,
                           ["status": status.rawValue, "paid": paid.description, "owed": owed.description])
        }
    }

    /// §IV(9): "repeated dishonesty" cannot rest on a single record.
    private static func checkRepeatedCase(_ context: inout RecordRuleContext) {
        guard let reason: TypicalCaseReason = context.code(TypicalCaseSlot.reason), reason == .repeated,
              let ids = context.list(TypicalCaseSlot.dishonestyIds), Set(ids).count < 2 else { return }
        context.report(.typicalCaseRepeatedNeedsTwo, slot: TypicalCaseSlot.dishonestyIds.rawValue,
                       ["count": String(Set(ids).count)])
    }
}
