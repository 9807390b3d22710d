#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Builds Warden with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-sanitize/ and runs the whole lit suite with it. Leak checking is on;
# any sanitizer report fails the test that triggered it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WARDEN_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
    -DWARDEN_SANITIZE=ON >/dev/null
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
ninja -C "$build" -j2 check
