#!/usr/bin/env bash
# Regenerates reports/<proposal>/ for every example proposal, with the as-of
# date kept in reports/as-of so that the output is reproducible.
#   scripts/regenerate-reports.sh [path/to/microcred]
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/microcred}"
as_of=$(cat reports/as-of)
export MICROCRED_DATA_PATH="${MICROCRED_DATA_PATH:-../shared/datasets}"
for proposal in examples/*.yaml; do
  name=$(basename "$proposal" .yaml)
  "$binary" report "$proposal" --out "reports/$name" --as-of "$as_of"
done
