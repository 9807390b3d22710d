# Writes a register for the findings of a first run (argv[1], SARIF) to
# argv[2]: duplicated entries, several entries per fingerprint, expired,
# unused and path-mismatched ones, and entries by path, glob and rule glob.
import json, sys

results = json.load(open(sys.argv[1]))["runs"][0]["results"]
gets_a = [r for r in results if r["ruleId"] == "hs-api-gets" and
          r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/a.c"]
assert len(gets_a) == 200, len(gets_a)
fp = [r["partialFingerprints"]["warden/v1"] for r in gets_a]

def entry(rule, path, extra, why, status="accepted"):
    return ('[[deviation]]\nrule = "%s"\npath = "%s"\n%sjustification = "%s"\n'
            'status = "%s"\n' % (rule, path, extra, why, status))

out = []
for i in range(100):      # each twice, word for word
    e = entry("hs-api-gets", "src/a.c", 'fingerprint = "%s"\n' % fp[i],
              "pinned finding %d, input bounded by the frame" % i)
    out += [e, e]
for i in range(100, 110):  # two entries for one fingerprint
    out.append(entry("hs-api-gets", "src/a.c", 'fingerprint = "%s"\n' % fp[i],
                     "under review for finding %d" % i, "under-review"))
    out.append(entry("hs-api-gets", "src/a.c", 'fingerprint = "%s"\n' % fp[i],
                     "accepted for finding %d after review" % i))
out.append(entry("hs-api-gets", "src/a.c",
                 'fingerprint = "%s"\nexpires = 2020-01-01\n' % fp[110],
                 "expired deviation, still reported"))
for i in range(20):        # fingerprints of no finding
    out.append(entry("hs-api-gets", "src/a.c", 'fingerprint = "%032x"\n' % i,
                     "a finding that was fixed long ago"))
out.append(entry("hs-api-gets", "src/b.c", 'fingerprint = "%s"\n' % fp[111],
                 "right fingerprint, wrong file: unused"))
out.append(entry("hs-api-strtok", "src/b.c", "", "single threaded boot code"))
out.append(entry("hs-api-gets", "src/*.c", 'symbol = "f9"\n',
                 "f9 reads from the bounded service port"))
out.append(entry("hs-api-*", "src/b.c", 'symbol = "h"\n',
                 "h is test scaffolding, never shipped"))
open(sys.argv[2], "w").write("\n".join(out))
