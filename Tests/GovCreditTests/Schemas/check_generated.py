#!/usr/bin/env python3
"""Fail when a committed schema or field reference is not what the generator makes of Standards/ now.

STYLE: stale generated files fail a test. Renders the XSD, the JSON Schema and the field reference in memory
with tools/generator and compares them with Standards/gov-integrity/1.0/generated/ (used by SchemaTests).
Exit 0: current; 1: stale or missing (names the file and the first differing line); 3: PyYAML missing.
"""
from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))
try:
    from generator import field_reference, json_schema, standard, xml_schema
except ImportError as error:
    print(f"cannot import the generator ({error}): pip install pyyaml", file=sys.stderr)
    sys.exit(3)


def main() -> int:
    std = standard.load(ROOT / "Standards" / "gov-integrity" / "1.0")
    generated = ROOT / "Standards" / "gov-integrity" / "1.0" / "generated"
    outputs = {
        f"gov-integrity-{std.version}.xsd": xml_schema.render_xsd(std),
        f"gov-integrity-{std.version}.schema.json": json_schema.render_json_schema(std),
        "field-reference.md": field_reference.render_field_reference(std),
    }
    stale = 0
    for name, text in outputs.items():
        path = generated / name
        if not path.exists():
            print(f"{path}: missing (run python3 tools/generate.py)", file=sys.stderr)
            stale += 1
            continue
        committed = path.read_text(encoding="utf-8")
        if committed != text:
            old, new = committed.splitlines(), text.splitlines()
            line = next((i for i, (a, b) in enumerate(zip(old, new), 1) if a != b), min(len(old), len(new)) + 1)
            print(f"{path}:{line}: stale (run python3 tools/generate.py)", file=sys.stderr)
            stale += 1
        else:
            print(f"{path}: current")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
