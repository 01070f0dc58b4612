/// Identity across records (SPEC §5, cross-record rules): ids are unique and references resolve.
enum ReferenceRules {

    /// SPEC §1: "`id` … unique per category within a submitter". Every record of this run after the first with
    /// the same category and id is an error, located at itself and naming where the first one is. A record an
    /// earlier package holds with that id is the older version of an update, not a duplicate.
    static func checkDuplicateIDs(_ context: inout CrossRecordContext) {
        // Group by group (one pass over the sorted records; a search per record was a fifth of the check at
        // 1,000,000 rows): findings are handed out by record later, so the order they are found in does not show.
        var duplicates: [(record: Int, first: Int)] = []
        context.forEachGroup { group in
            guard group.count > 1 else { return }
            let run = group.filter { !context.summaries[Int($0)].isKnown }
            guard let first = run.first else { return }
            for record in run.dropFirst() { duplicates.append((Int(record), Int(first))) }
        }
        for (record, first) in duplicates {
            let summary = context.summaries[record]
            context.report(.xrefDuplicateId, on: record, slot: summary.layout.idSlot, [
                "id": context.id(record), "category": summary.category.rawValue,
                "category_zh": summary.category.nameZh, "category_en": summary.category.nameEn,
                "first": context.place(first),
            ])
        }
    }

    /// SPEC §5: references resolve, in this run or in what earlier packages hold. An absent record may have been
    /// submitted earlier by a system this run does not see, so an unresolved reference warns. Made per record when
    /// the findings are handed out: in an incremental run most records may refer to earlier ones.
    static func unresolvedReferences(of record: Int, in context: CrossRecordContext) -> [Finding] {
        let summary = context.summaries[record]
        let layout = summary.layout
        var findings: [Finding] = []
        func unresolved(slot: Int, target: RecordCategory, id: CrossRecordContext.Number) {
            findings.append(context.finding(.xrefUnresolved, on: record, slot: slot, [
                "target": target.rawValue, "target_zh": target.nameZh, "target_en": target.nameEn, "id": context.id(number: id),
            ]))
        }
        for slot in layout.referenceSlots {
            guard let id = context.reference(of: record, slot: slot), context.target(of: record, slot: slot) == nil,
                  case .reference(let target) = summary.category.fields[slot].kind else { continue }
            unresolved(slot: slot, target: target, id: id)
        }
        if let slot = layout.referenceListSlot, case .referenceList(let target, _) = summary.category.fields[slot].kind {
            for id in context.referenceList(of: record) where context.resolve(target, id) == nil {
                unresolved(slot: slot, target: target, id: id)
            }
        }
        return findings
    }
}
