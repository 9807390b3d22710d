#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Tag a copy of the hook repository as the release is tagged, and use it.

Usage: tag-release.py WARDEN_SRC HOOK_REPO PRE_COMMIT_CONFIG

The tag is "v" + project(VERSION) of WARDEN_SRC/CMakeLists.txt. Fails when
the comment of WARDEN_SRC/.pre-commit-hooks.yaml names another rev, then
writes PRE_COMMIT_CONFIG referring to HOOK_REPO at that tag.
"""
import re
import subprocess
import sys

src, hooks, config = sys.argv[1:]
version = re.search(r"project\(Warden VERSION ([0-9.]+)",
                    open(src + "/CMakeLists.txt").read()).group(1)
tag = "v" + version
documented = re.findall(r"rev: (\S+)", open(src + "/.pre-commit-hooks.yaml").read())
if documented != [tag]:
    sys.exit(f".pre-commit-hooks.yaml names rev {documented}, the release tag is {tag}")
subprocess.check_call(["git", "-C", hooks, "tag", tag])
with open(config, "w") as f:
    f.write(f"repos:\n- repo: {hooks}\n  rev: {tag}\n  hooks:\n  - id: warden\n")
