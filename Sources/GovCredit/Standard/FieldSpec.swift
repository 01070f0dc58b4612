/// One slot of a category's field table: a top-level field, a block, or a field inside a block.
///
/// The tables are generated from `Standards/` (`Generated/FieldTable.swift`); validation and mapping index
/// values by slot number, never by name, so the hot path does no dictionary look-ups per field.
///
/// A class, not a struct: the tables are immutable and shared, and reading a slot's spec then costs one
/// reference count instead of copying five strings (callgrind: 4% of a validation run).
public final class FieldSpec: Sendable {
    /// The standard's field path: `receivedDate`, `entity.uscc`.
    public let path: String
    /// The name a Chinese reviewer knows the field by.
    public let nameZh: String
    /// The English name.
    public let nameEn: String
    /// What values the field holds and how they are checked.
    public let kind: FieldKind
    /// The slot of the enclosing block, for fields inside a block.
    public let parent: Int?
    /// Whether the field must be present (inside its block, when it has one).
    public let isRequired: Bool
    /// The condition under which an otherwise optional field becomes required (SPEC §3, "C").
    public let requiredWhen: FieldCondition?
    /// Personal data (SPEC §1): submitted nationally, never published.
    public let isPersonal: Bool
    /// The names the field's code list accepts, for a code field: looked up once a record, so kept at hand.
    let codeTable: CodeTable?

    init(path: String, nameZh: String, nameEn: String, kind: FieldKind, parent: Int?, isRequired: Bool,
         requiredWhen: FieldCondition?, isPersonal: Bool) {
        self.path = path
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.kind = kind
        self.parent = parent
        self.isRequired = isRequired
        self.requiredWhen = requiredWhen
        self.isPersonal = isPersonal
        if case .code(let list) = kind { codeTable = CodeTable.byList[list] } else { codeTable = nil }
    }

    /// The last path component (`uscc` for `entity.uscc`): the key inside its block.
    public var name: Substring {
        guard let dot = path.lastIndex(of: ".") else { return path[...] }
        return path[path.index(after: dot)...]
    }
}

/// Whether a field must be present, as its ``FieldSpec`` says (``RecordCategory/slotRequirements``).
enum FieldRequirement: Sendable {
    /// `isRequired` is false and there is no `requiredWhen`.
    case optional
    /// `isRequired`.
    case required
    /// `requiredWhen` is set (whatever `isRequired` says: the checker then reads the ``FieldSpec``).
    case conditional
}

/// "Required when another field of the same record holds one of these codes."
public struct FieldCondition: Sendable {
    /// The slot of the code field the condition reads.
    public let slot: Int
    /// The codes that make the field required.
    public let codes: [String]
}

/// Whose unified social credit code a field holds; sets which registration authorities are expected (SPEC §1).
public enum USCCRole: Sendable, Equatable {
    /// A government body: the code should start with 11 (机关 organ) or 12 (事业单位 public institution); otherwise a
    /// warning.
    case government
    /// A private enterprise: the code should start with 91 (企业), 92 (个体工商户) or 93 (农民专业合作社); otherwise a warning.
    case enterprise
}

/// The value type of a field (the `type` of a field in `Standards/…/standard.yaml`).
public enum FieldKind: Sendable, Equatable {
    /// `id`: 1–64 characters of `[A-Za-z0-9._-]`.
    case recordID
    /// Free text, NFC, trimmed, at most `maxLength` characters.
    case text(maxLength: Int)
    /// A 文书号 such as `发改财金〔2023〕1103号`.
    case documentNumber(maxLength: Int)
    /// A court case number such as `（2023）京0105执1234号`.
    case caseNumber(maxLength: Int)
    /// `YYYY-MM-DD`. `pastOnly`: may not lie after today. `openEnded`: `2099-12-31` and `长期` mean "no end".
    case date(pastOnly: Bool, openEnded: Bool)
    /// Decimal yuan with at most two fraction digits; `positive` excludes zero.
    case amount(positive: Bool)
    /// A code of a code list.
    case code(CodeListID)
    /// A GB 32100 unified social credit code.
    case uscc(role: USCCRole)
    /// A GB 11643 citizen ID number.
    case idNumber
    /// A GB/T 2260 division code.
    case divisionCode
    /// A mainland phone number.
    case phone
    /// The id of a record of another category.
    case reference(RecordCategory)
    /// A list of ids of records of another category.
    case referenceList(RecordCategory, minItems: Int)
    /// A nested block (its members follow it in the table).
    case block
}
