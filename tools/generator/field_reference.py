"""Render the field reference (Markdown) of the gov-integrity standard.

Written for reviewers in provincial credit centres: Chinese first, English beside; field types in the notation
of Chinese data-element standards (GB/T 39445-2020 style: ``C..200``, ``N..18,2``, ``D8``). Every section names
the YAML entry it was generated from.

``tools/generate.py`` calls ``render_field_reference(std)`` and writes
``Standards/gov-integrity/<version>/generated/field-reference.md``.
"""
from __future__ import annotations

SEVERITY = {"error": "错误 error", "warning": "警告 warning"}
SCOPE = {"input": "读取 input", "field": "字段 field", "identifier": "标识 identifier", "record": "记录 record",
         "cross-record": "跨记录 cross-record"}
PERSONAL = "● 个人 personal"


def _cell(text) -> str:
    """A Markdown table cell: no pipes, no line breaks, no raw HTML."""
    text = "" if text is None else str(text)
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", " "))


def _row(cells) -> str:
    return "| " + " | ".join(_cell(c) if not isinstance(c, _Raw) else c for c in cells) + " |"


class _Raw(str):
    """Cell text that is already Markdown (links, code spans built here from safe names)."""


def _table(header: list[str], rows: list[list]) -> list[str]:
    return [_row(header), "| " + " | ".join("---" for _ in header) + " |", *(_row(r) for r in rows)]


def _code(text: str) -> _Raw:
    """A code span; a pipe is escaped even there (GFM tables split cells before inline parsing)."""
    text = text.replace("|", "\\|")
    return _Raw(f"`{text}`" if "`" not in text else f"`` {text} ``")


def _anchor(kind: str, name: str) -> str:
    return f"{kind}-{name.lower()}"


def _link(kind: str, name: str) -> _Raw:
    return _Raw(f"[{name}](#{_anchor(kind, name)})")


# --- Sections -------------------------------------------------------------------------------------------------

def _intro(std) -> list[str]:
    version = std.version
    generated = f"gov-integrity-{version}"
    return [
        "## 1. 概述 Introduction",
        "",
        "来源 Source: `standard.yaml`",
        "",
        *_table(["项目 Item", "内容 Value"], [
            ["标准标识 Standard id", _code(std.id)],
            ["版本 Version", _code(version)],
            ["名称 Title", f"{std.title_zh} / {std.title_en}"],
            ["依据 Basis", std.basis],
            ["XML 命名空间 XML namespace", _code(std.xml_namespace)],
            ["机读标准 Machine-readable standard", _code(f"Standards/{std.id}/{version}/")],
            ["XML 模式 XML Schema", _Raw(f"[{generated}.xsd]({generated}.xsd)")],
            ["JSON 模式 JSON Schema", _Raw(f"[{generated}.schema.json]({generated}.schema.json)")],
        ]),
        "",
        "规范形式 Canonical forms:",
        "",
        "- JSON Lines：每行一条记录，类别由文件决定；数据块为嵌套对象，引用列表为标识数组；金额可为字符串或不小于 0 的数值。"
        " One record per line, the category comes from the file; blocks are nested objects, reference lists are"
        f" arrays of ids; an amount is a string or a number ≥ 0. Validate against `#/$defs/<category>` of the JSON"
        " Schema.",
        f"- XML：根元素 `<records standard=\"{std.id}\" version=\"{version}\">`，命名空间 `{std.xml_namespace}`，"
        "类别元素任意数量、任意顺序，字段子元素任意顺序；引用列表如 `dishonestyIds` 含一个或多个 `dishonestyId`。"
        " Category elements in any number and order, field elements in any order; a reference list such as"
        " `dishonestyIds` holds one or more `dishonestyId`.",
        "- 导出包中每条记录可带 `nationalKey`（省级代码2位:类别:标识）和 `operation`（ADD、UPDATE、RESTORE、REVOKE），"
        "它们不是标准字段。 Records in exported packages may carry `nationalKey` and `operation` (SPEC §7);"
        " they are an envelope, not fields of the standard.",
        "- 扁平形式（CSV 等）使用点分路径，如 `entity.uscc`。 Flat forms (CSV, …) use dotted paths such as"
        " `entity.uscc`.",
        "",
    ]


