#!/usr/bin/env bash
# The --format html page in a real browser: renders samples/procurement.txt in headless Chromium
# and checks, on the DOM after scripts ran, that every item of the JSON output is highlighted with
# exactly its text, that the article text is shown unchanged (boilerplate collapsed, not lost), that
# the highlights are the same with JavaScript off, and that an article containing <script> shows
# it as text without running it.
# Skipped (exit 0) when Chromium is not installed (Debian: apt-get install chromium).
# Usage: bash tests/cli/html_browser.sh NEWSCLAIM_BINARY SOURCE_DIR [ARTICLE PUBLISHED]
set -uo pipefail
bin="$1"
src="$2"
chromium=/usr/bin/chromium
if [[ ! -x "$chromium" ]]; then
  echo "SKIP: chromium not installed"
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Renders an HTML file and prints the DOM after its scripts ran.
dump_dom() {
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$tmp/profile" \
    --dump-dom "file://$1" 2>/dev/null
}

sample="${3:-$src/samples/procurement.txt}"
published="${4:-2023-06-09}"
"$bin" extract "$sample" --published "$published" --format html -q -j 1 >"$tmp/page.html"
(( $? <= 1 )) || { echo "FAIL: newsclaim --format html failed"; exit 1; }
"$bin" extract "$sample" --published "$published" --format json -q -j 1 >"$tmp/page.json"
dump_dom "$tmp/page.html" >"$tmp/dom.html" || { echo "FAIL: chromium could not render the page"; exit 1; }

printf 'Before <script>document.title="pwned"</script> after & more.\n' >"$tmp/evil.txt"
"$bin" extract "$tmp/evil.txt" --format html -q -j 1 >"$tmp/evil.html"
dump_dom "$tmp/evil.html" >"$tmp/evil-dom.html" || { echo "FAIL: chromium could not render the page"; exit 1; }

python3 - "$tmp/dom.html" "$tmp/page.json" "$sample" "$tmp/evil-dom.html" "$tmp/page.html" <<'PY'
import json, sys
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "col", "source", "area", "base", "embed"}

class Dom(HTMLParser):
    """Collects the text of every element with data-k, the article text without <summary>
    labels, boilerplate blocks, and a few page facts."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.keyed, self.article = [], {}, []
        self.in_article = 0
        self.boilers = 0
        self.js_on = False
        self.title = ""
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html" and a.get("data-js") == "on":
            self.js_on = True
        if tag == "script":
            self.scripts += 1
        if tag == "details" and "boiler" in a.get("class", ""):
            self.boilers += 1
        if tag in VOID:
            return
        self.stack.append((tag, a))
        if tag == "div" and a.get("class") == "text":
            self.in_article = len(self.stack)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack:
            t, _ = self.stack.pop()
            if len(self.stack) < self.in_article:
                self.in_article = 0
            if t == tag:
                break

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if tags and tags[-1] == "title":
            self.title += data
        if "summary" in tags:  # a boilerplate block's label, not article text
            return
        for _, a in self.stack:
            if "data-k" in a:
                self.keyed[a["data-k"]] = self.keyed.get(a["data-k"], "") + data
        if self.in_article:
            self.article.append(data)

def parse(path):
    d = Dom()
    d.feed(open(path, encoding="utf-8").read())
    return d

dom, record = parse(sys.argv[1]), json.load(open(sys.argv[2], encoding="utf-8"))
original = open(sys.argv[3], encoding="utf-8").read()
failures = []

def expect(key, text, what):
    got = dom.keyed.get(key)
    if got != text:
        failures.append(f"{what}: expected highlight {key} = {text!r}, DOM has {got!r}")

expected = 0
for kind, letter in (("money", "M"), ("dates", "D"), ("quantities", "Q"), ("percentages", "P"), ("quotes", "U")):
    for i, item in enumerate(record[kind]):
        expect(f"d1-{letter}{i}", item["text"], kind); expected += 1
for i, e in enumerate(record["entities"]):
    for j, m in enumerate(e["mentions"]):
        expect(f"d1-E{i + 1}.{j}", m["text"], "entity mention"); expected += 1
for i, c in enumerate(record["claims"]):
    expect(f"d1-C{i + 1}", c["text"], "claim"); expected += 1
for i, b in enumerate(record["boilerplate"]):
    expect(f"d1-B{i}", original[b["start"]:b["end"]], "boilerplate")
if "".join(dom.article) != original:
    failures.append("the article text in the DOM differs from the original text")
if dom.boilers != len(record["boilerplate"]):
    failures.append(f"{dom.boilers} boilerplate blocks in the DOM, {len(record['boilerplate'])} in the JSON")
if not dom.js_on:
    failures.append("the page script did not run")

# Chromium cannot dump the DOM with scripts disabled; the page as served (parsed, no script run)
# is what a browser with JavaScript off shows.
if parse(sys.argv[5]).keyed != dom.keyed:
    failures.append("the highlights depend on JavaScript")

evil = parse(sys.argv[4])
if "pwned" in evil.title or evil.scripts != 1:
    failures.append(f"an article's <script> became markup (title {evil.title!r}, {evil.scripts} scripts)")
if '<script>document.title="pwned"</script> after & more.' not in "".join(evil.article):
    failures.append("an article's <script> is not shown as text")

for f in failures:
    print("FAIL:", f)
print(f"ok: {expected} highlights and {len(record['boilerplate'])} boilerplate blocks checked in Chromium's DOM"
      if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
PY
