// Generated from Standards/gov-integrity/1.0/rules.yaml by tools/generate.py — do not edit.

extension RuleID {
    /// Malformed record near column {column}: {detail_en} (error; SPEC §6)
    public static let inputSyntax = RuleID("input.syntax")
    /// A record must be an object (a mapping); found {found} (error; SPEC §6)
    public static let inputNotObject = RuleID("input.not-object")
    /// Bytes near column {column} are neither valid UTF-8 nor GB18030 (error; SPEC §1)
    public static let inputEncoding = RuleID("input.encoding")
    /// The record exceeds the limit of {limit} bytes and was skipped (error; SPEC §6)
    public static let inputRecordTooLarge = RuleID("input.record-too-large")
    /// Cannot tell which kind of identifier '{value}' is from its shape; give --kind (error; SPEC §1)
    public static let inputUnknownKind = RuleID("input.unknown-kind")
    /// The row has {found} fields where {expected} are expected (error; SPEC §6)
    public static let inputColumnCount = RuleID("input.column-count")
    /// The record has more than {limit} fields and was skipped (error; SPEC §6)
    public static let inputTooManyFields = RuleID("input.too-many-fields")
    /// Line {line} does not follow the XML schema (libxml2 error {code}): {detail} (error; SPEC §7)
    public static let xmlSchema = RuleID("xml.schema")
    /// Element {element} holds text '{text}' where only child elements may stand (error; SPEC §6)
    public static let xmlMixedContent = RuleID("xml.mixed-content")
    /// The record feeds no category of the profile (the columns {conditions} are all empty) (error; SPEC §6)
    public static let inputNoCategory = RuleID("input.no-category")
    /// Element '{kind}' is not a record category (records of the canonical XML are named after their category, such as complaint or dishonesty) (error; SPEC §6)
    public static let inputUnknownRecordKind = RuleID("input.unknown-record-kind")
    /// Field {path} occurs more than once in the record (error; SPEC §6)
    public static let inputDuplicateKey = RuleID("input.duplicate-key")
    /// Unknown field {path}: category {category} of gov-integrity 1.0 has no such field (error; SPEC §3)
    public static let fieldUnknown = RuleID("field.unknown")
    /// '{name_en}' ({path}) must be {expected_en}; found {found_en} (error; SPEC §3)
    public static let fieldType = RuleID("field.type")
    /// Required field '{name_en}' ({path}) is missing (error; SPEC §3)
    public static let fieldRequired = RuleID("field.required")
    /// '{name_en}' ({path}) is required when {condition_field} is {condition_value} (error; SPEC §3)
    public static let fieldConditionalRequired = RuleID("field.conditional-required")
    /// '{name_en}' ({path}) applies only when {condition_field} is {condition_values}; it is {condition_value} (warning; SPEC §3)
    public static let fieldNotApplicable = RuleID("field.not-applicable")
    /// '{name_en}' ({path}) has {length} characters, more than the maximum of {max} (error; SPEC §1)
    public static let fieldLength = RuleID("field.length")
    /// '{name_en}' ({path}) value '{value}' is malformed: {expected_en} (error; SPEC §1)
    public static let fieldPattern = RuleID("field.pattern")
    /// '{name_en}' ({path}) value '{value}' is not in code list {code_list} (error; SPEC §4)
    public static let fieldCode = RuleID("field.code")
    /// '{name_en}' ({path}) value '{value}' is not a valid date (a date that exists, YYYY-MM-DD) (error; SPEC §1)
    public static let fieldDate = RuleID("field.date")
    /// '{name_en}' ({path}) date {value} lies after today, {today} (error; SPEC §1)
    public static let fieldDateFuture = RuleID("field.date-future")
    /// '{name_en}' ({path}) value '{value}' is not a valid amount (a decimal ≥ 0 with at most 16 integer and 2 fraction digits) (error; SPEC §1)
    public static let fieldAmount = RuleID("field.amount")
    /// '{name_en}' ({path}) must be greater than 0 (error; SPEC §3)
    public static let fieldAmountPositive = RuleID("field.amount-positive")
    /// '{name_en}' ({path}) needs at least {min} item(s) (error; SPEC §3)
    public static let fieldListEmpty = RuleID("field.list-empty")
    /// '{name_en}' ({path}) contains a control character that is not allowed (position {position}) (error; SPEC §1)
    public static let fieldControlCharacter = RuleID("field.control-character")
    /// Unified social credit code '{value}' must have 18 characters; it has {found} (error; GB 32100-2015)
    public static let usccLength = RuleID("uscc.length")
    /// Unified social credit code '{value}' has a character that is not allowed at position {position1} (0-9 and capital letters except I, O, Z, S, V) (error; GB 32100-2015)
    public static let usccCharset = RuleID("uscc.charset")
    /// Unified social credit code '{value}' has a wrong check character: expected {expected}, found {found} (error; GB 32100-2015 §5)
    public static let usccCheck = RuleID("uscc.check")
    /// The organisation code inside unified social credit code '{value}' (characters 9–17) has a wrong check character: expected {expected}, found {found} (error; GB 32100-2015, GB 11714-1997)
    public static let usccOrgCodeCheck = RuleID("uscc.org-code-check")
    /// Registration authority {authority} with organisation type {type} of unified social credit code '{value}' is not in the GB 32100 table (warning; GB 32100-2015 附录)
    public static let usccAuthorityType = RuleID("uscc.authority-type")
    /// Characters 3–8 of unified social credit code '{value}', {code}, are not a known division code (warning; GB 32100-2015, GB/T 2260)
    public static let usccDivision = RuleID("uscc.division")
    /// A government body's unified social credit code '{value}' usually starts with 11 (organ) or 12 (public institution); it starts with {pair} (warning; SPEC §1)
    public static let usccGovernmentAuthority = RuleID("uscc.government-authority")
    /// An enterprise's unified social credit code '{value}' usually starts with 91, 92 or 93; it starts with {pair} (warning; SPEC §1)
    public static let usccEnterpriseAuthority = RuleID("uscc.enterprise-authority")
    /// Organisation code '{value}' must have 9 characters (a hyphen may precede the last); it has {found} (error; GB 11714-1997)
    public static let orgCodeLength = RuleID("org-code.length")
    /// Organisation code '{value}' has a character that is not allowed at position {position1} (error; GB 11714-1997)
    public static let orgCodeCharset = RuleID("org-code.charset")
    /// Organisation code '{value}' has a wrong check character: expected {expected}, found {found} (error; GB 11714-1997)
    public static let orgCodeCheck = RuleID("org-code.check")
    /// A citizen ID number must have 18 characters; it has {found} (error; GB 11643-1999)
    public static let idNumberLength = RuleID("id-number.length")
    /// The citizen ID number has a character that is not allowed at position {position1} (17 digits, then a digit or X) (error; GB 11643-1999)
    public static let idNumberCharset = RuleID("id-number.charset")
    /// The citizen ID number has a wrong check character: expected {expected}, found {found} (error; GB 11643-1999, ISO 7064 MOD 11-2)
    public static let idNumberCheck = RuleID("id-number.check")
    /// The birth date {found} in the citizen ID number does not exist (error; GB 11643-1999)
    public static let idNumberBirthDate = RuleID("id-number.birth-date")
    /// The birth date {birthDate} in the citizen ID number lies after today, {today} (error; GB 11643-1999)
    public static let idNumberBirthFuture = RuleID("id-number.birth-future")
    /// The first six digits of the citizen ID number, {code}, were not a division code in force in the birth year {year} (in force: {inForce}) (warning; GB 11643-1999, GB/T 2260)
    public static let idNumberDivision = RuleID("id-number.division")
    /// Division code '{value}' is malformed (6 digits beginning with a province code) (error; GB/T 2260)
    public static let divisionFormat = RuleID("division.format")
    /// Division code '{value}' is not in the GB/T 2260 list (warning; GB/T 2260)
    public static let divisionUnknown = RuleID("division.unknown")
    /// Division code '{value}' was not in force in {year} (in force: {inForce}) (warning; GB/T 2260)
    public static let divisionNotInForce = RuleID("division.not-in-force")
    /// Phone '{value}' is neither a mainland mobile number nor a landline with area code (error; SPEC §2)
    public static let phoneFormat = RuleID("phone.format")
    /// '{earlier_en}' ({earlier_path} = {earlier}) must not be later than '{later_en}' ({later_path} = {later}) (error; SPEC §5)
    public static let recordDateOrder = RuleID("record.date-order")
    /// '{name_en}' ({path}) has the same unified social credit code as '{other_en}' ({other_path}): a body does not identify or verify itself (error; §II(2))
    public static let recordSelfIdentified = RuleID("record.self-identified")
    /// '{name_en}' has administrative level {level}, which does not match division code {division} (warning; SPEC §2)
    public static let entityLevelDivision = RuleID("entity.level-division")
    /// A reason for non-performance ({reason}) means the result must be FOUNDED: non-performance for institutional adjustment, personnel change or other reasons is all breach (error; §II(2))
    public static let verificationReasonRequiresFounded = RuleID("verification.reason-requires-founded")
    /// Measure {measure} applies to prefecture-level cities and above; target division code {division} must be a province or prefecture code (error; §III(4))
    public static let sanctionCityScope = RuleID("sanction.city-scope")
    /// Arrears status {status} does not agree with amount paid {paid} and amount owed {owed} (error; §III(3))
    public static let arrearsStatusAmounts = RuleID("arrears.status-amounts")
    /// A typical case for REPEATED dishonesty needs at least 2 dishonesty records; it has {count} (error; §IV(9))
    public static let typicalCaseRepeatedNeedsTwo = RuleID("typicalCase.repeated-needs-two")
    /// Case number '{value}' does not follow the form (year) court-code case-type number 号 (warning; §III(3))
    public static let enforcementCaseNumber = RuleID("enforcement.case-number")
    /// Transfer took {days} days from receipt, more than {limit} (warning; §II(2))
    public static let policyTransferDays = RuleID("policy.transfer-days")
    /// Verification took {days} days, more than {limit} (warning; §II(2))
    public static let policyVerificationDays = RuleID("policy.verification-days")
    /// Restoration came {days} days after correction and performance were confirmed, more than {limit} (warning; §III(6))
    public static let policyRestorationDays = RuleID("policy.restoration-days")
    /// Record id {id} occurs more than once in category {category} (first at {first}) (error; SPEC §1)
    public static let xrefDuplicateId = RuleID("xref.duplicate-id")
    /// '{name_en}' ({path}) refers to {target} record {id}, which is not in this submission (it may have been submitted earlier) (warning; SPEC §5)
    public static let xrefUnresolved = RuleID("xref.unresolved")
    /// '{earlier_en}' ({earlier}, {earlier_record}) must not be later than '{later_en}' ({later}, {later_record}) (error; SPEC §5)
    public static let xrefChainDateOrder = RuleID("xref.chain-date-order")
    /// The verification {id} cited by the dishonesty record has rectification outcome {outcome}; it must be REFUSED (error; §II(2))
    public static let xrefDishonestyNeedsRefusal = RuleID("xref.dishonesty-needs-refusal")
    /// Verification {id} records a refusal to rectify, but no dishonesty record cites it (warning; §II(2))
    public static let xrefRefusalWithoutRecord = RuleID("xref.refusal-without-record")
    /// Dishonesty record {id} is RESTORED but has no restoration record (warning; §III(6))
    public static let xrefRestoredWithoutRestoration = RuleID("xref.restored-without-restoration")
    /// Dishonesty record {id} is restored but sanction {sanction} is still in force (error; §III(6))
    public static let xrefRestoredSanctionInForce = RuleID("xref.restored-sanction-in-force")
    /// The typical case cites dishonesty record {id} with status {status}; only ACTIVE records may be cited (error; §IV(9))
    public static let xrefTypicalCaseInactive = RuleID("xref.typical-case-inactive")
    /// A typical case for REPEATED dishonesty needs at least 2 dishonesty records of the same entity (error; §IV(9))
    public static let xrefTypicalCaseRepeated = RuleID("xref.typical-case-repeated")
    /// manifest.json is not valid JSON (near column {column}): {detail_en} (error; SPEC §7)
    public static let packageManifestSyntax = RuleID("package.manifest-syntax")
    /// manifest.json lacks the required key {key}, or it has the wrong type (error; SPEC §7)
    public static let packageManifestRequired = RuleID("package.manifest-required")
    /// Unknown package format '{value}' (expected {expected}) (error; SPEC §7)
    public static let packageManifestFormat = RuleID("package.manifest-format")
    /// Unknown standard or version: {id} {version} (expected {expected}) (error; SPEC §7)
    public static let packageStandard = RuleID("package.standard")
    /// The submitter's unified social credit code '{value}' is invalid ({check}) (error; SPEC §7)
    public static let packageSubmitterUscc = RuleID("package.submitter-uscc")
    /// The submitter's division code '{value}' is invalid ({check}) (error; SPEC §7)
    public static let packageSubmitterDivision = RuleID("package.submitter-division")
    /// Batch id '{value}' is malformed (1–64 characters of A–Z, a–z, 0–9, '.', '_', '-') (error; SPEC §7)
    public static let packageBatchId = RuleID("package.batch-id")
    /// Creation time '{value}' is not ISO 8601 with an offset (error; SPEC §7)
    public static let packageCreatedAt = RuleID("package.created-at")
    /// Unknown mode '{value}' (FULL or INCREMENTAL) (error; SPEC §7)
    public static let packageMode = RuleID("package.mode")
    /// A {mode} package is not compared with a previous package (--since) (error; SPEC §7)
    public static let packageModeSince = RuleID("package.mode-since")
    /// An incremental package ({mode}) without the previous package (--since): operations are not checked (warning; SPEC §7)
    public static let packageIncrementalUnchecked = RuleID("package.incremental-unchecked")
    /// Counts disagree: expected {expected}, found {found} (error; SPEC §7)
    public static let packageCounts = RuleID("package.counts")
    /// Operation counts disagree with the records: expected {expected}, found {found} (error; SPEC §7)
    public static let packageOperationCounts = RuleID("package.operation-counts")
    /// Invalid files entry {file}: {detail} (error; SPEC §7)
    public static let packageFileEntry = RuleID("package.file-entry")
    /// The listed file {file} does not exist (error; SPEC §7)
    public static let packageFileMissing = RuleID("package.file-missing")
    /// File {file} is not in the manifest (error; SPEC §7)
    public static let packageFileUnlisted = RuleID("package.file-unlisted")
    /// File {file} has the wrong record count: expected {expected}, found {found} (error; SPEC §7)
    public static let packageFileRecords = RuleID("package.file-records")
    /// File {file} has the wrong size: expected {expected} bytes, found {found} (error; SPEC §7)
    public static let packageFileBytes = RuleID("package.file-bytes")
    /// The {algorithm} digest of {file} differs: expected {expected}, found {found} (error; SPEC §7)
    public static let packageFileDigest = RuleID("package.file-digest")
    /// File {file} has no {algorithm} digest (warning; SPEC §7)
    public static let packageDigestAbsent = RuleID("package.digest-absent")
    /// The record lacks its national key (nationalKey) (error; SPEC §7)
    public static let packageNationalKeyMissing = RuleID("package.national-key-missing")
    /// National key '{value}' must start with the submitter's province {expected}; it starts with {found} (error; SPEC §7)
    public static let packageNationalKeyProvince = RuleID("package.national-key-province")
    /// National key '{value}' does not match the record (expected {expected}) (error; SPEC §7)
    public static let packageNationalKeyMismatch = RuleID("package.national-key-mismatch")
    /// National key {key} occurs again (first in {first_file} line {first_line}) (error; SPEC §7)
    public static let packageNationalKeyDuplicate = RuleID("package.national-key-duplicate")
    /// The record lacks its operation (error; SPEC §7)
    public static let packageOperationMissing = RuleID("package.operation-missing")
    /// The previous package does not have {key}, so it cannot be {operation} (error; SPEC §7)
    public static let packageOperationUnknownKey = RuleID("package.operation-unknown-key")
    /// The previous package already has {key}, so it cannot be {operation} (error; SPEC §7)
    public static let packageOperationKnownKey = RuleID("package.operation-known-key")
    /// Record {key} in {file} differs from the same record in the JSON Lines files (error; SPEC §7)
    public static let packageXmlMismatch = RuleID("package.xml-mismatch")
}

