/// One standard field a source name was matched to.
struct ProposedField {
    let slot: Int
    /// The source name as the profile writes it.
    let source: String
    /// How alike the names are, 0…1 (1: the standard's own name or a known synonym).
    let score: Double
    /// The source writes amounts in 万元.
    var tenThousandYuan = false
    /// Source label → code, for labels that are neither a code nor a label of the code list.
    var values: [(label: String, code: String)] = []
    /// Labels seen in the sample that could not be matched to a code.
    var unmatchedValues: [String] = []
    /// A record id matched only by a name any row's id has (`record_id`, `序号`): a wide row may give it to
    /// every category it feeds.
    var isRowID = false
}

/// The proposal for one category.
struct ProposedCategory {
    let category: RecordCategory
    /// The source whose value must be present for a record to feed the category (a wide export feeding several).
    var when: String?
    var fields: [ProposedField]
    /// The share of required fields (inside required blocks) with a source.
    var coverage: Double
    /// How clearly the sample holds the category: the mean of ``coverage`` and the share of required top-level
    /// fields with a source (parties are shared by many categories; `decisionNumber`, `receivedDate` are not).
    var evidence: Double
}

/// Matches the names of a ``SourceSample`` to the standard's fields: per category, every source name against
/// every field's names (``FieldVocabulary``), best pairs first, each source and each field used once.
struct ProfileProposer {
    let sample: SourceSample
    /// Pairs scoring below this are not proposed.
    static let threshold = 0.7
    /// A category is proposed on its own evidence when its record id matches at least this well …
    static let idThreshold = 0.75
    /// … and this share of its required fields found a source.
    static let coverageThreshold = 0.5

    /// A wide row with one id for all its categories (`record_id`) feeds every category with at least this
    /// ``ProposedCategory/evidence``.
    static let evidenceThreshold = 0.6
    /// A value-type mismatch (free text for a code, text for a date) scales a pair's score by this.
    static let misfitWeight = 0.6

    /// The categories to map: `requested`, or those the sample's names show (a wide export may feed several).
    /// References between the categories a row feeds point to the row's own records (`complaintId: record_id`).
    func propose(categories requested: [RecordCategory]) -> [ProposedCategory] {
        var chosen: [ProposedCategory]
        if !requested.isEmpty {
            chosen = requested.map(match)
        } else {
            let all = RecordCategory.allCases.map(match)
            chosen = []
            var idSources: Set<String> = []
            // A category with an id of its own (`投诉编号`, `核实编号`): each such id feeds one category.
            let evident = all.filter { proposal in
                guard let id = proposal.fields.first(where: { $0.slot == 0 }), !id.isRowID else { return false }
                return id.score >= Self.idThreshold && proposal.coverage >= Self.coverageThreshold
            }
            for proposal in evident.sorted(by: { $0.coverage > $1.coverage }) {
                guard let id = proposal.fields.first(where: { $0.slot == 0 }), idSources.insert(id.source).inserted else { continue }
                chosen.append(proposal)
            }
            // A wide row with one id (`record_id`, `序号`): every category its columns clearly hold.
            for proposal in all where !chosen.contains(where: { $0.category == proposal.category }) {
                guard let id = proposal.fields.first(where: { $0.slot == 0 }), id.isRowID, !idSources.contains(id.source),
                      proposal.evidence >= Self.evidenceThreshold else { continue }
                chosen.append(proposal)
            }
            if chosen.isEmpty, let best = all.max(by: { ($0.coverage, $0.fields.count) < ($1.coverage, $1.fields.count) }) {
                chosen = [best]
            }
            let order = RecordCategory.allCases
            chosen.sort { (order.firstIndex(of: $0.category) ?? 0) < (order.firstIndex(of: $1.category) ?? 0) }
        }
        chosen = Self.linkingRow(chosen)
        return chosen.count > 1 ? chosen.map(withWhen) : chosen
    }

