#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Start a command, interrupt it (SIGINT to its process group, as Ctrl-C
does) after DELAY seconds, and report how it ended.
Usage: interrupt.py DELAY COMMAND [ARGS...]"""
import os
import signal
import subprocess
import sys
import time

delay = float(sys.argv[1])
# As in a terminal: SIGINT has its default action (a test runner or a
# background shell may have set it to "ignore", which children inherit).
proc = subprocess.Popen(sys.argv[2:], start_new_session=True,
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
time.sleep(delay)
os.killpg(proc.pid, signal.SIGINT)
try:
    proc.wait(timeout=30)
except subprocess.TimeoutExpired:
    os.killpg(proc.pid, signal.SIGKILL)
    sys.exit("interrupt: the command did not stop within 30 s of SIGINT")
print("interrupted" if proc.returncode == -signal.SIGINT else f"exit {proc.returncode}")
