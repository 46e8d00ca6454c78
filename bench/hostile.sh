#!/usr/bin/env bash
# Linear-time check on hostile inputs (a benchmark, not a timed test): times newsclaim on each
# pathological text at 1 MB and at 4 MB and prints the ratio. Linear is ~4; a ratio far above
# (say > 6) means some stage is superlinear on that input.
#   [LIMIT=60] bash bench/hostile.sh [--bin build/newsclaim]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/build/newsclaim"
[[ "${1:-}" == --bin ]] && bin="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

# Writes $1 repeated to $2 bytes into $3 (whole UTF-8 characters only).
make_input() {
  python3 -c 'import sys; s, n = sys.argv[1], int(sys.argv[2]); b = (s * (n // len(s.encode()) + 1)).encode()[:n]; sys.stdout.buffer.write(b.decode("utf-8", "ignore").encode())' "$1" "$2" >"$3"
}

# CPU seconds (user+sys) of one run; "timeout" after LIMIT seconds (default 60).
cpu_seconds() {
  if ! timeout "${LIMIT:-60}" /usr/bin/time -f '%U %S' -o "$tmp/t" "$bin" extract -q -j 1 -f jsonl \
       --max-doc-bytes 8000000 "$1" >/dev/null 2>&1 && [[ $? -ne 1 ]]; then
    grep -qE '^[0-9.]+ [0-9.]+$' "$tmp/t" 2>/dev/null || { echo timeout; return; }
  fi
  awk '{print $1 + $2}' "$tmp/t"
}

declare -A inputs=(
  [dollars]='$'
  [amounts]='$1,'
  [capitalized]='Acme Beta Gamma Delta Corp Inc '
  [open_curly_quotes]='“'
  [straight_quotes_said]='"said '
  [months]='March '
  [sentence_ends]='. '
  [newlines]=$'\n'
  [numbers]='1,234.5 million '
  [prose]='The council said on March 3 it paid $5 million to Acme Corp, up 12% from last year. '
  [nested_parens]='(('
  [quoted_names]='"We will," said John Smith. '
)
printf '' >"$tmp/empty.txt"
base=$(cpu_seconds "$tmp/empty.txt")  # start-up, subtracted so the ratio compares extraction only
echo "start-up CPU ${base} s (subtracted below)"
printf '%-22s %10s %10s %7s\n' input "1 MB s" "4 MB s" ratio
for name in $(printf '%s\n' "${!inputs[@]}" | sort); do
  make_input "${inputs[$name]}" 1000000 "$tmp/1.txt"
  make_input "${inputs[$name]}" 4000000 "$tmp/4.txt"
  t1=$(cpu_seconds "$tmp/1.txt")
  if [[ "$t1" == timeout ]]; then
    printf '%-22s %10s %10s %7s  <- over %s s at 1 MB: superlinear or very slow\n' "$name" "timeout" "-" "-" "${LIMIT:-60}"; continue
  fi
  t4=$(cpu_seconds "$tmp/4.txt")
  [[ "$t4" == timeout ]] && { printf '%-22s %10.2f %10s %7s  <- over the limit at 4 MB: superlinear or very slow\n' "$name" "$t1" timeout -; continue; }  # over the limit at 4 MB
  python3 -c 'import sys; n,a,b,z=sys.argv[1],float(sys.argv[2]),float(sys.argv[3]),float(sys.argv[4]); a=max(a-z,0.01); b=max(b-z,0.01); r=b/a if a>0 else 0; print(f"{n:<22} {a:>10.2f} {b:>10.2f} {r:>7.1f}" + ("  <- superlinear?" if r > 6 else ""))' "$name" "$t1" "$t4" "$base"
done
