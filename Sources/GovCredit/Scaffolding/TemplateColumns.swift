/// The column names a clerk sees in a CSV template (issue 7): the standard's field paths (`entity.uscc`) in
/// English, or the Chinese field names in Chinese, a block member written `<block>.<member>` (`失信主体.统一社会信用代码`)
/// because several blocks share member names (`统一社会信用代码` is in every block).
///
/// Both forms read back without a profile: the canonical CSV mapper accepts a Chinese column name wherever it
/// accepts the field path (SPEC §6: the standard's own names are the canonical form, in either language).
extension RecordCategory {
    /// The slots of the fields a value can be written into: every field that is not a block.
    var leafSlots: [Int] { fields.indices.filter { fields[$0].kind != .block } }

    /// The Chinese column name of a field: its Chinese name, prefixed by its block's Chinese name and a dot.
    func chineseColumnName(ofSlot slot: Int) -> String {
        let field = fields[slot]
        guard let parent = field.parent else { return field.nameZh }
        return "\(fields[parent].nameZh).\(field.nameZh)"
    }

    /// The column name of a field in `language`: the Chinese column name, or the field path.
    func columnName(ofSlot slot: Int, language: Language) -> String {
        language == .zh ? chineseColumnName(ofSlot: slot) : fields[slot].path
    }

    /// The slot a Chinese column name (`失信主体.主体名称`, `认定日期`) names, or `nil`.
    func slot(ofChineseColumn name: String) -> Int? {
        RecordCategory.chineseColumnIndex[self]?[name]
    }

    /// Chinese column name → slot, per category, built once. Names that are not unique within a category (none in
    /// 1.0; a test keeps it so) are left out rather than mapped to the wrong field.
    private static let chineseColumnIndex: [RecordCategory: [String: Int]] = {
        var index: [RecordCategory: [String: Int]] = [:]
        for category in RecordCategory.allCases {
            var names: [String: Int] = [:]
            var repeated: Set<String> = []
            for slot in category.leafSlots {
                let name = category.chineseColumnName(ofSlot: slot)
                if names.updateValue(slot, forKey: name) != nil { repeated.insert(name) }
            }
            for name in repeated { names[name] = nil }
            index[category] = names
        }
        return index
    }()
}
