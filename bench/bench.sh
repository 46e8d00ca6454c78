#!/usr/bin/env bash
# Throughput benchmark (a script, not a timed test): runs newsclaim with every extractor on a
# JSONL corpus at --jobs 1 and --jobs N and prints the median of several runs: MB/s (wall and
# per CPU second), articles/s, peak RSS, plus start-up time.
#
#   bash bench/bench.sh [CORPUS.jsonl] [--bin build/newsclaim] [--runs 5] [--jobs N] [--record]
#
# CORPUS defaults to ../shared/corpus/news.jsonl next to the repository (22 MB of real news), else
# a corpus built from samples/ repeated to ~20 MB. --record appends the table to bench/RESULTS.md
# with the date and the machine. Needs /usr/bin/time (Debian package "time") for peak RSS.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/build/newsclaim"; runs=5; jobs="$(nproc)"; record=0; corpus=""
while (($#)); do
  case "$1" in
    --bin) bin="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --record) record=1; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) corpus="$1"; shift ;;
  esac
done
[[ -x "$bin" ]] || { echo "bench: no newsclaim binary at $bin (build first)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time missing: apt-get install time" >&2; exit 2; }
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

if [[ -z "$corpus" ]]; then
  # The repository's sibling shared/ folder (worktrees sit one level deeper).
  for c in "$root/../shared/corpus/news.jsonl" "$root/../../shared/corpus/news.jsonl"; do
    [[ -f "$c" ]] && { corpus="$(cd "$(dirname "$c")" && pwd)/news.jsonl"; break; }
  done
  if [[ -z "$corpus" ]]; then
    corpus="$tmp/samples-20mb.jsonl"
    python3 "$root/bench/make_corpus.py" "$root/samples" 20000000 >"$corpus"
  fi
fi
file_mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$corpus")

median() { python3 -c 'import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }

# One timed run; prints "wall_s cpu_s rss_kb docs text_mb".
run_once() {
  /usr/bin/time -v -o "$tmp/time" "$bin" extract --input jsonl --format jsonl --stats -q --jobs "$1" "$corpus" \
    >/dev/null 2>"$tmp/stats" || [[ $? -eq 1 ]]
  local wall cpu rss docs text_mb
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$tmp/time")
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$tmp/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")
  docs=$(sed -nE 's/^newsclaim: ([0-9]+) documents.*/\1/p' "$tmp/stats")
  text_mb=$(sed -nE 's/.* documents \([0-9]+ with errors\), ([0-9.]+) MB in.*/\1/p' "$tmp/stats")
  echo "$wall $cpu $rss $docs $text_mb"
}

# Median start-up time in ms of a command (21 runs).
startup_ms() {
  local samples=()
  for _ in $(seq 1 21); do
    local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 </dev/null || true; t1=$(date +%s%N)
    samples+=("$(( (t1 - t0) / 1000 ))")
  done
  python3 -c 'import statistics,sys; print(f"{statistics.median(int(x) for x in sys.argv[1:]) / 1000:.1f}")' "${samples[@]}"
}

"$bin" extract --input jsonl --format jsonl -q --jobs 1 "$corpus" >/dev/null 2>&1 || true  # warm the page cache
table="| jobs | text MB/s (wall) | file MB/s (wall) | MB/s per CPU-second | articles/s | peak RSS MB |
|---:|---:|---:|---:|---:|---:|"
for j in 1 "$jobs"; do
  walls=(); cpus=(); rsss=()
  for _ in $(seq 1 "$runs"); do
    read -r wall cpu rss docs text_mb < <(run_once "$j")
    walls+=("$wall"); cpus+=("$cpu"); rsss+=("$rss")
  done
  w=$(median "${walls[@]}"); c=$(median "${cpus[@]}"); r=$(median "${rsss[@]}")
  table+=$'\n'$(python3 -c 'import sys; w,c,r,d,t,f,j=map(float,sys.argv[1:]); print(f"| {int(j)} | {t/w:.1f} | {f/w:.1f} | {t/c:.1f} | {d/w:.0f} | {r/1024:.0f} |")' \
    "$w" "$c" "$r" "$docs" "$text_mb" "$file_mb" "$j")
done
printf '' >"$tmp/empty.txt"
startup="start-up: \`newsclaim --version\` $(startup_ms "$bin" --version) ms, empty document $(startup_ms "$bin" extract "$tmp/empty.txt") ms (median of 21)"

machine="$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo) RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
header="corpus: $corpus ($file_mb MB file, $docs articles, $text_mb MB text); median of $runs runs; $(date -u '+%Y-%m-%d %H:%M UTC'); $machine; $("$bin" --version)"
printf '%s\n\n%s\n\n%s\n' "$header" "$table" "$startup"
if ((record)); then
  { printf '\n## %s\n\n%s\n\n%s\n\n%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "$header" "$table" "$startup"; } >>"$root/bench/RESULTS.md"
  echo "appended to bench/RESULTS.md"
fi
