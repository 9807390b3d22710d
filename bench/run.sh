#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# The benchmark of docs/performance.md: installs the peer tools and the
# source packages' build dependencies, builds Warden, fetches and configures
# DCMTK from Debian's sources and measures (bench/run.py) the parse floor,
# clang-tidy with and without the analyzer, cppcheck and Warden cold, warm
# and --changed. The Markdown table goes to stdout and bench/work/results.md.
# Run it on an otherwise idle machine; arguments go to bench/run.py.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
"$here/../scripts/install-deps.sh" --bench
"$here/../scripts/build.sh"
mkdir -p "$here/work"
/usr/bin/python3 "$here/run.py" "$@" | tee "$here/work/results.md"
