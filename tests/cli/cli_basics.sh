#!/usr/bin/env bash
# The command line as a user meets it: help and version, exit codes (0 ok, 1 an input failed,
# 2 usage), stdin, directory recursion with --glob, output formats and their defaults, --only,
# --published, JSONL field options, and `patterns list` / `patterns check`.
# Usage: bash tests/cli/cli_basics.sh NEWSCLAIM_BINARY SOURCE_DIR
set -uo pipefail
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
src="$(cd "$2" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$src"
fail=0
out="$tmp/out" err="$tmp/err"

bad() { echo "FAIL: $*"; fail=1; }
# nc ARGS...: runs newsclaim (stdin from $stdin_file when set); sets rc, output in $out and $err.
nc() {
  rc=0
  "$bin" "$@" <"${stdin_file:-/dev/null}" >"$out" 2>"$err" || rc=$?
}
# expect_rc WANT DESCRIPTION
expect_rc() { [[ "$rc" == "$1" ]] || { bad "$2: exit status $rc, expected $1"; sed 's/^/  stderr: /' "$err" | head -3; }; }
# contains FILE TEXT DESCRIPTION
contains() { grep -qF -- "$2" "$1" || bad "$3: '$2' not found in $(basename "$1")"; }
# records PYTHON_EXPR DESCRIPTION: a check on the records in $out, with r = the list of records;
# evaluated at the end in one Python process (tests/cli/record_checks.py).
checks="$tmp/checks" n_checks=0
: >"$checks"
records() {
  n_checks=$((n_checks + 1))
  cp "$out" "$tmp/records.$n_checks"
  printf '%s\t%s\t%s\n' "$tmp/records.$n_checks" "$2" "$1" >>"$checks"
}

# --- help and version --------------------------------------------------------------------------
nc --help
expect_rc 0 "--help"
for word in extract patterns --patterns --version Example; do contains "$out" "$word" "--help"; done
nc extract --help
expect_rc 0 "extract --help"
for opt in --input --text-field --id-field --published-field --format --published --only --currency-default \
           --date-order --glob --jobs --max-doc-bytes --output-dir --quiet --stats Examples; do
  contains "$out" "$opt" "extract --help"
done
for sub in "patterns list" "patterns check"; do
  nc $sub --help
  expect_rc 0 "$sub --help"
  contains "$out" "Example" "$sub --help"
done
nc --version
expect_rc 0 "--version"
grep -qE '^newsclaim [0-9]+\.[0-9]+\.[0-9]+$' "$out" || bad "--version prints '$(cat "$out")'"

# --- usage errors: exit 2, message on stderr, nothing on stdout ----------------------------------
for args in "" "extract --bogus samples/procurement.txt" "extract --format xml samples/procurement.txt" \
            "extract --published 2020-13-45 samples/procurement.txt" "extract --only money,nonsense samples/procurement.txt" \
            "extract --input csv samples/procurement.txt" "extract --currency-default dollars samples/procurement.txt" "extract --currency-default U\$D samples/procurement.txt" \
            "extract --patterns /nonexistent-dir samples/procurement.txt" "patterns" "patterns check"; do
  nc $args
  expect_rc 2 "newsclaim $args"
  [[ -s "$err" ]] || bad "newsclaim $args: no message on stderr"
  [[ -s "$out" ]] && bad "newsclaim $args: wrote to stdout"
done
nc extract --only money,nonsense samples/procurement.txt
contains "$err" "nonsense" "--only names the unknown extractor"

# --- one plain-text file: pretty JSON by default, exit 0 -----------------------------------------
nc extract samples/procurement.txt --published 2023-06-09
expect_rc 0 "one text file"
[[ "$(head -1 "$out")" == "{" ]] || bad "one text file: default format is not pretty JSON"
records 'len(r) == 1 and r[0]["id"] == "samples/procurement.txt" and r[0]["published"] == "2023-06-09" and r[0]["published_source"] == "cli"' \
  "one text file: id is the path, --published is the anchor"
