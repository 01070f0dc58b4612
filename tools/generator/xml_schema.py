"""Render the XML Schema (XSD 1.0) of the canonical XML form of the gov-integrity standard.

The canonical XML form: ``<records standard="gov-integrity" version="1.0">`` in the standard's namespace holds
any number of category elements (``<complaint>``, ``<typicalCase>``, …) in any order; a category element's
children are its fields in any order (``xs:all``), a block is an element holding its own fields, and a
reference list ``dishonestyIds`` holds one ``<dishonestyId>`` per id. Exported packages add the optional
attributes ``nationalKey`` and ``operation`` (SPEC §7).

XSD 1.0 cannot say "required when another field has a value" inside ``xs:all``: conditional requirements are
noted in comments and documentation and checked by the validator (rule field.conditional-required), as are
identifier check characters, dates in the future and all record and cross-record rules (SPEC §5). The court
case-number pattern is left out: it only produces a warning (rule enforcement.case-number).

``tools/generate.py`` calls ``render_xsd(std)`` and writes
``Standards/gov-integrity/<version>/generated/gov-integrity-<version>.xsd``.
"""
from __future__ import annotations

import re
import types
from xml.sax.saxutils import escape, quoteattr

XS = "http://www.w3.org/2001/XMLSchema"
PREFIX = "gi"


NOT_SIMPLE = {"code", "block", "referenceList"}  # field types that are not one XSD simple type
BASE_TYPES = {"date": "xs:date", "amount": "xs:decimal"}  # the rest are xs:string


class SchemaError(ValueError):
    """Something in the standard the XSD cannot carry; names the YAML entry."""


# --- Regular expressions --------------------------------------------------------------------------------------

_XSD_SINGLE_ESCAPES = set("nrt\\|.?*+(){}-[]^")


def xsd_pattern(pattern: str, where: str) -> str:
    """Translate an ECMA-262 pattern of standard.yaml into an XSD 1.0 pattern.

    XSD patterns are implicitly anchored, so the ``^…$`` anchors go. ``\\d`` becomes ``[0-9]`` (in XSD and in
    Python it is any Unicode digit; the standard means ASCII, full-width digits are normalised on import). A
    hyphen at either end of a character class is escaped, ``\\$`` (not an XSD escape) is written plainly, and
    anything XSD lacks (look-around, lazy quantifiers, back-references, ``\\b``, ``\\w``, inner anchors)
    stops generation.
    """
    if not (pattern.startswith("^") and pattern.endswith("$") and not pattern.endswith("\\$")):
        raise SchemaError(f"{where}: pattern {pattern!r} must be anchored with ^ and $")
    body = pattern[1:-1]
    out: list[str] = []
    i = 0
    in_class = False
    class_start = 0

    def fail(reason: str) -> SchemaError:
        return SchemaError(f"{where}: pattern {pattern!r} has {reason}, which XSD 1.0 cannot express")

    while i < len(body):
        ch = body[i]
        if ch == "\\":
            if i + 1 >= len(body):
                raise fail("a trailing backslash")
            nxt = body[i + 1]
            if nxt == "d":
                out.append("0-9" if in_class else "[0-9]")
            elif nxt == "$":
                out.append("$")
            elif nxt in _XSD_SINGLE_ESCAPES or nxt in "/":
                out.append("/" if nxt == "/" else "\\" + nxt)
            else:
                raise fail(f"the escape \\{nxt}")
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
                out.append(ch)
            elif ch == "-" and (i == class_start or body[i + 1: i + 2] == "]"):
                out.append("\\-")
            elif ch == "[":
                out.append("\\[")
            else:
                out.append(ch)
            i += 1
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            if body[i: i + 1] == "^":
                out.append("^")
                i += 1
            class_start = i
            continue
        if ch in "^$":
            raise fail("an anchor inside the pattern")
        if ch == "(" and body[i + 1: i + 2] == "?":
            raise fail("a group modifier (?…)")
        if ch in "*+?}" and body[i + 1: i + 2] == "?":
            raise fail("a lazy quantifier")
        if ch == "{" and not re.match(r"\{\d+(,\d*)?\}", body[i:]):
            raise fail("a brace that is not a quantifier")
        out.append(ch)
        i += 1
    if in_class:
        raise fail("an unclosed character class")
    return "".join(out)


# --- Small writers --------------------------------------------------------------------------------------------

def _type_name(kind: str) -> str:
    return kind[0].upper() + kind[1:] + "Value"


def _record_type(category: str) -> str:
    return category[0].upper() + category[1:] + "Record"


