#!/usr/bin/env python3
"""Verdicts of python-stdnum on identifiers, for the Swift cross-check test.

Input: a UTF-8 file with one ``KIND<TAB>CODE`` per line, KIND being ``uscc`` (``stdnum.cn.uscc``) or
``id-number`` (``stdnum.cn.ric``). Output: one line per input line, ``valid`` or ``invalid``, as stdnum's
``validate`` sees it. Any exception counts as invalid: stdnum 2.2 ``cn.ric`` raises ``KeyError`` (not a
``ValidationError``) for an unknown county under a known province.

Exit 3 with a message when python-stdnum is missing, 2 on a malformed input line.

    python3 tools/crosscheck/stdnum_identifiers.py FILE
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: stdnum_identifiers.py FILE", file=sys.stderr)
        return 2
    try:
        from stdnum.cn import ric, uscc
    except ImportError:
        print("python-stdnum is not installed: pip install python-stdnum", file=sys.stderr)
        return 3
    validators = {"uscc": uscc.validate, "id-number": ric.validate}
    output = []
    with open(argv[1], encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            kind, separator, code = line.rstrip("\n").partition("\t")
            if not separator or kind not in validators:
                print(f"line {number}: expected KIND<TAB>CODE with KIND in {sorted(validators)}", file=sys.stderr)
                return 2
            try:
                validators[kind](code)
                output.append("valid")
            except Exception:  # noqa: BLE001 - every failure is a verdict, see the docstring
                output.append("invalid")
    sys.stdout.write("".join(f"{verdict}\n" for verdict in output))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
