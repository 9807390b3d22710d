#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Installs the dependencies, builds Warden and runs it on the bundled
# infusion-pump project: findings on the terminal, then a SARIF file that
# is checked against the SARIF 2.1.0 schema and GitHub's rules by the
# repository's own scripts/validate-sarif. Fails if the SARIF does not validate
# or cannot be checked.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
warden="${WARDEN_BUILD_DIR:-$root/build}/bin/warden"
example="$root/examples/infusion-pump"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"

echo "== Building the demo project (exports compile_commands.json)"
cmake -G Ninja -S "$example" -B "$example/build" \
  -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 >/dev/null
ninja -C "$example/build" >/dev/null

cd "$example"
echo "== warden check (text; .warden.toml gates on errors, so exit 1 is expected)"
"$warden" check || echo "(warden exited with $?: the gate failed on the planted findings)"

echo
echo "== the justified deviations (in the source and in deviations.toml)"
"$warden" check --show-suppressed --fail-on=never 2>&1 | grep -E 'note: (suppressed in source|deviation in the register)' || true

echo
echo "== warden check --format sarif -o build/warden.sarif"
rm -f build/warden.sarif  # a stale log from an earlier run must not pass for this one
"$warden" check --format sarif -o build/warden.sarif --quiet || true
echo "== scripts/validate-sarif --github build/warden.sarif (SARIF 2.1.0 schema, GitHub's rules)"
if ! "$root/scripts/validate-sarif" --github build/warden.sarif; then
  echo "demo.sh: build/warden.sarif did not validate (see above); the demo failed" >&2
  exit 1
fi
echo
echo "SARIF written to $example/build/warden.sarif"
echo "Open it in VS Code's SARIF Viewer, or upload it to GitHub code scanning."