nc extract samples/procurement.txt
records 'r[0]["published_source"] != "cli"' "without --published the anchor does not come from the cli"

# --- stdin ----------------------------------------------------------------------------------------
stdin_file=samples/unicode-offsets.txt nc extract - --published 2024-05-27
expect_rc 0 "stdin text"
records 'len(r) == 1 and r[0]["id"] == "stdin"' "stdin text: one pretty record with id stdin"
[[ "$(head -1 "$out")" == "{" ]] || bad "stdin text: default format is not pretty JSON"
stdin_file=samples/unicode-offsets.txt nc extract
records 'len(r) == 1 and r[0]["id"] == "stdin"' "no path reads stdin"
stdin_file=samples/batch.jsonl nc extract - --published 2021-03-10
expect_rc 0 "stdin JSONL"
[[ "$(wc -l <"$out")" == 5 && "$(head -c 1 "$out")" == "{" && "$(sed -n 2p "$out" | head -c 1)" == "{" ]] ||
  bad "stdin JSONL: default format is not one line per record"
records '[x["id"] for x in r] == ["batch-1", "batch-2", "batch-3", "4", "batch-5"]' "stdin JSONL: ids in input order (numeric id as text)"
records '[x["published_source"] for x in r] == ["input"] * 4 + ["cli"] and r[1]["published"] == "2021-03-04" and r[4]["published"] == "2021-03-10"' \
  "JSONL published: from the record (date-time form accepted), else from --published"

# --- JSONL files and field options ------------------------------------------------------------------
nc extract samples/batch.jsonl
expect_rc 0 "a .jsonl file"
[[ "$(wc -l <"$out")" == 5 ]] || bad "a .jsonl file: default format is not JSONL"
printf '{"doc": "a-1", "body": "The council met on 3 May 2021.", "day": "2021-05-04", "text": "decoy"}\n{"doc": 7, "body": "Second."}\n' >"$tmp/fields.txt"
nc extract --input jsonl --text-field body --id-field doc --published-field day "$tmp/fields.txt"
expect_rc 0 "--input jsonl with renamed fields"
records '[x["id"] for x in r] == ["a-1", "7"] and r[0]["published"] == "2021-05-04" and r[1]["published"] is None' \
  "--text-field/--id-field/--published-field"
nc extract --input jsonl --text-field missing "$tmp/fields.txt"
expect_rc 1 "--text-field naming an absent field"
records 'len(r) == 2 and all(x["errors"][0]["code"] == "bad_record" for x in r)' "absent text field: one error record per line"
contains "$err" "fields.txt:1" "absent text field: stderr names file:line"
nc extract --input text samples/batch.jsonl
records 'len(r) == 1 and r[0]["id"] == "samples/batch.jsonl"' "--input text reads a .jsonl file as one document"

# --- several paths and directories ----------------------------------------------------------------
nc extract samples/procurement.txt samples/court-hedges.txt
records '[x["id"] for x in r] == ["samples/procurement.txt", "samples/court-hedges.txt"]' "two paths: records in argument order"
[[ "$(wc -l <"$out")" == 2 ]] || bad "two paths: default format is not JSONL"
mkdir -p "$tmp/tree/b/deeper" "$tmp/tree/a" "$tmp/tree/.git"
cp samples/procurement.txt "$tmp/tree/b/deeper/one.txt"
cp samples/court-hedges.txt "$tmp/tree/a/two.txt"
cp samples/wire-earnings.txt "$tmp/tree/three.txt"
echo "notes" >"$tmp/tree/a/notes.md"
echo "hidden" >"$tmp/tree/.hidden.txt"
nc extract "$tmp/tree" --glob '*.txt'
expect_rc 0 "directory with --glob"
records "[x['id'] for x in r] == ['$tmp/tree/a/two.txt', '$tmp/tree/b/deeper/one.txt', '$tmp/tree/three.txt']" \
  "directory: recursive, sorted, --glob filters, hidden files skipped"
