#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Configures and builds Warden in build/ with clang-19 and Ninja (two jobs:
# the CI machines have two cores). Extra arguments go to CMake.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WARDEN_BUILD_DIR:-$root/build}"

if [[ ! -f "$build/build.ninja" ]]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 "$@"
fi
ninja -C "$build" -j2
