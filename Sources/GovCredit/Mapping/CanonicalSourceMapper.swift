/// Maps a source record of a canonical form onto a ``FlatRecord``: names are the standard's field paths
/// (CSV header `entity.uscc`, nested XML elements or YAML keys), so no profile is needed (SPEC §6).
///
/// List fields come as one value (`D-1;D-2` in CSV, a YAML sequence) or as repeated child elements
/// (`<dishonestyIds><dishonestyId>…`). Unknown names and duplicates are findings; nothing is dropped.
struct CanonicalSourceMapper {
    let category: RecordCategory

    func map(_ source: SourceRecord) -> (FlatRecord, [Finding]) {
        var record = FlatRecord(category: category, location: source.location)
        var findings: [Finding] = []
        var listItems: [Int: (items: [String], position: ValuePosition)] = [:]
        var seen: Set<Int> = []
        for field in source.fields {
            var location = source.location
            location.line = field.position.line
            location.column = field.position.column
            location.elementPath = field.position.elementPath ?? location.elementPath
            if field.path.count == 1, let envelopeKey = Self.envelopeKey(field.path[0]) {
                mapEnvelope(envelopeKey, field.value, into: &record, location: location, findings: &findings)
                continue
            }
            // `dishonestyIds/dishonestyId`: an item of the list field its parent names.
            if field.path.count >= 2, let listSlot = category.slot(of: field.path.dropLast().joined(separator: ".")),
               case .referenceList = category.fields[listSlot].kind {
                if case .text(let item) = field.value {
                    listItems[listSlot, default: ([], field.position)].items.append(item)
                }
                continue
            }
            let path = field.path.joined(separator: ".")
            // A Chinese column name (`失信主体.主体名称`, as `govcredit template` writes it) names the field too.
            guard let slot = category.slot(of: path) ?? category.slot(ofChineseColumn: path) else {
                // An empty cell under an unknown CSV column carries nothing that could be lost.
                if field.value == .null { continue }
                findings.append(Finding(rule: .fieldUnknown, path: path, location: location, parameters: ["category": category.rawValue]))
                continue
            }
            guard seen.insert(slot).inserted else {
                findings.append(Finding(rule: .inputDuplicateKey, path: path, location: location))
                continue
            }
            switch field.value {
            case .null:
                continue
            case .text(let text):
                record.set(.text(text), at: slot, position: field.position)
            case .list(let items):
                if case .referenceList = category.fields[slot].kind {
                    record.set(.list(items), at: slot, position: field.position)
                } else {
                    let spec = category.fields[slot]
                    findings.append(Finding(rule: .fieldType, path: path, location: location, parameters: [
                        "name_zh": spec.nameZh, "name_en": spec.nameEn, "expected_zh": "单个值", "expected_en": "a single value",
                        "found_zh": "列表", "found_en": "a list"]))
                }
            }
        }
        for (slot, list) in listItems where record[slot] == nil {
            record.set(.list(list.items), at: slot, position: list.position)
        }
        return (record, findings)
    }

    /// `nationalKey` / `operation` as a CSV column or YAML key, `@nationalKey` / `@operation` as XML attributes.
    static func envelopeKey(_ name: String) -> String? {
        let bare = name.hasPrefix("@") ? String(name.dropFirst()) : name
        return CanonicalJSONMapper.envelopeKeys.contains(bare) ? bare : nil
    }

    private func mapEnvelope(_ key: String, _ value: SourceValue, into record: inout FlatRecord, location: SourceLocation,
                             findings: inout [Finding]) {
        guard case .text(let text) = value else { return }
        if let finding = record.setEnvelope(key, to: text, location: location) { findings.append(finding) }
    }
}
