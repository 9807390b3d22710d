#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Fetches DCMTK from Debian's sources (apt-get source dcmtk) into
# bench/work/ and configures it with CMake the way debian/rules does, plus
# CMAKE_EXPORT_COMPILE_COMMANDS, so that Warden and the peer tools can run on
# the same translation units. Never committed; re-run to refresh.
#   bench/fetch-dcmtk.sh    -> bench/work/dcmtk-<version>/build/compile_commands.json
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work="$here/work"
mkdir -p "$work"
cd "$work"

src=$(ls -d dcmtk-*/ 2>/dev/null | head -n1 || true)
if [[ -z "$src" ]]; then
  apt-get source dcmtk >/dev/null
  src=$(ls -d dcmtk-*/ | head -n1)
fi
src="$work/${src%/}"

if [[ ! -f "$src/build/compile_commands.json" ]]; then
  # The flags of debian/rules (CMAKE_EXTRA_FLAGS); no build is needed, only
  # the configured headers (osconfig.h) and the compile commands.
  cmake -G Ninja -S "$src" -B "$src/build" \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
    -DCMAKE_BUILD_TYPE:STRING=None \
    -DBUILD_SHARED_LIBS:BOOL=ON \
    -DDCMTK_WITH_OPENSSL:BOOL=ON \
    -DDCMTK_ENABLE_PRIVATE_TAGS:BOOL=ON \
    -DDCMTK_WITH_XML:BOOL=ON \
    -DDCMTK_WITH_DOXYGEN:BOOL=OFF \
    -DDCMTK_WITH_TIFF:BOOL=ON \
    -DDCMTK_WITH_ZLIB:BOOL=ON \
    -DDCMTK_WITH_ICONV:BOOL=OFF \
    -DDCMTK_WITH_ICU:BOOL=OFF \
    -DUSE_COMPILER_HIDDEN_VISIBILITY:BOOL=ON \
    -DCMAKE_INSTALL_DATADIC:STRING=share/libdcmtk17 \
    -DDCMTK_ENABLE_STL:BOOL=ON \
    -DCMAKE_CXX_STANDARD:STRING=17 >"$work/dcmtk-configure.log"
fi
echo "$src/build/compile_commands.json"
