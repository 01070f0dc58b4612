#!/usr/bin/env python3
"""The body of tools/bench (run it through tools/bench, which checks its prerequisites and sets the paths).

Measures `govcredit convert` and the peer pipelines of ../shared/bench on the same generated files, K times
each, with /usr/bin/time (wall seconds and peak resident memory of the whole process tree's largest process),
prints a Markdown table of medians, and checks GovCredit's verdicts against the generator's invalid rows.

Why it is built this way:
- Runs are interleaved (run 1 of every tool and form, then run 2, ...) so that a noisy neighbour on this
  shared 2-core machine slows all tools alike instead of one tool's whole series.
- Every tool writes its output to a fresh temporary directory that is deleted after the run: a tool that
  writes less (or nothing) is labelled so in the table rather than being given a faster disk.
- The accepted/rejected check reads the rejects file GovCredit writes beside the package, at the level of the
  wide row (tools/bench_check.py), so speed can never come from skipping records.
"""
import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench_check  # noqa: E402  (the wide-row check, shared with the command-line checker)

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FORMS = ["csv", "gb18030", "xml", "yaml"]
# The submitter of the test packages (the one the project's tests use) and a fixed creation time, so that
# every run writes the same package.
SUBMITTER = ["--submitter-name", "浙江省发展和改革委员会", "--submitter-uscc", "1133000029141777X9",
             "--submitter-division", "330000"]
CREATED_AT = "2026-01-01T00:00:00+08:00"
GOVCREDIT = "govcredit convert"
# gen.py writes dates up to early 2029 (signing ≤ 2023-06-29, then ≤ 1,489 + 20 + 179 + 399 days to the
# restoration date); past-only fields must not lie after "today" (SPEC §1), so the check would otherwise
# depend on the calendar. See samples/bench-wide/README.md.
DEFAULT_TODAY = "2029-12-31"
PIP_PEERS = "pip install pydantic python-stdnum lxml pyyaml polars duckdb frictionless"
APT_PEERS = "apt-get install -y miller hyperfine"


# --- the workload ---------------------------------------------------------------------------------------------

def form_files(data_dir, records):
    """The generated file of each form, and the generator's list of invalid rows (gen.py's names)."""
    stem = os.path.join(data_dir, f"records_{records}")
    return stem, {"csv": stem + ".csv", "gb18030": stem + ".gb18030.csv", "xml": stem + ".xml",
                  "yaml": stem + ".yaml"}, stem + ".invalid.tsv"


def ensure_workload(bench_dir, data_dir, records, forms):
    """Generates the forms that are missing. gen.py is deterministic, so files made by an earlier run (with the
    same records count) are reused; new ones are written under a temporary name and moved into place, so an
    interrupted generation never leaves a truncated file that a later run would take for complete."""
    stem, files, invalid = form_files(data_dir, records)
    missing = [f for f in forms if not os.path.exists(files[f])]
    if not missing and os.path.exists(invalid):
        return files, invalid
    os.makedirs(data_dir, exist_ok=True)
    partial = tempfile.mkdtemp(prefix=".partial-", dir=data_dir)
    wanted = missing or forms[:1]
    log(f"generating {records:,} records ({', '.join(wanted)}) in {data_dir} with gen.py ...")
    subprocess.run([sys.executable, os.path.join(bench_dir, "gen.py"), str(records), "--out-dir", partial,
                    "--name", os.path.basename(stem), "--formats", ",".join(wanted)], check=True)
    _, made, made_invalid = form_files(partial, records)
    for form in wanted:
        os.replace(made[form], files[form])
    os.replace(made_invalid, invalid)
    shutil.rmtree(partial)
    return files, invalid


# --- the tools ------------------------------------------------------------------------------------------------

