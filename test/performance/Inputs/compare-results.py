#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Exit 0 when two SARIF logs have the same results (rule, location,
message, fingerprint, suppressions), whatever their order and run metadata.
Usage: compare-results.py A.sarif B.sarif"""
import json
import sys


def results(path):
    runs = json.load(open(path))["runs"]
    out = []
    for run in runs:
        for r in run["results"]:
            loc = r["locations"][0]["physicalLocation"]
            out.append((r["ruleId"], loc["artifactLocation"]["uri"],
                        loc["region"]["startLine"], loc["region"].get("startColumn"),
                        r["message"]["text"], r["partialFingerprints"]["warden/v1"],
                        json.dumps(r.get("suppressions"), sort_keys=True)))
    return sorted(out)


a, b = results(sys.argv[1]), results(sys.argv[2])
if a != b:
    for x in sorted(set(a) ^ set(b)):
        print("differs:", x)
    sys.exit(1)
print(f"same {len(a)} results")
