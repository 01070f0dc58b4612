/// The part of `profile check` that needs a sample of the export: does every source name the profile uses
/// exist, is every name of the sample used, and does every code-list value and date of the sample read.
struct ProfileSampleCheck {
    let profile: Profile
    let sample: SourceSample

    func issues() -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        func add(_ severity: Severity, _ line: Int?, _ zh: String, _ en: String) {
            issues.append(ProfileIssue(severity: severity, line: line, message: LocalizedMessage(zh: zh, en: en)))
        }
        let names = Set(sample.names)
        var used: Set<[String]> = []
        for mapping in profile.categories {
            if let when = mapping.when {
                used.insert(when)
                if !names.contains(when) {
                    add(.error, nil, "类别 \(mapping.category.rawValue) 的 when 来源“\(sample.joined(when))”在样本中不存在",
                        "the 'when' source '\(sample.joined(when))' of \(mapping.category.rawValue) is not in the sample")
                }
            }
            for field in mapping.fields {
                guard case .source(let source) = field.origin else { continue }
                used.insert(source)
                let name = sample.joined(source)
                guard names.contains(source) else {
                    add(.error, field.line, "\(field.path) 的来源“\(name)”在样本中不存在", "the source '\(name)' of \(field.path) is not in the sample")
                    continue
                }
                for value in sample.values[name] ?? [] {
                    if let problem = problem(with: value, field: field, category: mapping.category) {
                        add(.error, field.line, "\(field.path) 的来源“\(name)”中的值“\(value)”\(problem.zh)",
                            "value '\(value)' of '\(name)' (\(field.path)) \(problem.en)")
                    }
                }
            }
        }
        for name in sample.names where !used.contains(name) {
            add(.warning, nil, "样本中的“\(sample.joined(name))”未映射到任何字段", "'\(sample.joined(name))' of the sample is not mapped to any field")
        }
        return issues
    }

    /// Why a sample value would not read, or `nil`.
    private func problem(with value: String, field: FieldMapping, category: RecordCategory) -> (zh: String, en: String)? {
        switch category.fields[field.slot].kind {
        case .code(let list):
            guard field.values[value] == nil, list.resolve(value) == nil else { return nil }
            return ("既不是代码表 \(list.rawValue) 的代码或标签，也不在 values 中", "is neither a code or label of \(list.rawValue) nor in 'values'")
        case .date:
            guard !field.dateStyles.contains(where: { $0.parse(value) != nil }) else { return nil }
            let styles = field.dateStyles.map(\.description).joined(separator: ", ")
            return ("不符合任何日期格式（\(styles)）", "matches none of the date styles (\(styles))")
        default:
            return nil
        }
    }
}
