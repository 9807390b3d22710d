# Counts what the register did in a SARIF log (argv[1]).
import json, sys
from collections import Counter
run = json.load(open(sys.argv[1]))["runs"][0]
code = [r for r in run["results"] if not r["ruleId"].startswith("warden-suppress-")]
meta = Counter(r["ruleId"] for r in run["results"] if r["ruleId"].startswith("warden-suppress-"))
print("results with suppressions:", dict(sorted(Counter(len(r.get("suppressions", [])) for r in code).items())))
print("suppression statuses:", dict(sorted(Counter(s.get("status", "accepted") for r in code for s in r.get("suppressions", [])).items())))
print("problems:", dict(sorted(meta.items())))
devs = run["properties"]["deviations"]
print("deviations by findings:", dict(sorted(Counter(d.get("findings", 0) for d in devs).items())))
