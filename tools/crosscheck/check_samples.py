#!/usr/bin/env python3
"""Check the canonical samples (samples/canonical/), so that a typo in a hand-written identifier is caught.

The fixtures must be valid under every rule of gov-integrity 1.0, and their identifiers are the part a person
gets wrong. This script re-implements the checks on its own (it does not import the project's code, so a bug
there cannot hide a bad fixture):

* every ``uscc``: GB 32100 charset and check character (char 18), the embedded GB 11714 organisation-code
  check character (char 17), the authority/type pair a government body (11, 12) or an enterprise (91, 92,
  93) should have, and chars 3–8 in the division list;
* every ``idNumber``: GB 11643 check character and a birth date that exists;
* every division code (``divisionCode``, ``targetDivisionCode``, ``jurisdictionDivisionCode``) in the list,
  and an entity's ``level`` consistent with its ``divisionCode``;
* ``records.xml`` holds exactly the records of the ``*.jsonl`` files, in file order (categories in the order of
  standard.yaml).

    python3 tools/crosscheck/check_samples.py     # exit 0 = all good, 1 = findings
"""
from __future__ import annotations

import datetime
import decimal
import json
import pathlib
import sys
import xml.etree.ElementTree as ElementTree

ROOT = pathlib.Path(__file__).resolve().parents[2]
HERE = ROOT / "samples" / "canonical"
STANDARD = ROOT / "Standards" / "gov-integrity" / "1.0"
NAMESPACE = "{urn:govcredit:gov-integrity:1.0}"
CATEGORIES = ["complaint", "contract", "performance", "verification", "dishonesty", "arrears", "enforcement",
              "sanction", "restoration", "clue", "typicalCase"]

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
# Roles of the blocks that hold a uscc (blocks.yaml): which authority/type pairs each expects (SPEC §1).
GOVERNMENT_BLOCK_KEYS = {"respondent", "entity", "debtor", "governmentParty", "department", "transferredTo",
                         "authority"}
GOVERNMENT_PAIRS = {"11", "12"}
ENTERPRISE_PAIRS = {"91", "92", "93"}
DIVISION_KEYS = {"divisionCode", "targetDivisionCode", "jurisdictionDivisionCode"}
LEVEL_SUFFIX = {"PROVINCIAL": "0000", "PREFECTURAL": "00"}


def uscc_problems(value: str) -> list[str]:
    if len(value) != 18 or any(c not in USCC_ALPHABET for c in value):
        return [f"USCC {value!r}: not 18 characters of {USCC_ALPHABET}"]
    problems = []
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(value[:17], USCC_WEIGHTS))
    expected = USCC_ALPHABET[(31 - total % 31) % 31]
    if value[17] != expected:
        problems.append(f"USCC {value}: check character should be {expected}, is {value[17]}")
    organisation = value[8:16]
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(organisation, ORG_WEIGHTS))
    remainder = 11 - total % 11
    expected = "X" if remainder == 10 else "0" if remainder == 11 else str(remainder)
    if value[16] != expected:
        problems.append(f"USCC {value}: organisation-code check character (17) should be {expected}, is {value[16]}")
    return problems


def id_number_problems(value: str) -> list[str]:
    if len(value) != 18 or not value[:17].isdigit() or value[17] not in "0123456789X":
        return [f"ID number {value!r}: not 17 digits and a digit or X"]
    problems = []
    expected = "10X98765432"[sum(int(c) * w for c, w in zip(value[:17], ID_WEIGHTS)) % 11]
    if value[17] != expected:
        problems.append(f"ID number {value}: check character should be {expected}, is {value[17]}")
    try:
        datetime.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        problems.append(f"ID number {value}: birth date {value[6:14]} does not exist")
    return problems


def load_divisions() -> set[str]:
    path = STANDARD / "divisions" / "gb2260.tsv"
    if not path.exists():
        return set()
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return {row.split("\t")[0] for row in rows if row}


