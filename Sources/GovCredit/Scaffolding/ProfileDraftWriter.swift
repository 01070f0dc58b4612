/// Writes a ``ProfileDraft`` as profile YAML (`Standards/gov-integrity/1.0/profile-format.md`), with a comment on
/// every line a person should look at and `# TODO` where a person must decide.
struct ProfileDraftWriter {
    let sample: SourceSample
    let samplePath: String
    private(set) var todoCount = 0
    private var lines: [String] = []

    init(sample: SourceSample, samplePath: String) {
        self.sample = sample
        self.samplePath = samplePath
    }

    mutating func write(_ proposals: [ProposedCategory]) -> String {
        let fileName = samplePath.split(separator: "/").last.map(String.init) ?? samplePath
        lines = [
            "# 由 govcredit profile init 根据 \(fileName) 生成的配置草稿：请逐项核对，补全标有 TODO 的项",
            "# （去掉行首的 # 并填写来源列名，或写成 {value: 代码}），然后运行 govcredit profile check。",
            "# Draft made by govcredit profile init from \(fileName): check every mapping, complete each TODO (uncomment",
            "# the line, give the source name or {value: CODE}), then run govcredit profile check.",
            "profile: 1",
            "standard: \(StandardInfo.id)/\(StandardInfo.version)",
            "name: \(Self.scalar(fileName))",
            "source:",
            "  format: \(sample.format.rawValue)",
        ]
        if sample.encoding == .gb18030 { lines.append("  encoding: gb18030") }
        if sample.format == .csv && sample.delimiter != "," {
            lines.append("  delimiter: " + (sample.delimiter == "\t" ? "tab" : Self.scalar(sample.delimiter)))
        }
        if let path = sample.recordPath {
            lines.append("  records: " + Self.scalar(sample.joined(path)))
        }
        let styles = dateStyles(proposals)
        if !styles.isEmpty {
            lines += ["defaults:", "  dateStyles: [" + styles.map(Self.scalar).joined(separator: ", ") + "]"]
        }
        lines.append("categories:")
        for proposal in proposals { writeCategory(proposal) }
        let used = Set(proposals.flatMap { $0.fields.map(\.source) } + proposals.compactMap(\.when))
        let unused = sample.names.map(sample.joined).filter { !used.contains($0) }
        if !unused.isEmpty {
            lines.append("# 未映射的来源（如有对应字段请补充）/ Source names not mapped to any field:")
            lines += unused.map { "#   \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private mutating func writeCategory(_ proposal: ProposedCategory) {
        let category = proposal.category
        lines.append("  - category: \(category.rawValue)    # \(category.nameZh)")
        if let when = proposal.when { lines.append("    when: \(Self.scalar(when))") }
        lines.append(proposal.fields.isEmpty ? "    fields: {}" : "    fields:")
        let mapped = Dictionary(proposal.fields.map { ($0.slot, $0) }, uniquingKeysWith: { first, _ in first })
        let required = Set(ProfileProposer.requiredSlots(of: category))
        for slot in category.leafSlots {
            let spec = category.fields[slot]
            guard let field = mapped[slot] else {
                let conditional = spec.requiredWhen != nil
                guard required.contains(slot) || conditional else { continue }
                todoCount += 1
                let need = required.contains(slot) ? "必填 required" : Self.condition(spec, in: category)
                lines.append("      # TODO \(spec.path): ?    # \(need) · \(spec.nameZh)\(Self.codeHint(spec.kind))")
                continue
            }
            writeField(field, spec: spec)
        }
    }

    private mutating func writeField(_ field: ProposedField, spec: FieldSpec) {
        let note = "# \(spec.nameZh)" + (field.score < 0.85 ? "（请核对 check）" : "")
        guard field.tenThousandYuan || !field.values.isEmpty || !field.unmatchedValues.isEmpty else {
            lines.append("      \(spec.path): \(Self.scalar(field.source))    \(note)")
            return
        }
        lines.append("      \(spec.path):    \(note)")
        lines.append("        from: \(Self.scalar(field.source))")
        if field.tenThousandYuan { lines.append("        unit: 万元") }
        guard case .code(let list) = spec.kind, !(field.values.isEmpty && field.unmatchedValues.isEmpty) else { return }
        lines.append(field.values.isEmpty ? "        values: {}" : "        values:")
        for (label, code) in field.values {
            let entry = list.entries.first { $0.code == code }
            lines.append("          \(Self.scalar(label)): \(code)    # \(entry?.zh ?? "")")
        }
        for label in field.unmatchedValues {
            todoCount += 1
            lines.append("          # TODO \(Self.scalar(label)): ?    # 代码表 \(list.rawValue) 中没有此标签 / not a label of \(list.rawValue)")
        }
        if !field.unmatchedValues.isEmpty { lines.append("          # " + Self.codes(of: list)) }
    }

    /// The date styles the sample's dates need beyond the standard ones (`excel` serials, `yyyy-M-d`); empty when
    /// the defaults read them all.
    private func dateStyles(_ proposals: [ProposedCategory]) -> [String] {
        var extra: [String] = []
        for proposal in proposals {
            for field in proposal.fields {
                guard case .date = proposal.category.fields[field.slot].kind else { continue }
                for value in sample.values[field.source] ?? [] {
                    if DateStyle.standardStyles.contains(where: { $0.parse(value) != nil }) { continue }
                    for style in ["yyyy-M-d", "excel"] where !extra.contains(style) && DateStyle(style)?.parse(value) != nil {
                        extra.append(style)
                        break
                    }
                }
            }
        }
        return extra.isEmpty ? [] : DateStyle.standardStyles.map(\.description) + extra
    }

    /// `条件必填：result = UNFOUNDED 时 · required when result is UNFOUNDED`.
    private static func condition(_ field: FieldSpec, in category: RecordCategory) -> String {
        guard let condition = field.requiredWhen else { return "可选 optional" }
        let on = category.fields[condition.slot].path
        let codes = condition.codes.joined(separator: "/")
        return "条件必填：\(on) 为 \(codes) 时 · required when \(on) is \(codes)"
    }

    private static func codeHint(_ kind: FieldKind) -> String {
        guard case .code(let list) = kind else { return "" }
        return " · {value: 代码} " + codes(of: list)
    }

    private static func codes(of list: CodeListID) -> String {
        "代码 codes: " + list.entries.map { "\($0.code) \($0.zh)" }.joined(separator: " · ")
    }

    /// A YAML scalar: plain when it reads back as the same text, else double-quoted.
    static func scalar(_ text: String) -> String {
        let indicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
        let plain = !text.isEmpty && !(text.first.map(indicators.contains) ?? true)
            && !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":")
            && !text.contains(where: { $0.isNewline || $0 == "\t" }) && text.first?.isWhitespace == false
            && text.last?.isWhitespace == false && !["~", "null", "Null", "NULL"].contains(text)
        if plain { return text }
        var quoted = "\""
        for character in text {
            switch character {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}
