/// One column of a public output: the standard field it shows, its Chinese CSV header, and how its value is
/// written. The lists below are the whole of what is ever published — a fixed list, not "every field but the
/// personal ones", so a field added to the standard is not published until someone decides it may be.
struct DisclosureColumn {
    enum Style {
        /// Text shown to the public: personal numbers and known personal values are masked.
        case text
        /// A code: the code in JSON, its Chinese label in CSV.
        case code(CodeListID)
        /// A date, an amount, a USCC or a division code: written as validated.
        case plain
        /// A record id or a list of them: kept as written, so the public can cite the record, unless a run of its
        /// digits is itself a mobile or ID number (a system that keys records by a person's number).
        case identifier
        /// A list of record ids.
        case list
    }

    let path: String
    let header: String
    let style: Style
}

enum DisclosureColumns {
    /// Dishonesty records (§III(3)): the government entity, the decision and the facts. The counterparty is left
    /// out: it may be an individual business named after its owner, a natural person (SPEC §1 personal data).
    static let dishonesty: [DisclosureColumn] = [
        DisclosureColumn(path: "id", header: "失信记录编号", style: .identifier),
        DisclosureColumn(path: "entity.name", header: "失信主体名称", style: .text),
        DisclosureColumn(path: "entity.uscc", header: "统一社会信用代码", style: .plain),
        DisclosureColumn(path: "entity.kind", header: "主体类型", style: .code(.entityKind)),
        DisclosureColumn(path: "entity.level", header: "行政层级", style: .code(.adminLevel)),
        DisclosureColumn(path: "entity.divisionCode", header: "行政区划代码", style: .plain),
        DisclosureColumn(path: "department.name", header: "认定部门", style: .text),
        DisclosureColumn(path: "decisionNumber", header: "认定文书号", style: .text),
        DisclosureColumn(path: "identifiedDate", header: "认定日期", style: .plain),
        DisclosureColumn(path: "domain", header: "涉及领域", style: .code(.domain)),
        DisclosureColumn(path: "behaviour", header: "失信行为类型", style: .code(.behaviour)),
        DisclosureColumn(path: "facts", header: "失信事实", style: .text),
        DisclosureColumn(path: "amountInvolved", header: "涉及金额（元）", style: .plain),
        DisclosureColumn(path: "severity", header: "失信程度", style: .code(.dishonestySeverity)),
    ]

    /// Typical cases (§IV(9)).
    static let typicalCase: [DisclosureColumn] = [
        DisclosureColumn(path: "id", header: "案例编号", style: .identifier),
        DisclosureColumn(path: "title", header: "案例标题", style: .text),
        DisclosureColumn(path: "reason", header: "选取理由", style: .code(.typicalCaseReason)),
        DisclosureColumn(path: "summary", header: "案例内容", style: .text),
        DisclosureColumn(path: "publishedDate", header: "发布日期", style: .plain),
        DisclosureColumn(path: "channel", header: "发布渠道", style: .code(.publicationChannel)),
        DisclosureColumn(path: "dishonestyIds", header: "关联失信记录", style: .identifier),
    ]

    /// The items of a list value (`.list`, or `a;b` text as flat forms write it).
    static func listItems(_ value: FieldValue?) -> [String] {
        switch value {
        case .list(let items)?: return items
        case .text(let text)?: return text.split(whereSeparator: { $0 == ";" || $0 == "；" }).map(String.init)
        default: return []
        }
    }
}

/// Renders the chosen records as CSV (UTF-8, Chinese headers, labels for codes) and JSON (codes, nested blocks).
struct DisclosureDocuments {
    let asOf: CivilDate
    let policy: PublicationPolicy

