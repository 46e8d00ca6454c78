#!/usr/bin/env bash
# Nothing lost: for mixed inputs (good, malformed and odd JSONL lines, blank lines, missing and
# corrupt files, plain text), every input record yields exactly one output record, --stats
# counts the same documents and errors as the records written, and the exit status is 1 exactly
# when some record has errors. Usage: bash tests/cli/accounting.sh NEWSCLAIM_BINARY SOURCE_DIR
set -uo pipefail
bin="$1"; src="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }

# Runs newsclaim with --stats on the arguments; checks records, stats and exit status agree
# with the expected documents ($1) and documents with errors ($2).
account() {
  local name="$1" docs="$2" errs="$3"; shift 3
  local rc=0
  "$bin" extract -f jsonl --stats -j 2 "$@" >"$tmp/out" 2>"$tmp/err" || rc=$?
  local stats; stats="$(grep -E '^newsclaim: [0-9]+ documents' "$tmp/err")"
  local out_docs out_errs stat_docs stat_errs
  out_docs=$(grep -c . "$tmp/out")
  out_errs=$(python3 -c 'import json,sys; print(sum(1 for l in open(sys.argv[1]) if json.loads(l)["errors"]))' "$tmp/out")
  stat_docs=$(sed -E 's/^newsclaim: ([0-9]+) documents.*/\1/' <<<"$stats")
  stat_errs=$(sed -E 's/^newsclaim: [0-9]+ documents \(([0-9]+) with errors\).*/\1/' <<<"$stats")
  local want_rc=0; (( errs > 0 )) && want_rc=1
  check "$name: $docs records written (got $out_docs)" '[[ $out_docs -eq $docs ]]'
  check "$name: $errs records with errors (got $out_errs)" '[[ $out_errs -eq $errs ]]'
  check "$name: --stats agrees ($stat_docs documents, $stat_errs with errors)" '[[ "$stat_docs" == "$docs" && "$stat_errs" == "$errs" ]]'
  check "$name: exit status $want_rc (got $rc)" '[[ $rc -eq $want_rc ]]'
}

{
  echo '{"id":"good-1","text":"Acme paid $5 million on March 3, 2021."}'
  echo '{"id":"bad-json","text":"unterminated'
  echo ''
  echo '   '
  echo '{"id":"number-text","text":42}'
  echo '{"id":"missing-text"}'
  echo '[1,2,3]'
  echo '{"id":"good-2","text":"Beta said it would hire 40 people.","published":"2021-03-04"}'
  echo '{"id":"bad-date","text":"Nothing here.","published":"not a date"}'
  echo '{"id":"good-3","text":""}'
} >"$tmp/mixed.jsonl"
account "mixed JSONL (8 records, 2 blank lines)" 8 5 "$tmp/mixed.jsonl"

for i in $(seq 1 500); do printf '{"id":"%d","text":"Item %d cost $%d."}\n' "$i" "$i" "$i"; done >"$tmp/good.jsonl"
account "500 good records" 500 0 "$tmp/good.jsonl"

printf '\x1f\x8b\x08\x00garbage that is not deflate data' >"$tmp/corrupt.txt.gz"
echo "A plain text article about \$3 million." >"$tmp/plain.txt"
mkdir -p "$tmp/dir"; cp "$tmp/plain.txt" "$tmp/dir/one.txt"; cp "$tmp/plain.txt" "$tmp/dir/two.txt"
account "files: mixed JSONL + missing + corrupt gzip + text + directory of 2" $((8 + 1 + 1 + 1 + 2)) $((5 + 1 + 1)) \
  "$tmp/mixed.jsonl" "$tmp/does-not-exist.txt" "$tmp/corrupt.txt.gz" "$tmp/plain.txt" "$tmp/dir"

account "stdin JSONL" 8 5 - <"$tmp/mixed.jsonl"
account "--max-doc-bytes 20: larger records are error records" 10 10 --max-doc-bytes 20 - < <(
  for i in $(seq 1 10); do printf '{"id":"%d","text":"A text well over twenty bytes long, number %d."}\n' "$i" "$i"; done)
check "too_large error names the limit" 'grep -q "too_large" "$tmp/out"'
exit $fail
