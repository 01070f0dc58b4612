/// Credit restoration across records (§III(6), SPEC §5): "a RESTORED dishonesty record has a restoration record
/// and no sanction IN_FORCE".
enum RestorationRules {
    static func check(_ context: inout CrossRecordContext) {
        checkNoSanctionInForce(&context)
    }

    /// The dishonesty records (index positions) that a restoration record of the run or of an earlier package cites.
    static func restoredDishonesty(in context: CrossRecordContext) -> Set<Int> {
        var restored = Set<Int>()
        for record in context.records(of: .restoration) {
            if let dishonesty = context.target(of: record, slot: RestorationSlot.dishonestyId.rawValue) { restored.insert(dishonesty) }
        }
        return restored
    }

    /// §III(6): a record is restored by a restoration decision, which the platform holds as a restoration record.
    /// Its absence cannot be a contradiction between present records (it may have been submitted earlier or come
    /// with the next package), so this warns, whatever the catalogue's default. Made per record as findings are
    /// handed out (``CrossRecordContext/OnDemandRule``): with a status column filled by habit, every dishonesty
    /// record of a run can carry it.
    static func missingRestoration(of record: Int, restored: Set<Int>, in context: CrossRecordContext) -> [Finding] {
        guard context.summaries[record].categoryOrdinal == RecordCategory.dishonesty.ordinal,
              context.summaries[record].code(as: DishonestyStatus.self) == .restored else { return [] }
        let current = context.resolve(.dishonesty, context.summaries[record].id) ?? record
        guard !restored.contains(current) else { return [] }
        return [context.finding(.xrefRestoredWithoutRestoration, on: record, slot: DishonestySlot.status.rawValue,
                                ["id": context.id(record)], severity: .warning)]
    }

    /// §III(6): once restored, punishment stops: no sanction citing a RESTORED record may be IN_FORCE. An error
    /// on the sanction. When the sanction is from an earlier package and this run restores the record, the
    /// finding goes to the dishonesty record as a warning: the fix is an update terminating the sanction, and
    /// rejecting the restoration would keep the entity under punishment (§III(6)).
    private static func checkNoSanctionInForce(_ context: inout CrossRecordContext) {
        for record in context.records(of: .sanction) {
            let status: SanctionStatus? = context.summaries[record].code()
            guard status == .inForce,
                  let dishonesty = context.target(of: record, slot: SanctionSlot.dishonestyId.rawValue),
                  context.summaries[dishonesty].code(as: DishonestyStatus.self) == .restored,
                  let side = context.side(subject: record, other: dishonesty) else { continue }
            let onSanction = side == record
            context.report(.xrefRestoredSanctionInForce, on: side,
                           slot: onSanction ? SanctionSlot.status.rawValue : DishonestySlot.status.rawValue,
                           ["id": context.id(dishonesty), "sanction": context.id(record)],
                           severity: onSanction ? nil : .warning)
        }
    }
}
