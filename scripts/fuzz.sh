#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Builds the libFuzzer targets of test/fuzz (ASan + UBSan) in build-fuzz/
# and runs each for SECONDS (default 30) on a scratch copy of its seed
# corpus, so the repository's corpus/ only changes by hand. Fails on the
# first crash, leak, sanitizer report or timeout; the reproducer is left in
# build-fuzz/artifacts/.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: directive config
#                                            register baseline sarif-merge
#                                            report compile-command)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WARDEN_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-30}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(directive config register baseline sarif-merge report compile-command)

if [[ ! -f "$build/build.ninja" ]]; then
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
    -DWARDEN_FUZZ=ON -DWARDEN_BUILD_TESTS=OFF >/dev/null
fi
ninja -C "$build" -j2 $(printf 'warden-fuzz-%s ' "${targets[@]}")

mkdir -p "$build/artifacts"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
for t in "${targets[@]}"; do
  work="$build/corpus-$t"
  rm -rf "$work" && mkdir -p "$work"
  cp "$root/test/fuzz/corpus/$t/"* "$work/"
  echo "== fuzzing $t for ${seconds}s"
  if ! "$build/bin/warden-fuzz-$t" "$work" -max_total_time="$seconds" \
       -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$build/artifacts/$t-" 2>"$build/fuzz-$t.log"; then
    tail -n 60 "$build/fuzz-$t.log"
    echo "fuzz.sh: $t failed; reproducer in $build/artifacts/" >&2
    status=1
  else
    grep -E '^stat::(number_of_executed_units|peak_rss_mb)|cov:' "$build/fuzz-$t.log" | tail -n 3
  fi
done
exit $status