def _conventions(std) -> list[str]:
    rows = []
    for kind, spec in std.types.items():
        notation = spec["notation"].replace("{maxLength}", "n")
        pattern = spec.get("pattern")
        rows.append([_code(kind), _code(notation), spec.get("zh", ""), spec.get("en", ""),
                     _code(pattern) if pattern else ""])
    return [
        "## 2. 约定 Conventions",
        "",
        "来源 Source: `standard.yaml#types`",
        "",
        *_table(["类型 Type", "表示法 Notation", "中文说明", "English", "格式 Pattern"], rows),
        "",
        "- 编码 Encoding：输出为 UTF-8；输入依次识别 BOM、严格 UTF-8、GB18030（SPEC §1）。 Output is UTF-8; input is"
        " read as BOM, then strict UTF-8, then GB18030 (SPEC §1).",
        "- 约束 Use：`R` 必填 required；`O` 可选 optional；`C [条件]` 条件必填 required when the condition holds；"
        "`R (within block)` 所在数据块出现时必填 required when its block is present.",
        f"- 个人信息 Personal data：标 {PERSONAL} 的字段报送全国平台，但不进入公开数据 — submitted to the national"
        " platform, never published (SPEC §1).",
        "- 条款 Clause：发改财金〔2023〕1103号 的条款（§II(1) … §IV(9)）；数据块成员取数据块的条款。 Clauses of the"
        " notice; members of a block take the block's clause.",
        "- 格式列为 JSON Schema 使用的正则表达式；案号格式只产生警告，未写入模式。 The pattern column is the regular"
        " expression of the JSON Schema; the case-number pattern only warns and is not part of the schemas.",
        "",
    ]


def _use(field, flat) -> str:
    if flat.parent is not None:
        if not field.required:
            return "O"
        return "R" if flat.block_required else "R (within block)"
    if field.required:
        return "R"
    if field.required_when:
        return f"C [{field.required_when.field} ∈ {', '.join(field.required_when.values)}]"
    return "O"


def _notes(std, field, flat) -> list:
    notes: list = []
    if field.type == "block":
        notes.append(f"数据块 block {field.block}")
    if field.type in ("reference", "referenceList"):
        notes.append(_Raw(f"→ [{field.to}](#{_anchor('category', field.to)})"))
    if field.type == "referenceList":
        notes.append(f"≥ {field.min_items or 1} 项 items")
    if field.positive:
        notes.append("> 0")
    if field.past:
        notes.append("不晚于今天 not after today")
    if field.open_ended:
        notes.append("无截止日期时不填（2099-12-31、长期 视为无）empty = no end")
    if field.role == "government":
        notes.append("政府主体 government body: 11/12…")
    elif field.role == "enterprise":
        notes.append("企业 enterprise: 91/92/93…")
    if field.definition:
        notes.append(field.definition)
    return notes


def _join(parts: list) -> _Raw:
    return _Raw("; ".join(p if isinstance(p, _Raw) else _cell(p) for p in parts))


def _category(std, number: int, category) -> list[str]:
    rows = []
    for flat in std.flat_fields(category):
        field = flat.field
        if flat.parent is not None:
            clause = std.blocks[_category_field(category, flat.parent).block].clause
        else:
            clause = category.clause
        code_list = _link("code", field.code_list) if field.type == "code" else ""
        rows.append([_code(flat.path), field.zh, field.en, _code(std.notation(field)), _use(field, flat), code_list,
                     clause, PERSONAL if flat.personal else "", _join(_notes(std, field, flat))])
    return [
        f'<a id="{_anchor("category", category.name)}"></a>',
        "",
        f"### 3.{number} {category.zh} · {category.en} (`{category.name}`)",
        "",
        f"- 条款 Clause: {category.clause}",
        f"- 定义 Definition: {category.definition}",
        f"- 记录日期 Record date: `{category.record_date}`",
        f"- 来源 Source: `{category.source}`",
        "",
        *_table(["路径 Path", "中文名称", "English name", "类型 Type", "约束 Use", "代码表 Code list", "条款 Clause",
                 "个人 Personal", "说明 Notes"], rows),
        "",
    ]


def _category_field(category, name: str):
    return next(f for f in category.fields if f.name == name)


