#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Measures Warden against the parse floor on real code from Debian sources.

Usage: bench/run.py [--warden PATH] [--subset DIR] [--repeat N] [--tools ...]

The code base is DCMTK (fetched and configured by bench/fetch-sources.sh);
the translation units are those of --subset (default: dcmdata/libsrc),
in compile_commands.json order. For each tool the script records wall time
and peak RSS (of the largest process) and prints a Markdown table with
ratios to the parse floor, `clang-19 -fsyntax-only` run on each TU in turn.

Tools (--tools, comma separated; default: floor,warden-j1,warden-j2):
  floor      clang-19 -fsyntax-only per TU, sequentially (the parse floor)
  warden-j1  warden check -j1, full health pack
  warden-j2  warden check -j2
Findings per rule are printed from the warden-j1 run.
"""
import argparse
import json
import os
import resource
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXTRA_ARGS = ["-fdelayed-template-parsing"]  # DCMTK 3.6.7 under clang 19


def run(cmd, cwd=None, capture=False):
    """Runs cmd, returns (seconds, peak RSS of any child in KiB, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, text=True)
    seconds = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(before, after), proc.stdout if capture else "", proc.returncode


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


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--warden", default=os.path.join(ROOT, "build", "bin", "warden"))
    p.add_argument("--subset", default="dcmdata/libsrc")
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--tools", default="floor,warden-j1,warden-j2")
    opts = p.parse_args()

    db_path = subprocess.run([os.path.join(HERE, "fetch-sources.sh"), "dcmtk"], check=True,
                             stdout=subprocess.PIPE, text=True).stdout.strip().splitlines()[-1]
    build = os.path.dirname(db_path)
    src = os.path.dirname(build)
    entries = [e for e in json.load(open(db_path))
               if os.path.join(src, opts.subset) + "/" in os.path.join(e["directory"], e["file"])]
    print(f"DCMTK {os.path.basename(src)}, {opts.subset}: {len(entries)} translation units\n")

    results = {}
    for tool in opts.tools.split(","):
        best = None
        for _ in range(opts.repeat):
            if tool == "floor":
                seconds, rss = 0.0, 0
                for e in entries:
                    s, r, _, _ = run(syntax_only_command(e), cwd=e["directory"])
                    seconds += s
                    rss = max(rss, r)
                out = ""
            elif tool.startswith("warden-j"):
                jobs = tool[len("warden-j"):]
                cmd = [opts.warden, "check", "--no-config", "-p", build,
                       os.path.join(src, opts.subset), f"-j{jobs}", "--fail-on=never",
                       "--format", "sarif", "-o", os.path.join(HERE, "work", f"{tool}.sarif")]
                cmd += [f"--extra-arg={a}" for a in EXTRA_ARGS]
                seconds, rss, out, code = run(cmd, capture=True)
                if code not in (0, 1):
                    print(f"{tool}: warden exited with {code}", file=sys.stderr)
            else:
                sys.exit(f"unknown tool {tool}")
            if best is None or seconds < best[0]:
                best = (seconds, rss)
        results[tool] = best

    floor = results.get("floor", (None,))[0]
    print("| tool | wall time (s) | ratio to parse floor | peak RSS (MiB) |")
    print("|---|---|---|---|")
    for tool, (seconds, rss) in results.items():
        ratio = f"{seconds / floor:.2f}x" if floor else "-"
        print(f"| {tool} | {seconds:.2f} | {ratio} | {rss / 1024:.0f} |")

    sarif = os.path.join(HERE, "work", "warden-j1.sarif")
    if os.path.exists(sarif):
        counts = {}
        run_ = json.load(open(sarif))["runs"][0]
        for r in run_["results"]:
            counts[r["ruleId"]] = counts.get(r["ruleId"], 0) + 1
        failed = run_["invocations"][0]["properties"]["translationUnitsFailed"]
        incomplete = run_["invocations"][0]["properties"]["translationUnitsIncomplete"]
        print(f"\nFindings per rule (warden-j1; {failed} TUs failed, {incomplete} incomplete):\n")
        print("| rule | findings |\n|---|---|")
        for rule, n in sorted(counts.items()):
            print(f"| {rule} | {n} |")


if __name__ == "__main__":
    main()
