/// Maps a source record of a provincial export onto the standard by its profile (SPEC §6): one source record
/// may feed several categories (a wide row with complaint, verification and dishonesty columns).
///
/// The mapper only rewrites what the profile declares — labels to codes, declared date styles to ISO dates,
/// 万元 to 元, list separators — and leaves everything else as written, so the validator reports a value that
/// does not fit exactly as the source had it.
struct ProfileMapper {
    let profile: Profile

    /// The records this source record feeds, each with the findings of its mapping; empty when it feeds none.
    func map(_ source: SourceRecord) -> [(FlatRecord, [Finding])] {
        var index: [[String]: [SourceField]] = [:]
        for field in source.fields { index[field.path, default: []].append(field) }
        var results: [(FlatRecord, [Finding])] = []
        for mapping in profile.categories {
            if let when = mapping.when, !Self.isPresent(index[when]) { continue }
            results.append(map(source, index: index, into: mapping))
        }
        return results
    }

    private func map(_ source: SourceRecord, index: [[String]: [SourceField]], into mapping: CategoryMapping) -> (FlatRecord, [Finding]) {
        var record = FlatRecord(category: mapping.category, location: source.location)
        var findings: [Finding] = []
        for field in mapping.fields {
            let spec = mapping.category.fields[field.slot]
            switch field.origin {
            case .constant(let value):
                record.set(.text(value), at: field.slot)
            case .source(let path):
                guard let values = index[path], let first = values.first else { continue }
                let position = first.position
                if case .referenceList = spec.kind {
                    let items = values.flatMap { Self.items(of: $0.value, separator: field.separator) }
                    if !items.isEmpty { record.set(.list(items), at: field.slot, position: position) }
                    continue
                }
                if values.count > 1 {
                    var location = source.location
                    location.line = values[1].position.line
                    location.elementPath = values[1].position.elementPath
                    findings.append(Finding(rule: .inputDuplicateKey, path: field.path, location: location))
                }
                switch first.value {
                case .null:
                    continue
                case .list:
                    var location = source.location
                    location.line = position.line
                    findings.append(Finding(rule: .fieldType, path: field.path, location: location, parameters: [
                        "name_zh": spec.nameZh, "name_en": spec.nameEn, "expected_zh": "单个值", "expected_en": "a single value",
                        "found_zh": "列表", "found_en": "a list"]))
                case .text(let text):
                    record.set(.text(transform(text, field: field, kind: spec.kind)), at: field.slot, position: position)
                }
            }
        }
        return (record, findings)
    }

    /// The profile's rewriting of one value; the raw text when no rule applies or the value does not fit.
    func transform(_ raw: String, field: FieldMapping, kind: FieldKind) -> String {
        let trimmed = TextNormalization.trim(raw)
        switch kind {
        case .code:
            return field.values[trimmed] ?? raw
        case .date:
            for style in field.dateStyles {
                if let date = style.parse(trimmed) { return date.description }
            }
            return raw
        case .amount:
            return field.unit.toYuan(trimmed) ?? raw
        default:
            return raw
        }
    }

    static func items(of value: SourceValue, separator: String?) -> [String] {
        switch value {
        case .null: return []
        case .list(let items): return items
        case .text(let text):
            guard let separator else { return [text] }
            return text.components(separatedBy: separator).map(TextNormalization.trim).filter { !$0.isEmpty }
        }
    }

    static func isPresent(_ values: [SourceField]?) -> Bool {
        values?.contains { field in
            switch field.value {
            case .null: return false
            case .text(let text): return !TextNormalization.trim(text).isEmpty
            case .list(let items): return !items.isEmpty
            }
        } ?? false
    }
}

import Foundation
