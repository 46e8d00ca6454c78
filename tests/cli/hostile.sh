#!/usr/bin/env bash
# Hostile input: every byte sequence yields a well-formed record (with "errors" where it
# applies), offsets index the text, and nothing crashes, hangs or eats memory. Inputs are
# generated here (a 50 MB line is never checked in). Speed on them is measured by
# bench/hostile.sh, not here. Usage: bash tests/cli/hostile.sh NEWSCLAIM_BINARY SOURCE_DIR
set -uo pipefail
bin="$1"; src="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
schema="$src/schema/newsclaim-1.schema.json"
checker="$src/tests/cli/check_records.py"
fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }

# Runs newsclaim on a file; exit 0 or 1 (never a crash) and output valid for the contract.
# $1 name, $2 file, $3 where the checker finds the text (--text | --jsonl: the input file itself;
# --text=OTHER: another file; --no-text), $4 expected records.
run_case() {
  local name="$1" file="$2" mode="$3" expect="$4"; shift 4
  local rc=0
  timeout 60 "$bin" extract -f jsonl -q -j 2 "$@" "$file" >"$tmp/out" 2>"$tmp/err" || rc=$?
  if (( rc > 1 )); then bad "$name: exit status $rc"; head -c 500 "$tmp/err"; return; fi
  local args=("$mode")
  case "$mode" in
    --no-text) ;;
    *=*) args=("${mode%%=*}" "${mode#*=}") ;;
    *) args+=("$file") ;;
  esac
  if python3 "$checker" "$schema" "$tmp/out" "${args[@]}" --expect "$expect" >"$tmp/check" 2>&1; then
    ok "$name"
  else
    bad "$name"; head -20 "$tmp/check"
  fi
}
# True when the last output has an error with this code.
has_error() { grep -q "\"code\":\"$1\"" "$tmp/out"; }
expect_error() { if has_error "$2"; then ok "$1: error $2 reported"; else bad "$1: no $2 error"; fi; }

# Repeats a string to about $2 bytes.
repeat() { python3 -c 'import sys; s=sys.argv[1]; n=int(sys.argv[2]); sys.stdout.write((s*(n//len(s.encode())+1)))' "$1" "$2"; }

# --- bytes that are not UTF-8 -------------------------------------------------------------
printf 'Acme paid \xff$5 million\xc3 on \x80\x80 March 3. Lone \xe2\x82 end \xf0\x9f\x92' >"$tmp/invalid.txt"
run_case "invalid UTF-8" "$tmp/invalid.txt" --text 1; expect_error "invalid UTF-8" invalid_utf8
printf 'Overlong \xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf surrogate \xed\xa0\x80 too big \xf4\x90\x80\x80 $5 million.' >"$tmp/overlong.txt"
run_case "overlong, surrogate and out-of-range UTF-8" "$tmp/overlong.txt" --text 1; expect_error "overlong UTF-8" invalid_utf8
head -c 1000000 /dev/urandom | tr -d '\000' >"$tmp/random.txt"
run_case "1 MB of random bytes" "$tmp/random.txt" --text 1
# Notices indented by spaces and tabs, with CRLF and a vertical tab: random bytes hit these
# only now and then, so they are written out here.
printf 'Acme paid $5 million.\r\n \t\xc2\xa9 2026 Example Wire \t\r\n\tAll rights reserved.\n\x0b\xc2\xa9 Example\x0c\nEnd.' >"$tmp/indented.txt"
run_case "indented notices" "$tmp/indented.txt" --text 1
if grep -q '"kind":"copyright"' "$tmp/out" && grep -q '"value":5000000' "$tmp/out"; then
  ok "indented notices: found, and the story's amount kept"
else bad "indented notices: copyright lines or the amount not found"; fi

