#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Start a Warden run, wait for its worker, then either kill the driver or
stop it, and report whether the worker outlived what it should.

Usage: worker-watch.py MODE MARKER COMMAND [ARGS...]

MODE kill-driver: SIGKILL the driver once its worker runs; succeed if no
  process whose arguments contain MARKER is left a few seconds later.
MODE stop-driver SECONDS: SIGSTOP the driver once its worker runs, so that
  only the worker can enforce the time limit; succeed if the worker has
  ended within SECONDS of its start with its own deadline's exit status
  (124), not killed by the driver before it was stopped. The driver is then continued and its exit code is
  this script's.

MARKER must appear in COMMAND (a path unique to the test), so that Warden
processes of other tests are never touched. A worker left over is killed
(by its pid) before the script fails.
"""
import os
import signal
import subprocess
import sys
import time


def processes():
    """(pid, ppid, state, argv) of every process that is still readable."""
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
            with open(f"/proc/{name}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
        except OSError:
            continue
        # The command name may contain spaces and parentheses: split after
        # the last ')'.
        fields = stat[stat.rindex(")") + 2:].split()
        yield int(name), int(fields[1]), fields[0], [a.decode(errors="replace") for a in argv if a]


def with_marker(marker):
    return [pid for pid, _, state, argv in processes()
            if pid != os.getpid() and state != "Z" and argv
            and os.path.basename(argv[0]) == "warden"
            and any(marker in a for a in argv)]


def running(pid):
    for p, _, state, _ in processes():
        if p == pid:
            return state != "Z"
    return False


def exit_status(pid):
    """The wait status of a zombie (field 52 of /proc/PID/stat)."""
    with open(f"/proc/{pid}/stat") as f:
        stat = f.read()
    return int(stat[stat.rindex(")") + 2:].split()[49])


def wait_for_worker(driver, marker, limit=120):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        for pid, ppid, state, argv in processes():
            if ppid == driver.pid and state != "Z" and any(marker in a for a in argv):
                return pid
        if driver.poll() is not None:
            sys.exit(f"worker-watch: the driver ended (exit {driver.returncode}) before a worker ran")
        time.sleep(0.02)
    driver.kill()
    sys.exit("worker-watch: no worker started")


def fail_with_leftovers(pids, why):
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    sys.exit(f"worker-watch: {why}: {' '.join(map(str, pids))}")


def main():
    mode = sys.argv[1]
    args = sys.argv[2:]
    limit = None
    if mode == "stop-driver":
        limit = float(args.pop(0))
    elif mode != "kill-driver":
        sys.exit("worker-watch: unknown mode " + mode)
    marker, command = args[0], args[1:]
    if not any(marker in a for a in command):
        sys.exit("worker-watch: the marker must appear in the command")
    driver = subprocess.Popen(command, start_new_session=True)
    worker = wait_for_worker(driver, marker)
    seen = time.monotonic()

    if mode == "kill-driver":
        # Let the worker get into the slow part of its work first.
        time.sleep(0.5)
        os.kill(driver.pid, signal.SIGKILL)
        driver.wait()
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and with_marker(marker):
            time.sleep(0.05)
        left = with_marker(marker)
        if left:
            fail_with_leftovers(left, "worker(s) still running 3 s after the driver was killed")
        print("no worker left after the driver was killed")
        return 0

    os.kill(driver.pid, signal.SIGSTOP)
    deadline = seen + limit
    while time.monotonic() < deadline and running(worker):
        time.sleep(0.05)
    if running(worker):
        os.kill(driver.pid, signal.SIGKILL)
        driver.wait()
        fail_with_leftovers(sorted({worker, *with_marker(marker)}),
                            f"worker still running {limit:.0f} s after it started, "
                            "with the driver stopped")
    # The stopped driver has not reaped the worker: its exit status is still
    # readable, and tells an exit of its own from a kill by the driver.
    status = exit_status(worker)
    if status != 124 << 8:
        os.kill(driver.pid, signal.SIGKILL)
        driver.wait()
        sys.exit(f"worker-watch: the worker ended with wait status {status}, "
                 "not by its own deadline (exit 124); was the driver stopped too late?")
    print("the worker ended itself while the driver was stopped", flush=True)
    os.kill(driver.pid, signal.SIGCONT)
    return driver.wait()


sys.exit(main())
