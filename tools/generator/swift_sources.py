"""Renders the Swift side of the standard: code-list enums, the field table, the rule catalogue, the policy
defaults and the typed models. Output goes to Sources/GovCredit/Standard/Generated/."""
from __future__ import annotations

import re

from .standard import Standard, Field, Category, Block, CodeList

HEADER = "// Generated from Standards/gov-integrity/{version}/{source} by tools/generate.py — do not edit.\n"
SWIFT_KEYWORDS = {"default", "case", "class", "struct", "enum", "protocol", "extension", "func", "var", "let",
                  "in", "is", "as", "self", "Self", "super", "init", "deinit", "import", "operator", "return",
                  "switch", "where", "while", "for", "repeat", "if", "else", "guard", "do", "try", "catch",
                  "throw", "public", "private", "internal", "static", "true", "false", "nil", "break", "continue"}


def category_property(out, std, doc_lines, signature, value):
    """A property of `RecordCategory` that switches over every category: `value(category)` is its Swift expression."""
    for line in doc_lines:
        out.append(f"    /// {line}\n")
    out.append(f"    {signature} {{\n        switch self {{\n")
    for c in std.categories:
        out.append(f"        case .{c.name}: return {value(c)}\n")
    out.append("        }\n    }\n")


def swift_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def case_name(code: str) -> str:
    parts = code.lower().split("_")
    name = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if name[0].isdigit():
        name = "code" + name
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


def slot_case_name(path: str) -> str:
    parts = path.split(".")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def type_name(category: str) -> str:
    return category[:1].upper() + category[1:]


def doc(lines: list[str], indent: str = "") -> str:
    return "".join(f"{indent}/// {line}\n" if line else f"{indent}///\n" for line in lines)


# ---------------------------------------------------------------------------------------------- code lists

def render_code_lists(std: Standard) -> str:
    out = [HEADER.format(version=std.version, source="codelists.yaml"), "\n"]
    out.append("/// The code lists of the standard (SPEC §4), by their names in `codelists.yaml`.\n")
    out.append("public enum CodeListID: String, CaseIterable, Hashable, Sendable {\n")
    for name in std.code_lists:
        cl = std.code_lists[name]
        out.append(f"    /// {cl.zh} · {cl.en}\n")
        out.append(f"    case {case_name_of_list(name)} = {swift_string(name)}\n")
    out.append("\n    /// The entries of the list, in the standard's order.\n")
    out.append("    public var entries: [CodeEntry] {\n        switch self {\n")
    for name in std.code_lists:
        out.append(f"        case .{case_name_of_list(name)}: return {name}.entries\n")
    out.append("        }\n    }\n\n")
    out.append("    /// The list's Chinese name.\n    public var nameZh: String {\n        switch self {\n")
    for name, cl in std.code_lists.items():
        out.append(f"        case .{case_name_of_list(name)}: return {swift_string(cl.zh)}\n")
    out.append("        }\n    }\n\n")
    out.append("    /// The list's English name.\n    public var nameEn: String {\n        switch self {\n")
    for name, cl in std.code_lists.items():
        out.append(f"        case .{case_name_of_list(name)}: return {swift_string(cl.en)}\n")
    out.append("        }\n    }\n}\n")
    for name, cl in std.code_lists.items():
        out.append("\n")
        out.append(render_code_enum(cl))
    return "".join(out)


def case_name_of_list(name: str) -> str:
    return name[:1].lower() + name[1:]


