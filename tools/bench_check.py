#!/usr/bin/env python3
"""Checks GovCredit's verdicts on a bench export (../shared/bench/gen.py) against the generator's list of
deliberately invalid rows (STEM.invalid.tsv), at the level of the wide row.

One wide row feeds several records (complaint, contract, dishonesty: see samples/bench-wide/profile.yaml). A row
counts as rejected when any record mapped from it has a finding of severity error. It must be rejected exactly
when the generator listed it, except for the rows whose defect the standard does not treat as a defect
(EXCLUDED below, with the reason): those may be accepted or rejected, and are counted and printed apart.
GovCredit's verdicts come from either form it writes:

  tools/bench_check.py --invalid STEM.invalid.tsv --data STEM.csv --rejects OUT.rejects.jsonl   (convert)
  tools/bench_check.py --invalid STEM.invalid.tsv --data STEM.csv --findings VALIDATE.json      (validate --format json)

`--data` is the generated file the verdicts are of (any of gen.py's forms: UTF-8 or GB18030 CSV, XML, YAML). The
exclusions depend on the defective value (`unknown_domain` only when the value is `PPP`, `missing_required` only
when the emptied column is 合同金额), which the invalid list does not give; the checker reads those rows' values
from the file.

Rows are identified by their record number in the file (1-based, as GovCredit's locations give it). gen.py
numbers its record ids by row (`SX<province><row, 10 digits>`), so the id's last ten digits are the row.

Prints PASS or FAIL with the first mismatches (row, record id, the generator's defect kind, the error findings);
--json FILE writes the same as an object. Exit 0 on PASS, 1 on FAIL, 2 when it cannot run.
"""
import argparse
import collections
import csv
import io
import json
import mmap
import re
import sys

# gen.py defect kinds that the standard (Standards/gov-integrity/1.0, SPEC §3 and §5) does not treat as defects.
# Each entry: (gen.py kind, which rows of that kind: a predicate on the row's values, reason). Rows matching one
# are left out of the comparison; nothing else is.
EXCLUDED = [
    ("owed_gt_amount", lambda row: True,
     "SPEC §5 has no rule comparing an amount owed (拖欠金额: complaint/dishonesty.amountInvolved) with the "
     "contract amount (合同金额: contract.amount)"),
    ("unknown_domain", lambda row: row.get("领域") == "PPP",
     "PPP is the standard's own code for 政府和社会资本合作 (Domain, SPEC §4); codes are always accepted"),
    ("missing_required", lambda row: row.get("合同金额") == "",
     "contract.amount (合同金额) is optional (SPEC §3)"),
]
EXCLUDED_KINDS = {kind for kind, _, _ in EXCLUDED}
# The columns the predicates read, and gen.py's columns for a `missing_required` row (one of them is emptied).
DETAIL_COLUMNS = ("领域", "合同金额", "失信主体名称", "失信主体统一社会信用代码", "认定日期", "认定部门")


def exclusion_of(kind, row):
    """The index in EXCLUDED of the exclusion that covers a row of gen.py's `kind` with values `row`, or None."""
    for at, (excluded_kind, applies, _) in enumerate(EXCLUDED):
        if kind == excluded_kind and applies(row):
            return at
    return None


def exclusion_label(at):
    kind = EXCLUDED[at][0]
    return {"unknown_domain": "unknown_domain (PPP)", "missing_required": "missing_required (合同金额)"}.get(kind, kind)


def row_of_id(record_id):
    """gen.py's record ids end in the 1-based row number, ten digits."""
    tail = record_id[-10:]
    return int(tail) if tail.isdigit() else None


def load_invalid(path):
    """row number → (record id, defect kind) for every row the generator made invalid."""
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            record_id, kind = line.split("\t")
            rows[row_of_id(record_id)] = (record_id, kind)
    return rows


# --- the values of a few rows of the generated file -----------------------------------------------------------

def _decode(data):
    """A CSV record's bytes: gen.py writes UTF-8 or GB18030 (SPEC §1: strict UTF-8 first)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


_XML_FIELD = re.compile(r"^\s*<([^>/\s]+)>(.*)</\1>\s*$|^\s*<([^>/\s]+)/>\s*$")


def _xml_values(text):
    values = {}
    for line in text.splitlines():
        m = _XML_FIELD.match(line)
        if m and m.group(1):
            values[m.group(1)] = m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elif m:
            values[m.group(3)] = ""
    return values


def _yaml_scalar(text):
    """gen.py's YAML scalars: plain, 'single-quoted' (no quote inside) or a JSON string."""
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1]
    if text.startswith('"'):
        return json.loads(text)
    return text


def _yaml_values(text):
    values = {}
    for line in text.splitlines():
        line = line[2:]  # "- " or "  "
        key, sep, value = line.partition(": ")
        if sep:
            values[key] = _yaml_scalar(value)
    return values


