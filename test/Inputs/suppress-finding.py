#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Run `warden suppress` for the finding of RULE in URI of a SARIF log.

Usage: suppress-finding.py WARDEN SARIF RULE URI [warden suppress flags...]

lit's shell has no command substitution; this looks the fingerprint up the
way a user would (from the log) and passes its first 12 digits.
"""
import json
import subprocess
import sys

warden, sarif, rule, uri = sys.argv[1:5]
results = json.load(open(sarif))["runs"][0]["results"]
matches = [r for r in results if r["ruleId"] == rule and
           r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == uri]
if len(matches) != 1:
    sys.exit(f"suppress-finding: {len(matches)} findings of {rule} in {uri}")
fingerprint = matches[0]["partialFingerprints"]["warden/v1"][:12]
sys.exit(subprocess.call([warden, "suppress", fingerprint, "--sarif", sarif, *sys.argv[5:]]))