def _documentation(indent: str, source: str | None, zh: str, en: str) -> list[str]:
    src = f" source={quoteattr(source)}" if source else ""
    return [
        f"{indent}<xs:annotation>",
        f'{indent}  <xs:documentation{src} xml:lang="zh">{escape(zh)}</xs:documentation>',
        f'{indent}  <xs:documentation xml:lang="en">{escape(en)}</xs:documentation>',
        f"{indent}</xs:annotation>",
    ]


def _comment(indent: str, text: str) -> str:
    if "--" in text or text.endswith("-"):
        raise SchemaError(f"XML comment cannot hold '--': {text!r}")
    return f"{indent}<!-- {text} -->"


def _condition_zh(field) -> str:
    return f"当 {field.required_when.field} ∈ {{{', '.join(field.required_when.values)}}} 时必填"


def _condition_en(field) -> str:
    return f"required when {field.required_when.field} is one of {', '.join(field.required_when.values)}"


# --- Value types ----------------------------------------------------------------------------------------------

def _implied_max_length(std, kind: str):
    return std.max_length(types.SimpleNamespace(type=kind, max_length=None))


def _digits(std, where: str) -> tuple[int, int]:
    match = re.fullmatch(r"N\.\.(\d+),(\d+)", std.types["amount"]["notation"])
    if not match:
        raise SchemaError(f"{where}: amount notation must read N..<total>,<fraction>")
    return int(match.group(1)), int(match.group(2))


def _value_types(std) -> list[str]:
    lines: list[str] = [_comment("  ", "Value types: standard.yaml types")]
    for kind, spec in std.types.items():
        if kind in NOT_SIMPLE:
            continue
        where = f"standard.yaml#types/{kind}"
        facets: list[str] = []
        pattern = spec.get("pattern")
        if pattern and not std.pattern_is_warning_only(kind):
            facets.append(f"<xs:pattern value={quoteattr(xsd_pattern(pattern, where))}/>")
        elif BASE_TYPES.get(kind, "xs:string") == "xs:string":
            facets.append('<xs:minLength value="1"/>')
        limit = _implied_max_length(std, kind)
        if limit and BASE_TYPES.get(kind, "xs:string") == "xs:string":
            facets.append(f'<xs:maxLength value="{limit}"/>')
        if kind == "amount":
            total, fraction = _digits(std, where)
            facets += [f'<xs:totalDigits value="{total}"/>', f'<xs:fractionDigits value="{fraction}"/>',
                       '<xs:minInclusive value="0"/>']
        en = spec.get("en", kind)
        if std.pattern_is_warning_only(kind) and pattern:
            en += f". Pattern {pattern} only warns (validator), so it is not part of the schema"
        lines.append(f'  <xs:simpleType name="{_type_name(kind)}">')
        notation = spec["notation"].replace("{maxLength}", "n")
        lines += _documentation("    ", where, spec.get("zh", kind) + f"（{notation}）", en)
        lines.append(f'    <xs:restriction base="{BASE_TYPES.get(kind, "xs:string")}">')
        lines += [f"      {facet}" for facet in facets]
        lines.append("    </xs:restriction>")
        lines.append("  </xs:simpleType>")
        if kind == "amount":
            lines.append(f'  <xs:simpleType name="Positive{_type_name(kind)}">')
            lines += _documentation("    ", where, "金额（元），大于 0", "Amount in yuan, greater than 0")
            lines.append(f'    <xs:restriction base="{PREFIX}:{_type_name(kind)}">')
            lines.append('      <xs:minExclusive value="0"/>')
            lines.append("    </xs:restriction>")
            lines.append("  </xs:simpleType>")
    return lines


def _envelope_types(std) -> list[str]:
    lines = [_comment("  ", "Envelope of exported packages (SPEC §7): attributes of every category element")]
    lines.append('  <xs:simpleType name="NationalKey">')
    lines += _documentation("    ", None, "全国唯一键：省级代码2位:类别:记录标识",
                            "National key <province 2 digits>:<category>:<id> (SPEC §1)")
    lines.append('    <xs:restriction base="xs:string">')
    lines.append(f"      <xs:pattern value={quoteattr(xsd_pattern(std.national_key_pattern, 'nationalKey'))}/>")
    lines.append("    </xs:restriction>")
    lines.append("  </xs:simpleType>")
    lines.append('  <xs:simpleType name="Operation">')
    lines += _documentation("    ", None, "操作类型", "Operation of the submission (SPEC §7)")
    lines.append('    <xs:restriction base="xs:string">')
    for code, zh, en in std.operations:
        lines.append(f'      <xs:enumeration value="{code}">')
        lines += _documentation("        ", None, zh, en)
        lines.append("      </xs:enumeration>")
    lines.append("    </xs:restriction>")
    lines.append("  </xs:simpleType>")
    return lines


# --- Code lists, blocks, categories ----------------------------------------------------------------------------

