# Makes two large Warden logs from a real one and checks their merge.
#   merge-large.py make SEED.sarif COUNT A.sarif B.sarif
#       COUNT results per log, half of them in both (as header findings
#       are in several shards); B lists rules and artifacts in the reverse
#       order, so every index must be renumbered; every 2000th result carries
#       a property nested DEPTH levels deep (deep, but within the limit).
#   merge-large.py check MERGED.sarif COUNT
#       The merged log has each distinct result once, in order, with rule
#       and artifact indices pointing at its own rule and file, and the
#       deep properties intact.
import copy, json, sys

DEPTH = 100  # {"d": [...]}: two JSON levels each, 207 in all
FILES = 50


def deep(n):
    v = "bottom"
    for _ in range(n):
        v = {"d": [v]}
    return v


def depth_of(v):
    n = 0
    while isinstance(v, dict):
        v = v["d"][0]
        n += 1
    return n, v


def make(seed_path, count, a_path, b_path):
    log = json.load(open(seed_path))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    seeds = {r["ruleId"]: r for r in run["results"]}
    assert len(rules) >= 2 and len(seeds) >= 2, (len(rules), len(seeds))
    ids = sorted(seeds)
    uris = ["src/f%03d.c" % i for i in range(FILES)]

    def result(n, rule_order, file_order):
        rule = ids[n % 2]
        r = copy.deepcopy(seeds[rule])
        r["ruleIndex"] = [x["id"] for x in rule_order].index(rule)
        phys = r["locations"][0]["physicalLocation"]
        uri = uris[n % FILES]
        phys["artifactLocation"]["uri"] = uri
        phys["artifactLocation"]["index"] = file_order.index(uri)
        phys["region"]["startLine"] = phys["region"]["endLine"] = 1 + n // FILES
        r["partialFingerprints"]["warden/v1"] = "%032x" % n
        if n % 2000 == 0:
            r.setdefault("properties", {})["deep"] = deep(DEPTH)
        return r

    artifact = run["artifacts"][0]
    for path, start, reverse in ((a_path, 0, False), (b_path, count // 2, True)):
        rule_order = list(reversed(rules)) if reverse else list(rules)
        file_order = list(reversed(uris)) if reverse else list(uris)
        run["tool"]["driver"]["rules"] = rule_order
        run["artifacts"] = []
        for uri in file_order:
            a = copy.deepcopy(artifact)
            a["location"]["uri"] = uri
            run["artifacts"].append(a)
        run["results"] = [result(n, rule_order, file_order)
                          for n in range(start, start + count)]
        json.dump(log, open(path, "w"), indent=2)


def check(merged_path, count):
    run = json.load(open(merged_path))["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    results = run["results"]
    expected = count + count // 2
    assert len(results) == expected, (len(results), expected)
    keys = []
    deep_count = 0
    for r in results:
        assert rules[r["ruleIndex"]] == r["ruleId"], r
        loc = r["locations"][0]["physicalLocation"]["artifactLocation"]
        assert uris[loc["index"]] == loc["uri"], r
        assert "__key" not in json.dumps(r)
        n = int(r["partialFingerprints"]["warden/v1"], 16)
        if n % 2000 == 0:
            assert depth_of(r["properties"]["deep"]) == (DEPTH, "bottom")
            deep_count += 1
        keys.append((loc["uri"], r["locations"][0]["physicalLocation"]["region"]["startLine"]))
    assert keys == sorted(keys)
    assert len(set(int(r["partialFingerprints"]["warden/v1"], 16)
                   for r in results)) == expected
    print("merged %d results, %d with deep properties" % (len(results), deep_count))


if sys.argv[1] == "make":
    make(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
else:
    check(sys.argv[2], int(sys.argv[3]))
