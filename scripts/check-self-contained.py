#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Fails if a tracked file refers to the 'shared' directory that sits beside
the repository on the development machine (the parent directory's 'shared').

The repository must build, test and demo from a fresh clone with nothing
beside it; anything it needs from that kit (the SARIF schema, the validator)
is copied or rewritten inside the tree. The pattern is spelt here so that this
file does not match itself.

Usage: check-self-contained.py [REPOSITORY]   (default: this script's repository)

Prints FILE:LINE: ... for each reference. Exit status: 0 none found,
1 references found, 2 the file list could not be read.
"""
import os
import re
import subprocess
import sys

SIBLING_REFERENCE = re.compile(rb"\.\.[/\\]+shared\b")


def git(root, *arguments):
    try:
        return subprocess.run(["git", "-C", root, *arguments], check=True,
                              capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", b"") or str(error).encode()
        print(f"check-self-contained: error: cannot list the tracked files of {root} "
              f"with git: {detail.decode(errors='replace').strip()}", file=sys.stderr)
        sys.exit(2)


def tracked_files(root):
    top = git(root, "rev-parse", "--show-toplevel").decode().strip()
    if os.path.realpath(top) != os.path.realpath(root):
        # A directory inside some other checkout: its list would be partial.
        print(f"check-self-contained: error: cannot list the tracked files of {root} "
              f"with git: it is not the top directory of a checkout (that is {top})",
              file=sys.stderr)
        sys.exit(2)
    listing = git(root, "ls-files", "-z")
    return [name.decode() for name in listing.split(b"\0") if name]


def main(arguments):
    if len(arguments) > 1 or (arguments and arguments[0].startswith("-")):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    root = arguments[0] if arguments else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    found = 0
    for name in tracked_files(root):
        path = os.path.join(root, name)
        if os.path.islink(path) and SIBLING_REFERENCE.search(os.readlink(path).encode()):
            print(f"{name}: symbolic link to {os.readlink(path)}")
            found += 1
            continue
        try:
            with open(path, "rb") as stream:
                lines = stream.read().split(b"\n")
        except (IsADirectoryError, FileNotFoundError):
            continue  # a submodule, or deleted in the working tree
        for number, line in enumerate(lines, 1):
            if SIBLING_REFERENCE.search(line):
                text = line.decode("utf-8", errors="replace").strip()
                print(f"{name}:{number}: refers outside the repository: {text[:160]}")
                found += 1
    if found:
        sys.stdout.flush()  # the list first, then the verdict
        print(f"check-self-contained: {found} reference(s) to the directory beside the "
              "repository; copy what is needed into the tree instead", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
