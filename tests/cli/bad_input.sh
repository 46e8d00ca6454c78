#!/usr/bin/env bash
# Bad input never stops a run: every document (file, JSONL line) yields exactly one record, in
# input order; a document with a problem gets an "errors" entry, stderr names it, and the exit
# status is 1. Invalid UTF-8 becomes U+FFFD (one per byte) and offsets count those code points.
# Usage: bash tests/cli/bad_input.sh NEWSCLAIM_BINARY SOURCE_DIR
set -uo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
src="$(cd "$2" && pwd)"
tmp="$(mktemp -d)"
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$tmp"
fail=0
schema="$src/schema/newsclaim-1.schema.json"
check="$src/tests/cli/check_records.py"

bad() { echo "FAIL: $*"; fail=1; }
nc() {
  rc=0
  "$bin" extract -q -j 2 "$@" <"${stdin_file:-/dev/null}" >out 2>err || rc=$?
}
expect_rc() { [[ "$rc" == "$1" ]] || bad "$2: exit status $rc, expected $1"; }
# Record checks run at the end in one Python process each (Python starts slowly on a busy machine).
n=0
: >checks
: >manifest
# codes "id code,code;id -;..." DESCRIPTION: each record's id and error codes, in order.
codes() {
  n=$((n + 1))
  cp out "records.$n"
  printf '%s\tcodes: %s\tcodes(r) == "%s"\n' "$tmp/records.$n" "$2" "$1" >>checks
}
# valid CHECK_RECORDS_SOURCE [EXPECT]: schema and invariants of the records in out.
valid() {
  n=$((n + 1))
  cp out "records.$n"
  printf '%s\t%s\t%s\n' "$tmp/records.$n" "$1" "${2:-}" >>manifest
}

# Invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong, a surrogate.
printf 'A \x80 B \xe2\x82 C \xc0\xaf D \xed\xa0\x80 E caf\xc3\xa9\n' >invalid.txt
nc invalid.txt --format json
expect_rc 1 "invalid UTF-8"
codes "invalid.txt invalid_utf8" "invalid UTF-8"
grep -q '8 invalid UTF-8 byte(s) replaced by U+FFFD, the first at byte 2' out || bad "invalid UTF-8: message does not count bytes / name the first"
grep -q 'invalid.txt: invalid_utf8' err || bad "invalid UTF-8: stderr does not name the file"
valid "text:invalid.txt" 1

# A binary file (NUL bytes) is not extracted; an empty file is a document with nothing in it.
head -c 4096 "$bin" >binary.dat
: >empty.txt
printf '\n\n   \n' >blank.txt
nc binary.dat empty.txt blank.txt
expect_rc 1 "binary + empty"
codes "binary.dat binary;empty.txt -;blank.txt -" "binary, empty and blank files"
valid no-text 3
nc empty.txt
expect_rc 0 "an empty file alone"
: >empty-stdin
stdin_file=empty-stdin nc -
expect_rc 0 "empty stdin"
codes "stdin -" "empty stdin"

# A document over --max-doc-bytes (9 MB against the default 8 MiB) and a small limit.
python3 -c 'import sys; sys.stdout.write(("The council met on Monday to approve a $4 million budget.\n" * 160000))' >big.txt
printf 'A short article.\n' >small.txt
nc big.txt small.txt
expect_rc 1 "9 MB document"
codes "big.txt too_large;small.txt -" "9 MB document then a small one"
grep -q 'more than --max-doc-bytes 8388608' out || bad "too_large: message does not name the limit"
nc small.txt --max-doc-bytes 10
expect_rc 1 "--max-doc-bytes 10"
codes "small.txt too_large" "--max-doc-bytes 10"

