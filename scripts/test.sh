#!/usr/bin/env bash
# The whole test suite, as CI runs it (.ci/run calls exactly this): installs what is missing,
# builds the Release build and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
ctest --test-dir build --output-on-failure --no-tests=error -j"$(nproc)"

# Then the unit, golden and fuzz-replay tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer (-O1, in build-asan). With clang the same build also holds the
# libFuzzer targets, and each fuzzer runs for FUZZ_SECONDS (default 60). NEWSCLAIM_QUICK=1 skips
# both (local runs).
[[ "${NEWSCLAIM_QUICK:-0}" == 1 ]] && exit 0
fuzz=OFF; compiler=()
if command -v clang++ >/dev/null; then
  fuzz=ON; compiler=(-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++)
fi
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g" -DNEWSCLAIM_SANITIZE=ON \
  -DNEWSCLAIM_FUZZ="$fuzz" "${compiler[@]}" >/dev/null
cmake --build build-asan -j"$(nproc)" -- --no-print-directory | grep -Ev '^\[|^(Consolidate|Scanning|Built|Embedding)' || true
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure --no-tests=error -j"$(nproc)" -R '^(unit\.|fuzz\.|cli\.golden)'

if [[ "$fuzz" == ON ]]; then
  work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
  for target in fuzz_extract fuzz_jsonl; do
    mkdir -p "$work/$target"
    echo "fuzzing $target for ${FUZZ_SECONDS:-60} s"
    # New inputs go to a scratch corpus; a crash leaves crash-* in the current directory.
    (cd "$work" && "$OLDPWD/build-asan/tests/fuzz/${target}_fuzzer" -max_total_time="${FUZZ_SECONDS:-60}" \
      -max_len=8192 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 "$target" "$OLDPWD/tests/fuzz/corpus/$target" \
      2>"$work/$target.log") || { tail -60 "$work/$target.log"; cp "$work"/crash-* . 2>/dev/null; exit 1; }
    grep -E '^stat::number_of_executed_units|^Done' "$work/$target.log" || true
  done
else
  echo "clang++ not found: fuzzers not run (the corpus was replayed under the sanitizers above)"
fi
