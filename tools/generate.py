#!/usr/bin/env python3
"""Generates everything that only restates the standard, from Standards/gov-integrity/<version>/.

    python3 tools/generate.py            # write the generated files
    python3 tools/generate.py --check    # exit 1 and list the files that are stale (CI and a test run this)

Outputs: Swift sources under Sources/GovCredit/Standard/Generated/, and under Standards/…/generated/ the XML
Schema, the JSON Schema and the field reference. Requires PyYAML.
"""
from __future__ import annotations

import argparse
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generator import standard as standard_module  # noqa: E402
from generator import swift_sources, identifiers, xml_schema, json_schema, field_reference  # noqa: E402
from generator.files import write_atomically  # noqa: E402

REPO = HERE.parent
VERSION = "1.0"


def outputs(repo: pathlib.Path) -> dict[pathlib.Path, str]:
    root = repo / "Standards" / "gov-integrity" / VERSION
    std = standard_module.load(root)
    swift_dir = pathlib.Path("Sources/GovCredit/Standard/Generated")
    result = {swift_dir / name: text for name, text in swift_sources.render_all(std).items()}
    result[swift_dir / "DivisionTable.swift"] = identifiers.render_division_table(root)
    result[swift_dir / "USCCAuthorityTable.swift"] = identifiers.render_uscc_authority_table(root)
    generated = pathlib.Path("Standards/gov-integrity") / VERSION / "generated"
    xsd = xml_schema.render_xsd(std)
    result[generated / f"gov-integrity-{VERSION}.xsd"] = xsd
    result[swift_dir / "EmbeddedSchema.swift"] = xml_schema.render_embedded_swift(xsd)
    result[generated / f"gov-integrity-{VERSION}.schema.json"] = json_schema.render_json_schema(std)
    result[generated / "field-reference.md"] = field_reference.render_field_reference(std)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 when stale")
    parser.add_argument("--repo", type=pathlib.Path, default=REPO, help="repository root (default: this one)")
    args = parser.parse_args()
    try:
        files = outputs(args.repo)
    except standard_module.StandardError as error:
        print(f"generate: the standard is inconsistent: {error}", file=sys.stderr)
        return 2
    swift_dir = args.repo / "Sources/GovCredit/Standard/Generated"
    existing = {p.relative_to(args.repo) for p in swift_dir.rglob("*.swift")} if swift_dir.exists() else set()
    extra = sorted(existing - set(files))
    stale = []
    for relative, text in sorted(files.items()):
        path = args.repo / relative
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(relative)
            if not args.check:
                write_atomically(path, text)
    if args.check:
        for relative in stale:
            print(f"stale: {relative} (run python3 tools/generate.py)")
        for relative in extra:
            print(f"not generated from Standards/: {relative} (remove it)")
        return 1 if stale or extra else 0
    for relative in extra:
        (args.repo / relative).unlink()
        print(f"removed {relative}")
    for relative in stale:
        print(f"wrote {relative}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
