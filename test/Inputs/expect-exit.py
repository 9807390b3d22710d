#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Run a command and succeed only if it exits with the expected code.

Usage: expect-exit.py CODE COMMAND [ARGS...]

lit's `not` accepts any non-zero code; Warden's exit codes (0 passed,
1 gate failed, 2 usage/configuration, 3 incomplete) are a contract, so the
tests check them exactly. Output passes through unchanged.
"""
import subprocess
import sys

expected = int(sys.argv[1])
code = subprocess.call(sys.argv[2:])
if code != expected:
    sys.stderr.write(f"expect-exit: expected exit code {expected}, got {code}\n")
    sys.exit(1)
