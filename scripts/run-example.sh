#!/usr/bin/env bash
# microcred's main job on its default data: builds a release binary and
# writes the four framework reports for every example proposal into
# reports/<proposal>/ (as of the date in reports/as-of, so the committed
# reports are reproduced byte for byte).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
export MICROCRED_DATA_PATH="${MICROCRED_DATA_PATH:-../shared/datasets}"
swift build -c release --product microcred
scripts/regenerate-reports.sh .build/release/microcred
echo "reports written; open reports/<proposal>/README.md"
