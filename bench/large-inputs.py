#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Time and peak memory of Warden on large inputs (issue 12, item 8).

  large-inputs.py merge    --warden BIN [--size-mb 107]
      Two Warden SARIF logs of about SIZE MB each (a real log of a small
      generated project, its results multiplied over many files and lines,
      half of them shared by both logs as shards share header findings),
      then `warden merge a.sarif b.sarif -o merged.sarif`.

  large-inputs.py register --warden BIN [--entries 20000] [--findings 100000]
      A generated project with FINDINGS findings of hs-api-gets and a
      register of ENTRIES entries (by fingerprint, by path, duplicates and
      unused ones), then `warden check` with that register. The analysis
      is run once before, without the register, so the timed run is a cache
      hit and measures the parent's matching.

Both print the command's wall time and peak RSS (from /usr/bin/time -v).
Work files go to --work (default: bench/work/large-inputs).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys


def timed(cmd, cwd, timeout):
    """Runs cmd under /usr/bin/time -v; returns (seconds, peak MB, rc)."""
    try:
        p = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, "timeout"
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)",
                     p.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    seconds = (int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 +
               float(wall.group(3)))
    return seconds, int(rss.group(1)) / 1024, p.returncode


def report(what, result, timeout):
    seconds, mb, rc = result
    if rc == "timeout":
        print(f"{what}: did not finish in {timeout} s")
    else:
        print(f"{what}: {seconds:.1f} s, peak RSS {mb:.0f} MB, exit {rc}")


def seed_log(warden, work):
    """A real Warden log of a few findings, to multiply."""
    src = os.path.join(work, "seed")
    os.makedirs(src, exist_ok=True)
    with open(os.path.join(src, "seed.c"), "w") as f:
        f.write("char *gets(char *s);\nvoid seed(char *b) {\n" +
                "".join("  gets(b); /* %d */\n" % i for i in range(4)) + "}\n")
    subprocess.run([warden, "check", "--no-config", "--only=hs-api-gets",
                    "--fail-on=never", "--quiet", "--format", "sarif", "-o",
                    "seed.sarif", "seed.c", "--"], cwd=src, check=True)
    with open(os.path.join(src, "seed.sarif")) as f:
        return json.load(f)


def merge(args):
    work = args.work
    log = seed_log(args.warden, work)
    run = log["runs"][0]
    template = run["results"][0]
    per_result = len(json.dumps(template, indent=2)) + 2 * 8 * 20
    count = args.size_mb * 1024 * 1024 // per_result
    files = max(1, count // 500)

    def result(file, line):
        r = json.loads(json.dumps(template))
        phys = r["locations"][0]["physicalLocation"]
        phys["artifactLocation"]["uri"] = "src/f%05d.c" % file
        phys["artifactLocation"]["index"] = file
        phys["region"]["startLine"] = phys["region"]["endLine"] = line
        r["partialFingerprints"]["warden/v1"] = "%032x" % (file * 100003 + line)
        return r

    artifacts = [{"location": {"uri": "src/f%05d.c" % i, "uriBaseId": "%SRCROOT%"},
                  "roles": ["analysisTarget"]} for i in range(files)]
    for name, offset in (("a.sarif", 0), ("b.sarif", count // 2)):
        run["artifacts"] = artifacts
        run["results"] = [result((offset + i) % files, 1 + (offset + i) // files)
                          for i in range(count)]
        with open(os.path.join(work, name), "w") as f:
            json.dump(log, f, indent=2)
        print(f"{name}: {os.path.getsize(os.path.join(work, name)) / 2**20:.0f} MB,"
              f" {count} results")
    run["results"] = []
    report("warden merge a.sarif b.sarif",
           timed([args.warden, "merge", "a.sarif", "b.sarif", "-o", "merged.sarif"],
                 work, args.timeout), args.timeout)


def register(args):
    work = os.path.join(args.work, "register")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "src"))
    per_file = 1000
    files = max(1, args.findings // per_file)
    for i in range(files):
        with open(os.path.join(work, "src", "f%04d.c" % i), "w") as f:
            f.write("char *gets(char *s);\n")
            for j in range(per_file // 10):
                f.write("void f%d(char *b) {\n" % j +
                        "".join("  gets(b); /* %d */\n" % k for k in range(10)) +
                        "}\n")
    with open(os.path.join(work, "compile_commands.json"), "w") as f:
        json.dump([{"directory": work, "file": "src/f%04d.c" % i,
                    "arguments": ["cc", "-c", "src/f%04d.c" % i]}
                   for i in range(files)], f)
    config = '[suppressions]\nregister = "deviations.toml"\n'
    with open(os.path.join(work, ".warden.toml"), "w") as f:
        f.write(config)
    open(os.path.join(work, "deviations.toml"), "w").close()
    check = [args.warden, "check", "-p", ".", "--only=hs-api-gets",
             "--fail-on=never", "--quiet",
             "--format", "sarif", "-o", "out.sarif"]
    report("analysis, empty register (fills the cache)",
           timed(check, work, None), None)
    with open(os.path.join(work, "out.sarif")) as f:
        results = json.load(f)["runs"][0]["results"]
    print(f"{len(results)} findings")
    entries = []
    for n in range(args.entries):
        r = results[(n * 7919) % len(results)]
        path = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        fp = r["partialFingerprints"]["warden/v1"]
        kind = n % 10
        if kind < 7:      # pinned to one finding (some pinned twice)
            extra = 'fingerprint = "%s"\n' % fp
        elif kind < 8:    # pinned to a finding that is gone: unused
            extra = 'fingerprint = "%032x"\n' % n
        else:             # a whole file or function
            extra = 'symbol = "f%d"\n' % (n % 100)
        entries.append('[[deviation]]\nrule = "hs-api-gets"\npath = "%s"\n%s'
                       'justification = "bench entry %d, reviewed"\n' %
                       (path, extra, n))
    with open(os.path.join(work, "deviations.toml"), "w") as f:
        f.write("\n".join(entries))
    report(f"check with {args.entries} register entries x {len(results)} findings",
           timed(check, work, args.timeout), args.timeout)


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("what", choices=["merge", "register"])
    p.add_argument("--warden", required=True)
    p.add_argument("--work", default=os.path.join(os.path.dirname(
        os.path.abspath(__file__)), "work", "large-inputs"))
    p.add_argument("--size-mb", type=int, default=107)
    p.add_argument("--entries", type=int, default=20000)
    p.add_argument("--findings", type=int, default=100000)
    p.add_argument("--timeout", type=int, default=600)
    args = p.parse_args()
    args.warden = os.path.abspath(args.warden)
    os.makedirs(args.work, exist_ok=True)
    merge(args) if args.what == "merge" else register(args)


if __name__ == "__main__":
    sys.exit(main())