    /// A reference to a category the same row feeds is that record's id: `dishonesty.complaintId` is the complaint
    /// of the row, not a column merely named like one.
    static func linkingRow(_ proposals: [ProposedCategory]) -> [ProposedCategory] {
        var ids: [RecordCategory: String] = [:]
        for proposal in proposals {
            if let id = proposal.fields.first(where: { $0.slot == 0 }) { ids[proposal.category] = id.source }
        }
        return proposals.map { proposal in
            var result = proposal
            for slot in proposal.category.leafSlots {
                guard case .reference(let target) = proposal.category.fields[slot].kind, target != proposal.category,
                      let source = ids[target] else { continue }
                result.fields.removeAll { $0.slot == slot }
                result.fields.append(ProposedField(slot: slot, source: source, score: 1))
            }
            result.fields.sort { $0.slot < $1.slot }
            return result
        }
    }

    private func withWhen(_ proposal: ProposedCategory) -> ProposedCategory {
        var result = proposal
        result.when = proposal.fields.first { $0.slot == 0 }?.source
        return result
    }

    /// The best one-to-one pairing of source names and fields of `category`.
    func match(_ category: RecordCategory) -> ProposedCategory {
        let sources = sample.names.map { (name: sample.joined($0), variants: variants(of: $0)) }
        var pairs: [(slot: Int, source: Int, score: Double, rowID: Bool)] = []
        for slot in category.leafSlots {
            var names: [String: (weight: Double, block: String)] = [:]
            for (name, weight, block) in FieldVocabulary.names(of: category, slot: slot) {
                let normalized = NameSimilarity.normalized(name)
                guard !normalized.isEmpty, weight > names[normalized]?.weight ?? 0 else { continue }
                names[normalized] = (weight, block.map(NameSimilarity.normalized) ?? "")
            }
            let isMember = category.fields[slot].parent != nil
            for (index, source) in sources.enumerated() {
                var best = 0.0, bestOwn = 0.0
                for (variant, weight) in source.variants {
                    for (name, candidate) in names {
                        var similarity = NameSimilarity.similarity(variant, name)
                        // Part of a nested name (`…/统一社会信用代码`) says nothing of whose code it is: only a
                        // near-exact block-and-member name counts.
                        if isMember && weight < 1 && similarity < 0.9 { continue }
                        // A member's name must start with its block's: `认定部门统一社会信用代码` is not the
                        // code of `实施部门`, however alike the rest.
                        if !candidate.block.isEmpty {
                            similarity = min(similarity, NameSimilarity.similarity(String(variant.prefix(candidate.block.count)), candidate.block))
                        }
                        best = max(best, weight * candidate.weight * similarity)
                        if !FieldVocabulary.genericIDNames.contains(name) { bestOwn = max(bestOwn, weight * candidate.weight * similarity) }
                    }
                }
                best *= valueFit(source: source.name, slot: slot, in: category)
                // A record id named only as a row's (`record_id`, `@编号` with nothing saying whose).
                let rowID = slot == 0 && bestOwn < Self.idThreshold
                if best >= Self.threshold { pairs.append((slot, index, best, rowID)) }
            }
        }
        pairs.sort { ($0.score, -$0.slot, -$0.source) > ($1.score, -$1.slot, -$1.source) }
        var usedSlots: Set<Int> = [], usedSources: Set<Int> = []
        var fields: [ProposedField] = []
        for pair in pairs where !usedSlots.contains(pair.slot) && !usedSources.contains(pair.source) {
            usedSlots.insert(pair.slot)
            usedSources.insert(pair.source)
            var field = ProposedField(slot: pair.slot, source: sources[pair.source].name, score: pair.score)
            field.isRowID = pair.rowID
            fields.append(describe(field, in: category))
        }
        fields.sort { $0.slot < $1.slot }
        let required = Self.requiredSlots(of: category)
        let topLevel = required.filter { category.fields[$0].parent == nil }
        func share(_ slots: [Int]) -> Double {
            slots.isEmpty ? 0 : Double(slots.filter(usedSlots.contains).count) / Double(slots.count)
        }
        return ProposedCategory(category: category, when: nil, fields: fields, coverage: share(required),
                                evidence: (share(required) + share(topLevel)) / 2)
    }

