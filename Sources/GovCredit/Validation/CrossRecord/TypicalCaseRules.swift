/// Typical cases across records (§IV(9), SPEC §5): "a typical case references only ACTIVE records and REPEATED
/// needs ≥ 2 records of the same entity".
enum TypicalCaseRules {
    static func check(_ context: inout CrossRecordContext) {
        checkCitesActiveRecords(&context)
        checkRepeatedHasTwoOfOneEntity(&context)
    }

    /// §IV(9) with SPEC §8: typical cases are published, and RESTORED or REVOKED records are not. An error on the
    /// typical case for each cited record present with another status. When the case is from an earlier package
    /// and this run restores or revokes the record, the finding goes to the dishonesty record as a warning: the
    /// fix is withdrawing the case, and rejecting the record would keep a restored entity published.
    private static func checkCitesActiveRecords(_ context: inout CrossRecordContext) {
        for record in context.records(of: .typicalCase) {
            for id in context.referenceList(of: record) {
                guard let dishonesty = context.resolve(.dishonesty, id),
                      let status: DishonestyStatus = context.summaries[dishonesty].code(), status != .active,
                      let side = context.side(subject: record, other: dishonesty) else { continue }
                let onCase = side == record
                context.report(.xrefTypicalCaseInactive, on: side,
                               slot: onCase ? TypicalCaseSlot.dishonestyIds.rawValue : DishonestySlot.status.rawValue,
                               ["id": context.id(number: id), "status": status.rawValue, "case": context.id(record)],
                               severity: onCase ? nil : .warning)
            }
        }
    }

    /// §IV(9): "repeated dishonesty" means at least two records of one entity (the same `entity.uscc`). An error
    /// when every cited record is present and no two share an entity; a warning when some are absent (they may
    /// complete the pair). Fewer than two distinct ids is the record rule `typicalCase.repeated-needs-two`.
    private static func checkRepeatedHasTwoOfOneEntity(_ context: inout CrossRecordContext) {
        for record in context.records(of: .typicalCase) where !context.summaries[record].isKnown {
            guard context.summaries[record].code(as: TypicalCaseReason.self) == .repeated else { continue }
            let ids = context.referenceList(of: record)
            guard ids.count >= 2 else { continue }
            var absent = 0
            var perEntity: [CrossRecordContext.Number: Int] = [:]
            for id in ids {
                guard let dishonesty = context.resolve(.dishonesty, id) else { absent += 1; continue }
                if let uscc = context.uscc(dishonesty) { perEntity[uscc, default: 0] += 1 }
            }
            guard (perEntity.values.max() ?? 0) < 2 else { continue }
            context.report(.xrefTypicalCaseRepeated, on: record, slot: TypicalCaseSlot.dishonestyIds.rawValue,
                           ["count": String(ids.count), "absent": String(absent)],
                           severity: absent > 0 ? .warning : nil)
        }
    }
}
