/// Reads and checks a profile (SPEC §6). Every mistake — an unknown key, an unknown standard field, a value
/// map on a field without a code list, a code the list does not have, a bad date style — is reported with the
/// profile's own line number before any data is read.
enum ProfileLoader {
    /// The profile format this version reads.
    static let formatVersion = "1"
    static let topLevelKeys: Set<String> = ["profile", "standard", "name", "description", "source", "defaults", "categories"]
    static let sourceKeys: Set<String> = ["format", "encoding", "delimiter", "records"]
    static let defaultsKeys: Set<String> = ["dateStyles", "amountUnit", "listSeparator"]
    static let categoryKeys: Set<String> = ["category", "when", "fields"]
    static let fieldKeys: Set<String> = ["from", "value", "values", "dateStyles", "unit", "separator"]

    static func load(path: String) throws(InputError) -> Profile {
        let root = try YAMLTree.load(path: path)
        return try ProfileReader(file: path).profile(from: root)
    }

    static func load(text: String, file: String) throws(InputError) -> Profile {
        let root = try YAMLTree.load(text: text, file: file)
        return try ProfileReader(file: file).profile(from: root)
    }
}

/// The checks, with the file name at hand for every message.
private struct ProfileReader {
    let file: String

    func fail(_ line: Int, _ zh: String, _ en: String) -> InputError {
        InputError(file: file, line: line, message: LocalizedMessage(zh: "配置文件错误：\(zh)", en: "profile error: \(en)"))
    }

    func profile(from root: YAMLNode) throws(InputError) -> Profile {
        let top = try mapping(root, "配置文件", "the profile")
        try checkKeys(top, ProfileLoader.topLevelKeys, where: "profile")
        guard let version = top.first(where: { $0.key == "profile" }) else {
            throw fail(root.line, "缺少 profile（配置格式版本，应为 \(ProfileLoader.formatVersion)）",
                       "missing 'profile' (the profile format version, \(ProfileLoader.formatVersion))")
        }
        guard try scalar(version.value) == ProfileLoader.formatVersion else {
            throw fail(version.keyLine, "不支持的配置格式版本，本程序读取版本 \(ProfileLoader.formatVersion)",
                       "unsupported profile format version; this program reads version \(ProfileLoader.formatVersion)")
        }
        if let standard = top.first(where: { $0.key == "standard" }) {
            let expected = "\(StandardInfo.id)/\(StandardInfo.version)"
            guard try scalar(standard.value) == expected else {
                throw fail(standard.keyLine, "配置文件适用的标准应为 \(expected)", "the profile's standard must be \(expected)")
            }
        }
        let name = try top.first { $0.key == "name" }.map { entry throws(InputError) in try scalar(entry.value) } ?? file
        let source = try readSource(top.first { $0.key == "source" }?.value)
        let defaults = try readDefaults(top.first { $0.key == "defaults" }?.value)
        guard let categoriesEntry = top.first(where: { $0.key == "categories" }) else {
            throw fail(root.line, "缺少 categories（记录类别映射）", "missing 'categories' (the category mappings)")
        }
        guard case .sequence(let items, _) = categoriesEntry.value, !items.isEmpty else {
            throw fail(categoriesEntry.keyLine, "categories 应为非空列表", "'categories' must be a non-empty list")
        }
        var categories: [CategoryMapping] = []
        for item in items {
            categories.append(try readCategory(item, source: source, defaults: defaults))
        }
        return Profile(file: file, name: name, source: source, categories: categories)
    }

    // MARK: - Sections

    private func readSource(_ node: YAMLNode?) throws(InputError) -> ProfileSource {
        guard let node else { throw fail(1, "缺少 source（数据格式）", "missing 'source' (the data format)") }
        let entries = try mapping(node, "source", "'source'")
        try checkKeys(entries, ProfileLoader.sourceKeys, where: "source")
        guard let formatEntry = entries.first(where: { $0.key == "format" }) else {
            throw fail(node.line, "source 缺少 format（csv、xml 或 yaml）", "'source' needs 'format' (csv, xml or yaml)")
        }
        let formatText = try scalar(formatEntry.value)
        guard let format = InputFormat(rawValue: formatText), format != .jsonLines else {
            throw fail(formatEntry.keyLine, "未知的数据格式“\(formatText)”（可选 csv、xml、yaml）",
                       "unknown format '\(formatText)' (csv, xml or yaml)")
        }
        var encoding = EncodingChoice.automatic
        if let entry = entries.first(where: { $0.key == "encoding" }) {
            let text = try scalar(entry.value).lowercased()
            switch text {
            case "auto": encoding = .automatic
            case "utf-8", "utf8": encoding = .utf8
            // SPEC §1: GBK and GB2312 are read as GB18030, of which they are subsets.
            case "gb18030", "gbk", "gb2312": encoding = .gb18030
            default:
                throw fail(entry.keyLine, "未知的编码“\(text)”（可选 auto、utf-8、gb18030、gbk、gb2312）",
                           "unknown encoding '\(text)' (auto, utf-8, gb18030, gbk, gb2312)")
            }
        }
        var delimiter = format == .csv ? "," : ""
        if let entry = entries.first(where: { $0.key == "delimiter" }) {
            guard format == .csv else { throw fail(entry.keyLine, "delimiter 只适用于 csv", "'delimiter' applies to csv only") }
            delimiter = try scalar(entry.value)
            guard [",", "\t", ";", "|", "，"].contains(delimiter) else {
                throw fail(entry.keyLine, "不支持的分隔符（可选 , 制表符 ; | ，）", "unsupported delimiter (',', tab, ';', '|', '，')")
            }
        }
        var recordPath: [String]?
        if let entry = entries.first(where: { $0.key == "records" }) {
            guard format != .csv else { throw fail(entry.keyLine, "records 只适用于 xml 和 yaml", "'records' applies to xml and yaml only") }
            recordPath = try sourcePath(entry.value, format: format)
        }
        return ProfileSource(format: format, encoding: encoding, delimiter: delimiter, recordPath: recordPath)
    }

