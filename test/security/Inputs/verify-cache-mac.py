#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Check every entry of a result cache against its HMAC-SHA256.

Usage: verify-cache-mac.py KEY_FILE CACHE_DIR

An entry is "warden-cache/v2 <hex MAC>\\n" then the rest; the MAC is
HMAC-SHA256(key, <entry key> "\\n" <rest>), the entry key being its file name.
"""
import glob
import hashlib
import hmac
import os
import sys

key = bytes.fromhex(open(sys.argv[1]).read().strip())
entries = glob.glob(os.path.join(sys.argv[2], "v2", "*", "*"))
if not entries:
    sys.exit("verify-cache-mac: no entries")
for path in entries:
    first, rest = open(path, "rb").read().split(b"\n", 1)
    magic, mac = first.split(b" ")
    assert magic == b"warden-cache/v2", magic
    name = os.path.basename(path).encode()
    expected = hmac.new(key, name + b"\n" + rest, hashlib.sha256).hexdigest()
    if mac.decode() != expected:
        sys.exit(f"verify-cache-mac: {path}: MAC {mac.decode()} != {expected}")
print(f"{len(entries)} entries verified")