class Tool:
    """One command on one form. `argv(input, outdir)` gives the command; `stdout_to` names a file in outdir
    for tools that write their result to standard output."""

    def __init__(self, name, form, validates, argv, stdout_to=None, needs=(), note=""):
        self.name, self.form, self.validates, self.argv = name, form, validates, argv
        self.stdout_to, self.needs, self.note = stdout_to, needs, note


def python_has(module):
    return importlib.util.find_spec(module) is not None


def missing_requirements(tool):
    """What is not installed for `tool`: python modules as `py:NAME`, executables as `bin:NAME`."""
    missing = []
    for need in tool.needs:
        kind, name = need.split(":", 1)
        if kind == "py" and not python_has(name):
            missing.append(need)
        if kind == "bin" and shutil.which(name) is None:
            missing.append(need)
    return missing


def govcredit_tools(binary, forms, today, package_formats, sha256_only=False):
    """`govcredit convert` of each form with the bench profile, once per package format asked for: `both` (JSON
    Lines and XML, the full package, the row the ratios are taken against) and `jsonl` (what the peers write);
    with `sha256_only`, each once more with `--digests sha256` (a deployment without 国密: no SM3 pass)."""
    profiles = {"csv": "samples/bench-wide/profile.yaml", "gb18030": "samples/bench-wide/profile.yaml",
                "xml": "samples/bench-wide/xml/profile.yaml", "yaml": "samples/bench-wide/yaml/profile.yaml"}
    tools = []
    for form in forms:
        profile = os.path.join(REPO, profiles[form])
        for written in package_formats:
            for digests in (["sha256,sm3", "sha256"] if sha256_only else ["sha256,sm3"]):
                name = GOVCREDIT if written == "both" else f"{GOVCREDIT} --format {written}"
                if digests != "sha256,sm3":
                    name += f" --digests {digests}"
                tools.append(Tool(name, form, "yes",
                                  lambda src, out, p=profile, w=written, d=digests: [
                                      binary, "convert", src, "--profile", p, "--out", os.path.join(out, "package"),
                                      "--format", w, "--digests", d, "--created-at", CREATED_AT, "--today", today,
                                      *SUBMITTER]))
    return tools


def peer_tools(bench_dir, forms, skip):
    """The pipelines a province would otherwise use (../shared/bench/README.md), on the forms they read."""
    py = sys.executable
    b = lambda name: os.path.join(bench_dir, name)  # noqa: E731
    pydantic = ("py:pydantic", "py:stdnum")
    candidates = [
        Tool("python csv + pydantic", "csv", "yes",
             lambda src, out: [py, b("pipe_csv.py"), src, os.path.join(out, "out.jsonl"), "--stage", "full"],
             needs=pydantic),
        Tool("python csv + pydantic", "gb18030", "yes",
             lambda src, out: [py, b("pipe_csv.py"), src, os.path.join(out, "out.jsonl"), "--encoding", "gb18030",
                               "--stage", "full"], needs=pydantic),
        Tool("frictionless validate", "csv", "yes (table schema)",
             # --limit-errors: the default (1000) stops validating after 1000 errors, i.e. skips the rest.
             lambda src, out: ["frictionless", "validate", "--trusted", "--json", "--limit-errors", "1000000000",
                               "--schema", b("schema.json"), src],
             stdout_to="report.json", needs=("bin:frictionless",)),
        Tool("polars", "csv", "no", lambda src, out: [py, b("fast_engine.py"), "polars", src,
                                                      os.path.join(out, "out.jsonl")], needs=("py:polars",)),
        Tool("duckdb", "csv", "no", lambda src, out: [py, b("fast_engine.py"), "duckdb", src,
                                                      os.path.join(out, "out.jsonl")], needs=("py:duckdb",)),
        Tool("miller (mlr cat)", "csv", "no", lambda src, out: ["mlr", "--icsv", "--ojsonl", "cat", src],
             stdout_to="out.jsonl", needs=("bin:mlr",)),
        Tool("iconv GB18030→UTF-8", "gb18030", "no", lambda src, out: ["iconv", "-f", "GB18030", "-t", "UTF-8", src],
             stdout_to="out.csv", needs=("bin:iconv",)),
        Tool("lxml + pydantic", "xml", "yes",
             lambda src, out: [py, b("pipe_xml.py"), src, os.path.join(out, "out.jsonl"), "--stage", "full"],
             needs=pydantic + ("py:lxml",)),
        Tool("xmllint --stream", "xml", "no (well-formed only)",
             lambda src, out: ["xmllint", "--stream", "--noout", src], needs=("bin:xmllint",)),
        Tool("PyYAML C events", "yaml", "no (parse only)",
             lambda src, out: [py, b("load_yaml.py"), src, "--events"], needs=("py:yaml",)),
    ]
    return [t for t in candidates if t.form in forms and not any(s in t.name for s in skip)]