    struct Defaults {
        var dateStyles = DateStyle.standardStyles
        var amountUnit = AmountUnit.yuan
        var listSeparator = ";"
    }

    private func readDefaults(_ node: YAMLNode?) throws(InputError) -> Defaults {
        var defaults = Defaults()
        guard let node else { return defaults }
        let entries = try mapping(node, "defaults", "'defaults'")
        try checkKeys(entries, ProfileLoader.defaultsKeys, where: "defaults")
        for entry in entries {
            switch entry.key {
            case "dateStyles": defaults.dateStyles = try dateStyles(entry.value)
            case "amountUnit": defaults.amountUnit = try unit(entry.value, line: entry.keyLine)
            default: defaults.listSeparator = try nonEmpty(entry.value, entry.keyLine, "listSeparator")
            }
        }
        return defaults
    }

    private func readCategory(_ node: YAMLNode, source: ProfileSource, defaults: Defaults) throws(InputError) -> CategoryMapping {
        let entries = try mapping(node, "类别映射", "a category mapping")
        try checkKeys(entries, ProfileLoader.categoryKeys, where: "category mapping")
        guard let categoryEntry = entries.first(where: { $0.key == "category" }) else {
            throw fail(node.line, "类别映射缺少 category", "a category mapping needs 'category'")
        }
        let name = try scalar(categoryEntry.value)
        guard let category = RecordCategory(rawValue: name) else {
            let names = RecordCategory.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(categoryEntry.keyLine, "未知的记录类别“\(name)”（可选：\(names)）", "unknown category '\(name)' (one of: \(names))")
        }
        let when = try entries.first { $0.key == "when" }.map { entry throws(InputError) in try sourcePath(entry.value, format: source.format) }
        guard let fieldsEntry = entries.first(where: { $0.key == "fields" }) else {
            throw fail(node.line, "类别映射缺少 fields", "a category mapping needs 'fields'")
        }
        var fields: [FieldMapping] = []
        for entry in try mapping(fieldsEntry.value, "fields", "'fields'") {
            fields.append(try readField(entry.key, entry.keyLine, entry.value, category: category, source: source, defaults: defaults))
        }
        return CategoryMapping(category: category, when: when, fields: fields)
    }

    private func readField(_ path: String, _ line: Int, _ node: YAMLNode, category: RecordCategory,
                           source: ProfileSource, defaults: Defaults) throws(InputError) -> FieldMapping {
        guard let slot = category.slot(of: path) else {
            throw fail(line, "类别 \(category.rawValue) 没有字段“\(path)”", "category \(category.rawValue) has no field '\(path)'")
        }
        let field = category.fields[slot]
        guard field.kind != .block else {
            throw fail(line, "“\(path)”是数据块，请映射其成员（如 \(path).name）",
                       "'\(path)' is a block; map its members (such as \(path).name)")
        }
        var origin: FieldMapping.Origin
        var values: [String: String] = [:]
        var styles = defaults.dateStyles
        var amountUnit = defaults.amountUnit
        var separator: String? = nil
        if case .scalar = node {
            origin = .source(try sourcePath(node, format: source.format))
        } else {
            let entries = try mapping(node, "字段映射", "a field mapping")
            try checkKeys(entries, ProfileLoader.fieldKeys, where: "field mapping")
            let from = entries.first { $0.key == "from" }
            let constant = entries.first { $0.key == "value" }
            switch (from, constant) {
            case (let from?, nil): origin = .source(try sourcePath(from.value, format: source.format))
            case (nil, let constant?): origin = .constant(try scalar(constant.value))
            default:
                throw fail(line, "字段“\(path)”须有且只有 from（来源）或 value（常量）之一",
                           "field '\(path)' needs exactly one of 'from' (a source) or 'value' (a constant)")
            }
            for entry in entries {
                switch entry.key {
                case "values":
                    guard case .code(let list) = field.kind else {
                        throw fail(entry.keyLine, "字段“\(path)”没有代码表，不能使用 values", "field '\(path)' has no code list, so 'values' does not apply")
                    }
                    for pair in try mapping(entry.value, "values", "'values'") {
                        let target = try scalar(pair.value)
                        guard let code = list.resolve(target) else {
                            throw fail(pair.keyLine, "“\(target)”不是代码表 \(list.rawValue) 中的代码", "'\(target)' is not a code of \(list.rawValue)")
                        }
                        values[pair.key] = code
                    }
                case "dateStyles":
                    guard case .date = field.kind else {
                        throw fail(entry.keyLine, "字段“\(path)”不是日期，不能使用 dateStyles", "field '\(path)' is not a date, so 'dateStyles' does not apply")
                    }
                    styles = try dateStyles(entry.value)
                case "unit":
                    guard case .amount = field.kind else {
                        throw fail(entry.keyLine, "字段“\(path)”不是金额，不能使用 unit", "field '\(path)' is not an amount, so 'unit' does not apply")
                    }
                    amountUnit = try unit(entry.value, line: entry.keyLine)
                case "separator":
                    guard case .referenceList = field.kind else {
                        throw fail(entry.keyLine, "字段“\(path)”不是列表，不能使用 separator", "field '\(path)' is not a list, so 'separator' does not apply")
                    }
                    separator = try nonEmpty(entry.value, entry.keyLine, "separator")
                default:
                    break
                }
            }
        }
        if case .constant(let value) = origin, case .code(let list) = field.kind, list.resolve(value) == nil {
            throw fail(line, "常量“\(value)”不是代码表 \(list.rawValue) 中的代码", "constant '\(value)' is not a code of \(list.rawValue)")
        }
        if case .referenceList = field.kind, separator == nil { separator = defaults.listSeparator }
        return FieldMapping(slot: slot, path: path, origin: origin, values: values, dateStyles: styles, unit: amountUnit,
                            separator: separator, line: line)
    }

