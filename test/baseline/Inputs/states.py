# SPDX-License-Identifier: Apache-2.0
# Prints the baseline states of a SARIF log's results, counted:
# "absent=1 new=1 notAnalysed=4 unchanged=1" ("none" = no baselineState).
# A result with warden/notAnalysed must have no baselineState. With
# --partial (a run that did not analyse every TU) it also checks that each
# absent result lies in the main file of an analysed TU (an artifact with
# the role analysisTarget) and no not-analysed one does, and prints the
# number of analysed TUs on a second line: "analysed TUs: 9".
import collections, json, sys

partial = "--partial" in sys.argv[1:]
paths = [a for a in sys.argv[1:] if a != "--partial"]
counts = collections.Counter()
targets = set()
for run in json.load(open(paths[0]))["runs"]:
    for a in run.get("artifacts", []):
        if "analysisTarget" in a.get("roles", []):
            targets.add(a["location"]["uri"])
    for r in run.get("results", []):
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        if r.get("properties", {}).get("warden/notAnalysed"):
            assert "baselineState" not in r, "notAnalysed with a baselineState"
            assert uri not in targets, "not analysed, yet analysed: " + uri
            counts["notAnalysed"] += 1
        else:
            state = r.get("baselineState", "none")
            if partial and state == "absent":
                assert uri in targets, "absent in a file not analysed: " + uri
            counts[state] += 1
print(" ".join("%s=%d" % kv for kv in sorted(counts.items())))
if partial:
    print("analysed TUs: %d" % len(targets))