nc extract "$tmp/tree"
records "len(r) == 4 and '$tmp/tree/a/notes.md' in [x['id'] for x in r]" "directory without --glob reads every file"

# --- formats ---------------------------------------------------------------------------------------
nc extract samples/procurement.txt --format jsonl
[[ "$(wc -l <"$out")" == 1 ]] || bad "--format jsonl: not one line"
records 'len(r) == 1' "--format jsonl parses"
nc extract samples/batch.jsonl --format json
records 'len(r) == 5' "--format json on 5 documents: 5 pretty records"
nc extract samples/procurement.txt samples/batch.jsonl --format tsv --published 2023-06-09
expect_rc 0 "--format tsv"
[[ "$(head -1 "$out")" == $'id\tkind\tstart\tend\ttext\tvalue\textra' ]] || bad "--format tsv: header row is '$(head -1 "$out")'"
awk -F'\t' 'NF != 7 { exit 1 }' "$out" || bad "--format tsv: a row without exactly 7 columns"
grep -qP '^samples/procurement.txt\tboilerplate\t\d+\t\d+\t.*\\n.*\ttrending\t$' "$out" ||
  bad "--format tsv: the trending list row (newlines escaped as \\n) is missing"
grep -q '^$' "$out" && bad "--format tsv: blank lines"
python3 - "$out" <<'PY' || bad "--format tsv: start/end do not index the document text"
import sys
docs = {"samples/procurement.txt": open("samples/procurement.txt", encoding="utf-8").read()}
for line in list(open(sys.argv[1], encoding="utf-8"))[1:]:
    f = line.rstrip("\n").split("\t")
    if f[0] in docs and f[2]:
        want = docs[f[0]][int(f[2]):int(f[3])].replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
        if f[4] != want:
            sys.exit(f"row {f[:4]}: text {f[4]!r} != {want!r}")
PY
printf '{"id":"bad"}\n' >"$tmp/bad.jsonl"
nc extract "$tmp/bad.jsonl" --format tsv
grep -qP '^bad\terror\t\t\t\tbad_record\t' "$out" || bad "--format tsv: error rows ('id error - - - code message')"

# --- --only ---------------------------------------------------------------------------------------
nc extract samples/procurement.txt --published 2023-06-09 --format json
cp "$out" "$tmp/full.json"
for stage in money dates entities; do
  nc extract samples/procurement.txt --published 2023-06-09 --format json --only "$stage"
  expect_rc 0 "--only $stage"
  kept="['$stage']"
  [[ "$stage" == money ]] && kept="['money', 'quantities', 'percentages']"
  records "(lambda full, only, kept: all(only[k] == [] for k in ['entities', 'money', 'quantities', 'percentages', 'dates', 'quotes', 'claims', 'contracts'] if k not in kept) and all(only[k] == full[k] for k in kept + ['boilerplate']))(read_records('$tmp/full.json')[0], r[0], $kept)" \
    "--only $stage: other lists empty, $stage as in the full run"
done

