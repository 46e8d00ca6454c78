#!/usr/bin/env bash
# Golden end-to-end test: newsclaim's output on every sample in samples/ must equal the reviewed
# files in tests/golden/. Usage: bash tests/cli/golden.sh NEWSCLAIM_BINARY SOURCE_DIR
set -uo pipefail
bin="$1"
src="$2"
golden="$src/tests/golden"
fail=0

# Every sample must be listed (with its publication date) in samples.tsv.
for f in "$src"/samples/*; do
  name="$(basename "$f")"
  [[ "$name" == README.md ]] && continue
  if ! cut -f1 "$golden/samples.tsv" | grep -qxF "$name"; then
    echo "FAIL: samples/$name is not listed in tests/golden/samples.tsv (add it with its --published date)"
    fail=1
  fi
done

actual="$(mktemp -d)"
trap 'rm -rf "$actual"' EXIT
if ! bash "$golden/update.sh" "$bin" "$actual"; then
  echo "FAIL: could not produce the outputs (see above)"
  exit 1
fi

for f in "$actual"/*; do
  name="$(basename "$f")"
  if [[ ! -f "$golden/$name" ]]; then
    echo "FAIL: tests/golden/$name does not exist yet"
    fail=1
    continue
  fi
  if ! diff -u --label "tests/golden/$name (expected)" --label "$name (actual)" "$golden/$name" "$f"; then
    echo "FAIL: output for $name differs from tests/golden/$name"
    fail=1
  else
    echo "ok: $name"
  fi
done

if (( fail )); then
  cat <<'MSG'

If the new output is right, regenerate the expected files and review them:
  bash tests/golden/update.sh build/newsclaim
  git diff tests/golden
MSG
  exit 1
fi
exit 0
