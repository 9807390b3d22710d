#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Checks that the rule catalogue, its docs and its tests agree.

Usage: check-rule-catalogue.py WARDEN SOURCE_ROOT

For every shipped rule: docs/rules/<id>.md exists and equals what
`warden explain --format markdown` prints (the pages are generated, see
scripts/gen-rule-docs.sh), test/rules/<id>.c or .cpp exists, and the rule
is in the hs-health-baseline pack. Prints each problem; exits 1 if any.
"""
import json
import os
import subprocess
import sys

warden, root = sys.argv[1], sys.argv[2]


def run(*args):
    return subprocess.run([warden, *args], check=True, capture_output=True,
                          text=True).stdout


rules = json.loads(run("list-rules", "--no-config", "--format", "json"))
problems = []
for rule in rules:
    rid = rule["id"]
    page = os.path.join(root, "docs", "rules", rid + ".md")
    expected = run("explain", "--no-config", "--format", "markdown", rid)
    if not os.path.exists(page):
        problems.append(f"{rid}: no docs page {page}")
    elif open(page, encoding="utf-8").read() != expected:
        problems.append(f"{rid}: {page} is stale; run scripts/gen-rule-docs.sh")
    tests = [os.path.join(root, "test", "rules", rid + ext) for ext in (".c", ".cpp")]
    if not any(os.path.exists(t) for t in tests):
        problems.append(f"{rid}: no lit test test/rules/{rid}.c or .cpp")
    if "hs-health-baseline" not in rule["packs"]:
        problems.append(f"{rid}: not in the hs-health-baseline pack")
    # Findings about suppressions concern the process, not a weakness.
    if not rule["cwe"] and not rule["cert"] and not rid.startswith("warden-suppress-"):
        problems.append(f"{rid}: maps to no CWE and no CERT guideline")
for p in problems:
    print(p)
print(f"{len(rules)} rules checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
