/// The field rules of SPEC §5, driven by the generated field table: type, length, pattern, code list,
/// identifier checks, dates that exist and are not in the future, amounts; then required and conditional
/// requirements. Values are rewritten in canonical form as they pass.
struct FieldChecker {
    private(set) var record: FlatRecord
    /// Per slot: present and passed its field rules (record rules read only these).
    private(set) var valid: [Bool]
    /// Findings with the slot they concern, so they can be listed in field-table order whatever the order
    /// of the checks (the record's date is checked first).
    private var slotFindings: [(slot: Int, finding: Finding)] = []
    let options: ValidationOptions
    private let fields: [FieldSpec]
    // Each value's kind, block and requirement come from these constant tables, not the `FieldSpec` objects: their
    // reference counts, changed by every worker thread for every value, kept moving between the cores (perf). A code
    // value still reads its field's code table there.
    private let kinds: [FieldKind]
    private let parents: [Int]
    private let requirements: [FieldRequirement]

    /// `record` is taken over: when the caller holds no other copy, it is rewritten in place (a copy would first
    /// duplicate its values, value by value, for the first rewrite).
    init(record: consuming FlatRecord, options: ValidationOptions) {
        self.record = record
        self.options = options
        self.fields = record.category.fields
        self.kinds = record.category.slotKinds
        self.parents = record.category.parentSlots
        self.requirements = record.category.slotRequirements
        self.valid = Array(repeating: false, count: fields.count)
    }

    /// Every finding, in field-table order.
    var findings: [Finding] {
        // Most records have no finding or one: nothing to sort.
        guard slotFindings.count > 1 else { return slotFindings.map(\.finding) }
        return slotFindings.enumerated().sorted { ($0.element.slot, $0.offset) < ($1.element.slot, $1.offset) }.map(\.element.finding)
    }

    mutating func checkAllFields() {
        // The record's own date goes first: division codes are checked against it.
        let dateSlot = record.category.recordDateSlot
        check(slot: dateSlot)
        for slot in kinds.indices where slot != dateSlot { check(slot: slot) }
    }

    /// Required fields, conditional requirements, and conditional fields present where they do not apply.
    mutating func checkRequirements() {
        for slot in requirements.indices {
            let parent = parents[slot]
            if parent >= 0 && record[parent] == nil { continue }  // the block's own check reports it
            let present = record[slot] != nil
            switch requirements[slot] {
            case .optional: continue
            case .required: if !present { report(.fieldRequired, slot: slot) }; continue
            case .conditional: break
            }
            let field = fields[slot]
            if !present && field.isRequired {
                report(.fieldRequired, slot: slot)
            } else if let condition = field.requiredWhen {
                // An invalid condition value is already reported; whether the condition holds is then unknown.
                let conditionValue = record[condition.slot]?.text
                guard conditionValue == nil || valid[condition.slot] else { continue }
                let holds = conditionValue.map(condition.codes.contains) ?? false
                let conditionField = fields[condition.slot].path
                if holds && !present {
                    report(.fieldConditionalRequired, slot: slot,
                           ["condition_field": conditionField, "condition_value": conditionValue ?? ""])
                } else if !holds && present {
                    report(.fieldNotApplicable, slot: slot, ["condition_field": conditionField,
                           "condition_values": condition.codes.joined(separator: ", "),
                           "condition_value": conditionValue ?? "—"])
                }
            }
        }
    }

    // MARK: - One field

    private mutating func check(slot: Int) {
        guard let value = record[slot] else { return }
        let kind = kinds[slot]
        switch (kind, value) {
        case (.block, _):
            valid[slot] = true
        case (.referenceList(_, let minItems), .list(let items)):
            checkList(slot: slot, items: items, minItems: minItems)
        case (.referenceList(_, let minItems), .text(let text)):
            // Flat forms write lists as `a;b` (`；` too); SPEC §6 profiles may choose another separator.
            let items = text.split(whereSeparator: { $0 == ";" || $0 == "；" }).map(String.init)
            checkList(slot: slot, items: items, minItems: minItems)
        case (_, .text(let text)):
            let scan = TextNormalization.scan(text)
            if let position = scan.firstControlCharacter {
                report(.fieldControlCharacter, slot: slot, ["position": String(position)])
                return
            }
            checkScalar(slot: slot, kind: kind, text: text, scan: scan)
        case (_, .list), (_, .present):
            report(.fieldType, slot: slot, MessageArguments(FieldChecker.typeParameters(expected: kind, found: value)))
        }
    }