# Malformed JSONL among good lines: N lines in, N records out, in order; blank lines are skipped.
cat >mixed.jsonl <<'EOF'
{"id": "good-1", "text": "The ministry paid $2 million on May 4, 2021."}
{"id": "truncated", "text": "The line ends mid-str
not json at all
{"id": "good-2", "text": "Caf\u00e9 owners met on Friday.", "published": "2021-05-07"}

[1, 2, 3]
{"id": "no-text", "body": "the text field is missing"}
{"id": "text-not-string", "text": 42}
{"id": "bad-date", "text": "Fine text.", "published": "someday"}
{"id": "good-3", "text": "Last line without a newline."}
EOF
printf '%s' "$(cat mixed.jsonl)" >mixed-no-eol.jsonl
for f in mixed.jsonl mixed-no-eol.jsonl; do
  nc "$f" --published 2021-05-05
  expect_rc 1 "malformed JSONL ($f)"
  codes "good-1 -;$f:2 bad_record;$f:3 bad_record;good-2 -;$f:6 bad_record;no-text bad_record;text-not-string bad_record;bad-date bad_published;good-3 -" \
    "malformed JSONL ($f)"
done
[[ "$(grep -c 'bad_record' err)" == 5 ]] || bad "malformed JSONL: stderr does not report each bad line"
grep -q "mixed-no-eol.jsonl:3: bad_record" err || bad "malformed JSONL: stderr does not name file:line"
valid "jsonl:mixed.jsonl" 9
# The same through stdin.
stdin_file=mixed.jsonl nc - --published 2021-05-05
expect_rc 1 "malformed JSONL on stdin"
[[ "$(wc -l <out)" == 9 ]] || bad "malformed JSONL on stdin: $(wc -l <out) records, expected 9"
grep -q '"id":"stdin:3"' out || bad "malformed JSONL on stdin: bad line id is not stdin:LINE"
grep -q 'stdin:2: bad_record: line is not a JSON object (reading stopped at byte 50)' err ||
  bad "malformed JSONL: stderr does not say where reading stopped"

# A JSONL text with raw invalid UTF-8 or an unpaired surrogate escape (Python writes one for a
# lone surrogate) is extracted, not refused: each becomes one U+FFFD, as Python counts it.
printf '%s\n' '{"id": "lone", "text": "\udc00 The agency paid $7 million on May 4, 2021.\ud800"}' >odd.jsonl
printf '{"id": "raw", "text": "Caf\xc3 owners paid $3 million \xff\xfe in May 2021."}\n' >>odd.jsonl
nc odd.jsonl --published 2021-06-01
expect_rc 1 "JSONL text with a lone surrogate / invalid UTF-8"
codes "lone invalid_utf16;raw invalid_utf8" "JSONL text with a lone surrogate / invalid UTF-8"
[[ "$(grep -c '"text":"\$7 million"\|"text":"\$3 million"' out)" == 2 ]] ||
  bad "JSONL text with a lone surrogate / invalid UTF-8: the money in it was not extracted"
valid "jsonl:odd.jsonl" 2

# An unreadable input among readable ones: an error record, the others still come out.
nc small.txt does-not-exist.txt empty.txt
expect_rc 1 "missing file"
codes "small.txt -;does-not-exist.txt unreadable;empty.txt -" "missing file between good ones"
grep -q 'does-not-exist.txt: unreadable' err || bad "missing file: stderr does not name it"
if [[ "$(id -u)" != 0 ]]; then  # root reads a chmod 000 file anyway
  cp small.txt locked.txt && chmod 000 locked.txt
  nc locked.txt small.txt
  expect_rc 1 "chmod 000 file"
  codes "locked.txt unreadable;small.txt -" "chmod 000 file"
fi

# Compressed input, detected by content: gzip and zstd text and JSONL; corrupt data is an error.
cp "$src/samples/procurement.txt" article.txt
gzip -c article.txt >article.txt.gz
gzip -c "$src/samples/batch.jsonl" >batch.jsonl.gz
nc article.txt.gz --format json --published 2023-06-09
expect_rc 0 "gzip text"
nc article.txt --format json --published 2023-06-09
cp out plain.json
nc article.txt.gz --format json --published 2023-06-09
sed 's/article.txt.gz/article.txt/' out | cmp -s - plain.json || bad "gzip text: output differs from the plain file's"
cat article.txt.gz article.txt.gz >twice.gz
nc twice.gz --input text
codes "twice.gz -" "concatenated gzip members"
nc batch.jsonl.gz --published 2021-03-10
expect_rc 0 "gzip JSONL"
[[ "$(wc -l <out)" == 5 ]] || bad "gzip JSONL (*.jsonl.gz): $(wc -l <out) records, expected 5"
if command -v zstd >/dev/null; then
  zstd -q -c "$src/samples/batch.jsonl" >batch.jsonl.zst
  zstd -q -c article.txt >article.txt.zst
  nc batch.jsonl.zst article.txt.zst --published 2021-03-10
  expect_rc 0 "zstd"
  [[ "$(wc -l <out)" == 6 ]] || bad "zstd JSONL + text: $(wc -l <out) records, expected 6"
fi
head -c 300 article.txt.gz >cut.gz
printf '\x1f\x8bnot really gzip' >corrupt.gz
nc cut.gz corrupt.gz small.txt
expect_rc 1 "corrupt gzip"
codes "cut.gz unreadable;corrupt.gz unreadable;small.txt -" "truncated and corrupt gzip"

python3 "$src/tests/cli/record_checks.py" checks || fail=1
python3 "$check" "$schema" --manifest manifest || fail=1
if (( fail == 0 )); then echo "ok: bad_input ($n record checks)"; fi
exit "$fail"
