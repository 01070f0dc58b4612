import Foundation

/// One thing `govcredit profile check` found in a profile.
public struct ProfileIssue: Hashable, Sendable {
    /// `error`: the profile cannot be used as it is (it does not load, a required field has no source, a value
    /// map points to a code the list lacks, a sample value nothing maps); `warning`: worth a look (a TODO left,
    /// a source name nothing maps, a field required only in some cases).
    public let severity: Severity
    /// The profile's line, when the issue is at one.
    public let line: Int?
    /// What is wrong, in Chinese and English.
    public let message: LocalizedMessage
}

/// Checks a profile for what `profile init` leaves to a person and what hand-written profiles get wrong: every
/// mistake the loader reports (with its line), every value-map target and constant that is not a code of its list
/// (all of them, not only the first), required fields without a source, TODOs left; with a sample file, source
/// names the sample lacks, sample names nothing maps, and sample values no value map or label turns into a code.
public enum ProfileCheck {
    /// The issues, by line; empty when the profile is ready to use.
    public static func check(profilePath: String, samplePath: String? = nil) -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        func add(_ severity: Severity, _ line: Int?, _ zh: String, _ en: String) {
            issues.append(ProfileIssue(severity: severity, line: line, message: LocalizedMessage(zh: zh, en: en)))
        }
        if let text = try? String(contentsOfFile: profilePath, encoding: .utf8) {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // `# TODO …` as `profile init` writes it; a comment merely mentioning TODOs is not one.
                guard let hash = line.firstIndex(of: "#"),
                      line[line.index(after: hash)...].trimmingCharacters(in: .whitespaces).hasPrefix("TODO") else { continue }
                add(.warning, index + 1, "尚未完成的 TODO：\(line.trimmingCharacters(in: .whitespaces))",
                    "a TODO is left: \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        let codeIssues = (try? YAMLTree.load(path: profilePath)).map(unknownCodes) ?? []
        issues += codeIssues
        let profile: Profile
        do {
            profile = try Profile.load(path: profilePath)
        } catch {
            if !codeIssues.contains(where: { $0.line == error.line }) {
                issues.append(ProfileIssue(severity: .error, line: error.line, message: error.message))
            }
            return sorted(issues)
        }
        for mapping in profile.categories { issues += missingFields(mapping) }
        if let samplePath {
            do {
                let sample = try SourceSample.read(path: samplePath, settings: profile.source)
                issues += ProfileSampleCheck(profile: profile, sample: sample).issues()
            } catch {
                issues.append(ProfileIssue(severity: .error, line: nil, message: LocalizedMessage(
                    zh: "无法按配置读取样本文件：\(error.located(in: .zh))", en: "cannot read the sample as the profile says: \(error.located(in: .en))")))
            }
        }
        return sorted(issues)
    }

    private static func sorted(_ issues: [ProfileIssue]) -> [ProfileIssue] {
        issues.enumerated().sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }.map(\.element)
    }

    /// Required fields of a category mapping without a source or constant.
    static func missingFields(_ mapping: CategoryMapping) -> [ProfileIssue] {
        let category = mapping.category
        let mapped = Set(mapping.fields.map(\.slot))
        let line = mapping.fields.map(\.line).min().map { $0 - 1 }
        var issues: [ProfileIssue] = []
        for slot in category.leafSlots where !mapped.contains(slot) {
            let field = category.fields[slot]
            let blockUsed = field.parent.map { parent in
                category.fields[parent].isRequired || mapping.fields.contains { category.fields[$0.slot].parent == parent }
            } ?? true
            if field.isRequired && blockUsed {
                issues.append(ProfileIssue(severity: .error, line: line, message: LocalizedMessage(
                    zh: "类别 \(category.rawValue) 的必填字段 \(field.path)（\(field.nameZh)）没有来源或常量",
                    en: "required field \(field.path) (\(field.nameEn)) of \(category.rawValue) has no source or constant")))
            } else if field.requiredWhen != nil && blockUsed {
                issues.append(ProfileIssue(severity: .warning, line: line, message: LocalizedMessage(
                    zh: "类别 \(category.rawValue) 的条件必填字段 \(field.path)（\(field.nameZh)）没有来源",
                    en: "field \(field.path) (\(field.nameEn)) of \(category.rawValue), required in some cases, has no source")))
            }
        }
        return issues
    }

    /// Every `values:` target and `value:` constant of a code field that is not a code of its list.
    static func unknownCodes(_ root: YAMLNode) -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        for item in root["categories"]?.items ?? [] {
            guard let category = item["category"]?.string.flatMap(RecordCategory.init(rawValue:)) else { continue }
            for entry in item["fields"]?.entries ?? [] {
                guard let slot = category.slot(of: entry.key), case .code(let list) = category.fields[slot].kind else { continue }
                var targets: [(String, Int)] = []
                if case .scalar(let constant, _, let line)? = entry.value["value"] { targets.append((constant, line)) }
                for pair in entry.value["values"]?.entries ?? [] { targets.append((pair.value.string ?? "", pair.keyLine)) }
                for (target, line) in targets where list.resolve(target) == nil {
                    issues.append(ProfileIssue(severity: .error, line: line, message: LocalizedMessage(
                        zh: "“\(target)”不是代码表 \(list.rawValue) 中的代码（\(entry.key)）",
                        en: "'\(target)' is not a code of \(list.rawValue) (\(entry.key))")))
                }
            }
        }
        return issues
    }
}
