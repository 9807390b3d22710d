#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Measures Warden against the parse floor and its peers on real code.

Usage: bench/run.py [--warden PATH] [--subset DIR] [--tools T,...] [--repeat N]

The code base is DCMTK from `apt-get source dcmtk` (fetched and configured
by bench/fetch-sources.sh); the translation units are those under --subset
(default: dcmdata/libsrc), in compile_commands.json order, fixed for the
whole run. Every tool runs on exactly those TUs with the same flags (plus
-fdelayed-template-parsing, which DCMTK 3.6.7 needs under clang 19).

Tools (--tools, comma separated; default: all, in this order):
  floor           clang-19 -fsyntax-only on each TU in turn (the parse floor)
  tidy            clang-tidy-19 with the equivalents RULES.md lists
  tidy-analyzer   the same plus the clang-analyzer-* checks it lists
  cppcheck        cppcheck --enable=warning,portability on the same TUs
  warden-j1       warden check -j1, full health pack, empty cache
  warden-j2       warden check -j2, empty cache
  warden-warm     warden check -j2 again: nothing changed, cache warm
  warden-changed-cc      --changed after editing one .cc file
  warden-changed-header  --changed after editing a header most TUs include
  warden-startup  --changed with nothing changed (start-up cost)

Wall time is the best of --repeat runs. Peak RSS is the largest resident
set of any single process of the tool (for Warden: a worker or the parent),
read from getrusage(RUSAGE_CHILDREN) around a tool that runs alone. The
table ends with the ratios that docs/performance.md sets as targets.
"""
import argparse
import json
import os
import resource
import shlex
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")
EXTRA_ARGS = ["-fdelayed-template-parsing"]  # DCMTK 3.6.7 under clang 19

# RULES.md §2, column "clang-tidy 19 equivalent".
TIDY_CHECKS = [
    "bugprone-assignment-in-if-condition", "bugprone-exception-escape",
    "bugprone-implicit-widening-of-multiplication-result",
    "bugprone-narrowing-conversions", "bugprone-shared-ptr-array-mismatch",
    "bugprone-sizeof-expression", "bugprone-suspicious-memset-usage",
    "bugprone-suspicious-realloc-usage", "bugprone-switch-missing-default-case",
    "bugprone-unique-ptr-array-mismatch", "bugprone-unsafe-functions",
    "bugprone-unused-return-value", "bugprone-use-after-move", "cert-env33-c",
    "cert-err33-c", "cert-err34-c", "cert-err52-cpp", "cert-err61-cpp",
    "cert-msc30-c", "cert-msc32-c", "cert-msc50-cpp", "cert-msc51-cpp",
    "concurrency-mt-unsafe", "cppcoreguidelines-avoid-goto",
    "cppcoreguidelines-init-variables", "cppcoreguidelines-noexcept-destructor",
    "cppcoreguidelines-owning-memory", "cppcoreguidelines-pro-type-const-cast",
    "cppcoreguidelines-pro-type-cstyle-cast",
    "cppcoreguidelines-pro-type-reinterpret-cast", "misc-no-recursion",
    "misc-throw-by-value-catch-by-reference", "modernize-replace-auto-ptr",
    "clang-diagnostic-float-equal", "clang-diagnostic-format-nonliteral",
    "clang-diagnostic-format-security", "clang-diagnostic-switch-enum",
    "clang-diagnostic-vla",
]
TIDY_ANALYZER_CHECKS = [
    "clang-analyzer-core.*", "clang-analyzer-cplusplus.Move",
    "clang-analyzer-cplusplus.NewDelete", "clang-analyzer-optin.taint.TaintedAlloc",
    "clang-analyzer-security.*", "clang-analyzer-unix.Malloc",
    "clang-analyzer-unix.MismatchedDeallocator", "clang-analyzer-unix.Stream",
]
ALL_TOOLS = ["floor", "tidy", "tidy-analyzer", "cppcheck", "warden-j1", "warden-j2",
             "warden-warm", "warden-startup", "warden-changed-cc", "warden-changed-header"]


def measure_isolated(cmd, cwd=None, timeout=None):
    """Runs cmd in a child Python so that its peak RSS is its own."""
    probe = ("import resource,subprocess,sys,time,json;"
             "t=time.monotonic();"
             "c=subprocess.run(sys.argv[2:],cwd=sys.argv[1] or None,"
             "stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL).returncode;"
             "print(json.dumps([time.monotonic()-t,"
             "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,c]))")
    try:
        out = subprocess.run([sys.executable, "-c", probe, cwd or ""] + cmd, stdout=subprocess.PIPE,
                             text=True, timeout=timeout, check=True).stdout
    except subprocess.TimeoutExpired:
        return timeout, 0, "timeout"
    seconds, rss, code = json.loads(out)
    return seconds, rss, code


def syntax_only_command(entry):
    """The TU's command as clang-19 -fsyntax-only, without outputs."""
    args = entry.get("arguments") or shlex.split(entry["command"])
    out = ["clang++-19" if args[0].endswith("++") else "clang-19"]
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD") or a.startswith("-o"):
            continue
        out.append(a)
    return out + ["-fsyntax-only"] + EXTRA_ARGS


