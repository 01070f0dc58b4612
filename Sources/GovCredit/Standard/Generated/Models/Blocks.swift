// Generated from Standards/gov-integrity/1.0/blocks.yaml by tools/generate.py — do not edit.

/// 政府失信主体 · Government entity (§II(1)).
///
/// A government department, agency or public institution that is party to an agreement with a private enterprise.
///
/// Source: `blocks.yaml`.
public struct GovernmentEntity: StandardBlock {
    /// 主体名称 · Name — `C..200`, required.
    public var name: String
    /// 统一社会信用代码 · Unified social credit code — `C18`, required.
    public var uscc: String
    /// 主体类型 · Entity kind — `C..40`, optional.
    public var kind: EntityKind?
    /// 行政层级 · Administrative level — `C..40`, optional.
    public var level: AdminLevel?
    /// 行政区划代码 · Division code — `N6`, required.
    public var divisionCode: String

    /// Creates a value; required fields are non-optional parameters.
    public init(
        name: String,
        uscc: String,
        kind: EntityKind? = nil,
        level: AdminLevel? = nil,
        divisionCode: String
    ) {
        self.name = name
        self.uscc = uscc
        self.kind = kind
        self.level = level
        self.divisionCode = divisionCode
    }

    /// Implementation detail of the typed models: reads the block at `prefix` of a flat record. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder, prefix: String) throws {
        name = try decoder.text("\(prefix).name")
        uscc = try decoder.text("\(prefix).uscc")
        kind = try decoder.codeIfPresent("\(prefix).kind")
        level = try decoder.codeIfPresent("\(prefix).level")
        divisionCode = try decoder.text("\(prefix).divisionCode")
    }

    /// Implementation detail of the typed models: writes the block's fields under `prefix`.
    public func _write(into encoder: inout FlatRecordEncoder, prefix: String) {
        encoder.set(name, at: "\(prefix).name")
        encoder.set(uscc, at: "\(prefix).uscc")
        encoder.set(kind, at: "\(prefix).kind")
        encoder.set(level, at: "\(prefix).level")
        encoder.set(divisionCode, at: "\(prefix).divisionCode")
    }
}

/// 民营企业 · Private enterprise (§II(1)).
///
/// A private enterprise that is party to an agreement, a complainant, a creditor or a monitoring point.
///
/// Source: `blocks.yaml`.
public struct Enterprise: StandardBlock {
    /// 企业名称 · Name — `C..200`, required.
    public var name: String
    /// 统一社会信用代码 · Unified social credit code — `C18`, required.
    public var uscc: String
    /// 企业规模 · Scale — `C..40`, optional.
    public var scale: EnterpriseScale?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        name: String,
        uscc: String,
        scale: EnterpriseScale? = nil
    ) {
        self.name = name
        self.uscc = uscc
        self.scale = scale
    }

    /// Implementation detail of the typed models: reads the block at `prefix` of a flat record. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder, prefix: String) throws {
        name = try decoder.text("\(prefix).name")
        uscc = try decoder.text("\(prefix).uscc")
        scale = try decoder.codeIfPresent("\(prefix).scale")
    }

    /// Implementation detail of the typed models: writes the block's fields under `prefix`.
    public func _write(into encoder: inout FlatRecordEncoder, prefix: String) {
        encoder.set(name, at: "\(prefix).name")
        encoder.set(uscc, at: "\(prefix).uscc")
        encoder.set(scale, at: "\(prefix).scale")
    }
}

/// 部门 · Department (§II(2)).
///
/// An identifying, verifying, transferring or implementing department.
///
/// Source: `blocks.yaml`.
public struct Department: StandardBlock {
    /// 部门名称 · Name — `C..200`, required.
    public var name: String
    /// 统一社会信用代码 · Unified social credit code — `C18`, optional.
    public var uscc: String?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        name: String,
        uscc: String? = nil
    ) {
        self.name = name
        self.uscc = uscc
    }

    /// Implementation detail of the typed models: reads the block at `prefix` of a flat record. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder, prefix: String) throws {
        name = try decoder.text("\(prefix).name")
        uscc = try decoder.textIfPresent("\(prefix).uscc")
    }

    /// Implementation detail of the typed models: writes the block's fields under `prefix`.
    public func _write(into encoder: inout FlatRecordEncoder, prefix: String) {
        encoder.set(name, at: "\(prefix).name")
        encoder.set(uscc, at: "\(prefix).uscc")
    }
}

/// 联系人 · Contact (§II(1)).
///
/// A contact person of a complainant. Personal data: submitted to the national platform, never published.
///
/// Personal data (SPEC §1): goes to the national submission, never into a public export.
///
/// Source: `blocks.yaml`.
public struct Contact: StandardBlock {
    /// 联系人姓名 · Name — `C..50`, required.
    public var name: String
    /// 联系电话 · Phone — `C..24`, required.
    public var phone: String
    /// 公民身份号码 · ID number — `C18`, optional.
    public var idNumber: String?

    /// Creates a value; required fields are non-optional parameters.
    public init(
        name: String,
        phone: String,
        idNumber: String? = nil
    ) {
        self.name = name
        self.phone = phone
        self.idNumber = idNumber
    }

    /// Implementation detail of the typed models: reads the block at `prefix` of a flat record. Throws
    /// ``RecordConversionError`` for a missing required or malformed value.
    public init(_flat decoder: FlatRecordDecoder, prefix: String) throws {
        name = try decoder.text("\(prefix).name")
        phone = try decoder.text("\(prefix).phone")
        idNumber = try decoder.textIfPresent("\(prefix).idNumber")
    }

    /// Implementation detail of the typed models: writes the block's fields under `prefix`.
    public func _write(into encoder: inout FlatRecordEncoder, prefix: String) {
        encoder.set(name, at: "\(prefix).name")
        encoder.set(phone, at: "\(prefix).phone")
        encoder.set(idNumber, at: "\(prefix).idNumber")
    }
}
