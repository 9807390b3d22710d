#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Forge a result-cache entry, as a hostile repository would commit one.

Usage: forge-cache-entry.py CLEAN_CACHE BAD_CACHE TARGET_CACHE

CLEAN_CACHE holds the entry of a TU analysed while its file was clean,
BAD_CACHE the entry of the same TU (same key) after a violation was added.
The forged entry, written into TARGET_CACHE, takes the dependency hashes of
the bad content and the clean result: a cache that trusts it reports nothing
for the bad file. Works on every entry layout so far: an optional first line
"warden-cache/vN ..." (kept, now stale), a JSON header line, the outcome.
"""
import glob
import hashlib
import json
import os
import sys


def the_entry(cache):
    entries = [p for p in glob.glob(os.path.join(cache, "v*", "*", "*"))
               if ".tmp-" not in p]
    if len(entries) != 1:
        sys.exit(f"forge-cache-entry: expected one entry in {cache}, found {entries}")
    return entries[0]


def parse(path):
    data = open(path, "rb").read()
    first, rest = data.split(b"\n", 1)
    preamble = b""
    if first.startswith(b"warden-cache/"):
        preamble = first + b"\n"
        header, body = rest.split(b"\n", 1)
    else:
        header, body = first, rest
    return preamble, json.loads(header), body


clean_path, bad_path = the_entry(sys.argv[1]), the_entry(sys.argv[2])
_, clean_header, clean_body = parse(clean_path)
preamble, bad_header, _ = parse(bad_path)
if os.path.relpath(clean_path, sys.argv[1]) != os.path.relpath(bad_path, sys.argv[2]):
    sys.exit("forge-cache-entry: the two entries have different keys")
forged = dict(bad_header)
forged["outcome"] = clean_header["outcome"]
target = os.path.join(sys.argv[3], os.path.relpath(bad_path, sys.argv[2]))
os.makedirs(os.path.dirname(target), exist_ok=True)
with open(target, "wb") as out:
    out.write(preamble + json.dumps(forged, separators=(",", ":")).encode() + b"\n" + clean_body)