    func csv(_ records: [PublicRecord], columns: [DisclosureColumn]) -> String {
        let dishonesty = columns.first?.header == DisclosureColumns.dishonesty.first?.header
        var headers = ["全国唯一键"] + columns.map(\.header)
        if dishonesty { headers.append("公示截止日期") }
        var text = CSVTemplate.csvRow(headers)
        for item in records {
            var row = [PersonalDataMasking.maskIdentifier(item.record.envelope?.nationalKey ?? "")]
            for column in columns {
                let value = item.record[path: column.path]
                switch column.style {
                case .text: row.append(Self.defused(masked(value?.text ?? "", item)))
                case .code(let list): row.append(value?.text.map { code in list.entries.first { $0.code == code }?.zh ?? code } ?? "")
                case .plain: row.append(value?.text ?? "")
                case .list: row.append(DisclosureColumns.listItems(value).map { masked($0, item) }.joined(separator: ";"))
                case .identifier: row.append(DisclosureColumns.listItems(value).map(PersonalDataMasking.maskIdentifier).joined(separator: ";"))
                }
            }
            if dishonesty { row.append(lastDay(item.record)?.description ?? "") }
            text += CSVTemplate.csvRow(row)
        }
        return text
    }

    func json(_ records: [PublicRecord], columns: [DisclosureColumn], category: RecordCategory) -> String {
        let windows = policy.windows.keys.sorted().compactMap { severity -> (String, String)? in
            guard let window = policy.windows[severity] else { return nil }
            return (severity, JSONText.object([("minMonths", String(window.minimumMonths)), ("maxMonths", String(window.maximumMonths))]))
        }
        let items = records.map { item -> String in
            var members: [(String, String)] = [("nationalKey", JSONText.quoted(PersonalDataMasking.maskIdentifier(item.record.envelope?.nationalKey ?? "")))]
            var blocks: [(String, [(String, String)])] = []
            for column in columns {
                guard let value = item.record[path: column.path] else { continue }
                let json: String
                switch column.style {
                case .text: json = JSONText.quoted(masked(value.text ?? "", item))
                case .code, .plain: json = JSONText.quoted(value.text ?? "")
                case .list: json = "[" + DisclosureColumns.listItems(value).map { JSONText.quoted(masked($0, item)) }.joined(separator: ",") + "]"
                case .identifier:
                    if case .list = value {
                        json = "[" + DisclosureColumns.listItems(value).map { JSONText.quoted(PersonalDataMasking.maskIdentifier($0)) }.joined(separator: ",") + "]"
                    } else {
                        json = JSONText.quoted(PersonalDataMasking.maskIdentifier(value.text ?? ""))
                    }
                }
                let parts = column.path.split(separator: ".", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { members.append((column.path, json)); continue }
                if let index = blocks.firstIndex(where: { $0.0 == parts[0] }) {
                    blocks[index].1.append((parts[1], json))
                } else {
                    blocks.append((parts[0], [(parts[1], json)]))
                    members.append((parts[0], ""))
                }
            }
            members = members.map { key, json in
                guard json.isEmpty, let block = blocks.first(where: { $0.0 == key }) else { return (key, json) }
                return (key, JSONText.object(block.1))
            }
            if category == .dishonesty, let last = lastDay(item.record) { members.append(("publishedUntil", JSONText.quoted(last.description))) }
            return "  " + JSONText.object(members)
        }
        let head = JSONText.object([
            ("standard", StandardInfo.jsonText), ("category", JSONText.quoted(category.rawValue)),
            ("asOf", JSONText.quoted(asOf.description)), ("windows", JSONText.object(windows)),
            ("count", String(records.count)),
        ])
        // `{…head…, "records": [` one record per line `]}`: readable, and still one JSON document.
        return String(head.dropLast()) + ",\"records\":[\n" + items.joined(separator: ",\n") + (items.isEmpty ? "" : "\n") + "]}\n"
    }

    private func masked(_ text: String, _ item: PublicRecord) -> String {
        PersonalDataMasking.mask(text, knownValues: item.knownValues)
    }

    private func lastDay(_ record: FlatRecord) -> CivilDate? {
        guard let severity = record[path: "severity"]?.text, let window = policy.window(for: severity),
              let identified = record[path: "identifiedDate"]?.text.flatMap(CivilDate.init(iso:)) else { return nil }
        return window.lastDay(identified: identified)
    }

    /// A cell Excel would run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe (CSV injection).
    static func defused(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }
}
