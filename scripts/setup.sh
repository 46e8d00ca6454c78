#!/usr/bin/env bash
# Installs what newsclaim needs on Debian 12 (only what is missing; quiet when nothing is),
# then configures and builds a Release build in build/. Idempotent. Run as root (or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGES=(g++ cmake make pkg-config libre2-dev libicu-dev libcli11-dev libfmt-dev doctest-dev libmimalloc-dev
          nlohmann-json3-dev zlib1g-dev libzstd-dev python3)
# Test tools (scripts/test.sh passes --test): schema validation, GNU parallel, zstd, GNU time and
# headless Chromium for the HTML page test (which skips without it).
if [[ "${1:-}" == "--test" ]]; then PACKAGES+=(python3-jsonschema parallel zstd time chromium); fi
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" -- --no-print-directory | grep -Ev '^\[|^(Consolidate|Scanning|Built|Embedding)' || true
test -x build/newsclaim
