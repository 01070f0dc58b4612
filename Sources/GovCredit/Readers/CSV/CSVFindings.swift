/// The findings and header errors of ``CSVReader``, with every placeholder of the rule's templates filled.
///
/// CSV locations: `line` is the physical line of the problem, `column` the 1-based number of the field (not a
/// character column: a CSV user counts columns), `elementPath` the column's name from the header.
enum CSVFindings {
    static func syntax(_ issue: CSVSyntaxIssue, columnName: String?, at record: SourceLocation) -> Finding {
        let detail = detail(issue.kind)
        return Finding(rule: .inputSyntax, path: "", location: located(record, line: issue.line, column: issue.field, columnName),
                       parameters: ["column": String(issue.field), "detail_zh": detail.zh, "detail_en": detail.en])
    }

    static func detail(_ kind: CSVSyntaxIssue.Kind) -> LocalizedMessage {
        switch kind {
        case .quoteInUnquotedField:
            return LocalizedMessage(zh: "未加引号的字段中出现双引号（含双引号的字段须整体加引号，字段内的双引号写成两个）",
                                    en: "a quote inside a field that is not quoted (quote the whole field and double the quotes in it)")
        case .textAfterClosingQuote:
            return LocalizedMessage(zh: "右引号后还有字符（右引号后只能是分隔符或换行）",
                                    en: "text after the closing quote (only the delimiter or the end of the line may follow it)")
        case .unterminatedQuote:
            return LocalizedMessage(zh: "此处的左引号直到文件末尾都没有闭合",
                                    en: "this opening quote is never closed before the end of the file")
        }
    }

    static func encoding(column: Int, line: Int, columnName: String?, at record: SourceLocation) -> Finding {
        Finding(rule: .inputEncoding, path: "", location: located(record, line: line, column: column, columnName),
                parameters: ["column": String(column)])
    }

    /// A record over the byte limit: skipped unread, so only its size and, if that is why it never ended, the
    /// quote left open are known.
    static func tooLarge(_ scanner: CSVRecordScanner, limit: Int, at record: SourceLocation) -> [Finding] {
        var findings = [Finding(rule: .inputRecordTooLarge, path: "", location: record, parameters: ["limit": String(limit)])]
        if let open = scanner.issues.last(where: { $0.kind == .unterminatedQuote }) {
            let detail = LocalizedMessage(zh: "此处的左引号直到文件末尾都没有闭合，其后的内容都被当作这一条记录",
                                          en: "this opening quote is never closed, so everything after it was taken as this one record")
            findings.append(Finding(rule: .inputSyntax, path: "", location: located(record, line: open.line, column: open.field, nil),
                                    parameters: ["column": String(open.field), "detail_zh": detail.zh, "detail_en": detail.en]))
        }
        return findings
    }

    static func tooManyFields(limit: Int, at record: SourceLocation) -> Finding {
        Finding(rule: .inputTooManyFields, path: "", location: record, parameters: ["limit": String(limit)])
    }

    static func columnCount(found: Int, expected: Int, at record: SourceLocation) -> Finding {
        Finding(rule: .inputColumnCount, path: "", location: record,
                parameters: ["found": String(found), "expected": String(expected)])
    }

    private static func located(_ record: SourceLocation, line: Int, column: Int, _ columnName: String?) -> SourceLocation {
        var location = record
        location.line = line
        location.column = column
        location.elementPath = columnName
        return location
    }

    // MARK: - Header (an InputError: without column names no row can be mapped)

    static func headerProblems(of scanner: CSVRecordScanner, limit: Int) -> [LocalizedMessage] {
        if scanner.isSkipping || scanner.contentLength > limit {
            return [LocalizedMessage(zh: "表头超过 \(limit) 字节的上限", en: "the header exceeds the limit of \(limit) bytes")]
        }
        if scanner.fieldCount > scanner.maximumFields {
            return [LocalizedMessage(zh: "表头超过 \(scanner.maximumFields) 列的上限",
                                     en: "the header has more than \(scanner.maximumFields) columns")]
        }
        return scanner.issues.map { issue in
            let detail = detail(issue.kind)
            return LocalizedMessage(zh: "第 \(issue.line) 行第 \(issue.field) 列：\(detail.zh)",
                                    en: "line \(issue.line), column \(issue.field): \(detail.en)")
        }
    }

    static func headerEncoding(column: Int) -> LocalizedMessage {
        LocalizedMessage(zh: "第 \(column) 列含有既非 UTF-8 也非 GB18030 的字节",
                         en: "column \(column) holds bytes that are neither UTF-8 nor GB18030")
    }

    /// Empty and repeated names (after trimming), each with its column number.
    static func headerNameProblems(_ names: [String]) -> [LocalizedMessage] {
        var problems: [LocalizedMessage] = []
        var firstColumn: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            let column = index + 1
            if name.isEmpty {
                problems.append(LocalizedMessage(zh: "第 \(column) 列没有列名", en: "column \(column) has no name"))
            } else if let first = firstColumn[name] {
                let quoted = Finding.quoted(name)
                problems.append(LocalizedMessage(zh: "第 \(column) 列的列名“\(quoted)”与第 \(first) 列重复",
                                                 en: "column \(column) repeats the name '\(quoted)' of column \(first)"))
            } else {
                firstColumn[name] = column
            }
        }
        return problems
    }

    static func headerError(_ problems: [LocalizedMessage]) -> LocalizedMessage {
        let shown = problems.prefix(CSVRecordScanner.maximumIssuesPerRecord)
        let more = problems.count - shown.count
        return LocalizedMessage(
            zh: "CSV 表头无效：" + shown.map(\.zh).joined(separator: "；") + (more > 0 ? "；另有 \(more) 处" : ""),
            en: "invalid CSV header: " + shown.map(\.en).joined(separator: "; ") + (more > 0 ? "; and \(more) more" : ""))
    }
}