    // MARK: - Values

    private func mapping(_ node: YAMLNode, _ zh: String, _ en: String) throws(InputError) -> [(key: String, keyLine: Int, value: YAMLNode)] {
        guard case .mapping(let entries, _) = node else { throw fail(node.line, "\(zh)应为键值映射", "\(en) must be a mapping") }
        return entries
    }

    private func scalar(_ node: YAMLNode) throws(InputError) -> String {
        guard case .scalar(let text, _, _) = node else { throw fail(node.line, "此处应为单个值", "a single value was expected here") }
        return text
    }

    private func nonEmpty(_ node: YAMLNode, _ line: Int, _ key: String) throws(InputError) -> String {
        let text = try scalar(node)
        guard !text.isEmpty else { throw fail(line, "\(key) 不能为空", "'\(key)' must not be empty") }
        return text
    }

    private func checkKeys(_ entries: [(key: String, keyLine: Int, value: YAMLNode)], _ allowed: Set<String>, where place: String) throws(InputError) {
        for entry in entries where !allowed.contains(entry.key) {
            let known = allowed.sorted().joined(separator: ", ")
            throw fail(entry.keyLine, "\(place) 中有未知的键“\(entry.key)”（可用：\(known)）", "unknown key '\(entry.key)' in \(place) (known: \(known))")
        }
    }

    /// A source name: CSV a column header as written; XML an element path with `/` (`主体/名称`, `@编号`);
    /// YAML a key path with `.`. A list of names gives the components explicitly.
    private func sourcePath(_ node: YAMLNode, format: InputFormat) throws(InputError) -> [String] {
        let components: [String]
        switch node {
        case .sequence(let items, _):
            var parts: [String] = []
            for item in items { parts.append(try scalar(item)) }
            components = parts
        default:
            let text = try scalar(node)
            switch format {
            case .csv, .jsonLines: components = [text]
            case .xml: components = text.split(separator: "/").map(String.init)
            case .yaml: components = text.split(separator: ".").map(String.init)
            }
        }
        guard !components.isEmpty, components.allSatisfy({ !$0.isEmpty }) else {
            throw fail(node.line, "来源名称不能为空", "a source name must not be empty")
        }
        return components
    }

    private func dateStyles(_ node: YAMLNode) throws(InputError) -> [DateStyle] {
        let items: [YAMLNode]
        if case .sequence(let list, _) = node { items = list } else { items = [node] }
        var styles: [DateStyle] = []
        for item in items {
            let text = try scalar(item)
            guard let style = DateStyle(text) else {
                throw fail(item.line, "无法识别的日期格式“\(text)”（如 yyyy年M月d日、yyyy/M/d、yyyyMMdd、excel）",
                           "unrecognised date style '\(text)' (such as yyyy年M月d日, yyyy/M/d, yyyyMMdd, excel)")
            }
            styles.append(style)
        }
        guard !styles.isEmpty else { throw fail(node.line, "dateStyles 不能为空", "'dateStyles' must not be empty") }
        return styles
    }

    private func unit(_ node: YAMLNode, line: Int) throws(InputError) -> AmountUnit {
        let text = try scalar(node)
        guard let unit = AmountUnit(rawValue: text) else {
            throw fail(line, "未知的金额单位“\(text)”（可选 元、万元）", "unknown amount unit '\(text)' (元 or 万元)")
        }
        return unit
    }
}
