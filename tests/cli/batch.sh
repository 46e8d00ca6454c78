#!/usr/bin/env bash
# Batch mode: output order equals input order at any --jobs, N records in = N out, gzip and
# zstd inputs (detected by magic bytes) give the same records as plain input, directories with
# --glob, and stdin. Usage: bash tests/cli/batch.sh NEWSCLAIM_BINARY SOURCE_DIR
set -uo pipefail
bin="$1"; src="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }

# 300 short records with distinct ids, so order mistakes show.
for i in $(seq 1 300); do
  printf '{"id":"doc-%03d","text":"Acme Corp paid $%d million to Beta Ltd on March %d, 2021.","published":"2021-04-01"}\n' \
    "$i" "$i" "$(( i % 28 + 1 ))"
done >"$tmp/in.jsonl"
"$bin" extract --input jsonl -f jsonl -j 1 -q "$tmp/in.jsonl" >"$tmp/j1.jsonl"
check "300 records in, 300 out" '[[ $(wc -l <"$tmp/j1.jsonl") -eq 300 ]]'
check "ids in input order" 'diff <(grep -o "\"id\":\"doc-[0-9]*\"" "$tmp/j1.jsonl") <(seq -f "\"id\":\"doc-%03g\"" 1 300) >/dev/null'
for j in 2 4 7; do
  "$bin" extract --input jsonl -f jsonl -j "$j" -q "$tmp/in.jsonl" >"$tmp/j$j.jsonl"
  check "--jobs $j output identical to --jobs 1" 'cmp -s "$tmp/j1.jsonl" "$tmp/j$j.jsonl"'
done

gzip -c "$tmp/in.jsonl" >"$tmp/in.jsonl.gz"
"$bin" extract -f jsonl -j 2 -q "$tmp/in.jsonl.gz" >"$tmp/gz.jsonl"
check "gzip input (by name) gives the same records" 'diff -q <(sed "s/in.jsonl.gz/in.jsonl/g" "$tmp/gz.jsonl") "$tmp/j1.jsonl" >/dev/null'
gzip -c "$tmp/in.jsonl" | "$bin" extract -f jsonl -q - >"$tmp/gzstdin.jsonl"
check "gzip on stdin detected by magic bytes: JSONL records, ids kept" '[[ $(grep -c "\"id\":\"doc-" "$tmp/gzstdin.jsonl") -eq 300 ]]'
check "gzip on stdin: same records as plain" 'cmp -s <(gzip -c "$tmp/in.jsonl" | "$bin" extract -f jsonl -q -) <("$bin" extract -f jsonl -q - <"$tmp/in.jsonl")'
if command -v zstd >/dev/null; then
  zstd -q -c "$tmp/in.jsonl" >"$tmp/in.jsonl.zst"
  check "zstd on stdin: same records as plain" 'cmp -s <("$bin" extract -f jsonl -q - <"$tmp/in.jsonl.zst") <("$bin" extract -f jsonl -q - <"$tmp/in.jsonl")'
  cp "$tmp/in.jsonl.zst" "$tmp/renamed.bin"
  check "zstd detected by magic, not by name" '[[ $("$bin" extract --input jsonl -f jsonl -q "$tmp/renamed.bin" | wc -l) -eq 300 ]]'
else
  echo "skip: zstd command not installed (zstd round trip not checked)"
fi
gzip -c "$src/samples/procurement.txt" >"$tmp/article.gz"
check "gzip plain-text file gives the same facts" \
  'diff <("$bin" extract -f jsonl -q "$tmp/article.gz" | sed "s/\"id\":\"[^\"]*\"//") <("$bin" extract -f jsonl -q "$src/samples/procurement.txt" | sed "s/\"id\":\"[^\"]*\"//") >/dev/null'

mkdir -p "$tmp/dir/sub"
echo "Acme paid \$5 million." >"$tmp/dir/a.txt"
echo "Beta paid \$6 million." >"$tmp/dir/sub/b.txt"
echo "ignored" >"$tmp/dir/sub/c.md"
"$bin" extract -q --glob '*.txt' "$tmp/dir" >"$tmp/dir.jsonl"
check "directory walk with --glob: 2 records, sorted, jsonl" \
  '[[ $(wc -l <"$tmp/dir.jsonl") -eq 2 ]] && head -1 "$tmp/dir.jsonl" | grep -q "a.txt" && tail -1 "$tmp/dir.jsonl" | grep -q "sub/b.txt"'
check "--stats on stderr only, stdout stays data" \
  '"$bin" extract --stats -q "$tmp/in.jsonl" 2>"$tmp/err" | python3 -c "import json,sys; [json.loads(l) for l in sys.stdin]" && grep -q "300 documents" "$tmp/err"'
check "no progress output when stderr is not a terminal" \
  '"$bin" extract "$tmp/in.jsonl" 2>"$tmp/err2" >/dev/null; [[ ! -s "$tmp/err2" ]]'
exit $fail
