/// Rules about who is who inside one record.
enum IdentityRules {
    static func check(_ context: inout RecordRuleContext) {
        checkSelfIdentification(&context)
        checkLevelAgainstDivision(&context)
    }

    /// §II(2): complaints go to the superior or competent department, and the identifying department is not
    /// the entity itself: a body does not verify or identify itself.
    private static func checkSelfIdentification(_ context: inout RecordRuleContext) {
        let pair: (department: Int, entity: Int)?
        switch context.record.category {
        case .complaint: pair = (ComplaintSlot.transferredToUscc.rawValue, ComplaintSlot.respondentUscc.rawValue)
        case .dishonesty: pair = (DishonestySlot.departmentUscc.rawValue, DishonestySlot.entityUscc.rawValue)
        default: pair = nil
        }
        guard let pair, let department = context.text(SlotIndex(pair.department)),
              department == context.text(SlotIndex(pair.entity)) else { return }
        let departmentBlock = context.field(pair.department).parent ?? pair.department
        let entityBlock = context.field(pair.entity).parent ?? pair.entity
        let other = context.field(entityBlock)
        context.report(.recordSelfIdentified, slot: pair.department, [
            "name_zh": context.field(departmentBlock).nameZh, "name_en": context.field(departmentBlock).nameEn,
            "other_zh": other.nameZh, "other_en": other.nameEn, "other_path": other.path,
        ])
    }

    /// SPEC §2: a government entity's `level` and the shape of its `divisionCode` should agree (warning).
    /// Every block with both members is checked, found from the field table rather than listed by hand.
    private static func checkLevelAgainstDivision(_ context: inout RecordRuleContext) {
        // The constant tables, not the `FieldSpec`s: their reference counts are shared by every worker thread.
        let category = context.record.category
        let (kinds, parents) = (category.slotKinds, category.parentSlots)
        for slot in kinds.indices where kinds[slot] == .code(.adminLevel) {
            let parent = parents[slot]
            guard parent >= 0,
                  let divisionSlot = kinds.indices.first(where: { parents[$0] == parent && kinds[$0] == .divisionCode }),
                  let level: AdminLevel = context.code(SlotIndex(slot)),
                  let division = context.text(SlotIndex(divisionSlot)),
                  let shape = DivisionLevel(code: division) else { continue }
            let agrees: Bool
            switch level {
            case .provincial: agrees = shape == .province
            case .prefectural: agrees = shape == .prefecture
            // A township has no code of its own in GB/T 2260: it carries its county's.
            case .county, .township: agrees = shape == .county
            case .unrecognized: agrees = true
            }
            if !agrees {
                let block = category.fields[parent]
                context.report(.entityLevelDivision, slot: slot, [
                    "name_zh": block.nameZh, "name_en": block.nameEn, "level": level.rawValue, "division": division,
                ])
            }
        }
    }
}
