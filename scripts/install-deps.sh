#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Installs every Debian 12 package Warden needs. The single source of truth
# for dependencies: the demo, the tests, CI and the benchmarks call it.
#
#   scripts/install-deps.sh          build, tests and demo
#   scripts/install-deps.sh --bench  also the peer tools and sources that
#                                    bench/run.sh measures against
#   scripts/install-deps.sh --report also headless Chromium, with which
#                                    scripts/render-report.sh screenshots
#                                    the HTML compliance report
# The flags combine.
set -euo pipefail

bench=false report=false
for arg in "$@"; do
  case "$arg" in
    --bench) bench=true ;;
    --report) report=true ;;
    *) echo "usage: $0 [--bench] [--report]" >&2; exit 2 ;;
  esac
done

packages=(
  # Build: LLVM/Clang 19.1 (shared libLLVM and libclang-cpp), CMake, Ninja.
  cmake ninja-build clang-19 llvm-19-dev libclang-19-dev
  # Header-only libraries.
  libtomlplusplus-dev nlohmann-json3-dev
  # Tests: lit and FileCheck, jsonschema for scripts/validate-sarif (which
  # checks URI and date formats itself), git for the hook tests, libFuzzer
  # and sanitizer runtimes.
  llvm-19-tools python3 python3-jsonschema git pre-commit
  libclang-rt-19-dev
)
if $bench; then
  # Peer tools, and what the Debian sources used as benchmarks configure with.
  packages+=(clang-tidy-19 cppcheck hyperfine time dpkg-dev
            libssl-dev libxml2-dev zlib1g-dev libtiff-dev libpng-dev libwrap0-dev
            liblcms2-dev)
fi
if $report; then
  packages+=(chromium)
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi

if $bench; then
  # apt-get source needs deb-src entries. Mirror the existing deb entries
  # (same URIs, suites and Signed-By, or apt refuses the mix).
  if ! grep -rqs -e '^Types:.*deb-src' -e '^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    shopt -s nullglob
    for f in /etc/apt/sources.list.d/*.sources; do
      $sudo sed -i 's/^Types: deb$/Types: deb deb-src/' "$f"
    done
    if [[ -f /etc/apt/sources.list ]] && grep -q '^deb ' /etc/apt/sources.list; then
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list |
        $sudo tee /etc/apt/sources.list.d/warden-deb-src.list >/dev/null
    fi
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${packages[@]}"
