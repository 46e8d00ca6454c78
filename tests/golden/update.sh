#!/usr/bin/env bash
# Regenerates the golden files: runs newsclaim on every sample listed in samples.tsv and writes
# tests/golden/<stem>.json (pretty, plain-text samples) or <stem>.jsonl (JSONL samples).
# Usage: bash tests/golden/update.sh [NEWSCLAIM_BINARY] [OUTPUT_DIR]
#   NEWSCLAIM_BINARY  default build/newsclaim
#   OUTPUT_DIR        default tests/golden (tests/cli/golden.sh passes a temporary directory)
# Then review the changes with: git diff tests/golden
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${1:-$root/build/newsclaim}"
out="${2:-$here}"
[[ -x "$bin" ]] || { echo "update.sh: no executable newsclaim at '$bin'" >&2; exit 2; }
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
# Run from the source root so that ids ("samples/x.txt") do not depend on where the build is.
cd "$root"
while IFS=$'\t' read -r sample published; do
  [[ -z "$sample" || "$sample" == \#* || "$sample" == sample ]] && continue
  stem="${sample%.*}"
  case "$sample" in
    *.jsonl) target="$out/$stem.jsonl"; format=jsonl ;;
    *)       target="$out/$stem.json";  format=json ;;
  esac
  # Exit status 1 (a record with errors) still produces output worth comparing.
  rc=0
  "$bin" extract "samples/$sample" --published "$published" --format "$format" -q -j 1 >"$target.tmp" 2>/dev/null || rc=$?
  if (( rc > 1 )); then
    echo "update.sh: newsclaim failed on samples/$sample (exit $rc)" >&2
    rm -f "$target.tmp"
    exit 1
  fi
  mv "$target.tmp" "$target"
done <"$here/samples.tsv"
