#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Regenerates the rule/pack table of docs/packs.md from the shipped rules
and packs, between the markers <!-- pack-table:begin --> and
<!-- pack-table:end -->. Called by scripts/gen-rule-docs.sh.

Usage: gen-pack-table.py WARDEN SOURCE_ROOT
"""
import json
import os
import re
import subprocess
import sys

warden, root = sys.argv[1], sys.argv[2]


def run(*args):
    return json.loads(subprocess.run([warden, *args, "--no-config", "--format", "json"],
                                     check=True, capture_output=True, text=True).stdout)


rules = run("list-rules")
packs = sorted(run("list-rules", "--packs"), key=lambda p: (p["id"] != "hs-health-baseline", p["id"]))
# Rules a pack lists for traceability but leaves off unless enabled.
disabled = {p["id"]: set(p["disabled"]) for p in packs}

lines = ["| Rule | Level | CWE | " + " | ".join(f"`{p['id']}`" for p in packs) + " |",
         "|---|---|---|" + "---|" * len(packs)]
for r in sorted(rules, key=lambda r: r["id"]):
    cwe = ", ".join(c.removeprefix("CWE-") for c in r.get("cwe", [])) or "–"
    cells = []
    for p in packs:
        if p["id"] not in r["packs"]:
            cells.append("")
        elif r["id"] in disabled[p["id"]]:
            cells.append("off")
        else:
            cells.append("✓")
    lines.append(f"| [`{r['id']}`](rules/{r['id']}.md) | {r['level']} | {cwe} | " + " | ".join(cells) + " |")
table = "\n".join(lines)

path = os.path.join(root, "docs", "packs.md")
text = open(path).read()
begin, end = "<!-- pack-table:begin -->", "<!-- pack-table:end -->"
if begin not in text or end not in text:
    sys.exit(f"{path}: markers {begin} / {end} not found")
text = re.sub(re.escape(begin) + ".*?" + re.escape(end),
              lambda _: f"{begin}\n{table}\n{end}", text, flags=re.S)
open(path, "w").write(text)
print(f"wrote the table of {len(rules)} rules x {len(packs)} packs to {path}")
