#!/usr/bin/env bash
# microcred's main job on its default data: builds a release binary and
# validates every dataset in the catalog.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
export MICROCRED_DATA_PATH="${MICROCRED_DATA_PATH:-../shared/datasets}"
swift build -c release --product microcred
.build/release/microcred datasets validate