def row_values(data_path, record_ids):
    """record id → {column: value} for the wanted rows of a gen.py file (any form), read without parsing the
    rest of the file: the ids are found with one pass of bytes.find in file order (gen.py writes rows in id
    order), and only those records are parsed."""
    wanted = sorted(record_ids, key=row_of_id)
    values = {}
    if not wanted:
        return values
    with open(data_path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        head = data[:4096]
        if head.lstrip().startswith(b"<"):
            form = "xml"
        elif head.startswith(b"- "):
            form = "yaml"
        else:
            form = "csv"
            header_end = data.find(b"\n")
            header = next(csv.reader([_decode(data[:header_end]).lstrip("\ufeff").rstrip("\r")]))
        pos = 0
        for record_id in wanted:
            key = record_id.encode("ascii")
            if form == "csv":
                at = data.find(b"\n" + key + b",", pos)
                if at < 0:
                    continue
                start = at + 1
                # One record: a quoted cell may hold a line break, so take a generous window and let csv stop.
                window = data[start:start + 16384]
                # A multi-byte character cut at the window's end is dropped; the record ends long before.
                encoding = "utf-8" if _is_utf8(window) else "gb18030"
                text = window.decode(encoding, errors="ignore")
                record = next(csv.reader(io.StringIO(text, newline="")))
                values[record_id] = dict(zip(header, record))
            elif form == "xml":
                at = data.find(b"<record_id>" + key + b"</record_id>", pos)
                if at < 0:
                    continue
                end = data.find(b"</record>", at)
                values[record_id] = _xml_values(data[at:end].decode("utf-8"))
            else:
                at = data.find(b"- record_id: " + key + b"\n", pos)
                if at < 0:
                    at = data.find(b"- record_id: '" + key + b"'\n", pos)
                if at < 0:
                    continue
                end = data.find(b"\n- ", at + 1)
                values[record_id] = _yaml_values(data[at:end if end > 0 else len(data)].decode("utf-8"))
            pos = at
    return values


def _is_utf8(window):
    """Whether a window cut from a file is UTF-8 (a sequence cut at its end is allowed)."""
    try:
        window.decode("utf-8")
        return True
    except UnicodeDecodeError as error:
        return error.start >= len(window) - 3 and error.reason == "unexpected end of data"


# --- GovCredit's verdicts ----------------------------------------------------------------------------------------

def errors_from_rejects(path):
    """row number → placeholder findings, from a convert rejects file (one JSON object a line).

    Every line is a rejected record, i.e. one with at least one error finding, so only the record number is read:
    at 1M rows the file holds gigabytes, and the location comes first on each line
    (`{"category":…,"location":{"file":…,"record":N,…`). `sample_errors` reads the findings of a few rows."""
    rows = collections.defaultdict(list)
    marker = b'"record":'
    with open(path, "rb") as f:
        for line in f:
            if not line.strip():
                continue
            at = line.index(marker) + len(marker)
            end = at
            while line[end:end + 1].isdigit():
                end += 1
            category = line[13:line.index(b'"', 13)].decode() if line.startswith(b'{"category":"') else "?"
            rows[int(line[at:end])].append({"rule": "rejected", "path": "(findings not read)", "category": category})
    return rows


def sample_errors(path, wanted_rows, limit=5000):
    """The error findings of the first `limit` rejected records of `wanted_rows`, parsed in full: enough to
    say why valid rows were rejected without parsing gigabytes."""
    rows = collections.defaultdict(list)
    seen = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            reject = json.loads(line)
            row = reject["location"]["record"]
            if row not in wanted_rows:
                continue
            for finding in reject.get("findings", []):
                if finding.get("severity") == "error":
                    rows[row].append(dict(finding, category=reject.get("category", "?")))
            seen += 1
            if seen >= limit:
                break
    return rows


def errors_from_findings(path):
    """row number → error findings, from `govcredit validate --format json`."""
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    rows = collections.defaultdict(list)
    for finding in report.get("findings", []):
        if finding.get("severity") == "error":
            rows[finding["location"]["record"]].append(finding)
    return rows


def describe(finding):
    where = finding.get("category", "")
    return f"{where + ':' if where else ''}{finding['rule']} {finding['path']}"


# --- the comparison ----------------------------------------------------------------------------------------------

def check(invalid_path, rows, data, rejects=None, findings=None, label=""):
    """The wide-row comparison; returns a dict (see --json). `rows` is the number of wide rows in the file,
    `data` the generated file the verdicts are of."""
    invalid = load_invalid(invalid_path)
    errors = errors_from_rejects(rejects) if rejects else errors_from_findings(findings)
    rejected = {row for row, fs in errors.items() if fs}

    # The rows the comparison leaves out, by exclusion, with GovCredit's verdict on each.
    detail_ids = [rid for rid, kind in invalid.values() if kind in EXCLUDED_KINDS and kind != "owed_gt_amount"]
    values = row_values(data, detail_ids)
    unreadable = sorted(rid for rid in detail_ids if rid not in values)
    excluded = {}
    for row, (record_id, kind) in invalid.items():
        at = exclusion_of(kind, values.get(record_id, {}))
        if at is not None:
            excluded[row] = at
    excluded_summary = []
    for at, (kind, _, reason) in enumerate(EXCLUDED):
        members = [r for r, x in excluded.items() if x == at]
        excluded_summary.append({"kind": exclusion_label(at), "reason": reason, "rows": len(members),
                                 "rejected": sum(1 for r in members if r in rejected),
                                 "accepted": sum(1 for r in members if r not in rejected)})

    compared_invalid = set(invalid) - set(excluded)
    compared_rejected = rejected - set(excluded)
    missed = sorted(compared_invalid - compared_rejected)      # defective rows GovCredit accepted
    extra = sorted(compared_rejected - compared_invalid)       # valid rows GovCredit rejected
    caught = collections.Counter(invalid[r][1] for r in compared_invalid & compared_rejected)
    missed_kinds = collections.Counter(invalid[r][1] for r in missed)
    if rejects and extra:
        errors = dict(errors)
        errors.update(sample_errors(rejects, set(extra)))
    # Rows whose findings were not read in full (fast path) only count as rejected; they give no reason.
    extra_reasons = collections.Counter(describe(f) for r in extra for f in errors[r] if f["rule"] != "rejected")
    return {
        "label": label, "rows": rows,
        "listedInvalid": len(invalid), "excluded": len(excluded), "excludedByKind": excluded_summary,
        "unreadableRows": unreadable,
        "expectedRejected": len(compared_invalid), "expectedAccepted": rows - len(invalid),
        "rejected": len(rejected), "accepted": rows - len(rejected),
        "pass": not missed and not extra and not unreadable,
        "caughtByKind": dict(sorted(caught.items())),
        "missedByKind": dict(sorted(missed_kinds.items())),
        "missed": [{"row": r, "id": invalid[r][0], "kind": invalid[r][1]} for r in missed],
        "validRejected": len(extra),
        "validRejectedReasons": dict(extra_reasons.most_common()),
        "validRejectedRows": [{"row": r, "errors": sorted({describe(f) for f in errors[r]})} for r in extra[:1000]],
    }


def summary_lines(result, max_list=20):
    """The human-readable report of `check`'s result, one line a string."""
    label = f"[{result['label']}] " if result["label"] else ""
    verdict = "PASS" if result["pass"] else "FAIL"
    lines = [f"{label}{verdict}: {result['rows']:,} rows; generator lists {result['listedInvalid']:,} invalid, of which "
             f"{result['excluded']:,} are left out (not defects under the standard); GovCredit rejected "
             f"{result['rejected']:,} rows (listed rows accepted: {len(result['missed']):,}, unlisted rows rejected: "
             f"{result['validRejected']:,})"]
    for x in result["excludedByKind"]:
        lines.append(f"{label}  left out: {x['kind']}: {x['rows']} row{'' if x['rows'] == 1 else 's'} ({x['rejected']} rejected, {x['accepted']} "
                     f"accepted) — {x['reason']}")
    if result["unreadableRows"]:
        lines.append(f"{label}  rows whose values could not be read from --data (cannot tell whether excluded): "
                     + ", ".join(result["unreadableRows"][:max_list]))
    if result["caughtByKind"]:
        lines.append(f"{label}  defects caught: " + ", ".join(f"{k}={v}" for k, v in result["caughtByKind"].items()))
    if result["missed"]:
        lines.append(f"{label}  listed rows accepted: " + ", ".join(f"{k}={v}" for k, v in result["missedByKind"].items()))
        for m in result["missed"][:max_list]:
            lines.append(f"{label}    row {m['row']} {m['id']} {m['kind']}")
    if result["validRejected"]:
        lines.append(f"{label}  unlisted rows rejected (first {min(max_list, result['validRejected'])}; from a convert "
                     "rejects file only the first 5000 such records are read in full):")
        for r in result["validRejectedRows"][:max_list]:
            lines.append(f"{label}    row {r['row']}: " + "; ".join(e for e in r["errors"] if "not read" not in e))
        for reason, n in list(result["validRejectedReasons"].items())[:max_list]:
            lines.append(f"{label}    {n:8d}  {reason}")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--invalid", required=True, help="the generator's STEM.invalid.tsv")
    ap.add_argument("--data", required=True, help="the generated file the verdicts are of (csv, gb18030, xml, yaml)")
    source = ap.add_mutually_exclusive_group(required=True)
    source.add_argument("--rejects", help="OUT.rejects.jsonl written beside a package by govcredit convert")
    source.add_argument("--findings", help="the output of govcredit validate --format json")
    ap.add_argument("--rows", type=int, required=True, help="number of wide rows in the file")
    ap.add_argument("--label", default="", help="a name for the run in the output (e.g. the form)")
    ap.add_argument("--json", help="write the result as JSON to this file")
    ap.add_argument("--max-list", type=int, default=20, help="mismatches printed per kind (all go to --json)")
    a = ap.parse_args()
    try:
        result = check(a.invalid, a.rows, a.data, rejects=a.rejects, findings=a.findings, label=a.label)
    except (OSError, ValueError) as error:
        print(f"bench_check: {error}", file=sys.stderr)
        sys.exit(2)
    print("\n".join(summary_lines(result, a.max_list)))
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=1)
    sys.exit(0 if result["pass"] else 1)


if __name__ == "__main__":
    main()
