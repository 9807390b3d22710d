#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Write a compile_commands.json for test sources.

Usage: make-cdb.py BUILD_DIR [--flags "-DX -Iinc"] SOURCE...

Each SOURCE (relative to the working directory) becomes one entry compiled
from the working directory, so tests can build small projects in %t.
"""
import json
import os
import shlex
import sys

args = sys.argv[1:]
build_dir = args.pop(0)
flags = []
if args and args[0] == "--flags":
    args.pop(0)
    flags = shlex.split(args.pop(0))
cwd = os.getcwd()
entries = []
for source in args:
    compiler = "clang++" if source.endswith((".cpp", ".cc")) else "clang"
    entries.append({
        "directory": cwd,
        "file": source,
        "arguments": [compiler, *flags, "-c", source, "-o", source + ".o"],
    })
os.makedirs(build_dir, exist_ok=True)
with open(os.path.join(build_dir, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=2)
