#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Renders an HTML compliance report (`warden report`) in headless Chromium
# and writes a screenshot, to look at the page the way an auditor will.
#
#   scripts/render-report.sh [REPORT.html] [OUT.png]
#
# Without arguments it renders the demo's report: it runs the demo's
# `warden check` (scripts/demo.sh builds it), writes
# examples/infusion-pump/build/warden-report.html and screenshots it to
# examples/infusion-pump/build/warden-report.png.
# Chromium comes from `scripts/install-deps.sh --report` (Debian: chromium).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
warden="${WARDEN_BUILD_DIR:-$root/build}/bin/warden"
example="$root/examples/infusion-pump"

html=${1:-}
png=${2:-}
if [[ -z "$html" ]]; then
  if [[ ! -f "$example/build/compile_commands.json" ]]; then
    echo "render-report: build the demo first (scripts/demo.sh)" >&2
    exit 2
  fi
  (cd "$example" && "$warden" check --format sarif -o build/warden.sarif --quiet) || true
  "$warden" report "$example/build/warden.sarif" -o "$example/build/warden-report.html"
  html="$example/build/warden-report.html"
fi
png=${png:-${html%.html}.png}

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null; then
    browser=$candidate
    break
  fi
done
if [[ -z "$browser" ]]; then
  echo "render-report: no Chromium found; run scripts/install-deps.sh --report" >&2
  exit 2
fi

abs=$(cd "$(dirname "$html")" && pwd)/$(basename "$html")
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --hide-scrollbars --screenshot="$png" --window-size=1280,2400 "file://$abs" \
  2>/dev/null
echo "render-report: $png"