def render_code_enum(cl: CodeList) -> str:
    out = [doc([f"{cl.zh} · {cl.en} ({cl.clause}).", "", cl.definition,
                "", "Source: `codelists.yaml`, list `" + cl.name + "`."])]
    out.append(f"public enum {cl.name}: CodeListValue {{\n")
    for c in cl.codes:
        extra = ""
        if c.extra:
            extra = " " + ", ".join(f"{k}: {v}" for k, v in sorted(c.extra.items())) + "."
        out.append(doc([f"{c.zh} · {c.en} ({c.number}). {c.definition}{extra}"], "    "))
        out.append(f"    case {case_name(c.code)}\n")
    out.append("    /// A code this version of the standard does not define; a newer version may add codes.\n")
    out.append("    case unrecognized(String)\n\n")
    out.append(f"    /// The list this enum encodes: ``CodeListID/{case_name_of_list(cl.name)}``.\n")
    out.append(f"    public static let codeList = CodeListID.{case_name_of_list(cl.name)}\n\n")
    out.append("    /// The codes the standard defines, in its order; never `.unrecognized`.\n")
    out.append(f"    public static let allCases: [{cl.name}] = [\n")
    for c in cl.codes:
        out.append(f"        .{case_name(c.code)},\n")
    out.append("    ]\n\n")
    out.append("    static let entries: [CodeEntry] = [\n")
    for c in cl.codes:
        out.append(f"        CodeEntry(code: {swift_string(c.code)}, number: {swift_string(c.number)}, "
                   f"zh: {swift_string(c.zh)}, en: {swift_string(c.en)}),\n")
    out.append("    ]\n\n")
    out.append("    /// The value of a stable `UPPER_SNAKE` code, case-sensitive (turn a label or number into its code with\n"
               "    /// ``CodeListID/resolve(_:)`` first); any other text becomes `.unrecognized(rawValue)`, never a failure.\n")
    out.append("    public init(rawValue: String) {\n        switch rawValue {\n")
    for c in cl.codes:
        out.append(f"        case {swift_string(c.code)}: self = .{case_name(c.code)}\n")
    out.append("        default: self = .unrecognized(rawValue)\n        }\n    }\n\n")
    out.append("    /// The stable `UPPER_SNAKE` code written to every output; for `.unrecognized`, the code as read.\n")
    out.append("    public var rawValue: String {\n        switch self {\n")
    for c in cl.codes:
        out.append(f"        case .{case_name(c.code)}: return {swift_string(c.code)}\n")
    out.append("        case .unrecognized(let code): return code\n        }\n    }\n")
    for key in sorted({k for c in cl.codes for k in c.extra}):
        values = {c.code: c.extra.get(key) for c in cl.codes}
        if all(isinstance(v, bool) for v in values.values()):
            prop, typ, fallback = "is" + key[:1].upper() + key[1:], "Bool", "false"
            render = lambda v: str(v).lower()
        else:
            prop, typ, fallback = key, "String?", "nil"
            render = lambda v: "nil" if v is None else swift_string(str(v))
        out.append(f"\n    /// `{key}` of the entry in `codelists.yaml`; {fallback} for an unrecognized code.\n")
        out.append(f"    public var {prop}: {typ} {{\n        switch self {{\n")
        for c in cl.codes:
            out.append(f"        case .{case_name(c.code)}: return {render(values[c.code])}\n")
        out.append(f"        case .unrecognized: return {fallback}\n        }}\n    }}\n")
    out.append("}\n")
    return "".join(out)


# ---------------------------------------------------------------------------------------------- field table

def kind_expression(std: Standard, f: Field) -> str:
    t = f.type
    if t == "recordId":
        return ".recordID"
    if t == "text":
        return f".text(maxLength: {f.max_length})"
    if t == "documentNumber":
        return f".documentNumber(maxLength: {f.max_length})"
    if t == "caseNumber":
        return f".caseNumber(maxLength: {f.max_length})"
    if t == "date":
        return f".date(pastOnly: {str(f.past).lower()}, openEnded: {str(f.open_ended).lower()})"
    if t == "amount":
        return f".amount(positive: {str(f.positive).lower()})"
    if t == "code":
        return f".code(.{case_name_of_list(f.code_list)})"
    if t == "uscc":
        return f".uscc(role: .{f.role or 'enterprise'})"
    if t == "idNumber":
        return ".idNumber"
    if t == "divisionCode":
        return ".divisionCode"
    if t == "phone":
        return ".phone"
    if t == "reference":
        return f".reference(.{f.to})"
    if t == "referenceList":
        return f".referenceList(.{f.to}, minItems: {f.min_items or 1})"
    if t == "block":
        return ".block"
    raise ValueError(t)


