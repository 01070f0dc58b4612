/// Maps a parsed record of the canonical JSON form (SPEC field names, nested objects for blocks, arrays for
/// lists) onto a ``FlatRecord``. Names need no profile: the standard's own names are the canonical form (SPEC §6).
///
/// Everything that does not fit is a finding, never dropped: unknown fields, values of the wrong JSON type,
/// duplicate keys. `null` counts as absent.
struct CanonicalJSONMapper {
    let category: RecordCategory

    /// The keys a package record carries beside its fields (SPEC §7).
    static let envelopeKeys: Set<String> = ["nationalKey", "operation"]

    func map(_ value: JSONValue, location: SourceLocation) -> (FlatRecord, [Finding]) {
        var record = FlatRecord(category: category, location: location)
        var findings: [Finding] = []
        guard case .object(let members) = value else {
            let found = value.typeName
            findings.append(Finding(rule: .inputNotObject, path: "", location: location,
                                    parameters: ["found": found.en, "found_zh": found.zh]))
            return (record, findings)
        }
        mapMembers(members, prefix: nil, parentSlot: nil, into: &record, findings: &findings)
        return (record, findings)
    }

    private func mapMembers(_ members: [(key: String, value: JSONValue)], prefix: String?, parentSlot: Int?,
                            into record: inout FlatRecord, findings: inout [Finding]) {
        // Paths are built only for findings: a dotted string per field was a tenth of a run (callgrind).
        func path(_ key: String) -> String { prefix.map { "\($0).\(key)" } ?? key }
        // A record's objects have a few dozen members at most, where comparing short strings beats building a
        // hash set per object; a large (hostile) object gets the set, so the check stays linear.
        let usesSet = members.count > 48
        var seen: Set<String> = []
        for (position, member) in members.enumerated() {
            let key = member.key
            let repeated = usesSet ? !seen.insert(key).inserted : members[..<position].contains { $0.key == key }
            if repeated {
                findings.append(Finding(rule: .inputDuplicateKey, path: path(key), location: record.location))
                continue
            }
            if prefix == nil && CanonicalJSONMapper.envelopeKeys.contains(key) {
                mapEnvelope(key: key, value: member.value, into: &record, findings: &findings)
                continue
            }
            guard let slot = category.slot(named: key, in: parentSlot) else {
                findings.append(Finding(rule: .fieldUnknown, path: path(key), location: record.location,
                                        parameters: ["category": category.rawValue]))
                continue
            }
            mapValue(member.value, slot: slot, path: category.fields[slot].path, into: &record, findings: &findings)
        }
    }

    private func mapValue(_ value: JSONValue, slot: Int, path: String, into record: inout FlatRecord,
                          findings: inout [Finding]) {
        let field = category.fields[slot]
        switch (field.kind, value) {
        case (_, .null):
            return
        case (.block, .object(let members)):
            record.set(.present, at: slot)
            mapMembers(members, prefix: path, parentSlot: slot, into: &record, findings: &findings)
        case (.referenceList, .array(let items)):
            var strings: [String] = []
            for item in items {
                guard case .string(let text) = item else {
                    return typeMismatch(field, path: path, expected: ("字符串数组", "an array of strings"),
                                        found: item.typeName, location: record.location, findings: &findings)
                }
                strings.append(text)
            }
            record.set(.list(strings), at: slot)
        case (.block, _):
            typeMismatch(field, path: path, expected: ("对象（数据块）", "an object (block)"), found: value.typeName,
                         location: record.location, findings: &findings)
        case (.referenceList, _):
            typeMismatch(field, path: path, expected: ("字符串数组", "an array of strings"), found: value.typeName,
                         location: record.location, findings: &findings)
        case (_, .string(let text)):
            record.set(.text(text), at: slot)
        case (.amount, .number(let text)):
            // The number's own digits: exact, never via Double (SPEC §1).
            record.set(.text(text), at: slot)
        default:
            let expected: (String, String) = field.kind == .amount(positive: false) || field.kind == .amount(positive: true)
                ? ("字符串或数字", "a string or a number") : ("字符串", "a string")
            typeMismatch(field, path: path, expected: expected, found: value.typeName, location: record.location,
                         findings: &findings)
        }
    }

    private func mapEnvelope(key: String, value: JSONValue, into record: inout FlatRecord, findings: inout [Finding]) {
        guard case .string(let text) = value else {
            findings.append(Finding(rule: .fieldType, path: key, location: record.location, parameters: [
                "name_zh": key, "name_en": key, "expected_zh": "字符串", "expected_en": "a string",
                "found_zh": value.typeName.zh, "found_en": value.typeName.en]))
            return
        }
        if let finding = record.setEnvelope(key, to: text, location: record.location) { findings.append(finding) }
    }

    private func typeMismatch(_ field: FieldSpec, path: String, expected: (String, String), found: (zh: String, en: String),
                              location: SourceLocation, findings: inout [Finding]) {
        findings.append(Finding(rule: .fieldType, path: path, location: location, parameters: [
            "name_zh": field.nameZh, "name_en": field.nameEn, "expected_zh": expected.0, "expected_en": expected.1,
            "found_zh": found.zh, "found_en": found.en]))
    }
}
