"""Loads and checks the machine-readable standard (Standards/gov-integrity/<version>/*.yaml).

Everything the generators need comes from here, already cross-checked: a field that names an unknown code
list, block or category, an unknown key, or a duplicate name stops generation with the file and the entry.
"""
from __future__ import annotations

import pathlib
from dataclasses import dataclass, field as dc_field
from typing import Optional

import yaml

FORMAT = "govcredit-standard/1"
FIELD_TYPES = {"recordId", "text", "documentNumber", "caseNumber", "date", "amount", "code", "uscc", "idNumber",
               "divisionCode", "phone", "reference", "referenceList", "block"}
FIELD_KEYS = {"name", "zh", "en", "type", "maxLength", "codeList", "to", "block", "required", "requiredWhen",
              "past", "openEnded", "positive", "role", "minItems", "definition"}
# Types whose length limit is implied by the type (the notation column of the field reference).
# Extra attributes a code-list entry may carry (Measure: which toolbox, and whether it targets cities).
CODE_EXTRA_KEYS = {"scope", "cityScoped"}
IMPLIED_MAX_LENGTH = {"recordId": 64, "reference": 64, "uscc": 18, "idNumber": 18, "divisionCode": 6, "phone": 24}


class StandardError(Exception):
    pass


@dataclass
class Code:
    code: str
    number: str
    zh: str
    en: str
    definition: str
    extra: dict


@dataclass
class CodeList:
    name: str
    zh: str
    en: str
    clause: str
    definition: str
    codes: list[Code]


@dataclass
class Condition:
    field: str
    values: list[str]


@dataclass
class Field:
    name: str
    zh: str
    en: str
    type: str
    max_length: Optional[int] = None
    code_list: Optional[str] = None
    to: Optional[str] = None
    block: Optional[str] = None
    required: bool = False
    required_when: Optional[Condition] = None
    past: bool = False
    open_ended: bool = False
    positive: bool = False
    role: Optional[str] = None
    min_items: Optional[int] = None
    definition: str = ""


@dataclass
class Block:
    name: str
    zh: str
    en: str
    clause: str
    definition: str
    personal: bool
    fields: list[Field]


@dataclass
class Category:
    name: str
    zh: str
    en: str
    clause: str
    definition: str
    record_date: str
    fields: list[Field]
    source: str


@dataclass
class Rule:
    id: str
    severity: str
    scope: str
    clause: str
    zh: str
    en: str
    applies_to: list[str]


@dataclass
class Threshold:
    key: str
    default: int
    unit: str
    rule: str
    clause: str
    zh: str
    en: str


@dataclass
class FlatField:
    """One slot of a category's flat field table: a top-level field or a field inside a block."""
    path: str
    field: Field
    parent: Optional[str]  # the block's path, for fields inside a block
    personal: bool
    block_required: bool  # for block members: whether the enclosing block is required


@dataclass
class Standard:
    root: pathlib.Path
    id: str
    version: str
    title_zh: str
    title_en: str
    basis: str
    xml_namespace: str
    types: dict
    code_lists: dict[str, CodeList]
    blocks: dict[str, Block]
    categories: list[Category]
    rules: list[Rule]
    thresholds: list[Threshold]
    publication: dict
    envelope: dict

    def pattern_is_warning_only(self, type_name: str) -> bool:
        """A type whose pattern the validator only warns about: schemas must not turn it into an error."""
        return self.types.get(type_name, {}).get("patternSeverity") == "warning"

    @property
    def national_key_pattern(self) -> str:
        return self.envelope["nationalKey"]["pattern"]

    @property
    def operations(self) -> list[tuple[str, str, str]]:
        return [(c["code"], c["zh"], c["en"]) for c in self.envelope["operation"]["codes"]]

    def category(self, name: str) -> Category:
        return next(c for c in self.categories if c.name == name)

    def flat_fields(self, category: Category) -> list[FlatField]:
        """The category's fields in table order: each block is a slot of its own, followed by its members."""
        out: list[FlatField] = []
        for f in category.fields:
            if f.type == "block":
                block = self.blocks[f.block]
                out.append(FlatField(f.name, f, None, block.personal, False))
                for member in block.fields:
                    out.append(FlatField(f"{f.name}.{member.name}", member, f.name, block.personal, f.required))
            else:
                out.append(FlatField(f.name, f, None, False, False))
        return out

    def max_length(self, f: Field) -> Optional[int]:
        return f.max_length if f.max_length is not None else IMPLIED_MAX_LENGTH.get(f.type)

    def notation(self, f: Field) -> str:
        if f.type == "code":
            return "C..40"
        text = self.types[f.type]["notation"]
        return text.replace("{maxLength}", str(self.max_length(f) or ""))


