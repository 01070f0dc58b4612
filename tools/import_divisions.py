#!/usr/bin/env python3
"""Convert python-stdnum's ``cn/loc.dat`` into ``Standards/gov-integrity/1.0/divisions/gb2260.tsv``.

SPEC §1 (division code): the project ships the GB/T 2260 county-level list with the years each code was in
force, names its source and date, and checks a code against the record's own date. python-stdnum's
``cn/loc.dat`` (compiled from the Chinese Wikipedia 行政区划代码 pages) carries those years; this script takes
the facts from it, not its code, and writes one TSV row per name period:

    code<TAB>name<TAB>from<TAB>to

``from``/``to`` are the first/last year the code was in force under that name, inclusive, empty when open or
unknown. ``loc.dat`` gives a province as ``11 province="北京市"`` followed by indented 4-digit suffixes such as
``  0103 county="[-2010]崇文区"`` or ``  0110 county="[-1991]东郊区,[1992-]东丽区"``; the ``XX0000`` suffix is
the province row, ``XXYY00`` suffixes are prefecture rows and are kept as listed.

No network: the source is read from the installed ``stdnum`` package, or from ``--source PATH``.

    python3 tools/import_divisions.py [--source loc.dat] [--output gb2260.tsv] [--check]
"""

from __future__ import annotations

import argparse
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from generator.files import write_atomically  # noqa: E402

REPOSITORY_ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPOSITORY_ROOT / "Standards" / "gov-integrity" / "1.0" / "divisions" / "gb2260.tsv"
HEADER = "code\tname\tfrom\tto"

_PROVINCE = re.compile(r'^(\d{2}) province="([^"]+)"$')
_SUFFIX = re.compile(r'^ +(\d{4}) county="([^"]+)"$')
_PERIOD = re.compile(r'^(?:\[(\d{4})?-(\d{4})?\])?([^\[\],\t]+)$')


class SourceError(ValueError):
    """A line of ``loc.dat`` that this converter does not understand (never skipped silently)."""


def default_source() -> pathlib.Path:
    """The ``cn/loc.dat`` of the installed python-stdnum."""
    try:
        import stdnum  # noqa: PLC0415 - only needed to find the data file
    except ImportError as error:  # pragma: no cover - depends on the machine
        raise SystemExit("python-stdnum is not installed: pip install python-stdnum (or pass --source)") from error
    return pathlib.Path(stdnum.__file__).resolve().parent / "cn" / "loc.dat"


def parse_periods(text: str, where: str) -> list[tuple[str, str, str]]:
    """``[1983-1994]东矿区,[1995-]古冶区`` → ``[("东矿区", "1983", "1994"), ("古冶区", "1995", "")]``."""
    periods = []
    for part in text.split(","):
        match = _PERIOD.match(part)
        if not match:
            raise SourceError(f"{where}: cannot read name period {part!r}")
        start, end, name = match.group(1) or "", match.group(2) or "", match.group(3)
        periods.append((name, start, end))
    return periods


def convert(lines: list[str]) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """Rows ``(code, name, from, to)`` in code order and notes about odd source facts (kept as given)."""
    rows: dict[str, list[tuple[str, str, str]]] = {}
    province_names: dict[str, str] = {}
    province = None
    notes = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        where = f"loc.dat line {number}"
        if match := _PROVINCE.match(line):
            province = match.group(1)
            province_names[province] = match.group(2)
            continue
        match = _SUFFIX.match(line)
        if not match or province is None:
            raise SourceError(f"{where}: unexpected line {line!r}")
        code = province + match.group(1)
        if code in rows:
            raise SourceError(f"{where}: code {code} listed twice")
        rows[code] = parse_periods(match.group(2), where)
        for name, start, end in rows[code]:
            if start and end and int(start) > int(end):
                notes.append(f"{code} {name}: period [{start}-{end}] ends before it starts; kept, never in force")
    # SPEC §1: every province has its XX0000 row. loc.dat lists one under each province; fall back to the
    # province line (open period) if a future revision drops it.
    for province, name in province_names.items():
        if province + "0000" not in rows:
            rows[province + "0000"] = [(name, "", "")]
            notes.append(f"{province}0000: no 0000 row in the source; province line used")
    table = [(code, name, start, end) for code in sorted(rows) for name, start, end in rows[code]]
    return table, notes


def render(table: list[tuple[str, str, str, str]]) -> str:
    return f"{HEADER}\n" + "".join(
        f"{code}\t{name}\t{start}\t{end}\n" for code, name, start, end in table
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=pathlib.Path, help="loc.dat to read (default: the installed stdnum's)")
    parser.add_argument("--output", type=pathlib.Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if the output differs instead of writing")
    arguments = parser.parse_args(argv)
    source = arguments.source or default_source()
    table, notes = convert(source.read_text(encoding="utf-8").splitlines(keepends=True))
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    text = render(table)
    if arguments.check:
        current = arguments.output.read_text(encoding="utf-8") if arguments.output.exists() else ""
        if current != text:
            print(f"{arguments.output} is stale: run python3 tools/import_divisions.py", file=sys.stderr)
            return 1
        return 0
    write_atomically(arguments.output, text)
    print(f"wrote {len(table)} rows to {arguments.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