def render_field_table(std: Standard) -> str:
    out = [HEADER.format(version=std.version, source="standard.yaml, blocks.yaml, categories/*.yaml"), "\n"]
    out.append("/// The record categories of the standard (SPEC §3), in the order the chain of events runs.\n")
    out.append("public enum RecordCategory: String, CaseIterable, Hashable, Sendable, Codable {\n")
    for c in std.categories:
        out.append(doc([f"{c.zh} · {c.en} ({c.clause}). Source: `{c.source}`."], "    "))
        out.append(f"    case {c.name}\n")
    out.append("\n    /// The category's Chinese name.\n    public var nameZh: String {\n        switch self {\n")
    for c in std.categories:
        out.append(f"        case .{c.name}: return {swift_string(c.zh)}\n")
    out.append("        }\n    }\n\n")
    out.append("    /// The category's English name.\n    public var nameEn: String {\n        switch self {\n")
    for c in std.categories:
        out.append(f"        case .{c.name}: return {swift_string(c.en)}\n")
    out.append("        }\n    }\n\n")
    out.append("    /// The notice clause the category implements.\n    public var clause: String {\n        switch self {\n")
    for c in std.categories:
        out.append(f"        case .{c.name}: return {swift_string(c.clause)}\n")
    out.append("        }\n    }\n\n")
    out.append("    /// The field table: every field and block member, in order; values are indexed by position.\n")
    out.append("    public var fields: [FieldSpec] {\n        switch self {\n")
    for c in std.categories:
        out.append(f"        case .{c.name}: return FieldTable.{c.name}\n")
    out.append("        }\n    }\n\n")
    category_property(out, std, ["The typed model of the category (``Complaint``, …)."],
                      "public var modelType: any StandardRecord.Type", lambda c: f"{type_name(c.name)}.self")
    out.append("\n")
    category_property(out, std, ["The slot of the date a record is dated by (division codes are checked against it)."],
                      "public var recordDateSlot: Int",
                      lambda c: str([ff.path for ff in std.flat_fields(c)].index(c.record_date)))
    out.append("\n")
    # Constant tables of trivial values are statically initialised and never reference counted: the validator's hot
    # path reads these instead of the `FieldSpec` objects, whose reference counts every worker thread changed.
    category_property(out, std, ["Each slot's kind, as ``fields`` has it, in a constant table: reading it touches no reference count",
                                 "(the `FieldSpec` objects are shared by every worker thread, and their counts moved between cores)."],
                      "var slotKinds: [FieldKind]", lambda c: f"FieldTable.{c.name}Kinds")
    out.append("\n")
    category_property(out, std, ["Each slot's enclosing block slot, as ``fields`` has it (`-1`: none), in a constant table like ``slotKinds``."],
                      "var parentSlots: [Int]", lambda c: f"FieldTable.{c.name}Parents")
    out.append("\n")
    category_property(out, std, ["Each slot's requirement, as ``fields`` has it, in a constant table like ``slotKinds``."],
                      "var slotRequirements: [FieldRequirement]", lambda c: f"FieldTable.{c.name}Requirements")
    out.append("}\n\n")

    out.append("enum FieldTable {\n")
    for c in std.categories:
        flat = std.flat_fields(c)
        paths = [ff.path for ff in flat]
        out.append(f"    /// `{c.source}`\n")
        out.append(f"    static let {c.name}: [FieldSpec] = [\n")
        for ff in flat:
            f = ff.field
            parent = "nil" if ff.parent is None else str(paths.index(ff.parent))
            cond = "nil"
            if f.required_when:
                cond_path = f.required_when.field if ff.parent is None else f"{ff.parent}.{f.required_when.field}"
                codes = ", ".join(swift_string(v) for v in f.required_when.values)
                cond = f"FieldCondition(slot: {paths.index(cond_path)}, codes: [{codes}])"
            out.append(f"        FieldSpec(path: {swift_string(ff.path)}, nameZh: {swift_string(f.zh)}, "
                       f"nameEn: {swift_string(f.en)}, kind: {kind_expression(std, f)}, parent: {parent}, "
                       f"isRequired: {str(f.required).lower()}, requiredWhen: {cond}, "
                       f"isPersonal: {str(ff.personal).lower()}),\n")
        out.append("    ]\n")
        kinds = ", ".join(kind_expression(std, ff.field) for ff in flat)
        out.append(f"    static let {c.name}Kinds: [FieldKind] = [{kinds}]\n")
        parents = ", ".join("-1" if ff.parent is None else str(paths.index(ff.parent)) for ff in flat)
        out.append(f"    static let {c.name}Parents: [Int] = [{parents}]\n")
        requirements = ", ".join(".conditional" if ff.field.required_when else ".required" if ff.field.required else ".optional"
                                 for ff in flat)
        out.append(f"    static let {c.name}Requirements: [FieldRequirement] = [{requirements}]\n\n")
    out.append("}\n")
    for c in std.categories:
        out.append("\n")
        out.append(f"/// Slots of the ``RecordCategory/{c.name}`` field table, for record rules written by hand.\n")
        out.append(f"enum {type_name(c.name)}Slot: Int, CaseIterable {{\n")
        for ff in std.flat_fields(c):
            out.append(f"    case {slot_case_name(ff.path)}\n")
        out.append("}\n")
    return "".join(out)


