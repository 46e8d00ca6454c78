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

for f in "$actual"/*.json "$actual"/*.jsonl; do
  [[ -e "$f" ]] || continue
  name="$(basename "$f")"
  if [[ ! -f "$golden/$name" ]]; then
    echo "FAIL: tests/golden/$name does not exist yet"
    fail=1
    continue
  fi
  if ! cmp -s "$golden/$name" "$f"; then
    # JSONL records are one long line each: compare them pretty-printed, record by record.
    expected="$golden/$name" got="$f"
    if [[ "$name" == *.jsonl ]]; then
      expected="$actual/.expected.pretty" got="$actual/.actual.pretty"
      python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    print(json.dumps(json.loads(line), indent=2, ensure_ascii=False))' "$golden/$name" >"$expected"
      python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    print(json.dumps(json.loads(line), indent=2, ensure_ascii=False))' "$f" >"$got"
    fi
    diff -u --label "tests/golden/$name (expected)" --label "$name (actual)" "$expected" "$got" | head -150
    echo "FAIL: output for $name differs from tests/golden/$name (first 150 diff lines above)"
    fail=1
  else
    echo "ok: $name"
  fi
done

# An expected file whose sample is gone is stale.
for g in "$golden"/*.json "$golden"/*.jsonl; do
  [[ -e "$g" && ! -e "$actual/$(basename "$g")" ]] && { echo "FAIL: tests/golden/$(basename "$g") has no sample in samples.tsv"; fail=1; }
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
