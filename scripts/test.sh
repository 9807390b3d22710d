#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Installs the dependencies, builds Warden and runs every test (lit +
# FileCheck, SARIF validation with scripts/validate-sarif, the out-of-tree
# plugin build). The README's test command. It needs nothing outside the
# repository: CI (.ci/run) runs it in a fresh clone with nothing beside it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
ninja -C "${WARDEN_BUILD_DIR:-$root/build}" -j2 check
