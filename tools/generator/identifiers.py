"""Render the identifier tables of the gov-integrity standard as Swift.

Two generated files, each from one file under ``Standards/gov-integrity/1.0``:

* ``Sources/GovCredit/Standard/Generated/DivisionTable.swift`` from ``divisions/gb2260.tsv``: ONE multi-line
  raw string literal holding the TSV rows, which ``DivisionCodeRegistry`` parses lazily at first use. A
  ~7,000-element array literal would take the Swift type-checker minutes; a string literal costs nothing.
* ``Sources/GovCredit/Standard/Generated/USCCAuthorityTable.swift`` from ``identifiers.yaml``: the GB 32100
  registration-authority / organisation-type table.

``tools/generate.py`` calls ``render_division_table`` and ``render_uscc_authority_table``, writes the files and,
with ``--check``, verifies that the committed ones are current.
"""

from __future__ import annotations

import pathlib
import re

import yaml

REPOSITORY_ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
DEFAULT_STANDARD_DIR = REPOSITORY_ROOT / "Standards" / "gov-integrity" / "1.0"
GENERATED_DIR = REPOSITORY_ROOT / "Sources" / "GovCredit" / "Standard" / "Generated"
DIVISION_SOURCE = "divisions/gb2260.tsv"
IDENTIFIER_SOURCE = "identifiers.yaml"
TSV_HEADER = ["code", "name", "from", "to"]

_CODE = re.compile(r"^\d{6}$")
_YEAR = re.compile(r"^(\d{4})?$")
_ONE_CHARACTER = re.compile(r"^[0-9A-Z]$")


class StandardError(ValueError):
    """The standard's data is not what the generator can render; names the file and the entry."""


def _relative_source(standard_dir: pathlib.Path, source: str) -> str:
    """``Standards/gov-integrity/1.0/<source>``, whatever the checkout's absolute path."""
    parts = standard_dir.resolve().parts[-3:]
    return "/".join([*parts, source])


def _header(standard_dir: pathlib.Path, source: str) -> str:
    return f"// Generated from {_relative_source(standard_dir, source)} by tools/generate.py — do not edit.\n"


def _swift_string(text: str) -> str:
    """A Swift string literal for ``text`` (the tables hold plain names, but never trust data)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    escaped = escaped.replace("\t", "\\t")
    return f'"{escaped}"'


def _division_rows(path: pathlib.Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != TSV_HEADER:
        raise StandardError(f"{path}: header must be {chr(9).join(TSV_HEADER)!r}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 4:
            raise StandardError(f"{path}:{number}: expected 4 tab-separated fields, found {len(fields)}")
        code, name, start, end = fields
        if not _CODE.match(code):
            raise StandardError(f"{path}:{number}: code {code!r} is not 6 digits")
        # The name goes into a raw string literal `#"""…"""#`: keep out anything that could end it, escape
        # it (`\#`) or split a row.
        if not name or any(bad in name for bad in ('"', "\\", "#", "\r")):
            raise StandardError(f"{path}:{number}: name {name!r} is empty or holds a quote, backslash or #")
        if not _YEAR.match(start) or not _YEAR.match(end):
            raise StandardError(f"{path}:{number}: years must be 4 digits or empty, found {start!r}, {end!r}")
        rows.append(fields)
    return rows


def render_division_table(standard_dir: pathlib.Path) -> str:
    """The full Swift source of ``DivisionTable.swift``."""
    rows = _division_rows(standard_dir / DIVISION_SOURCE)
    # Trailing empty fields are dropped so that the generated file has no trailing whitespace; the Swift
    # parser reads a missing field as empty.
    body = "\n".join("\t".join(fields).rstrip("\t") for fields in rows)
    return (
        _header(standard_dir, DIVISION_SOURCE)
        + "\n"
        + "/// GB/T 2260 division codes with the years each name was in force (SPEC §1, division code): one row per\n"
        + "/// name period, `code<TAB>name<TAB>from<TAB>to`, trailing empty fields omitted, years inclusive, empty =\n"
        + f"/// open. {len(rows)} rows; source and date in `{_relative_source(standard_dir, 'divisions/README.md')}`.\n"
        + "/// Parsed once, at first use, by `DivisionCodeRegistry.standard`.\n"
        + 'let divisionTableText = #"""\n'
        + body
        + '\n"""#\n'
    )


def _character(value: object, where: str) -> str:
    text = str(value)
    if not _ONE_CHARACTER.match(text):
        raise StandardError(f"{where}: code {text!r} is not one character of 0-9A-Z")
    return text


def render_uscc_authority_table(standard_dir: pathlib.Path) -> str:
    """The full Swift source of ``USCCAuthorityTable.swift``."""
    path = standard_dir / IDENTIFIER_SOURCE
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict) or document.get("standard") != "gov-integrity":
        raise StandardError(f"{path}: `standard: gov-integrity` must come first")
    version = document.get("version")
    if not isinstance(version, str):
        raise StandardError(f"{path}: `version` must be a quoted string such as \"1.0\"")
    authorities = document.get("registrationAuthorities")
    if not isinstance(authorities, list) or not authorities:
        raise StandardError(f"{path}: `registrationAuthorities` must be a non-empty list")
    seen: set[str] = set()
    entries = []
    for index, authority in enumerate(authorities):
        where = f"{path}: registrationAuthorities[{index}]"
        code = _character(authority.get("code"), where)
        if code in seen:
            raise StandardError(f"{where}: authority {code} listed twice")
        seen.add(code)
        types = authority.get("organizationTypes") or []
        type_codes = [_character(item.get("code"), f"{where}.organizationTypes") for item in types]
        if len(set(type_codes)) != len(type_codes) or not type_codes:
            raise StandardError(f"{where}: organisation types missing or listed twice")
        lines = [
            f"        // {IDENTIFIER_SOURCE}: registrationAuthorities[code={code}] {authority['zh']}",
            "        USCCRegistrationAuthority(",
            f"            code: {_swift_string(code)}, nameZH: {_swift_string(authority['zh'])},",
            f"            nameEN: {_swift_string(authority['en'])},",
            "            organizationTypes: [",
        ]
        for item, type_code in zip(types, type_codes):
            lines.append(
                f"                USCCOrganizationType(code: {_swift_string(type_code)}, "
                f"nameZH: {_swift_string(item['zh'])}, nameEN: {_swift_string(item['en'])}),"
            )
        lines += ["            ]", "        ),"]
        entries.append("\n".join(lines))
    return (
        _header(standard_dir, IDENTIFIER_SOURCE)
        + "\n"
        + "extension USCCRegistrationAuthority {\n"
        + f"    /// The standard whose table this is: `{document['standard']}` version `{version}`.\n"
        + f"    static let tableStandard = (id: {_swift_string(document['standard'])}, version: {_swift_string(version)})\n"
        + "\n"
        + "    /// GB 32100-2015 registration authorities (登记管理部门, USCC character 1) with the organisation types\n"
        + "    /// (机构类别, character 2) each assigns.\n"
        + "    static let table: [USCCRegistrationAuthority] = [\n"
        + "\n".join(entries)
        + "\n    ]\n}\n"
    )
