/// Date order inside one record (SPEC §5, record rules): a later stage never precedes an earlier one.
enum DateOrderRules {
    /// Pairs (earlier, later) per category. A pair is checked when both dates passed their field rules.
    static func pairs(for category: RecordCategory) -> [(Int, Int)] {
        switch category {
        case .complaint:
            return [(ComplaintSlot.receivedDate.rawValue, ComplaintSlot.transferredDate.rawValue)]
        case .verification:
            // received ≤ verified ≤ rectification ordered ≤ rectified; ordered ≤ deadline.
            return [(VerificationSlot.receivedDate.rawValue, VerificationSlot.verifiedDate.rawValue),
                    (VerificationSlot.verifiedDate.rawValue, VerificationSlot.rectificationOrderedDate.rawValue),
                    (VerificationSlot.rectificationOrderedDate.rawValue, VerificationSlot.rectifiedDate.rawValue),
                    (VerificationSlot.rectificationOrderedDate.rawValue, VerificationSlot.rectificationDeadline.rawValue)]
        case .dishonesty:
            return [(DishonestySlot.identifiedDate.rawValue, DishonestySlot.restoredDate.rawValue),
                    (DishonestySlot.identifiedDate.rawValue, DishonestySlot.revokedDate.rawValue)]
        case .contract:
            // signed ≤ start ≤ end; signed ≤ end as well, for contracts that give no start.
            return [(ContractSlot.signedDate.rawValue, ContractSlot.startDate.rawValue),
                    (ContractSlot.startDate.rawValue, ContractSlot.endDate.rawValue),
                    (ContractSlot.signedDate.rawValue, ContractSlot.endDate.rawValue)]
        case .enforcement:
            return [(EnforcementSlot.listedDate.rawValue, EnforcementSlot.removedDate.rawValue)]
        case .sanction:
            return [(SanctionSlot.startDate.rawValue, SanctionSlot.endDate.rawValue),
                    (SanctionSlot.startDate.rawValue, SanctionSlot.terminatedDate.rawValue)]
        case .restoration:
            // §III(6): restored once correction is confirmed and performance completed.
            return [(RestorationSlot.correctionConfirmedDate.rawValue, RestorationSlot.restoredDate.rawValue),
                    (RestorationSlot.performanceCompletedDate.rawValue, RestorationSlot.restoredDate.rawValue)]
        case .clue:
            return [(ClueSlot.discoveredDate.rawValue, ClueSlot.transferredDate.rawValue)]
        case .performance, .arrears, .typicalCase:
            return []
        }
    }

    static func check(_ context: inout RecordRuleContext) {
        let pairs = pairs(for: context.record.category)
        for (earlierSlot, laterSlot) in pairs {
            guard let earlier = context.date(SlotIndex(earlierSlot)), let later = context.date(SlotIndex(laterSlot)),
                  earlier > later else { continue }
            // signed ≤ end is implied when a start date is present and already reported.
            if context.record.category == .contract, earlierSlot == ContractSlot.signedDate.rawValue,
               laterSlot == ContractSlot.endDate.rawValue, context.date(ContractSlot.startDate) != nil { continue }
            let earlierField = context.field(earlierSlot)
            let laterField = context.field(laterSlot)
            context.report(.recordDateOrder, slot: laterSlot, [
                "earlier_zh": earlierField.nameZh, "earlier_en": earlierField.nameEn, "earlier_path": earlierField.path,
                "earlier": earlier.description,
                "later_zh": laterField.nameZh, "later_en": laterField.nameEn, "later_path": laterField.path,
                "later": later.description,
            ])
        }
    }
}

/// A slot number usable where rules take a generated slot enum.
struct SlotIndex: RawRepresentable {
    let rawValue: Int
    init(rawValue: Int) { self.rawValue = rawValue }
    init(_ rawValue: Int) { self.rawValue = rawValue }
}
