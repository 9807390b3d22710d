#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Write a JSON input that nests arrays DEPTH deep inside a plausible shell.

Usage: deep-json.py KIND DEPTH OUT
KIND: sarif (a Warden SARIF log), baseline (a Warden baseline) or cdb
(a compile_commands.json). The nesting sits in a property or field that
the reader would otherwise ignore, on the second line, so that the error
position is easy to check.
"""
import sys

kind, depth, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
nest = "[" * depth + "]" * depth
if kind == "sarif":
    text = ('{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "Warden"}},\n'
            ' "results": [{"ruleId": "x", "properties": {"deep": ' + nest + '}}]}]}\n')
elif kind == "baseline":
    text = ('{"version": 1, "fingerprintVersion": "warden/v1", "findings": [\n'
            ' {"fingerprint": "0", "deep": ' + nest + '}]}\n')
elif kind == "cdb":
    text = ('[{"directory": ".", "file": "a.c", "arguments": ["clang", "-c", "a.c"],\n'
            ' "deep": ' + nest + '}]\n')
else:
    sys.exit("deep-json.py: unknown kind " + kind)
with open(out, "w") as f:
    f.write(text)
