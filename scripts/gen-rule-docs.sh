#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Regenerates docs/rules/<rule-id>.md from the rule definitions (rules/*.toml)
# with `warden explain --format markdown`, so that a rule's text lives in one
# place. test/docs/rule-catalogue.test fails when the pages are stale.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
warden="${1:-$root/build/bin/warden}"
out="$root/docs/rules"
mkdir -p "$out"
rm -f "$out"/*.md
ids=$("$warden" list-rules --no-config --format json |
  /usr/bin/python3 -c 'import json, sys; print("\n".join(r["id"] for r in json.load(sys.stdin)))')
for id in $ids; do
  "$warden" explain --no-config --format markdown "$id" > "$out/$id.md"
done
{
  echo "# Rule reference"
  echo
  echo "Generated from \`rules/*.toml\` by \`scripts/gen-rule-docs.sh\`; do not edit."
  echo
  echo "| Rule | Level | Title |"
  echo "|---|---|---|"
  "$warden" list-rules --no-config --format json | /usr/bin/python3 -c '
import json, sys
for r in json.load(sys.stdin):
    print("| [%s](%s.md) | %s | %s |" % (r["id"], r["id"], r["level"], r["title"]))'
} > "$out/README.md"
echo "wrote $(ls "$out" | wc -l) pages to $out"
/usr/bin/python3 "$root/scripts/gen-pack-table.py" "$warden" "$root"
