#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Fetches real code from Debian's sources (apt-get source) into bench/work/
# and configures it with CMake the way its debian/rules does, plus
# CMAKE_EXPORT_COMPILE_COMMANDS, so that Warden and the peer tools run on the
# same translation units. Nothing here is committed; re-run to refresh.
#
#   bench/fetch-sources.sh dcmtk       C++ (DICOM toolkit; OpenSSL in dcmsign/dcmtls)
#   bench/fetch-sources.sh openjpeg2   C (JPEG 2000 codec used for DICOM images)
#
# Prints the path of the compile_commands.json. Needs
# scripts/install-deps.sh --bench (deb-src entries and -dev packages).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
package="${1:?usage: fetch-sources.sh dcmtk|openjpeg2}"
work="$here/work"
mkdir -p "$work"
cd "$work"

src=$(ls -d "$package"-*/ 2>/dev/null | head -n1 || true)
if [[ -z "$src" ]]; then
  apt-get source "$package" >"$work/$package-fetch.log" 2>&1
  src=$(ls -d "$package"-*/ | head -n1)
fi
src="$work/${src%/}"

configure() {
  cmake -G Ninja -S "$src" -B "$src/build" \
    -DCMAKE_C_COMPILER=clang-19 -DCMAKE_CXX_COMPILER=clang++-19 \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_BUILD_TYPE:STRING=None \
    "$@" >"$work/$package-configure.log" 2>&1
}

if [[ ! -f "$src/build/compile_commands.json" ]]; then
  case "$package" in
  dcmtk)
    # debian/rules' CMAKE_EXTRA_FLAGS; only configuring is needed (it
    # generates osconfig.h), not building.
    configure -DBUILD_SHARED_LIBS:BOOL=ON -DDCMTK_WITH_OPENSSL:BOOL=ON \
      -DDCMTK_ENABLE_PRIVATE_TAGS:BOOL=ON -DDCMTK_WITH_XML:BOOL=ON \
      -DDCMTK_WITH_DOXYGEN:BOOL=OFF -DDCMTK_WITH_TIFF:BOOL=ON \
      -DDCMTK_WITH_ZLIB:BOOL=ON -DDCMTK_WITH_ICONV:BOOL=OFF \
      -DDCMTK_WITH_ICU:BOOL=OFF -DUSE_COMPILER_HIDDEN_VISIBILITY:BOOL=ON \
      -DCMAKE_INSTALL_DATADIC:STRING=share/libdcmtk17 \
      -DDCMTK_ENABLE_STL:BOOL=ON -DCMAKE_CXX_STANDARD:STRING=17
    ;;
  openjpeg2)
    # debian/rules' flags without the JPIP server and Java parts, whose
    # extra libraries the benchmark does not need.
    configure -DBUILD_CODEC:BOOL=ON -DBUILD_JPIP:BOOL=OFF \
      -DBUILD_JPWL:BOOL=OFF -DBUILD_JAVA:BOOL=OFF -DBUILD_MJ2:BOOL=OFF \
      -DBUILD_JP3D:BOOL=ON -DBUILD_SHARED_LIBS:BOOL=ON \
      -DBUILD_STATIC_LIBS:BOOL=OFF -DBUILD_TESTING:BOOL=OFF \
      -DBUILD_DOC:BOOL=OFF -DBUILD_THIRDPARTY:BOOL=OFF
    ;;
  *)
    echo "fetch-sources.sh: no recipe for '$package'" >&2
    exit 2
    ;;
  esac
fi
echo "$src/build/compile_commands.json"
