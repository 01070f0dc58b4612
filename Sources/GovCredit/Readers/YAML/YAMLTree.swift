/// Loads a small YAML configuration file (a profile, SPEC §6) into a ``YAMLNode`` tree, every node with its line.
///
/// Stricter than YAML itself, so that a mistake in a profile is an error at the profile's own line instead of a
/// surprise: one document only; duplicate keys, `<<` merge keys and collections as keys are refused; no type
/// guessing. Same limits as the data reader, plus a size cap: a profile is a few KB.
enum YAMLTree {
    /// A configuration file is small; 1 MiB is a hundred times the largest profile and keeps the tree small.
    static let maximumBytes = 1 << 20

    static let limits = YAMLLimits(maximumDepth: 64, maximumAliases: 100_000, maximumAnchorNodes: 10_000,
                                   maximumAnchorBytes: maximumBytes, maximumScalarBytes: maximumBytes)

    /// Reads the file at `path` (UTF-8 with or without BOM, or GB18030: SPEC §1).
    static func load(path: String) throws(InputError) -> YAMLNode {
        let feed = try YAMLInputFeed(path: path, displayName: path, encoding: .automatic,
                                     maximumScalarBytes: maximumBytes, maximumInputBytes: maximumBytes)
        return try load(feed)
    }

    /// Reads YAML text; `file` names it in errors.
    static func load(text: String, file: String = "<text>") throws(InputError) -> YAMLNode {
        let bytes = Array(text.utf8)
        guard bytes.count <= maximumBytes else { throw InputError.yamlInputTooLarge(file, limit: maximumBytes) }
        return try load(YAMLInputFeed(bytes: bytes, displayName: file, maximumScalarBytes: maximumBytes))
    }

    private static func load(_ feed: YAMLInputFeed) throws(InputError) -> YAMLNode {
        let parser = try YAMLEventParser(feed: feed)
        var composer = YAMLComposer(limits: limits, file: feed.file)
        var root: YAMLNode?
        while true {
            let event = try parser.next()
            switch event.kind {
            case .streamStart, .documentEnd:
                continue
            case .streamEnd:
                // An empty file is an empty (null) document: the caller says what it expected instead.
                return root ?? .scalar("", plain: true, line: 1)
            case .documentStart:
                guard root == nil else {
                    throw InputError.yamlConfiguration(feed.file, line: event.line,
                        zh: "配置文件只能包含一个 YAML 文档", en: "a configuration file holds one YAML document only")
                }
                composer.beginDocument()
                let first = try parser.next()
                let budget = YAMLBudget(bytes: .max)
                guard let node = try composer.compose(first, from: parser, depth: 0, budget: budget) else {
                    throw InputError.yamlInputTooLarge(feed.file, limit: maximumBytes)
                }
                if let issue = composer.takeIssues().first { throw keyError(issue, file: feed.file) }
                try checkDuplicateKeys(node, file: feed.file)
                root = node
            default:
                throw InputError.yamlSyntax(feed.file, line: event.line, column: event.column,
                                            problem: "unexpected \(event.kind) between documents", context: nil)
            }
        }
    }

    private static func keyError(_ issue: YAMLKeyIssue, file: String) -> InputError {
        switch issue.kind {
        case .mergeKey:
            return InputError.yamlConfiguration(file, line: issue.line,
                zh: "不支持合并键 <<，请把键逐个写出", en: "merge keys (<<) are not supported; write the keys out")
        case .complexKey:
            return InputError.yamlConfiguration(file, line: issue.line,
                zh: "键必须是单个值，不能是列表或映射", en: "a key must be a single value, not a list or a mapping")
        }
    }

    /// Duplicate keys are an error at the second key's line (YAML 1.2 §3.2.1.1 requires unique keys; libyaml
    /// does not check, and PyYAML silently keeps the last).
    private static func checkDuplicateKeys(_ node: YAMLNode, file: String) throws(InputError) {
        switch node {
        case .scalar:
            return
        case .sequence(let items, _):
            for item in items { try checkDuplicateKeys(item, file: file) }
        case .mapping(let entries, _):
            // Recursion is bounded by the composer's depth limit.
            var seen: [String: Int] = [:]
            for entry in entries {
                if let first = seen[entry.key] {
                    throw InputError.yamlConfiguration(file, line: entry.keyLine,
                        zh: "键“\(entry.key)”重复（首次出现在第 \(first) 行）",
                        en: "duplicate key '\(entry.key)' (first at line \(first))")
                }
                seen[entry.key] = entry.keyLine
                try checkDuplicateKeys(entry.value, file: file)
            }
        }
    }
}