def _code_list(code_list) -> list[str]:
    clause = f"（{code_list.clause}）" if code_list.clause else ""
    en = code_list.en + (f". {code_list.definition}" if code_list.definition else "")
    lines = [f'  <xs:simpleType name="{code_list.name}">']
    lines += _documentation("    ", f"codelists.yaml#{code_list.name}", code_list.zh + clause, en)
    lines.append('    <xs:restriction base="xs:string">')
    for code in code_list.codes:
        lines.append(f"      <xs:enumeration value={quoteattr(code.code)}>")
        en = f"{code.number} {code.en}" + (f": {code.definition}" if code.definition else "")
        lines += _documentation("        ", None, f"{code.number} {code.zh}", en)
        lines.append("      </xs:enumeration>")
    lines.append("    </xs:restriction>")
    lines.append("  </xs:simpleType>")
    return lines


def _element(std, field, source: str, indent: str) -> list[str]:
    """One child element (a field) inside an ``xs:all``."""
    occurs = "1" if field.required else "0"
    zh, en = field.zh, field.en + (f". {field.definition}" if field.definition else "")
    if field.required_when:
        zh += f"（{_condition_zh(field)}）"
        en += f" ({_condition_en(field)}; checked by the validator)"
    if field.positive:
        zh, en = zh + "，大于 0", en + ", greater than 0"
    documentation = _documentation(indent + "  ", source, zh, en)
    kind = field.type
    name = field.name
    if kind == "block":
        type_name = f"{PREFIX}:{field.block}"
    elif kind == "code":
        type_name = f"{PREFIX}:{field.code_list}"
    elif kind == "amount":
        type_name = f"{PREFIX}:{'Positive' if field.positive else ''}{_type_name(kind)}"
    elif kind == "referenceList":
        if not name.endswith("s") or len(name) < 2:
            raise SchemaError(f"{source}: a reference list's name must end in 's' (its items drop it)")
        return [
            f'{indent}<xs:element name="{name}" minOccurs="{occurs}">',
            *documentation,
            f"{indent}  <xs:complexType>",
            f"{indent}    <xs:sequence>",
            f'{indent}      <xs:element name="{name[:-1]}" type="{PREFIX}:{_type_name("reference")}" '
            f'minOccurs="{field.min_items or 1}" maxOccurs="unbounded"/>',
            f"{indent}    </xs:sequence>",
            f"{indent}  </xs:complexType>",
            f"{indent}</xs:element>",
        ]
    else:
        type_name = f"{PREFIX}:{_type_name(kind)}"
        if field.max_length is not None and field.max_length != _implied_max_length(std, kind):
            return [
                f'{indent}<xs:element name="{name}" minOccurs="{occurs}">',
                *documentation,
                f"{indent}  <xs:simpleType>",
                f'{indent}    <xs:restriction base="{type_name}">',
                f'{indent}      <xs:maxLength value="{field.max_length}"/>',
                f"{indent}    </xs:restriction>",
                f"{indent}  </xs:simpleType>",
                f"{indent}</xs:element>",
            ]
    return [f'{indent}<xs:element name="{name}" type="{type_name}" minOccurs="{occurs}">', *documentation,
            f"{indent}</xs:element>"]


def _complex_type(std, name: str, fields, source: str, prefix: str, zh: str, en: str,
                  envelope: bool) -> list[str]:
    lines = [f'  <xs:complexType name="{name}">']
    lines += _documentation("    ", source, zh, en)
    conditional = [f for f in fields if f.required_when]
    if conditional:
        lines.append(_comment("    ", "XSD 1.0 cannot express conditional requirements (xs:all, no assertions); "
                                    "the validator checks them (rule field.conditional-required): "
                                    + "; ".join(f"{f.name} {_condition_en(f)}" for f in conditional)))
    lines.append("    <xs:all>")
    for field in fields:
        lines += _element(std, field, f"{prefix}{field.name}", "      ")
    lines.append("    </xs:all>")
    if envelope:
        lines.append(f'    <xs:attribute name="nationalKey" type="{PREFIX}:NationalKey" use="optional"/>')
        lines.append(f'    <xs:attribute name="operation" type="{PREFIX}:Operation" use="optional"/>')
    lines.append("  </xs:complexType>")
    return lines