# ---------------------------------------------------------------------------------------------- rules, policy

def render_rule_catalogue(std: Standard) -> str:
    out = [HEADER.format(version=std.version, source="rules.yaml"), "\n"]
    out.append("extension RuleID {\n")
    for r in std.rules:
        out.append(f"    /// {r.en.replace(chr(10), ' ')} ({r.severity}; {r.clause})\n")
        out.append(f"    public static let {rule_constant(r.id)} = RuleID({swift_string(r.id)})\n")
    out.append("}\n\n")
    out.append("enum RuleCatalogue {\n    static let entries: [RuleEntry] = [\n")
    for r in std.rules:
        out.append(f"        RuleEntry(id: {swift_string(r.id)}, severity: .{r.severity}, scope: {swift_string(r.scope)}, "
                   f"clause: {swift_string(r.clause)},\n                  zh: {swift_string(r.zh)},\n"
                   f"                  en: {swift_string(r.en)}),\n")
    out.append("    ]\n}\n")
    return "".join(out)


def rule_constant(rule_id: str) -> str:
    parts = re.split(r"[.\-]", rule_id)
    name = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return f"`{name}`" if name in SWIFT_KEYWORDS else name


def render_policy(std: Standard) -> str:
    out = [HEADER.format(version=std.version, source="policy.yaml"), "\n"]
    out.append("extension PolicyThresholds {\n")
    out.append("    /// The standard's defaults (`policy.yaml`).\n")
    out.append("    public static let standard = PolicyThresholds(\n")
    args = []
    for t in std.thresholds:
        args.append(f"        /// {t.en}\n        {t.key}: {t.default}")
    out.append(",\n".join(args))
    out.append("\n    )\n}\n")
    return "".join(out)


# ---------------------------------------------------------------------------------------------- models

def swift_type(std: Standard, f: Field) -> str:
    t = f.type
    if t == "date":
        return "CivilDate"
    if t == "amount":
        return "Amount"
    if t == "code":
        return f.code_list
    if t == "block":
        return f.block
    if t == "referenceList":
        return "[String]"
    return "String"


def decode_call(f: Field, path_expr: str, required: bool) -> str:
    t = f.type
    suffix = "" if required else "IfPresent"
    if t == "date":
        return f"try decoder.date{suffix}({path_expr})"
    if t == "amount":
        return f"try decoder.amount{suffix}({path_expr})"
    if t == "code":
        return f"try decoder.code{suffix}({path_expr})"
    if t == "block":
        return f"try decoder.block{suffix}({path_expr})"
    if t == "referenceList":
        return f"try decoder.list{suffix}({path_expr})"
    return f"try decoder.text{suffix}({path_expr})"


def encode_call(f: Field, path_expr: str, value: str) -> str:
    t = f.type
    if t == "date" or t == "amount":
        return f"encoder.set({value}?.description, at: {path_expr})" if False else f"encoder.set({value}, at: {path_expr})"
    return f"encoder.set({value}, at: {path_expr})"


