#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Makes DIR a git repository with everything in it committed, for tests of
# --changed and of commit hooks. Usage: git-repo.sh DIR
set -e
cd "$1"
git init -q
git config user.name "Warden Test"
git config user.email "test@example.invalid"
git config commit.gpgsign false
git add -A
git commit -q -m "initial"
