#!/usr/bin/env bash
# Fuzzes CSVStream, the proposal parser, numeric field parsing, the catalog
# reader, the rules files and proposal -> evaluation with libFuzzer for a
# fixed number of runs each, under AddressSanitizer (which also reports
# leaks), and prints the executions, time and peak memory of each harness.
#
#   scripts/fuzz.sh [RUNS] [TARGET...]   default 200000 runs per target, every target
#
# The build goes to .build-fuzz (git-ignored). Crash inputs, if any, are
# written to fuzz-artifacts/ and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
runs="${1:-200000}"
shift || true
targets="${*:-csv proposal numbers catalog rules evaluation}"
summary=$(mktemp)
# libFuzzer's instrumentation and AddressSanitizer; the harness file is built
# as a library so that it, not Swift, defines the entry point. lld (shipped
# with the Swift toolchain) links it; gold fails on this link.
swift build -c release --product microcred-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
binary=.build-fuzz/release/microcred-fuzz
mkdir -p fuzz-artifacts
for target in $targets; do
  corpus=$(mktemp -d)
  case "$target" in
    csv) cp Tests/Fixtures/fuzz-seeds/csv/* "$corpus"/ ;;
    numbers) i=0; for v in 0 -5 33.54 125480 1e3 999999999999 1234567890123456 0x1p3 inf 1e300 "**" "#" -0.5; do
               printf '%s' "$v" >"$corpus/seed-$i"; i=$((i + 1)); done ;;
    catalog) cp datasets/catalog.yaml "$corpus"/ ;;
    rules) cp datasets/rules/design-rules.yaml datasets/scoring-weights.yaml datasets/high-demand-criteria.yaml Tests/Fixtures/malformed/*.yaml "$corpus"/ ;;
    *) cp examples/*.yaml "$corpus"/ ;;
  esac
  started=$(date +%s)
  echo "== fuzzing $target for $runs runs"
  log=$(mktemp)
  status=0
  MICROCRED_FUZZ_TARGET=$target "$binary" -runs="$runs" -max_len=4096 -timeout=10 \
    -artifact_prefix=fuzz-artifacts/"$target"- -print_final_stats=1 "$corpus" >"$log" 2>&1 || status=$?
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)' "$log" || true
  executed=$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}' | tail -1)
  rss=$(grep -E '^stat::peak_rss_mb' "$log" | awk '{print $2}' | tail -1)
  printf '%-10s %12s executions %6s s %6s MB peak\n' "$target" "${executed:-?}" "$(( $(date +%s) - started ))" "${rss:-?}" >>"$summary"
  if [ "$status" -ne 0 ] || ! grep -q '^Done' "$log"; then
    tail -n 20 "$log" >&2
    echo "fuzz.sh: the $target fuzzer did not finish cleanly (exit $status)" >&2
    rm -rf "$corpus" "$log"
    exit 1
  fi
  rm -rf "$corpus" "$log"
done
echo "== executions per harness"
cat "$summary"
rm -f "$summary"
if ls fuzz-artifacts/* >/dev/null 2>&1; then
  echo "fuzzing found failures: see fuzz-artifacts/" >&2
  exit 1
fi
echo "no crash, hang or leak found"
