#!/usr/bin/env bash
# --format html over several documents: one page with an index, or with --output-dir one page per
# document (HTML by default there). Usage: bash tests/cli/html_pages.sh NEWSCLAIM_BINARY SOURCE_DIR
set -uo pipefail
bin="$1"
src="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # check DESCRIPTION EXPECTED ACTUAL
  if [[ "$2" != "$3" ]]; then echo "FAIL: $1: expected $2, got $3"; fail=1; else echo "ok: $1"; fi
}

records=$(wc -l <"$src/samples/batch.jsonl")
"$bin" extract "$src/samples/batch.jsonl" --published 2021-03-10 --format html -q >"$tmp/all.html"
check "one page: sections" "$records" "$(grep -c '<section class="doc"' "$tmp/all.html")"
check "one page: index entries" "$records" "$(sed -n '/<nav class="index"/,/<\/nav>/p' "$tmp/all.html" | grep -c '<li><a href="#d')"
check "one page: a single html element" 1 "$(grep -c '<html' "$tmp/all.html")"

"$bin" extract "$src/samples/batch.jsonl" --published 2021-03-10 --output-dir "$tmp/pages" -q
check "--output-dir: one .html file per record" "$records" "$(ls "$tmp/pages"/*.html | wc -l)"
for page in "$tmp/pages"/*.html; do
  sections=$(grep -c '<section class="doc" id="d1"' "$page")
  navs=$(grep -c '<nav class="index"' "$page")
  [[ "$sections" == 1 && "$navs" == 0 ]] || { echo "FAIL: $(basename "$page"): $sections sections, $navs indexes"; fail=1; }
done
exit $fail