# --- patterns list / check -----------------------------------------------------------------------
nc patterns list
expect_rc 0 "patterns list"
contains "$out" "boilerplate/regions.re2" "patterns list"
grep -qE '^text/abbreviations.tsv +[0-9]+ +embedded$' "$out" || bad "patterns list: abbreviations not listed as embedded"
mkdir -p "$tmp/good/text" "$tmp/good/extra"
{ printf '# abbreviations\nabbreviation\tkind\n'; printf 'Ave.\tother\nSen.\ttitle\n'; } >"$tmp/good/text/abbreviations.tsv"
printf '# a new rule file\n# "Ave." street names\nstreet: \\b[A-Z][a-z]+\n    \\s+Ave\\.\n' >"$tmp/good/extra/streets.re2"
nc patterns list --patterns "$tmp/good"
expect_rc 0 "patterns list --patterns"
grep -qE "^text/abbreviations.tsv +2 +$tmp/good\$" "$out" || bad "patterns list: the override is not shown with its origin"
grep -qE "^extra/streets.re2 +1 +$tmp/good\$" "$out" || bad "patterns list: the added file is not shown"
nc --patterns "$tmp/good" patterns list
expect_rc 0 "--patterns before the subcommand"
nc patterns check "$src/patterns"
expect_rc 0 "patterns check on the repository's own patterns/"
nc patterns check "$tmp/good"
expect_rc 0 "patterns check (good dir)"
contains "$out" "ok" "patterns check (good dir)"
nc extract samples/procurement.txt --patterns "$tmp/good"
expect_rc 0 "extract --patterns with a good dir"

mkdir -p "$tmp/broken/boilerplate" "$tmp/broken/text" "$tmp/broken/money"
printf '# credits\ncredit: (?i)^photo:.*$\n\n# broken on purpose\ncopyright: (unclosed\n' >"$tmp/broken/boilerplate/regions.re2"
printf '# renamed column\nabbrev\tkind\nSen.\ttitle\n' >"$tmp/broken/text/abbreviations.tsv"
printf '# too many cells\nname\tcode\nCanadian dollar\tCAD\tC$\n' >"$tmp/broken/money/currencies.tsv"
printf '# an amount\namount: \\$\n    {NO_SUCH_DEFINE}\n' >"$tmp/broken/money/amounts.re2"
nc patterns check "$tmp/broken"
expect_rc 1 "patterns check (broken dir)"
contains "$err" "$tmp/broken/boilerplate/regions.re2:5: rule 'copyright': missing )" "RE2 compile error as file:line"
contains "$err" "$tmp/broken/text/abbreviations.tsv:2: unknown field 'abbrev'" "unknown header field as file:line"
contains "$err" "$tmp/broken/money/currencies.tsv:3: row has 3 fields" "extra row field as file:line"
contains "$err" "$tmp/broken/money/amounts.re2:2: unknown define {NO_SUCH_DEFINE}" "unknown define as file:line (continuation joined)"
[[ -s "$out" ]] && bad "patterns check (broken dir): wrote to stdout"
nc extract samples/procurement.txt --patterns "$tmp/broken"
expect_rc 2 "extract with a broken pattern dir"
contains "$err" "$tmp/broken/" "extract with a broken pattern dir names the file"
mkdir -p "$tmp/partial/boilerplate"
printf '# only one rule\ncredit: ^Photo:.*$\n' >"$tmp/partial/boilerplate/regions.re2"
nc patterns check "$tmp/partial"
expect_rc 1 "patterns check: an override dropping required rules"
contains "$err" "$tmp/partial: required rule 'boilerplate.copyright' is missing" "every missing rule is named"
contains "$err" "required rule 'boilerplate.related_heading' is missing" "every missing rule is named"
nc patterns check "$tmp/nonexistent"
expect_rc 1 "patterns check on a missing dir"

# --- allocator: huge pages for start-up, unless the environment says otherwise --------------------
if ldd "$bin" 2>/dev/null | grep -q mimalloc; then
  MIMALLOC_VERBOSE=1 "$bin" --version >"$out" 2>"$err"
  contains "$err" "option 'large_os_pages': 1" "mimalloc is asked for large OS pages"
  MIMALLOC_VERBOSE=1 MIMALLOC_LARGE_OS_PAGES=0 "$bin" --version >"$out" 2>"$err"
  contains "$err" "option 'large_os_pages': 0" "MIMALLOC_LARGE_OS_PAGES=0 still turns them off"
fi

python3 "$src/tests/cli/record_checks.py" "$checks" || fail=1
if (( fail == 0 )); then echo "ok: cli_basics ($n_checks record checks)"; fi
exit "$fail"