enum RuleCatalogue {
    static let entries: [RuleEntry] = [
        RuleEntry(id: "input.syntax", severity: .error, scope: "input", clause: "SPEC §6",
                  zh: "第 {column} 列附近记录格式错误：{detail_zh}",
                  en: "Malformed record near column {column}: {detail_en}"),
        RuleEntry(id: "input.not-object", severity: .error, scope: "input", clause: "SPEC §6",
                  zh: "记录必须是一个对象（键值映射），实际为{found_zh}",
                  en: "A record must be an object (a mapping); found {found}"),
        RuleEntry(id: "input.encoding", severity: .error, scope: "input", clause: "SPEC §1",
                  zh: "第 {column} 列附近的字节不是有效的 UTF-8 或 GB18030 编码",
                  en: "Bytes near column {column} are neither valid UTF-8 nor GB18030"),
        RuleEntry(id: "input.record-too-large", severity: .error, scope: "input", clause: "SPEC §6",
                  zh: "记录长度超过上限 {limit} 字节，已跳过",
                  en: "The record exceeds the limit of {limit} bytes and was skipped"),
        RuleEntry(id: "input.unknown-kind", severity: .error, scope: "input", clause: "SPEC §1",
                  zh: "无法从“{value}”的形式判断是哪种标识符，请用 --kind 指定",
                  en: "Cannot tell which kind of identifier '{value}' is from its shape; give --kind"),
        RuleEntry(id: "input.column-count", severity: .error, scope: "input", clause: "SPEC §6",
                  zh: "该行有 {found} 个字段，应为 {expected} 个",
                  en: "The row has {found} fields where {expected} are expected"),
        RuleEntry(id: "input.too-many-fields", severity: .error, scope: "input", clause: "SPEC §6",
                  zh: "该记录的字段数超过上限 {limit} 个，已跳过",
                  en: "The record has more than {limit} fields and was skipped"),
        RuleEntry(id: "xml.schema", severity: .error, scope: "input", clause: "SPEC §7",
                  zh: "第 {line} 行不符合 XML 模式（libxml2 错误 {code}）：{detail}",
                  en: "Line {line} does not follow the XML schema (libxml2 error {code}): {detail}"),
        RuleEntry(id: "xml.mixed-content", severity: .error, scope: "input", clause: "SPEC §6",
                  zh: "元素 {element} 含有文本“{text}”，但此处只能有子元素",
                  en: "Element {element} holds text '{text}' where only child elements may stand"),
        RuleEntry(id: "input.no-category", severity: .error, scope: "input", clause: "SPEC §6",
                  zh: "该记录不属于配置文件中的任何类别（判断列 {conditions} 均为空）",
                  en: "The record feeds no category of the profile (the columns {conditions} are all empty)"),
        RuleEntry(id: "input.unknown-record-kind", severity: .error, scope: "input", clause: "SPEC §6",
                  zh: "元素“{kind}”不是记录类别（规范 XML 的记录元素以类别命名，如 complaint、dishonesty）",
                  en: "Element '{kind}' is not a record category (records of the canonical XML are named after their category, such as complaint or dishonesty)"),
        RuleEntry(id: "input.duplicate-key", severity: .error, scope: "input", clause: "SPEC §6",
                  zh: "字段 {path} 在同一记录中出现多次",
                  en: "Field {path} occurs more than once in the record"),
        RuleEntry(id: "field.unknown", severity: .error, scope: "field", clause: "SPEC §3",
                  zh: "未知字段 {path}：标准 gov-integrity 1.0 的 {category} 类别中没有该字段",
                  en: "Unknown field {path}: category {category} of gov-integrity 1.0 has no such field"),
        RuleEntry(id: "field.type", severity: .error, scope: "field", clause: "SPEC §3",
                  zh: "“{name_zh}”（{path}）应为{expected_zh}，实际为{found_zh}",
                  en: "'{name_en}' ({path}) must be {expected_en}; found {found_en}"),
        RuleEntry(id: "field.required", severity: .error, scope: "field", clause: "SPEC §3",
                  zh: "缺少必填字段“{name_zh}”（{path}）",
                  en: "Required field '{name_en}' ({path}) is missing"),
        RuleEntry(id: "field.conditional-required", severity: .error, scope: "field", clause: "SPEC §3",
                  zh: "当 {condition_field} 为 {condition_value} 时，“{name_zh}”（{path}）为必填项",
                  en: "'{name_en}' ({path}) is required when {condition_field} is {condition_value}"),
        RuleEntry(id: "field.not-applicable", severity: .warning, scope: "field", clause: "SPEC §3",
                  zh: "“{name_zh}”（{path}）仅在 {condition_field} 为 {condition_values} 时填写，当前为 {condition_value}",
                  en: "'{name_en}' ({path}) applies only when {condition_field} is {condition_values}; it is {condition_value}"),
        RuleEntry(id: "field.length", severity: .error, scope: "field", clause: "SPEC §1",
                  zh: "“{name_zh}”（{path}）长度为 {length} 个字符，超过上限 {max}",
                  en: "'{name_en}' ({path}) has {length} characters, more than the maximum of {max}"),
        RuleEntry(id: "field.pattern", severity: .error, scope: "field", clause: "SPEC §1",
                  zh: "“{name_zh}”（{path}）的值“{value}”格式不符：{expected_zh}",
                  en: "'{name_en}' ({path}) value '{value}' is malformed: {expected_en}"),
        RuleEntry(id: "field.code", severity: .error, scope: "field", clause: "SPEC §4",
                  zh: "“{name_zh}”（{path}）的值“{value}”不在代码表 {code_list} 中",
                  en: "'{name_en}' ({path}) value '{value}' is not in code list {code_list}"),
        RuleEntry(id: "field.date", severity: .error, scope: "field", clause: "SPEC §1",
                  zh: "“{name_zh}”（{path}）的值“{value}”不是有效日期（应为存在的日期 YYYY-MM-DD）",
                  en: "'{name_en}' ({path}) value '{value}' is not a valid date (a date that exists, YYYY-MM-DD)"),
        RuleEntry(id: "field.date-future", severity: .error, scope: "field", clause: "SPEC §1",
                  zh: "“{name_zh}”（{path}）的日期 {value} 晚于今天 {today}",
                  en: "'{name_en}' ({path}) date {value} lies after today, {today}"),
        RuleEntry(id: "field.amount", severity: .error, scope: "field", clause: "SPEC §1",
                  zh: "“{name_zh}”（{path}）的值“{value}”不是有效金额（不小于 0 的十进制数，最多 16 位整数、2 位小数）",
                  en: "'{name_en}' ({path}) value '{value}' is not a valid amount (a decimal ≥ 0 with at most 16 integer and 2 fraction digits)"),
        RuleEntry(id: "field.amount-positive", severity: .error, scope: "field", clause: "SPEC §3",
                  zh: "“{name_zh}”（{path}）必须大于 0",
                  en: "'{name_en}' ({path}) must be greater than 0"),
        RuleEntry(id: "field.list-empty", severity: .error, scope: "field", clause: "SPEC §3",
                  zh: "“{name_zh}”（{path}）至少需要 {min} 项",
                  en: "'{name_en}' ({path}) needs at least {min} item(s)"),
        RuleEntry(id: "field.control-character", severity: .error, scope: "field", clause: "SPEC §1",
                  zh: "“{name_zh}”（{path}）含有不允许的控制字符（位置 {position}）",
                  en: "'{name_en}' ({path}) contains a control character that is not allowed (position {position})"),
        RuleEntry(id: "uscc.length", severity: .error, scope: "identifier", clause: "GB 32100-2015",
                  zh: "统一社会信用代码“{value}”应为 18 位，实际为 {found} 位",
                  en: "Unified social credit code '{value}' must have 18 characters; it has {found}"),
        RuleEntry(id: "uscc.charset", severity: .error, scope: "identifier", clause: "GB 32100-2015",
                  zh: "统一社会信用代码“{value}”第 {position1} 位含不允许的字符（只允许 0-9 和除 I、O、Z、S、V 外的大写字母）",
                  en: "Unified social credit code '{value}' has a character that is not allowed at position {position1} (0-9 and capital letters except I, O, Z, S, V)"),
        RuleEntry(id: "uscc.check", severity: .error, scope: "identifier", clause: "GB 32100-2015 §5",
                  zh: "统一社会信用代码“{value}”校验码错误：应为 {expected}，实际为 {found}",
                  en: "Unified social credit code '{value}' has a wrong check character: expected {expected}, found {found}"),
        RuleEntry(id: "uscc.org-code-check", severity: .error, scope: "identifier", clause: "GB 32100-2015, GB 11714-1997",
                  zh: "统一社会信用代码“{value}”中的组织机构代码（第 9–17 位）校验码错误：应为 {expected}，实际为 {found}",
                  en: "The organisation code inside unified social credit code '{value}' (characters 9–17) has a wrong check character: expected {expected}, found {found}"),
        RuleEntry(id: "uscc.authority-type", severity: .warning, scope: "identifier", clause: "GB 32100-2015 附录",
                  zh: "统一社会信用代码“{value}”的登记管理部门代码 {authority} 与机构类别代码 {type} 的组合不在 GB 32100 代码表中",
                  en: "Registration authority {authority} with organisation type {type} of unified social credit code '{value}' is not in the GB 32100 table"),
        RuleEntry(id: "uscc.division", severity: .warning, scope: "identifier", clause: "GB 32100-2015, GB/T 2260",
                  zh: "统一社会信用代码“{value}”第 3–8 位 {code} 不是已知的行政区划代码",
                  en: "Characters 3–8 of unified social credit code '{value}', {code}, are not a known division code"),
        RuleEntry(id: "uscc.government-authority", severity: .warning, scope: "identifier", clause: "SPEC §1",
                  zh: "政府主体的统一社会信用代码“{value}”通常以 11（机关）或 12（事业单位）开头，实际为 {pair}",
                  en: "A government body's unified social credit code '{value}' usually starts with 11 (organ) or 12 (public institution); it starts with {pair}"),
        RuleEntry(id: "uscc.enterprise-authority", severity: .warning, scope: "identifier", clause: "SPEC §1",
                  zh: "企业的统一社会信用代码“{value}”通常以 91、92 或 93 开头，实际为 {pair}",
                  en: "An enterprise's unified social credit code '{value}' usually starts with 91, 92 or 93; it starts with {pair}"),
        RuleEntry(id: "org-code.length", severity: .error, scope: "identifier", clause: "GB 11714-1997",
                  zh: "组织机构代码“{value}”应为 9 位（可含连字符），实际为 {found} 位",
                  en: "Organisation code '{value}' must have 9 characters (a hyphen may precede the last); it has {found}"),
        RuleEntry(id: "org-code.charset", severity: .error, scope: "identifier", clause: "GB 11714-1997",
                  zh: "组织机构代码“{value}”第 {position1} 位含不允许的字符",
                  en: "Organisation code '{value}' has a character that is not allowed at position {position1}"),
        RuleEntry(id: "org-code.check", severity: .error, scope: "identifier", clause: "GB 11714-1997",
                  zh: "组织机构代码“{value}”校验码错误：应为 {expected}，实际为 {found}",
                  en: "Organisation code '{value}' has a wrong check character: expected {expected}, found {found}"),
        RuleEntry(id: "id-number.length", severity: .error, scope: "identifier", clause: "GB 11643-1999",
                  zh: "公民身份号码应为 18 位，实际为 {found} 位",
                  en: "A citizen ID number must have 18 characters; it has {found}"),
        RuleEntry(id: "id-number.charset", severity: .error, scope: "identifier", clause: "GB 11643-1999",
                  zh: "公民身份号码第 {position1} 位含不允许的字符（前 17 位为数字，末位为数字或 X）",
                  en: "The citizen ID number has a character that is not allowed at position {position1} (17 digits, then a digit or X)"),
        RuleEntry(id: "id-number.check", severity: .error, scope: "identifier", clause: "GB 11643-1999, ISO 7064 MOD 11-2",
                  zh: "公民身份号码校验码错误：应为 {expected}，实际为 {found}",
                  en: "The citizen ID number has a wrong check character: expected {expected}, found {found}"),
        RuleEntry(id: "id-number.birth-date", severity: .error, scope: "identifier", clause: "GB 11643-1999",
                  zh: "公民身份号码中的出生日期 {found} 不存在",
                  en: "The birth date {found} in the citizen ID number does not exist"),
        RuleEntry(id: "id-number.birth-future", severity: .error, scope: "identifier", clause: "GB 11643-1999",
                  zh: "公民身份号码中的出生日期 {birthDate} 晚于今天 {today}",
                  en: "The birth date {birthDate} in the citizen ID number lies after today, {today}"),
        RuleEntry(id: "id-number.division", severity: .warning, scope: "identifier", clause: "GB 11643-1999, GB/T 2260",
                  zh: "公民身份号码前 6 位 {code} 在出生年份 {year} 不是有效的行政区划代码（有效年份：{inForce}）",
                  en: "The first six digits of the citizen ID number, {code}, were not a division code in force in the birth year {year} (in force: {inForce})"),
        RuleEntry(id: "division.format", severity: .error, scope: "identifier", clause: "GB/T 2260",
                  zh: "行政区划代码“{value}”格式错误（应为 6 位数字，前两位为省级代码）",
                  en: "Division code '{value}' is malformed (6 digits beginning with a province code)"),
        RuleEntry(id: "division.unknown", severity: .warning, scope: "identifier", clause: "GB/T 2260",
                  zh: "行政区划代码“{value}”不在 GB/T 2260 代码表中",
                  en: "Division code '{value}' is not in the GB/T 2260 list"),
        RuleEntry(id: "division.not-in-force", severity: .warning, scope: "identifier", clause: "GB/T 2260",
                  zh: "行政区划代码“{value}”在 {year} 年不是有效代码（有效年份：{inForce}）",
                  en: "Division code '{value}' was not in force in {year} (in force: {inForce})"),
        RuleEntry(id: "phone.format", severity: .error, scope: "identifier", clause: "SPEC §2",
                  zh: "联系电话“{value}”不是大陆手机号码或含区号的固定电话",
                  en: "Phone '{value}' is neither a mainland mobile number nor a landline with area code"),
        RuleEntry(id: "record.date-order", severity: .error, scope: "record", clause: "SPEC §5",
                  zh: "“{earlier_zh}”（{earlier_path} = {earlier}）不应晚于“{later_zh}”（{later_path} = {later}）",
                  en: "'{earlier_en}' ({earlier_path} = {earlier}) must not be later than '{later_en}' ({later_path} = {later})"),
        RuleEntry(id: "record.self-identified", severity: .error, scope: "record", clause: "§II(2)",
                  zh: "“{name_zh}”（{path}）的统一社会信用代码与“{other_zh}”（{other_path}）相同：主体不能认定或核实其自身",
                  en: "'{name_en}' ({path}) has the same unified social credit code as '{other_en}' ({other_path}): a body does not identify or verify itself"),
        RuleEntry(id: "entity.level-division", severity: .warning, scope: "record", clause: "SPEC §2",
                  zh: "“{name_zh}”的行政层级 {level} 与行政区划代码 {division} 的层级不一致",
                  en: "'{name_en}' has administrative level {level}, which does not match division code {division}"),
        RuleEntry(id: "verification.reason-requires-founded", severity: .error, scope: "record", clause: "§II(2)",
                  zh: "填写了未履约原因（{reason}）则核实结果必须为“属实”：机构调整、人员变动等原因未履约均属违约失信",
                  en: "A reason for non-performance ({reason}) means the result must be FOUNDED: non-performance for institutional adjustment, personnel change or other reasons is all breach"),
        RuleEntry(id: "sanction.city-scope", severity: .error, scope: "record", clause: "§III(4)",
                  zh: "措施 {measure} 只适用于地级及以上城市，惩戒对象区划代码 {division} 应为省级或地市级代码",
                  en: "Measure {measure} applies to prefecture-level cities and above; target division code {division} must be a province or prefecture code"),
        RuleEntry(id: "arrears.status-amounts", severity: .error, scope: "record", clause: "§III(3)",
                  zh: "欠款状态 {status} 与已支付金额 {paid} / 拖欠金额 {owed} 不一致",
                  en: "Arrears status {status} does not agree with amount paid {paid} and amount owed {owed}"),
        RuleEntry(id: "typicalCase.repeated-needs-two", severity: .error, scope: "record", clause: "§IV(9)",
                  zh: "选取理由为“多次失信”的典型案例至少需要关联 2 条失信记录，实际 {count} 条",
                  en: "A typical case for REPEATED dishonesty needs at least 2 dishonesty records; it has {count}"),
        RuleEntry(id: "enforcement.case-number", severity: .warning, scope: "record", clause: "§III(3)",
                  zh: "执行案号“{value}”不符合（年份）法院代字+案件类型+序号+号 的格式",
                  en: "Case number '{value}' does not follow the form (year) court-code case-type number 号"),
        RuleEntry(id: "policy.transfer-days", severity: .warning, scope: "record", clause: "§II(2)",
                  zh: "投诉受理至转办用时 {days} 天，超过 {limit} 天",
                  en: "Transfer took {days} days from receipt, more than {limit}"),
        RuleEntry(id: "policy.verification-days", severity: .warning, scope: "record", clause: "§II(2)",
                  zh: "核实用时 {days} 天，超过 {limit} 天",
                  en: "Verification took {days} days, more than {limit}"),
        RuleEntry(id: "policy.restoration-days", severity: .warning, scope: "record", clause: "§III(6)",
                  zh: "确认纠正并完成履约后 {days} 天才修复，超过 {limit} 天",
                  en: "Restoration came {days} days after correction and performance were confirmed, more than {limit}"),
        RuleEntry(id: "xref.duplicate-id", severity: .error, scope: "cross-record", clause: "SPEC §1",
                  zh: "记录编号 {id} 在类别 {category} 中重复（首次出现于 {first}）",
                  en: "Record id {id} occurs more than once in category {category} (first at {first})"),
        RuleEntry(id: "xref.unresolved", severity: .warning, scope: "cross-record", clause: "SPEC §5",
                  zh: "“{name_zh}”（{path}）引用的 {target} 记录 {id} 不在本次提交中（可能已在此前提交）",
                  en: "'{name_en}' ({path}) refers to {target} record {id}, which is not in this submission (it may have been submitted earlier)"),
        RuleEntry(id: "xref.chain-date-order", severity: .error, scope: "cross-record", clause: "SPEC §5",
                  zh: "“{earlier_zh}”（{earlier}，{earlier_record}）不应晚于“{later_zh}”（{later}，{later_record}）",
                  en: "'{earlier_en}' ({earlier}, {earlier_record}) must not be later than '{later_en}' ({later}, {later_record})"),
        RuleEntry(id: "xref.dishonesty-needs-refusal", severity: .error, scope: "cross-record", clause: "§II(2)",
                  zh: "失信记录引用的核实认定 {id} 的整改结果为 {outcome}，应为“拒不整改”",
                  en: "The verification {id} cited by the dishonesty record has rectification outcome {outcome}; it must be REFUSED"),
        RuleEntry(id: "xref.refusal-without-record", severity: .warning, scope: "cross-record", clause: "§II(2)",
                  zh: "核实认定 {id} 的整改结果为“拒不整改”，但没有引用它的失信记录",
                  en: "Verification {id} records a refusal to rectify, but no dishonesty record cites it"),
        RuleEntry(id: "xref.restored-without-restoration", severity: .warning, scope: "cross-record", clause: "§III(6)",
                  zh: "失信记录 {id} 状态为“已信用修复”，但没有对应的信用修复记录",
                  en: "Dishonesty record {id} is RESTORED but has no restoration record"),
        RuleEntry(id: "xref.restored-sanction-in-force", severity: .error, scope: "cross-record", clause: "§III(6)",
                  zh: "失信记录 {id} 已信用修复，但惩戒措施 {sanction} 仍在实施",
                  en: "Dishonesty record {id} is restored but sanction {sanction} is still in force"),
        RuleEntry(id: "xref.typical-case-inactive", severity: .error, scope: "cross-record", clause: "§IV(9)",
                  zh: "典型案例引用的失信记录 {id} 状态为 {status}，只能引用有效记录",
                  en: "The typical case cites dishonesty record {id} with status {status}; only ACTIVE records may be cited"),
        RuleEntry(id: "xref.typical-case-repeated", severity: .error, scope: "cross-record", clause: "§IV(9)",
                  zh: "选取理由为“多次失信”的典型案例需要同一主体至少 2 条失信记录",
                  en: "A typical case for REPEATED dishonesty needs at least 2 dishonesty records of the same entity"),
        RuleEntry(id: "package.manifest-syntax", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "manifest.json 不是有效的 JSON（第 {column} 列附近）：{detail_zh}",
                  en: "manifest.json is not valid JSON (near column {column}): {detail_en}"),
        RuleEntry(id: "package.manifest-required", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "manifest.json 缺少必填键 {key}，或其类型不对",
                  en: "manifest.json lacks the required key {key}, or it has the wrong type"),
        RuleEntry(id: "package.manifest-format", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "未知的报送包格式“{value}”（应为 {expected}）",
                  en: "Unknown package format '{value}' (expected {expected})"),
        RuleEntry(id: "package.standard", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "未知的标准或版本：{id} {version}（应为 {expected}）",
                  en: "Unknown standard or version: {id} {version} (expected {expected})"),
        RuleEntry(id: "package.submitter-uscc", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "报送单位统一社会信用代码“{value}”无效（{check}）",
                  en: "The submitter's unified social credit code '{value}' is invalid ({check})"),
        RuleEntry(id: "package.submitter-division", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "报送单位行政区划代码“{value}”无效（{check}）",
                  en: "The submitter's division code '{value}' is invalid ({check})"),
        RuleEntry(id: "package.batch-id", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "批次号“{value}”格式错误（1–64 位字母、数字、点、下划线或连字符）",
                  en: "Batch id '{value}' is malformed (1–64 characters of A–Z, a–z, 0–9, '.', '_', '-')"),
        RuleEntry(id: "package.created-at", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "创建时间“{value}”不是带时区的 ISO 8601 时间",
                  en: "Creation time '{value}' is not ISO 8601 with an offset"),
        RuleEntry(id: "package.mode", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "未知的报送模式“{value}”（应为 FULL 或 INCREMENTAL）",
                  en: "Unknown mode '{value}' (FULL or INCREMENTAL)"),
        RuleEntry(id: "package.mode-since", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "模式为 {mode} 的全量包不应与上一个报送包（--since）比对",
                  en: "A {mode} package is not compared with a previous package (--since)"),
        RuleEntry(id: "package.incremental-unchecked", severity: .warning, scope: "package", clause: "SPEC §7",
                  zh: "增量包（{mode}）未给出上一个报送包（--since），无法核对操作类型",
                  en: "An incremental package ({mode}) without the previous package (--since): operations are not checked"),
        RuleEntry(id: "package.counts", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "计数不符：应为 {expected}，实际为 {found}",
                  en: "Counts disagree: expected {expected}, found {found}"),
        RuleEntry(id: "package.operation-counts", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "操作计数与记录不符：应为 {expected}，实际为 {found}",
                  en: "Operation counts disagree with the records: expected {expected}, found {found}"),
        RuleEntry(id: "package.file-entry", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "文件条目 {file} 无效：{detail}",
                  en: "Invalid files entry {file}: {detail}"),
        RuleEntry(id: "package.file-missing", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "清单列出的文件 {file} 不存在",
                  en: "The listed file {file} does not exist"),
        RuleEntry(id: "package.file-unlisted", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "文件 {file} 不在清单中",
                  en: "File {file} is not in the manifest"),
        RuleEntry(id: "package.file-records", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "文件 {file} 的记录数不符：应为 {expected}，实际为 {found}",
                  en: "File {file} has the wrong record count: expected {expected}, found {found}"),
        RuleEntry(id: "package.file-bytes", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "文件 {file} 的大小不符：应为 {expected} 字节，实际为 {found} 字节",
                  en: "File {file} has the wrong size: expected {expected} bytes, found {found}"),
        RuleEntry(id: "package.file-digest", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "文件 {file} 的 {algorithm} 摘要不符：应为 {expected}，实际为 {found}",
                  en: "The {algorithm} digest of {file} differs: expected {expected}, found {found}"),
        RuleEntry(id: "package.digest-absent", severity: .warning, scope: "package", clause: "SPEC §7",
                  zh: "文件 {file} 缺少 {algorithm} 摘要",
                  en: "File {file} has no {algorithm} digest"),
        RuleEntry(id: "package.national-key-missing", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "记录缺少全国唯一键 nationalKey",
                  en: "The record lacks its national key (nationalKey)"),
        RuleEntry(id: "package.national-key-province", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "全国唯一键“{value}”的省级代码应为 {expected}（报送单位所在省），实际为 {found}",
                  en: "National key '{value}' must start with the submitter's province {expected}; it starts with {found}"),
        RuleEntry(id: "package.national-key-mismatch", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "全国唯一键“{value}”与记录不符（应为 {expected}）",
                  en: "National key '{value}' does not match the record (expected {expected})"),
        RuleEntry(id: "package.national-key-duplicate", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "全国唯一键 {key} 重复（首次出现于 {first_file} 第 {first_line} 行）",
                  en: "National key {key} occurs again (first in {first_file} line {first_line})"),
        RuleEntry(id: "package.operation-missing", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "记录缺少操作类型 operation",
                  en: "The record lacks its operation"),
        RuleEntry(id: "package.operation-unknown-key", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "上一个报送包没有 {key}，不能执行 {operation}",
                  en: "The previous package does not have {key}, so it cannot be {operation}"),
        RuleEntry(id: "package.operation-known-key", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "上一个报送包已有 {key}，不能执行 {operation}",
                  en: "The previous package already has {key}, so it cannot be {operation}"),
        RuleEntry(id: "package.xml-mismatch", severity: .error, scope: "package", clause: "SPEC §7",
                  zh: "{file} 中的记录 {key} 与 JSON Lines 中的同一记录不一致",
                  en: "Record {key} in {file} differs from the same record in the JSON Lines files"),
    ]
}
