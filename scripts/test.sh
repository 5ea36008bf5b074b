#!/usr/bin/env bash
# Runs microcred's whole test suite, as CI does.
# Real-data tests read the datasets through MICROCRED_DATA_PATH; it defaults
# to ../shared/datasets beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh --tests
export MICROCRED_DATA_PATH="${MICROCRED_DATA_PATH:-../shared/datasets}"
swift build --build-tests
swift test --skip-build --disable-swift-testing