# --- measuring ------------------------------------------------------------------------------------------------

def measure(tool, src, work_root):
    """Runs `tool` once on `src` under /usr/bin/time; returns the run's record (wall s, peak RSS KB, exit code,
    and for GovCredit the wide-row check's input). Output goes to a fresh directory, removed afterwards unless
    the caller needs the rejects file."""
    out = tempfile.mkdtemp(prefix="run-", dir=work_root)
    timing = os.path.join(out, ".time")
    argv = ["/usr/bin/time", "-f", "%e %M", "-o", timing] + tool.argv(src, out)
    stdout = open(os.path.join(out, tool.stdout_to), "wb") if tool.stdout_to else subprocess.DEVNULL
    errlog = os.path.join(out, ".stderr")
    with open(errlog, "wb") as err:
        code = subprocess.run(argv, stdout=stdout, stderr=err).returncode
    if tool.stdout_to:
        stdout.close()
    with open(timing) as f:
        lines = [line for line in f.read().splitlines() if line.strip()]
    # /usr/bin/time prefixes "Command exited with non-zero status N" when the tool fails.
    wall, rss = lines[-1].split()
    with open(errlog, "rb") as f:
        tail = f.read()[-2000:].decode("utf-8", "replace")
    return {"wall": float(wall), "rssKB": int(rss), "exit": code, "dir": out, "stderrTail": tail}


def ok_exit(tool, code):
    """GovCredit exits 1 when it rejected records (expected: the workload has defects), 2 when it could not
    run; frictionless exits 1 for an invalid table; the others exit 0."""
    if tool.name.startswith("govcredit") or tool.name.startswith("frictionless"):
        return code in (0, 1)
    return code == 0


def check_govcredit(run, invalid, records, form, data):
    """The wide-row check of one GovCredit run, from the rejects file beside its package; `data` is the generated
    file it converted (the check reads the values of a few defective rows from it, see tools/bench_check.py)."""
    rejects = os.path.join(run["dir"], "package.rejects.jsonl")
    manifest = os.path.join(run["dir"], "package", "manifest.json")
    if not os.path.exists(rejects):
        return {"pass": False, "error": "no rejects file (the run failed)"}
    result = bench_check.check(invalid, rows=records, data=data, rejects=rejects, label=form)
    if os.path.exists(manifest):
        with open(manifest, encoding="utf-8") as f:
            result["manifestCounts"] = json.load(f).get("counts")
    return result


# --- reporting ------------------------------------------------------------------------------------------------

def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def machine():
    model = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kb = int(f.readline().split()[1])
    os_name = platform.platform()
    if os.path.exists("/etc/os-release"):
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    os_name = line.split("=", 1)[1].strip().strip('"')
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return {"nproc": os.cpu_count(), "cpu": model, "memGB": round(mem_kb / 1024 / 1024, 1), "os": os_name,
            "swift": swift[0] if swift else "", "loadavg": open("/proc/loadavg").read().split()[:3]}


