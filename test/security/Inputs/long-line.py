#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The long-line test: many findings on one long line with multi-byte
characters, in several functions.

Usage: long-line.py write SOURCE
       long-line.py check SOURCE SARIF

check recomputes, independently of Warden, the SARIF start column (UTF-16
code units) of every finding on the long line and every fingerprint
(warden/v1, docs/fingerprints.md), and prints one summary line.
"""
import hashlib
import json
import sys
from collections import Counter

# Each unit holds a gets() call and a literal with 2-, 3- and 4-byte UTF-8
# characters and a byte that is not UTF-8 (one unit, as a replacement
# character), so UTF-16 columns drift away from byte columns as the line
# goes on, across many of the column index's 256-byte strides.
UNIT = b'gets(b); (void)"\xc3\xa9\xe2\x82\xac\xf0\x9d\x84\x9e\xff"; '
FUNCTIONS = ["first", "second", "third"]
UNITS_PER_FUNCTION = 150


def write(path):
    body = b" ".join(b"void %s(char *b) { %s}" % (f.encode(), UNIT * UNITS_PER_FUNCTION)
                     for f in FUNCTIONS)
    with open(path, "wb") as f:
        f.write(b"char *gets(char *);\n" + body + b"\n")


def utf16_column(line, byte_offset):
    text = line[:byte_offset].decode("utf-8", errors="replace")
    return len(text.encode("utf-16-le")) // 2 + 1


def check(source, sarif):
    lines = open(source, "rb").read().split(b"\n")
    line = lines[1]
    expected = []
    at = line.find(b"gets(")
    while at >= 0:
        expected.append(utf16_column(line, at))
        at = line.find(b"gets(", at + 1)
    run = json.load(open(sarif))["runs"][0]
    columns = []
    seen = Counter()
    fingerprints = set()
    for r in run["results"]:
        loc = r["locations"][0]
        region = loc["physicalLocation"]["region"]
        path = loc["physicalLocation"]["artifactLocation"]["uri"]
        symbol = loc.get("logicalLocations", [{}])[0].get("fullyQualifiedName", "")
        text = lines[region["startLine"] - 1]
        if region["startLine"] == 2:
            columns.append(region["startColumn"])
        normalised = bytes(c for c in text if c not in b" \t\r\n\v\f")
        context = b"\0".join([b"warden/v1", r["ruleId"].encode(), path.encode(),
                              symbol.encode(), normalised])
        index = seen[context]
        seen[context] += 1
        fp = hashlib.sha256(context + b"\0" + str(index).encode()).hexdigest()[:32]
        if fp != r["partialFingerprints"]["warden/v1"]:
            sys.exit(f"fingerprint of the result at {region} is "
                     f"{r['partialFingerprints']['warden/v1']}, expected {fp}")
        fingerprints.add(fp)
    if columns != expected:
        bad = next(i for i, (a, b) in enumerate(zip(columns + [0] * len(expected), expected)) if a != b)
        sys.exit(f"{len(columns)} columns, {len(expected)} expected; "
                 f"finding {bad + 1}: column {columns[bad] if bad < len(columns) else None}, "
                 f"expected {expected[bad]}")
    print(f"{len(columns)} columns and {len(fingerprints)} distinct fingerprints "
          f"as recomputed, last column {columns[-1]} of {len(line)} bytes")


if sys.argv[1] == "write":
    write(sys.argv[2])
else:
    check(sys.argv[2], sys.argv[3])
