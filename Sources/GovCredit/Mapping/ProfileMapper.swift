/// Maps a source record of a provincial export onto the standard by its profile (SPEC §6): one source record
/// may feed several categories (a wide row with complaint, verification and dishonesty columns).
///
/// The mapper only rewrites what the profile declares — labels to codes, declared date styles to ISO dates,
/// 万元 to 元, list separators — and leaves everything else as written, so the validator reports a value that
/// does not fit exactly as the source had it.
struct ProfileMapper {
    let profile: Profile
    /// The field paths of the last source record, and where each mapped source path is among its fields. Rows of
    /// a CSV export (and most XML or YAML exports) share one layout, so the look-up by name is done once per
    /// layout, not per row: hashing Chinese column names (Swift normalises them first) was a quarter of a run.
    private var layout: [[String]] = []
    /// The reader's identity of that layout, when it has one (comparing the paths of each row took a reference
    /// count on each path, shared with the reading thread and the other workers: 2% of a conversion, perf).
    private var layoutID: SourceLayoutID?
    private var whenPositions: [[Int]] = []
    private var fieldPositions: [[[Int]]] = []

    init(profile: Profile) { self.profile = profile }

    /// The records this source record feeds, each with the findings of its mapping; empty when it feeds none.
    mutating func map(_ source: SourceRecord) -> [(FlatRecord, [Finding])] {
        if source.layout == nil || source.layout != layoutID {
            if !hasLayout(of: source) { learnLayout(of: source) }
            layoutID = source.layout
        }
        var results: [(FlatRecord, [Finding])] = []
        for (number, mapping) in profile.categories.enumerated() {
            if mapping.when != nil && !Self.isPresent(whenPositions[number].map { source.fields[$0] }) { continue }
            results.append(Self.map(source, positions: fieldPositions[number], into: mapping))
        }
        return results
    }

    private func hasLayout(of source: SourceRecord) -> Bool {
        guard source.fields.count == layout.count else { return false }
        for (field, known) in zip(source.fields, layout) where !CanonicalSourceMapper.sameBytes(field.path, known) { return false }
        return true
    }

    private mutating func learnLayout(of source: SourceRecord) {
        var index: [[String]: [Int]] = [:]
        for (position, field) in source.fields.enumerated() { index[field.path, default: []].append(position) }
        layout = source.fields.map(\.path)
        whenPositions = profile.categories.map { mapping in mapping.when.flatMap { index[$0] } ?? [] }
        fieldPositions = profile.categories.map { mapping in
            mapping.fields.map { field in
                guard case .source(let path) = field.origin else { return [] }
                return index[path] ?? []
            }
        }
    }

    // Static: as a method it copied the mapper (its profile and layout, reference counts shared with the other
    // workers) for every category of every row.
    private static func map(_ source: SourceRecord, positions: [[Int]], into mapping: CategoryMapping) -> (FlatRecord, [Finding]) {
        var record = FlatRecord(category: mapping.category, location: source.location)
        var findings: [Finding] = []
        for (number, field) in mapping.fields.enumerated() {
            // The constant table of kinds: a `FieldSpec`'s reference count is shared by every worker thread.
            let kind = mapping.category.slotKinds[field.slot]
            switch field.origin {
            case .constant(let value):
                record.set(.text(value), at: field.slot)
            case .source:
                // The fields are reached by index, not copied into an array per mapped field: that array and the
                // copies of the fields' paths and strings were 83 of this function's 308 million instructions
                // (callgrind, validate 2,000 wide XML rows: 3% of the run).
                let indexes = positions[number]
                guard let firstIndex = indexes.first else { continue }
                let position = source.fields[firstIndex].position
                if case .referenceList = kind {
                    let items = indexes.flatMap { Self.items(of: source.fields[$0].value, separator: field.separator) }
                    if !items.isEmpty { record.set(.list(items), at: field.slot, position: position) }
                    continue
                }
                if indexes.count > 1 {
                    let second = source.fields[indexes[1]].position
                    var location = source.location
                    location.line = second.line
                    location.elementPathName = second.elementPathName
                    findings.append(Finding(rule: .inputDuplicateKey, path: field.path, location: location))
                }
                switch source.fields[firstIndex].value {
                case .null:
                    continue
                case .list:
                    var location = source.location
                    location.line = position.line
                    let spec = mapping.category.fields[field.slot]
                    findings.append(Finding(rule: .fieldType, path: field.path, location: location, parameters: [
                        "name_zh": spec.nameZh, "name_en": spec.nameEn, "expected_zh": "单个值", "expected_en": "a single value",
                        "found_zh": "列表", "found_en": "a list"]))
                case .text(let text):
                    record.set(.text(Self.transform(text, field: field, kind: kind)), at: field.slot, position: position)
                }
            }
        }
        return (record, findings)
    }

    /// The profile's rewriting of one value; the raw text when no rule applies or the value does not fit.
    static func transform(_ raw: String, field: FieldMapping, kind: FieldKind) -> String {
        // Trimmed only for the kinds it rewrites: other text passes as it is (the validator trims it).
        switch kind {
        case .code:
            guard !field.labels.isEmpty else { return raw }
            return field.labels[TextNormalization.trim(raw)] ?? raw
        case .date:
            let trimmed = TextNormalization.trim(raw)
            for style in field.dateStyles {
                if let date = style.parse(trimmed) { return date.description }
            }
            return raw
        case .amount:
            return field.unit.toYuan(TextNormalization.trim(raw)) ?? raw
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