    /// 1 when the sample's values could be values of the field at `slot`, else ``misfitWeight``: free text is no
    /// code (`失信行为描述` is not `behaviour`), a date column holds dates, a row id (`record_id`, `序号`) is unique.
    func valueFit(source: String, slot: Int, in category: RecordCategory) -> Double {
        let values = sample.values[source] ?? []
        guard !values.isEmpty else { return 1 }
        let fits: (String) -> Bool
        switch category.fields[slot].kind {
        case .recordID:
            return FieldVocabulary.isGenericID(source) && sample.repeated.contains(source) ? Self.misfitWeight : 1
        case .date:
            fits = Self.looksLikeDate
        case .amount:
            fits = { Double($0.filter { !",，元万 ".contains($0) }) != nil }
        case .uscc:
            fits = { $0.count == 18 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        case .divisionCode:
            fits = { $0.count == 6 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        case .code(let list):
            // Labels are short; a column of long, all-different texts is a description.
            let meanLength = Double(values.reduce(0) { $0 + $1.count }) / Double(values.count)
            if meanLength > 20 { return Self.misfitWeight }
            fits = { list.resolve($0) != nil || Self.code(for: $0, in: list) != nil }
            guard values.count >= SourceSample.maximumValues else { return 1 }
        default:
            return 1
        }
        return Double(values.filter(fits).count) * 2 >= Double(values.count) ? 1 : Self.misfitWeight
    }

    /// `2024-03-15`, `2024/3/5`, `2024.3.5`, `2024年3月5日`, `20240315`, an Excel serial (`45366`) or `长期`.
    static func looksLikeDate(_ text: String) -> Bool {
        let value = text.precomposedStringWithCompatibilityMapping
        if value == "长期" { return true }
        let digits = value.prefix { $0.isASCII && $0.isNumber }
        if digits.count == value.count { return value.count == 8 || value.count == 5 }
        guard digits.count == 4, let separator = value.dropFirst(4).first else { return false }
        return "-/.年".contains(separator)
    }

    /// Leaf fields a record of `category` must have: required, and inside a required block when in one.
    static func requiredSlots(of category: RecordCategory) -> [Int] {
        category.leafSlots.filter { slot in
            let field = category.fields[slot]
            return field.isRequired && (field.parent.map { category.fields[$0].isRequired } ?? true)
        }
    }

    /// The ways a source name may be read: as a whole, its last component, its last two, and with the record
    /// element's name in front (`@编号` of `<失信记录>` reads `失信记录编号`).
    private func variants(of name: [String]) -> [(String, Double)] {
        var result: [(String, Double)] = [(NameSimilarity.normalized(name.joined()), 1)]
        if name.count > 1, let last = name.last { result.append((NameSimilarity.normalized(last), 0.9)) }
        if name.count > 2 { result.append((NameSimilarity.normalized(name.suffix(2).joined()), 0.95)) }
        if sample.format != .csv, let record = sample.recordPath?.last {
            result.append((NameSimilarity.normalized(record + name.joined()), 0.95))
        }
        return result.filter { !$0.0.isEmpty }
    }

    /// Adds what the sample shows about the values: 万元 amounts, labels that need a value map.
    private func describe(_ proposed: ProposedField, in category: RecordCategory) -> ProposedField {
        var field = proposed
        switch category.fields[field.slot].kind {
        case .amount:
            field.tenThousandYuan = NameSimilarity.declaresTenThousandYuan(field.source)
        case .code(let list):
            for label in sample.values[field.source] ?? [] where list.resolve(label) == nil {
                if let code = Self.code(for: label, in: list) {
                    field.values.append((label, code))
                } else {
                    field.unmatchedValues.append(label)
                }
            }
        default:
            break
        }
        return field
    }

    /// The code a province's label names: a known synonym, or the one label clearly closest to it.
    static func code(for label: String, in list: CodeListID) -> String? {
        if let code = FieldVocabulary.valueSynonyms[list]?[label] { return code }
        let normalized = NameSimilarity.normalized(label)
        if let code = FieldVocabulary.valueSynonyms[list]?.first(where: { NameSimilarity.normalized($0.key) == normalized })?.value {
            return code
        }
        if let entry = list.entries.first(where: { NameSimilarity.normalized($0.en) == normalized }) { return entry.code }
        let scored = list.entries.map { (code: $0.code, score: NameSimilarity.score(normalized, NameSimilarity.normalized($0.zh))) }
            .sorted { $0.score > $1.score }
        guard let best = scored.first, best.score >= 0.75 else { return nil }
        if scored.count > 1 && scored[1].score >= best.score - 0.1 { return nil }
        return best.code
    }
}
