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
}

/// The proposal for one category.
struct ProposedCategory {
    let category: RecordCategory
    /// The source whose value must be present for a record to feed the category (a wide export feeding several).
    var when: String?
    var fields: [ProposedField]
    /// Required fields (inside required blocks) with no source.
    var coverage: Double
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

    /// The categories to map: `requested`, or those the sample's names show (a wide export may feed several).
    func propose(categories requested: [RecordCategory]) -> [ProposedCategory] {
        if !requested.isEmpty {
            let chosen = requested.map(match)
            return chosen.count > 1 ? chosen.map(withWhen) : chosen
        }
        let all = RecordCategory.allCases.map(match)
        var chosen: [ProposedCategory] = []
        var idSources: Set<String> = []
        let evident = all.filter { proposal in
            (proposal.fields.first { $0.slot == 0 }?.score ?? 0) >= Self.idThreshold && proposal.coverage >= Self.coverageThreshold
        }
        for proposal in evident.sorted(by: { $0.coverage > $1.coverage }) {
            guard let id = proposal.fields.first(where: { $0.slot == 0 }), idSources.insert(id.source).inserted else { continue }
            chosen.append(proposal)
        }
        if chosen.isEmpty, let best = all.max(by: { ($0.coverage, $0.fields.count) < ($1.coverage, $1.fields.count) }) {
            chosen = [best]
        }
        let order = RecordCategory.allCases
        chosen.sort { (order.firstIndex(of: $0.category) ?? 0) < (order.firstIndex(of: $1.category) ?? 0) }
        return chosen.count > 1 ? chosen.map(withWhen) : chosen
    }

    private func withWhen(_ proposal: ProposedCategory) -> ProposedCategory {
        var result = proposal
        result.when = proposal.fields.first { $0.slot == 0 }?.source
        return result
    }

    /// The best one-to-one pairing of source names and fields of `category`.
    func match(_ category: RecordCategory) -> ProposedCategory {
        let sources = sample.names.map { (name: sample.joined($0), variants: variants(of: $0)) }
        var pairs: [(slot: Int, source: Int, score: Double)] = []
        for slot in category.leafSlots {
            var names: [String: (weight: Double, block: String)] = [:]
            for (name, weight, block) in FieldVocabulary.names(of: category, slot: slot) {
                let normalized = NameSimilarity.normalized(name)
                guard !normalized.isEmpty, weight > names[normalized]?.weight ?? 0 else { continue }
                names[normalized] = (weight, block.map(NameSimilarity.normalized) ?? "")
            }
            let isMember = category.fields[slot].parent != nil
            for (index, source) in sources.enumerated() {
                var best = 0.0
                for (variant, weight) in source.variants {
                    for (name, candidate) in names {
                        var similarity = NameSimilarity.score(variant, name)
                        // Part of a nested name (`…/统一社会信用代码`) says nothing of whose code it is: only a
                        // near-exact block-and-member name counts.
                        if isMember && weight < 1 && similarity < 0.9 { continue }
                        // A member's name must start with its block's: `认定部门统一社会信用代码` is not the
                        // code of `实施部门`, however alike the rest.
                        if !candidate.block.isEmpty {
                            similarity = min(similarity, NameSimilarity.score(String(variant.prefix(candidate.block.count)), candidate.block))
                        }
                        best = max(best, weight * candidate.weight * similarity)
                    }
                }
                if best >= Self.threshold { pairs.append((slot, index, best)) }
            }
        }
        pairs.sort { ($0.score, -$0.slot, -$0.source) > ($1.score, -$1.slot, -$1.source) }
        var usedSlots: Set<Int> = [], usedSources: Set<Int> = []
        var fields: [ProposedField] = []
        for pair in pairs where !usedSlots.contains(pair.slot) && !usedSources.contains(pair.source) {
            usedSlots.insert(pair.slot)
            usedSources.insert(pair.source)
            fields.append(describe(ProposedField(slot: pair.slot, source: sources[pair.source].name, score: pair.score), in: category))
        }
        fields.sort { $0.slot < $1.slot }
        let required = Self.requiredSlots(of: category)
        let covered = required.filter(usedSlots.contains).count
        return ProposedCategory(category: category, when: nil, fields: fields,
                                coverage: required.isEmpty ? 0 : Double(covered) / Double(required.count))
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
        let scored = list.entries.map { (code: $0.code, score: NameSimilarity.score(normalized, NameSimilarity.normalized($0.zh))) }
            .sorted { $0.score > $1.score }
        guard let best = scored.first, best.score >= 0.75 else { return nil }
        if scored.count > 1 && scored[1].score >= best.score - 0.1 { return nil }
        return best.code
    }
}