def _code_lists(std) -> list[str]:
    lines = ["## 4. 代码表 Code lists", "", "来源 Source: `codelists.yaml`", ""]
    for number, code_list in enumerate(std.code_lists.values(), start=1):
        extra_keys: list[str] = []
        for code in code_list.codes:
            extra_keys += [k for k in code.extra if k not in extra_keys]
        rows = [[_code(c.code), c.number, c.zh, c.en, c.definition, *(c.extra.get(k, "") for k in extra_keys)]
                for c in code_list.codes]
        lines += [
            f'<a id="{_anchor("code", code_list.name)}"></a>',
            "",
            f"### 4.{number} {code_list.zh} · {code_list.en} (`{code_list.name}`)",
            "",
            f"- 条款 Clause: {code_list.clause}" if code_list.clause else "- 条款 Clause: —",
            f"- 定义 Definition: {code_list.definition}",
            f"- 来源 Source: `codelists.yaml#{code_list.name}`",
            "",
            *_table(["代码 Code", "编号 No.", "中文", "English", "定义 Definition", *(f"`{k}`" for k in extra_keys)],
                    rows),
            "",
        ]
    return lines


def _rules(std) -> list[str]:
    rows = [[_code(r.id), SEVERITY.get(r.severity, r.severity), SCOPE.get(r.scope, r.scope), r.clause, r.zh, r.en]
            for r in std.rules]
    return [
        "## 5. 规则目录 Rule catalogue",
        "",
        "来源 Source: `rules.yaml`. 错误 error：记录被拒收 the record is rejected；警告 warning：接收并报告 accepted"
        " and reported. 消息中的 `{…}` 由规则填入 — `{…}` in messages is filled in by the rule.",
        "",
        *_table(["规则 Rule", "级别 Severity", "范围 Scope", "条款 Clause", "中文", "English"], rows),
        "",
    ]


def _policy(std) -> list[str]:
    rows = [[_code(t.key), str(t.default), t.unit, _code(t.rule), t.clause, t.zh, t.en] for t in std.thresholds]
    # The publication keys are the codes of the severity code list (whatever it is called): take its labels.
    keys = set(std.publication)
    severity = next((cl for cl in std.code_lists.values() if keys and keys <= {c.code for c in cl.codes}), None)
    labels = {c.code: c.zh for c in severity.codes} if severity else {}
    windows = []
    for code, window in std.publication.items():
        published = window.get("published", True)
        windows.append([_code(code), labels.get(code, ""), "是 yes" if published else "否 no",
                        window.get("minMonths", "—"), window.get("maxMonths", "—")])
    return [
        "## 6. 政策阈值与公示期限 Policy thresholds and publication windows",
        "",
        "来源 Source: `policy.yaml`. 阈值可配置，超出时产生警告。 Thresholds are configurable; exceeding one is a"
        " warning.",
        "",
        *_table(["参数 Key", "默认值 Default", "单位 Unit", "规则 Rule", "条款 Clause", "中文", "English"], rows),
        "",
        "公示期限（自认定日期 `identifiedDate` 起算，单位：月；超过最长期限不再公示）。 Publication windows on 信用中国,"
        " counted from `identifiedDate`, in months; a record past its maximum window is not published (SPEC §8).",
        "",
        *_table(["失信程度 Severity", "中文", "公示 Published", "最短 Min", "最长 Max"], windows),
        "",
    ]


def _divisions(std) -> list[str]:
    lines = ["## 7. 行政区划代码 Division codes", ""]
    if (std.root / "divisions" / "README.md").exists():
        lines.append("GB/T 2260 代码表及其来源、日期见 [divisions/README.md](../divisions/README.md)。"
                     " The GB/T 2260 list, its source and date: [divisions/README.md](../divisions/README.md).")
    else:
        lines.append("本版本尚未附带行政区划代码表。 This version does not ship a division list yet.")
    lines.append("")
    return lines


def render_field_reference(std) -> str:
    """The full text of ``field-reference.md``."""
    lines = [
        f"<!-- Generated from Standards/{std.id}/{std.version}/ by tools/generate.py — do not edit. -->",
        "",
        f"# {std.title_zh} 字段参考 · {std.title_en} — field reference",
        "",
        f"> 由 `tools/generate.py` 根据 `Standards/{std.id}/{std.version}/` 生成，请勿手工修改。"
        f" Generated from Standards/{std.id}/{std.version}/ by tools/generate.py — do not edit.",
        "",
    ]
    lines += _intro(std)
    lines += _conventions(std)
    lines += ["## 3. 记录类别 Record categories", "", "来源 Source: `categories/*.yaml`, `blocks.yaml`", ""]
    for number, category in enumerate(std.categories, start=1):
        lines += _category(std, number, category)
    lines += _code_lists(std)
    lines += _rules(std)
    lines += _policy(std)
    lines += _divisions(std)
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"