def _root(std) -> list[str]:
    lines = [f'  <xs:element name="records" type="{PREFIX}:Records">']
    lines += _documentation("    ", "standard.yaml#categories",
                            f"{std.title_zh} {std.version} 记录集：任意数量、任意顺序的各类别记录",
                            f"{std.title_en} {std.version}: any number of records of any category, in any order")
    lines.append("  </xs:element>")
    lines.append('  <xs:complexType name="Records">')
    # A repeated sequence of one choice, not a repeated choice: the same language, but libxml2 compiles a repeated
    # choice with a counter, and its streaming validator then keeps every record element's name for a rollback that
    # never comes — about 140 bytes per record, 430 MB for a package of 3 million records (xmllint --stream
    # --schema). The sequence form validates in constant memory.
    lines.append("    <!-- A repeated sequence of one choice: constant memory in streaming validators (libxml2) -->")
    lines.append('    <xs:sequence minOccurs="0" maxOccurs="unbounded">')
    lines.append("      <xs:choice>")
    for category in std.categories:
        lines.append(f'        <xs:element name="{category.name}" type="{PREFIX}:{_record_type(category.name)}"/>')
    lines.append("      </xs:choice>")
    lines.append("    </xs:sequence>")
    lines.append(f'    <xs:attribute name="standard" type="xs:string" fixed={quoteattr(std.id)} use="optional"/>')
    lines.append(f'    <xs:attribute name="version" type="xs:string" fixed={quoteattr(std.version)} '
                 'use="optional"/>')
    lines.append("  </xs:complexType>")
    return lines


def _check_names(std) -> None:
    """Simple and complex types share one symbol space: refuse to render two types of the same name."""
    names = ["Records", "NationalKey", "Operation"]
    for kind in std.types:
        if kind not in NOT_SIMPLE:
            names.append(_type_name(kind))
            if kind == "amount":
                names.append("Positive" + _type_name(kind))
    names += list(std.code_lists) + list(std.blocks) + [_record_type(c.name) for c in std.categories]
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise SchemaError(f"XSD: two types named {name} (code list, block, category or value type)")
        seen.add(name)


def render_xsd(std) -> str:
    """The full text of ``gov-integrity-<version>.xsd``."""
    _check_names(std)
    namespace = std.xml_namespace
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        _comment("", f"Generated from Standards/{std.id}/{std.version}/ by tools/generate.py — do not edit."),
        _comment("", f"XML Schema (XSD 1.0) of the canonical XML form of {std.id} {std.version}. Conditional "
                     "requirements, identifier check characters, dates in the future and record rules are "
                     "checked by the validator, not here."),
        f'<xs:schema xmlns:xs="{XS}" xmlns:{PREFIX}={quoteattr(namespace)} targetNamespace={quoteattr(namespace)}',
        f'           elementFormDefault="qualified" attributeFormDefault="unqualified" '
        f"version={quoteattr(std.version)}>",
    ]
    lines += _documentation("  ", "standard.yaml", f"{std.title_zh}（{std.id} {std.version}）。依据：{std.basis}",
                            f"{std.title_en} ({std.id} {std.version}). Basis: {std.basis}")
    lines.append("")
    lines += _root(std)
    lines.append("")
    lines += _envelope_types(std)
    lines.append("")
    lines += _value_types(std)
    lines.append("")
    lines.append(_comment("  ", "Code lists: codelists.yaml"))
    for code_list in std.code_lists.values():
        lines += _code_list(code_list)
    lines.append("")
    lines.append(_comment("  ", "Blocks: blocks.yaml"))
    for block in std.blocks.values():
        en = block.en + (" (personal data, SPEC §1)" if block.personal else "")
        en += f". {block.definition}" if block.definition else ""
        zh = block.zh + (f"（{block.clause}）" if block.clause else "")
        lines += _complex_type(std, block.name, block.fields, f"blocks.yaml#{block.name}",
                               f"blocks.yaml#{block.name}.", zh, en, envelope=False)
    lines.append("")
    lines.append(_comment("  ", "Categories: categories/*.yaml"))
    for category in std.categories:
        zh = category.zh + (f"（{category.clause}）" if category.clause else "")
        en = category.en + (f". {category.definition}" if category.definition else "")
        lines += _complex_type(std, _record_type(category.name), category.fields, category.source,
                               f"{category.source}#", zh, en, envelope=True)
    lines.append("</xs:schema>")
    return "\n".join(lines) + "\n"


def render_embedded_swift(xsd: str) -> str:
    """The XSD as a Swift string, so a package is checked against the schema of the binary's own standard
    wherever the command runs (no file to find, none to tamper with)."""
    # A raw literal (#"""…"""#): backslashes in patterns stay as they are; only these would end or escape it.
    if '"""#' in xsd or "\\#" in xsd:
        raise ValueError("the XSD cannot be embedded as a Swift multi-line string literal")
    return (
        "// Generated by tools/generate.py from Standards/gov-integrity/1.0 — do not edit.\n\n"
        "/// The generated XML Schema of the standard (`Standards/gov-integrity/1.0/generated/`), compiled in.\n"
        "enum EmbeddedSchema {\n"
        "    static let xsd = #\"\"\"\n" + xsd.rstrip("\n") + "\n\"\"\"#\n"
        "}\n"
    )
