#!/usr/bin/env bash
# microcred's main job on its default data: builds a release binary and
# writes the four framework reports for every example proposal into
# reports/<proposal>/ (as of the date in reports/as-of, so the committed
# reports are reproduced byte for byte).
#
# Datasets are read from datasets/ and $MICROCRED_DATA_PATH (default
# ../shared/datasets). When one the reports need is missing there, it is
# downloaded from its publisher with `microcred datasets fetch` into the
# first folder of $MICROCRED_DATA_PATH (set MICROCRED_CONTACT to your e-mail
# address: BLS refuses anonymous scripted downloads; MICROCRED_MIRROR to use
# a mirror). The fetched files are recorded in datasets/catalog.local.yaml
# (a copy of datasets/catalog.yaml, ignored by git), never in the committed
# catalog, so the quick start leaves the repository unchanged; the reports
# are then written with MICROCRED_CATALOG pointing at that copy.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
export MICROCRED_DATA_PATH="${MICROCRED_DATA_PATH:-../shared/datasets}"
swift build -c release --product microcred
bin=.build/release/microcred

# The default vintage of each dataset whose file is not on the data path.
missing=$("$bin" datasets list | awk '
  NR > 2 && NF > 0 && $1 ~ /^[a-z0-9-]+$/ {
    id = $1
    seen[id]++
    if (index($0, "(default)")) { chosen[id] = $0 } else if (!(id in chosen)) { first[id] = $0 }
    order[id] = NR
  }
  END {
    for (id in seen) {
      line = (id in chosen) ? chosen[id] : first[id]
      if (index(line, "MISSING (")) print order[id], id
    }
  }' | sort -n | cut -d" " -f2 | tr '\n' ' ')
missing="${missing% }"

if [ -n "$missing" ]; then
  target="${MICROCRED_DATA_PATH%%:*}"
  echo "missing from the data path ($MICROCRED_DATA_PATH): $missing"
  echo "fetching them from their publishers into $target (microcred datasets fetch)"
  mkdir -p "$target"
  log=$(mktemp "${TMPDIR:-/tmp}/microcred-fetch.XXXXXX")
  # Recorded in a local copy of the catalog, made afresh from the committed
  # one each run (files already downloaded are reused after their sha256 check).
  local_catalog=datasets/catalog.local.yaml
  cp datasets/catalog.yaml "$local_catalog.tmp" && mv "$local_catalog.tmp" "$local_catalog"
  fetch=("$bin" datasets fetch $missing --to "$target" --catalog "$local_catalog")
  if [ -n "${MICROCRED_MIRROR:-}" ]; then fetch+=(--mirror "$MICROCRED_MIRROR"); fi
  if ! "${fetch[@]}" >"$log" 2>&1; then
    {
      echo "error: cannot write the reports: these datasets are missing and could not be downloaded: $missing"
      echo "  first problem: $(grep -m1 '^error:' "$log" | sed 's/^error: //')"
      echo "  supply them in one of these ways:"
      echo "  - point MICROCRED_DATA_PATH at a folder that holds them (in the workspace: ../shared/datasets);"
      echo "  - with network: set MICROCRED_CONTACT=you@example.org (BLS refuses anonymous downloads) and run again,"
      echo "    or set MICROCRED_MIRROR to your institution's mirror;"
      echo "  - download each file from the page docs/datasets.md lists and record it with"
      echo "    microcred datasets add FILE --dataset ID --vintage NAME"
      echo "  (full fetch output: $log)"
    } >&2
    exit 1
  fi
  cat "$log"
  rm -f "$log"
  export MICROCRED_CATALOG="$local_catalog"
  echo "recorded in $local_catalog (not committed); the reports use it"
fi

scripts/regenerate-reports.sh "$bin"
echo "reports written; open reports/<proposal>/README.md"
