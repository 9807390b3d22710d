#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Prepares the demo project as a release candidate in $1 and analyses it:
# component classes, a deviation register (one entry in force, one expired,
# one unused), an in-source suppression with its approval data and one
# without a justification, committed to git, then
# `warden check --format sarif -o warden.sarif`.
# Usage: release.sh DIR WARDEN_SRC CMAKE
set -euo pipefail
out=$1 src=$2 cmake=$3
inputs=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out" && mkdir -p "$out"
cp -r "$src/examples/infusion-pump/." "$out/"
rm -rf "$out/build"
cp "$inputs/release.toml" "$out/.warden.toml"
cp "$inputs/deviations.toml" "$out/deviations.toml"
cd "$out"
sed -i 's|^    strcpy(s->patient_id, arg);$|    strcpy(s->patient_id, arg); // warden-ignore hs-api-unbounded-strcpy: the frame parser limits ids to 15 bytes; ticket=PUMP-55; approver=Q. Lead; expires=2099-12-31|' src/pump/protocol.c
sed -i 's|^    double bolus = atof(arg);$|    double bolus = atof(arg); // warden-ignore hs-api-ato-conversion|' src/pump/protocol.c
if [[ -n "${EXTRA_SED:-}" ]]; then eval "$EXTRA_SED"; fi
"$cmake" -G Ninja -S . -B build -DCMAKE_C_COMPILER=clang-19 \
  -DCMAKE_CXX_COMPILER=clang++-19 >cmake.log
printf 'build/\ncmake.log\n*.sarif\n*.html\n*.md\n' >.gitignore
git init -q .
git add -A
git -c user.name=Release -c user.email=release@example.com \
  -c commit.gpgsign=false commit -q -m "infusion-pump 1.4.0"
warden check --format sarif -o warden.sarif --as-of 2026-11-28 --quiet -j2 || true