    /// `scan`: ``TextNormalization/scan(_:)`` of `raw`.
    private mutating func checkScalar(slot: Int, kind: FieldKind, text raw: String, scan: TextNormalization.Scan) {
        switch kind {
        case .text(let maxLength), .documentNumber(let maxLength):
            checkText(slot: slot, text: raw, scan: scan, maxLength: maxLength)
        case .caseNumber(let maxLength):
            if checkText(slot: slot, text: raw, scan: scan, maxLength: maxLength), let text = record[slot]?.text,
               !FieldChecker.looksLikeCaseNumber(text) {
                report(.enforcementCaseNumber, slot: slot, ["value": Finding.quoted(text)])
            }
        case .recordID, .reference:
            let text = TextNormalization.code(raw)
            guard !text.isEmpty else { return absent(slot) }
            guard FieldChecker.isRecordID(text) else {
                return report(.fieldPattern, slot: slot, ["value": Finding.quoted(text),
                    "expected_zh": "1–64 位字母、数字、点、下划线或连字符",
                    "expected_en": "1–64 characters of A–Z, a–z, 0–9, '.', '_', '-'"])
            }
            accept(slot, text)
        case .date(let pastOnly, let openEnded):
            checkDate(slot: slot, text: raw, pastOnly: pastOnly, openEnded: openEnded)
        case .amount(let positive):
            let text = TextNormalization.code(raw)
            guard !text.isEmpty else { return absent(slot) }
            guard let amount = Amount(text) else { return report(.fieldAmount, slot: slot, ["value": Finding.quoted(text)]) }
            if positive && amount.fen == 0 { return report(.fieldAmountPositive, slot: slot, ["value": text]) }
            accept(slot, amount.description)
        case .code(let list):
            let trimmed = TextNormalization.trim(raw)
            guard !trimmed.isEmpty else { return absent(slot) }
            let table = fields[slot].codeTable  // set for every code field
            guard let code = table?.code(named: trimmed) ?? table?.code(named: TextNormalization.code(trimmed)) else {
                return report(.fieldCode, slot: slot, ["value": Finding.quoted(trimmed), "code_list": list.rawValue])
            }
            accept(slot, code)
        case .uscc(let role):
            let divisions = options.divisions
            checkIdentifier(slot: slot, raw: raw, canonical: FieldChecker.upperCased) {
                UnifiedSocialCreditCode.validate($0, registry: divisions)
            }
            if valid[slot], let code = record[slot]?.text { checkRole(slot: slot, code: code, role: role) }
        case .idNumber:
            let (today, divisions) = (options.today, options.divisions)
            checkIdentifier(slot: slot, raw: raw, canonical: FieldChecker.upperCasingCheckCharacter) {
                ResidentIDNumber.validate($0, today: today, registry: divisions)
            }
        case .divisionCode:
            let dateSlot = record.category.recordDateSlot
            let recordDate = valid[dateSlot] ? record[dateSlot]?.text.flatMap { CivilDate(iso: $0) } : nil
            let divisions = options.divisions
            checkIdentifier(slot: slot, raw: raw) { DivisionCode.validate($0, on: recordDate, registry: divisions) }
        case .phone:
            let text = TextNormalization.code(raw)
            guard !text.isEmpty else { return absent(slot) }
            guard PhoneNumber.isValid(text) else { return report(.phoneFormat, slot: slot, ["value": Finding.quoted(text)]) }
            accept(slot, text)
        case .block, .referenceList:
            break  // handled in check(slot:)
        }
    }

    /// ``TextNormalization/freeText(_:)`` and its length, from `scan` where nothing was trimmed and NFC changes nothing
    /// (nearly always), else counted again.
    @discardableResult
    private mutating func checkText(slot: Int, text raw: String, scan: TextNormalization.Scan, maxLength: Int) -> Bool {
        let trimmed = TextNormalization.trim(raw)
        let untouched = scan.isNormalizationStable && trimmed.utf8.count == raw.utf8.count
        let text = untouched ? trimmed : TextNormalization.nfc(trimmed)
        guard !text.isEmpty else { absent(slot); return false }
        let length = untouched ? scan.length : TextNormalization.length(text)
        guard length <= maxLength else {
            report(.fieldLength, slot: slot, ["length": String(length), "max": String(maxLength)])
            return false
        }
        accept(slot, text)
        return true
    }

    private mutating func checkDate(slot: Int, text raw: String, pastOnly: Bool, openEnded: Bool) {
        let text = TextNormalization.code(raw)
        guard !text.isEmpty else { return absent(slot) }
        // SPEC §1: `2099-12-31` and `长期` mean "no end" (empty) where a field may be open-ended.
        if openEnded && (text == "2099-12-31" || text == "长期") { return absent(slot) }
        guard let date = CivilDate(iso: text) else { return report(.fieldDate, slot: slot, ["value": Finding.quoted(text)]) }
        if pastOnly && date > options.today {
            return report(.fieldDateFuture, slot: slot, ["value": text, "today": options.today.description])
        }
        accept(slot, date.description)
    }