def _read(path: pathlib.Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise StandardError(f"{path}: {error}") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StandardError(f"{path}: expected a mapping with format: {FORMAT}")
    return data


def _text(entry: dict, key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise StandardError(f"{where}: '{key}' must be a non-empty string")
    return value


def _field(entry: dict, where: str) -> Field:
    unknown = set(entry) - FIELD_KEYS
    if unknown:
        raise StandardError(f"{where}: unknown keys {sorted(unknown)}")
    name = _text(entry, "name", where)
    where = f"{where} field {name}"
    kind = _text(entry, "type", where)
    if kind not in FIELD_TYPES:
        raise StandardError(f"{where}: unknown type {kind}")
    condition = None
    if "requiredWhen" in entry:
        when = entry["requiredWhen"]
        condition = Condition(_text(when, "field", where), [str(v) for v in when.get("in", [])])
    return Field(
        name=name, zh=_text(entry, "zh", where), en=_text(entry, "en", where), type=kind,
        max_length=entry.get("maxLength"), code_list=entry.get("codeList"), to=entry.get("to"),
        block=entry.get("block"), required=bool(entry.get("required", False)), required_when=condition,
        past=bool(entry.get("past", False)), open_ended=bool(entry.get("openEnded", False)),
        positive=bool(entry.get("positive", False)), role=entry.get("role"), min_items=entry.get("minItems"),
        definition=entry.get("definition", ""))


def load(root: pathlib.Path) -> Standard:
    main = _read(root / "standard.yaml")
    lists = _read(root / "codelists.yaml")["codeLists"]
    code_lists: dict[str, CodeList] = {}
    for name, entry in lists.items():
        where = f"codelists.yaml {name}"
        codes = []
        for c in entry["codes"]:
            extra = {k: v for k, v in c.items() if k not in {"code", "number", "zh", "en", "definition"}}
            if set(extra) - CODE_EXTRA_KEYS:
                raise StandardError(f"{where} {c.get('code')}: unknown keys {sorted(set(extra) - CODE_EXTRA_KEYS)}")
            codes.append(Code(_text(c, "code", where), str(c["number"]), _text(c, "zh", where),
                              _text(c, "en", where), c.get("definition", ""), extra))
        for key in ("code", "number"):
            seen = [getattr(c, key) for c in codes]
            if len(seen) != len(set(seen)):
                raise StandardError(f"{where}: duplicate {key}")
        code_lists[name] = CodeList(name, _text(entry, "zh", where), _text(entry, "en", where),
                                    entry.get("clause", ""), entry.get("definition", ""), codes)
    blocks: dict[str, Block] = {}
    for name, entry in _read(root / "blocks.yaml")["blocks"].items():
        where = f"blocks.yaml {name}"
        blocks[name] = Block(name, _text(entry, "zh", where), _text(entry, "en", where), entry.get("clause", ""),
                             entry.get("definition", ""), bool(entry.get("personal", False)),
                             [_field(f, where) for f in entry["fields"]])
    categories = []
    for name in main["categories"]:
        path = root / "categories" / f"{name}.yaml"
        data = _read(path)
        where = f"categories/{name}.yaml"
        if data.get("category") != name:
            raise StandardError(f"{where}: category must be {name}")
        categories.append(Category(name, _text(data, "zh", where), _text(data, "en", where), data.get("clause", ""),
                                   data.get("definition", ""), _text(data, "recordDate", where),
                                   [_field(f, where) for f in data["fields"]], f"categories/{name}.yaml"))
    rules = []
    for entry in _read(root / "rules.yaml")["rules"]:
        where = f"rules.yaml {entry.get('id')}"
        if entry.get("severity") not in ("error", "warning"):
            raise StandardError(f"{where}: severity must be error or warning")
        rules.append(Rule(_text(entry, "id", where), entry["severity"], _text(entry, "scope", where),
                          entry.get("clause", ""), _text(entry, "zh", where), _text(entry, "en", where),
                          list(entry.get("appliesTo", []))))
    if len({r.id for r in rules}) != len(rules):
        raise StandardError("rules.yaml: duplicate rule id")
    policy = _read(root / "policy.yaml")
    thresholds = [Threshold(t["key"], int(t["default"]), t["unit"], t["rule"], t.get("clause", ""), t["zh"], t["en"])
                  for t in policy["thresholds"]]
    standard = Standard(root, main["standard"], str(main["version"]), main["title"]["zh"], main["title"]["en"],
                        main.get("basis", ""), main["xmlNamespace"], main["types"], code_lists, blocks, categories,
                        rules, thresholds, policy.get("publication", {}), main["envelope"])
    _check_references(standard)
    return standard


def _check_references(standard: Standard) -> None:
    names = {c.name for c in standard.categories}
    rule_ids = {r.id for r in standard.rules}
    for name, spec in standard.types.items():
        if "patternRule" in spec and spec["patternRule"] not in rule_ids:
            raise StandardError(f"standard.yaml type {name}: unknown patternRule {spec['patternRule']}")
    for t in standard.thresholds:
        if t.rule not in rule_ids:
            raise StandardError(f"policy.yaml {t.key}: unknown rule {t.rule}")
    owners = [(f"blocks.yaml {b.name}", b.fields) for b in standard.blocks.values()]
    owners += [(c.source, c.fields) for c in standard.categories]
    for where, fields in owners:
        seen = set()
        for f in fields:
            if f.name in seen:
                raise StandardError(f"{where}: duplicate field {f.name}")
            seen.add(f.name)
            if f.type == "code" and f.code_list not in standard.code_lists:
                raise StandardError(f"{where} field {f.name}: unknown code list {f.code_list}")
            if f.type == "block" and f.block not in standard.blocks:
                raise StandardError(f"{where} field {f.name}: unknown block {f.block}")
            if f.type in ("reference", "referenceList") and f.to not in names:
                raise StandardError(f"{where} field {f.name}: unknown category {f.to}")
            if f.type in ("text", "documentNumber", "caseNumber") and not f.max_length:
                raise StandardError(f"{where} field {f.name}: text needs maxLength")
            if f.required_when:
                target = next((g for g in fields if g.name == f.required_when.field), None)
                if target is None or target.type != "code":
                    raise StandardError(f"{where} field {f.name}: requiredWhen needs a code field of the same record")
                known = {c.code for c in standard.code_lists[target.code_list].codes}
                if not set(f.required_when.values) <= known:
                    raise StandardError(f"{where} field {f.name}: requiredWhen values outside {target.code_list}")
    for c in standard.categories:
        if not any(f.name == c.record_date and f.type == "date" for f in c.fields):
            raise StandardError(f"{c.source}: recordDate must name a date field")
        if not c.fields or c.fields[0].name != "id":
            raise StandardError(f"{c.source}: the first field must be id")
