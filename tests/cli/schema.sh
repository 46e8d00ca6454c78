#!/usr/bin/env bash
# Contract test: the real CLI output on every sample, on a directory run and on generated tricky
# inputs validates against schema/newsclaim-1.schema.json and keeps the invariants that
# tests/cli/check_records.py checks (text == document[start:end] in code points, whole-line
# boilerplate, valid ids and indexes, text order, nothing reported inside boilerplate).
# Usage: bash tests/cli/schema.sh NEWSCLAIM_BINARY SOURCE_DIR
set -uo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
src="$(cd "$2" && pwd)"
schema="$src/schema/newsclaim-1.schema.json"
check="$src/tests/cli/check_records.py"
python3 -c 'import jsonschema' 2>/dev/null || { echo "FAIL: python3-jsonschema is missing (bash scripts/setup.sh installs it)"; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0
cd "$src"  # ids are relative paths ("samples/x.txt"), as in the golden files

# run NAME EXPECTED_STATUS SOURCE EXPECTED_RECORDS NEWSCLAIM_ARGS...: runs newsclaim and queues
# its output for check_records.py (one Python process at the end; SOURCE as in its --manifest).
: >"$tmp/manifest"
run() {
  local name="$1" want="$2" source="$3" count="$4"
  shift 4
  local rc=0
  "$bin" "$@" -q -j 1 >"$tmp/$name.out" 2>"$tmp/$name.err" || rc=$?
  if [[ "$rc" != "$want" ]]; then
    echo "FAIL: $name: exit status $rc, expected $want (newsclaim $*)"
    sed 's/^/  stderr: /' "$tmp/$name.err" | head -5
    fail=1
  fi
  printf '%s\t%s\t%s\n' "$tmp/$name.out" "$source" "$count" >>"$tmp/manifest"
}

# Every sample, with the date it is published on (tests/golden/samples.tsv).
while IFS=$'\t' read -r sample published; do
  [[ -z "$sample" || "$sample" == \#* || "$sample" == sample ]] && continue
  case "$sample" in
    *.jsonl)
      n="$(grep -c . "samples/$sample")"
      run "$sample" 0 "jsonl:samples/$sample" "$n" extract "samples/$sample" --published "$published" --format jsonl ;;
    *)
      run "$sample" 0 "text:samples/$sample" 1 \
        extract "samples/$sample" --published "$published" --format json ;;
  esac
done <tests/golden/samples.tsv

# A directory run: JSONL, one record per file, ids are the paths.
n_txt="$(ls samples/*.txt | wc -l)"
run samples-dir 0 id-is-path "$n_txt" extract samples --glob '*.txt' --format jsonl

# The seed article of the project, when this checkout sits beside it (not part of the repository).
for seed in "$src/../shared/seed/article.txt" "$src/../../shared/seed/article.txt"; do
  if [[ -f "$seed" ]]; then
    run seed 0 "text:$seed" 1 extract "$seed" --published 2020-08-07 --format json
    break
  fi
done

# Generated inputs with offset traps: CRLF line ends, decomposed accents, emoji (one and a ZWJ
# sequence), no-break and thin spaces, soft hyphen, zero-width space, ellipsis, curly quotes,
# a BOM, and invalid bytes (each becomes one U+FFFD; exit 1 with an invalid_utf8 error).
printf '\xef\xbb\xbfCafe\xcc\x81 owner Jose\xcc\x81 Nu\xcc\x81n\xcc\x83ez said on Monday, \xe2\x80\x9cWe paid $1.5\xc2\xa0million.\xe2\x80\x9d\r\n\r\nThe city\xe2\x80\x99s budget \xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x8d\xb3 rose 8%% to C$4\xe2\x80\xaf200 \xe2\x80\x94 a record\xe2\x80\xa6 in\xc2\xadcluding the Mayor\xe2\x80\x8bs office, on June 3, 2024.\r\n' >"$tmp/unicode-crlf.txt"
run unicode-crlf 0 "text:$tmp/unicode-crlf.txt" 1 extract "$tmp/unicode-crlf.txt" --published 2024-06-05
printf 'Bad \xff byte and \xc3 a cut sequence: Acme Corp paid $2 million on May 4, 2021.\n\xe2\x80\x9cIt \xed\xa0\x80 was worth it,\xe2\x80\x9d said Ann Lee.\n' >"$tmp/invalid.txt"
run invalid-utf8 1 "text:$tmp/invalid.txt" 1 extract "$tmp/invalid.txt" --published 2021-05-05
if ! grep -q '"invalid_utf8"' "$tmp/invalid-utf8.out" 2>/dev/null; then
  echo "FAIL: invalid-utf8: no invalid_utf8 error in the record"; fail=1
fi

# Dates before the common era have TIMEX3 values of their own ("BC0753").
printf 'Rome was founded in 753 BC, and Pompeii was buried in AD 79.\n' >"$tmp/eras.txt"
run eras 0 "text:$tmp/eras.txt" 1 extract "$tmp/eras.txt" --published 2021-05-05
if ! grep -q '"BC0753"' "$tmp/eras.out" 2>/dev/null; then
  echo "FAIL: eras: no BC0753 date value"; fail=1
fi

# JSONL input whose texts hold the same traps (escaped and raw), plus records that fail.
python3 - "$tmp/tricky.jsonl" <<'PY'
import json, sys
texts = ["Cafe\u0301 Noe\u0308l paid \u20ac3\u00a0million on 4 May 2021.\r\n\u201cFine,\u201d said Ze\u0301.",
         "\U0001F469\u200d\U0001F373 The Board of Trade said it raised $5 million\u2026 in 2020.",
         "No facts here."]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for i, t in enumerate(texts):
        f.write(json.dumps({"id": f"t{i}", "text": t, "published": "2021-05-05"}, ensure_ascii=(i == 0)) + "\n")
    f.write('{"id": "broken", "text": \n')
    f.write(json.dumps({"id": "no-text", "body": "x"}) + "\n")
PY
run tricky-jsonl 1 "jsonl:$tmp/tricky.jsonl" 5 extract "$tmp/tricky.jsonl"

# Error-only records (unreadable input) are valid records too.
run missing-file 1 no-text 1 extract "$tmp/does-not-exist.txt" --format json

python3 "$check" "$schema" --manifest "$tmp/manifest" || fail=1
if (( fail == 0 )); then echo "ok: schema ($(wc -l <"$tmp/manifest") outputs)"; fi
exit "$fail"
