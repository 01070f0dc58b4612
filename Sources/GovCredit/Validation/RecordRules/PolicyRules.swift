/// Policy thresholds (SPEC §5, `policy.yaml`): how long each stage took against the configured limit. Always
/// warnings: the notice says "immediately" and "promptly" without a number of days.
enum PolicyRules {
    static func check(_ context: inout RecordRuleContext) {
        let limits = context.options.thresholds
        switch context.record.category {
        case .complaint:
            guard let received = context.date(ComplaintSlot.receivedDate),
                  let transferred = context.date(ComplaintSlot.transferredDate) else { return }
            flag(&context, .policyTransferDays, days: received.days(to: transferred), limit: limits.complaintTransferDays,
                 slot: ComplaintSlot.transferredDate.rawValue)
        case .verification:
            guard let received = context.date(VerificationSlot.receivedDate),
                  let verified = context.date(VerificationSlot.verifiedDate) else { return }
            flag(&context, .policyVerificationDays, days: received.days(to: verified), limit: limits.verificationDays,
                 slot: VerificationSlot.verifiedDate.rawValue)
        case .restoration:
            guard let confirmed = context.date(RestorationSlot.correctionConfirmedDate),
                  let completed = context.date(RestorationSlot.performanceCompletedDate),
                  let restored = context.date(RestorationSlot.restoredDate) else { return }
            flag(&context, .policyRestorationDays, days: max(confirmed, completed).days(to: restored),
                 limit: limits.restorationDays, slot: RestorationSlot.restoredDate.rawValue)
        default:
            break
        }
    }

    private static func flag(_ context: inout RecordRuleContext, _ rule: RuleID, days: Int, limit: Int, slot: Int) {
        guard days > limit else { return }
        context.report(rule, slot: slot, ["days": String(days), "limit": String(limit)])
    }
}