def render_struct(std: Standard, name: str, zh: str, en: str, clause: str, definition: str, source: str,
                  fields: list[Field], is_block: bool, personal: bool = False) -> str:
    out = []
    lines = [f"{zh} · {en} ({clause}).", "", definition]
    if personal:
        lines += ["", "Personal data (SPEC §1): goes to the national submission, never into a public export."]
    lines += ["", f"Source: `{source}`."]
    out.append(doc(lines))
    protocol = "StandardBlock" if is_block else "StandardRecord"
    out.append(f"public struct {name}: {protocol} {{\n")
    if not is_block:
        out.append(f"    /// The category this type encodes: ``RecordCategory/{fields_category(name)}``.\n")
        out.append(f"    public static let category = RecordCategory.{fields_category(name)}\n\n")
    for f in fields:
        required = f.required
        typ = swift_type(std, f)
        use = "required" if required else ("conditional: " + f"{f.required_when.field} ∈ {', '.join(f.required_when.values)}" if f.required_when else "optional")
        notation = std.notation(f)
        out.append(doc([f"{f.zh} · {f.en} — `{notation}`, {use}."], "    "))
        out.append(f"    public var {f.name}: {typ}{'' if required else '?'}\n")
    # memberwise init: required parameters first in field order, optionals defaulted
    params = []
    for f in fields:
        typ = swift_type(std, f)
        if f.required:
            params.append(f"{f.name}: {typ}")
        else:
            params.append(f"{f.name}: {typ}? = nil")
    out.append("\n    /// Creates a value; required fields are non-optional parameters.\n")
    out.append("    public init(\n        " + ",\n        ".join(params) + "\n    ) {\n")
    for f in fields:
        out.append(f"        self.{f.name} = {f.name}\n")
    out.append("    }\n\n")
    if is_block:
        out.append("    /// Implementation detail of the typed models: reads the block at `prefix` of a flat record. Throws\n"
                   "    /// ``RecordConversionError`` for a missing required or malformed value.\n")
        out.append("    public init(_flat decoder: FlatRecordDecoder, prefix: String) throws {\n")
        for f in fields:
            out.append(f"        {f.name} = {decode_call(f, chr(34) + chr(92) + '(prefix).' + f.name + chr(34), f.required)}\n")
        out.append("    }\n\n")
        out.append("    /// Implementation detail of the typed models: writes the block's fields under `prefix`.\n")
        out.append("    public func _write(into encoder: inout FlatRecordEncoder, prefix: String) {\n")
        for f in fields:
            out.append(f"        {encode_call(f, chr(34) + chr(92) + '(prefix).' + f.name + chr(34), f.name)}\n")
        out.append("    }\n")
    else:
        out.append("    /// Implementation detail of the typed models; use ``StandardRecord/init(flat:)``. Throws\n"
                   "    /// ``RecordConversionError`` for a missing required or malformed value.\n")
        out.append("    public init(_flat decoder: FlatRecordDecoder) throws {\n")
        for f in fields:
            out.append(f"        {f.name} = {decode_call(f, swift_string(f.name), f.required)}\n")
        out.append("    }\n\n")
        out.append("    /// Implementation detail of the typed models; use ``StandardRecord/flatRecord(location:)``.\n")
        out.append("    public func _write(into encoder: inout FlatRecordEncoder) {\n")
        for f in fields:
            out.append(f"        {encode_call(f, swift_string(f.name), f.name)}\n")
        out.append("    }\n")
    out.append("}\n")
    return "".join(out)


_CATEGORY_BY_TYPE: dict[str, str] = {}


def fields_category(type_name_: str) -> str:
    return _CATEGORY_BY_TYPE[type_name_]


def render_blocks(std: Standard) -> str:
    out = [HEADER.format(version=std.version, source="blocks.yaml")]
    for b in std.blocks.values():
        out.append("\n")
        out.append(render_struct(std, b.name, b.zh, b.en, b.clause, b.definition, "blocks.yaml", b.fields, True,
                                 b.personal))
    return "".join(out)


def render_category_model(std: Standard, c: Category) -> str:
    _CATEGORY_BY_TYPE[type_name(c.name)] = c.name
    out = [HEADER.format(version=std.version, source=c.source), "\n"]
    out.append(render_struct(std, type_name(c.name), c.zh, c.en, c.clause, c.definition, c.source, c.fields, False))
    return "".join(out)


def render_standard_info(std: Standard) -> str:
    return (HEADER.format(version=std.version, source="standard.yaml") + "\n"
            "extension StandardInfo {\n"
            f"    /// The standard's id: `{std.id}`.\n"
            f"    public static let id = {swift_string(std.id)}\n"
            f"    /// The standard's version: `{std.version}`.\n"
            f"    public static let version = {swift_string(std.version)}\n"
            f"    /// {std.title_en}.\n"
            f"    public static let titleEn = {swift_string(std.title_en)}\n"
            f"    /// {std.title_zh}.\n"
            f"    public static let titleZh = {swift_string(std.title_zh)}\n"
            f"    /// The XML namespace of the canonical XML form.\n"
            f"    public static let xmlNamespace = {swift_string(std.xml_namespace)}\n"
            "}\n")


def render_all(std: Standard) -> dict[str, str]:
    """File name (relative to Sources/GovCredit/Standard/Generated/) → content."""
    files = {
        "CodeLists.swift": render_code_lists(std),
        "FieldTable.swift": render_field_table(std),
        "RuleCatalogue.swift": render_rule_catalogue(std),
        "PolicyDefaults.swift": render_policy(std),
        "StandardInfo.swift": render_standard_info(std),
        "Models/Blocks.swift": render_blocks(std),
    }
    for c in std.categories:
        files[f"Models/{type_name(c.name)}.swift"] = render_category_model(std, c)
    return files