def walk(value, path: str, parent_key: str | None, divisions: set[str], problems: list[str]) -> None:
    if isinstance(value, list):
        for item in value:
            walk(item, path, parent_key, divisions, problems)
        return
    if not isinstance(value, dict):
        return
    for key, item in value.items():
        where = f"{path}.{key}" if path else key
        if key == "uscc":
            found = uscc_problems(item)
            pair = item[:2]
            if parent_key in GOVERNMENT_BLOCK_KEYS and pair not in GOVERNMENT_PAIRS:
                found.append(f"USCC {item}: a government body should start with 11 or 12")
            if parent_key not in GOVERNMENT_BLOCK_KEYS and pair not in ENTERPRISE_PAIRS:
                found.append(f"USCC {item}: an enterprise should start with 91, 92 or 93")
            if divisions and item[2:8] not in divisions:
                found.append(f"USCC {item}: characters 3-8 ({item[2:8]}) are not in gb2260.tsv")
            problems += [f"{where}: {p}" for p in found]
        elif key == "idNumber":
            problems += [f"{where}: {p}" for p in id_number_problems(item)]
        elif key in DIVISION_KEYS and divisions and item not in divisions:
            problems.append(f"{where}: division code {item} is not in gb2260.tsv")
        elif isinstance(item, (dict, list)):
            walk(item, where, key, divisions, problems)
    level, division = value.get("level"), value.get("divisionCode")
    if level in LEVEL_SUFFIX and division and not division.endswith(LEVEL_SUFFIX[level]):
        problems.append(f"{path}: level {level} does not match division code {division}")
    if level == "PREFECTURAL" and division and division.endswith("0000"):
        problems.append(f"{path}: level PREFECTURAL does not match province code {division}")
    if level == "COUNTY" and division and division.endswith("00"):
        problems.append(f"{path}: level COUNTY does not match division code {division}")


def xml_to_value(element):
    children = list(element)
    if not children:
        return element.text or ""
    names = [child.tag.removeprefix(NAMESPACE) for child in children]
    own = element.tag.removeprefix(NAMESPACE)
    if own.endswith("s") and all(name == own[:-1] for name in names):  # a reference list
        return [child.text or "" for child in children]
    return {name: xml_to_value(child) for name, child in zip(names, children)}


def comparable(value):
    """JSON and XML spell an amount differently (486000.5 vs "486000.5"): compare numbers as decimals."""
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return decimal.Decimal(str(value)).normalize()
    return value


def main() -> int:
    divisions = load_divisions()
    problems: list[str] = []
    records: dict[str, list[dict]] = {}
    for category in CATEGORIES:
        path = HERE / f"{category}.jsonl"
        if not path.exists():
            problems.append(f"{path.name}: missing")
            continue
        records[category] = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{path.name}:{number}: not JSON: {error}")
                continue
            records[category].append(record)
            found: list[str] = []
            walk(record, "", None, divisions, found)
            problems += [f"{path.name}:{number} ({record.get('id')}): {p}" for p in found]
    tree = ElementTree.parse(HERE / "records.xml")
    in_xml: dict[str, list] = {}
    for element in tree.getroot():
        in_xml.setdefault(element.tag.removeprefix(NAMESPACE), []).append(xml_to_value(element))
    for category in CATEGORIES:
        expected = [comparable(r) for r in records.get(category, [])]
        found_xml = in_xml.get(category, [])
        for index in range(max(len(expected), len(found_xml))):
            want = expected[index] if index < len(expected) else None
            got = found_xml[index] if index < len(found_xml) else None
            if want is None or got is None or not same(want, got):
                problems.append(f"all.xml: {category} record {index + 1} differs from {category}.jsonl line "
                                f"{index + 1}")
    for problem in problems:
        print(problem, file=sys.stderr)
    count = sum(len(v) for v in records.values())
    print(f"{count} records in {len(records)} files checked, {len(problems)} problem(s)")
    return 1 if problems else 0


def same(want, got) -> bool:
    if isinstance(want, dict):
        return isinstance(got, dict) and want.keys() == got.keys() and all(same(want[k], got[k]) for k in want)
    if isinstance(want, list):
        return isinstance(got, list) and len(want) == len(got) and all(same(a, b) for a, b in zip(want, got))
    if isinstance(want, decimal.Decimal):
        try:
            return decimal.Decimal(got).normalize() == want
        except (decimal.InvalidOperation, TypeError):
            return False
    return want == got


if __name__ == "__main__":
    sys.exit(main())
