#!/usr/bin/env bash
# Streaming: reading JSONL from a pipe, each record is written as soon as it is extracted, not
# when the next input line (or 64 KB of output) arrives. The test feeds one line, waits for its
# record while keeping the pipe open, then feeds the next; a tool that held records back would
# never answer the first read (it fails after a generous 30 s, never by measuring speed).
# Usage: bash tests/cli/streaming.sh NEWSCLAIM_BINARY SOURCE_DIR
set -uo pipefail
bin="$1"
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAIL: $1"; fail=1; fi; }

for jobs in 1 2; do
  coproc NC { "$bin" extract --input jsonl -f jsonl -q -j "$jobs"; }
  pid=$NC_PID  # bash unsets NC_PID once the coprocess has exited
  printf '{"id":"first","text":"Acme Corp paid $5 million on Monday."}\n' >&"${NC[1]}"
  first=""
  read -r -t 30 first <&"${NC[0]}"
  check "--jobs $jobs: the first record arrives while the pipe stays open" '[[ "$first" == *"\"id\":\"first\""* ]]'
  printf '{"id":"second","text":"Beta Ltd said so."}\n' >&"${NC[1]}"
  exec {NC[1]}>&-
  second=""
  read -r -t 30 second <&"${NC[0]}"
  check "--jobs $jobs: then the second" '[[ "$second" == *"\"id\":\"second\""* ]]'
  wait "$pid"
  status=$?
  check "--jobs $jobs: exit status 0" '[[ $status -eq 0 ]]'
done
exit "$fail"