def table(results, sizes, records):
    """The Markdown table: one row per tool and form, medians over the runs, ratio to GovCredit's median on the
    same form (peer time ÷ GovCredit time: above 1, GovCredit is faster)."""
    base = {r["form"]: statistics.median(r["walls"]) for r in results if r["tool"] == GOVCREDIT and r["walls"]}
    # Peak RSS: the largest of the runs, in MiB (/usr/bin/time's %M is in KiB), while sizes and MB/s are in 10^6 bytes.
    lines = ["| tool | form | validates? | median wall s | records/s | MB/s | peak RSS MiB | × GovCredit time |",
             "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for r in results:
        if not r["walls"]:
            lines.append(f"| {r['tool']} | {r['form']} | {r['validates']} | failed | | | | |")
            continue
        med = statistics.median(r["walls"])
        rate = records / med if med > 0 else float("inf")
        mbps = sizes[r["form"]] / 1e6 / med if med > 0 else float("inf")
        rss = max(r["rssKB"]) / 1024
        ratio = f"{med / base[r['form']]:.2f}" if r["form"] in base and base[r["form"]] > 0 else "–"
        lines.append(f"| {r['tool']} | {r['form']} | {r['validates']} | {med:.2f} | {rate:,.0f} | {mbps:.1f} | "
                     f"{rss:,.0f} | {ratio} |")
    return "\n".join(lines)


# --- main -----------------------------------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(prog="tools/bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=1_000_000, help="rows of the workload (default 1000000)")
    ap.add_argument("--runs", type=int, default=3, help="runs of every tool on every form (default 3)")
    ap.add_argument("--forms", default=",".join(FORMS), help="csv,gb18030,xml,yaml (default: all)")
    ap.add_argument("--data", default="/tmp/govcredit-bench", help="where the workload is (reused if present)")
    ap.add_argument("--only", choices=["govcredit", "peers"], help="run only GovCredit or only the peers")
    ap.add_argument("--skip", default="", help="comma-separated tool names to leave out (e.g. frictionless)")
    ap.add_argument("--today", default=DEFAULT_TODAY, help=f"govcredit --today (default {DEFAULT_TODAY}, after "
                    "every date gen.py writes)")
    ap.add_argument("--package-formats", default="both",
                    help="package formats GovCredit writes, one row each: both,jsonl (default both; ratios are to both)")
    ap.add_argument("--sha256-only", action="store_true",
                    help="also run GovCredit with --digests sha256 (no SM3), one more row per package format")
    ap.add_argument("--json", help="write the raw results (every run) to this file")
    ap.add_argument("--no-build", action="store_true", help="use the existing release binary")
    a = ap.parse_args()
    forms = [f for f in a.forms.split(",") if f]
    if any(f not in FORMS for f in forms) or not forms:
        ap.error(f"--forms takes a comma-separated subset of {','.join(FORMS)}")
    if a.runs < 1 or a.records < 1:
        ap.error("--runs and --records must be at least 1")
    skip = [s for s in a.skip.split(",") if s]
    bench_dir = os.path.abspath(os.environ.get("GOVCREDIT_BENCH_DIR", os.path.join(REPO, "..", "shared", "bench")))
    scratch = os.environ.get("GOVCREDIT_SCRATCH", ".build")

    # 1. The release binary (the build is what a province would deploy).
    tools = []
    if a.only != "peers":
        if not a.no_build:
            log(f"swift build -c release --scratch-path {scratch}")
            # The build's progress goes to standard error: standard output is the report.
            subprocess.run(["swift", "build", "-c", "release", "--scratch-path", scratch], cwd=REPO, check=True,
                           stdout=sys.stderr)
        binary = os.path.join(REPO, scratch, "release", "govcredit")
        if not os.access(binary, os.X_OK):
            sys.exit(f"bench: no release binary at {binary}")
        package_formats = [f for f in a.package_formats.split(",") if f]
        if not package_formats or any(f not in ("both", "jsonl", "xml") for f in package_formats):
            ap.error("--package-formats takes a comma-separated subset of both,jsonl,xml")
        tools += govcredit_tools(binary, forms, a.today, package_formats, a.sha256_only)

    # 2. The peers that are installed; the others are named with how to install them.
    if a.only != "govcredit":
        for tool in peer_tools(bench_dir, forms, skip):
            missing = missing_requirements(tool)
            if missing:
                log(f"skipping {tool.name} ({tool.form}): not installed: {', '.join(missing)}")
                continue
            tools.append(tool)
        absent = [t for t in peer_tools(bench_dir, forms, skip) if missing_requirements(t)]
        if absent:
            log(f"to install the missing peers: {PIP_PEERS}   and (Debian): {APT_PEERS}")

    # 3. The workload.
    files, invalid = ensure_workload(bench_dir, a.data, a.records, forms)
    sizes = {f: os.path.getsize(files[f]) for f in forms}

    # 4. The runs, interleaved; GovCredit's verdicts are checked on its first run of each form (the package
    #    is byte-identical across runs: same inputs, same --created-at).
    work_root = tempfile.mkdtemp(prefix="govcredit-bench-runs-", dir=os.environ.get("TMPDIR", "/tmp"))
    results = [{"tool": t.name, "form": t.form, "validates": t.validates, "walls": [], "rssKB": [], "exits": [],
                "command": t.argv(files[t.form], "OUT")} for t in tools]
    checks = {}
    failures = []
    try:
        for k in range(a.runs):
            for tool, result in zip(tools, results):
                log(f"run {k + 1}/{a.runs}: {tool.name} on {tool.form} ({sizes[tool.form] / 1e6:,.0f} MB)")
                run = measure(tool, files[tool.form], work_root)
                result["exits"].append(run["exit"])
                if ok_exit(tool, run["exit"]):
                    result["walls"].append(run["wall"])
                    result["rssKB"].append(run["rssKB"])
                else:
                    failures.append(f"{tool.name} on {tool.form} exited {run['exit']}: {run['stderrTail'][-500:]}")
                    log(failures[-1])
                if tool.name.startswith("govcredit") and tool.form not in checks:
                    checks[tool.form] = check_govcredit(run, invalid, a.records, tool.form, files[tool.form])
                shutil.rmtree(run["dir"], ignore_errors=True)
    finally:
        shutil.rmtree(work_root, ignore_errors=True)

    # 5. The report.
    info = machine()
    print(f"\n{a.records:,} records, {a.runs} run(s) each, {dt.datetime.now().astimezone().isoformat(timespec='seconds')}; "
          f"{info['nproc']} × {info['cpu']}, {info['memGB']} GB, {info['os']}; {info['swift']}")
    print("Input sizes: " + ", ".join(f"{f} {sizes[f] / 1e6:,.0f} MB" for f in forms) + " (MB = 10^6 bytes)\n")
    print(table(results, sizes, a.records))
    status = 0
    if checks:
        print("\nGovCredit's verdicts against the generator's invalid rows (a wide row is rejected when any record "
              "mapped from it is; tools/bench_check.py):")
        for form, c in checks.items():
            if "error" in c:
                print(f"- {form}: FAIL ({c['error']})")
            else:
                print("\n".join(("- " if n == 0 else "  ") + line
                                for n, line in enumerate(bench_check.summary_lines(c, max_list=10))))
            if not c.get("pass"):
                status = 1
    if failures:
        print("\nRuns that failed:\n" + "\n".join(f"- {f}" for f in failures))
        status = 1
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"records": a.records, "runs": a.runs, "forms": forms, "sizes": sizes, "machine": info,
                       "today": a.today, "results": results,
                       "checks": {k: {x: y for x, y in v.items() if x != "validRejectedRows"} for k, v in checks.items()}},
                      f, ensure_ascii=False, indent=1)
    sys.exit(status)


if __name__ == "__main__":
    main()
