#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Writes SARIF logs at and just over GitHub code scanning's size limits,
derived from valid-github.sarif, into OUTPUT_DIR: LIMIT.sarif goes one over
the limit, LIMIT-at-limit.sarif sits on it. Generated rather than kept in
the repository because several are megabytes.

Usage: make-oversized.py OUTPUT_DIR
"""
import base64
import copy
import json
import os
import random
import sys

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "valid-github.sarif"), encoding="utf-8") as stream:
    BASE = json.load(stream)


def run_of(log):
    return log["runs"][0]


def first_result(log):
    return run_of(log)["results"][0]


def runs(log, count):
    template = run_of(log)
    log["runs"] = []
    for index in range(count):
        run = copy.deepcopy(template)
        run["automationDetails"]["id"] = f"warden/config-{index}/"
        log["runs"].append(run)


def results(log, count):
    template = first_result(log)
    run_of(log)["results"] = [template] * count


def rules(log, count):
    driver = run_of(log)["tool"]["driver"]
    template = driver["rules"][0]
    driver["rules"] = [template] + [dict(template, id=f"rule-{index}") for index in range(1, count)]


def extensions(log, count):
    run_of(log)["tool"]["extensions"] = [{"name": f"plugin-{index}"} for index in range(count)]


def locations(log, count):
    result = first_result(log)
    result["locations"] = result["locations"] * count


def thread_flow_locations(log, count):
    result = first_result(log)
    step = {"location": result["locations"][0]}
    # Split over two thread flows: the limit is on their sum.
    half = count // 2
    result["codeFlows"] = [{"threadFlows": [{"locations": [step] * half},
                                            {"locations": [step] * (count - half)}]}]


def gzip_bytes(log, megabytes):
    # Random bytes in base64 hardly compress: about 0.76 gzip bytes per character.
    noise = random.Random(1).randbytes(int(megabytes * 1024 * 1024 / 0.76 * 0.75))
    run_of(log)["properties"] = {"padding": base64.b64encode(noise).decode("ascii")}


LIMITS = {
    "runs": (runs, 20),
    "results": (results, 25000),
    "rules": (rules, 25000),
    "extensions": (extensions, 100),
    "locations": (locations, 1000),
    "thread-flow-locations": (thread_flow_locations, 10000),
}


def write(path, log):
    with open(path, "w", encoding="utf-8") as stream:
        json.dump(log, stream)


def main(output_dir):
    os.makedirs(output_dir, exist_ok=True)
    for name, (grow, limit) in LIMITS.items():
        for suffix, count in (("-at-limit", limit), ("", limit + 1)):
            log = copy.deepcopy(BASE)
            grow(log, count)
            write(os.path.join(output_dir, f"{name}{suffix}.sarif"), log)
    for suffix, megabytes in (("-at-limit", 9.5), ("", 10.5)):
        log = copy.deepcopy(BASE)
        gzip_bytes(log, megabytes)
        write(os.path.join(output_dir, f"gzip-size{suffix}.sarif"), log)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.strip())
    main(sys.argv[1])