def tu_path(e):
    return os.path.normpath(os.path.join(e["directory"], e["file"]))


def git(src, *args):
    subprocess.run(["git", "-C", src] + list(args), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def ensure_git(src):
    """--changed compares against git; the unpacked Debian source is not a
    repository, so make it one (once)."""
    if os.path.isdir(os.path.join(src, ".git")):
        return
    git(src, "init", "-q")
    with open(os.path.join(src, ".git", "info", "exclude"), "a") as f:
        f.write("build/\n")
    git(src, "add", "-A")
    git(src, "-c", "user.name=bench", "-c", "user.email=bench@invalid", "commit", "-q", "-m", "base")


class Edit:
    """Appends a comment line to a file and restores it afterwards."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        with open(self.path, "rb") as f:
            self.original = f.read()
        with open(self.path, "ab") as f:
            f.write(b"\n/* edited by bench/run.py */\n")

    def __exit__(self, *exc):
        with open(self.path, "wb") as f:
            f.write(self.original)


def most_included_header(src, entries):
    """The project header that the most TUs of the subset include, from
    the compile database's TUs and a cheap grep of their direct includes."""
    counts = {}
    for e in entries:
        with open(tu_path(e), errors="replace") as f:
            for line in f:
                if line.startswith('#include "dcmtk/dcmdata/'):
                    name = line.split('"')[1]
                    counts[name] = counts.get(name, 0) + 1
    name = max(counts, key=counts.get)
    path = os.path.join(src, "dcmdata/include", name)
    if not os.path.exists(path):
        sys.exit(f"cannot find {name}")
    return path, counts[name]


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--warden", default=os.path.join(ROOT, "build", "bin", "warden"))
    p.add_argument("--subset", default="dcmdata/libsrc")
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--tools", default=",".join(ALL_TOOLS))
    p.add_argument("--timeout", type=int, default=1800, help="per tool run, seconds")
    opts = p.parse_args()
    tools = opts.tools.split(",")

    db_path = subprocess.run([os.path.join(HERE, "fetch-sources.sh"), "dcmtk"], check=True,
                             stdout=subprocess.PIPE, text=True).stdout.strip().splitlines()[-1]
    db_path = os.path.realpath(db_path)
    build = os.path.dirname(db_path)
    src = os.path.dirname(build)
    subset = os.path.join(src, opts.subset)
    entries = [e for e in json.load(open(db_path)) if tu_path(e).startswith(subset + "/")]
    files = [tu_path(e) for e in entries]
    cc_file = files[len(files) // 2]
    header, header_users = most_included_header(src, entries)
    print(f"DCMTK {os.path.basename(src)}, {opts.subset}: {len(entries)} translation units; "
          f"{os.cpu_count()} cores\n")

    cache = os.path.join(WORK, "warden-cache")
    warden = [opts.warden, "check", "--no-config", "-p", build, "--fail-on=never", "--quiet"]
    warden += [f"--extra-arg={a}" for a in EXTRA_ARGS]
    results = {}
    notes = {}

    def record(tool, seconds, rss, note=""):
        old = results.get(tool)
        if old is None or seconds < old[0]:
            results[tool] = (seconds, rss)
        if note:
            notes[tool] = note

    for _ in range(opts.repeat):
        for tool in tools:
            if tool == "floor":
                seconds, rss, per_tu = 0.0, 0, {}
                for e in entries:
                    s, r, _ = measure_isolated(syntax_only_command(e), cwd=e["directory"])
                    per_tu[tu_path(e)] = s
                    seconds += s
                    rss = max(rss, r)
                record(tool, seconds, rss)
                results["floor-cc"] = (per_tu[cc_file], 0)
            elif tool in ("tidy", "tidy-analyzer"):
                checks = TIDY_CHECKS + (TIDY_ANALYZER_CHECKS if tool == "tidy-analyzer" else [])
                cmd = ["clang-tidy-19", "-p", build, "--quiet", "-checks=-*," + ",".join(checks)]
                cmd += [f"--extra-arg={a}" for a in EXTRA_ARGS] + files
                s, r, code = measure_isolated(cmd, timeout=opts.timeout)
                record(tool, s, r, "timed out" if code == "timeout" else "")
            elif tool == "cppcheck":
                listing = os.path.join(WORK, "cppcheck-files.txt")
                with open(listing, "w") as f:
                    f.write("\n".join(files) + "\n")
                cmd = ["cppcheck", f"--project={db_path}", f"--file-filter={subset}/*", "-q",
                       "--enable=warning,portability", "-j1",
                       f"--cppcheck-build-dir={os.path.join(WORK, 'cppcheck-build')}"]
                shutil.rmtree(os.path.join(WORK, "cppcheck-build"), ignore_errors=True)
                os.makedirs(os.path.join(WORK, "cppcheck-build"))
                s, r, code = measure_isolated(cmd, timeout=opts.timeout)
                record(tool, s, r, "timed out" if code == "timeout" else "")
            elif tool in ("warden-j1", "warden-j2"):
                shutil.rmtree(cache, ignore_errors=True)
                sarif = os.path.join(WORK, f"{tool}.sarif")
                cmd = warden + [subset, f"-j{tool[-1]}", f"--cache-dir={cache}",
                                "--format", "sarif", "-o", sarif]
                s, r, code = measure_isolated(cmd, timeout=opts.timeout)
                record(tool, s, r, "" if code in (0, 1) else f"exit {code}")
            elif tool == "warden-warm":
                cmd = warden + [subset, "-j2", f"--cache-dir={cache}"]
                measure_isolated(cmd, timeout=opts.timeout)  # make sure it is warm
                s, r, code = measure_isolated(cmd, timeout=opts.timeout)
                record(tool, s, r)
            elif tool.startswith("warden-changed") or tool == "warden-startup":
                ensure_git(src)
                cmd = warden + [subset, "-j2", f"--cache-dir={cache}", "--changed"]
                measure_isolated(warden + [subset, "-j2", f"--cache-dir={cache}"],
                                 timeout=opts.timeout)  # warm: deps known
                # --changed asks git in the working directory.
                if tool == "warden-startup":
                    s, r, code = measure_isolated(cmd, cwd=src)
                    record(tool, s, r)
                    continue
                target = cc_file if tool == "warden-changed-cc" else header
                with Edit(target):
                    s, r, code = measure_isolated(cmd, cwd=src, timeout=opts.timeout)
                what = os.path.relpath(target, src)
                record(tool, s, r, f"edited {what}" + (
                    f" (directly included by {header_users} of {len(files)} TUs)"
                    if target == header else ""))
            else:
                sys.exit(f"unknown tool {tool}")

    floor = results.get("floor", (None, 0))
    print("| tool | wall time (s) | vs parse floor | peak RSS per process (MiB) | vs floor RSS | note |")
    print("|---|---|---|---|---|---|")
    for tool in [t for t in ALL_TOOLS if t in results]:
        seconds, rss = results[tool]
        ratio = f"{seconds / floor[0]:.2f}x" if floor[0] else "-"
        rss_ratio = f"{rss / floor[1]:.2f}x" if floor[1] and rss else "-"
        print(f"| {tool} | {seconds:.2f} | {ratio} | {rss / 1024:.0f} | {rss_ratio} | {notes.get(tool, '')} |")

    def get(t):
        return results.get(t, (None, 0))[0]

    print("\nTargets (docs/performance.md):\n")
    print("| target | measured | goal | met |\n|---|---|---|---|")

    def target(name, value, goal, ok):
        if value is None:
            return
        print(f"| {name} | {value} | {goal} | {'yes' if ok else 'NO'} |")

    if get("warden-j1") and get("floor"):
        r = get("warden-j1") / get("floor")
        target("warden cold -j1 / parse floor", f"{r:.2f}x", "<= 1.15x", r <= 1.15)
    if get("warden-warm") and get("warden-j2"):
        r = get("warden-warm") / get("warden-j2")
        target("warden warm / warden cold (-j2)", f"{r:.3f}x", "<= 0.05x", r <= 0.05)
    if get("warden-j1") and get("warden-j2"):
        r = get("warden-j1") / get("warden-j2")
        target("speed-up -j2 over -j1", f"{r:.2f}x", ">= 1.7x", r >= 1.7)
    if results.get("warden-j1", (0, 0))[1] and floor[1]:
        r = results["warden-j1"][1] / floor[1]
        target("peak RSS per worker / clang -fsyntax-only (largest TU)", f"{r:.2f}x", "<= 1.3x", r <= 1.3)
    if get("warden-changed-cc") and get("floor-cc") is not None and get("warden-startup"):
        budget = 1.2 * get("floor-cc") + get("warden-startup")
        v = get("warden-changed-cc")
        target("--changed after one .cc / (1.2 x its parse + start-up)",
               f"{v:.2f} s vs {budget:.2f} s", "<= 1.0", v <= budget)

    sarif = os.path.join(WORK, "warden-j1.sarif")
    if os.path.exists(sarif) and "warden-j1" in tools:
        counts = {}
        run_ = json.load(open(sarif))["runs"][0]
        for r in run_["results"]:
            counts[r["ruleId"]] = counts.get(r["ruleId"], 0) + 1
        props = run_["invocations"][0]["properties"]
        print(f"\nFindings per rule (warden-j1; {props['translationUnitsFailed']} TUs failed, "
              f"{props['translationUnitsIncomplete']} incomplete):\n")
        print("| rule | findings |\n|---|---|")
        for rule, n in sorted(counts.items()):
            print(f"| {rule} | {n} |")


if __name__ == "__main__":
    main()