    private mutating func checkList(slot: Int, items raw: [String], minItems: Int) {
        let items = raw.map(TextNormalization.code).filter { !$0.isEmpty }
        var ok = true
        for item in items where !FieldChecker.isRecordID(item) {
            ok = false
            report(.fieldPattern, slot: slot, ["value": Finding.quoted(item),
                "expected_zh": "每项为 1–64 位字母、数字、点、下划线或连字符",
                "expected_en": "each item 1–64 characters of A–Z, a–z, 0–9, '.', '_', '-'"])
        }
        if items.count < minItems {
            ok = false
            report(.fieldListEmpty, slot: slot, ["min": String(minItems)])
        }
        record.set(items.isEmpty ? nil : .list(items), at: slot)
        valid[slot] = ok && !items.isEmpty
    }

    private mutating func checkIdentifier(slot: Int, raw: String, canonical: (String) -> String = { $0 },
                                          validate: (String) -> [IdentifierIssue]) {
        let code = canonical(TextNormalization.code(raw))
        guard !code.isEmpty else { return absent(slot) }
        let issues = validate(code)
        for issue in issues {
            var parameters = MessageArguments(issue.details)
            parameters.set("value", Finding.quoted(code))
            if let position = issue.position { parameters.set("position1", String(position + 1)) }
            report(RuleID(rawValue: issue.rule), slot: slot, parameters, severity: issue.severity)
        }
        record.set(.text(code), at: slot)
        valid[slot] = !issues.contains { $0.severity == .error }
    }

    /// SPEC §1: government bodies are expected under authority 1 (11 organ, 12 public institution), enterprises
    /// under 9 (91 enterprise, 92 individual business, 93 cooperative); anything else is a warning.
    private mutating func checkRole(slot: Int, code: String, role: USCCRole) {
        let pair = String(code.prefix(2))
        switch role {
        case .government where !["11", "12"].contains(pair):
            report(.usccGovernmentAuthority, slot: slot, ["value": code, "pair": pair])
        case .enterprise where !["91", "92", "93"].contains(pair):
            report(.usccEnterpriseAuthority, slot: slot, ["value": code, "pair": pair])
        default:
            break
        }
    }

    // MARK: - Bookkeeping

    private mutating func accept(_ slot: Int, _ canonical: String) {
        record.set(.text(canonical), at: slot)
        valid[slot] = true
    }

    /// An empty or blank value counts as absent (the requirement pass reports it when required).
    private mutating func absent(_ slot: Int) {
        record.set(nil, at: slot)
        valid[slot] = false
    }

    private mutating func report(_ rule: RuleID, slot: Int, _ extra: MessageArguments = [:], severity: Severity? = nil) {
        let field = fields[slot]
        var parameters = extra
        parameters.set("name_zh", field.nameZh)
        parameters.set("name_en", field.nameEn)
        slotFindings.append((slot, Finding(rule: rule, path: field.path, location: record.location(ofSlot: slot),
                                           arguments: parameters, severity: severity)))
    }

    // MARK: - Lexical helpers

    static func isRecordID(_ text: String) -> Bool {
        let bytes = text.utf8
        guard (1...64).contains(bytes.count) else { return false }
        return bytes.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2E || byte == 0x5F || byte == 0x2D
        }
    }

    /// `（2023）京0105执1234号`: a bracketed four-digit year, then the rest, ending in 号.
    static func looksLikeCaseNumber(_ text: String) -> Bool {
        let scalars = Array(TextNormalization.code(text).unicodeScalars)
        guard scalars.count >= 8, scalars[0] == "(", scalars[5] == ")", scalars.last == "号" else { return false }
        return scalars[1...4].allSatisfy { $0.properties.numericType == .decimal && $0.isASCII }
    }

    /// Codes are often keyed in lower case; GB 32100 writes them in upper case (python-stdnum upper-cases too).
    static func upperCased(_ code: String) -> String {
        // Nearly every code is upper-case ASCII already: then the string itself, not a copy (an allocation a code).
        let needsUpperCasing = code.withUTF8Bytes { bytes in bytes.contains { ($0 >= 0x61 && $0 <= 0x7A) || $0 >= 0x80 } }
        return needsUpperCasing ? code.uppercased() : code
    }

    /// ID numbers are often keyed with a lower-case check letter; the canonical form is upper case.
    static func upperCasingCheckCharacter(_ code: String) -> String {
        // The last byte first: counting characters (grapheme breaking) for every ID number was the slow part.
        guard code.utf8.last == UInt8(ascii: "x"), code.count == 18, code.last == "x" else { return code }
        return String(code.dropLast()) + "X"
    }

    static func typeParameters(expected: FieldKind, found: FieldValue) -> [String: String] {
        let (expectedZh, expectedEn): (String, String) = {
            switch expected {
            case .block: return ("对象（数据块）", "an object (block)")
            case .referenceList: return ("字符串数组", "an array of strings")
            default: return ("字符串", "a string")
            }
        }()
        let (foundZh, foundEn): (String, String) = {
            switch found {
            case .present: return ("对象", "an object")
            case .list: return ("数组", "an array")
            case .text: return ("字符串", "a string")
            }
        }()
        return ["expected_zh": expectedZh, "expected_en": expectedEn, "found_zh": foundZh, "found_en": foundEn]
    }
}
