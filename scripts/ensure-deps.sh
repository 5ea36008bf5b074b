#!/usr/bin/env bash
# Makes sure the C libraries microcred parses CSV (libcsv) and workbook XML
# (libxml2) with are installed. Installs Debian's libcsv-dev and libxml2-dev
# when missing and we are root; otherwise
# says exactly what to install.
set -euo pipefail

# The tests also render reports with cmark-gfm to check they are valid
# GitHub-flavoured Markdown: `ensure-deps.sh --tests` installs it too.
packages=()
if ! { [ -f /usr/include/csv.h ] && compgen -G "/usr/lib/*/libcsv.so" >/dev/null; }; then
  packages+=(libcsv-dev)
fi
# libxml2 parses the sheets of .xlsx workbooks.
if ! { [ -f /usr/include/libxml2/libxml/parser.h ] && compgen -G "/usr/lib/*/libxml2.so" >/dev/null; }; then
  packages+=(libxml2-dev)
fi
if [ "${1:-}" = "--tests" ] && ! command -v cmark-gfm >/dev/null 2>&1; then
  packages+=(cmark-gfm)
fi
[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "microcred: installing ${packages[*]} (Debian packages) ..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${packages[@]}" >/dev/null
  exit 0
fi
echo "microcred needs these Debian packages. Install them with:" >&2
echo "    sudo apt-get install ${packages[*]}" >&2
exit 1
