#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this): installs what is missing,
# builds the Release build and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
ctest --test-dir build --output-on-failure --no-tests=error -j"$(nproc)"
