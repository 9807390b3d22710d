#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fail if a file holds a character that a terminal or a browser would act
on rather than show: C0 controls other than tab and line feed, DEL, C1
controls, bidi embeddings, overrides and isolates, or invalid UTF-8.

Usage: no-raw-controls.py FILE...
"""
import sys

BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))

status = 0
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"{path}: invalid UTF-8 at byte {e.start}")
        status = 1
        continue
    for line_number, line in enumerate(text.split("\n"), 1):
        for ch in line:
            cp = ord(ch)
            if (cp < 0x20 and ch != "\t") or 0x7F <= cp < 0xA0 or cp in BIDI:
                print(f"{path}:{line_number}: raw U+{cp:04X}")
                status = 1
                break
sys.exit(status)