# --- UTF-16 with a byte order mark is transcoded -----------------------------------------
text16="Acme Corp paid \$5 million to Beta Ltd on March 3, 2021, the company said."
printf '\xff\xfe' >"$tmp/le.txt"; printf '%s' "$text16" | iconv -f UTF-8 -t UTF-16LE >>"$tmp/le.txt"
printf '\xfe\xff' >"$tmp/be.txt"; printf '%s' "$text16" | iconv -f UTF-8 -t UTF-16BE >>"$tmp/be.txt"
printf '%s' "$text16" >"$tmp/utf8.txt"
"$bin" extract -f jsonl -q "$tmp/utf8.txt" | sed 's/"id":"[^"]*"//' >"$tmp/utf8.out"
for bo in le be; do
  run_case "UTF-16 ${bo^^} with BOM" "$tmp/$bo.txt" "--text=$tmp/utf8.txt" 1
  if ! has_error invalid_utf8 && [[ "$(sed 's/"id":"[^"]*"//' "$tmp/out")" == "$(cat "$tmp/utf8.out")" ]]; then
    ok "UTF-16 ${bo^^}: same record as the UTF-8 text"
  else bad "UTF-16 ${bo^^}: not transcoded like the UTF-8 text"; fi
done
printf '\xff\xfeA\x00\x00\xd8B\x00C' >"$tmp/bad16.txt"
run_case "UTF-16 with an unpaired surrogate and an odd byte" "$tmp/bad16.txt" --no-text 1; expect_error "bad UTF-16" invalid_utf16

# --- NUL bytes ---------------------------------------------------------------------------
printf 'Acme paid $5 million.\0\0\0 More text.' >"$tmp/nul.txt"
run_case "NUL bytes in a text file" "$tmp/nul.txt" --no-text 1; expect_error "NUL bytes" binary
printf '{"id":"n","text":"Acme paid \\u0000$5 million\\u0000."}\n' >"$tmp/nul.jsonl"
run_case "escaped NUL inside a JSONL text" "$tmp/nul.jsonl" --jsonl 1

# --- size: a 50 MB single line (over the 8 MB default limit) ------------------------------
repeat "The council approved \$5 million for roads on March 3. " 50000000 | head -c 50000000 >"$tmp/big.txt"
run_case "50 MB single-line text file" "$tmp/big.txt" --no-text 1; expect_error "50 MB text" too_large
{ printf '{"id":"big","text":"'; cat "$tmp/big.txt"; printf '"}\n{"id":"after","text":"Still read: $3 million."}\n'; } >"$tmp/big.jsonl"
run_case "50 MB JSONL line, then a normal line" "$tmp/big.jsonl" --jsonl 2; expect_error "50 MB JSONL line" too_large
if grep -q '"id":"after"' "$tmp/out"; then ok "the line after the 50 MB line is still read"; else bad "line after 50 MB line lost"; fi
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -f '%M' -o "$tmp/rss" "$bin" extract -q -j 2 "$tmp/big.jsonl" >/dev/null 2>&1
  rss_mb=$(( $(tail -1 "$tmp/rss") / 1024 ))
  if (( rss_mb <= 150 )); then ok "50 MB line: peak RSS ${rss_mb} MB <= 150 MB"; else bad "50 MB line: peak RSS ${rss_mb} MB > 150 MB"; fi
fi
head -c 3000000 "$tmp/big.txt" >"$tmp/3mb.txt"
run_case "3 MB single line under the limit is extracted" "$tmp/3mb.txt" --text 1

# --- pathological 1 MB texts -------------------------------------------------------------
repeat '$' 1000000 >"$tmp/dollars.txt";                         run_case '1 MB of "$$$$"' "$tmp/dollars.txt" --text 1
repeat '$1,' 1000000 >"$tmp/amounts.txt";                       run_case '1 MB of "$1,$1,"' "$tmp/amounts.txt" --text 1
repeat 'Acme Beta Gamma Delta Corp Inc ' 1000000 >"$tmp/caps.txt"; run_case "1 MB of capitalized words" "$tmp/caps.txt" --text 1
repeat '“' 1000000 >"$tmp/curly.txt";                           run_case "1 MB of open curly quotes" "$tmp/curly.txt" --text 1
repeat '"said ' 1000000 >"$tmp/straight.txt";                   run_case "1 MB of straight quotes and 'said'" "$tmp/straight.txt" --text 1
repeat 'March ' 1000000 >"$tmp/months.txt";                     run_case "1 MB of month names" "$tmp/months.txt" --text 1
repeat '. ' 1000000 >"$tmp/dots.txt";                           run_case "1 MB of sentence ends" "$tmp/dots.txt" --text 1
repeat $'\n' 1000000 >"$tmp/newlines.txt";                      run_case "1 MB of newlines" "$tmp/newlines.txt" --text 1
repeat 'é' 1000000 | python3 -c 'import sys,unicodedata; sys.stdout.write(unicodedata.normalize("NFD", sys.stdin.read()))' >"$tmp/nfd.txt"
run_case "1 MB of decomposed accents (NFC changes every byte)" "$tmp/nfd.txt" --text 1

# --- JSON that is not a record -----------------------------------------------------------
python3 - >"$tmp/nested.jsonl" <<'PY'
print("[" * 100000 + "]" * 100000)                       # deeply nested array
print('{"a":' * 50000 + '1' + '}' * 50000)               # deeply nested object, no text
PY
run_case "deeply nested JSON lines" "$tmp/nested.jsonl" --no-text 2 --input jsonl
expect_error "deeply nested JSON" bad_record
python3 - >"$tmp/json.jsonl" <<'PY'
print('{"id":"deep","text":"Acme paid $5.","x":' + "[" * 500 + "]" * 500 + '}')
print('{"id":"trunc","text":"Acme paid $5')               # truncated
print('{"id":"trail","text":"ok"} garbage')               # trailing garbage
print('{"id":"esc","text":"bad \\ud800 escape \\x"}')    # invalid escapes
print('{"id":"ctl","text":"raw\tcontrol"}')              # raw control character
print('{"id":"num","text":12345}')                        # text is a number
print('{"id":"obj","text":{"nested":"Acme paid $5"}}')   # text is an object
print('{"id":"nul-key\\u0000","text":null}')             # text is null
print('"just a string"')
print('\ufeff{"id":"bom","text":"after a BOM paid $5"}')
PY
run_case "malformed JSON lines" "$tmp/json.jsonl" --jsonl 10 --input jsonl
n_bad=$(grep -c '"code":"bad_record"' "$tmp/out")
if (( n_bad == 8 )); then ok "malformed JSON: 8 bad_record errors"; else bad "malformed JSON: $n_bad bad_record errors, expected 8"; fi

# --- scripts, emoji and combining marks next to amounts ----------------------------------
cat >"$tmp/scripts.txt" <<'TXT'
شركة أكمي دفعت $5 million في 3 مارس 2021، قال المتحدث "نحن سعداء".
חברת אקמה שילמה ₪12 מיליון ב-3 במרץ. ‏Acme paid $7 million‏ according to ‎Reuters‎.
Компания «Акме» заплатила €3,5 млн. 株式会社アクメは¥500億を支払った。 아크메는 ₩1조를 지불했다.
💰$5 million 🇨🇦C$6.8 million 👩‍👩‍👧‍👦€2.3m $5́ million e\u0301 $́ 3 ₹́ 40 crore 5️⃣ dollars 100%‼
Zalgo: A̸̢̛c̷m̶e̴ paid $̸5̷ m̶i̶l̶l̶i̶o̶n̶ on M̷a̷r̷c̷h̷ 3.
Text with RLO ‮$5 million‬ and bidi isolates ⁦$6 million⁩.
TXT
run_case "right-to-left and mixed scripts, emoji and combining marks next to amounts" "$tmp/scripts.txt" --text 1
exit $fail
