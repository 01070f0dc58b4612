#!/usr/bin/env python3
"""Check the generated JSON Schema and validate JSON Lines against one of its categories (used by SchemaTests).

    json_schema_check.py SCHEMA check-schema
        exit 0 when SCHEMA is a valid draft 2020-12 schema
    json_schema_check.py SCHEMA validate CATEGORY FILE.jsonl
        validates every line against #/$defs/CATEGORY (with format checking, so 2023-02-30 is no date);
        prints "FILE:LINE: ok" or "FILE:LINE: invalid at PATH: MESSAGE" per error; exit 0 when every line is
        valid, 1 when one is not

Exit 2: usage or input error. Exit 3: the Python package jsonschema is missing (CI: pip install jsonschema).
"""
from __future__ import annotations

import json
import pathlib
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    print("python package 'jsonschema' is missing: pip install jsonschema", file=sys.stderr)
    sys.exit(3)


def path_of(error) -> str:
    return ".".join(str(part) for part in error.absolute_path) or "(record)"


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] not in ("check-schema", "validate"):
        print(__doc__, file=sys.stderr)
        return 2
    schema = json.loads(pathlib.Path(argv[0]).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    if argv[1] == "check-schema":
        print(f"{argv[0]}: valid draft 2020-12 schema with {len(schema.get('$defs', {}))} definitions")
        return 0
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    category, path = argv[2], pathlib.Path(argv[3])
    if category not in schema.get("$defs", {}):
        print(f"no definition #/$defs/{category} in {argv[0]}", file=sys.stderr)
        return 2
    # "#/$defs/<category>" of the document itself: the root keeps its $id and $defs, only the entry changes.
    entry = {key: value for key, value in schema.items() if key != "anyOf"}
    entry["$ref"] = f"#/$defs/{category}"
    validator = Draft202012Validator(entry, format_checker=Draft202012Validator.FORMAT_CHECKER)
    invalid = 0
    # Lines end at "\n" only: U+2028, U+2029 and U+0085 are characters inside a JSON string, not line breaks.
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"{path}:{number}: invalid at (line): not JSON: {error}")
            invalid += 1
            continue
        errors = sorted(validator.iter_errors(record), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors:
            print(f"{path}:{number}: invalid at {path_of(error)}: {error.message}")
        if errors:
            invalid += 1
        else:
            print(f"{path}:{number}: ok")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
