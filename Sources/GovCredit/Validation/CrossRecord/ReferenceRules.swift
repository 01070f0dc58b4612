/// Identity across records (SPEC §5, cross-record rules): ids are unique and references resolve.
enum ReferenceRules {
    static func check(_ context: inout CrossRecordContext) {
        checkDuplicateIDs(&context)
        checkReferencesResolve(&context)
    }

    /// SPEC §1: "`id` … unique per category within a submitter". Every record of this run after the first with
    /// the same category and id is an error, located at itself and naming where the first one is. A record an
    /// earlier package holds with that id is the older version of an update, not a duplicate.
    private static func checkDuplicateIDs(_ context: inout CrossRecordContext) {
        for record in context.summaries.indices where !context.summaries[record].isKnown {
            let summary = context.summaries[record]
            guard let first = context.group(summary.category, summary.id).first(where: { !context.summaries[Int($0)].isKnown }).map(Int.init),
                  first != record else { continue }
            context.report(.xrefDuplicateId, on: record, slot: summary.layout.idSlot, [
                "id": context.id(record), "category": summary.category.rawValue,
                "category_zh": summary.category.nameZh, "category_en": summary.category.nameEn,
                "first": context.place(first),
            ])
        }
    }

    /// SPEC §5: references resolve, in this run or in what earlier packages hold. An absent record may have been
    /// submitted earlier by a system this run does not see, so an unresolved reference warns.
    private static func checkReferencesResolve(_ context: inout CrossRecordContext) {
        for record in context.summaries.indices where !context.summaries[record].isKnown {
            let summary = context.summaries[record]
            let layout = summary.layout
            for slot in layout.referenceSlots {
                guard let id = context.reference(of: record, slot: slot), context.target(of: record, slot: slot) == nil,
                      case .reference(let target) = summary.category.fields[slot].kind else { continue }
                reportUnresolved(&context, record: record, slot: slot, target: target, id: id)
            }
            if let slot = layout.referenceListSlot, case .referenceList(let target, _) = summary.category.fields[slot].kind {
                for id in context.referenceList(of: record) where context.resolve(target, id) == nil {
                    reportUnresolved(&context, record: record, slot: slot, target: target, id: id)
                }
            }
        }
    }

    private static func reportUnresolved(_ context: inout CrossRecordContext, record: Int, slot: Int,
                                         target: RecordCategory, id: CrossRecordContext.Number) {
        context.report(.xrefUnresolved, on: record, slot: slot, [
            "target": target.rawValue, "target_zh": target.nameZh, "target_en": target.nameEn, "id": context.id(number: id),
        ])
    }
}
