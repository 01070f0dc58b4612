/// The ways a YAML file stops being readable, each with its line (the caller exits 2, InputError's contract).
extension InputError {
    static func yamlSyntax(_ file: String, line: Int, column: Int, problem: String, context: (String, Int)?) -> InputError {
        // libyaml's own wording is English; it is kept in both messages so that it can be searched for.
        let detailZh = context.map { "\(problem)（\($0.0)，始于第 \($0.1) 行）" } ?? problem
        let detailEn = context.map { "\(problem) (\($0.0) that started at line \($0.1))" } ?? problem
        return InputError(file: file, line: line, message: LocalizedMessage(
            zh: "YAML 语法错误（第 \(column) 列）：\(detailZh)", en: "YAML syntax error at column \(column): \(detailEn)"))
    }

    static func yamlCharacter(_ file: String, line: Int, problem: String, value: Int) -> InputError {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return InputError(file: file, line: line, message: LocalizedMessage(
            zh: "YAML 不允许的字符 \(code)（\(problem)）", en: "a character YAML does not allow, \(code) (\(problem))"))
    }

    static func yamlUndecodable(_ file: String, _ invalid: InvalidSequence) -> InputError {
        InputError(file: file, line: invalid.line, message: LocalizedMessage(
            zh: "文件偏移 \(invalid.fileOffset) 处的字节既不是有效的 UTF-8 也不是 GB18030 编码",
            en: "the bytes at file offset \(invalid.fileOffset) are neither valid UTF-8 nor GB18030"))
    }

    static func yamlValueTooLong(_ file: String, line: Int, limit: Int) -> InputError {
        InputError(file: file, line: line, message: LocalizedMessage(
            zh: "第 \(line) 行之后的一个值（或注释）超过 \(limit) 字节的上限",
            en: "a value (or comment) after line \(line) exceeds the limit of \(limit) bytes"))
    }

    static func yamlInputTooLarge(_ file: String, limit: Int) -> InputError {
        InputError(file: file, message: LocalizedMessage(
            zh: "配置文件超过 \(limit) 字节的上限", en: "the configuration file exceeds the limit of \(limit) bytes"))
    }

    static func yamlOutOfMemory(_ file: String) -> InputError {
        InputError(file: file, message: LocalizedMessage(zh: "YAML 解析器内存不足", en: "the YAML parser ran out of memory"))
    }

    static func yamlTooDeep(_ file: String, line: Int, limit: Int) -> InputError {
        InputError(file: file, line: line, message: LocalizedMessage(
            zh: "嵌套超过 \(limit) 层", en: "nesting deeper than \(limit) levels"))
    }

    static func yamlUnknownAnchor(_ file: String, line: Int, name: String) -> InputError {
        InputError(file: file, line: line, message: LocalizedMessage(
            zh: "别名 *\(name) 引用的锚点 &\(name) 在此之前未定义", en: "alias *\(name) refers to no anchor &\(name) defined before it"))
    }

    static func yamlAnchorTooLarge(_ file: String, line: Int, name: String, definedAt: Int, limit: Int) -> InputError {
        InputError(file: file, line: line, message: LocalizedMessage(
            zh: "别名 *\(name) 引用的锚点（第 \(definedAt) 行）超过 \(limit) 个节点或是记录所在的容器，不能重复引用",
            en: "alias *\(name) refers to an anchor (line \(definedAt)) larger than \(limit) nodes or holding the records; it cannot be repeated"))
    }

    static func yamlAliasBudget(_ file: String, line: Int, limit: Int) -> InputError {
        InputError(file: file, line: line, message: LocalizedMessage(
            zh: "别名展开超过每个文档 \(limit) 个节点的上限（疑似“十亿笑声”别名炸弹）",
            en: "aliases expand to more than \(limit) nodes in one document (an alias bomb such as 'billion laughs'?)"))
    }

    static func yamlRecordPath(_ file: String, line: Int?, zh: String, en: String) -> InputError {
        InputError(file: file, line: line, message: LocalizedMessage(zh: "记录路径：\(zh)", en: "record path: \(en)"))
    }

    static func yamlConfiguration(_ file: String, line: Int, zh: String, en: String) -> InputError {
        InputError(file: file, line: line, message: LocalizedMessage(zh: zh, en: en))
    }
}
