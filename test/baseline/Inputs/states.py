# SPDX-License-Identifier: Apache-2.0
# Prints the baseline states of a SARIF log's results, counted:
# "absent=1 new=1 notAnalysed=4 unchanged=1" ("none" = no baselineState).
# A result with warden/notAnalysed must have no baselineState.
import collections, json, sys

counts = collections.Counter()
for run in json.load(open(sys.argv[1]))["runs"]:
    for r in run.get("results", []):
        if r.get("properties", {}).get("warden/notAnalysed"):
            assert "baselineState" not in r, "notAnalysed with a baselineState"
            counts["notAnalysed"] += 1
        else:
            counts[r.get("baselineState", "none")] += 1
print(" ".join("%s=%d" % kv for kv in sorted(counts.items())))
