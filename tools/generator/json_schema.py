"""Render the JSON Schema (draft 2020-12) of the canonical JSON form of the gov-integrity standard.

The canonical JSON form is one record per line (JSON Lines); the category comes from the file, not from the
record. The schema has one ``$defs`` entry per code list, block and category; the root is ``anyOf`` over the
categories, and a one-category file is validated against ``#/$defs/<category>``.

What the schema cannot say, the validator does: identifier check characters, dates in the future, the
division list, date order and every other record or cross-record rule (SPEC §5). The court case-number
pattern is left out on purpose: it only ever produces a warning (rule ``enforcement.case-number``).

``tools/generate.py`` calls ``render_json_schema(std)`` and writes
``Standards/gov-integrity/<version>/generated/gov-integrity-<version>.schema.json``.
"""
from __future__ import annotations

import dataclasses
import json
from typing import Any

DRAFT = "https://json-schema.org/draft/2020-12/schema"



# An amount string that is zero ("0", "0.0", "00.00"): excluded where the field is positive (SPEC §3 arrears).
ZERO_AMOUNT = r"^[0.]*$"
AMOUNT_LIMIT = 10 ** 16  # 16 integer digits (types.amount pattern; N..18,2)


def _header(std) -> str:
    return (f"Generated from Standards/{std.id}/{std.version}/ by tools/generate.py — do not edit. "
            f"JSON Schema of the canonical JSON form (one record per line) of {std.id} {std.version}.")


def _code_list(std, code_list) -> dict[str, Any]:
    codes = "; ".join(f"{c.number} {c.code} {c.zh} / {c.en}" for c in code_list.codes)
    description = code_list.en + "." + (f" {code_list.definition}" if code_list.definition else "")
    return {
        "$comment": f"codelists.yaml#{code_list.name}" + (f" ({code_list.clause})" if code_list.clause else ""),
        "title": code_list.zh,
        "description": f"{description} Codes: {codes}.",
        "type": "string",
        "enum": [c.code for c in code_list.codes],
    }


def _value(std, field) -> dict[str, Any]:
    """The schema of one field's value (without title and description)."""
    kind = field.type
    spec = std.types[kind]
    if kind == "block":
        return {"$ref": f"#/$defs/{field.block}"}
    if kind == "code":
        return {"$ref": f"#/$defs/{field.code_list}"}
    if kind == "referenceList":
        item = dict(_value(std, _as_reference(field)))
        return {"type": "array", "minItems": field.min_items or 1, "items": item}
    if kind == "amount":
        text: dict[str, Any] = {"type": "string", "pattern": spec["pattern"]}
        number: dict[str, Any] = {"type": "number", "minimum": 0, "exclusiveMaximum": AMOUNT_LIMIT}
        if field.positive:
            text["not"] = {"pattern": ZERO_AMOUNT}
            number = {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": AMOUNT_LIMIT}
        return {"anyOf": [text, number]}
    if kind == "date":
        return {"type": "string", "pattern": spec["pattern"], "format": "date"}
    value: dict[str, Any] = {"type": "string"}
    pattern = spec.get("pattern") if not std.pattern_is_warning_only(kind) else None
    if pattern:
        value["pattern"] = pattern
    else:
        value["minLength"] = 1
    limit = std.max_length(field)
    if limit:
        value["maxLength"] = limit
    return value


def _as_reference(field):
    """The item of a referenceList, as a single reference field."""
    return dataclasses.replace(field, type="reference", min_items=None, required=False, required_when=None)


def _property(std, field, prefix: str) -> dict[str, Any]:
    """One property; ``prefix`` names the YAML entry (``categories/complaint.yaml#`` or ``blocks.yaml#Contact.``)."""
    if field.type == "block":
        detail = f"block {field.block}"
    elif field.type == "code":
        detail = f"code list {field.code_list}"
    else:
        detail = f"{field.type} {std.notation(field)}"
        if field.to:
            detail += f" -> {field.to}"
    description = field.en + (f". {field.definition}" if field.definition else "")
    if field.positive:
        description += ". Greater than 0"
    if field.past:
        description += ". Not after today (checked by the validator)"
    if field.open_ended:
        description += ". Leave out when there is no end (2099-12-31 and 长期 mean no end)"
    if field.required_when:
        description += (f". Required when {field.required_when.field} is one of "
                        f"{', '.join(field.required_when.values)}")
    out: dict[str, Any] = {"$comment": f"{prefix}{field.name}: {detail}", "title": field.zh,
                           "description": description}
    out.update(_value(std, field))
    return out


def _object(std, fields, where: str, prefix: str, title: str, description: str, comment: str,
            envelope: bool) -> dict[str, Any]:
    properties = {f.name: _property(std, f, prefix) for f in fields}
    if envelope:
        properties["nationalKey"] = {
            "$comment": "envelope of exported packages (SPEC §7); not a field of the standard",
            "title": "全国唯一键", "description": "National key <province 2 digits>:<category>:<id> (SPEC §1)",
            "type": "string", "pattern": std.national_key_pattern}
        properties["operation"] = {
            "$comment": "envelope of exported packages (SPEC §7); not a field of the standard",
            "title": "操作类型", "description": "Operation of the submission (SPEC §7)",
            "type": "string", "enum": [code for code, _, _ in std.operations]}
    out: dict[str, Any] = {"$comment": comment, "title": title, "description": description, "type": "object",
                           "properties": properties}
    required = [f.name for f in fields if f.required]
    if required:
        out["required"] = required
    conditions: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for f in fields:
        if f.required_when:
            key = (f.required_when.field, tuple(f.required_when.values))
            conditions.setdefault(key, []).append(f.name)
    if conditions:
        out["allOf"] = [
            {"$comment": f"{where}: requiredWhen {{field: {field}, in: [{', '.join(values)}]}}",
             "if": {"properties": {field: {"enum": list(values)}}, "required": [field]},
             "then": {"required": names}}
            for (field, values), names in conditions.items()]
    out["additionalProperties"] = False
    return out


def render_json_schema(std) -> str:
    """The full text of ``gov-integrity-<version>.schema.json``."""
    defs: dict[str, Any] = {}

    def add(name: str, value: dict[str, Any]) -> None:
        if name in defs:  # code lists, blocks and categories share one namespace here
            raise ValueError(f"JSON Schema: two definitions named {name}")
        defs[name] = value

    for code_list in std.code_lists.values():
        add(code_list.name, _code_list(std, code_list))
    for block in std.blocks.values():
        entry = f"blocks.yaml#{block.name}"
        description = block.en + (" (personal data, SPEC §1)." if block.personal else ".")
        description += f" {block.definition}" if block.definition else ""
        comment = entry + (f" ({block.clause})" if block.clause else "")
        add(block.name, _object(std, block.fields, entry, f"{entry}.", block.zh, description, comment,
                                envelope=False))
    for category in std.categories:
        description = f"{category.en}." + (f" {category.definition}" if category.definition else "")
        comment = category.source + (f" ({category.clause})" if category.clause else "")
        add(category.name, _object(std, category.fields, category.source, f"{category.source}#", category.zh,
                                   description, comment, envelope=True))
    document = {
        "$comment": _header(std),
        "$schema": DRAFT,
        "$id": std.xml_namespace,
        "title": f"{std.title_zh} {std.version}",
        "description": (f"{std.title_en}, version {std.version} ({std.id}). Basis: {std.basis}. "
                        "Validate a one-category JSON Lines file line by line against #/$defs/<category>."),
        "anyOf": [{"$ref": f"#/$defs/{c.name}"} for c in std.categories],
        "$defs": defs,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
