#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Run the same command N times at once; fail unless all succeed with the
same output. Usage: run-concurrently.py N COMMAND [ARGS...]"""
import subprocess
import sys

n = int(sys.argv[1])
procs = [subprocess.Popen(sys.argv[2:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
         for _ in range(n)]
outputs = [p.communicate() for p in procs]
codes = [p.returncode for p in procs]
if len(set(codes)) != 1 or len({o[0] for o in outputs}) != 1:
    sys.exit(f"run-concurrently: runs differ: exit codes {codes}")
sys.stdout.buffer.write(outputs[0][0])
sys.exit(codes[0])
