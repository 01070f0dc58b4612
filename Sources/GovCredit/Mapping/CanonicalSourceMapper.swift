import Foundation

/// Maps a source record of a canonical form onto a ``FlatRecord``: names are the standard's field paths
/// (CSV header `entity.uscc`, nested XML elements or YAML keys), so no profile is needed (SPEC §6).
///
/// List fields come as one value (`D-1;D-2` in CSV, a YAML sequence) or as repeated child elements
/// (`<dishonestyIds><dishonestyId>…`). Unknown names and duplicates are findings; nothing is dropped.
struct CanonicalSourceMapper {
    let category: RecordCategory
    /// What the fields of the last record resolved to, by position: records of one file mostly share a layout, so the
    /// path of field `i` is compared with the last record's (cheap: the reader hands out the same name strings) instead
    /// of being joined and looked up by name for every field of every record.
    ///
    /// Why (callgrind, validate 10,000 canonical XML records): joining each field's path (twice for nested fields),
    /// the look-ups of the joined names and a hash set of seen slots were 8% of all instructions; the mapper went from
    /// 1,073 to 607 million.
    private var lastLayout: [(path: [String], target: Target)] = []
    /// Resolutions by path, for records whose layout differs from the one before (optional fields left out).
    private var knownPaths: [[String]: (path: [String], target: Target)] = [:]
    /// Paths remembered at most: a file with many unknown field names resolves the rest each time.
    static let knownPathLimit = 4096

    /// Where one source path goes; depends only on the path and the category.
    private enum Target {
        /// `nationalKey` / `operation`.
        case envelope(String)
        /// An item of the list field in this slot (`dishonestyIds/dishonestyId`).
        case listItem(slot: Int)
        /// The field in this slot; `path` is the joined name, for findings.
        case field(slot: Int, path: String)
        /// No field of the category has this name.
        case unknown(path: String)
    }

    init(category: RecordCategory) { self.category = category }

    mutating func map(_ source: SourceRecord) -> (FlatRecord, [Finding]) {
        var record = FlatRecord(category: category, location: source.location)
        var findings: [Finding] = []
        var listItems: [Int: (items: [String], position: ValuePosition)] = [:]
        var seen = [Bool](repeating: false, count: category.fields.count)
        func location(of field: SourceField) -> SourceLocation {
            var location = source.location
            location.line = field.position.line
            location.column = field.position.column
            location.elementPathName = field.position.elementPathName ?? location.elementPathName
            return location
        }
        for (index, field) in source.fields.enumerated() {
            switch target(of: field.path, at: index) {
            case .envelope(let envelopeKey):
                mapEnvelope(envelopeKey, field.value, into: &record, location: location(of: field), findings: &findings)
            case .listItem(let listSlot):
                if case .text(let item) = field.value {
                    listItems[listSlot, default: ([], field.position)].items.append(item)
                }
            case .unknown(let path):
                // An empty cell under an unknown CSV column carries nothing that could be lost.
                if field.value == .null { continue }
                findings.append(Finding(rule: .fieldUnknown, path: path, location: location(of: field),
                                        parameters: ["category": category.rawValue]))
            case .field(let slot, let path):
                guard !seen[slot] else {
                    findings.append(Finding(rule: .inputDuplicateKey, path: path, location: location(of: field)))
                    continue
                }
                seen[slot] = true
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
                        findings.append(Finding(rule: .fieldType, path: path, location: location(of: field), parameters: [
                            "name_zh": spec.nameZh, "name_en": spec.nameEn, "expected_zh": "单个值", "expected_en": "a single value",
                            "found_zh": "列表", "found_en": "a list"]))
                    }
                }
            }
        }
        for (slot, list) in listItems where record[slot] == nil {
            record.set(.list(list.items), at: slot, position: list.position)
        }
        return (record, findings)
    }

    /// Where the field at `index` with `path` goes: from the last record's layout when its field there had the same
    /// path, else from the paths met before, else resolved by name.
    private mutating func target(of path: [String], at index: Int) -> Target {
        if index < lastLayout.count && Self.sameBytes(lastLayout[index].path, path) { return lastLayout[index].target }
        let target: Target
        // Byte for byte, not `==`: Swift compares strings by canonical equivalence, and a finding quotes the path as
        // this record wrote it.
        if let known = knownPaths[path], Self.sameBytes(known.path, path) {
            target = known.target
        } else {
            target = resolve(path)
            if knownPaths.count < Self.knownPathLimit && knownPaths[path] == nil { knownPaths[path] = (path, target) }
        }
        if index < lastLayout.count {
            lastLayout[index] = (path, target)
        } else if index == lastLayout.count {
            lastLayout.append((path, target))
        }
        return target
    }

    /// Whether two paths are the same bytes (`memcmp` per name: `utf8.elementsEqual` walked the views byte by byte,
    /// 2% of validating 2,000 wide XML rows in ``ProfileMapper``'s layout check, callgrind).
    static func sameBytes(_ a: [String], _ b: [String]) -> Bool {
        guard a.count == b.count else { return false }
        // The same array (a CSV reader hands every record its header's paths): nothing to compare.
        if a.withUnsafeBufferPointer({ $0.baseAddress }) == b.withUnsafeBufferPointer({ $0.baseAddress }) { return true }
        return zip(a, b).allSatisfy { $0.hasSameUTF8(as: $1) }
    }

    private func resolve(_ path: [String]) -> Target {
        if path.count == 1, let envelopeKey = Self.envelopeKey(path[0]) { return .envelope(envelopeKey) }
        // `dishonestyIds/dishonestyId`: an item of the list field its parent names.
        if path.count >= 2, let listSlot = category.slot(of: path.dropLast().joined(separator: ".")),
           case .referenceList = category.fields[listSlot].kind {
            return .listItem(slot: listSlot)
        }
        let joined = path.joined(separator: ".")
        // A Chinese column name (`失信主体.主体名称`, as `govcredit template` writes it) names the field too.
        guard let slot = category.slot(of: joined) ?? category.slot(ofChineseColumn: joined) else { return .unknown(path: joined) }
        return .field(slot: slot, path: joined)
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
