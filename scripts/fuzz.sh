#!/usr/bin/env bash
# Fuzzes CSVStream and the proposal parser with libFuzzer for a fixed number
# of runs each, under AddressSanitizer (which also reports leaks).
#
#   scripts/fuzz.sh [RUNS]        default 200000 runs per target
#
# The build goes to .build-fuzz (git-ignored). Crash inputs, if any, are
# written to fuzz-artifacts/ and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
runs="${1:-200000}"
# libFuzzer's instrumentation and AddressSanitizer; the harness file is built
# as a library so that it, not Swift, defines the entry point. lld (shipped
# with the Swift toolchain) links it; gold fails on this link.
swift build -c release --product microcred-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING -Xswiftc -use-ld=lld
binary=.build-fuzz/release/microcred-fuzz
mkdir -p fuzz-artifacts
for target in csv proposal; do
  corpus=$(mktemp -d)
  if [ "$target" = csv ]; then cp Tests/Fixtures/fuzz-seeds/csv/* "$corpus"/; else cp examples/*.yaml "$corpus"/; fi
  echo "== fuzzing $target for $runs runs"
  log=$(mktemp)
  status=0
  MICROCRED_FUZZ_TARGET=$target "$binary" -runs="$runs" -max_len=4096 -timeout=10 \
    -artifact_prefix=fuzz-artifacts/"$target"- -print_final_stats=1 "$corpus" >"$log" 2>&1 || status=$?
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY)' "$log" || true
  if [ "$status" -ne 0 ] || ! grep -q '^Done' "$log"; then
    tail -n 20 "$log" >&2
    echo "fuzz.sh: the $target fuzzer did not finish cleanly (exit $status)" >&2
    rm -rf "$corpus" "$log"
    exit 1
  fi
  rm -rf "$corpus" "$log"
done
if ls fuzz-artifacts/* >/dev/null 2>&1; then
  echo "fuzzing found failures: see fuzz-artifacts/" >&2
  exit 1
fi
echo "no crash, hang or leak found"
